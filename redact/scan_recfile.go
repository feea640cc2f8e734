package redact

// The file name of a call recording, as FreePBX names it (its Call
// Recording module, MIXMON_FORMAT and the CDR's recordingfile column):
// DIRECTION-TO-FROM-YYYYMMDD-HHMMSS-UNIQUEID.wav, with DIRECTION in, out,
// internal, external, exten, ondemand, q (queue), rg (ring group) or conf.
// TO and FROM are the dialled number and the caller's: phone numbers,
// extensions, or words (anonymous, unknown). The date, the time and the
// unique id are no one's. Read under a key that names a recording file.

// recKey reports whether key names a call recording's file.
func recKey(key []byte) bool {
	switch len(key) {
	case 13:
		return foldEq(key, "recordingfile")
	case 14:
		return foldEq(key, "recording_file") || foldEq(key, "recording-file")
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
		return hit{}, false
	}
	for _, s := range [2][2]int{to, fr} {
		if s[1] > s[0] && s[0] >= from {
			return hit{det: DetPhone, start: s[0], end: s[1]}, true
		}
	}
	return hit{}, false
}
