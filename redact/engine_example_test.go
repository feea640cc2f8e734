package redact_test

import (
	"fmt"
	"net/netip"

	"github.com/redactd/redactd/redact"
)

func Example() {
	opts := redact.DefaultOptions()                                           // IPs truncated to /24 and /48, the rest masked
	opts.KeepCIDRs = []netip.Prefix{netip.MustParsePrefix("198.51.100.0/24")} // our own CDN
	opts.Fields = []redact.FieldRule{{Path: "user.password", Action: redact.ActDrop}}
	eng, err := redact.New(opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := eng.NewRedactor() // one per goroutine
	var buf []byte
	for _, rec := range []string{
		`203.0.113.7 - - "GET /?to=alice@example.com" via 198.51.100.9`,
		`{"user":{"email":"bob@example.com","password":"x"},"ip":"[2001:db8:1:2::7]:443"}`,
	} {
		buf, err = r.Redact(buf[:0], []byte(rec), redact.FormatAuto)
		fmt.Println(string(buf), err)
	}
	// Output:
	// 203.0.113.0 - - "GET /?to=[email]" via 198.51.100.9 <nil>
	// {"user":{"email":"[email]"},"ip":"[2001:db8:1::]:443"} <nil>
}
