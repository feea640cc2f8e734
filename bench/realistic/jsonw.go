package realistic

// A few helpers to write JSON by hand, so that the bytes (escapes, key
// order, number vs string) are exactly what each documented format has,
// and every labelled value is recorded in the form it takes in the line.

type label uint8

const (
	plain label = iota
	planted
	kept
)

// jcomma appends ',' unless b ends where a member or element starts.
func jcomma(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] != '{' && b[n-1] != '[' && b[n-1] != ':' {
		b = append(b, ',')
	}
	return b
}

// jkey appends `"key":` after a comma where needed.
func jkey(b []byte, key string) []byte {
	b = jcomma(b)
	b = append(b, '"')
	b = append(b, jsonEsc(key)...)
	return append(b, '"', ':')
}

// jf appends the member "key":"value", the value passed through enc (when
// not nil) and JSON-escaped, and labels it.
func (g *gen) jf(b []byte, key string, l label, cat, val string, enc func(string) string) []byte {
	b = jkey(b, key)
	form := val
	if enc != nil {
		form = enc(val)
	}
	form = jsonEsc(form)
	switch l {
	case planted:
		g.plantAt(cat, clean(val), form)
	case kept:
		g.keepAt(cat, val, form)
	}
	b = append(b, '"')
	b = append(b, form...)
	return append(b, '"')
}

// js appends an unlabelled string member.
func (g *gen) js(b []byte, key, val string) []byte { return g.jf(b, key, plain, "", val, nil) }

// jp appends a string member holding personal data of category cat.
func (g *gen) jp(b []byte, key, cat, val string) []byte { return g.jf(b, key, planted, cat, val, nil) }

// jk appends a string member holding a look-alike of category cat.
func (g *gen) jk(b []byte, key, cat, val string) []byte { return g.jf(b, key, kept, cat, val, nil) }

// jn appends a number member (raw JSON text num).
func jn(b []byte, key, num string) []byte {
	b = jkey(b, key)
	return append(b, num...)
}

// jo opens an object member ("key":{), or an object element when key is "".
func jo(b []byte, key string) []byte {
	if key == "" {
		return append(jcomma(b), '{')
	}
	return append(jkey(b, key), '{')
}

// ja opens an array member.
func ja(b []byte, key string) []byte { return append(jkey(b, key), '[') }
