package textfmt_test

import (
	"fmt"

	"github.com/redactd/redactd/redact/textfmt"
)

// A CloudFront stream: the header names the fields, each data line is
// split without copying, and the query string field is split further.
func ExampleParser_Parse() {
	p, err := textfmt.NewParser(textfmt.Config{Format: textfmt.CloudFront})
	if err != nil {
		panic(err)
	}
	var fields []textfmt.Field
	for _, line := range []string{
		"#Version: 1.0",
		"#Fields: date time c-ip cs-uri-query",
		"2019-12-04\t21:02:31\t192.0.2.100\temail=alice%40example.com&x=1",
	} {
		rec := []byte(line)
		var header bool
		fields, header, err = p.Parse(fields[:0], rec)
		if err != nil || header {
			continue
		}
		for _, f := range fields {
			fmt.Printf("%s: %s\n", f.Name, rec[f.Start:f.End])
			if string(f.Name) == "cs-uri-query" {
				q := rec[f.Start:f.End]
				for _, kv := range textfmt.SplitQuery(nil, q) {
					fmt.Printf("  %s = %s\n", kv.Name, q[kv.Start:kv.End])
				}
			}
		}
	}
	// Output:
	// date: 2019-12-04
	// time: 21:02:31
	// c-ip: 192.0.2.100
	// cs-uri-query: email=alice%40example.com&x=1
	//   email = alice%40example.com
	//   x = 1
}

// The request of a combined line holds the query string.
func ExampleFindQuery() {
	p, _ := textfmt.NewParser(textfmt.DefaultConfig(textfmt.Combined))
	rec := []byte(`203.0.113.7 - - [10/Oct/2000:13:55:36 -0700] "GET /login?user=alice HTTP/1.1" 200 2326 "-" "curl/8.0"`)
	fields, _, _ := p.Parse(nil, rec)
	req := rec[fields[4].Start:fields[4].End]
	if s, e, ok := textfmt.FindQuery(req); ok {
		fmt.Printf("%s: %s\n", fields[4].Name, req[s:e])
	}
	// Output: request: user=alice
}
