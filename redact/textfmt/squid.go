package textfmt

// Squid's native access.log (logformat squid, the default):
//
//	%ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt
//	1795464129.512   4955 192.0.2.7 TCP_MISS/200 1943 GET http://host/p?q jdoe HIER_DIRECT/203.0.113.9 text/html
//
// time, elapsed milliseconds (right-aligned in six columns), the client's
// address, the result code and HTTP status, the reply's size, the method,
// the URL, the user (the proxy authentication's or ident's login, "-"
// when none), the hierarchy code and peer, the content type. Fields are
// separated by blanks; none is quoted, and none holds a blank.

var squidNames = [][]byte{[]byte("time"), []byte("elapsed"), []byte("client"), []byte("code"), []byte("bytes"),
	[]byte("method"), []byte("url"), []byte("user"), []byte("hierarchy"), []byte("type")}

// squidExtra names fields past the ten of the native format.
var squidExtra = []byte("extra")

// LooksSquid reports whether rec is a line of Squid's native access.log:
// epoch seconds with milliseconds, blanks, the elapsed time, a client, a
// result code of capitals and '_' with a three-digit status
// (TCP_MISS/200), a size, and at least four fields more, the second last
// of which is a hierarchy code and its peer (HIER_DIRECT/..., NONE/-).
//
// It does not allocate.
func LooksSquid(rec []byte) bool {
	if len(rec) < 40 || !isDigit(rec[0]) {
		return false
	}
	i := 0
	for i < len(rec) && isDigit(rec[i]) {
		i++
	}
	if i < 9 || i > 10 || i+4 > len(rec) || rec[i] != '.' || !isDigit(rec[i+1]) || !isDigit(rec[i+2]) || !isDigit(rec[i+3]) {
		return false
	}
	i += 4
	var f [10][2]int // the fields after time
	n := 0
	for n < len(f) {
		if i >= len(rec) || rec[i] != ' ' {
			break
		}
		for i < len(rec) && rec[i] == ' ' {
			i++
		}
		s := i
		for i < len(rec) && rec[i] != ' ' {
			i++
		}
		if i == s {
			return false
		}
		f[n] = [2]int{s, i}
		n++
	}
	if n != 9 || i != len(rec) && rec[i] != ' ' {
		return false
	}
	return allDigits(rec[f[0][0]:f[0][1]]) && squidCode(rec[f[2][0]:f[2][1]]) && squidCode(rec[f[7][0]:f[7][1]])
}

// squidCode reports whether v is capitals and '_' (at least four), '/',
// and something: TCP_MISS/200, HIER_DIRECT/203.0.113.9, HIER_NONE/-.
func squidCode(v []byte) bool {
	k := 0
	for k < len(v) && (v[k] >= 'A' && v[k] <= 'Z' || v[k] == '_') {
		k++
	}
	return k >= 4 && k+1 < len(v) && v[k] == '/'
}

// SplitSquid appends the fields of rec, a line LooksSquid accepts, to dst
// and returns it, named time, elapsed, client, code, bytes, method, url,
// user, hierarchy, type (and extra past them). Names point into a static
// table.
//
// It does not allocate (beyond growing dst).
func SplitSquid(dst []Field, rec []byte) []Field {
	k := 0
	for i := 0; i < len(rec); {
		for i < len(rec) && rec[i] == ' ' {
			i++
		}
		s := i
		for i < len(rec) && rec[i] != ' ' {
			i++
		}
		if i == s {
			break
		}
		name := nameAt(squidNames, k, squidExtra)
		dst = append(dst, Field{Name: name, NameStart: -1, Start: int32(s), End: int32(i)})
		k++
	}
	return dst
}
