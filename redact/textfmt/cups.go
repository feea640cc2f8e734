package textfmt

import "bytes"

// CUPS's page_log (cupsd.conf(5), PageLogFormat; its default since CUPS
// 1.6): one line a page or, with "total", a job,
//
//	%p %u %j %T %P %C %{job-billing} %{job-originating-host-name} %{job-name} %{media} %{sides}
//
// the printer, the user, the job id, the time in brackets as in an NCSA
// line ([23/Nov/2026:20:00:01 +0000]), the page number or "total", the
// copies, the billing code, the client's host, the job's name (its title
// as the application sent it: blanks and all), the media and the sides.
// The user is the job's owner and the job's name is often a document's,
// named after a person; the fields are named after the IPP attributes
// they print (RFC 8011: job-originating-user-name, job-originating-host-name).

var cupsPageNames = [][]byte{[]byte("printer"), []byte("job-originating-user-name"), []byte("job-id"), []byte("time"),
	[]byte("page-number"), []byte("copies"), []byte("job-billing"), []byte("job-originating-host-name"),
	[]byte("job-name"), []byte("media"), []byte("sides")}

// cupsTimeLen is the length of "[dd/Mon/yyyy:hh:mm:ss +zzzz]".
const cupsTimeLen = 28

// cupsPageHead finds the fields of rec before the job's name: printer,
// user and job id, the time, page, copies, billing and host, as offsets
// (start, end) into rec; i is where the job's name starts.
func cupsPageHead(rec []byte, f *[8][2]int) (i int, ok bool) {
	for k := 0; k < 8; k++ {
		s := i
		if k == 3 {
			if i+cupsTimeLen >= len(rec) || rec[i] != '[' || rec[i+cupsTimeLen-1] != ']' || !clfTime(rec[i+1:i+cupsTimeLen-1]) {
				return 0, false
			}
			i += cupsTimeLen
		} else if x := bytes.IndexByte(rec[i:], ' '); x >= 0 {
			// IndexByte: a line of another format may hold no blank
			// for hundreds of bytes, and every text record is tried.
			i += x
		} else {
			return 0, false
		}
		if i == s || i >= len(rec) || rec[i] != ' ' {
			return 0, false
		}
		f[k] = [2]int{s, i}
		i++
	}
	return i, true
}

// clfTime reports whether t is "dd/Mon/yyyy:hh:mm:ss +zzzz".
func clfTime(t []byte) bool {
	if len(t) != 26 || t[2] != '/' || t[6] != '/' || t[11] != ':' || t[14] != ':' || t[17] != ':' || t[20] != ' ' ||
		t[21] != '+' && t[21] != '-' {
		return false
	}
	for _, k := range [...]int{0, 1, 7, 8, 9, 10, 12, 13, 15, 16, 18, 19, 22, 23, 24, 25} {
		if !isDigit(t[k]) {
			return false
		}
	}
	return true
}

// LooksCUPSPageLog reports whether rec is a page_log line in the default
// PageLogFormat: a job id of digits, the bracketed time, "total" or a page
// number, the copies, and a job's name, media and sides after the host.
//
// It does not allocate.
func LooksCUPSPageLog(rec []byte) bool {
	var f [8][2]int
	i, ok := cupsPageHead(rec, &f)
	if !ok || !allDigits(rec[f[2][0]:f[2][1]]) || !allDigits(rec[f[5][0]:f[5][1]]) {
		return false
	}
	if p := rec[f[4][0]:f[4][1]]; string(p) != "total" && !allDigits(p) {
		return false
	}
	// The job's name, the media and the sides: two blanks at least.
	n := 0
	for _, c := range rec[i:] {
		if c == ' ' {
			n++
		}
	}
	return n >= 2
}

// SplitCUPSPageLog appends the fields of rec, a line LooksCUPSPageLog
// accepts, to dst and returns it, named after the IPP attributes they
// print. Names point into a static table.
//
// It does not allocate (beyond growing dst).
func SplitCUPSPageLog(dst []Field, rec []byte) []Field {
	var f [8][2]int
	i, ok := cupsPageHead(rec, &f)
	if !ok {
		return dst
	}
	for k := 0; k < 8; k++ {
		dst = append(dst, Field{Name: cupsPageNames[k], NameStart: -1, Start: int32(f[k][0]), End: int32(f[k][1])})
	}
	// sides and media from the end; the job's name between.
	se := len(rec)
	ss := se
	for ss > i && rec[ss-1] != ' ' {
		ss--
	}
	me := ss - 1
	ms := me
	for ms > i && rec[ms-1] != ' ' {
		ms--
	}
	if ms <= i {
		return dst
	}
	dst = append(dst, Field{Name: cupsPageNames[8], NameStart: -1, Start: int32(i), End: int32(ms - 1)})
	dst = append(dst, Field{Name: cupsPageNames[9], NameStart: -1, Start: int32(ms), End: int32(me)})
	return append(dst, Field{Name: cupsPageNames[10], NameStart: -1, Start: int32(ss), End: int32(se)})
}
