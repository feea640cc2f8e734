package redact

// A Redis command as MONITOR (and redis-cli's --verbose, client
// libraries' debug logs) prints it: each argument quoted, one blank
// between, `"SETEX" "otp:+447700900123" "300" "482913"`. Keys are named
// by their first segment (otp:, session:, token:, pwreset:), which says
// what the value written under them is: a key whose segment names a
// secret (scanKeyed masks the rest of the key, the number or the session
// id) holds one as its value too. The value argument of the commands that
// write one key (SET, SETNX, SETEX, PSETEX, GETSET) is kept for the next
// call (scanner.addPending), as an INSERT's later literals are.

// redisValueArg returns the value argument src[v:e] written under the
// key argument whose text starts at src[i] (after its quote), when the
// argument before it is one of the commands that write a single key.
func redisValueArg(src []byte, i int) (v, e int, ok bool) {
	if i < 6 || src[i-1] != '"' || src[i-2] != ' ' || src[i-3] != '"' {
		return 0, 0, false
	}
	c := i - 3 // the command's closing quote
	b := c
	for b > 0 && c-b <= 6 && src[b-1] != '"' {
		b--
	}
	if b == 0 || src[b-1] != '"' {
		return 0, 0, false
	}
	skip := 0
	switch cmd := src[b:c]; {
	case foldEq(cmd, "set"), foldEq(cmd, "setnx"), foldEq(cmd, "getset"):
	case foldEq(cmd, "setex"), foldEq(cmd, "psetex"):
		skip = 1 // the key's time to live comes first
	default:
		return 0, 0, false
	}
	q := argEnd(src, i)
	for ; skip > 0 && q > 0; skip-- {
		q = argEnd(src, q+3)
	}
	if q < 0 || q+3 >= len(src) || src[q+1] != ' ' || src[q+2] != '"' {
		return 0, 0, false
	}
	v = q + 3
	e = argEnd(src, v)
	if e <= v {
		return 0, 0, false
	}
	return v, e, true
}

// argEnd returns the index of the quote that closes the quoted argument
// whose text starts at src[v] (a backslash escapes the byte after it), or
// -1 when none does.
func argEnd(src []byte, v int) int {
	if v < 1 || v > len(src) || src[v-1] != '"' {
		return -1
	}
	for e := v; e < len(src); e++ {
		switch src[e] {
		case '\\':
			e++
		case '"':
			return e
		}
	}
	return -1
}
