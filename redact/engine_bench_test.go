package redact

import (
	"net/netip"
	"testing"
)

// cdnLines are ~400-byte CDN access log lines, most of them carrying PII
// (client IPs, e-mails in query strings, tokens), like the corpus.
var cdnLines = [][]byte{
	[]byte(`203.0.113.7 - - [23/Nov/2026:10:00:00 +0000] "GET /assets/app.9f86d081.js?v=120.0.6099.109 HTTP/2.0" 200 51234 "https://shop.example.com/checkout?step=2" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36" rt=0.012 upstream=10.0.3.17:8080 cache=HIT pop=CDG50`),
	[]byte(`[2001:db8:abcd:12::7]:51234 - - [23/Nov/2026:10:00:01 +0000] "POST /api/v2/login?email=alice.smith%40example.com&redirect=%2Faccount HTTP/1.1" 302 0 "https://www.example.com/login" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile/15E148 Safari/604.1" rt=0.087 upstream=10.0.3.18:8080 cache=MISS`),
	[]byte(`198.51.100.23 - - [23/Nov/2026:10:00:02 +0000] "GET /img/products/4711/large.webp HTTP/2.0" 200 184220 "https://shop.example.com/p/4711" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15" rt=0.004 upstream=- cache=HIT pop=FRA56 xff="192.0.2.44, 10.1.2.3"`),
	[]byte(`192.0.2.200 - - [23/Nov/2026:10:00:03 +0000] "GET /api/v2/orders?session=8f2a9c41d7e0&page=3&sort=desc HTTP/1.1" 200 9821 "-" "okhttp/4.12.0" rt=0.145 upstream=10.0.3.19:8080 cache=BYPASS pop=AMS1 req_id=7d9c2b6e-41aa-4d0e-9a55-2f1c0c6e8b21 bytes_in=412 bytes_out=9821 ssl=TLSv1.3 cipher=TLS_AES_128_GCM_SHA256`),
	[]byte(`10.20.30.40 - - [23/Nov/2026:10:00:04 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.000 upstream=10.0.3.20:8080 cache=- pop=CDG50 req_id=0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5 bytes_in=98 bytes_out=2 ssl=- cipher=- tls_resumed=- h2=0 edge=cdg50-c1 shield=none status_detail=ok`),
}

// jsonRecords are ~500-byte JSON audit and telemetry records.
var jsonRecords = [][]byte{
	[]byte(`{"ts":"2026-11-23T10:00:00.123Z","level":"info","service":"auth","event":"login_succeeded","user":{"id":"u-48213","email":"alice.smith@example.com","roles":["admin","billing"]},"client":{"ip":"203.0.113.7","port":51234,"ua":"Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.6099.109"},"session":"8f2a9c41d7e0","mfa":true,"latency_ms":87,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","region":"eu-west-3"}`),
	[]byte(`{"ts":"2026-11-23T10:00:01.456Z","level":"info","service":"api","method":"GET","path":"/v2/orders/4711","status":200,"bytes":9821,"duration_ms":145,"remote":"[2001:db8:abcd:12::7]:443","xff":["198.51.100.23","10.1.2.3"],"headers":{"user-agent":"okhttp/4.12.0","accept":"application/json"},"trace_id":"0af7651916cd43dd8448eb211c80319c","span_id":"b7ad6b7169203331","k8s":{"pod":"api-7d9c-2b6e","node":"ip-10-0-3-17"}}`),
	[]byte(`{"ts":"2026-11-23T10:00:02.789Z","metric":"http_server_requests","host":"edge-cdg50-c1","tags":{"route":"/img/:id","status":"200","cache":"HIT","pop":"CDG50"},"value":184220,"unit":"bytes","count":1,"sum":184220,"min":184220,"max":184220,"p50":0.004,"p99":0.021,"version":"1.2.3","build":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b","note":"no personal data in this one at all, just numbers and names"}`),
}

func BenchmarkRedactText(b *testing.B) {
	benchRedact(b, cdnLines, FormatText)
}

func BenchmarkRedactJSON(b *testing.B) {
	benchRedact(b, jsonRecords, FormatJSON)
}

func benchRedact(b *testing.B, recs [][]byte, f Format) {
	r := mustEngine(b, DefaultOptions()).NewRedactor()
	total := 0
	for _, rec := range recs {
		total += len(rec)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	dst := make([]byte, 0, 4096)
	for b.Loop() {
		for _, rec := range recs {
			var err error
			if dst, err = r.Redact(dst[:0], rec, f); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRedactPseudonymize measures the Crypto-PAn path: 32 AES blocks
// per IPv4 address and 128 per IPv6 address.
func BenchmarkRedactPseudonymize(b *testing.B) {
	o := DefaultOptions()
	o.Detectors[DetIPv4].Action = ActPseudonymize
	o.Detectors[DetIPv6].Action = ActPseudonymize
	o.HashKey, o.HashKeyID = testKey, "k1"
	r := mustEngine(b, o).NewRedactor()
	total := 0
	for _, rec := range cdnLines {
		total += len(rec)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	dst := make([]byte, 0, 4096)
	for b.Loop() {
		for _, rec := range cdnLines {
			dst, _ = r.Redact(dst[:0], rec, FormatText)
		}
	}
}

// TestRedactNoAllocs: redacting a record in steady state does not allocate,
// for text and JSON under the default policy and with the keyed actions.
func TestRedactNoAllocs(t *testing.T) {
	keyed := DefaultOptions()
	keyed.HashKey, keyed.HashKeyID = testKey, "k1"
	keyed.Detectors[DetIPv4].Action = ActPseudonymize
	keyed.Detectors[DetIPv6].Action = ActPseudonymize
	keyed.Detectors[DetEmail].Action = ActHash
	keyed.Fields = []FieldRule{{Path: "user.id", Action: ActHash}, {Path: "k8s", Action: ActDrop}, {Path: "xff[]", Action: ActMask}}
	escaped := []byte(`{"msg":"login from 203.0.113.7 by bob\u0040example.com \"quoted\"","k\u0065y":"v"}`)
	for name, o := range map[string]Options{"default": DefaultOptions(), "keyed": keyed} {
		r := mustEngine(t, o).NewRedactor()
		dst := make([]byte, 0, 4096)
		run := func(recs [][]byte, f Format) {
			for _, rec := range recs {
				var err error
				if dst, err = r.Redact(dst[:0], rec, f); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, c := range []struct {
			kind string
			recs [][]byte
			f    Format
		}{
			{"text", cdnLines, FormatText},
			{"json", jsonRecords, FormatJSON},
			{"json-escaped", [][]byte{escaped}, FormatJSON},
			{"auto", append(append([][]byte{}, cdnLines...), jsonRecords...), FormatAuto},
		} {
			run(c.recs, c.f) // warm the scratch buffers
			if n := testing.AllocsPerRun(50, func() { run(c.recs, c.f) }); n != 0 {
				t.Errorf("%s policy, %s records: %v allocations per run, want 0", name, c.kind, n)
			}
		}
	}
}

// BenchmarkRedactEngineOnly runs with every detector off: what is left is
// the engine's own cost (the JSON walk, copying), without the scanners.
func BenchmarkRedactEngineOnly(b *testing.B) {
	o := DefaultOptions()
	for d := range o.Detectors {
		o.Detectors[d].Enabled = false
	}
	for _, c := range []struct {
		name string
		recs [][]byte
		f    Format
	}{{"text", cdnLines, FormatText}, {"json", jsonRecords, FormatJSON}} {
		b.Run(c.name, func(b *testing.B) {
			r := mustEngine(b, o).NewRedactor()
			total := 0
			for _, rec := range c.recs {
				total += len(rec)
			}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			dst := make([]byte, 0, 4096)
			for b.Loop() {
				for _, rec := range c.recs {
					dst, _ = r.Redact(dst[:0], rec, c.f)
				}
			}
		})
	}
}

// BenchmarkCryptoPAn is one uncached pseudonym: 32 AES blocks for IPv4, 128
// for IPv6.
func BenchmarkCryptoPAn(b *testing.B) {
	c, err := newCryptoPAnFromHashKey(testKey)
	if err != nil {
		b.Fatal(err)
	}
	in, out := make([]byte, 16), make([]byte, 16)
	for _, s := range []string{"203.0.113.7", "2001:db8:abcd:12::7"} {
		a := netip.MustParseAddr(s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.mapAddr(a, in, out)
			}
		})
	}
}
