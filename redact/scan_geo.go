package redact

// Geographic coordinates under their keys (DetGeo). A device's latitude
// and longitude to a few decimals place a person at home or at work: the
// GDPR names location data among personal data, and the captcha
// service's policy in the seeds keeps only a city and a country. A
// coordinate with two decimals or more (about a kilometre) under a key
// that names one is masked; one with fewer, a city's or a region's, is
// what a geolocation database derives from an address truncated to /24,
// and stays.
//
// Keys: lat, latitude, lng, lon, long, longitude, and compounds ending in
// them (geo_lat, gpsLatitude, device_longitude, locationLng); a pair under
// latlng, lat_lng, coordinates, coords, gps, geo, geolocation or location
// when written "52.520008,13.404954". "long" names a coordinate
// only with a number of that shape ("long": true and a long's byte count
// have no decimals).

var (
	// geoKeys name one coordinate, or a pair written "lat,lon".
	geoKeys = []string{
		"lat", "latitude", "lng", "lon", "long", "longitude",
		"latlng", "lat_lng", "latlon", "lat_lon", "lat_long", "coordinates", "coords", "coordinate",
		"gps", "geo", "geolocation", "geo_location", "gps_location", "location", "loc",
	}
	// geoSuffixes end compound names of one coordinate.
	geoSuffixes = []string{"_lat", "_lng", "_lon", "_long", "latitude", "longitude"}
	// geoCamelSuffixes end camelCase names of one: userLat, pickupLng.
	geoCamelSuffixes = []string{"Lat", "Lng", "Lon"}
)

// geoKey reports whether key is a compound name of one coordinate
// (geoSuffixes, geoCamelSuffixes); the exact names are in the key table.
// "_lat" and "Lat" also end names of latencies (Ceph's commit_lat,
// p99_lat, avgLat): not after a statistic's or an operation's word.
func geoKey(key []byte) bool {
	for _, suf := range geoSuffixes {
		if k := len(key) - len(suf); k > 0 && foldEq(key[k:], suf) && (len(suf) > 5 || key[k] == '_' || key[k] == '-') {
			return suf != "_lat" || !latencyWord(key[:k])
		}
	}
	for _, suf := range geoCamelSuffixes {
		if k := len(key) - len(suf); k > 0 && string(key[k:]) == suf && key[k-1] >= 'a' && key[k-1] <= 'z' {
			return suf != "Lat" || !latencyWord(key[:k])
		}
	}
	return false
}

// latencyWord reports whether the last word of p (the part of a key before
// "_lat" or "Lat") says the key is a latency: a statistic (avg, p99, max)
// or an operation (commit, apply, read, write, request).
func latencyWord(p []byte) bool {
	k := len(p)
	for k > 0 && isAlnum(p[k-1]) && !(isUpper(p[k-1]) && k < len(p)) {
		k--
	}
	if k > 0 && isUpper(p[k-1]) {
		k-- // avgLat: the word is "avg"
	}
	w := p[k:]
	if len(w) > 0 && isDigit(w[len(w)-1]) {
		return true // p50_lat, p99Lat
	}
	for _, l := range [...]string{"avg", "mean", "median", "max", "min", "total", "sum", "commit", "apply", "read", "write",
		"op", "ops", "io", "disk", "net", "req", "request", "resp", "response", "query", "db", "rtt", "queue", "sync", "fsync", "journal"} {
		if foldEq(w, l) {
			return true
		}
	}
	return false
}

// geoValue reports whether v is a precise coordinate or a pair of them:
// a decimal number of at most 180 in magnitude with two decimals or more,
// optionally two separated by ',' or ", " (or a blank). Nothing else may
// be in v.
func geoValue(v []byte) bool {
	e, ok := geoNumber(v, 0)
	if !ok {
		return false
	}
	if e == len(v) {
		return true
	}
	j := e
	if v[j] == ',' {
		j++
	}
	if j < len(v) && v[j] == ' ' {
		j++
	}
	if j == e {
		return false
	}
	e2, ok := geoNumber(v, j)
	return ok && e2 == len(v)
}

// geoNumber reads a coordinate at v[i:]: an optional sign, one to three
// digits of at most 180, '.', and two to fifteen decimals. It returns
// its end.
func geoNumber(v []byte, i int) (int, bool) {
	j := i
	if j < len(v) && (v[j] == '-' || v[j] == '+') {
		j++
	}
	d := j
	deg := 0
	for j < len(v) && isDigit(v[j]) && j-d < 4 {
		deg = deg*10 + int(v[j]-'0')
		j++
	}
	if j == d || j-d > 3 || deg > 180 || j >= len(v) || v[j] != '.' {
		return j, false
	}
	j++
	f := j
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	if j-f < 2 || j-f > 15 {
		return j, false
	}
	return j, true
}

// androidLocationAt reports whether the number at src[i] (after its sign)
// opens the coordinates of Android's Location.toString, as apps log a fix:
// "Location[fused 52.520008,13.404954 hAcc=12 et=+1d2h ...]", the
// provider (fused, gps, network, passive) before them. The ipv4 start,
// whose first bytes and after-byte ('.') the number has, reads them.
func androidLocationAt(src []byte, i int) bool {
	k := i
	if k > 0 && src[k-1] == '-' {
		k--
	}
	if k < 12 || src[k-1] != ' ' {
		return false
	}
	p := k - 1
	for p > 0 && 'a' <= src[p-1] && src[p-1] <= 'z' && k-p < 10 {
		p--
	}
	return p < k-1 && p >= 9 && src[p-1] == '[' && string(src[p-9:p-1]) == "Location"
}

// scanAndroidLocation matches the pair "lat,lon" of a Location.toString
// at src[i] (see androidLocationAt) when both are precise coordinates.
func (s *scanner) scanAndroidLocation(src []byte, i int) (hit, bool) {
	if !s.enabled[DetGeo] || !androidLocationAt(src, i) {
		return hit{}, false
	}
	if src[i-1] == '-' {
		i--
	}
	e, ok := geoNumber(src, i)
	if !ok || e >= len(src) || src[e] != ',' {
		return hit{}, false
	}
	e, ok = geoNumber(src, e+1)
	if !ok || e < len(src) && src[e] != ' ' && src[e] != ']' {
		return hit{}, false
	}
	return hit{det: DetGeo, start: i, end: e}, true
}
