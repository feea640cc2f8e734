package textfmt

// xferlog (xferlog(5); wu-ftpd's format, which vsftpd with
// xferlog_enable and ProFTPD's TransferLog write): one transfer a line,
//
//	current-time transfer-time remote-host file-size filename transfer-type
//	special-action-flag direction access-mode username service-name
//	authentication-method authenticated-user-id completion-status
//
// the time as ctime(3) writes it (Mon Nov 23 20:02:25 2026), fields
// separated by blanks. A file name may hold blanks (wu-ftpd and vsftpd
// write it as it is), so the last nine fields are read from the end and
// the file name is what lies between the size and them.

var xferNames = [][]byte{[]byte("time"), []byte("transfer-time"), []byte("remote-host"), []byte("file-size"),
	[]byte("filename"), []byte("transfer-type"), []byte("special-action-flag"), []byte("direction"),
	[]byte("access-mode"), []byte("username"), []byte("service-name"), []byte("authentication-method"),
	[]byte("authenticated-user-id"), []byte("completion-status")}

// xferTail is the number of fields after the file name.
const xferTail = 9

// xferDateLen is the length of a ctime(3) date: "Mon Nov 23 20:02:25 2026".
const xferDateLen = 24

// LooksXferlog reports whether rec is an xferlog line: a ctime date, a
// transfer time, a host, a size, a file name, then the type (a or b), the
// special action flag (C, U, T or _, up to three), the direction (o, i or
// d), the access mode (a, g or r), a user, a service, the authentication
// method (0 or 1), the authenticated user id and the status (c or i).
//
// It does not allocate.
func LooksXferlog(rec []byte) bool {
	if len(rec) < xferDateLen+20 || !ctimeDate(rec[:xferDateLen]) || rec[xferDateLen] != ' ' {
		return false
	}
	var t [xferTail][2]int
	if !xferTailFields(rec, &t) {
		return false
	}
	one := func(k int, set string) bool {
		v := rec[t[k][0]:t[k][1]]
		if len(v) != 1 {
			return false
		}
		for i := 0; i < len(set); i++ {
			if v[0] == set[i] {
				return true
			}
		}
		return false
	}
	flag := rec[t[1][0]:t[1][1]]
	for _, c := range flag {
		if c != 'C' && c != 'U' && c != 'T' && c != '_' {
			return false
		}
	}
	if !one(0, "ab") || len(flag) > 3 || !one(2, "oid") || !one(3, "agr") || !one(6, "01") || !one(8, "ci") {
		return false
	}
	// transfer-time, remote-host, file-size, and a file name before the tail.
	i := xferDateLen + 1
	for k := 0; k < 3; k++ {
		s := i
		for i < len(rec) && rec[i] != ' ' {
			i++
		}
		if i == s || i >= len(rec) || k != 1 && !allDigits(rec[s:i]) {
			return false
		}
		i++
	}
	return i < t[0][0]-1
}

// xferTailFields finds the last nine blank-separated fields of rec.
func xferTailFields(rec []byte, t *[xferTail][2]int) bool {
	e := len(rec)
	for k := xferTail - 1; k >= 0; k-- {
		s := e
		for s > 0 && rec[s-1] != ' ' {
			s--
		}
		if s == e || s == 0 {
			return false
		}
		t[k] = [2]int{s, e}
		e = s - 1
	}
	return true
}

// ctimeDate reports whether d is "Www Mmm dd hh:mm:ss yyyy" (the day
// padded with a blank).
func ctimeDate(d []byte) bool {
	if len(d) != xferDateLen || d[3] != ' ' || d[7] != ' ' || d[10] != ' ' || d[13] != ':' || d[16] != ':' || d[19] != ' ' {
		return false
	}
	for _, k := range [...]int{0, 4} {
		if !(d[k] >= 'A' && d[k] <= 'Z') || !(d[k+1] >= 'a' && d[k+1] <= 'z') || !(d[k+2] >= 'a' && d[k+2] <= 'z') {
			return false
		}
	}
	if !(d[8] == ' ' || isDigit(d[8])) || !isDigit(d[9]) {
		return false
	}
	for _, k := range [...]int{11, 12, 14, 15, 17, 18, 20, 21, 22, 23} {
		if !isDigit(d[k]) {
			return false
		}
	}
	return true
}

// SplitXferlog appends the fields of rec, a line LooksXferlog accepts, to
// dst and returns it, named as xferlog(5) names them (time,
// transfer-time, remote-host, file-size, filename, ..., username, ...).
// Names point into a static table.
//
// It does not allocate (beyond growing dst).
func SplitXferlog(dst []Field, rec []byte) []Field {
	var t [xferTail][2]int
	if len(rec) < xferDateLen+1 || !xferTailFields(rec, &t) {
		return dst
	}
	dst = append(dst, Field{Name: xferNames[0], NameStart: -1, Start: 0, End: xferDateLen})
	i := xferDateLen + 1
	for k := 1; k < 4; k++ {
		s := i
		for i < len(rec) && rec[i] != ' ' {
			i++
		}
		dst = append(dst, Field{Name: xferNames[k], NameStart: -1, Start: int32(s), End: int32(i)})
		i++
	}
	if i > t[0][0]-1 {
		i = t[0][0] - 1
	}
	dst = append(dst, Field{Name: xferNames[4], NameStart: -1, Start: int32(i), End: int32(t[0][0] - 1)})
	for k := 0; k < xferTail; k++ {
		dst = append(dst, Field{Name: xferNames[5+k], NameStart: -1, Start: int32(t[k][0]), End: int32(t[k][1])})
	}
	return dst
}
