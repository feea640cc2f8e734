package bench

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redactd/redactd/internal/corpus"
	"github.com/redactd/redactd/redact"
)

func cases(b testing.TB, naive bool) []Case {
	b.Helper()
	cs, err := Cases(SelftestNone, naive)
	if err != nil {
		b.Fatal(err)
	}
	return cs
}

func caseNamed(b testing.TB, name string) Case {
	b.Helper()
	for _, c := range cases(b, name == "NaiveRegexp") {
		if c.Name == name {
			if err := c.Check(); err != nil {
				b.Fatal(err)
			}
			return c
		}
	}
	b.Fatalf("no case %s", name)
	return Case{}
}

func run(b *testing.B, name string) {
	c := caseNamed(b, name)
	Bench(c, c.Op)(b)
}

// BenchmarkRedactText: CDN access logs (nginx and CloudFront) under the
// default policy. Issue 2's target: at least 400 MB/s on one core, 0 allocs.
func BenchmarkRedactText(b *testing.B) { run(b, "RedactText") }

// BenchmarkRedactJSON: audit and telemetry JSON. Target: 300 MB/s, 0 allocs.
func BenchmarkRedactJSON(b *testing.B) { run(b, "RedactJSON") }

// BenchmarkRedactCDR: VoIP call detail records (CSV).
func BenchmarkRedactCDR(b *testing.B) { run(b, "RedactCDR") }

// BenchmarkRedactDNS: BIND query logs.
func BenchmarkRedactDNS(b *testing.B) { run(b, "RedactDNS") }

// BenchmarkEncodeZstd: zstd encoding of a 256 KiB batch with a reused
// sinks.Encoder.
func BenchmarkEncodeZstd(b *testing.B) { run(b, "EncodeZstd") }

// BenchmarkNaiveRegexp: the regex-only way (stdlib regexp, IPv4 + IPv6 +
// e-mail + phone) on the RedactText records.
func BenchmarkNaiveRegexp(b *testing.B) { run(b, "NaiveRegexp") }

// BenchmarkCopy is the reference loop of each case: a byte-by-byte copy of
// the same records (the guard divides each hot path's MB/s by it).
func BenchmarkCopy(b *testing.B) {
	for _, c := range cases(b, false) {
		b.Run(c.Name, Bench(c, c.Ref))
	}
}

// TestHotPathsNoAllocs: every guarded hot path runs without allocating in
// steady state.
func TestHotPathsNoAllocs(t *testing.T) {
	for _, c := range cases(t, false) {
		if err := c.Check(); err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		if n := testing.AllocsPerRun(5, c.Op); n != 0 {
			t.Errorf("%s allocates %v times per %d records", c.Name, n, c.Records)
		}
		if n := testing.AllocsPerRun(5, c.Ref); n != 0 {
			t.Errorf("%s reference loop allocates %v times", c.Name, n)
		}
	}
}

// TestDefaultPolicyOnCorpus is the corpus's ground truth applied to the
// engine: under the default policy no planted value survives, every kept
// look-alike does, the rid still names the record, and JSON stays JSON.
func TestDefaultPolicyOnCorpus(t *testing.T) {
	eng, err := Engine()
	if err != nil {
		t.Fatal(err)
	}
	r := eng.NewRedactor()
	g := corpus.New(Seed)
	var leaks, lost [corpus.NumKinds]int
	var total [corpus.NumKinds]int
	var dst []byte
	const n = 5000
	for i := 0; i < n; i++ {
		rec := g.Mix()
		total[rec.Kind]++
		dst, err = r.Redact(dst[:0], rec.Value, redact.FormatAuto)
		if err != nil {
			t.Errorf("%s record %d quarantined: %v", rec.Kind, rec.ID, err)
			continue
		}
		if id, ok := corpus.ParseID(dst); !ok || id != rec.ID {
			t.Errorf("%s record %d: rid lost or changed (parsed %d, %v)", rec.Kind, rec.ID, id, ok)
		}
		if rec.Kind.JSON() && !jsonValid(dst) {
			t.Errorf("%s record %d: output is not valid JSON", rec.Kind, rec.ID)
		}
		for _, p := range rec.Planted {
			if bytes.Contains(dst, p) {
				if leaks[rec.Kind] < 3 {
					t.Errorf("%s record %d: planted %q survived:\n%s", rec.Kind, rec.ID, p, dst)
				}
				leaks[rec.Kind]++
			}
		}
		for _, k := range rec.Keep {
			if !bytes.Contains(dst, k) {
				if lost[rec.Kind] < 3 {
					t.Errorf("%s record %d: look-alike %q was redacted:\n%s", rec.Kind, rec.ID, k, dst)
				}
				lost[rec.Kind]++
			}
		}
	}
	for k := corpus.Kind(0); k < corpus.NumKinds; k++ {
		if leaks[k]+lost[k] > 0 {
			t.Logf("%s: %d records, %d planted values survived, %d look-alikes redacted", k, total[k], leaks[k], lost[k])
		}
	}
}

// TestNaiveBaselineRedacts keeps the naive baseline honest: it does remove
// IPv4 addresses and e-mails (so it is a fair comparison, not a no-op).
func TestNaiveBaselineRedacts(t *testing.T) {
	c := caseNamed(t, "NaiveRegexp")
	c.Op()
	recs := RecordSet(TextKinds...)
	got := allocSink // the last record's output
	if bytes.Equal(got, recs[len(recs)-1]) {
		t.Fatalf("naive baseline changed nothing in %q", got)
	}
	if !bytes.Contains(got, []byte("[redacted]")) {
		t.Fatalf("naive baseline output has no replacement: %q", got)
	}
}

func TestGuardConfigValidate(t *testing.T) {
	if err := DefaultGuardConfig().Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	bad := GuardConfig{Rounds: 0, BenchTime: 0, Tolerance: 1.5, Selftest: "fast"}
	err := bad.Validate()
	if err == nil {
		t.Fatal("invalid config accepted")
	}
	for _, want := range []string{"rounds 0", "benchtime 0s", "tolerance 1.5", `"fast"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
}

// TestJudge: the verdict rules, on fixed samples.
func TestJudge(t *testing.T) {
	cfg := DefaultGuardConfig()
	bl := &Baseline{Ratios: map[string]float64{"X": 0.10}}
	f := func(ratios []float64, allocs int64, wantFail bool, wantVerdict string) {
		t.Helper()
		var ss []sample
		for _, r := range ratios {
			ss = append(ss, sample{mbps: r * 1000, refMBps: 1000, ratio: r})
		}
		r := Result{Name: "X", Guarded: true, Records: 256, AllocsOp: allocs}
		judge(&r, ss, cfg, bl)
		if r.Fail != wantFail || !strings.Contains(r.Verdict, wantVerdict) {
			t.Errorf("ratios %v allocs %d: fail=%v verdict %q; want fail=%v verdict ~%q", ratios, allocs, r.Fail, r.Verdict, wantFail, wantVerdict)
		}
	}
	f([]float64{0.10, 0.10, 0.10}, 0, false, "ok (+0%)")
	f([]float64{0.085, 0.09, 0.12}, 0, false, "ok (-10%)")
	f([]float64{0.081, 0.081, 0.081}, 0, false, "ok (-19%)")
	f([]float64{0.079, 0.079, 0.079}, 0, true, "21% below baseline")
	f([]float64{0.20, 0.05, 0.05}, 0, true, "50% below baseline")    // median, not best
	f([]float64{0.02, 0.11, 0.10, 0.12, 0.01}, 0, false, "ok (+0%)") // two outliers out of five
	f([]float64{0.10, 0.10, 0.10}, 1, true, "allocates 1 times per 256 records")
	r := Result{Name: "Y", Guarded: true}
	judge(&r, []sample{{ratio: 1}}, cfg, bl)
	if !r.Fail || !strings.Contains(r.Verdict, "no baseline") {
		t.Errorf("case without baseline: fail=%v %q", r.Fail, r.Verdict)
	}
	r = Result{Name: "X", Guarded: false, AllocsOp: 100}
	judge(&r, []sample{{ratio: 0.001}}, cfg, bl)
	if r.Fail {
		t.Errorf("informational case failed: %q", r.Verdict)
	}
}

// TestGuardCatchesRegressions shows the guard can fail: it measures two hot
// paths, takes those ratios as the baseline, then injects each selftest
// regression and checks that the guard fails for the right reason, while a
// clean rerun passes. It takes about 10 s.
func TestGuardCatchesRegressions(t *testing.T) {
	if testing.Short() {
		t.Skip("measures for about 10 s")
	}
	cfg := GuardConfig{Rounds: 3, BenchTime: 100 * time.Millisecond, Tolerance: 0.20,
		Only: []string{"RedactText", "EncodeZstd"}}
	clean, err := RunGuard(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range clean {
		if r.Fail {
			t.Fatalf("clean run failed: %s: %s", r.Name, r.Verdict)
		}
	}
	bl := NewBaseline(clean, cfg.Rounds)

	cfg.Selftest = SelftestSlow
	slow, err := RunGuard(cfg, bl, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range slow {
		if !r.Fail || !strings.Contains(r.Verdict, "below baseline") {
			t.Errorf("slow selftest not caught: %s ratio %.4f baseline %.4f: %s", r.Name, r.Ratio, r.Baseline, r.Verdict)
		}
	}

	cfg.Selftest = SelftestAlloc
	cfg.Rounds = 1
	alloc, err := RunGuard(cfg, bl, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range alloc {
		if !r.Fail || !strings.Contains(r.Verdict, "allocates") {
			t.Errorf("alloc selftest not caught: %s allocs/op %d: %s", r.Name, r.AllocsOp, r.Verdict)
		}
	}
	var out strings.Builder
	if err := WriteTable(&out, slices.Concat(clean, slow, alloc)); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out.String())
}

// TestCommittedBaseline: bench/baseline.json parses and has a ratio for
// every guarded hot path.
func TestCommittedBaseline(t *testing.T) {
	bl, err := LoadBaseline(filepath.Join("baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases(t, false) {
		if c.Guarded && bl.Ratios[c.Name] == 0 {
			t.Errorf("baseline.json has no ratio for %s (run make bench-baseline)", c.Name)
		}
		for cpu, e := range bl.ByCPU {
			if c.Guarded && e.Ratios[c.Name] == 0 {
				t.Errorf("baseline.json by_cpu[%q] has no ratio for %s (run make bench-baseline on that CPU)", cpu, c.Name)
			}
		}
	}
	// Unknown keys are refused, so a typo cannot silently drop a check.
	tmp := filepath.Join(t.TempDir(), "b.json")
	if err := os.WriteFile(tmp, []byte(`{"ratios":{"RedactText":0.1},"ratio":{}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadBaseline(tmp); err == nil {
		t.Error("baseline with an unknown key accepted")
	}
	if err := os.WriteFile(tmp, []byte(`{"ratios":{"RedactText":-1}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadBaseline(tmp); err == nil {
		t.Error("baseline with a negative ratio accepted")
	}
}

// TestBaselineForCPU: a CPU model with ratios of its own is judged by
// them, any other by the default ones, and recording a model keeps the
// rest of the file.
func TestBaselineForCPU(t *testing.T) {
	const amd = "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 17\nmodel name\t: AMD EPYC\n\nprocessor\t: 1\nvendor_id\t: Other\ncpu family\t: 6\nmodel\t\t: 85\n"
	if got, want := cpuModel("amd64", []byte(amd)), "amd64 AuthenticAMD family 25 model 17"; got != want {
		t.Fatalf("cpuModel = %q, want %q", got, want)
	}
	if got := cpuModel("arm64", []byte("processor\t: 0\nBogoMIPS\t: 50.00\n")); got != "" {
		t.Errorf("cpuModel without vendor fields = %q, want empty", got)
	}
	bl := &Baseline{Ratios: map[string]float64{"X": 0.10}}
	bl.SetCPU("amd64 A family 1 model 2", &Baseline{Go: "go1", Date: "d", Rounds: 11, Ratios: map[string]float64{"X": 0.05}})
	if sel, own := bl.ForCPU("amd64 A family 1 model 2"); !own || sel.Ratios["X"] != 0.05 || sel.Date != "d" {
		t.Errorf("own model: ratio %g own %v, want 0.05 true", sel.Ratios["X"], own)
	}
	for _, cpu := range []string{"amd64 B family 1 model 2", ""} {
		if sel, own := bl.ForCPU(cpu); own || sel.Ratios["X"] != 0.10 {
			t.Errorf("model %q: ratio %g own %v, want the default 0.10", cpu, sel.Ratios["X"], own)
		}
	}
	if bl.Ratios["X"] != 0.10 {
		t.Errorf("SetCPU changed the default ratios: %g", bl.Ratios["X"])
	}
	tmp := filepath.Join(t.TempDir(), "b.json")
	if err := bl.Write(tmp); err != nil {
		t.Fatal(err)
	}
	back, err := LoadBaseline(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if sel, own := back.ForCPU("amd64 A family 1 model 2"); !own || sel.Ratios["X"] != 0.05 {
		t.Errorf("after a write and a read: ratio %g own %v", sel.Ratios["X"], own)
	}
	if err := os.WriteFile(tmp, []byte(`{"ratios":{"X":0.1},"by_cpu":{"m":{"ratios":{"X":0}}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadBaseline(tmp); err == nil {
		t.Error("a CPU model's zero ratio accepted")
	}
}

func jsonValid(b []byte) bool { return json.Valid(b) }

// BenchmarkFormat: the format parsers of the guard (Format/combined,
// Format/cloudfront, Format/asterisk, Format/auto), shown for information.
func BenchmarkFormat(b *testing.B) {
	for _, c := range cases(b, false) {
		if name, ok := strings.CutPrefix(c.Name, "Format/"); ok {
			if err := c.Check(); err != nil {
				b.Fatal(err)
			}
			b.Run(name, Bench(c, c.Op))
		}
	}
}
