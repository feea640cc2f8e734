package redact

import "strings"

// Names whose shape the given-name-then-surname rule of scanTextName does
// not fit, after the same cue words:
//
//   - the family name first: Vietnamese, Korean, Chinese and Japanese
//     names as their owners write them ("user Nguyễn Văn An", "assigned
//     to Kim Min-jun", "Tanaka Hiroshi"): a frequent family name
//     (familyFirst) and one or two capitalised words after it;
//   - particles between the given name and the surname: "Jan van der
//     Berg", "Sanne de Vries", "Ahmed bin Saleh", "Khalid al-Rashid",
//     "Mohammed Al Mansouri", "Ciarán Ó Súilleabháin";
//   - a second surname (Spanish and Portuguese: "María José García
//     López") or a family name after a middle name that no list knows
//     ("Venkata Ramana Reddy"), from a list of frequent surnames
//     (trailingSurnames), which also names a person whose given name no
//     list knows ("Gurpreet Singh");
//   - names in upper case after a person's cue (a card's holder, a
//     passenger, a guest): "holder JOHN SMITH", "guest MUELLER, ANNA";
//   - names in their own script after a person's cue: Cyrillic
//     (capitalised words), Arabic (two or more words), Chinese and
//     Japanese (a run of two to five characters), Korean (two to four
//     syllables): "created by 李娜", "user Иван Петров".
//
// A word after the name that names a place or a company (surnameStop:
// "Ho Chi Minh City", "Kim Lee Street") makes it no person's.

// familyFirst are frequent family names of the cultures that write them
// first, in the spellings logs carry them (with and without diacritics).
// Family names that are also English or French words (He, Do, Ho, Le, Ma,
// Oh, So) are left out.
var familyFirst = wordSet(`
	Nguyễn Nguyen Trần Tran Lê Phạm Pham Hoàng Hoang Huỳnh Huynh Phan Vũ Võ Đặng Dang Bùi Bui Đỗ Hồ
	Ngô Ngo Dương Duong Lý
	Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Kwon Hwang Seo
	Wang Zhang Li Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo Gao Liang Zheng Xie
	Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki
	Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Saito Mori
`)

// trailingSurnames are frequent surnames that end a name after a given and
// a middle name or a first surname, or follow a given name no list knows.
var trailingSurnames = wordSet(`
	López Lopez Sánchez Sanchez Martínez Martinez Rodríguez Rodriguez González Gonzalez Hernández
	Hernandez Pérez Perez Fernández Fernandez Gómez Gomez Díaz Diaz Ruiz Torres Ramírez Ramirez Flores
	Silva Santos Costa Pereira Oliveira Ferreira
	Singh Kaur Reddy Iyer Iyengar Kumar Sharma Gupta Rao Nair Menon Pillai Das Patil Joshi Mehta Shah
	Okafor Okonkwo Eze Adeyemi Ogunleye Adebayo Bello Abubakar Ibrahim Musa Okeke Nwosu Balogun Olawale
	Yılmaz Yilmaz Öztürk Ozturk Şahin Sahin Kaya Demir Çelik Celik Aydın Aydin Arslan Doğan Dogan Koç
	Dvořák Dvorak Černá Černý Novák Nováková Svoboda Procházka Novotný Kučera Veselý Horák
	Nowak Kowalski Kowalska Wiśniewski Wiśniewska Dąbrowski Dąbrowska Wójcik Lewandowski Kamiński Zieliński
	Szymański Woźniak Kozłowski
	McCarthy Murphy Kelly Walsh Byrne Ryan
`)

func wordSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(s) {
		m[w] = struct{}{}
	}
	return m
}

func inSet(m map[string]struct{}, w []byte) bool {
	_, ok := m[string(w)]
	return ok
}

// particleEnd returns the end of the particles (one or two) and the blank
// after them at src[p], or p: van, van der, de, von, bin, al, Al, Abu,
// Abdel, Ó...
func particleEnd(src []byte, p int) int {
	q := p
	for n := 0; n < 2; n++ {
		e := q
		for e < len(src) && e-q < 6 && (isAlpha(src[e]) || src[e] >= 0x80) {
			e++
		}
		if e+1 >= len(src) || src[e] != ' ' || !particle(src[q:e]) {
			break
		}
		q = e + 1
	}
	return q
}

func particle(w []byte) bool {
	switch string(w) {
	case "van", "der", "den", "von", "de", "la", "del", "da", "dos", "das", "di", "du", "le", "ter", "ten",
		"bin", "bint", "ibn", "al", "el", "Al", "El", "Abu", "Abdel", "Abd", "Ben", "Bin", "Ó", "Ní", "Nic", "Mac", "Van", "Von":
		return true
	}
	return false
}

// surnameAt returns the end of a surname at src[p]: a capitalised word
// (titleWord), or one behind a lower-case article and a hyphen
// (al-Rashid, el-Masri), or behind an elided capital and an apostrophe
// (O'Brien, D'Angelo, L'Estrange; ’ as typesetting writes it), or p.
func surnameAt(src []byte, p int) int {
	if p+3 < len(src) && (src[p] == 'O' || src[p] == 'D' || src[p] == 'L') {
		q := p + 1
		switch {
		case src[q] == '\'':
			q++
		case q+3 < len(src) && src[q] == 0xe2 && src[q+1] == 0x80 && src[q+2] == 0x99:
			q += 3
		}
		if q > p+1 && q < len(src) && isUpper(src[q]) {
			if e := titleWordU(src, q); e > q {
				return e
			}
		}
	}
	if p+4 < len(src) && (src[p] == 'a' || src[p] == 'e') && src[p+1] == 'l' && src[p+2] == '-' && isUpper(src[p+3]) {
		if e := titleWord(src, p+3); e > p+3 {
			return e
		}
		return p
	}
	return titleWordU(src, p)
}

// scanFamilyFirst matches a name whose family name (familyFirst) is the
// word src[i:first], followed by one or two capitalised words.
func scanFamilyFirst(src []byte, i, first int) (hit, bool) {
	if first+2 >= len(src) || src[first] != ' ' || !inSet(familyFirst, src[i:first]) {
		return hit{}, false
	}
	end := titleWordU(src, first+1)
	if end == first+1 || surnameStop(src[first+1:end]) {
		return hit{}, false
	}
	if end+2 < len(src) && src[end] == ' ' {
		if e2 := titleWordU(src, end+1); e2 > end+1 {
			if surnameStop(src[end+1 : e2]) {
				return hit{}, false // Ho Chi Minh City
			}
			end = e2 // Nguyễn Văn An
		}
	}
	if placeAfter(src, end) {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: end}, true
}

// placeAfter reports whether a word of surnameStop follows the name that
// ends at src[end]: the words were a place's or a company's.
func placeAfter(src []byte, end int) bool {
	if end+2 >= len(src) || src[end] != ' ' {
		return false
	}
	e := titleWord(src, end+1)
	return e > end+1 && surnameStop(src[end+1:e])
}

// capsWordEnd returns the end of a word of two or more upper-case letters
// (A-Z, or a UTF-8 letter after the first) at src[k], or k.
func capsWordEnd(src []byte, k int) int {
	if k >= len(src) || !isUpper(src[k]) {
		return k
	}
	e := k + 1
	for e < len(src) && (isUpper(src[e]) || src[e] >= 0x80 && utf8Letter(src[e]) || src[e] == '\'' && e+1 < len(src) && isUpper(src[e+1]) || src[e] == '-' && e+1 < len(src) && isUpper(src[e+1])) {
		e++
	}
	if e-k < 2 || e < len(src) && (isAlnum(src[e]) || src[e] == '_' || src[e] == '@' || src[e] == '/' || src[e] == '.' && e+1 < len(src) && isAlnum(src[e+1])) {
		return k
	}
	return e
}

// scanCapsName matches two or three upper-case words after a person's cue
// at src[i] ("holder JOHN SMITH"), or a family name, a comma and a given
// name as front desks and airlines write them ("guest MUELLER, ANNA").
func scanCapsName(src []byte, i int) (hit, bool) {
	first := capsWordEnd(src, i)
	if first == i || first+2 >= len(src) {
		return hit{}, false
	}
	k := first + 1
	if src[first] == ',' && src[k] == ' ' {
		k++ // MUELLER, ANNA
	} else if src[first] != ' ' {
		return hit{}, false
	}
	end := capsWordEnd(src, k)
	if end == k || capsStop(src[i:first]) || capsStop(src[k:end]) {
		return hit{}, false
	}
	if src[first] == ' ' && end+2 < len(src) && src[end] == ' ' {
		if e3 := capsWordEnd(src, end+1); e3 > end+1 && !capsStop(src[end+1:e3]) && (e3 == len(src) || !isAlpha(src[e3])) {
			end = e3 // MARIA JOSE GARCIA
		}
	}
	return hit{det: DetName, start: i, end: end}, true
}

// capsStop reports whether w, an upper-case word, is a log's word rather
// than a name's: a level, a status, a method, an acronym of a protocol.
func capsStop(w []byte) bool {
	switch string(w) {
	case "OK", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "FAILED", "DENIED", "SUCCESS",
		"GET", "POST", "PUT", "DELETE", "HTTP", "HTTPS", "TCP", "UDP", "IP", "ID", "API", "SSH", "VPN", "DNS",
		"NULL", "NONE", "NAME", "USER", "TEST", "ADMIN", "ROOT", "AND", "OR", "NOT", "THE", "FOR", "TO", "BY",
		"IN", "ON", "AT", "OF", "MR", "MRS", "MS", "DR", "ACTIVE", "PENDING", "UNKNOWN", "VIP":
		return true
	}
	return false
}

// Scripts of names written in their own letters, by the lead byte of
// their UTF-8 sequences.
const (
	scriptNone  = iota
	scriptLatin // a capital with a diacritic, read as titleWordU reads it
	scriptCyrillic
	scriptArabic
	scriptCJK
	scriptHangul
)

func scriptOf(c byte) int {
	switch {
	case 0xc3 <= c && c <= 0xc5:
		return scriptLatin
	case c == 0xd0 || c == 0xd1:
		return scriptCyrillic
	case 0xd8 <= c && c <= 0xdb:
		return scriptArabic
	case 0xe3 <= c && c <= 0xe9:
		return scriptCJK
	case 0xea <= c && c <= 0xed:
		return scriptHangul
	}
	return scriptNone
}

// scriptNameLead reports whether c may begin a name in its own script.
func scriptNameLead(c byte) bool { return scriptOf(c) != scriptNone }

// scriptRunEnd returns the end of the run of characters of script sc at
// src[k] and how many there are.
func scriptRunEnd(src []byte, k, sc int) (int, int) {
	n := 0
	for k < len(src) && scriptOf(src[k]) == sc {
		k++
		for k < len(src) && src[k]&0xc0 == 0x80 {
			k++
		}
		n++
	}
	return k, n
}

// scanScriptName matches a name in its own script at src[i], after a
// person's cue.
func scanScriptName(src []byte, i int) (hit, bool) {
	sc := scriptOf(src[i])
	end, n := scriptRunEnd(src, i, sc)
	switch sc {
	case scriptCyrillic:
		// Capitalised words (А-Я and Ё, Є, І, Ї): two or three.
		words := 0
		e := i
		for k := i; words < 3 && k+1 < len(src) && src[k] == 0xd0 && (0x80 <= src[k+1] && src[k+1] <= 0xaf); {
			r, m := scriptRunEnd(src, k, sc)
			if m < 2 {
				break
			}
			words++
			e = r
			if r+2 >= len(src) || src[r] != ' ' {
				break
			}
			k = r + 1
		}
		if words < 2 {
			return hit{}, false
		}
		end = e
	case scriptArabic:
		words := 1
		for words < 4 && end+2 < len(src) && src[end] == ' ' && scriptOf(src[end+1]) == sc {
			end, _ = scriptRunEnd(src, end+1, sc)
			words++
		}
		if n < 2 || words < 2 {
			return hit{}, false
		}
	case scriptCJK, scriptHangul:
		if n < 2 || n > 5 || sc == scriptHangul && n > 4 {
			return hit{}, false
		}
		if end+2 < len(src) && src[end] == ' ' && scriptOf(src[end+1]) == sc {
			if e2, m := scriptRunEnd(src, end+1, sc); m <= 4 {
				end = e2 // 山田 花子
			}
		}
	}
	if end < len(src) && (isAlnum(src[end]) || src[end] >= 0x80 && scriptOf(src[end]) == scriptNone && utf8Letter(src[end])) {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: end}, true
}

// A passenger's name as airlines write it (IATA's SURNAME/GIVEN TITLE
// form, upper case, no blanks in the surname): in a bar-coded boarding
// pass after its format code and leg count (Resolution 792:
// "M1SMITH/JOHN MR       EABC123 ..."), in a reservation's numbered name
// elements ("1.SMITH/JOHN MR  2.SMITH/ANNA MRS"), between the carets of a
// card's track 1 (ISO/IEC 7813: ^SMITH/JOHN^), or wherever a title
// follows it. The word before '/' is at src[i:w].
func scanPaxName(src []byte, i, w int) (hit, bool) {
	s, bcbp := i, false
	if src[i] == 'M' && w-i > 3 && '1' <= src[i+1] && src[i+1] <= '4' && (i == 0 || !isAlnum(src[i-1])) {
		s, bcbp = i+2, true
	}
	if w-s < 2 || w+2 >= len(src) {
		return hit{}, false
	}
	for k := s; k < w; k++ {
		if !isUpper(src[k]) {
			return hit{}, false
		}
	}
	element := i >= 2 && src[i-1] == '.' && isDigit(src[i-2]) && (i == 2 || !isAlnum(src[i-3]))
	track := i >= 1 && src[i-1] == '^'
	end := w + 1
	for end < len(src) && isUpper(src[end]) {
		end++
	}
	if end == w+1 || end < len(src) && isAlnum(src[end]) && !bcbp {
		return hit{}, false
	}
	titled := false
	for end+1 < len(src) && src[end] == ' ' && isUpper(src[end+1]) {
		e := end + 1
		for e < len(src) && isUpper(src[e]) {
			e++
		}
		if e < len(src) && isAlnum(src[e]) {
			break // the boarding pass's next item: MRE995VCM
		}
		if paxTitle(src[end+1 : e]) {
			// A title alone marks a name of some length: TCP/IP MR is
			// none.
			titled = w-s >= 3 && end-w > 3
			break
		}
		end = e // MARIA JOSE
	}
	if bcbp && end > s+20 {
		end = s + 20 // the name's field is 20 characters wide
	}
	if !bcbp && !element && !titled && !(track && end < len(src) && src[end] == '^') {
		return hit{}, false
	}
	return hit{det: DetName, start: s, end: end}, true
}

// paxNameMay reports, cheaply, whether the word src[i:w] may be a
// passenger's surname before '/' and a given name in capitals (not
// HTTP/1.1, not TCP/ip).
func paxNameMay(src []byte, i, w int) bool {
	return w+1 < len(src) && src[w] == '/' && isUpper(src[w+1]) && isUpper(src[i]) && isUpper(src[w-1])
}

// paxTitle reports whether w is a title airlines write after a
// passenger's given name.
func paxTitle(w []byte) bool {
	switch string(w) {
	case "MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "CHD", "INF":
		return true
	}
	return false
}

// latinCapital reports whether a capital letter of the Latin-1 Supplement
// or Latin Extended-A blocks begins at src[k] (À-Þ, Ā-Ž: Č, Ş, Đ, Ł, Ö, Ž):
// the upper case one of a pair, which in Latin Extended-A has an even
// code point (with the exceptions of ı, ĸ and Ĺ-ň left to the lower case).
func latinCapital(src []byte, k int) bool {
	if k+1 >= len(src) {
		return false
	}
	c, d := src[k], src[k+1]
	switch c {
	case 0xc3:
		return 0x80 <= d && d <= 0x9e && d != 0x97
	case 0xc4:
		return 0x80 <= d && d <= 0xb7 && d&1 == 0 || 0xb9 <= d && d <= 0xbf && d&1 == 1
	case 0xc5: // Ź Ż Ž (U+0179, U+017B, U+017D) are odd again
		return 0x80 <= d && d <= 0x88 && d&1 == 1 || 0x8a <= d && d <= 0xb8 && d&1 == 0 || 0xb9 <= d && d <= 0xbd && d&1 == 1
	}
	return false
}

// titleWordU is titleWord for a word that may begin with a Latin capital
// outside ASCII (Černá, Şahin, Öztürk, Đặng).
func titleWordU(src []byte, i int) int {
	if i < len(src) && src[i] >= 0x80 {
		if !latinCapital(src, i) || i+2 >= len(src) || !(isAlpha(src[i+2]) && !isUpper(src[i+2]) || utf8Letter(src[i+2])) {
			return i
		}
		// Read the rest as titleWord reads a word after its capital.
		e := i + 2
		for e < len(src) && ('a' <= src[e] && src[e] <= 'z' || utf8Letter(src[e])) {
			e++
		}
		if e < len(src) && (isAlnum(src[e]) || src[e] == '_' || src[e] == '@' || src[e] == '/') {
			return i
		}
		return e
	}
	return titleWord(src, i)
}
