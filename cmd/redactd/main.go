// Command redactd reads logs from Kafka, removes personal data, tags each
// record with a retention class and archives compressed partitions to S3 or a
// local directory whose retention the storage itself enforces.
//
// Each subcommand lives in its own file and registers itself in init.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand. run gets the arguments after the command name
// and returns the process exit code.
type command struct {
	summary string
	run     func(args []string) int
}

var commands = map[string]command{}

func register(name, summary string, run func(args []string) int) {
	if _, dup := commands[name]; dup {
		panic("BUG: command registered twice: " + name)
	}
	commands[name] = command{summary: summary, run: run}
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "redactd: redact personal data from log streams and archive them with enforced retention\n\nUsage:\n  redactd <command> [flags]\n\nCommands:\n")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nRun 'redactd <command> --help' for a command's flags.\n")
}

func main() {
	if len(os.Args) < 2 {
		usage(os.Stderr)
		os.Exit(2)
	}
	name := os.Args[1]
	switch name {
	case "-h", "-help", "--help", "help":
		usage(os.Stdout)
		return
	case "-v", "-version", "--version":
		name = "version"
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "redactd: unknown command %q\n\n", name)
		usage(os.Stderr)
		os.Exit(2)
	}
	os.Exit(c.run(os.Args[2:]))
}

// parseFlags parses a command's flags. --help (-h) prints head and the
// flags once, on stdout, and ends the command with 0; a bad flag prints the
// flag package's message and the usage on stderr and ends it with 2. done
// is true when the command must return code.
func parseFlags(fs *flag.FlagSet, head string, args []string) (code int, done bool) {
	fs.SetOutput(os.Stderr)
	fs.Usage = func() {} // printed below, once, where it belongs
	err := fs.Parse(args)
	if err == nil {
		return 0, false
	}
	w, code := io.Writer(os.Stderr), 2
	if errors.Is(err, flag.ErrHelp) {
		w, code = os.Stdout, 0
	}
	printUsage(fs, w, head)
	return code, true
}

// printUsage writes head and fs's flags to w.
func printUsage(fs *flag.FlagSet, w io.Writer, head string) {
	out := fs.Output()
	fs.SetOutput(w)
	fmt.Fprint(w, head)
	fs.PrintDefaults()
	fs.SetOutput(out)
}
