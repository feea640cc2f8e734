package redact

// Credentials recognisable by their shape: JWTs, Authorization
// credentials after the scheme word, AWS access key ids. Secrets known by
// their key name are in scan_key.go.

// b64val maps a base64 or base64url byte to its value, 0xff for others.
var b64val [256]byte

func init() {
	for c := range b64val {
		b64val[c] = 0xff
	}
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	for x := 0; x < len(alpha); x++ {
		b64val[alpha[x]] = byte(x)
	}
	b64val['+'], b64val['-'] = 62, 62
	b64val['/'], b64val['_'] = 63, 63
}

// b64run returns the end of the run of base64url bytes at src[j:].
func b64run(src []byte, j int) int {
	for j < len(src) && class[src[j]]&cB64 != 0 {
		j++
	}
	return j
}

// scanJWT matches a JSON Web Token: three base64url segments (five for a
// JWE) whose header decodes to a JSON object. Only the first four bytes of
// the header are decoded.
func scanJWT(src []byte, i int) (hit, bool) {
	n := len(src)
	if i+16 > n || src[i] != 'e' || src[i+1] != 'y' {
		return hit{}, false
	}
	var v [4]byte
	for x := range v {
		v[x] = b64val[src[i+x]]
		if v[x] == 0xff || src[i+x] == '+' || src[i+x] == '/' {
			return hit{}, false
		}
	}
	b0, b1 := v[0]<<2|v[1]>>4, v[1]<<4|v[2]>>2
	if b0 != '{' || (b1 != '"' && b1 != ' ' && b1 != '\n' && b1 != '\r' && b1 != '\t') {
		return hit{}, false
	}
	h := b64run(src, i)
	if h-i < 10 || h >= n || src[h] != '.' {
		return hit{}, false
	}
	p := b64run(src, h+1)
	if p-h-1 < 2 || p >= n || src[p] != '.' {
		return hit{}, false
	}
	e := b64run(src, p+1)
	// JWE: two more segments.
	if e < n && src[e] == '.' {
		e2 := b64run(src, e+1)
		if e2 < n && src[e2] == '.' {
			if e3 := b64run(src, e2+1); e3 > e2+1 {
				e = e3
			}
		}
	}
	if e < n && (src[e] == '.' || src[e] == '=' || src[e] == '+' || src[e] == '/') {
		return hit{}, false
	}
	return hit{det: DetJWT, start: i, end: e}, true
}

// scanBearerWord matches the credential after a "Bearer " or "Basic "
// scheme word with no Authorization key in sight: a Bearer token of at
// least 16 token68 bytes, or Basic base64 that decodes to "user:password".
func scanBearerWord(src []byte, i int) (hit, bool) {
	n := len(src)
	var c int
	basic := false
	switch {
	case i+7 < n && foldEq(src[i:i+6], "bearer") && src[i+6] == ' ':
		c = i + 7
	case i+6 < n && foldEq(src[i:i+5], "basic") && src[i+5] == ' ':
		c, basic = i+6, true
	default:
		return hit{}, false
	}
	e := c
	for e < n && class[src[e]]&cTok68 != 0 {
		e++
	}
	for e < n && src[e] == '=' {
		e++
	}
	if e < n && !isValueEnd(src[e]) {
		return hit{}, false
	}
	if basic {
		if e-c < 8 || !basicHasColon(src[c:e]) {
			return hit{}, false
		}
	} else if e-c < 16 {
		return hit{}, false
	}
	return hit{det: DetBearer, start: c, end: e}, true
}

// basicHasColon reports whether b is standard base64 whose decoding holds
// a ':' (user:password), decoding three bytes at a time on the stack.
func basicHasColon(b []byte) bool {
	for len(b) > 0 && b[len(b)-1] == '=' {
		b = b[:len(b)-1]
	}
	if len(b)%4 == 1 {
		return false
	}
	colon := false
	for x := 0; x < len(b); x += 4 {
		var v [4]byte
		k := min(4, len(b)-x)
		for y := 0; y < k; y++ {
			c := b[x+y]
			if c == '-' || c == '_' || c == '.' || c == '~' {
				return false
			}
			v[y] = b64val[c]
			if v[y] == 0xff {
				return false
			}
		}
		d := [3]byte{v[0]<<2 | v[1]>>4, v[1]<<4 | v[2]>>2, v[2]<<6 | v[3]}
		for y := 0; y < k-1; y++ {
			if d[y] == ':' {
				colon = true
			}
		}
	}
	return colon
}

// awsPrefixes are the four-letter prefixes of AWS unique ids that name a
// credential or principal.
var awsPrefixes = [...]string{"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ABIA", "ACCA", "APKA", "ASCA"}

// awsAccessKeyID reports whether v, 20 bytes, is an access key id (AKIA,
// or ASIA for temporary credentials): the id a secret access key goes with.
func awsAccessKeyID(v []byte) bool {
	if (string(v[:4]) != "AKIA" && string(v[:4]) != "ASIA") || len(v) != 20 {
		return false
	}
	for _, c := range v[4:] {
		if !isUpper(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// awsSecretAfter returns the end of the secret access key that follows an
// access key id and a ':' at src[k] ("AKIA…:wJalr…", as a job echoes the
// pair), or k when there is none: 40 characters of base64 with capitals,
// small letters and digits among them. (awsSecretMember passes the
// opening quote of a member's string for the ':'.)
func awsSecretAfter(src []byte, k int) int {
	if k+41 > len(src) || src[k] != ':' && src[k] != '"' {
		return k
	}
	var seen byte
	for _, c := range src[k+1 : k+41] {
		switch {
		case isUpper(c):
			seen |= 1
		case c >= 'a' && c <= 'z':
			seen |= 2
		case isDigit(c):
			seen |= 4
		case c == '/' || c == '+':
		default:
			return k
		}
	}
	if e := k + 41; seen != 7 || e < len(src) && (isAlnum(src[e]) || src[e] == '/' || src[e] == '+' || src[e] == '=') {
		return k
	}
	return k + 41
}

// awsSecretMember returns where the secret access key begins when the
// access key id that ends at src[k] closes a JSON string and the next
// member's string holds one ("AKIA…","value":"wJalr…" in a JSON object a
// text line carries), or -1.
func awsSecretMember(src []byte, k int) int {
	if k+4 > len(src) || src[k] != '"' || src[k+1] != ',' {
		return -1
	}
	j := k + 2
	if src[j] == ' ' {
		j++
	}
	if j >= len(src) || src[j] != '"' {
		return -1
	}
	j++
	for w := j; j < len(src) && j-w <= 24 && (isAlnum(src[j]) || src[j] == '_'); j++ {
	}
	if !hasPrefix(src[j:], "\":") {
		return -1
	}
	j += 2
	if j < len(src) && src[j] == ' ' {
		j++
	}
	if j >= len(src) || src[j] != '"' || awsSecretAfter(src, j) != j+41 {
		return -1
	}
	return j + 1
}

// scanAWSKey matches an AWS access key id: a known prefix and sixteen
// upper-case letters or digits, not part of a longer word; with the
// secret access key after it when a ':' joins them.
func scanAWSKey(s *scanner, src []byte, i int) (hit, bool) {
	n := len(src)
	if i+20 > n {
		return hit{}, false
	}
	known := false
	for _, p := range awsPrefixes {
		if string(src[i:i+4]) == p {
			known = true
			break
		}
	}
	if !known {
		return hit{}, false
	}
	for x := i + 4; x < i+20; x++ {
		if !isUpper(src[x]) && !isDigit(src[x]) {
			return hit{}, false
		}
	}
	if i+20 < n && (isAlnum(src[i+20]) || src[i+20] == '_') {
		return hit{}, false
	}
	if i+20 < n && src[i+20] == ':' {
		return hit{det: DetAWSKey, start: i, end: awsSecretAfter(src, i+20)}, true
	}
	if v := awsSecretMember(src, i+20); v > 0 && awsAccessKeyID(src[i:i+20]) {
		s.addPending(src, DetSecret, v, v+40)
	}
	return hit{det: DetAWSKey, start: i, end: i + 20}, true
}
