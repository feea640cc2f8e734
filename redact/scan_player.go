package redact

// A player's name where a game server's record puts it beside the
// player's platform id or under the server's own words. A gamer tag is
// chosen by its player and is looked up on the platform's site: it is a
// login's kind (DetName). The record shapes:
//   - the HL Log Standard (Source and GoldSrc servers):
//     "Name<12><STEAM_1:0:1234><CT>", the name in the quotes before the
//     user id and the SteamID, and the new name after "changed name to";
//   - Rust's console: "Name[7656119...]" and "ip:port/7656119.../Name joined";
//   - Minecraft's server log: "UUID of player Name is <uuid>" (the UUID is
//     the account's, for good), "Name[/203.0.113.7:51234] logged in",
//     chat "<Name> text" after the thread's level, the operator
//     commands' feedback "Banned Name: reason", "Kicked Name: reason",
//     "Made Name a server operator";
//   - FiveM: the chat resource's "[      script:chat] Name: text",
//     "Connecting: Name (steam:..., license:...)", "Banned player Name
//     identifiers=", txAdmin's "[12] Name left (Exiting)", and a Discord
//     user id after "my discord is";
//   - Valheim: "Got character ZDOID from Name : -1234:5".
// The starts ride on login_text (words) and national_id_digits (the
// SteamID64): the registry's start set is full.

// maxPlayerName bounds a player's name: Steam allows 32 bytes of UTF-8
// and Minecraft 16 letters, digits and '_'.
const maxPlayerName = 64

// hlNameBefore returns the player's name before the SteamID at src[id]
// in the HL Log Standard's "Name<uid><STEAM_1:0:N><TEAM>" (a SteamID3's
// '[' before id): the bytes after the opening quote up to "<uid>".
func hlNameBefore(src []byte, id int) (start, end int, ok bool) {
	b := id - 1
	if b >= 0 && src[b] == '[' {
		b--
	}
	if b < 3 || src[b] != '<' || src[b-1] != '>' {
		return 0, 0, false
	}
	k := b - 2
	for k >= 0 && isDigit(src[k]) && b-k < 8 {
		k--
	}
	if k < 1 || k == b-2 || src[k] != '<' {
		return 0, 0, false
	}
	end = k
	q := end - 1
	for q >= 0 && end-q <= maxPlayerName && src[q] != '"' && src[q] >= ' ' {
		q--
	}
	if q < 0 || src[q] != '"' || q+1 == end {
		return 0, 0, false
	}
	return q + 1, end, true
}

// rustNameBefore returns the player's name before "[" and the SteamID64
// at src[id] that a ']' closes ("Name[7656119...] was killed by"), the
// name opening the line or the message after "] " or ": ".
func rustNameBefore(src []byte, id, idEnd int) (start, end int, ok bool) {
	end = id - 1
	if end < 1 || src[end] != '[' || idEnd >= len(src) || src[idEnd] != ']' {
		return 0, 0, false
	}
	k := end
	for k > 0 && end-k < maxPlayerName && src[k-1] >= ' ' && src[k-1] != '"' && src[k-1] != '[' && src[k-1] != '/' &&
		!(k >= 2 && src[k-1] == ' ' && (src[k-2] == ']' || src[k-2] == ':')) {
		k--
	}
	if k == end || k > 0 && !(k >= 2 && src[k-1] == ' ' && (src[k-2] == ']' || src[k-2] == ':')) {
		return 0, 0, false
	}
	if hasPrefix(src[k:end], "Kicking ") {
		k += len("Kicking ") // Rust's "Kicking Name[7656...] (EAC: Banned)"
	}
	if k == end {
		return 0, 0, false
	}
	return k, end, true
}

// rustNameAfter returns the name after a SteamID64 that '/' closes in
// Rust's "203.0.113.7:51234/7656119.../Name joined [windows/...]".
func rustNameAfter(src []byte, idEnd int) (start, end int, ok bool) {
	if idEnd+1 >= len(src) || src[idEnd] != '/' {
		return 0, 0, false
	}
	start = idEnd + 1
	for _, v := range [...]string{" joined [", " disconnecting: ", " has disconnected"} {
		if e := indexIn(src[start:], v, maxPlayerName); e > 0 {
			return start, start + e, true
		}
	}
	return 0, 0, false
}

// indexIn returns the index of sub in b when it begins within the first
// max bytes and no control byte or quote comes before it; -1 otherwise.
func indexIn(b []byte, sub string, max int) int {
	for k := 0; k < len(b) && k <= max; k++ {
		if b[k] == sub[0] && hasPrefix(b[k:], sub) {
			return k
		}
		if b[k] < ' ' || b[k] == '"' {
			return -1
		}
	}
	return -1
}

// playerAround returns, for the platform id h, the player's name before
// or after it when the record's shape puts one there (hlNameBefore,
// rustNameBefore, rustNameAfter, fivemNameBefore). The first detection in
// the text is returned and the others kept for the next calls.
func (s *scanner) playerAround(src []byte, h hit) hit {
	first := h
	if ns, ne, ok := hlNameBefore(src, h.start); ok {
		first = hit{det: DetName, start: ns, end: ne}
	} else if ns, ne, ok := rustNameBefore(src, h.start, h.end); ok {
		first = hit{det: DetName, start: ns, end: ne}
	} else if ns, ne, ok := fivemNameBefore(src, h.start); ok {
		first = hit{det: DetName, start: ns, end: ne}
	}
	if first.start != h.start {
		s.addPending(src, h.det, h.start, h.end)
	}
	if ns, ne, ok := rustNameAfter(src, h.end); ok {
		s.addPending(src, DetName, ns, ne)
	}
	return first
}

// playerCueWord reports whether the word src[i:w] is a cue that a
// player's name follows: Minecraft's "INFO]: <Name>" (chat, also after
// "[Not Secure] ", and the message openings of mcMessageName), "UUID of
// player Name is", "Banned Name:", "Kicked Name:", "Made Name a server
// operator"; FiveM's "script:chat] Name:", "Banned player Name
// identifiers=", txAdmin's "txAdmin] [12] Name left"; the HL Log
// Standard's "changed name to "New""; Valheim's "Got character ZDOID
// from Name :"; a Discord id or handle after "discord".
func playerCueWord(src []byte, i, w int) bool {
	if w+2 >= len(src) {
		return false
	}
	switch w - i {
	case 4:
		switch string(src[i:w]) {
		case "INFO":
			return src[w] == ']' && src[w+1] == ':' && src[w+2] == ' ' && mcThreadBefore(src, i)
		case "Made":
			return src[w] == ' ' && playerVerbOpens(src, i)
		}
	case 6:
		switch string(src[i:w]) {
		case "player":
			// Minecraft's "UUID of player Name is", FiveM's "Banned
			// player Name identifiers=[...]".
			return src[w] == ' ' && (i >= 8 && string(src[i-8:i]) == "UUID of " || i >= 7 && string(src[i-7:i]) == "Banned ")
		case "Banned", "Kicked":
			return src[w] == ' ' && playerVerbOpens(src, i)
		case "script":
			return hasPrefix(src[w:], ":chat] ")
		}
	case 9:
		// Valheim's "Got character ZDOID from Name : -1234:5".
		return string(src[i:w]) == "character" && hasPrefix(src[w:], " ZDOID from ") && i >= 4 && string(src[i-4:i]) == "Got "
	case 7:
		switch string(src[i:w]) {
		case "txAdmin":
			return src[w] == ']' || hasPrefix(src[w:], "] [")
		case "discord", "Discord":
			return snowflakeAfter(src, w) > 0 || discordHandleEnd(src, i, w) > 0
		case "changed":
			// The HL Log Standard's "Name<3><...><TEAM>" changed name
			// to "New"", a bot's too.
			return i >= 3 && src[i-1] == ' ' && src[i-2] == '"' && src[i-3] == '>' && hasPrefix(src[w:], ` name to "`)
		}
	}
	return false
}

// discordHandleEnd returns the end of the Discord handle that ends a chat
// message after "on discord " or "my discord " ("add me on discord
// DarkNowak"): the handle the last word, before the message's closing
// quote or its end; 0 when the words are other.
func discordHandleEnd(src []byte, i, w int) int {
	if i < 3 || src[w] != ' ' || string(src[i-3:i]) != "on " && string(src[i-3:i]) != "my " {
		return 0
	}
	e := handleEnd(src, w+1)
	for e > w+1 && src[e-1] == '.' {
		e-- // a full stop ends the sentence
	}
	if e == w+1 || e < len(src) && src[e] != '"' && src[e] != '.' && src[e] != '!' || !playerName(src[w+1:e]) {
		return 0
	}
	if e < len(src) && src[e] != '"' && e+1 < len(src) && src[e+1] != '"' {
		return 0
	}
	return e
}

// snowflakeAfter returns where the Discord user id (a snowflake: 17 to 20
// digits) after the word "discord" at src[:w] begins, past " is ", " id ",
// " ID " or ": " ("my discord is 146674553353264448"); 0 when none does.
func snowflakeAfter(src []byte, w int) int {
	v := w
	switch {
	case hasPrefix(src[w:], " is "), hasPrefix(src[w:], " id "), hasPrefix(src[w:], " ID "):
		v += 4
	case hasPrefix(src[w:], ": "):
		v += 2
	default:
		return 0
	}
	if _, ok := digitsEnd(src, v, 17, 20); !ok {
		return 0
	}
	return v
}

// mcThreadBefore reports whether the level at src[i] follows a Minecraft
// server's thread: "[Server thread/INFO]", "[Async Chat Thread - #7/INFO]"
// (Paper), not another program's "[main/INFO]".
func mcThreadBefore(src []byte, i int) bool {
	if i < 8 || src[i-1] != '/' {
		return false
	}
	k := i - 1
	for k > 0 && isDigit(src[k-1]) {
		k--
	}
	if k < i-1 {
		return k >= 10 && string(src[k-10:k]) == "Thread - #"
	}
	return string(src[i-7:i-1]) == "thread" && src[i-8] == ' '
}

// playerVerbOpens reports whether the word at src[i] opens a message:
// the text's start, after "] " or ": " (the log's prefix, an
// operator's "[Steve: Banned Alex: ...]"), or after '['.
func playerVerbOpens(src []byte, i int) bool {
	return i == 0 || src[i-1] == '[' || i >= 2 && src[i-1] == ' ' && (src[i-2] == ']' || src[i-2] == ':')
}

// scanPlayerCue matches the name the cue src[i:w] (playerCueWord)
// announces, and keeps a Minecraft player's UUID for the next call.
func (s *scanner) scanPlayerCue(src []byte, i, w int) (hit, bool) {
	n := len(src)
	v := w + 1
	var stop string // what must follow the name
	switch string(src[i:w]) {
	case "INFO":
		v = w + 3
		if hasPrefix(src[v:], "[Not Secure] ") {
			v += len("[Not Secure] ")
		}
		if v >= n {
			return hit{}, false
		}
		if src[v] != '<' {
			return mcMessageName(src, v)
		}
		v++
		stop = "> "
	case "player":
		stop = " is "
		if src[i-2] == 'd' {
			stop = " identifiers="
		}
	case "txAdmin":
		// txAdmin's "[        txAdmin] [12] Name left (Exiting)",
		// "joined", "dropped (reason)".
		v = w + len("] [")
		for v < n && isDigit(src[v]) {
			v++
		}
		if v+2 >= n || v == w+3 || src[v] != ']' || src[v+1] != ' ' {
			return hit{}, false
		}
		v += 2
		k := indexIn(src[v:], " left", maxPlayerName)
		for _, verb := range [...]string{" joined", " dropped"} {
			if k < 0 {
				k = indexIn(src[v:], verb, maxPlayerName)
			}
		}
		if k <= 0 {
			return hit{}, false
		}
		return hit{det: DetName, start: v, end: v + k}, true
	case "character":
		v = w + len(" ZDOID from ")
		k := indexIn(src[v:], " : ", maxPlayerName)
		if k <= 0 {
			return hit{}, false
		}
		return hit{det: DetName, start: v, end: v + k}, true
	case "changed":
		v = w + len(` name to "`)
		k := indexIn(src[v:], `"`, maxPlayerName)
		if k <= 0 {
			return hit{}, false
		}
		return hit{det: DetName, start: v, end: v + k}, true
	case "discord", "Discord":
		if e := discordHandleEnd(src, i, w); e > 0 {
			return hit{det: DetName, start: w + 1, end: e}, true
		}
		v = snowflakeAfter(src, w)
		e, _ := digitsEnd(src, v, 17, 20)
		return hit{det: DetName, start: v, end: e}, true
	case "Banned", "Kicked":
		stop = ": "
	case "Made":
		stop = " a server operator"
		if e := handleEnd(src, v); hasPrefix(src[e:], " no longer a server operator") {
			stop = " no longer"
		}
	case "script":
		v = w + len(":chat] ")
		stop = ": "
	}
	e := v
	if string(src[i:w]) == "script" {
		// FiveM's names may hold blanks: up to the first ": ".
		k := indexIn(src[v:], stop, maxPlayerName)
		if k <= 0 {
			return hit{}, false
		}
		e = v + k
	} else {
		e = handleEnd(src, v)
		if e == v || !hasPrefix(src[e:], stop) {
			return hit{}, false
		}
	}
	name := src[v:e]
	if !playerName(name) || string(src[i:w]) != "INFO" && string(src[i:w]) != "script" && (fileName(name) || hostName(name)) {
		return hit{}, false
	}
	if string(src[i:w]) == "player" {
		// Its UUID after " is ": the Mojang account's, for good.
		if u := e + len(stop); u+36 <= n && uuidText(src[u:u+36]) && (u+36 == n || !isAlnum(src[u+36])) {
			s.addPending(src, DetName, u, u+36)
		}
	}
	return hit{det: DetName, start: v, end: e}, true
}

// handleEnd returns the end of the handle at src[v]: letters, digits and
// '_', '.', '-', up to maxPlayerName bytes.
func handleEnd(src []byte, v int) int {
	e := v
	for e < len(src) && e-v < maxPlayerName && (isAlnum(src[e]) || src[e] == '_' || src[e] == '.' || src[e] == '-') {
		e++
	}
	return e
}

// mcMessageName matches the player's name that opens Minecraft's message
// at src[v] when an address follows it: "Name[/203.0.113.7:51234] logged
// in with entity id", "Disconnecting Name (/203.0.113.7:51234): reason",
// "Name (/203.0.113.7:51234) lost connection", and the GameProfile that
// older servers print for a player who has not logged in
// ("com.mojang.authlib.GameProfile@1a2b3c[id=<null>,name=Name,...]").
func mcMessageName(src []byte, v int) (hit, bool) {
	if hasPrefix(src[v:], "Disconnecting ") {
		v += len("Disconnecting ")
	}
	const profile = "com.mojang.authlib.GameProfile@"
	if hasPrefix(src[v:], profile) {
		k := indexIn(src[v:], ",name=", 80)
		if k < 0 {
			return hit{}, false
		}
		s := v + k + len(",name=")
		e := handleEnd(src, s)
		if e == s || e >= len(src) || src[e] != ',' {
			return hit{}, false
		}
		return hit{det: DetName, start: s, end: e}, true
	}
	e := handleEnd(src, v)
	if e == v || e+3 >= len(src) || !playerName(src[v:e]) {
		return hit{}, false
	}
	switch {
	case src[e] == '[' && src[e+1] == '/' && addressAt(src, e+2):
		k := indexIn(src[e:], "] logged in", 64)
		if k < 0 {
			return hit{}, false
		}
	case src[e] == ' ' && src[e+1] == '(' && src[e+2] == '/' && addressAt(src, e+3):
	default:
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// fivemNameBefore returns the player's name before the parenthesised
// list of identifiers whose first value begins at src[v] (after its type
// and ':'): FiveM's "Connecting: Name (steam:1100001..., license:...)",
// the name after the message's ": ".
func fivemNameBefore(src []byte, v int) (start, end int, ok bool) {
	t := v - 1
	if t < 1 || src[t] != ':' {
		return 0, 0, false
	}
	for t > 0 && isAlnum(src[t-1]) {
		t--
	}
	if t < 4 || src[t-1] != '(' || src[t-2] != ' ' {
		return 0, 0, false
	}
	end = t - 2
	k := end
	for k > 1 && end-k < maxPlayerName && src[k-1] >= ' ' && !(src[k-1] == ' ' && src[k-2] == ':') {
		k--
	}
	if k == end || k < 2 || src[k-1] != ' ' || src[k-2] != ':' {
		return 0, 0, false
	}
	return k, end, true
}
