package redact

// idKey reports whether a JSON member's key names an identifier: its last
// word is "id" (id, flow_id, tx_id, event_id, flowId, parent-id). A JSON
// number under such a key is a 64-bit id (Suricata's flow_id, snowflake
// ids), never a payment card, even when its digits pass Luhn after an
// issuer's prefix, as one 16-digit id in a few dozen does. A card number
// is written as a string, under a key that names a card.
//
// It does not allocate.
func idKey(key []byte) bool {
	key = keyName(key)
	n := len(key)
	switch {
	case n < 2:
		return false
	case n == 2:
		return lower(key[0]) == 'i' && lower(key[1]) == 'd'
	}
	last := key[n-2:]
	switch {
	case last[0] == 'I' && last[1] == 'd' && 'a' <= key[n-3] && key[n-3] <= 'z': // flowId
		return true
	case lower(last[0]) == 'i' && lower(last[1]) == 'd':
		c := key[n-3]
		return c == '_' || c == '-' || c == '.'
	}
	return false
}
