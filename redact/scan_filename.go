package redact

import "bytes"

// A person's name in a file's name: the uploads, scans and exports that
// applications log by name. invoice_Jane_Doe_2026.pdf, CV-Jane-Doe.docx,
// Scan_Max_Mustermann.pdf: two capitalised words joined by '_' or '-'
// inside a name that ends in a document's extension, the first a common
// given name or after a word that says what kind of document the file is
// (CV, invoice, scan, contract...). Release_Notes_2026.pdf,
// Quarterly_Report.xlsx and Meeting_Minutes.docx stay: neither cue is
// there. (An e-mail address as a file name, jane.doe@example.com.csv, is
// the e-mail detector's.)
//
// The login_net start (registry.go) runs it at the first name, a
// capitalised word before '_' or '-'.

// fileOwnerAt reports, cheaply, whether the word src[i:w] may be a first
// name in a file's name: capitalised, joined by '_' or '-' to another
// capitalised word, and at the start of the name or after '_' or '-'.
func fileOwnerAt(src []byte, i, w int) bool {
	if w+2 >= len(src) || !isUpper(src[i]) || w-i < 2 || src[w] != '_' && src[w] != '-' || !isUpper(src[w+1]) {
		return false
	}
	return i == 0 || src[i-1] == '_' || src[i-1] == '-' || !isFileByte(src[i-1])
}

// isFileByte reports whether c may be part of a file's name as logs write
// it without quotes.
func isFileByte(c byte) bool {
	return isAlnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80
}

// scanFileOwner matches "First_Last" in a document's file name.
func scanFileOwner(src []byte, i, w int) (hit, bool) {
	if !fileOwnerAt(src, i, w) {
		return hit{}, false
	}
	// The surname: a capitalised word of letters (OBrien, McDonald,
	// O'Brien: a capital or an apostrophe inside, lower case mostly),
	// then '_', '-' or the extension's '.'.
	s := w + 1
	e, lowers := s+1, 0
	for e < len(src) && (isAlpha(src[e]) || src[e] >= 0x80 || src[e] == '\'') {
		if src[e] >= 'a' && src[e] <= 'z' || src[e] >= 0x80 {
			lowers++
		}
		e++
	}
	if lowers < 2 || e >= len(src) || src[e] != '_' && src[e] != '-' && src[e] != '.' {
		return hit{}, false
	}
	if !docFileName(src, i, e) || commonFileWord(src[i:w]) || commonFileWord(src[s:e]) {
		return hit{}, false
	}
	if !givenName(src[i:w]) && !docKindBefore(src, i) {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// docFileName reports whether the file name around src[i:e] ends in a
// document's or an image's extension.
func docFileName(src []byte, i, e int) bool {
	k := e
	for k < len(src) && k-e < 80 && isFileByte(src[k]) {
		k++
	}
	d := k - 1
	for d > e && src[d] != '.' {
		d--
	}
	if src[d] != '.' || k-d-1 < 2 || k-d-1 > 4 {
		return false
	}
	var b [4]byte
	for x, c := range src[d+1 : k] {
		b[x] = lower(c)
	}
	switch string(b[:k-d-1]) {
	case "pdf", "doc", "docx", "odt", "rtf", "txt", "csv", "xls", "xlsx", "ods", "jpg", "jpeg", "png", "heic",
		"tif", "tiff", "zip", "eml", "msg", "pages", "vcf":
		return true
	}
	return false
}

// docKindBefore reports whether the word before src[i] (joined by '_',
// '-' or a blank) says what kind of personal document the file is.
func docKindBefore(src []byte, i int) bool {
	if i < 3 || src[i-1] != '_' && src[i-1] != '-' && src[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isAlpha(src[k-1]) {
		k--
	}
	var b [12]byte
	word := src[k : i-1]
	if len(word) > len(b) {
		return false
	}
	for x, c := range word {
		b[x] = lower(c)
	}
	switch string(b[:len(word)]) {
	case "cv", "resume", "lebenslauf", "invoice", "rechnung", "facture", "receipt", "scan", "contract", "vertrag",
		"payslip", "passport", "id", "ausweis", "letter", "offer", "application", "bewerbung", "certificate",
		"statement", "photo", "portrait", "signed", "nda", "employee", "candidate", "customer", "patient", "tenant":
		return true
	}
	return false
}

// commonFileWord reports whether w, a capitalised word of a file's name,
// is a word file names use for what they are rather than whose.
func commonFileWord(w []byte) bool {
	switch string(w) {
	case "Release", "Notes", "Report", "Quarterly", "Annual", "Monthly", "Weekly", "Daily", "Final", "Draft",
		"Copy", "Template", "Version", "Summary", "Meeting", "Minutes", "Budget", "Plan", "Project", "Privacy",
		"Policy", "Terms", "Invoice", "Scan", "Signed", "New", "Old", "Updated", "Backup", "Export", "Import",
		"Data", "Sales", "Team", "Q1", "Q2", "Q3", "Q4", "January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday", "Sunday", "Cover", "Letter", "Page", "Part", "Chapter", "Front", "Back":
		return true
	}
	return false
}

// A file's name with blanks between its words, as office suites and
// phones name documents: "Lebenslauf Max Mustermann.docx", "Invoice Jane
// Doe 2026.pdf" (in SharePoint's and Drive's audit events, in quoted upload
// paths, percent-encoded in URLs). The same two cues as above, with a
// blank for the '_': a common given name or a document kind before it,
// and a document's extension ending the name a few words on.

// fileOwnerSpacedAt reports, cheaply, whether the capitalised word at
// src[i] may be a first name in a file's name with blanks: letters, a
// blank, a capital, a cue (a given name, or a document kind before it),
// and a '.' a little further on.
func fileOwnerSpacedAt(src []byte, i int) bool {
	n := len(src)
	w := i + 1
	for w < n && (isAlpha(src[w]) || utf8Letter(src[w])) { // Chloé, Jürgen
		w++
	}
	if w-i < 2 || w+2 >= n || src[w] != ' ' || !isUpper(src[w+1]) || i > 0 && (isAlnum(src[i-1]) || src[i-1] >= 0x80) {
		return false
	}
	if !givenName(src[i:w]) && !docKindBefore(src, i) {
		return false
	}
	return bytes.IndexByte(src[w:min(n, w+maxSpacedFile)], '.') >= 0
}

// maxSpacedFile bounds how far after its first name a spaced file name's
// extension is looked for.
const maxSpacedFile = 64

// scanFileOwnerSpaced matches "First Last" (and "First Middle Last"
// before the extension) in a document's file name with blanks.
func scanFileOwnerSpaced(src []byte, i int) (hit, bool) {
	if !fileOwnerSpacedAt(src, i) {
		return hit{}, false
	}
	w := i + 1
	for isAlpha(src[w]) || utf8Letter(src[w]) {
		w++
	}
	e := surnameEnd(src, w+1)
	if e < 0 || commonFileWord(src[i:w]) || commonFileWord(src[w+1:e]) {
		return hit{}, false
	}
	if e+2 < len(src) && src[e] == ' ' && isUpper(src[e+1]) {
		// A middle name: the third word ends the name at the extension.
		if e3 := surnameEnd(src, e+1); e3 > 0 && e3 < len(src) && src[e3] == '.' && !commonFileWord(src[e+1:e3]) {
			e = e3
		}
	}
	if !spacedDocName(src, e) {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// surnameEnd returns the end of the capitalised word at src[s] when it
// reads as a surname in a file's name (letters, lower case mostly, an
// apostrophe inside) and a blank, '_', '-' or '.' follows it; -1 if not.
func surnameEnd(src []byte, s int) int {
	e, lowers := s+1, 0
	for e < len(src) && (isAlpha(src[e]) || src[e] >= 0x80 || src[e] == '\'') {
		if src[e] >= 'a' && src[e] <= 'z' || src[e] >= 0x80 {
			lowers++
		}
		e++
	}
	if lowers < 2 || e >= len(src) || src[e] != ' ' && src[e] != '_' && src[e] != '-' && src[e] != '.' {
		return -1
	}
	return e
}

// spacedDocName reports whether the words from src[e] on end, within
// maxSpacedFile bytes, in a document's extension that closes the name
// (docFileName's list): "Mustermann.pdf", "Doe 2026.pdf", "Doe (1).docx".
func spacedDocName(src []byte, e int) bool {
	end := min(len(src), e+maxSpacedFile)
	for k := e; k < end; k++ {
		c := src[k]
		switch {
		case c == '.':
			x := k + 1
			for x < len(src) && isAlnum(src[x]) {
				x++
			}
			if x-k-1 >= 2 && x-k-1 <= 4 && (x == len(src) || !isFileByte(src[x])) {
				return docFileName(src, k, k)
			}
		case isFileByte(c), c == ' ', c == '(', c == ')':
		default:
			return false
		}
	}
	return false
}
