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
// Both are masked as the keyed advertising id is, a secret.

// apnsDeviceValue reports whether v, the whole value of key, is an APNs
// device token under "device".
func apnsDeviceValue(key, v []byte) bool {
	return len(v) == 64 && len(key) == 6 && foldEq(key, "device") && allHex(v)
}

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
