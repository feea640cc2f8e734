package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Subscriber and handset records of a mobile operator, an ISP and an
// enterprise's device management, from their public documentation:
//
//   - pgw_cdr_csv: PGW-CDRs and SGW-CDRs (3GPP TS 32.298, the PGWRecord and
//     SGWRecord ASN.1 field names) as a mediation system's CSV export
//     writes them after decoding: a header row of the field names, then a
//     record a row; servedIMSI, servedIMEISV and servedMSISDN as decoded
//     digits (the MSISDN with its country code, without '+'),
//     servedPDPPDNAddress and the IPv6 prefix of a dual-stack session,
//     TS 32.298 TimeStamps as decoded dates or as the YYMMDDhhmmss+hhmm
//     digits, userLocationInformation as the hex of TS 29.274's ULI (TAI
//     and ECGI) and the TAC and ECI decoded beside it, the serving PLMN as
//     MCC and MNC digits, charging ids, sequence numbers, volumes.
//   - radacct_csv: FreeRADIUS rlm_sql's radacct table (the PostgreSQL and
//     MySQL schemas of FreeRADIUS 3) exported by psql's \copy … CSV HEADER
//     (lower-case column names, NULL empty, times with their zone) or by
//     phpMyAdmin's CSV export of the MySQL table (column names in the
//     first row, every value in '"', NULL as NULL): a mobile operator's
//     GGSN/PGW accounting (User-Name and Calling-Station-Id the MSISDN, or
//     the IMSI), Wi-Fi hotspots and enterprise 802.1X (Calling-Station-Id
//     a MAC address in the notations NASes send, EAP-SIM/AKA permanent
//     identities of RFC 4186 and RFC 4187,
//     "1<IMSI>@wlan.mnc<MNC>.mcc<MCC>.3gppnetwork.org", TS 23.003), and
//     PPPoE broadband with delegated IPv6 prefixes.
//   - mdm_devices_json: device management inventories: the Jamf Pro API's
//     mobile device detail (ios.network with the IMEI and ICCID as Apple's
//     DeviceInformation query writes them, in groups; EID, home and current
//     MCC and MNC, the phone number), the Microsoft Graph beta
//     managedDevice with hardwareInformation (imei, meid, iccid,
//     phoneNumber, subscriberCarrier, wifiMac) and the Android Management
//     API's Device resource (networkInfo imei, meid, wifiMacAddress,
//     telephonyInfos[] phoneNumber and iccId).
//   - number_lookup_json: number lookup answers: Twilio Lookup v2's
//     PhoneNumber resource (phone_number, national_format, caller_name,
//     sim_swap, line_type_intelligence with MCC and MNC, url), Vonage
//     Number Insight Advanced (international_format_number,
//     national_format_number, current_carrier network_code, roaming,
//     caller_identity) and Infobip's Number Lookup (HLR) results (to,
//     mccMnc, imsi, servingMSC: the MSC's global title, a node's address
//     and no subscriber's).
//   - topup_json: airtime top-up answers as a reseller's service logs
//     them: DT One's DVS API transaction (sender, beneficiary,
//     credit_party_identifier), DingConnect's SendTransfer TransferRecord
//     (AccountNumber, the number topped up; ReceiptParams of a PIN
//     product) and Reloadly's top-up response (recipientPhone,
//     senderPhone).

// handset is one subscriber's identities, coherent within a record.
type handset struct {
	imsi, mcc, mnc, msisdn, imei, imeisv, carrier string
}

// mobileNetworks are home networks: MCC, MNC, the operator's name and the
// national mobile number the MSISDN gets.
var mobileNetworks = []struct {
	mcc, mnc, name string
	msisdn         func(g *gen) string
}{
	{"262", "01", "Telekom.de", func(g *gen) string { return "49151" + g.digits(8) }},
	{"262", "02", "Vodafone.de", func(g *gen) string { return "49172" + g.digits(7) }},
	{"234", "15", "Vodafone UK", func(g *gen) string { return "447700900" + g.digits(3) }},
	{"234", "10", "O2 - UK", func(g *gen) string { return "447700900" + g.digits(3) }},
	{"255", "01", "Vodafone UA", func(g *gen) string { return "38050" + g.digits(7) }},
	{"255", "03", "Kyivstar", func(g *gen) string { return "38067" + g.digits(7) }},
	{"310", "410", "AT&T", func(g *gen) string { return "1415555" + "01" + g.digits(2) }},
	{"208", "01", "Orange F", func(g *gen) string { return "336" + g.digits(8) }},
}

// handsetTACs are type allocation codes of common handsets (the first
// eight digits of an IMEI).
var handsetTACs = []string{"35693803", "35332011", "35391512", "35467211", "86753105", "35209911", "01326300"}

func (g *gen) handset() handset {
	n := pick(g, mobileNetworks)
	h := handset{mcc: n.mcc, mnc: n.mnc, carrier: n.name, msisdn: n.msisdn(g)}
	h.imsi = n.mcc + n.mnc + g.digits(15-len(n.mcc)-len(n.mnc))
	d := pick(g, handsetTACs) + g.digits(6)
	h.imei = d + strconv.Itoa(luhnCheck(d))
	h.imeisv = d + g.num(10, 99)
	return h
}

// iccid returns a SIM's integrated circuit card id (ITU-T E.118): 89, a
// country code, an issuer, the account number and the Luhn check digit,
// 19 or 20 digits.
func (g *gen) iccid(mcc string) string {
	cc := map[string]string{"262": "49", "234": "44", "255": "380", "310": "1", "208": "33"}[mcc]
	if cc == "" {
		cc = "49"
	}
	d := "89" + cc + g.digits(2)
	n := 18
	if g.pct(30) {
		n = 19
	}
	d += g.digits(n - len(d))
	return d + strconv.Itoa(luhnCheck(d))
}

// meid returns a CDMA mobile equipment id: 14 hex digits, the first two
// from A0 to FF.
func (g *gen) meid() string {
	return "A" + g.chars(1, "0123456789ABCDEF") + g.chars(12, "0123456789ABCDEF")
}

// eid returns an eUICC id (GSMA SGP.29): 32 digits starting 89, the
// last two check digits that make the number 1 modulo 97.
func (g *gen) eid() string {
	d := "89049032" + g.digits(22)
	r := 0
	for _, c := range d + "00" {
		r = (r*10 + int(c-'0')) % 97
	}
	c := 98 - r
	return d + string([]byte{byte('0' + c/10), byte('0' + c%10)})
}

// groupIMEI writes an IMEI as Apple's DeviceInformation does: "35 693803
// 123456 7".
func groupIMEI(s string) string { return s[:2] + " " + s[2:8] + " " + s[8:14] + " " + s[14:] }

// groupICCID writes an ICCID in groups of four, as iOS shows it.
func groupICCID(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(i+4, len(s))])
	}
	return b.String()
}

// csvCell appends one CSV field and the comma before it.
func csvCell(b []byte, first bool, v string) []byte {
	if !first {
		b = append(b, ',')
	}
	if strings.ContainsAny(v, ",\"\n") {
		return append(b, csvQuote(v)...)
	}
	return append(b, v...)
}

var pgwColumns = []string{"recordType", "servedIMSI", "servedIMEISV", "servedMSISDN", "pGWAddress", "chargingID",
	"servingNodeAddress", "accessPointNameNI", "pdpPDNType", "servedPDPPDNAddress", "servedPDPPDNAddressExt",
	"recordOpeningTime", "duration", "causeForRecClosing", "recordSequenceNumber", "nodeID", "localSequenceNumber",
	"apnSelectionMode", "chargingCharacteristics", "servingNodePLMNIdentifier", "rATType", "mSTimeZone",
	"userLocationInformation", "tAC", "eCI", "ratingGroup", "serviceIdentifier", "datavolumeFBCUplink",
	"datavolumeFBCDownlink", "timeOfFirstUsage", "timeOfLastUsage", "servingNodeType"}

// cdrTime writes a TS 32.298 TimeStamp as the stream's decoder does.
func cdrTime(t time.Time, variant int) string {
	t = t.In(time.FixedZone("", 3600))
	if variant%2 == 0 {
		return t.Format("2006-01-02 15:04:05 -0700")
	}
	return t.Format("060102150405-0700")[:12] + "+0100"
}

// pgwCDR writes one PGW-CDR or SGW-CDR as a CSV row.
func (g *gen) pgwCDR(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte(strings.Join(pgwColumns, ",")), Header: true}
	}
	h := g.handset()
	sgw := g.pct(30)
	f := map[string]string{}
	keepIn := func(col, cat, v string) { f[col] = v; g.keepAt(cat, v, ","+v+",") }
	keepAny := func(col, cat, v string) { f[col] = v; g.keepAt(cat, v) }
	if sgw {
		f["recordType"] = "84"
	} else {
		f["recordType"] = "85"
	}
	f["servedIMSI"] = h.imsi
	g.plantAt("device_id", h.imsi)
	if g.pct(85) {
		f["servedIMEISV"] = h.imeisv
		g.plantAt("device_id", h.imeisv)
	}
	msisdn := h.msisdn
	if st.variant%3 == 2 {
		msisdn = "+" + msisdn
	}
	f["servedMSISDN"] = msisdn
	g.plantAt("phone", msisdn)
	f["pGWAddress"] = "192.0.2." + g.num(1, 30)
	keepAny("chargingID", "counter", strconv.FormatUint(uint64(g.rng.Uint32()), 10))
	f["servingNodeAddress"] = "198.51.100." + g.num(1, 60)
	f["accessPointNameNI"] = pick(g, []string{"internet", "ims", "iot.example.net", "web.example.com"})
	ip := g.subscriberIP()
	g.plantAt("ipv4", ip)
	f["servedPDPPDNAddress"] = ip
	if g.pct(40) {
		f["pdpPDNType"] = "IPv4v6"
		p := "2001:db8:" + g.hexID(4) + ":" + g.hexID(4) + "::"
		g.plantAt("ipv6", p)
		f["servedPDPPDNAddressExt"] = p
	} else {
		f["pdpPDNType"] = "IPv4"
	}
	dur := 1 + g.rng.IntN(3600)
	open := g.now.Add(-time.Duration(dur) * time.Second)
	keepAny("recordOpeningTime", "timestamp", cdrTime(open, st.variant))
	keepIn("duration", "duration", strconv.Itoa(dur))
	f["causeForRecClosing"] = pick(g, []string{"0", "4", "16", "17", "18", "22"})
	if g.pct(50) {
		f["recordSequenceNumber"] = g.num(1, 40)
	}
	f["nodeID"] = pick(g, []string{"PGW01FRA", "pgw-2.ber", "SAEGW-LON-03"})
	keepAny("localSequenceNumber", "counter", g.num(1000000, 2147483647))
	f["apnSelectionMode"] = "0"
	f["chargingCharacteristics"] = pick(g, []string{"0800", "0400", "0A00"})
	keepIn("servingNodePLMNIdentifier", "mccmnc", h.mcc+h.mnc)
	f["rATType"] = pick(g, []string{"6", "6", "1", "10"})
	f["mSTimeZone"] = pick(g, []string{"4000", "8000", "0001"})
	tac := g.rng.IntN(65535) + 1
	eci := g.rng.IntN(1 << 28)
	uli := "18" + tbcdPLMN(h.mcc, h.mnc) + hexPad(tac, 4) + tbcdPLMN(h.mcc, h.mnc) + hexPad(eci, 8)
	keepAny("userLocationInformation", "cellid", uli)
	keepIn("tAC", "cellid", strconv.Itoa(tac))
	keepIn("eCI", "cellid", strconv.Itoa(eci))
	f["ratingGroup"] = g.num(1, 120)
	f["serviceIdentifier"] = g.num(1, 20)
	keepIn("datavolumeFBCUplink", "bytes", g.num(200, 90000000))
	keepIn("datavolumeFBCDownlink", "bytes", g.num(200, 2000000000))
	keepAny("timeOfFirstUsage", "timestamp", cdrTime(open.Add(time.Duration(g.rng.IntN(5))*time.Second), st.variant))
	keepAny("timeOfLastUsage", "timestamp", cdrTime(g.now, st.variant))
	if sgw {
		f["servingNodeType"] = "mME"
	} else {
		f["servingNodeType"] = "gTPSGW"
	}
	var b []byte
	for i, c := range pgwColumns {
		b = csvCell(b, i == 0, f[c])
	}
	return Record{Line: b}
}

// tbcdPLMN writes MCC and MNC as TS 24.008's three PLMN octets in hex.
func tbcdPLMN(mcc, mnc string) string {
	m3 := byte('f')
	if len(mnc) == 3 {
		m3 = mnc[2]
	}
	return string([]byte{mcc[1], mcc[0], m3, mcc[2], mnc[1], mnc[0]})
}

// hexPad writes v in n lower-case hex digits.
func hexPad(v, n int) string {
	s := strconv.FormatInt(int64(v), 16)
	return strings.Repeat("0", n-len(s)) + s
}

var radacctColumns = []string{"radacctid", "acctsessionid", "acctuniqueid", "username", "realm", "nasipaddress",
	"nasportid", "nasporttype", "acctstarttime", "acctupdatetime", "acctstoptime", "acctinterval", "acctsessiontime",
	"acctauthentic", "connectinfo_start", "connectinfo_stop", "acctinputoctets", "acctoutputoctets", "calledstationid",
	"callingstationid", "acctterminatecause", "servicetype", "framedprotocol", "framedipaddress", "framedipv6address",
	"framedipv6prefix", "framedinterfaceid", "delegatedipv6prefix", "class"}

// macNotation writes a MAC address as NASes send Calling-Station-Id.
func (g *gen) macNotation() string {
	m := strings.ToLower(strings.NewReplacer(":", "", "-", "").Replace(g.mac()))
	switch g.rng.IntN(5) {
	case 0:
		return strings.ToUpper(m[0:2] + "-" + m[2:4] + "-" + m[4:6] + "-" + m[6:8] + "-" + m[8:10] + "-" + m[10:12])
	case 1:
		return m[0:4] + "." + m[4:8] + "." + m[8:12]
	case 2:
		return m
	case 3:
		return strings.ToUpper(m)
	}
	return m[0:2] + ":" + m[2:4] + ":" + m[4:6] + ":" + m[6:8] + ":" + m[8:10] + ":" + m[10:12]
}

// radacctRow writes one row of the radacct table.
func (g *gen) radacctRow(st *streamState) Record {
	pg := st.variant%2 == 0
	if st.n == 0 {
		if pg {
			return Record{Line: []byte(strings.Join(radacctColumns, ",")), Header: true}
		}
		return Record{Line: csvQuoted(radacctColumns), Header: true}
	}
	f := map[string]string{}
	keepIn := func(col, cat, v string) {
		f[col] = v
		if pg {
			g.keepAt(cat, v, ","+v+",")
		} else {
			g.keepAt(cat, v, "\""+v+"\"")
		}
	}
	keepAny := func(col, cat, v string) { f[col] = v; g.keepAt(cat, v) }
	id := g.num(100000, 99999999)
	f["radacctid"] = id
	if pg {
		g.keepAt("counter", id, id+",")
	} else {
		g.keepAt("counter", id, "\""+id+"\"")
	}
	sess := strings.ToUpper(g.hexID(8)) + "-" + strings.ToUpper(g.hexID(8))
	if g.pct(40) {
		sess = g.hexID(8) + g.hexID(8)
	}
	keepAny("acctsessionid", "requestid", sess)
	keepAny("acctuniqueid", "hash", g.hexID(32))
	dur := g.rng.IntN(86400)
	start := g.now.Add(-time.Duration(dur) * time.Second)
	tf := func(t time.Time) string {
		if pg {
			return t.UTC().Format("2006-01-02 15:04:05-07")
		}
		return t.UTC().Format("2006-01-02 15:04:05")
	}
	keepAny("acctstarttime", "timestamp", tf(start))
	stopped := g.pct(60)
	if stopped {
		keepAny("acctstoptime", "timestamp", tf(g.now))
		f["acctterminatecause"] = pick(g, []string{"User-Request", "Idle-Timeout", "Lost-Carrier", "Session-Timeout", "NAS-Request"})
	} else {
		keepAny("acctupdatetime", "timestamp", tf(g.now))
		f["acctinterval"] = "300"
	}
	keepIn("acctsessiontime", "duration", strconv.Itoa(dur))
	f["acctauthentic"] = "RADIUS"
	keepIn("acctinputoctets", "bytes", g.num(1000, 4000000000))
	keepIn("acctoutputoctets", "bytes", g.num(1000, 4000000000))
	f["servicetype"] = "Framed-User"
	switch g.rng.IntN(3) {
	case 0: // a GGSN's or PGW's accounting
		h := g.handset()
		f["nasipaddress"] = "192.0.2." + g.num(1, 30)
		f["nasporttype"] = "Virtual"
		f["nasportid"] = g.num(1, 65535)
		f["calledstationid"] = pick(g, []string{"internet", "ims", "iot.example.net"})
		g.plantAt("phone", h.msisdn)
		f["callingstationid"] = h.msisdn
		switch g.rng.IntN(3) {
		case 0:
			f["username"] = h.msisdn
			g.plantAt("phone", h.msisdn)
		case 1:
			f["username"] = h.imsi
			g.plantAt("device_id", h.imsi)
		default:
			f["username"] = h.msisdn + "@" + f["calledstationid"]
			g.plantAt("phone", h.msisdn)
		}
		f["framedprotocol"] = "GPRS-PDP-Context"
		ip := g.subscriberIP()
		g.plantAt("ipv4", ip)
		f["framedipaddress"] = ip
		f["class"] = "0x" + g.hexID(16)
	case 1: // Wi-Fi: a hotspot or enterprise 802.1X
		f["nasipaddress"] = "10." + g.num(0, 255) + "." + g.num(0, 255) + "." + g.num(1, 254)
		f["nasporttype"] = "Wireless-802.11"
		f["nasportid"] = "wlan" + g.num(0, 3)
		ap := strings.ToUpper(strings.NewReplacer(":", "-").Replace(g.mac()))
		f["calledstationid"] = ap + ":" + pick(g, []string{"ExampleWiFi", "eduroam", "Guest", "Passpoint"})
		m := g.macNotation()
		g.plantAt("mac", m)
		f["callingstationid"] = m
		switch g.rng.IntN(4) {
		case 0:
			h := g.handset()
			// EAP-SIM ('1') and EAP-AKA ('0') permanent identities.
			lead := pick(g, []string{"0", "1", "6"})
			mnc := h.mnc
			if len(mnc) == 2 {
				mnc = "0" + mnc
			}
			id := lead + h.imsi
			g.plantAt("device_id", id)
			f["username"] = id + "@wlan.mnc" + mnc + ".mcc" + h.mcc + ".3gppnetwork.org"
			f["realm"] = "wlan.mnc" + mnc + ".mcc" + h.mcc + ".3gppnetwork.org"
		case 1:
			fn, ln := g.name()
			e := g.email(fn, ln)
			g.plantAt("email", e)
			f["username"] = e
			f["realm"] = e[strings.IndexByte(e, '@')+1:]
		case 2:
			u := g.personLogin()
			g.plantAt("name", u)
			f["username"] = u
		default:
			f["username"] = strings.ToLower(strings.NewReplacer("-", "", ":", "", ".", "").Replace(m))
			g.plantAt("mac", f["username"])
		}
		f["connectinfo_start"] = pick(g, []string{"CONNECT 802.11ax", "CONNECT 144.40 Mbps / 11n", "CONNECT 54Mbps 802.11g"})
		ip := g.privateIPv4()
		g.plantAt("ipv4", ip)
		f["framedipaddress"] = ip
	default: // PPPoE broadband
		f["nasipaddress"] = "192.0.2." + g.num(31, 60)
		f["nasporttype"] = "Ethernet"
		f["nasportid"] = "0/0/" + g.num(1, 8) + "/" + g.num(1, 48) + ":" + g.num(100, 4000)
		f["calledstationid"] = "bras01.example.net"
		m := g.macNotation()
		g.plantAt("mac", m)
		f["callingstationid"] = m
		u := g.personLogin()
		g.plantAt("name", u)
		f["username"] = u + "@example.net"
		f["realm"] = "example.net"
		f["framedprotocol"] = "PPP"
		ip := g.subscriberIP()
		g.plantAt("ipv4", ip)
		f["framedipaddress"] = ip
		if g.pct(60) {
			p := "2001:db8:" + g.hexID(4) + ":" + g.hexID(2) + "00::/56"
			g.plantAt("ipv6", p[:len(p)-4])
			f["delegatedipv6prefix"] = p
			iid := g.hexID(4) + ":" + g.hexID(4) + ":" + g.hexID(4) + ":" + g.hexID(4)
			f["framedinterfaceid"] = iid
		}
	}
	var b []byte
	for i, c := range radacctColumns {
		v, ok := f[c]
		switch {
		case pg:
			b = csvCell(b, i == 0, v)
		case !ok:
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "NULL"...)
		default:
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, csvQuote(v)...)
		}
	}
	return Record{Line: b}
}

// mdmDevice writes one device record of the stream's product.
func (g *gen) mdmDevice(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.jamfMobileDetail()
	case 1:
		return g.intuneHardware()
	}
	return g.androidDevice()
}

// appleSerial returns a 12-character Apple serial number (kept: it names
// the hardware, as the other inventories keep it).
func (g *gen) appleSerial() string {
	return pick(g, []string{"F2L", "DNP", "G6T", "C39"}) + g.chars(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
}

// applePhone writes a number as iOS reports it: "+49 151 12345678".
func applePhone(msisdn string) string {
	switch {
	case strings.HasPrefix(msisdn, "49"):
		return "+49 " + msisdn[2:5] + " " + msisdn[5:]
	case strings.HasPrefix(msisdn, "44"):
		return "+44 " + msisdn[2:6] + " " + msisdn[6:]
	case strings.HasPrefix(msisdn, "380"):
		return "+380 " + msisdn[3:5] + " " + msisdn[5:8] + " " + msisdn[8:10] + " " + msisdn[10:]
	case strings.HasPrefix(msisdn, "1"):
		return "+1 (" + msisdn[1:4] + ") " + msisdn[4:7] + "-" + msisdn[7:]
	}
	return "+" + msisdn[:2] + " " + msisdn[2:3] + " " + msisdn[3:5] + " " + msisdn[5:7] + " " + msisdn[7:9] + " " + msisdn[9:]
}

// jamfMobileDetail writes GET /api/v2/mobile-devices/{id}/detail.
func (g *gen) jamfMobileDetail() Record {
	h := g.handset()
	fn, ln := pick(g, ownerFirst), pick(g, lastNames)
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = g.js(b, "id", g.num(1, 9000))
	b = g.jf(b, "name", plain, "", g.deviceName(false), nil)
	b = g.js(b, "assetTag", "")
	b = g.jk(b, "lastInventoryUpdateTimestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.jk(b, "osVersion", "version", pick(g, []string{"17.1.2", "17.6.1", "18.1"}))
	b = g.jk(b, "osBuild", "version", pick(g, []string{"21B101", "21G93", "22B83"}))
	b = g.jk(b, "serialNumber", "serial", g.appleSerial())
	b = g.jk(b, "udid", "uuid", "0000"+g.num(8020, 8140)+"-00"+strings.ToUpper(g.hexID(14)))
	b = g.jp(b, "ipAddress", "ipv4", g.ipv4())
	b = g.jp(b, "wifiMacAddress", "mac", strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":")))
	b = g.jp(b, "bluetoothMacAddress", "mac", strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":")))
	b = append(b, `,"managed":true,"supervised":true,"type":"ios"`...)
	b = jo(b, "ios")
	b = g.jk(b, "model", "model", pick(g, []string{"iPhone 14", "iPhone 15 Pro", "iPhone SE (3rd generation)"}))
	b = g.jk(b, "modelIdentifier", "model", pick(g, []string{"iPhone14,7", "iPhone16,1", "iPhone14,6"}))
	b = jn(b, "capacityMb", pick(g, []string{"122070", "244140"}))
	b = jo(b, "network")
	b = g.js(b, "cellularTechnology", "GSM")
	b = append(b, `,"voiceRoamingEnabled":false`...)
	b = g.jp(b, "imei", "device_id", groupIMEI(h.imei))
	iccid := g.iccid(h.mcc)
	b = g.jp(b, "iccid", "device_id", groupICCID(iccid))
	b = g.js(b, "meid", "")
	if g.pct(50) {
		b = g.jp(b, "eid", "device_id", g.eid())
	}
	b = g.jk(b, "carrierSettingsVersion", "version", pick(g, []string{"54.0", "55.1", "60.0.1"}))
	b = g.js(b, "currentCarrierNetwork", h.carrier)
	b = g.jk(b, "currentMobileCountryCode", "mccmnc", h.mcc)
	b = g.jk(b, "currentMobileNetworkCode", "mccmnc", h.mnc)
	b = g.js(b, "homeCarrierNetwork", h.carrier)
	b = g.jk(b, "homeMobileCountryCode", "mccmnc", h.mcc)
	b = g.jk(b, "homeMobileNetworkCode", "mccmnc", h.mnc)
	b = append(b, `,"dataRoamingEnabled":false,"roaming":false,"personalHotspotEnabled":false`...)
	b = g.jp(b, "phoneNumber", "phone", applePhone(h.msisdn))
	b = append(b, '}', '}')
	b = jo(b, "userAndLocation")
	login := strings.ToLower(ascii(fn) + "." + ascii(ln))
	b = g.jp(b, "username", "name", login)
	b = g.jp(b, "realName", "name", fn+" "+ln)
	b = g.jp(b, "emailAddress", "email", g.email(fn, ln))
	b = g.js(b, "position", pick(g, []string{"", "Field Engineer", "Sales"}))
	b = g.js(b, "phoneNumber", "")
	b = g.js(b, "room", "")
	b = append(b, '}', '}')
	return Record{Line: b}
}

// intuneHardware writes a Microsoft Graph beta managedDevice read with
// $select=hardwareInformation, as an inventory sync logs it.
func (g *gen) intuneHardware() Record {
	h := g.handset()
	fn, ln := pick(g, ownerFirst), pick(g, lastNames)
	login := strings.ToLower(ascii(fn) + "." + ascii(ln))
	android := g.pct(50)
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = g.jf(b, "deviceName", plain, "", g.deviceName(false), nil)
	b = g.js(b, "managedDeviceOwnerType", pick(g, []string{"company", "personal"}))
	b = g.jk(b, "enrolledDateTime", "timestamp", g.now.AddDate(0, -4, 0).UTC().Format("2006-01-02T15:04:05Z"))
	b = g.jk(b, "lastSyncDateTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	serial := g.appleSerial()
	if android {
		b = g.js(b, "operatingSystem", "Android")
		b = g.jk(b, "osVersion", "version", pick(g, []string{"14", "13", "15"}))
		serial = "R5C" + g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	} else {
		b = g.js(b, "operatingSystem", "iOS")
		b = g.jk(b, "osVersion", "version", pick(g, []string{"17.1.2", "18.1"}))
	}
	b = g.jk(b, "serialNumber", "serial", serial)
	b = g.jp(b, "imei", "device_id", h.imei)
	b = g.js(b, "meid", "")
	iccid := g.iccid(h.mcc)
	b = g.jp(b, "iccid", "device_id", iccid)
	if !android {
		b = g.jk(b, "udid", "uuid", "0000"+g.num(8020, 8140)+"-00"+strings.ToUpper(g.hexID(14)))
	}
	phone := "+" + h.msisdn
	b = g.jp(b, "phoneNumber", "phone", phone)
	b = g.js(b, "subscriberCarrier", h.carrier)
	b = g.js(b, "cellularTechnology", pick(g, []string{"GSM", "LTE", "5G"}))
	b = g.jp(b, "emailAddress", "email", g.email(fn, ln))
	b = g.jp(b, "userPrincipalName", "email", login+"@"+pick(g, emailDomains))
	b = g.jp(b, "userDisplayName", "name", fn+" "+ln)
	wifi := strings.ToLower(strings.NewReplacer("-", "", ":", "").Replace(g.mac()))
	b = g.jp(b, "wiFiMacAddress", "mac", wifi)
	b = g.js(b, "ethernetMacAddress", "")
	b = g.jk(b, "totalStorageSpaceInBytes", "bytes", pick(g, []string{"128000000000", "256000000000"}))
	b = g.jk(b, "freeStorageSpaceInBytes", "bytes", g.num(1000000000, 99000000000))
	b = jo(b, "hardwareInformation")
	b = g.jk(b, "serialNumber", "serial", serial)
	b = jn(b, "totalStorageSpace", "0")
	b = g.jp(b, "imei", "device_id", h.imei)
	b = g.js(b, "meid", "")
	b = g.js(b, "manufacturer", pick(g, []string{"Apple", "samsung", "Google"}))
	b = g.jk(b, "model", "model", pick(g, []string{"iPhone 14", "SM-S911B", "Pixel 8"}))
	b = g.jp(b, "phoneNumber", "phone", phone)
	b = g.js(b, "subscriberCarrier", h.carrier)
	b = g.js(b, "cellularTechnology", "LTE")
	b = g.jp(b, "wifiMac", "mac", wifi)
	b = append(b, `,"isSupervised":false,"isEncrypted":true}}`...)
	return Record{Line: b}
}

// androidDevice writes an Android Management API Device resource, as an
// EMM logs a STATUS_REPORT notification.
func (g *gen) androidDevice() Record {
	h := g.handset()
	ent := "enterprises/LC0" + g.chars(7, "0123456789abcdefghijklmnopqrstuvwxyz")
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	dev := g.hexID(16)
	g.keepAt("hash", dev)
	b = g.js(b, "name", ent+"/devices/"+dev)
	uid := "1" + g.digits(20)
	g.keepAt("counter", uid)
	b = g.js(b, "userName", ent+"/users/"+uid)
	b = g.js(b, "managementMode", pick(g, []string{"DEVICE_OWNER", "PROFILE_OWNER"}))
	b = g.js(b, "state", "ACTIVE")
	b = g.js(b, "appliedState", "ACTIVE")
	b = g.jk(b, "enrollmentTime", "timestamp", g.now.AddDate(0, -2, 0).UTC().Format("2006-01-02T15:04:05.000Z"))
	b = g.jk(b, "lastStatusReportTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	b = jo(b, "softwareInfo")
	b = g.jk(b, "androidVersion", "version", pick(g, []string{"14", "13", "15"}))
	b = g.jk(b, "securityPatchLevel", "timestamp", "2026-11-01")
	b = g.jk(b, "androidBuildNumber", "version", pick(g, []string{"AP2A.240805.005", "UQ1A.240205.004"}))
	b = g.jk(b, "androidBuildTime", "timestamp", g.now.AddDate(0, -1, 0).UTC().Format("2006-01-02T15:04:05Z"))
	b = append(b, '}')
	b = jo(b, "hardwareInfo")
	brand := pick(g, []string{"google", "samsung"})
	b = g.js(b, "brand", brand)
	b = g.js(b, "manufacturer", map[string]string{"google": "Google", "samsung": "samsung"}[brand])
	b = g.jk(b, "serialNumber", "serial", pick(g, []string{"R5C", "3A1"})+g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
	b = g.jk(b, "model", "model", pick(g, []string{"Pixel 8", "SM-S911B", "SM-A546B"}))
	b = g.jk(b, "deviceBasebandVersion", "version", "g5300i-"+g.num(230000, 240000)+"-"+g.num(240000, 250000)+"-B-"+g.num(10000000, 12000000))
	b = append(b, '}')
	b = jo(b, "networkInfo")
	b = g.jp(b, "imei", "device_id", h.imei)
	if g.pct(30) {
		b = g.jp(b, "meid", "device_id", g.meid())
	}
	b = g.jp(b, "wifiMacAddress", "mac", strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":")))
	b = g.js(b, "networkOperatorName", h.carrier)
	b = ja(b, "telephonyInfos")
	b = jo(b, "")
	b = g.jp(b, "phoneNumber", "phone", "+"+h.msisdn)
	b = g.js(b, "carrierName", h.carrier)
	b = g.jp(b, "iccId", "device_id", g.iccid(h.mcc))
	b = append(b, '}', ']', '}')
	b = jo(b, "memoryInfo")
	b = g.jk(b, "totalRam", "bytes", pick(g, []string{"7823327232", "11811160064"}))
	b = g.jk(b, "totalInternalStorage", "bytes", pick(g, []string{"118111600640", "236223201280"}))
	b = append(b, '}', '}')
	return Record{Line: b}
}

// nationalFormat writes an MSISDN of mobileNetworks in its country's
// national format, as number lookup services return it.
func nationalFormat(msisdn string) string {
	switch {
	case strings.HasPrefix(msisdn, "49151"):
		return "0" + msisdn[2:6] + " " + msisdn[6:]
	case strings.HasPrefix(msisdn, "49"):
		return "0" + msisdn[2:5] + " " + msisdn[5:]
	case strings.HasPrefix(msisdn, "44"):
		return "0" + msisdn[2:6] + " " + msisdn[6:]
	case strings.HasPrefix(msisdn, "380"):
		return "0" + msisdn[3:5] + " " + msisdn[5:8] + " " + msisdn[8:]
	case strings.HasPrefix(msisdn, "1"):
		return "(" + msisdn[1:4] + ") " + msisdn[4:7] + "-" + msisdn[7:]
	}
	return "0" + msisdn[2:3] + " " + msisdn[3:5] + " " + msisdn[5:7] + " " + msisdn[7:9] + " " + msisdn[9:]
}

var countryOf = map[string][2]string{"262": {"DE", "49"}, "234": {"GB", "44"}, "255": {"UA", "380"}, "310": {"US", "1"}, "208": {"FR", "33"}}

// numberLookup writes one number lookup answer of the stream's provider.
func (g *gen) numberLookup(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.twilioLookup()
	case 1:
		return g.vonageInsight()
	}
	return g.infobipLookup()
}

// twilioLookup writes a Twilio Lookup v2 PhoneNumber resource with the
// line_type_intelligence, caller_name or sim_swap data packages.
func (g *gen) twilioLookup() Record {
	h := g.handset()
	c := countryOf[h.mcc]
	e := "+" + h.msisdn
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = g.js(b, "calling_country_code", c[1])
	b = g.js(b, "country_code", c[0])
	b = g.jp(b, "phone_number", "phone", e)
	b = g.jp(b, "national_format", "phone", nationalFormat(h.msisdn))
	b = append(b, `,"valid":true,"validation_errors":[]`...)
	if g.pct(40) {
		fn, ln := g.name()
		b = jo(b, "caller_name")
		b = g.jp(b, "caller_name", "name", strings.ToUpper(fn+" "+ln))
		b = g.js(b, "caller_type", "CONSUMER")
		b = append(b, `,"error_code":null}`...)
	} else {
		b = append(b, `,"caller_name":null`...)
	}
	if g.pct(40) {
		b = jo(b, "sim_swap")
		b = jo(b, "last_sim_swap")
		b = g.jk(b, "last_sim_swap_date", "timestamp", g.now.AddDate(0, 0, -g.rng.IntN(300)).UTC().Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "swapped_period", "PT48H")
		b = append(b, `,"swapped_in_period":false}`...)
		b = g.js(b, "carrier_name", h.carrier)
		b = g.jk(b, "mobile_country_code", "mccmnc", h.mcc)
		b = g.jk(b, "mobile_network_code", "mccmnc", h.mnc)
		b = append(b, `,"error_code":null}`...)
	} else {
		b = append(b, `,"sim_swap":null`...)
	}
	b = append(b, `,"call_forwarding":null,"line_status":null`...)
	b = jo(b, "line_type_intelligence")
	b = append(b, `"error_code":null`...)
	b = g.jk(b, "mobile_country_code", "mccmnc", h.mcc)
	b = g.jk(b, "mobile_network_code", "mccmnc", h.mnc)
	b = g.js(b, "carrier_name", h.carrier)
	b = g.js(b, "type", "mobile")
	b = append(b, '}')
	b = append(b, `,"identity_match":null,"reassigned_number":null,"sms_pumping_risk":null,"phone_number_quality_score":null,"pre_fill":null`...)
	u := "https://lookups.twilio.com/v2/PhoneNumbers/" + e
	g.plantAt("phone", e, u[len("https://lookups.twilio.com/v2/PhoneNumbers/"):])
	b = g.js(b, "url", u)
	b = append(b, '}')
	return Record{Line: b}
}

// vonageInsight writes a Vonage Number Insight Advanced API answer.
func (g *gen) vonageInsight() Record {
	h := g.handset()
	c := countryOf[h.mcc]
	b := make([]byte, 0, 1200)
	b = append(b, '{')
	b = jn(b, "status", "0")
	b = g.js(b, "status_message", "Success")
	b = g.jk(b, "request_id", "uuid", g.uuid())
	b = g.jp(b, "international_format_number", "phone", h.msisdn)
	b = g.jp(b, "national_format_number", "phone", nationalFormat(h.msisdn))
	b = g.js(b, "country_code", c[0])
	b = g.js(b, "country_prefix", c[1])
	b = g.js(b, "request_price", "0.03000000")
	b = g.js(b, "remaining_balance", g.num(1, 90)+"."+g.digits(8))
	b = jo(b, "current_carrier")
	b = g.jk(b, "network_code", "mccmnc", h.mcc+h.mnc)
	b = g.js(b, "name", h.carrier)
	b = g.js(b, "country", c[0])
	b = g.js(b, "network_type", "mobile")
	b = append(b, '}')
	b = jo(b, "original_carrier")
	b = g.jk(b, "network_code", "mccmnc", h.mcc+h.mnc)
	b = g.js(b, "name", h.carrier)
	b = g.js(b, "country", c[0])
	b = g.js(b, "network_type", "mobile")
	b = append(b, '}')
	b = g.js(b, "ported", pick(g, []string{"not_ported", "assumed_not_ported", "ported"}))
	if g.pct(30) {
		b = jo(b, "roaming")
		b = g.js(b, "status", "roaming")
		b = g.js(b, "roaming_country_code", "US")
		b = g.jk(b, "roaming_network_code", "mccmnc", "310260")
		b = g.js(b, "roaming_network_name", "T-Mobile US")
		b = append(b, '}')
	} else {
		b = jo(b, "roaming")
		b = g.js(b, "status", "not_roaming")
		b = append(b, '}')
	}
	if g.pct(50) {
		fn, ln := g.name()
		b = jo(b, "caller_identity")
		b = g.js(b, "caller_type", "consumer")
		b = g.jp(b, "caller_name", "name", fn+" "+ln)
		b = g.jp(b, "first_name", "name", fn)
		b = g.jp(b, "last_name", "name", ln)
		b = g.js(b, "subscription_type", pick(g, []string{"postpaid", "prepaid", "unknown"}))
		b = append(b, '}')
	}
	b = jn(b, "lookup_outcome", "0")
	b = g.js(b, "lookup_outcome_message", "Success")
	b = g.js(b, "valid_number", "valid")
	b = g.js(b, "reachable", pick(g, []string{"reachable", "unknown", "absent"}))
	b = jo(b, "real_time_data")
	b = g.js(b, "active_status", "true")
	b = g.js(b, "handset_status", "On")
	b = append(b, '}')
	b = g.js(b, "ip_warnings", "unknown")
	b = append(b, '}')
	return Record{Line: b}
}

// infobipLookup writes an Infobip Number Lookup (HLR) answer as a
// service's client logs it: results[] with the IMSI the home network
// returned and the serving MSC's global title.
func (g *gen) infobipLookup() Record {
	h := g.handset()
	c := countryOf[h.mcc]
	b := make([]byte, 0, 900)
	b = append(b, '{')
	b = ja(b, "results")
	b = jo(b, "")
	b = g.jp(b, "to", "phone", h.msisdn)
	b = g.jk(b, "mccMnc", "mccmnc", h.mcc+h.mnc)
	if g.pct(70) {
		b = g.jp(b, "imsi", "device_id", h.imsi)
	}
	b = jo(b, "originalNetwork")
	b = g.js(b, "networkName", h.carrier)
	b = g.js(b, "networkPrefix", nationalFormat(h.msisdn)[1:4])
	b = g.js(b, "countryName", map[string]string{"DE": "Germany", "GB": "United Kingdom", "UA": "Ukraine", "US": "United States", "FR": "France"}[c[0]])
	b = g.js(b, "countryPrefix", c[1])
	b = jn(b, "networkId", g.num(1, 900))
	b = append(b, '}')
	b = append(b, `,"ported":false,"roaming":false`...)
	msc := c[1] + g.num(1, 9) + g.digits(9-len(c[1])+2)
	b = g.jk(b, "servingMSC", "msc", msc)
	b = jo(b, "status")
	b = append(b, `"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET","description":"Message delivered to handset"}`...)
	b = jo(b, "error")
	b = append(b, `"groupId":0,"groupName":"OK","id":0,"name":"NO_ERROR","description":"No Error","permanent":false}`...)
	b = append(b, '}', ']', '}')
	return Record{Line: b}
}

// topUp writes one airtime top-up record of the stream's provider, as
// the reseller's service logs the provider's answer.
func (g *gen) topUp(st *streamState) Record {
	switch st.variant % 3 {
	case 0:
		return g.dtOneTransaction()
	case 1:
		return g.dingTransfer()
	}
	return g.reloadlyTopup()
}

// dtOneTransaction writes a DT One DVS API transaction (POST
// /v1/async/transactions, GET /v1/transactions/{id}).
func (g *gen) dtOneTransaction() Record {
	h := g.handset()
	b := make([]byte, 0, 1400)
	b = append(b, '{')
	id := g.num(1000000000, 2147483647)
	g.keepAt("counter", id, `"id":`+id+`,`)
	b = jn(b, "id", id)
	b = g.jk(b, "external_id", "orderid", "TXN-"+g.now.Format("20060102")+"-"+g.digits(6))
	b = g.jk(b, "creation_date", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
	b = g.jk(b, "confirmation_date", "timestamp", g.now.Add(2*time.Second).UTC().Format("2006-01-02T15:04:05.000000000Z"))
	b = jo(b, "status")
	b = jn(b, "id", "70000")
	b = g.js(b, "message", "COMPLETED")
	b = append(b, '}')
	b = g.jk(b, "operator_reference", "orderid", g.num(100000, 999999)+g.digits(8))
	b = jo(b, "product")
	b = jn(b, "id", g.num(1000, 30000))
	b = g.js(b, "name", "10 EUR")
	b = jo(b, "operator")
	b = jn(b, "id", g.num(100, 3000))
	b = g.js(b, "name", h.carrier)
	b = append(b, '}', '}')
	b = jo(b, "prices")
	b = jo(b, "retail")
	b = jn(b, "amount", "10.99")
	b = g.js(b, "unit", "EUR")
	b = g.js(b, "unit_type", "CURRENCY")
	b = append(b, '}', '}')
	b = jo(b, "sender")
	fn, ln := g.name()
	b = g.jp(b, "last_name", "name", ln)
	b = g.jp(b, "first_name", "name", fn)
	b = g.jp(b, "mobile_number", "phone", g.e164())
	b = append(b, '}')
	b = jo(b, "beneficiary")
	bf, bl := g.name()
	b = g.jp(b, "last_name", "name", bl)
	b = g.jp(b, "first_name", "name", bf)
	b = append(b, '}')
	b = jo(b, "credit_party_identifier")
	b = g.jp(b, "mobile_number", "phone", "+"+h.msisdn)
	b = append(b, '}')
	b = g.js(b, "callback_url", "https://topup.example.com/dtone/callback")
	b = append(b, '}')
	return Record{Line: b}
}

// dingTransfer writes a DingConnect SendTransfer answer's TransferRecord:
// AccountNumber is the number topped up.
func (g *gen) dingTransfer() Record {
	h := g.handset()
	b := make([]byte, 0, 1000)
	b = append(b, '{')
	b = jo(b, "TransferRecord")
	b = jo(b, "TransferId")
	b = g.jk(b, "TransferRef", "orderid", g.num(1000000000, 9999999999))
	b = g.jk(b, "DistributorRef", "orderid", "ORD"+g.digits(9))
	b = append(b, '}')
	b = g.jk(b, "SkuCode", "sku", pick(g, []string{"GB_VF_TopUp", "DE_TM_TopUp", "UA_KS_TopUp", "FR_OR_TopUp"}))
	b = jo(b, "Price")
	b = jn(b, "CustomerFee", "0")
	b = jn(b, "DistributorFee", "0.12")
	b = jn(b, "ReceiveValue", "10")
	b = g.js(b, "ReceiveCurrencyIso", "EUR")
	b = jn(b, "SendValue", "10.95")
	b = g.js(b, "SendCurrencyIso", "EUR")
	b = append(b, '}')
	b = jn(b, "CommissionApplied", "0.31")
	b = g.jk(b, "StartedUtc", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.00Z"))
	b = g.jk(b, "CompletedUtc", "timestamp", g.now.Add(3*time.Second).UTC().Format("2006-01-02T15:04:05.00Z"))
	b = g.js(b, "ProcessingState", "Complete")
	pin := g.pct(30)
	if pin {
		code := g.digits(4) + "-" + g.digits(4) + "-" + g.digits(4) + "-" + g.digits(4)
		b = g.jf(b, "ReceiptText", plain, "", "Your voucher PIN is ", nil)
		b = b[:len(b)-1]
		b = g.plant(b, "secret", code, "")
		b = append(b, '"')
		b = jo(b, "ReceiptParams")
		b = g.jp(b, "pin", "secret", code)
		b = append(b, '}')
	} else {
		b = g.js(b, "ReceiptText", "")
		b = append(b, `,"ReceiptParams":{}`...)
	}
	b = g.jp(b, "AccountNumber", "phone", h.msisdn)
	b = append(b, '}')
	b = append(b, `,"ResultCode":1,"ErrorCodes":[]}`...)
	return Record{Line: b}
}

// reloadlyTopup writes a Reloadly Airtime API top-up answer (POST
// /topups).
func (g *gen) reloadlyTopup() Record {
	h := g.handset()
	c := countryOf[h.mcc]
	b := make([]byte, 0, 1000)
	b = append(b, '{')
	id := g.num(10000, 99999999)
	g.keepAt("counter", id, `"transactionId":`+id+`,`)
	b = jn(b, "transactionId", id)
	b = g.js(b, "status", "SUCCESSFUL")
	b = g.jk(b, "operatorTransactionId", "orderid", g.now.Format("20060102150405")+g.digits(5))
	b = g.jk(b, "customIdentifier", "orderid", "topup-"+g.hexID(12))
	b = g.jp(b, "recipientPhone", "phone", h.msisdn)
	b = append(b, `,"recipientEmail":null`...)
	b = g.jp(b, "senderPhone", "phone", strings.TrimPrefix(g.e164(), "+"))
	b = g.js(b, "countryCode", c[0])
	b = jn(b, "operatorId", g.num(100, 900))
	b = g.js(b, "operatorName", h.carrier)
	b = jn(b, "discount", "0.48")
	b = g.js(b, "discountCurrencyCode", "EUR")
	b = jn(b, "requestedAmount", "10")
	b = g.js(b, "requestedAmountCurrencyCode", "EUR")
	b = jn(b, "deliveredAmount", "10")
	b = g.js(b, "deliveredAmountCurrencyCode", "EUR")
	b = g.jk(b, "transactionDate", "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"))
	b = append(b, `,"pinDetail":null`...)
	b = jo(b, "balanceInfo")
	b = jn(b, "oldBalance", "6094.12")
	b = jn(b, "newBalance", "6084.60")
	b = g.js(b, "currencyCode", "EUR")
	b = g.jk(b, "updatedAt", "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"))
	b = append(b, '}', '}')
	return Record{Line: b}
}
