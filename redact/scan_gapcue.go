package redact

// The cue words that the login_text start (registry.go) reads for
// PostgreSQL's DETAIL values (scan_pgdetail.go), a street line
// (scan_addrprose.go), a document's number (scan_docprose.go) in
// prose and a literal a database's error echoes (scan_dbecho.go). login_text's shape test runs for most words before a blank, so
// one table load on the word's length keeps these tests off the others.

// gapCueFirst[n] holds, for a word of n bytes, the first letters (folded
// to lower case, a bit each) of the cue words of that length: to, is (2), Key
// (3), Date, type (4), value (5), Adresse, Address, licence, license (7),
// passport, contains (8), Anschrift, Timestamp (9). Lengths beyond the
// table are none (login_text's lens stops at 13).
var gapCueFirst = [16]uint32{
	2:  1<<('t'&31) | 1<<('i'&31) | 1<<('d'&31),
	3:  1<<('k'&31) | 1<<('v'&31),
	4:  1<<('c'&31) | 1<<('d'&31) | 1<<('t'&31),
	5:  1<<('p'&31) | 1<<('t'&31) | 1<<('v'&31),
	6:  1 << ('p' & 31),
	7:  1<<('a'&31) | 1<<('l'&31) | 1<<('b'&31) | 1<<('d'&31) | 1<<('t'&31),
	8:  1<<('p'&31) | 1<<('c'&31) | 1<<('d'&31) | 1<<('s'&31) | 1<<('k'&31),
	9:  1<<('a'&31) | 1<<('t'&31),
	11: 1 << ('k' & 31),
	12: 1 << ('r' & 31),
	13: 1 << ('r' & 31),
	15: 1 << ('i' & 31),
}

// gapCueMay reports, with one table load, whether the word src[i:w] may
// be a cue.
func gapCueMay(src []byte, i, w int) bool {
	return w-i < len(gapCueFirst) && gapCueFirst[w-i]&(1<<(src[i]&31)) != 0
}

// gapCueAt reports whether the word src[i:w] is one of the cues.
func gapCueAt(src []byte, i, w int) bool {
	switch w - i {
	case 2:
		return addrCueAt(src, i, w)
	case 9:
		return addrCueAt(src, i, w) || dbEchoCue(src, i, w)
	case 3:
		return pgDetailWordAt(src, i, w) || docProseWordAt(src, i, w)
	case 4, 5:
		// Date, type and value open a database's echoed literal, the
		// other words of these lengths the older cues (scan_dbecho.go):
		// only one of them is asked.
		if c := src[i] | 0x20; w-i == 4 && (c == 'd' || c == 't') || w-i == 5 && c == 'v' {
			return dbEchoCue(src, i, w)
		}
	case 6:
		return addrCueAt(src, i, w) || docProseWordAt(src, i, w)
	case 7:
		return addrCueAt(src, i, w) || docProseWordAt(src, i, w)
	}
	return pgDetailWordAt(src, i, w) || docProseWordAt(src, i, w) || addrCueAt(src, i, w) || dbEchoCue(src, i, w)
}

// dbEchoCue reports whether the word src[i:w] introduces a literal a
// database echoes (scan_dbecho.go).
func dbEchoCue(src []byte, i, w int) bool {
	_, ok := dbEchoWordAt(src, i, w)
	return ok
}

// scanGapCue matches what the cue at src[i:w] announces.
func scanGapCue(src []byte, i, w int) (hit, bool) {
	switch {
	case pgDetailWordAt(src, i, w):
		return scanPGDetail(src, i, w)
	case addrCueAt(src, i, w):
		return scanAddrProse(src, i, w)
	case dbEchoCue(src, i, w):
		return scanDBEcho(src, i, w)
	}
	return scanDocProse(src, i, w)
}
