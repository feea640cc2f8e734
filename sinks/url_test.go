package sinks_test

import (
	"strings"
	"testing"

	"github.com/redactd/redactd/sinks"
)

func TestParseURL(t *testing.T) {
	f := func(in string, want sinks.URL, wantErr string) {
		t.Helper()
		got, err := sinks.ParseURL(in)
		if wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), wantErr) {
				t.Errorf("ParseURL(%q) = %+v, %v; want an error with %q", in, got, err, wantErr)
			}
			return
		}
		if err != nil || got != want {
			t.Errorf("ParseURL(%q) = %+v, %v; want %+v", in, got, err, want)
		}
		if back, err := sinks.ParseURL(got.String()); err != nil || back != got {
			t.Errorf("ParseURL(%q).String() = %q does not read back: %+v, %v", in, got.String(), back, err)
		}
	}
	f("s3://bkt", sinks.URL{Scheme: "s3", Bucket: "bkt"}, "")
	f("s3://bkt/a/b/", sinks.URL{Scheme: "s3", Bucket: "bkt", Prefix: "a/b"}, "")
	f("file:///var/lib/a", sinks.URL{Scheme: "file", Dir: "/var/lib/a"}, "")
	f("file://localhost/x", sinks.URL{Scheme: "file", Dir: "/x"}, "")
	f("s3://", sinks.URL{}, "no bucket")
	f("s3://bkt/a/../b", sinks.URL{}, "invalid prefix")
	f("s3://bkt/a?x=1", sinks.URL{}, "query")
	f("s3://user:pw@b/p", sinks.URL{}, "user info")
	f("file://host/x", sinks.URL{}, "three slashes")
	f("file:rel", sinks.URL{}, "no directory")
	f("/var/lib/a", sinks.URL{}, "unknown scheme")
	f("gs://b/p", sinks.URL{}, `unknown scheme "gs"`)
	f("", sinks.URL{}, "unknown scheme")

	u, _ := sinks.ParseURL("s3://bkt/old")
	if got := u.WithPrefix("/new/p/").String(); got != "s3://bkt/new/p" {
		t.Errorf("WithPrefix: %q", got)
	}
	if got := u.WithPrefix("").String(); got != "s3://bkt" {
		t.Errorf("WithPrefix(\"\"): %q", got)
	}
	d, _ := sinks.ParseURL("file:///d")
	if got := d.WithPrefix("p"); got != d {
		t.Errorf("WithPrefix on a file URL: %+v", got)
	}
}

// FuzzParseURL: no panic; an accepted URL round-trips through String and
// names a bucket with a valid prefix, or an absolute directory.
func FuzzParseURL(f *testing.F) {
	for _, s := range []string{"s3://bkt", "s3://bkt/a/b/", "file:///var/x", "file://localhost/x", "s3://b/../c", "s3://b/%2e%2e", "file:rel", "ftp://x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := sinks.ParseURL(s)
		if err != nil {
			return
		}
		switch a.Scheme {
		case "s3":
			if a.Bucket == "" || sinks.ValidPrefix(a.Prefix) != nil || strings.HasPrefix(a.Prefix, "/") || strings.HasSuffix(a.Prefix, "/") {
				t.Fatalf("%q: accepted as %+v", s, a)
			}
			if b, err := sinks.ParseURL(a.String()); err != nil || b != a {
				t.Fatalf("%q -> %+v -> %q -> %+v, %v", s, a, a.String(), b, err)
			}
		case "file":
			if !strings.HasPrefix(a.Dir, "/") {
				t.Fatalf("%q: relative dir %q", s, a.Dir)
			}
		default:
			t.Fatalf("%q: scheme %q", s, a.Scheme)
		}
	})
}
