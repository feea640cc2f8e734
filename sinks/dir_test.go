package sinks

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func testObject(t testing.TB, k Key, records int) (Object, []byte) {
	t.Helper()
	raw := batch(records)
	enc, err := NewEncoder(k.Codec, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	return Object{
		Key:  k.String(),
		Body: enc.Encode(nil, raw),
		Meta: Meta{Class: k.Class, Records: records, FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + int64(records) - 1,
			RulesVersion: "v1 & more=x%", KeyID: "k-2026", RawSize: int64(len(raw))},
	}, raw
}

func TestDirPutStatGet(t *testing.T) {
	ctx := context.Background()
	d, err := NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	dec, _ := NewDecoder(0)
	for _, c := range []Codec{CodecZstd, CodecGzip} {
		k := Key{Class: "access", Topic: "cdn", Partition: 3, FirstOffset: 100, Hour: h, Codec: c}
		obj, raw := testObject(t, k, 50)
		if err := d.Put(ctx, obj); err != nil {
			t.Fatalf("Put %s: %v", c, err)
		}
		// Put twice: ErrExists, and the first object is intact.
		obj2, _ := testObject(t, k, 7)
		if err := d.Put(ctx, obj2); !errors.Is(err, ErrExists) {
			t.Fatalf("second Put %s: err = %v, want ErrExists", c, err)
		}
		m, err := d.Stat(ctx, obj.Key)
		if err != nil {
			t.Fatalf("Stat %s: %v", c, err)
		}
		want := obj.Meta
		fi, _ := os.Stat(d.path(obj.Key))
		want.Size = fi.Size()
		if m != want {
			t.Fatalf("Stat %s = %+v, want %+v", c, m, want)
		}
		rc, err := d.Get(ctx, obj.Key)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if !bytes.Equal(body, obj.Body) {
			t.Fatalf("Get %s: body differs from what was put", c)
		}
		got, err := dec.Decode(nil, body, c)
		if err != nil || !bytes.Equal(got, raw) {
			t.Fatalf("decode %s: %v", c, err)
		}
		// The file on disk, metadata frame included, is plain zstd/gzip
		// for our decoder and the standard tools.
		file, _ := os.ReadFile(d.path(obj.Key))
		got, err = dec.Decode(nil, file, c)
		if err != nil || !bytes.Equal(got, raw) {
			t.Fatalf("decode whole file %s: %v", c, err)
		}
		tool := map[Codec]string{CodecZstd: "zstd", CodecGzip: "gzip"}[c]
		if path, err := exec.LookPath(tool); err == nil {
			out, err := exec.Command(path, "-dc", d.path(obj.Key)).Output()
			if err != nil || !bytes.Equal(out, raw) {
				t.Fatalf("%s -dc on the archive file: err %v, equal %v", tool, err, bytes.Equal(out, raw))
			}
		}
	}
	missing := Key{Class: "access", Topic: "cdn", Partition: 9, Hour: h}.String()
	if _, err := d.Stat(ctx, missing); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Stat missing: %v", err)
	}
	if _, err := d.Get(ctx, missing); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get missing: %v", err)
	}
	assertNoTemps(t, d.Root())
}

func assertNoTemps(t *testing.T, root string) {
	t.Helper()
	filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

func TestDirPutRejectsBadKeys(t *testing.T) {
	d, _ := NewDir(t.TempDir())
	f := func(key string) {
		t.Helper()
		if err := d.Put(context.Background(), Object{Key: key, Body: []byte("x")}); err == nil || errors.Is(err, ErrExists) {
			t.Fatalf("Put(%q) err = %v, want invalid key", key, err)
		}
	}
	f("../../etc/passwd")
	f("class=a/topic=t/dt=2026-11-23/hour=20/../../../x+1+000000000000000000.ndjson.zst")
	f("class=../topic=t/dt=2026-11-23/hour=20/t+1+000000000000000000.ndjson.zst")
	f("/abs/class=a/topic=t/dt=2026-11-23/hour=20/t+1+000000000000000000.ndjson.zst")
	ok := "class=a/topic=t/dt=2026-11-23/hour=20/t+1+000000000000000000.ndjson.zst"
	g := func(m Meta) {
		t.Helper()
		if err := d.Put(context.Background(), Object{Key: ok, Body: []byte("x"), Meta: m}); err == nil {
			t.Fatalf("Put with meta %+v accepted", m)
		}
	}
	g(Meta{Class: "b"})
	g(Meta{Class: "a", RulesVersion: "v\n1"})
	g(Meta{KeyID: "ключ"})
	entries, _ := os.ReadDir(d.Root())
	if len(entries) != 0 {
		t.Fatalf("bad keys created %d entries", len(entries))
	}
}

// Many writers racing for one key: exactly one wins, the rest get
// ErrExists, and no temporary file remains.
func TestDirPutConcurrentSameKey(t *testing.T) {
	d, _ := NewDir(t.TempDir())
	k := Key{Class: "audit", Topic: "t", Partition: 1, FirstOffset: 5, Hour: time.Date(2026, 1, 2, 3, 0, 0, 0, time.UTC)}
	var wg sync.WaitGroup
	var mu sync.Mutex
	won, exists := 0, 0
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			obj, _ := testObject(t, k, 10+i)
			err := d.Put(context.Background(), obj)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				won++
			case errors.Is(err, ErrExists):
				exists++
			default:
				t.Errorf("Put: %v", err)
			}
		}()
	}
	wg.Wait()
	if won != 1 || exists != 15 {
		t.Fatalf("won %d, exists %d; want 1 and 15", won, exists)
	}
	if _, err := d.Stat(context.Background(), k.String()); err != nil {
		t.Fatal(err)
	}
	assertNoTemps(t, d.Root())
}

func TestDirList(t *testing.T) {
	ctx := context.Background()
	d, _ := NewDir(t.TempDir())
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	var keys []string
	for _, k := range []Key{
		{Class: "access", Topic: "cdn", Partition: 0, FirstOffset: 10, Hour: h},
		{Class: "access", Topic: "cdn", Partition: 0, FirstOffset: 5, Hour: h},
		{Class: "access", Topic: "cdn-x", Partition: 1, FirstOffset: 5, Hour: h},
		{Class: "access-x", Topic: "cdn", Partition: 0, FirstOffset: 1, Hour: h},
		{Class: "access", Topic: "cdn", Partition: 10, FirstOffset: 0, Hour: h.Add(time.Hour)},
		{Class: "audit", Topic: "a", Partition: 2, FirstOffset: 0, Hour: h.Add(-48 * time.Hour), Codec: CodecGzip},
	} {
		obj, _ := testObject(t, k, 3)
		if err := d.Put(ctx, obj); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, obj.Key)
	}
	// A leftover temp file and a dot directory are not objects.
	os.WriteFile(filepath.Join(d.Root(), "class=access", ".tmp-x"), []byte("x"), 0o600)
	list := func(prefix string) []string {
		var got []string
		err := d.List(ctx, prefix, func(key string, size int64) error {
			if size <= 0 {
				t.Errorf("List %q: size %d", key, size)
			}
			got = append(got, key)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	f := func(prefix string) {
		t.Helper()
		var want []string
		for _, k := range keys {
			if strings.HasPrefix(k, prefix) {
				want = append(want, k)
			}
		}
		slices := func(s []string) string { return strings.Join(s, "\n") }
		sortStrings(want)
		if got := list(prefix); slices(got) != slices(want) {
			t.Fatalf("List(%q) =\n%s\nwant\n%s", prefix, slices(got), slices(want))
		}
	}
	f("")
	f("class=access")
	f("class=access/")
	f("class=access/topic=cdn")
	f("class=access/topic=cdn/dt=2026-11-23/hour=20/cdn+0+")
	f("class=audit/topic=a/dt=2026-11-21/hour=20/a+2+000000000000000000.ndjson.gz")
	f("class=nope/")
	f("class=access/topic=cdn/dt=2026-11-23/hour=20/cdn+0+000000000000000005.ndjson.zst/x")
	stop := errors.New("stop")
	n := 0
	if err := d.List(ctx, "", func(string, int64) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Fatalf("List stop: err %v after %d calls", err, n)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestJanitor(t *testing.T) {
	ctx := context.Background()
	d, _ := NewDir(t.TempDir())
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	put := func(class string, hour time.Time) string {
		obj, _ := testObject(t, Key{Class: class, Topic: "t", Partition: 0, FirstOffset: hour.Unix(), Hour: hour}, 5)
		if err := d.Put(ctx, obj); err != nil {
			t.Fatal(err)
		}
		return obj.Key
	}
	day := func(y, m, dd, h int) time.Time { return time.Date(y, time.Month(m), dd, h, 0, 0, 0, time.UTC) }
	// technical keeps 1 day: a partition goes at dt + 2 days.
	expired := []string{
		put("technical", day(2026, 11, 21, 0)),
		put("technical", day(2026, 11, 21, 23)),
		put("technical", day(2026, 10, 1, 5)),
	}
	kept := []string{
		put("technical", day(2026, 11, 22, 0)), // expires 2026-11-24 00:00
		put("technical", day(2026, 11, 23, 10)),
		put("access", day(2026, 9, 1, 0)), // 90 days: until 2026-12-01
		put("unknown", day(2020, 1, 1, 0)),
	}
	expired = append(expired, put("access", day(2026, 8, 24, 0))) // expired at 2026-11-23 00:00
	stale := filepath.Join(filepath.Dir(d.path(kept[0])), ".tmp-crashed")
	fresh := filepath.Join(filepath.Dir(d.path(kept[1])), ".tmp-writing")
	os.WriteFile(stale, []byte("x"), 0o600)
	os.Chtimes(stale, now.Add(-2*time.Hour), now.Add(-2*time.Hour))
	os.WriteFile(fresh, []byte("x"), 0o600)
	os.Chtimes(fresh, now, now)

	var size int64
	for _, k := range expired {
		fi, _ := os.Stat(d.path(k))
		size += fi.Size()
	}
	reg := prometheus.NewPedanticRegistry()
	j, err := NewJanitor(d, "", []Retention{{"technical", 1}, {"access", 90}}, JanitorOptions{Registerer: reg, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	res, err := j.RunOnce(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Objects != len(expired) || res.Partitions != 3 || res.Bytes != size {
		t.Fatalf("RunOnce = %+v, want %d objects in 3 partitions, %d bytes", res, len(expired), size)
	}
	for _, k := range expired {
		if _, err := d.Stat(ctx, k); !errors.Is(err, ErrNotFound) {
			t.Errorf("expired %s still there (%v)", k, err)
		}
		if _, err := os.Stat(filepath.Dir(filepath.Dir(d.path(k)))); !os.IsNotExist(err) {
			t.Errorf("partition directory of %s still there", k)
		}
	}
	for _, k := range kept {
		if _, err := d.Stat(ctx, k); err != nil {
			t.Errorf("kept %s: %v", k, err)
		}
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temp file not removed")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temp file removed: %v", err)
	}
	if got := metricValue(t, j.m.deletedObjects.WithLabelValues("technical")); got != 3 {
		t.Errorf("deleted objects{technical} = %v, want 3", got)
	}
	if got := metricValue(t, j.m.deletedBytes.WithLabelValues("access")); got <= 0 {
		t.Errorf("deleted bytes{access} = %v", got)
	}
	if got := metricValue(t, j.m.lastRun); got != float64(now.Unix()) {
		t.Errorf("last run = %v, want %v", got, now.Unix())
	}
	// A second run finds nothing more to do.
	if res, err := j.RunOnce(ctx); err != nil || res.Objects != 0 {
		t.Fatalf("second RunOnce = %+v, %v", res, err)
	}
	if _, err := NewJanitor(d, "", []Retention{{"a", 0}, {"a/b", 3}}, JanitorOptions{}); err == nil {
		t.Fatal("NewJanitor accepted bad classes")
	}
}

func TestJanitorRunStops(t *testing.T) {
	d, _ := NewDir(t.TempDir())
	j, err := NewJanitor(d, "", []Retention{{"a", 1}}, JanitorOptions{Interval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := j.Run(ctx); err != nil {
		t.Fatal(err)
	}
}

func metricValue(t *testing.T, c prometheus.Metric) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}

// Late batches for a partition the janitor is deleting still get written:
// when the directory vanishes between its creation and the write, Put makes
// it again.
func TestDirPutWhileJanitorDeletes(t *testing.T) {
	d, _ := NewDir(t.TempDir())
	j, err := NewJanitor(d, "", []Retention{{"access", 1}}, JanitorOptions{Now: func() time.Time { return time.Now().AddDate(10, 0, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	deletes := 0
	testHookAfterMkdirs = func(string) {
		if deletes < 2 { // the janitor strikes twice in a row
			deletes++
			if _, err := j.RunOnce(context.Background()); err != nil {
				t.Error(err)
			}
		}
	}
	defer func() { testHookAfterMkdirs = nil }()
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	obj, _ := testObject(t, Key{Class: "access", Topic: "t", FirstOffset: 1, Hour: h}, 1)
	if err := d.Put(context.Background(), obj); err != nil {
		t.Fatalf("Put while the janitor deletes: %v", err)
	}
	if deletes != 2 {
		t.Fatalf("janitor ran %d times", deletes)
	}
	if _, err := d.Stat(context.Background(), obj.Key); err != nil {
		t.Fatal(err)
	}
	assertNoTemps(t, d.Root())
}

// An object that is not valid is a permanent error; a directory that
// cannot be written is not (an operator can fix it while the daemon
// retries).
func TestDirPermanentErrors(t *testing.T) {
	d, err := NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := d.Put(ctx, Object{Key: "class=a/x"}); !IsPermanent(err) {
		t.Errorf("invalid key: %v", err)
	}
	k := Key{Class: "a", Topic: "t", Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)}
	if err := d.Put(ctx, Object{Key: k.String(), Meta: Meta{Class: "b"}}); !IsPermanent(err) {
		t.Errorf("metadata class differs from the key's: %v", err)
	}
	if os.Getuid() == 0 {
		return // root writes into a read-only directory
	}
	if err := os.Chmod(d.Root(), 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(d.Root(), 0o750)
	if err := d.Put(ctx, Object{Key: k.String(), Body: []byte("x")}); err == nil || IsPermanent(err) {
		t.Errorf("read-only directory: %v; want a retryable error", err)
	}
}
