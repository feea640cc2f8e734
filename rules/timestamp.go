package rules

import "time"

// parseTime reads a record time: RFC 3339 ("2026-11-23T21:05:00.123Z",
// "2026-11-23 21:05:00+01:00") or an epoch number, whose unit follows from
// its magnitude: below 1e11 seconds (with an optional fraction), below 1e14
// milliseconds, below 1e17 microseconds, else nanoseconds. It does not
// allocate.
func parseTime(v []byte) (time.Time, bool) {
	if len(v) == 0 {
		return time.Time{}, false
	}
	if len(v) >= 20 && v[4] == '-' {
		return parseRFC3339(v)
	}
	return parseEpoch(v)
}

func parseEpoch(v []byte) (time.Time, bool) {
	i, n := 0, int64(0)
	for i < len(v) && isDigit(v[i]) {
		if i == 19 {
			return time.Time{}, false
		}
		n = n*10 + int64(v[i]-'0')
		i++
	}
	if i == 0 || n < 0 { // n < 0: 19 digits overflowed
		return time.Time{}, false
	}
	switch {
	case n < 1e11:
		var nsec int64
		if i < len(v) && v[i] == '.' {
			i++
			start, scale := i, int64(1e8)
			for i < len(v) && isDigit(v[i]) {
				nsec += int64(v[i]-'0') * scale
				scale /= 10
				i++
			}
			if i == start {
				return time.Time{}, false
			}
		}
		if i != len(v) {
			return time.Time{}, false
		}
		return time.Unix(n, nsec).UTC(), true
	case i != len(v):
		return time.Time{}, false
	case n < 1e14:
		return time.UnixMilli(n).UTC(), true
	case n < 1e17:
		return time.UnixMicro(n).UTC(), true
	}
	return time.Unix(0, n).UTC(), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// num reads the n-digit decimal number at v[i:].
func num(v []byte, i, n int) (int, bool) {
	if i+n > len(v) {
		return 0, false
	}
	x := 0
	for _, c := range v[i : i+n] {
		if !isDigit(c) {
			return 0, false
		}
		x = x*10 + int(c-'0')
	}
	return x, true
}

// parseRFC3339 reads YYYY-MM-DD(T|t| )HH:MM:SS[.frac](Z|z|±HH:MM).
func parseRFC3339(v []byte) (time.Time, bool) {
	year, ok1 := num(v, 0, 4)
	month, ok2 := num(v, 5, 2)
	day, ok3 := num(v, 8, 2)
	hour, ok4 := num(v, 11, 2)
	min, ok5 := num(v, 14, 2)
	sec, ok6 := num(v, 17, 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) ||
		v[4] != '-' || v[7] != '-' || (v[10] != 'T' && v[10] != 't' && v[10] != ' ') || v[13] != ':' || v[16] != ':' {
		return time.Time{}, false
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour > 23 || min > 59 || sec > 59 {
		return time.Time{}, false
	}
	i, nsec := 19, 0
	if i < len(v) && (v[i] == '.' || v[i] == ',') {
		i++
		start, scale := i, int(1e8)
		for i < len(v) && isDigit(v[i]) {
			nsec += int(v[i]-'0') * scale
			scale /= 10
			i++
		}
		if i == start {
			return time.Time{}, false
		}
	}
	if i >= len(v) {
		return time.Time{}, false
	}
	offset := 0
	switch v[i] {
	case 'Z', 'z':
		i++
	case '+', '-':
		oh, ok1 := num(v, i+1, 2)
		om, ok2 := num(v, i+4, 2)
		if !ok1 || !ok2 || v[i+3] != ':' || oh > 23 || om > 59 {
			return time.Time{}, false
		}
		offset = (oh*60 + om) * 60
		if v[i] == '-' {
			offset = -offset
		}
		i += 6
	default:
		return time.Time{}, false
	}
	if i != len(v) {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, min, sec, nsec, time.UTC)
	return t.Add(-time.Duration(offset) * time.Second), true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
