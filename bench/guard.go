package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"
	"time"
)

// GuardConfig says how the guard measures and judges.
type GuardConfig struct {
	Rounds    int           // interleaved rounds; the median is judged
	BenchTime time.Duration // CPU time per case and round (wall time at most 4x)
	Tolerance float64       // fail when a ratio is more than this fraction below baseline
	Selftest  Selftest      // inject a regression into the hot paths
	Naive     bool          // also measure the NaiveRegexp baseline (not judged)
	Only      []string      // case names to run; all when empty
}

// DefaultGuardConfig: 7 rounds of 300 ms of CPU time per case, 20%
// tolerance. The whole guard takes about 15 s on an idle machine and at most
// about 50 s on a saturated one.
func DefaultGuardConfig() GuardConfig {
	return GuardConfig{Rounds: 7, BenchTime: 300 * time.Millisecond, Tolerance: 0.20, Naive: true}
}

// Validate reports every bad setting.
func (c GuardConfig) Validate() error {
	var errs []error
	if c.Rounds < 1 || c.Rounds > 50 {
		errs = append(errs, fmt.Errorf("rounds %d: want 1..50", c.Rounds))
	}
	if c.BenchTime < time.Millisecond || c.BenchTime > 10*time.Second {
		errs = append(errs, fmt.Errorf("benchtime %s: want 1ms..10s", c.BenchTime))
	}
	if c.Tolerance <= 0 || c.Tolerance >= 1 {
		errs = append(errs, fmt.Errorf("tolerance %g: want a fraction in (0, 1)", c.Tolerance))
	}
	if _, err := ParseSelftest(string(c.Selftest)); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Result is one case's judged measurement.
type Result struct {
	Name       string
	Guarded    bool
	MBps       float64 // median over rounds
	RecordsPS  float64 // median over rounds
	AllocsOp   int64   // heap allocations per op of Records records
	Records    int     // records per op
	RefMBps    float64 // median of the reference loop
	Ratio      float64 // median of per-round MB/s / reference MB/s
	Ratios     []float64
	Baseline   float64 // 0 when none
	Fail       bool
	Verdict    string
	CheckError error
}

// Baseline is the committed reference ratios (bench/baseline.json).
//
// A ratio to the reference loop cancels a machine's clock, not its
// microarchitecture: on 2026-12-06 an AMD EPYC (family 25, model 17) ran
// the byte-copy loop 2.4 times as fast as the runners the default ratios
// were measured on, and the hot paths only 1.4 times as fast, so every
// ratio read 40% low with no change to the code. (The loop's slice lives
// in its closure, so each byte stores and reloads its length; a CPU that
// forwards such stores for free runs it much faster.) ByCPU therefore
// holds the ratios of each CPU model they were measured on, and the
// top-level Ratios serve every other CPU.
type Baseline struct {
	Note   string                  `json:"note"`
	Go     string                  `json:"go"`
	Arch   string                  `json:"arch"`
	CPUs   int                     `json:"cpus"`
	Date   string                  `json:"date"`
	Rounds int                     `json:"rounds"`
	Ratios map[string]float64      `json:"ratios"`
	ByCPU  map[string]*CPUBaseline `json:"by_cpu,omitempty"`
}

// CPUBaseline is the ratios measured on one CPU model (see CPUModel).
type CPUBaseline struct {
	Note   string             `json:"note,omitempty"`
	Go     string             `json:"go"`
	Date   string             `json:"date"`
	Rounds int                `json:"rounds"`
	Ratios map[string]float64 `json:"ratios"`
}

// ForCPU returns the baseline to judge a run on the CPU model cpu by: a
// copy whose Ratios are that model's own when the file has them (own is
// then true), else the top-level ones.
func (bl *Baseline) ForCPU(cpu string) (sel *Baseline, own bool) {
	c := *bl
	if e := bl.ByCPU[cpu]; e != nil && cpu != "" {
		c.Ratios, c.Date, c.Rounds, c.Go = e.Ratios, e.Date, e.Rounds, e.Go
		return &c, true
	}
	return &c, false
}

// SetCPU records fresh (a measured baseline, see NewBaseline) as the
// ratios of the CPU model cpu, keeping every other entry and the
// top-level ratios.
func (bl *Baseline) SetCPU(cpu string, fresh *Baseline) {
	if bl.ByCPU == nil {
		bl.ByCPU = map[string]*CPUBaseline{}
	}
	bl.ByCPU[cpu] = &CPUBaseline{Go: fresh.Go, Date: fresh.Date, Rounds: fresh.Rounds, Ratios: fresh.Ratios}
}

// CPUModel names the CPU model this process runs on, as the key of
// Baseline.ByCPU: "GOARCH vendor family F model M" from /proc/cpuinfo
// (the model name string is not used: hypervisors shorten it, "AMD EPYC").
// It is "" where /proc/cpuinfo has no such fields.
func CPUModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	return cpuModel(runtime.GOARCH, b)
}

func cpuModel(arch string, cpuinfo []byte) string {
	var vendor, family, model string
	for _, line := range strings.Split(string(cpuinfo), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch {
		case k == "vendor_id" && vendor == "":
			vendor = v
		case k == "cpu family" && family == "":
			family = v
		case k == "model" && model == "":
			model = v
		}
		if line == "" && vendor != "" {
			break // the first processor's block is enough
		}
	}
	if vendor == "" || family == "" || model == "" {
		return ""
	}
	return arch + " " + vendor + " family " + family + " model " + model
}

// LoadBaseline reads a baseline file.
func LoadBaseline(path string) (*Baseline, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read baseline: %w", err)
	}
	var bl Baseline
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&bl); err != nil {
		return nil, fmt.Errorf("cannot parse baseline %s: %w", path, err)
	}
	for name, r := range bl.Ratios {
		if !(r > 0) || math.IsInf(r, 0) {
			return nil, fmt.Errorf("baseline %s: ratios.%s = %g: want a positive number", path, name, r)
		}
	}
	for cpu, e := range bl.ByCPU {
		if e == nil || len(e.Ratios) == 0 {
			return nil, fmt.Errorf("baseline %s: by_cpu[%q] has no ratios", path, cpu)
		}
		for name, r := range e.Ratios {
			if !(r > 0) || math.IsInf(r, 0) {
				return nil, fmt.Errorf("baseline %s: by_cpu[%q].ratios.%s = %g: want a positive number", path, cpu, name, r)
			}
		}
	}
	return &bl, nil
}

// NewBaseline makes a baseline from guarded results.
func NewBaseline(rs []Result, rounds int) *Baseline {
	bl := &Baseline{
		Note:   "ratio = hot path MB/s / reference loop MB/s over the same bytes (byte copy; LZ hash insert for EncodeZstd), both timed in thread CPU time, median of interleaved rounds. Rewrite with: make bench-baseline",
		Go:     runtime.Version(),
		Arch:   runtime.GOOS + "/" + runtime.GOARCH,
		CPUs:   runtime.NumCPU(),
		Date:   time.Now().UTC().Format(time.RFC3339),
		Rounds: rounds,
		Ratios: map[string]float64{},
	}
	for _, r := range rs {
		if r.Guarded {
			bl.Ratios[r.Name] = math.Round(r.Ratio*10000) / 10000
		}
	}
	return bl
}

// Write writes the baseline as indented JSON.
func (bl *Baseline) Write(path string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the notes say "0.16 -> 0.135"
	enc.SetIndent("", "  ")
	if err := enc.Encode(bl); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

type sample struct {
	mbps, recps, ratio, refMBps float64
}

// Quantile is the quantile of the per-op times a round is summarised by:
// close to the fastest op, as it is the one least disturbed by neighbours
// (cache-cold starts after the thread was descheduled, memory bandwidth
// taken by other processes), while a real regression slows every op, the
// fastest included. On a 2-core runner at load 20, the run-to-run spread of
// zstd's median ratio was about 2% with 0.05 and 8% with 0.25.
const Quantile = 0.05

// measure runs one round of c: single ops of the hot path and of the
// reference loop, alternating (ABAB..., the first of each pair swapped on
// every pair) until the two have used budget of the thread's CPU time, or
// 4*budget of wall time has passed on a machine too busy to give it that,
// and at least minPairs pairs ran. Each op is timed with the thread's CPU
// clock, so both loops are sampled over the same seconds and neither is
// charged for time the thread spent descheduled.
func measure(c Case, budget time.Duration) sample {
	const minPairs, maxPairs = 5, 100000
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c.Op() // warm caches and buffers
	c.Ref()
	hot := make([]time.Duration, 0, 256)
	ref := make([]time.Duration, 0, 256)
	var used time.Duration
	deadline := time.Now().Add(4 * budget)
	for i := 0; i < maxPairs && (i < minPairs || (used < budget && time.Now().Before(deadline))); i++ {
		if i%2 == 0 {
			t0 := threadTime()
			c.Op()
			t1 := threadTime()
			c.Ref()
			t2 := threadTime()
			hot, ref = append(hot, t1-t0), append(ref, t2-t1)
			used += t2 - t0
		} else {
			t0 := threadTime()
			c.Ref()
			t1 := threadTime()
			c.Op()
			t2 := threadTime()
			ref, hot = append(ref, t1-t0), append(hot, t2-t1)
			used += t2 - t0
		}
	}
	th, tr := quantile(hot, Quantile), quantile(ref, Quantile)
	var s sample
	if th > 0 {
		s.mbps = float64(c.Bytes) / 1e6 / th.Seconds()
		s.recps = float64(c.Records) / th.Seconds()
	}
	if tr > 0 {
		s.refMBps = float64(c.Bytes) / 1e6 / tr.Seconds()
	}
	if s.refMBps > 0 {
		s.ratio = s.mbps / s.refMBps
	}
	return s
}

// allocsPerOp counts the heap allocations of one op in steady state.
func allocsPerOp(c Case) int64 {
	return int64(math.Ceil(testing.AllocsPerRun(3, c.Op)))
}

func quantile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1))]
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// RunGuard measures every case cfg selects in cfg.Rounds interleaved rounds
// (hot path and reference loop back to back, their order alternating, the
// case order rotating) and judges each guarded case against bl (nil: no
// baseline, only allocations are judged). progress, if not nil, gets one
// line per round.
func RunGuard(cfg GuardConfig, bl *Baseline, progress io.Writer) ([]Result, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cases, err := Cases(cfg.Selftest, cfg.Naive)
	if err != nil {
		return nil, err
	}
	if len(cfg.Only) > 0 {
		cases = slices.DeleteFunc(cases, func(c Case) bool { return !slices.Contains(cfg.Only, c.Name) })
		if len(cases) == 0 {
			return nil, fmt.Errorf("no case named %s", strings.Join(cfg.Only, ", "))
		}
	}
	results := make([]Result, len(cases))
	samples := make([][]sample, len(cases))
	for i, c := range cases {
		results[i] = Result{Name: c.Name, Guarded: c.Guarded, Records: c.Records, CheckError: c.Check(), AllocsOp: allocsPerOp(c)}
	}
	for round := 0; round < cfg.Rounds; round++ {
		start := time.Now()
		for j := range cases {
			i := (j + round) % len(cases)
			if !cases[i].Guarded && round > 0 {
				continue // informational: one measurement is enough
			}
			samples[i] = append(samples[i], measure(cases[i], cfg.BenchTime))
		}
		if progress != nil {
			var line strings.Builder
			fmt.Fprintf(&line, "round %d/%d %4.1fs ratios:", round+1, cfg.Rounds, time.Since(start).Seconds())
			for i, c := range cases {
				if c.Guarded || round == 0 {
					fmt.Fprintf(&line, " %s %.4f", c.Name, samples[i][len(samples[i])-1].ratio)
				}
			}
			fmt.Fprintln(progress, line.String())
		}
	}
	for i := range results {
		judge(&results[i], samples[i], cfg, bl)
	}
	return results, nil
}

// judge fills r from its samples and decides its verdict.
func judge(r *Result, ss []sample, cfg GuardConfig, bl *Baseline) {
	var mb, rp, ref []float64
	r.Ratios = nil
	for _, s := range ss {
		mb = append(mb, s.mbps)
		rp = append(rp, s.recps)
		ref = append(ref, s.refMBps)
		r.Ratios = append(r.Ratios, s.ratio)
	}
	r.MBps, r.RecordsPS, r.RefMBps, r.Ratio = median(mb), median(rp), median(ref), median(r.Ratios)
	if bl != nil {
		r.Baseline = bl.Ratios[r.Name]
	}
	var why []string
	switch {
	case !r.Guarded:
		r.Verdict = "info"
		return
	case r.CheckError != nil:
		why = append(why, "FAIL: "+r.CheckError.Error())
	}
	if r.AllocsOp > 0 {
		why = append(why, fmt.Sprintf("FAIL: allocates %d times per %d records", r.AllocsOp, r.Records))
	}
	switch {
	case bl == nil:
	case r.Baseline == 0:
		why = append(why, "FAIL: no baseline (make bench-baseline)")
	case r.Ratio < r.Baseline*(1-cfg.Tolerance):
		why = append(why, fmt.Sprintf("FAIL: %.0f%% below baseline (limit %.0f%%)", 100*(1-r.Ratio/r.Baseline), 100*cfg.Tolerance))
	}
	if len(why) > 0 {
		r.Fail = true
		r.Verdict = strings.Join(why, "; ")
		return
	}
	switch {
	case bl == nil:
		r.Verdict = "ok (no baseline)"
	default:
		r.Verdict = fmt.Sprintf("ok (%+.0f%%)", 100*(r.Ratio/r.Baseline-1))
	}
}

// Failed reports whether any result failed.
func Failed(rs []Result) bool {
	for _, r := range rs {
		if r.Fail {
			return true
		}
	}
	return false
}

// WriteTable prints the results as an aligned table.
func WriteTable(w io.Writer, rs []Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "name\tMB/s\trecords/s\tallocs/op\tref MB/s\tratio\tbaseline\t\tverdict\n")
	for _, r := range rs {
		base := "-"
		if r.Baseline > 0 {
			base = fmt.Sprintf("%.4f", r.Baseline)
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.0f\t%d\t%.1f\t%.4f\t%s\t\t%s\n",
			r.Name, r.MBps, r.RecordsPS, r.AllocsOp, r.RefMBps, r.Ratio, base, r.Verdict)
	}
	return tw.Flush()
}
