package sinks

import (
	"strings"
	"testing"
	"time"
)

func TestParseKeyRoundTrip(t *testing.T) {
	f := func(k Key) {
		t.Helper()
		if err := k.Validate(); err != nil {
			t.Fatalf("Validate(%+v): %v", k, err)
		}
		s := k.String()
		got, err := ParseKey(s)
		if err != nil {
			t.Fatalf("ParseKey(%q): %v", s, err)
		}
		want := k
		want.Prefix = strings.TrimSuffix(want.Prefix, "/")
		want.Hour = HourOf(k.Hour)
		if got != want {
			t.Fatalf("ParseKey(%q) = %+v, want %+v", s, got, want)
		}
		if got.String() != s {
			t.Fatalf("ParseKey(%q).String() = %q", s, got.String())
		}
	}
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	f(Key{Class: "access", Topic: "cdn-access", Partition: 3, FirstOffset: 123456, Hour: h})
	f(Key{Prefix: "logs/env=prod", Class: "audit", Topic: "a.b_c-d", Partition: 0, FirstOffset: 0, Hour: h, Codec: CodecGzip})
	f(Key{Prefix: "logs/", Class: "t", Topic: "x", Partition: 2147483647, FirstOffset: 9223372036854775807, Hour: h.Add(3 * time.Hour)})
	f(Key{Class: "t", Topic: "x", FirstOffset: 999999999999999999, Hour: time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)})
	f(Key{Class: "t", Topic: "x", FirstOffset: 1000000000000000000, Hour: time.Date(2026, 2, 28, 23, 0, 0, 0, time.FixedZone("x", 3600))})
	f(Key{Class: "access", Topic: "cdn-access", Partition: 3, FirstOffset: 123456, Hour: h, Text: true})
	f(Key{Class: "access", Topic: "cdn-access", Partition: 3, FirstOffset: 123456, Hour: h, Codec: CodecGzip, Text: true})
	f(Key{Class: "access", Topic: "cdn-access", Partition: 3, FirstOffset: 123456, Hour: h, Codec: CodecParquet})
	if s := (Key{Class: "a", Topic: "t", Hour: h, Text: true}).String(); !strings.HasSuffix(s, "/t+0+000000000000000000.log.zst") {
		t.Errorf("text key %q, want .log.zst", s)
	}
	if err := (Key{Class: "a", Topic: "t", Hour: h, Codec: CodecParquet, Text: true}).Validate(); err == nil {
		t.Error("a Parquet key with a text name validates")
	}
}

func TestTextRecords(t *testing.T) {
	f := func(src string, want bool) {
		t.Helper()
		if got := TextRecords([]byte(src)); got != want {
			t.Errorf("TextRecords(%q) = %v, want %v", src, got, want)
		}
	}
	f("", false)
	f("{\"a\":1}\n", false)
	f("{\"a\":1}\n [1]\n\t{}\n", false)
	f("{\"a\":1}\nGET / 200\n", true)
	f("{\"a\":1}\n\n{}\n", true) // an empty record is not JSON
	f("  \n", true)
	f("ts=1 level=info", true)
	if n := testing.AllocsPerRun(10, func() { TextRecords([]byte("{}\n{}\nx\n")) }); n != 0 {
		t.Errorf("TextRecords allocates %v times", n)
	}
}

func TestParseKeyRejects(t *testing.T) {
	f := func(s string) {
		t.Helper()
		if k, err := ParseKey(s); err == nil {
			t.Fatalf("ParseKey(%q) = %+v, want error", s, k)
		}
	}
	ok := "class=access/topic=cdn/dt=2026-11-23/hour=20/cdn+3+000000000000123456.ndjson.zst"
	if _, err := ParseKey(ok); err != nil {
		t.Fatalf("ParseKey(%q): %v", ok, err)
	}
	f("")
	f("/" + ok)
	f("a//" + ok)
	f("../" + ok)
	f("./" + ok)
	f("a b/" + ok)
	f(strings.Replace(ok, "class=access", "class=", 1))
	f(strings.Replace(ok, "class=access", "class=../x", 1))
	f(strings.Replace(ok, "class=access", "klass=access", 1))
	f(strings.Replace(ok, "class=access", "class=acc+ess", 1))
	f(strings.Replace(ok, "topic=cdn", "topic=cdm", 1))
	f(strings.Replace(ok, "dt=2026-11-23", "dt=2026-11-31", 1))
	f(strings.Replace(ok, "dt=2026-11-23", "dt=2026-1-23", 1))
	f(strings.Replace(ok, "hour=20", "hour=24", 1))
	f(strings.Replace(ok, "hour=20", "hour=2", 1))
	f(strings.Replace(ok, "+3+", "+03+", 1))
	f(strings.Replace(ok, "+3+", "+-3+", 1))
	f(strings.Replace(ok, "+3+", "+2147483648+", 1))
	f(strings.Replace(ok, "+3+", "++", 1))
	f(strings.Replace(ok, "000000000000123456", "00000000000123456", 1))
	f(strings.Replace(ok, "000000000000123456", "0000000000000123456", 1))
	f(strings.Replace(ok, "000000000000123456", "-00000000000123456", 1))
	f(strings.Replace(ok, "000000000000123456", "99999999999999999999", 1))
	f(strings.Replace(ok, ".ndjson.zst", ".ndjson", 1))
	f(strings.Replace(ok, ".ndjson.zst", ".json.zst", 1))
	f(strings.Replace(ok, ".ndjson.zst", ".log", 1))
	f(strings.Replace(ok, ".ndjson.zst", ".log.parquet", 1))
	f(strings.Replace(ok, "/hour=20", "", 1))
}

func TestValidNames(t *testing.T) {
	f := func(name string, want bool) {
		t.Helper()
		if got := ValidTopic(name) == nil; got != want {
			t.Fatalf("ValidTopic(%q) ok=%v, want %v", name, got, want)
		}
		if got := ValidClass(name) == nil; got != want {
			t.Fatalf("ValidClass(%q) ok=%v, want %v", name, got, want)
		}
	}
	f("access", true)
	f("cdn-access.v2_x", true)
	f(strings.Repeat("a", 249), true)
	f(strings.Repeat("a", 250), false)
	f("", false)
	f(".", false)
	f("..", false)
	f("a/b", false)
	f("a+b", false)
	f("a=b", false)
	f("a b", false)
	f("é", false)
	f("a\x00", false)
}

func FuzzParseKey(f *testing.F) {
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	f.Add(Key{Class: "access", Topic: "cdn-access", Partition: 3, FirstOffset: 123456, Hour: h}.String())
	f.Add(Key{Prefix: "p/q=1", Class: "a", Topic: "t", Hour: h, Codec: CodecGzip}.String())
	f.Add("class=a/topic=t/dt=2026-02-29/hour=00/t+0+000000000000000000.ndjson.zst")
	f.Add("x/class=a/topic=t/dt=2026-11-23/hour=23/t+12+1234567890123456789.ndjson.gz")
	f.Add("class=a/topic=t/dt=2026-11-23/hour=23/t+12+..ndjson.gz")
	f.Add("class=a/topic=t/dt=2026-11-23/hour=23/t+12+000000000000000000.log.zst")
	f.Add("class=a/topic=t/dt=2026-11-23/hour=23/t+12+000000000000000000.log.gz")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKey(s)
		if err != nil {
			return
		}
		if err := k.Validate(); err != nil {
			t.Fatalf("ParseKey(%q) accepted a key that does not validate: %v", s, err)
		}
		if got := k.String(); got != s {
			t.Fatalf("ParseKey(%q).String() = %q", s, got)
		}
		if k2, err := ParseKey(k.String()); err != nil || k2 != k {
			t.Fatalf("second ParseKey(%q) = %+v, %v; want %+v", s, k2, err, k)
		}
	})
}

// TestKeyLayoutLevels: each level's prefix is a prefix of the full key and
// of the next level's, ends where its level ends, and does not allocate
// into a buffer with room.
func TestKeyLayoutLevels(t *testing.T) {
	f := func(k Key, want ...string) {
		t.Helper()
		levels := []func([]byte) []byte{k.AppendRoot, k.AppendClassDir, k.AppendTopicDir, k.AppendDayDir, k.AppendHourDir, k.AppendPartitionPrefix, k.AppendTo}
		for i, app := range levels {
			got := string(app([]byte("x")))
			if got != "x"+want[i] {
				t.Errorf("level %d of %+v = %q, want %q", i, k, got[1:], want[i])
			}
			if !strings.HasPrefix(k.String(), want[i]) {
				t.Errorf("level %d %q is not a prefix of the key %q", i, want[i], k.String())
			}
		}
		buf := make([]byte, 0, 256)
		if n := testing.AllocsPerRun(100, func() { buf = k.AppendTo(buf[:0]) }); n != 0 {
			t.Errorf("AppendTo: %v allocs", n)
		}
	}
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.FixedZone("x", 3600))
	f(Key{Class: "access", Topic: "cdn", Partition: 3, FirstOffset: 42, Hour: h},
		"",
		"class=access/",
		"class=access/topic=cdn/",
		"class=access/topic=cdn/dt=2026-11-23/",
		"class=access/topic=cdn/dt=2026-11-23/hour=19/",
		"class=access/topic=cdn/dt=2026-11-23/hour=19/cdn+3+",
		"class=access/topic=cdn/dt=2026-11-23/hour=19/cdn+3+000000000000000042.ndjson.zst")
	f(Key{Prefix: "logs/p/", Class: "a", Topic: "t", Hour: h, Codec: CodecGzip},
		"logs/p/",
		"logs/p/class=a/",
		"logs/p/class=a/topic=t/",
		"logs/p/class=a/topic=t/dt=2026-11-23/",
		"logs/p/class=a/topic=t/dt=2026-11-23/hour=19/",
		"logs/p/class=a/topic=t/dt=2026-11-23/hour=19/t+0+",
		"logs/p/class=a/topic=t/dt=2026-11-23/hour=19/t+0+000000000000000000.ndjson.gz")
	if got := string(Key{Prefix: "p"}.AppendClassDir(nil)); got != "p/class=" {
		t.Errorf("class dir without a class: %q", got)
	}
	if got := ClassPrefix("p/q/", "audit"); got != "p/q/class=audit/" {
		t.Errorf("ClassPrefix = %q", got)
	}
}

func TestParseLayoutDirs(t *testing.T) {
	f := func(parse func(string, string) (string, bool), parent, dir, want string) {
		t.Helper()
		got, ok := parse(parent, dir)
		if !ok {
			got = "<none>"
		}
		if got != want {
			t.Errorf("parse(%q, %q) = %q, want %q", parent, dir, got, want)
		}
	}
	f(ParseClassDir, "p/", "p/class=access/", "access")
	f(ParseClassDir, "", "class=audit", "audit")
	f(ParseClassDir, "p/", "q/class=access/", "<none>")
	f(ParseClassDir, "", "class=../", "<none>")
	f(ParseClassDir, "", "klass=a/", "<none>")
	f(ParseTopicDir, "class=a/", "class=a/topic=cdn-access/", "cdn-access")
	f(ParseTopicDir, "class=a/", "class=a/topic=/", "<none>")
	f(ParseTopicDir, "", "topic=x y", "<none>")
	if d, ok := parseDaySeg("dt=2026-02-28"); !ok || !d.Equal(time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("parseDaySeg: %v %v", d, ok)
	}
	for _, s := range []string{"dt=2026-02-30", "dt=2026-2-28", "2026-02-28", "dt=0000-01-01"} {
		if _, ok := parseDaySeg(s); ok {
			t.Errorf("parseDaySeg(%q) accepted", s)
		}
	}
}
