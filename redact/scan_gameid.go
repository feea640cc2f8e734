package redact

// Game platform account ids: Valve's SteamID in its three writings (Valve
// Developer Community, "SteamID": STEAM_X:Y:Z, the bracketed [U:1:N] of
// SteamID3, the 64-bit 7656119... that the Steam Web API and profile URLs
// use) and the identifiers FiveM servers print for a player (steam:<hex>,
// license:<40 hex>, license2:, discord:<snowflake>, fivem:<n>, live:<n>).
// Each names one person's account for good, public and looked up on the
// platform's site, so it is personal as a login is, and is found by its
// shape wherever it stands (DetName): a game server's log rarely puts a
// key before it.
//
// The starts ride on login_text (letters) and national_id_digits (the
// 17 digits): the registry's start set is full.

// gameIDMay is gameIDAt's first test, written to be inlined: a SteamID2
// or SteamID3 starts with S or U, a FiveM identifier's type ends at ':'.
func gameIDMay(src []byte, i, w int) bool {
	return w < len(src) && (src[w] == ':' || src[i] == 'S' || src[i] == 'U')
}

// gameIDAt reports whether the word src[i:w] begins a SteamID2
// ("STEAM_1:0:1234567"), a SteamID3's "U" ("[U:1:2469135]") or a FiveM
// identifier's type ("steam:", "license:", "discord:", "fivem:", "live:").
// It does not allocate.
func gameIDAt(src []byte, i, w int) bool {
	_, ok := gameIDEnd(src, i, w)
	return ok
}

// scanGameID matches the id gameIDAt saw: the whole SteamID2, the
// SteamID3 inside its brackets, a FiveM identifier's value after its type.
func scanGameID(src []byte, i, w int) (hit, bool) {
	v, ok := gameIDEnd(src, i, w)
	if !ok {
		return hit{}, false
	}
	if src[i] != 'S' && src[i] != 'U' {
		i = w + 1 // the value after "steam:", "discord:"...
	}
	return hit{det: DetName, start: i, end: v}, true
}

// gameIDEnd returns the end of the id that the word src[i:w] begins.
func gameIDEnd(src []byte, i, w int) (int, bool) {
	n := len(src)
	if w >= n || i > 0 && (isAlnum(src[i-1]) || src[i-1] == '_') {
		return 0, false
	}
	switch src[i] {
	case 'S':
		// STEAM_X:Y:Z: universe 0-5, the account's low bit, the rest.
		if w-i != 5 || string(src[i:w]) != "STEAM" || w+5 > n || src[w] != '_' || src[w+1] < '0' || src[w+1] > '5' ||
			src[w+2] != ':' || src[w+3] != '0' && src[w+3] != '1' || src[w+4] != ':' {
			return 0, false
		}
		return digitsEnd(src, w+5, 1, 10)
	case 'U':
		// [U:1:N]: an individual account of the public universe.
		if w-i != 1 || i == 0 || src[i-1] != '[' || w+3 > n || src[w] != ':' || src[w+1] != '1' || src[w+2] != ':' {
			return 0, false
		}
		e, ok := digitsEnd(src, w+3, 1, 10)
		if !ok || e >= n || src[e] != ']' {
			return 0, false
		}
		return e, true
	}
	if src[w] != ':' {
		return 0, false
	}
	min := 0
	switch string(src[i:w]) {
	case "steam":
		min = 15 // the SteamID64 in hex: 11000010...
	case "license", "license2":
		min = 40
	case "discord":
		min = 17
	case "fivem", "live":
		min = 5
	default:
		return 0, false
	}
	e := w + 1
	for e < n && e-w <= 41 && (src[e] >= '0' && src[e] <= '9' || src[e] >= 'a' && src[e] <= 'f') {
		e++
	}
	if e-(w+1) < min || e < n && (isAlnum(src[e]) || src[e] == '_') {
		return 0, false
	}
	if src[i] == 'd' || src[i] == 'f' || src[i] == 'l' && src[i+1] == 'i' && src[i+2] == 'v' {
		for k := w + 1; k < e; k++ {
			if !isDigit(src[k]) {
				return 0, false // a snowflake and FiveM's numbers are decimal
			}
		}
	}
	return e, true
}

// digitsEnd returns the end of the run of min to max digits at src[k],
// when no letter or digit follows it.
func digitsEnd(src []byte, k, min, max int) (int, bool) {
	e := k
	for e < len(src) && e-k <= max && isDigit(src[e]) {
		e++
	}
	if e-k < min || e-k > max || e < len(src) && (isAlnum(src[e]) || src[e] == '_') {
		return 0, false
	}
	return e, true
}

// steam64At reports whether the 17 digits src[i:w] are a SteamID64 of an
// individual account: 76561197960265728 plus the 32-bit account number,
// so they begin 7656119, standing as a word of their own.
func steam64At(src []byte, i, w int) bool {
	return w-i == 17 && string(src[i:i+7]) == "7656119" && (i == 0 || !isAlnum(src[i-1]) && src[i-1] != '.') &&
		(w == len(src) || !isAlnum(src[w]) && src[w] != '.')
}

// playerEventWord reports whether the word src[i:w] is the verb of a game
// server's player event that follows the player's name opening a message:
// "joined the game", "left the game", "lost connection" (Minecraft's
// server log and the Bukkit-family servers that keep its messages).
func playerEventWord(src []byte, i, w int) bool {
	if i < 3 || src[i-1] != ' ' {
		return false
	}
	switch w - i {
	case 4:
		return (string(src[i:w]) == "left" && hasPrefix(src[w:], " the game") || string(src[i:w]) == "lost" && hasPrefix(src[w:], " connection")) && src[i-2] != ']'
	case 6:
		return string(src[i:w]) == "joined" && hasPrefix(src[w:], " the game") && src[i-2] != ']'
	}
	return false
}

// scanPlayerEvent matches the player's name before the verb at src[i]
// (playerEventWord) when it opens the message: the start of the text, or
// after "]: " or ": " (Minecraft's "[12:00:01] [Server thread/INFO]: ").
// The name is one word (Minecraft allows letters, digits and '_');
// a service account's stays (playerName).
func scanPlayerEvent(src []byte, i int) (hit, bool) {
	e := i - 1 // the blank before the verb
	v := e
	for v > 0 && e-v <= maxLogin && (isAlnum(src[v-1]) || src[v-1] == '_' || src[v-1] == '.' || src[v-1] == '-') {
		v--
	}
	if e-v < 2 || v > 0 && !(v >= 2 && src[v-1] == ' ' && src[v-2] == ':') {
		return hit{}, false
	}
	if l := src[v:e]; !playerName(l) || fileName(l) || hostName(l) {
		return hit{}, false
	}
	return hit{det: DetName, start: v, end: e}, true
}

// playerName reports whether v can be a player's name where the message
// says a player is meant: any handle with a letter ("xX_Juergen_Xx",
// "DarkFischer", "Juergen79"), not a system account's.
func playerName(v []byte) bool {
	letter := false
	for _, c := range v {
		letter = letter || isAlpha(c)
	}
	return letter && !systemAccount(v)
}
