package redact

// The cue words that the login_text start (registry.go) reads for
// PostgreSQL's DETAIL values (scan_pgdetail.go), a street line
// (scan_addrprose.go) and a document's number (scan_docprose.go) in
// prose. login_text's shape test runs for most words before a blank, so
// one table load on the word's length keeps these tests off the others.

// gapCueLen[n] is set for the lengths of the cue words: to (2), Key (3),
// Adresse, Address, licence, license (7), passport, contains (8),
// Anschrift (9). Lengths beyond the table are none (login_text's lens
// stops at 13).
var gapCueLen = [14]bool{2: true, 3: true, 7: true, 8: true, 9: true}

// gapCueMay reports, with one table load, whether a word of w-i bytes
// may be a cue.
func gapCueMay(i, w int) bool { return w-i < len(gapCueLen) && gapCueLen[w-i] }

// gapCueAt reports whether the word src[i:w] is one of the cues.
func gapCueAt(src []byte, i, w int) bool {
	return pgDetailWordAt(src, i, w) || addrCueAt(src, i, w) || docProseWordAt(src, i, w)
}

// scanGapCue matches what the cue at src[i:w] announces.
func scanGapCue(src []byte, i, w int) (hit, bool) {
	switch {
	case pgDetailWordAt(src, i, w):
		return scanPGDetail(src, i, w)
	case addrCueAt(src, i, w):
		return scanAddrProse(src, i, w)
	}
	return scanDocProse(src, i, w)
}
