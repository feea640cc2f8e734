package redact

// The mailbox a voicemail spool path names. Asterisk's app_voicemail keeps
// each box's messages under its context and number,
// /var/spool/asterisk/voicemail/default/2001/INBOX/msg0000.txt, and
// FreeSWITCH's mod_voicemail under its profile, domain and user,
// /var/lib/freeswitch/storage/voicemail/default/pbx.example.com/2001/.
// Logs name these paths when a message is recorded, played or shipped
// (Filebeat's log.file.path): the box is an extension's number.
//
// The dial_string start (registry.go) runs this at "voicemail"
// between two '/'.

// voicemailRootAt reports, cheaply, whether the word src[i:w] is a
// voicemail spool root: "voicemail" between two '/'.
func voicemailRootAt(src []byte, i, w int) bool {
	return i > 0 && src[i-1] == '/' && w-i == 9 && w+1 < len(src) && src[w] == '/' && foldEq(src[i:w], "voicemail")
}

// scanVoicemailBox matches the mailbox number after a voicemail root: the
// first segment of 2 to 15 digits after one or two that name a context, a
// profile or a domain (letters, digits, '.', '-', '_'; not digits alone).
func scanVoicemailBox(src []byte, i, w int) (hit, bool) {
	if !voicemailRootAt(src, i, w) {
		return hit{}, false
	}
	j := w + 1
	for seg := 0; seg < 3; seg++ {
		e := j
		for e < len(src) && isDigit(src[e]) {
			e++
		}
		if e-j >= 2 && e-j <= 15 && (e == len(src) || src[e] == '/' || src[e] == '"' || src[e] == ' ') {
			if seg == 0 {
				return hit{}, false // /voicemail/2026/: no context before it
			}
			return hit{det: DetPhone, start: j, end: e}, true
		}
		for e < len(src) && e-j < 64 && (isAlnum(src[e]) || src[e] == '.' || src[e] == '-' || src[e] == '_') {
			e++
		}
		if e == j || e >= len(src) || src[e] != '/' {
			break
		}
		j = e + 1
	}
	return hit{}, false
}
