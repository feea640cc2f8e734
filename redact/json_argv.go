package redact

// An argument vector in JSON: a container's args or command in a
// Kubernetes Pod spec (["--token", "…"]), a process's argv in an audit or
// EDR event, a job's command line. A long option and its value are two
// elements, so no key grammar joins them: the element after an option
// whose name is a key the scanner knows ("--password", "--api-key",
// "--user", "--to") is scanned with that name as its key, as
// "--password=…" in one element already is.

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

// argvNext returns the key and key info the element after the string
// element src[i:end] takes: the option's name when the scanner knows it as
// a key, else key and ki unchanged.
func (r *Redactor) argvNext(src []byte, i, end int, key []byte, ki keyInfo) ([]byte, keyInfo, bool) {
	name := argvFlag(src, i, end)
	if name == nil {
		return key, ki, false
	}
	nki := r.sc.infoOf(name)
	if nki.ctx == ctxNone {
		return key, ki, false
	}
	return name, nki, true
}
