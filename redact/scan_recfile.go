package redact

// The file name of a call recording, as FreePBX names it (its Call
// Recording module, MIXMON_FORMAT and the CDR's recordingfile column):
// DIRECTION-TO-FROM-YYYYMMDD-HHMMSS-UNIQUEID.wav, with DIRECTION in, out,
// internal, external, exten, ondemand, q (queue), rg (ring group) or conf.
// TO and FROM are the dialled number and the caller's: phone numbers,
// extensions, or words (anonymous, unknown). The date, the time and the
// unique id are no one's. Read under a key that names a recording file.

// recKey reports whether key names a call recording's file (or its URL
// or path).
func recKey(key []byte) bool {
	switch len(key) {
	case 9:
		return foldEq(key, "recording")
	case 12:
		return foldEq(key, "recordingurl")
	case 13:
		return foldEq(key, "recordingfile") || foldEq(key, "recording_url") || foldEq(key, "recordingname") ||
			foldEq(key, "recordingpath") || foldEq(key, "callrecording")
	case 14:
		return foldEq(key, "recording_file") || foldEq(key, "recording-file") || foldEq(key, "recording_name") ||
			foldEq(key, "recording_path") || foldEq(key, "call_recording")
	case 18:
		return foldEq(key, "recordingfile_name") || foldEq(key, "recording_filename")
	}
	return false
}

// recDirections are the first fields of FreePBX's recording file names.
func recDirection(w []byte) bool {
	switch string(w) {
	case "in", "out", "internal", "external", "exten", "ondemand", "q", "rg", "conf", "force":
		return true
	}
	return false
}

// recNumbers returns the spans of the TO and FROM fields of the recording
// file name that starts v (a path before it is skipped): [0,0) for a field
// that holds no digit. ok is false when v does not have the shape.
func recNumbers(v []byte) (to, from [2]int, ok bool) {
	b := lastIndexByte(v, '/') + 1
	var f [6][2]int // direction, to, from, date, time, rest
	k, n := b, 0
	for n < 5 {
		e := k
		for e < len(v) && v[e] != '-' {
			e++
		}
		if e >= len(v) || e-k > 40 {
			return to, from, false
		}
		f[n] = [2]int{k, e}
		n++
		k = e + 1
	}
	if !recDirection(v[f[0][0]:f[0][1]]) || f[3][1]-f[3][0] != 8 || f[4][1]-f[4][0] != 6 ||
		!allDigits(v[f[3][0]:f[3][1]]) || !allDigits(v[f[4][0]:f[4][1]]) {
		return to, from, false
	}
	num := func(s [2]int) [2]int {
		x := s[0]
		if x < s[1] && v[x] == '+' {
			x++
		}
		if s[1]-x < 2 || !allDigits(v[x:s[1]]) {
			return [2]int{}
		}
		return s
	}
	return num(f[1]), num(f[2]), true
}

// recordingValue returns the first phone number of the recording file
// name v at or after from.
func recordingValue(v []byte, from int) (hit, bool) {
	to, fr, ok := recNumbers(v)
	if !ok {
		return otherRecNumber(v, from)
	}
	for _, s := range [2][2]int{to, fr} {
		if s[1] > s[0] && s[0] >= from {
			return hit{det: DetPhone, start: s[0], end: s[1]}, true
		}
	}
	return hit{}, false
}

// otherRecNumber returns the first number at or after from that the file
// name of a recording named otherwise than FreePBX does holds and that
// reads as a party's number rather than a date, a time or a call's id
// (rec-20261206-0612345678.wav, rec_4930123456_20261206.mp3,
// 1733468400.123-+4930123456.wav): a whole run of seven digits or more,
// an optional '+' before it, between separators; not a date (YYYYMMDD,
// YYYYMMDDHHMMSS), not Unix seconds or milliseconds (ten or thirteen
// digits from a 1: no national number starts so), not the part of a
// call's unique id after its '.'.
func otherRecNumber(v []byte, from int) (hit, bool) {
	b := lastIndexByte(v, '/') + 1
	for k := max(b, from); k < len(v); {
		if !isDigit(v[k]) {
			k++
			continue
		}
		s := k
		for k < len(v) && isDigit(v[k]) {
			k++
		}
		start := s
		if start > b && v[start-1] == '+' {
			start--
		}
		if start < from || k-s < 7 || k-s > 15 {
			continue
		}
		if start > b && !recSep(v[start-1]) || k < len(v) && !recSep(v[k]) || start > b && v[start-1] == '.' {
			continue // part of a word, or a unique id's sequence
		}
		d := v[s:k]
		switch {
		case len(d) == 8 && datePrefix(d), len(d) == 14 && datePrefix(d):
			continue
		case (len(d) == 10 || len(d) == 13) && d[0] == '1' && start == s:
			continue
		}
		return hit{det: DetPhone, start: start, end: k}, true
	}
	return hit{}, false
}

// recSep reports whether c separates the fields of a recording's name.
func recSep(c byte) bool { return c == '-' || c == '_' || c == '.' || c == ' ' || c == '+' }

// datePrefix reports whether the digits d start with a date, YYYYMMDD of
// the years 1970 to 2099.
func datePrefix(d []byte) bool {
	y := (d[0]-'0')*10 + d[1] - '0'
	m := (d[4]-'0')*10 + d[5] - '0'
	day := (d[6]-'0')*10 + d[7] - '0'
	return (y == 19 && d[2] >= '7' || y == 20) && m >= 1 && m <= 12 && day >= 1 && day <= 31
}
