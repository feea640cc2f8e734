package redact

// An argument vector in JSON: a container's args or command in a
// Kubernetes Pod spec (["--token", "…"]), a process's argv in an audit or
// EDR event, a job's command line. A long option and its value are two
// elements, so no key grammar joins them: the element after an option
// whose name is a key the scanner knows ("--password", "--api-key",
// "--user", "--to") is scanned with that name as its key, as
// "--password=…" in one element already is. curl's -u and --user take
// "user:password" in the next element: one that holds a ':' is scanned as a
// password's.

// maxArgvFlag bounds the option names argvFlag considers.
const maxArgvFlag = 40

// argvFlag returns the name of the option the JSON string element at
// src[i] (its opening quote) spells, "--name" or "-name", or nil when the
// element is none: not a string, escaped, holding a '=' or a blank, or too
// long. The name is a slice of src.
func argvFlag(src []byte, i, end int) []byte {
	if i+3 >= end || src[i] != '"' || src[i+1] != '-' {
		return nil
	}
	s := i + 2
	if src[s] == '-' {
		s++
	}
	e := end - 1 // the closing quote
	if e-s < 2 || e-s > maxArgvFlag || src[s] == '-' {
		return nil
	}
	for _, c := range src[s:e] {
		if !isAlnum(c) && c != '-' && c != '_' && c != '.' {
			return nil
		}
	}
	return src[s:e]
}

// argvValue is called after the string element src[i:end] of an array
// was written, when it starts with '-'. When the element names an option
// the scanner knows as a key ("--token"), and another element follows, it
// writes that element with the option's name as its key and returns the
// index after it; else it returns end and writes nothing.
func (r *Redactor) argvValue(dst []byte, i, end int, elem int32, ov Action, depth int) ([]byte, int) {
	src := r.src
	name := argvFlag(src, i, end)
	if userPassFlag(src, i, end) {
		if j := nextElement(src, end); j > 0 && userPassElement(src, j) {
			name = argvPasswordKey
		}
	}
	if name == nil {
		return dst, end
	}
	ki := r.sc.infoOf(name)
	if ki.ctx == ctxNone {
		return dst, end
	}
	j := skipWS(src, end)
	if j >= len(src) || src[j] != ',' {
		return dst, end // the last element, or an error the caller reports
	}
	j = skipWS(src, j+1)
	return r.value(dst, j, elem, ov, name, ki, depth)
}

// argvPasswordKey is the key under which curl's user:password is scanned.
var argvPasswordKey = []byte("password")

// userPassFlag reports whether the element src[i:end] is curl's "-u" or
// "--user".
func userPassFlag(src []byte, i, end int) bool {
	e := string(src[i:end])
	return e == `"-u"` || e == `"--user"`
}

// nextElement returns the index of the element after the one that ends at
// src[end], or 0 when none follows.
func nextElement(src []byte, end int) int {
	j := skipWS(src, end)
	if j >= len(src) || src[j] != ',' {
		return 0
	}
	return skipWS(src, j+1)
}

// userPassElement reports whether the element at src[j] is a string
// without escapes that holds "user:password": a ':' with text on both
// sides, not digits alone (docker run's -u uid:gid, "1000:1000").
func userPassElement(src []byte, j int) bool {
	if j >= len(src) || src[j] != '"' {
		return false
	}
	colon, digits := 0, true
	for k := j + 1; k < len(src) && k-j < 512; k++ {
		switch c := src[k]; {
		case c == '"':
			return colon > j+1 && colon+1 < k && !digits
		case c == '\\' || c == ' ':
			return false
		case c == ':' && colon == 0:
			colon = k
		case !isDigit(c):
			digits = false
		}
	}
	return false
}
