package redact

import (
	"bytes"
	"strings"
	"testing"
)

// TestGapShapesS22 covers shapes found by trying hand-written lines of
// real formats on 2026-12-06, each with its look-alikes beside it.
func TestGapShapesS22(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// Message and call APIs name the parties "from" and "to" (Vonage's
	// Messages and SMS APIs, Plivo, Sinch), E.164 digits without '+'.
	f(`{"direction":"inbound","from":"447700900123","to":"447700900456","price":"-0.0127"}`,
		`{"direction":"inbound","from":"[phone]","to":"[phone]","price":"-0.0127"}`)
	f(`sms from=447700900123 to=4915112345678 parts=1`, `sms from=[phone] to=[phone] parts=1`)
	// The same keys bound ranges and pages: epochs, compact dates and
	// times, offsets and relative times stay.
	f(`{"query":{"range":{"ts":{"from":1700000000000,"to":1700003600000}}},"from":0,"size":10}`,
		`{"query":{"range":{"ts":{"from":1700000000000,"to":1700003600000}}},"from":0,"size":10}`)
	f(`{"from":"20261123","to":"20261124"}`, `{"from":"20261123","to":"20261124"}`)
	f(`{"from":"20261123093000","to":"202611231030","page":{"from":100,"to":"250"}}`,
		`{"from":"20261123093000","to":"202611231030","page":{"from":100,"to":"250"}}`)
	f(`{"from":"now-15m","to":"now"} from=2026-11-23 to=1700000000 from=20261123`,
		`{"from":"now-15m","to":"now"} from=2026-11-23 to=1700000000 from=20261123`)
	// Not a date: a month 13, a day 32, a number with more digits.
	f(`{"from":"20261323","to":"4520261123"}`, `{"from":"[phone]","to":"[phone]"}`)
	// A mailbox or a SIP URI under them is still read as one.
	f(`{"from":"Jane Doe <jane@example.com>","to":"sip:+442079460123@example.com"}`,
		`{"from":"[name] <[email]>","to":"sip:[phone]@example.com"}`)

	// "username" is the cue "user" is: what follows must say it is a
	// login (an address after "from", "logged in", a person's shape).
	f(`Too many failed logins for username anna.b from 203.0.113.7`,
		`Too many failed logins for username [name] from 203.0.113.0`)
	f(`username jdoe logged in`, `username [name] logged in`)
	f(`the username field is empty; invalid username or password; Username admin rejected`,
		`the username field is empty; invalid username or password; Username admin rejected`)
	// A date under a phone key before more fields is a date: a separator
	// that no digit follows is not part of a number.
	f(`dst=2026-11-23 to=2026-11-24 x=1`, `dst=2026-11-23 to=2026-11-24 x=1`)

	// A device's position under the keys SDKs and APIs give it: masked
	// from two decimals on (about a kilometre); a city's stays.
	f(`{"location":{"latitude":52.520008,"longitude":13.404954,"accuracy":12.5}}`,
		`{"location":{"latitude":"[geo]","longitude":"[geo]","accuracy":12.5}}`)
	f(`{"geometry":{"type":"Point","coordinates":[13.404954,52.520008]}}`,
		`{"geometry":{"type":"Point","coordinates":["[geo]","[geo]"]}}`)
	f(`{"pickupLat":"48.858370","device_longitude":-2.294481,"gps":"48.8583701,2.2944813"}`,
		`{"pickupLat":"[geo]","device_longitude":"[geo]","gps":"[geo]"}`)
	f(`lat=48.85837 lon=-2.29448 loc=52.520008,13.404954 accuracy=12.5 heading=270.00`,
		`lat=[geo] lon=[geo] loc=[geo] accuracy=12.5 heading=270.00`)
	f(`GET /api/nearby?lat=48.858370&lng=2.294481&radius=500 HTTP/1.1`,
		`GET /api/nearby?lat=[geo]&lng=[geo]&radius=500 HTTP/1.1`)
	f(`{"geo":{"country":"DE","lat":52.5,"lon":13},"long":true,"latency":0.123,"location":"us-east-1"}`,
		`{"geo":{"country":"DE","lat":52.5,"lon":13},"long":true,"latency":0.123,"location":"us-east-1"}`)
	f(`{"loc":"src/app.ts:12:5","position":183.52,"lat":"N/A","lon":"999.123456","lng":"12.3.4"}`,
		`{"loc":"src/app.ts:12:5","position":183.52,"lat":"N/A","lon":"999.123456","lng":"12.3.4"}`)

	// Echoes (echo.go): a value the structure showed to be personal is
	// masked wherever else the record repeats it as a word of its own.
	f(`"Jane Doe" <4155550123>,4155550123,18005550199,default,2026-11-23 20:00:01,62,ANSWERED`,
		`"[name]" <[phone]>,[phone],18005550199,default,2026-11-23 20:00:01,62,ANSWERED`)
	f(`{"msisdn":"447700900123","detail":"sync ok 447700900123","id":447700900123,"ids":[1, 447700900123 ]}`,
		`{"msisdn":"[phone]","detail":"sync ok [phone]","id":"[phone]","ids":[1, "[phone]" ]}`)
	f(`{"customer_name":"Maria Gonzalez","note":"Maria Gonzalez asked for a callback"}`,
		`{"customer_name":"[name]","note":"[name] asked for a callback"}`)
	// Not inside a longer word or number, nor a one-word name or login
	// (an organisation's login names its repositories too).
	f(`{"msisdn":"447700900123","ref":"x447700900123","n":"1447700900123","pk":"447700900123_7"}`,
		`{"msisdn":"[phone]","ref":"x447700900123","n":"1447700900123","pk":"447700900123_7"}`)
	f(`{"owner":{"login":"acme-corp"},"full_name":"acme-corp/web","first_name":"Maria","tag":"Maria"}`,
		`{"owner":{"login":"[name]"},"full_name":"acme-corp/web","first_name":"[name]","tag":"Maria"}`)
}

// TestEchoReview covers what a review of the echoes found: escapes before
// an echo, embedded documents, numbers of JSON carried in strings and
// text, member names, field rules, and a record of many occurrences.
func TestEchoReview(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"msisdn":"447700900123","detail":"sync\n447700900123","d2":"a\t447700900123","u":"x\u0020447700900123"}`,
		`{"msisdn":"[phone]","detail":"sync\n[phone]","d2":"a\t[phone]","u":"x\u0020[phone]"}`)
	f(`{"name":"Jane Doe","note":"line1\nJane Doe"}`, `{"name":"[name]","note":"line1\n[name]"}`)
	f(`{"body":"{\"msisdn\":\"447700900123\",\"x\":1}","detail":"sync 447700900123"}`,
		`{"body":"{\"msisdn\":\"[phone]\",\"x\":1}","detail":"sync [phone]"}`)
	f(`{"msisdn":"447700900123","body":"{\"order\":447700900123,\"x\":1}"}`,
		`{"msisdn":"[phone]","body":"{\"order\":447700900123,\"x\":1}"}`)
	f(`<14>Nov 23 10:00:00 host app: {"msisdn":"447700900123","id":447700900123}`,
		`<14>Nov 23 10:00:00 host app: {"msisdn":"[phone]","id":447700900123}`)
	f(`{"msisdn":"447700900123","m":{"447700900123":1},"n":[-447700900123]}`,
		`{"msisdn":"[phone]","m":{"447700900123":1},"n":[-447700900123]}`)
	// A run of digit groups the scanner read as one number is not split
	// by an echo: the rest would be read again on its own.
	f(`Aadhaar 2341 2341 2346 ok; ref 2341 2341 2346 12 000 0000`, `Aadhaar [national_id] ok; ref 2341 2341 2346 12 000 0000`)
	// Date-times under "from" and "to" are no numbers, and so no echoes.
	f(`{"from":"2026-11-23 10:00:00","to":"2026-11-23 11:00:00","ts":"2026-11-23 10:05:13"}`,
		`{"from":"2026-11-23 10:00:00","to":"2026-11-23 11:00:00","ts":"2026-11-23 10:05:13"}`)
	f(`{"from":"2026112310","x":{"from":"1700000000.5"}} dst=23.11.2026 14:00`,
		`{"from":"2026112310","x":{"from":"1700000000.5"}} dst=23.11.2026 14:00`)
	// Latencies end in _lat too; a CSV field is not read into the next.
	f(`{"avg_lat":12.34,"p99_lat":45.67,"commitLat":3.14,"gps_lat":52.520008}`,
		`{"avg_lat":12.34,"p99_lat":45.67,"commitLat":3.14,"gps_lat":"[geo]"}`)
	f(`osd.3 commit_lat=12.34 apply_lat=0.56 geo_lat=52.520008`, `osd.3 commit_lat=12.34 apply_lat=0.56 geo_lat=[geo]`)
	f("id,note,b,c\n", "id,note,b,c\n")
	f(`1,loc=52.520008,13.404954,x`, `1,loc=[geo],13.404954,x`)

	// A field rule may keep a field whose value is also elsewhere: a
	// policy with field rules gets no echoes.
	o := DefaultOptions()
	o.Fields = []FieldRule{{Path: "ref", Action: ActKeep}}
	g := redactsTo(t, mustEngine(t, o).NewRedactor())
	g(`{"msisdn":"447700900123","ref":"447700900123"}`, `{"msisdn":"[phone]","ref":"447700900123"}`)

	// Many occurrences cost one reading of the record per value.
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	big := []byte(`{"msisdn":"4477009001","d":"` + strings.Repeat("sync 4477009001; ", 50000) + `x"}`)
	out, err := r.Redact(nil, big, FormatAuto)
	if err != nil || bytes.Contains(out, []byte("4477009001")) {
		t.Errorf("many echoes: err %v, a number left: %v", err, bytes.Contains(out, []byte("4477009001")))
	}
}

func TestEchoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	recs := [][]byte{
		[]byte(`"Jane Doe" <4155550123>,4155550123,18005550199,default,2026-11-23 20:00:01,62,ANSWERED`),
		[]byte(`{"msisdn":"447700900123","detail":"sync ok 447700900123","id":447700900123}`),
	}
	dst := make([]byte, 0, 4096)
	for _, rec := range recs {
		r.Redact(dst[:0], rec, FormatAuto) // warm the buffers
		if n := testing.AllocsPerRun(100, func() { r.Redact(dst[:0], rec, FormatAuto) }); n != 0 {
			t.Errorf("%d allocations per record for %q", int(n), rec)
		}
	}
}
