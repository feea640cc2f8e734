package sinks

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// URL is a parsed archive URL:
//
//	s3://bucket[/prefix]   an S3 bucket (or an S3-compatible store)
//	file:///abs/dir        a directory
//
// ParseURL is the one parser of archive URLs; configuration checks, flags,
// Open, lifecycle and query all go through it.
type URL struct {
	Scheme string // "s3" or "file"
	Bucket string // s3 only
	Prefix string // s3 only: the key prefix, without '/' at either end
	Dir    string // file only: an absolute directory
}

// ParseURL parses and checks an archive URL: s3://bucket[/prefix] with a
// valid prefix (see ValidPrefix), or file:///absolute/dir. User info, a
// query and a fragment are refused (S3 credentials come from the AWS SDK
// chain). Errors do not repeat the URL; callers say which one they read.
func ParseURL(raw string) (URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return URL{}, errors.New("not a URL: want s3://bucket[/prefix] or file:///dir")
	}
	if (u.Scheme == "s3" || u.Scheme == "file") && (u.User != nil || u.RawQuery != "" || u.Fragment != "") {
		return URL{}, errors.New("user info, query and fragment are not supported (credentials come from the AWS SDK chain)")
	}
	switch u.Scheme {
	case "s3":
		if u.Host == "" {
			return URL{}, errors.New("no bucket: want s3://bucket[/prefix]")
		}
		p := strings.Trim(u.Path, "/")
		if err := ValidPrefix(p); err != nil {
			return URL{}, err
		}
		return URL{Scheme: "s3", Bucket: u.Host, Prefix: p}, nil
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return URL{}, errors.New("want file:///absolute/dir (three slashes)")
		}
		if u.Path == "" || u.Path[0] != '/' {
			return URL{}, errors.New("no directory: want file:///absolute/dir")
		}
		return URL{Scheme: "file", Dir: u.Path}, nil
	}
	return URL{}, fmt.Errorf("unknown scheme %q: want s3://bucket[/prefix] or file:///dir", u.Scheme)
}

// String returns the URL in the form ParseURL reads back to u.
func (u URL) String() string {
	switch u.Scheme {
	case "s3":
		v := url.URL{Scheme: "s3", Host: u.Bucket}
		if p := strings.Trim(u.Prefix, "/"); p != "" {
			v.Path = "/" + p
		}
		return v.String()
	case "file":
		return (&url.URL{Scheme: "file", Path: u.Dir}).String()
	}
	return ""
}

// WithPrefix returns u with its key prefix replaced by prefix. A file URL
// has no prefix in its URL (its keys carry it) and is returned unchanged.
func (u URL) WithPrefix(prefix string) URL {
	if u.Scheme == "s3" {
		u.Prefix = strings.Trim(prefix, "/")
	}
	return u
}
