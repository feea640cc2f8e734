// Command score prints the redaction accuracy of the realistic corpus
// (bench/realistic) under the default policy and the voip, cdn and audit
// rule packs: records, planted values, leaks, look-alikes destroyed, broken
// lines and quarantines, by format and by category.
//
//	go run ./bench/realistic/score [-examples] [-pending] [-misses FORMAT [-lines]]
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/bench/realistic/suite"
)

func main() {
	examples := flag.Bool("examples", false, "print the first leak or destroyed look-alike of every cell")
	withPending := flag.Bool("pending", false, "also score the pending formats, whose leaks are not closed yet")
	misses := flag.String("misses", "", "print every leak and destroyed look-alike of this `format`, one a line")
	lines := flag.Bool("lines", false, "with -misses, also print each miss's record and its redaction")
	flag.Parse()
	if *withPending {
		realistic.IncludePending()
	}
	corpus := realistic.Default()
	for _, run := range suite.Runs() {
		rep, err := run.Score(corpus)
		if err != nil {
			fmt.Fprintln(os.Stderr, "score:", err)
			os.Exit(1)
		}
		title := "policy " + run.Policy
		if len(run.Tags) > 0 {
			title += " (formats tagged " + strings.Join(run.Tags, ", ") + ")"
		}
		rep.WriteTable(os.Stdout, title)
		if *misses != "" {
			if _, ok := rep.ByFormat[*misses]; !ok && len(run.Tags) == 0 {
				fmt.Fprintf(os.Stderr, "score: -misses %s: no such format in the corpus (a pending one needs -pending)\n", *misses)
				os.Exit(2)
			}
			for _, m := range rep.Misses[*misses] {
				kind := "destroyed"
				if m.Leak {
					kind = "leak"
				}
				fmt.Printf("%s %s %s %q\n", *misses, kind, m.Value.Category, m.Value.Text)
				if *lines {
					fmt.Printf("   in:  %q\n   out: %q\n", m.In, m.Out)
				}
			}
			fmt.Println()
		}
		if *examples {
			keys := make([][2]string, 0, len(rep.Examples))
			for k := range rep.Examples {
				keys = append(keys, k)
			}
			slices.SortFunc(keys, func(a, b [2]string) int { return strings.Compare(a[0]+a[1], b[0]+b[1]) })
			for _, k := range keys {
				e := rep.Examples[k]
				fmt.Printf("-- %s/%s %q\n   in:  %q\n   out: %q\n", k[0], k[1], e.Value.Text, e.In, e.Out)
			}
			fmt.Println()
		}
	}
}
