package redact

// PHP's debug dumps, as applications log them (Monolog, Laravel's
// Log::debug(print_r($x, true))): the same key and value as a JSON
// member, in the syntax of the function that wrote them.
//
//	print_r:    [email] => jane@example.com        (the value runs to the end of its line)
//	var_dump:   ["email"]=>\n  string(16) "jane@example.com"
//	serialize:  s:5:"email";s:16:"jane@example.com";
//
// var_export ('email' => 'jane@example.com') and Ruby's Hash#inspect
// ("email"=>"jane@example.com") already read as quoted keys and values.

// printRKeyAt reports whether the key ending at src[k] (a ']') is a
// print_r key: "[key] => " after its '['.
func printRKeyAt(src []byte, i, k int) bool {
	return i > 0 && src[i-1] == '[' && k+4 < len(src) && src[k] == ']' &&
		src[k+1] == ' ' && src[k+2] == '=' && src[k+3] == '>' && src[k+4] == ' '
}

// printRNested reports whether a print_r value starts at src[v]: "Array"
// or "Class Object", whose members follow on lines of their own.
func printRNested(v []byte) bool {
	return string(v) == "Array" || len(v) > 7 && string(v[len(v)-7:]) == " Object"
}

// printRParent returns the key of the array that holds the print_r member
// whose '[' is at src[b]: the first "(" line above it indented less than
// it, and the "[parent] => Array" line before that. Nil when there is none
// within a few lines.
func printRParent(src []byte, b int) []byte {
	ls := lineStartAt(src, b)
	ind := b - ls
	for lines := 0; ls > 0 && lines < 24; lines++ {
		pe := ls - 1 // the '\n' ending the line above
		ps := lineStartAt(src, pe)
		p := ps
		for p < pe && (src[p] == ' ' || src[p] == '\t') {
			p++
		}
		if p < pe && src[p] == '(' && p+1 == trimCR(src, p+1, pe) && p-ps < ind {
			if ps == 0 {
				return nil
			}
			qe := trimCR(src, 0, ps-1)
			qs := lineStartAt(src, ps-1)
			line := src[qs:qe]
			const arr = "] => Array"
			if len(line) <= len(arr) || string(line[len(line)-len(arr):]) != arr {
				return nil
			}
			key := line[:len(line)-len(arr)]
			for o := len(key) - 1; o >= 0; o-- {
				if key[o] == '[' {
					return key[o+1:]
				}
			}
			return nil
		}
		ls = ps
	}
	return nil
}

// lineStartAt returns the offset just after the '\n' before src[i], 0 when
// there is none.
func lineStartAt(src []byte, i int) int {
	for i > 0 && src[i-1] != '\n' {
		i--
	}
	return i
}

// trimCR returns e, or e-1 when src[e-1] is a '\r' (at or after lo).
func trimCR(src []byte, lo, e int) int {
	if e > lo && src[e-1] == '\r' {
		return e - 1
	}
	return e
}

// varDumpString returns the offset of the opening quote of the string that
// var_dump writes on the line after a key (`["email"]=>` then
// `  string(16) "…"`; a logger that flattens line breaks leaves blanks),
// -1 when src[j] does not start such a break.
func varDumpString(src []byte, j int) int {
	n := len(src)
	b := j
	for j < n && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n' || src[j] == '\r') {
		j++
	}
	if j == b {
		return -1
	}
	if !hasPrefix(src[j:], "string(") {
		return -1
	}
	j += len("string(")
	d := j
	for j < n && isDigit(src[j]) {
		j++
	}
	if j == d || j+2 >= n || src[j] != ')' || src[j+1] != ' ' || src[j+2] != '"' {
		return -1
	}
	return j + 2
}

// serialValue returns the offset of the opening quote of a serialize()d
// string value after the string key src[i:k] (`s:5:"email";s:16:"…";`),
// -1 when the key is not one: its own s:N:" before it, its '"' and ';'
// after it, and the value's s:N:" next.
func serialValue(src []byte, i, k int) int {
	n := len(src)
	if i < 5 || src[i-1] != '"' || src[i-2] != ':' || k+5 >= n || src[k] != '"' || src[k+1] != ';' {
		return -1
	}
	d := i - 3
	for d >= 0 && isDigit(src[d]) {
		d--
	}
	if d == i-3 || d < 1 || src[d] != ':' || src[d-1] != 's' {
		return -1
	}
	j := k + 2
	if src[j] != 's' || src[j+1] != ':' {
		return -1
	}
	j += 2
	d = j
	for j < n && isDigit(src[j]) {
		j++
	}
	if j == d || j+1 >= n || src[j] != ':' || src[j+1] != '"' {
		return -1
	}
	return j + 1
}

// phpVisibility returns the offset of the ']' that closes a dumped
// object member's key after its visibility, which src[k] (a ':') opens:
// print_r's [key:protected] and [key:Class\Name:private], var_dump's
// ["key":protected] and ["key":"Class\Name":private]. -1 when there is
// none.
func phpVisibility(src []byte, k int) int {
	n := len(src)
	p := k + 1
	if hasPrefix(src[p:], "protected]") {
		return p + len("protected")
	}
	switch {
	case p < n && src[p] == '"':
		p++
		for p < n && src[p] != '"' && src[p] != '\n' {
			p++
		}
		p++
	default:
		for p < n && (isAlnum(src[p]) || src[p] == '_' || src[p] == '\\') {
			p++
		}
	}
	if p < n && p > k+1 && src[p] == ':' && hasPrefix(src[p+1:], "private]") {
		return p + len(":private")
	}
	return -1
}
