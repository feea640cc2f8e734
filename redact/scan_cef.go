package redact

import "bytes"

// ArcSight CEF's custom fields: an event's extension carries values that
// no standard key fits in cs1 to cs6 (strings), cn1 to cn3 (numbers) and
// flexString1, flexString2, each named by a label key of its own
// (cs1Label=Affected User Name cs1=asmith), written before or after it,
// as CyberArk's vault, Imperva, Trend Micro and FortiGate events do. The
// value is read under what its label names, as under a key of that name.

// cefCustomKey reports whether key is the name of a CEF custom field that
// a label key names: cs1-cs6, cn1-cn3, flexString1-2, and the long forms
// deviceCustomString1-6 and deviceCustomNumber1-3.
func cefCustomKey(key []byte) bool {
	n := len(key)
	if n < 3 || key[n-1] < '1' || key[n-1] > '6' {
		return false
	}
	switch n {
	case 3:
		return key[0] == 'c' && (key[1] == 's' || key[1] == 'n' && key[2] <= '3')
	case 11:
		return string(key[:10]) == "flexString" && key[10] <= '2'
	case 19:
		return string(key[:18]) == "deviceCustomString" || string(key[:18]) == "deviceCustomNumber" && key[18] <= '3'
	}
	return false
}

// cefLabel returns the label of the custom field whose key is
// src[name:k] (its label key is the key and "Label"): the words after
// "csNLabel=" up to the next key, without quotes; nil when the record has
// no such label. The label may come before the value and before what the
// scan has already matched, so the whole text is searched when src is
// the rest of it (scanner.whole): what a first pass reads is what a
// second pass, with the earlier matches masked, reads.
func (s *scanner) cefLabel(src []byte, name, k int) []byte {
	var b [32]byte
	lk := append(append(b[:0], src[name:k]...), "Label="...)
	src, _ = s.wholeOf(src)
	from := 0
	for from < len(src) {
		x := bytes.Index(src[from:], lk)
		if x < 0 {
			return nil
		}
		x += from
		if x > 0 && src[x-1] != ' ' && src[x-1] != '|' && src[x-1] != '\t' {
			from = x + len(lk)
			continue
		}
		v := x + len(lk)
		e := cefValueEnd(src, v)
		for e > v && src[e-1] == ' ' {
			e--
		}
		if e-v >= 2 && (src[v] == '"' || src[v] == '\'') && src[e-1] == src[v] {
			v, e = v+1, e-1
		}
		if e <= v || e-v > 64 {
			return nil
		}
		return src[v:e]
	}
	return nil
}

// cefValueEnd returns where the extension value that starts at src[v]
// ends: at the blank before the next key ("word="), a '|' or the end of
// the line. CEF escapes '=' in values ("\="), so an unescaped one after a
// word ends the value.
func cefValueEnd(src []byte, v int) int {
	for e := v; e < len(src); e++ {
		switch src[e] {
		case '\n', '\r':
			return e
		case ' ':
			w := e + 1
			for w < len(src) && isKeyByte(src[w]) && src[w] != '=' {
				w++
			}
			if w > e+1 && w < len(src) && src[w] == '=' {
				return e
			}
		}
	}
	return len(src)
}

// cefLabelContext returns the key context of a CEF label: that of the
// whole label read as a key, else that of its last words ("Affected User
// Name": User Name), as a key written with those words would have.
func (s *scanner) cefLabelContext(label []byte) keyCtx {
	if kc := s.cachedContext(label); kc != ctxNone {
		return kc
	}
	for i := 1; i < len(label); i++ {
		if label[i-1] == ' ' && label[i] != ' ' {
			if kc := s.cachedContext(label[i:]); kc != ctxNone {
				return kc
			}
		}
	}
	return ctxNone
}
