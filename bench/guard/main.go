// Command guard runs redactd's hot-path benchmarks against the committed
// baseline and fails (exit 1) when a hot path got more than 20% slower
// relative to a reference loop measured in the same run, or allocates.
//
//	go run ./bench/guard                  # judge against bench/baseline.json (make bench-guard)
//	go run ./bench/guard -report          # print the table, never fail (make bench)
//	go run ./bench/guard -write-baseline  # measure and rewrite the baseline (make bench-baseline)
//
// REDACTD_GUARD_SELFTEST=slow or =alloc injects a regression into every hot
// path: the guard must then fail.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/bench"
)

func main() {
	testing.Init()
	cfg := bench.DefaultGuardConfig()
	baseline := flag.String("baseline", "bench/baseline.json", "baseline `file`")
	write := flag.Bool("write-baseline", false, "measure and rewrite the baseline file instead of judging")
	report := flag.Bool("report", false, "print the table but exit 0 even when a check fails")
	only := flag.String("only", "", "comma-separated case `names` to run (default all)")
	selftest := flag.String("selftest", os.Getenv(bench.SelftestEnv), "inject a regression: slow or alloc (default $"+bench.SelftestEnv+")")
	flag.IntVar(&cfg.Rounds, "rounds", cfg.Rounds, "interleaved rounds (the median is judged)")
	flag.DurationVar(&cfg.BenchTime, "benchtime", cfg.BenchTime, "CPU time per case and round (wall time at most 4x)")
	flag.Float64Var(&cfg.Tolerance, "tolerance", cfg.Tolerance, "allowed drop of a ratio below baseline, as a fraction")
	naive := flag.Bool("naive", true, "also measure the naive stdlib regexp baseline (informational)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./bench/guard [flags]\n\nRuns the hot-path benchmarks, prints MB/s, records/s, allocs and the ratio to a\nreference loop, and judges each ratio against the baseline.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	cfg.Naive = *naive
	roundsSet := false
	flag.Visit(func(f *flag.Flag) { roundsSet = roundsSet || f.Name == "rounds" })
	if *write && !roundsSet {
		cfg.Rounds = 11 // a baseline deserves more rounds than a check
	}
	if *only != "" {
		cfg.Only = strings.Split(*only, ",")
	}
	st, err := bench.ParseSelftest(*selftest)
	if err != nil {
		fmt.Fprintln(os.Stderr, "guard:", err)
		os.Exit(2)
	}
	cfg.Selftest = st
	if *write && st != bench.SelftestNone {
		fmt.Fprintln(os.Stderr, "guard: refusing to write a baseline with a selftest regression injected")
		os.Exit(2)
	}

	cpu := bench.CPUModel()
	var bl *bench.Baseline
	if !*write {
		if bl, err = bench.LoadBaseline(*baseline); err != nil {
			fmt.Fprintln(os.Stderr, "guard:", err)
			if !*report {
				os.Exit(2)
			}
		} else {
			var own bool
			bl, own = bl.ForCPU(cpu)
			if own {
				fmt.Fprintf(os.Stderr, "guard: judging against the ratios of this CPU model (%s), measured %s\n", cpu, bl.Date)
			} else {
				fmt.Fprintf(os.Stderr, "guard: %s has no ratios of its own in %s: judging against the default ones (make bench-baseline adds this model's)\n", cpuName(cpu), *baseline)
			}
		}
	}
	start := time.Now()
	fmt.Fprintf(os.Stderr, "guard: %d rounds x %s of %s per case, tolerance %.0f%%", cfg.Rounds, cfg.BenchTime, bench.ClockName, 100*cfg.Tolerance)
	if st != bench.SelftestNone {
		fmt.Fprintf(os.Stderr, ", SELFTEST %s injected", st)
	}
	fmt.Fprintln(os.Stderr)
	rs, err := bench.RunGuard(cfg, bl, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "guard:", err)
		os.Exit(2)
	}
	if err := bench.WriteTable(os.Stdout, rs); err != nil {
		fmt.Fprintln(os.Stderr, "guard:", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "guard: took %.0fs\n", time.Since(start).Seconds())

	if *write {
		for _, r := range rs {
			if r.Fail {
				fmt.Fprintf(os.Stderr, "guard: not writing a baseline: %s: %s\n", r.Name, r.Verdict)
				os.Exit(1)
			}
		}
		fresh := bench.NewBaseline(rs, cfg.Rounds)
		out, what := fresh, "the default ratios (no baseline file yet)"
		if old, err := bench.LoadBaseline(*baseline); err == nil && cpu != "" {
			old.SetCPU(cpu, fresh)
			out, what = old, "the ratios of "+cpu+" (the default ones and other models' are kept)"
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintln(os.Stderr, "guard:", err)
			os.Exit(2)
		}
		if err := out.Write(*baseline); err != nil {
			fmt.Fprintln(os.Stderr, "guard:", err)
			os.Exit(2)
		}
		fmt.Fprintf(os.Stderr, "guard: wrote %s into %s\n", what, *baseline)
		return
	}
	if bench.Failed(rs) {
		if *report {
			fmt.Fprintln(os.Stderr, "guard: FAIL (ignored: -report)")
			return
		}
		fmt.Fprintln(os.Stderr, "guard: FAIL")
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "guard: ok")
}

func cpuName(cpu string) string {
	if cpu == "" {
		return "this CPU (model unknown)"
	}
	return "this CPU model (" + cpu + ")"
}
