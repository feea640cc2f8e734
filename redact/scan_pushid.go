package redact

// A device's identities under keys whose name alone does not say so, read
// with the value's shape:
//
//   - an APNs device token (64 hex digits) under "device", as node-apn's
//     results name it ({"sent":[{"device":"…"}],"failed":[{"device":"…",
//     "status":"410",…}]}) and as util.inspect prints them (device: '…'):
//     the address of one app on one device, as under device_token;
//   - iOS's identifierForVendor under a vendor key: vendor_id,
//     vendorIdentifier, identifierForVendor, or a namespaced "vendor"
//     (Airship's identifiers: "com.urbanairship.vendor"), when the value
//     is a UUID as NSUUID's UUIDString writes it, in upper case. A
//     supplier's vendor id (a number, a code, a lower-case UUID of a
//     procurement system) stays.
//
//   - a push token under a device's id key (device_id, deviceId), as
//     Customer.io's push recipients name it: an APNs token (64 hex
//     digits) or an FCM registration token (below); a device id of
//     another shape (a UUID an app made up) stays;
//   - an FCM registration token under any key: an instance id of base64url
//     characters, ':' and "APA91b" with more than a hundred base64url
//     characters after it, the address of one app on one device whatever
//     the field is called.
//
// All are masked as the keyed advertising id is, a secret.

// apnsDeviceValue reports whether v, the whole value of key, is an APNs
// device token under "device".
func apnsDeviceValue(key, v []byte) bool {
	return len(v) == 64 && (len(key) == 6 && foldEq(key, "device") || deviceIDKey(key)) && allHex(v)
}

// deviceIDKey reports whether key is a device's id: device_id, deviceId.
func deviceIDKey(key []byte) bool {
	return len(key) == 9 && foldEq(key, "device_id") || len(key) == 8 && foldEq(key, "deviceid")
}

// fcmMinBody is the fewest base64url characters an FCM registration token
// has after "APA91b" (tokens run to 140 and more).
const fcmMinBody = 100

// fcmTokenValue reports whether v, a whole value, is an FCM registration
// token: 11 to 64 base64url characters, ":APA91b", and at least
// fcmMinBody base64url characters. It does not allocate.
func fcmTokenValue(v []byte) bool {
	if len(v) < 11+7+fcmMinBody {
		return false
	}
	c := 0
	for c < len(v) && c <= 64 && b64urlByte(v[c]) {
		c++
	}
	if c < 11 || c > 64 || len(v)-c < 7+fcmMinBody || string(v[c:c+7]) != ":APA91b" {
		return false
	}
	for _, b := range v[c+7:] {
		if !b64urlByte(b) {
			return false
		}
	}
	return true
}

// b64urlByte reports whether c is in base64url's alphabet (RFC 4648 5).
func b64urlByte(c byte) bool { return isAlnum(c) || c == '-' || c == '_' }

// vendorIDValue reports whether v, the whole value of key, is iOS's
// identifierForVendor under a vendor key.
func vendorIDValue(key, v []byte) bool {
	if len(v) != 36 || !uuidText(v) {
		return false
	}
	for _, c := range v {
		if c >= 'a' && c <= 'f' {
			return false // UUIDString is upper case
		}
	}
	key = keyName(key)
	if d := lastIndexByte(key, '.'); d > 0 && d+7 == len(key) && foldEq(key[d+1:], "vendor") {
		return true // com.urbanairship.vendor
	}
	switch len(key) {
	case 8:
		return foldEq(key, "vendorid")
	case 9:
		return foldEq(key, "vendor_id")
	case 16:
		return foldEq(key, "vendoridentifier")
	case 17:
		return foldEq(key, "vendor_identifier")
	case 19:
		return foldEq(key, "identifierforvendor")
	case 21:
		return foldEq(key, "identifier_for_vendor")
	}
	return false
}
