package textfmt

import "bytes"

// Zeek's ASCII logs (Zeek documentation, "Zeek Log Formats and
// Inspection") are the W3C layout with Zeek's own directives: a header of
// "#separator \x09", "#set_separator\t,", "#empty_field\t(empty)",
// "#unset_field\t-", "#path\tconn", "#open\t...", "#fields\t..." and
// "#types\t..." lines, tab-separated entries, and "#close\t..." when the
// file rotates. #fields names the columns as W3C's #Fields: does (ts, uid,
// id.orig_h, username, host_name, client_subject...), so a W3C Parser
// reads Zeek's logs with no other change: entries hold a tab, so they are
// split on tabs without quoting; Zeek writes a tab inside a value as
// "\x09". Only the default separator (a tab) is recognised.

const (
	zeekFieldsDirective = "#fields\t"
	zeekSeparatorTab    = `#separator \x09`
)

// isZeekHeader reports whether rec opens or names the columns of a Zeek
// ASCII log: "#separator \x09" or "#fields" and a tab.
//
// It does not allocate.
func isZeekHeader(rec []byte) bool {
	return bytes.HasPrefix(rec, []byte(zeekFieldsDirective)) || bytes.HasPrefix(rec, []byte(zeekSeparatorTab))
}

// fieldsList returns the names part of a column-naming directive: after
// W3C's "#Fields:" or Zeek's "#fields" and its tab. ok is false for any
// other line.
func fieldsList(rec []byte) (names []byte, ok bool) {
	switch {
	case bytes.HasPrefix(rec, []byte(fieldsDirective)):
		return rec[len(fieldsDirective):], true
	case bytes.HasPrefix(rec, []byte(zeekFieldsDirective)):
		return rec[len(zeekFieldsDirective):], true
	}
	return nil, false
}
