package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/redactd/redactd/rules"
)

func init() {
	register("version", "print the version, commit, Go version and built-in policy version", runVersion)
}

const versionUsage = `Usage:
  redactd version

Prints the build's version, VCS commit (with "-dirty" when the tree had
uncommitted changes), Go version and the version of the built-in policy, as
redactd_build_info on /metrics shows them (there with the rule file in use).
`

// version and commit are set at link time where the toolchain cannot stamp
// them (a container build without .git, GOFLAGS=-buildvcs=false):
// go build -ldflags "-X main.version=v1.2.0 -X main.commit=$(git rev-parse HEAD)".
// They win over the build information.
var version, commit string

// build is what the binary knows about its own build.
type build struct {
	Version   string // the module version; "(devel)" for a build from a checkout
	Commit    string // vcs.revision, "-dirty" appended when vcs.modified; "unknown" without VCS stamping
	GoVersion string
}

// buildOf reads the build information the Go toolchain stamps into every
// binary (go build records vcs.* settings when built inside a repository).
func buildOf() build {
	b := build{Version: "(devel)", Commit: "unknown", GoVersion: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b.linked()
	}
	b.GoVersion = bi.GoVersion
	if v := bi.Main.Version; v != "" {
		b.Version = v
	}
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if dirty && b.Commit != "unknown" {
		b.Commit += "-dirty"
	}
	return b.linked()
}

// linked applies the link-time version and commit.
func (b build) linked() build {
	if version != "" {
		b.Version = version
	}
	if commit != "" {
		b.Commit = commit
	}
	return b
}

func runVersion(args []string) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if code, done := parseFlags(fs, versionUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "redactd version: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	b := buildOf()
	fmt.Printf("redactd %s\ncommit %s\ngo %s\nrules %s (built-in policy)\n", b.Version, b.Commit, b.GoVersion, rules.Default().Version)
	return 0
}

// newRegistry returns the daemon's metrics registry: the Go runtime's
// (go_*) and the process's (process_*: resident memory, CPU, open files)
// collectors and redactd_build_info, to which the pipeline adds its own.
// rulesVersion is the version of the policy the daemon runs.
func newRegistry(rulesVersion string) *prometheus.Registry {
	reg := prometheus.NewRegistry()
	b := buildOf()
	info := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "redactd_build_info",
		Help: "Always 1; the labels say which build runs and with which policy version.",
		ConstLabels: prometheus.Labels{
			"version": b.Version, "commit": b.Commit, "go_version": b.GoVersion, "rules_version": rulesVersion,
		},
	})
	info.Set(1)
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		info,
	)
	return reg
}
