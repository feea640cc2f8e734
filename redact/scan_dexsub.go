package redact

import "encoding/base64"

// Dex, the OpenID Connect provider that Argo CD, Kubeflow and many
// Kubernetes clusters sign in through, writes the "sub" claim of its ID
// tokens as a protobuf message, base64 without padding: field 1 the user's
// id at the upstream connector (an LDAP or GitHub login), field 2 the
// connector's id ("CgZqcGF0ZWwSBGxkYXA" is jpatel at ldap). Under a "sub"
// key (a token's claims in a log) the value is that login, encoded: it is
// masked when the login inside is a person's (accountLogin). Any other
// subject (a UUID, a number, Okta's 00u…) is an id and stays.

// dexSubjectLogin reports whether v, the value of a "sub" claim, is a Dex
// subject whose user id is a person's login.
func dexSubjectLogin(v []byte) bool {
	// 0x0A (field 1, bytes) encodes to 'C' first; 96 bytes hold any
	// login and connector id.
	if len(v) < 8 || len(v) > 128 || v[0] != 'C' {
		return false
	}
	for len(v) > 0 && v[len(v)-1] == '=' {
		v = v[:len(v)-1]
	}
	var raw [128]byte
	var buf [96]byte
	n := copy(raw[:], v)
	url := false
	for _, c := range raw[:n] {
		switch {
		case isAlnum(c):
		case c == '-' || c == '_':
			url = true
		case c == '+' || c == '/':
		default:
			return false
		}
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	if enc.DecodedLen(n) > len(buf) {
		return false
	}
	m, err := enc.Decode(buf[:], raw[:n])
	if err != nil || m < 4 {
		return false
	}
	b := buf[:m]
	l := int(b[1])
	if b[0] != 0x0A || l == 0 || l > maxLogin || 2+l+2 > m || b[2+l] != 0x12 || int(b[3+l]) != m-4-l {
		return false
	}
	return accountLogin(b[2 : 2+l])
}
