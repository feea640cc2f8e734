package realistic

import (
	"strings"
)

// Names in the shapes the other formats rarely write them, from the public
// documentation of the software that logs them:
//
//   - device_inventory: the names devices announce and device managers
//     keep. ISC dhcpd's "DHCPACK on IP to MAC (host) via if" (dhcpd(8)),
//     dnsmasq's "DHCPACK(if) IP MAC host" (dnsmasq(8)), the Windows Server
//     DHCP audit log (DhcpSrvLog-*.log: its banner, the ID,Date,Time,
//     Description,IP Address,Host Name,MAC Address,... header and CSV
//     rows, MAC as 12 hex digits), Jamf Pro's ComputerCheckIn and
//     MobileDeviceCheckIn webhooks (event.computer / event.deviceName,
//     realName, username, emailAddress) and the Microsoft Graph Intune
//     managedDevice resource (deviceName, userDisplayName,
//     userPrincipalName, managedDeviceName "user_Type_date time"). A
//     device named by its owner in Settings is written as Apple writes
//     it ("Maria's iPhone", host name Marias-iPhone; iOS in German,
//     French, Spanish, Italian and Dutch: "iPhone von Maria", "iPhone de
//     Marie", "iPhone di Maria", "iPhone van Sanne"; host name with
//     hyphens), or as an Android phone renamed by its owner (Marias-Galaxy-S23).
//   - travel_payments: IATA Resolution 792 bar-coded boarding passes
//     (BCBP mandatory items: format code M, legs 1, a 20-character
//     SURNAME/GIVEN TITLE field, ticket indicator E, a 7-character PNR,
//     from, to, carrier, flight, Julian date, compartment, seat, check-in
//     sequence, status, and the size of the conditional items in hex) as
//     a gate reader logs the scan; a GDS PNR display's name elements
//     (" 1.SMITH/JOHN MR  2.SMITH/ANNA MRS") and itinerary segment; IATA
//     NDC OrderViewRS passengers as JSON (Pax, PTC, Individual with
//     GivenName[], Surname, TitleName); payment gateways' requests as
//     logged (Adyen paymentMethod.holderName, Braintree creditCard
//     cardholderName, Worldpay cardHolderName, Authorize.Net billTo
//     firstName/lastName) and their text lines (cardholder="JOHN SMITH",
//     holder JOHN SMITH); a hotel PMS's front-desk lines (guest SMITH,
//     JOHN: the PMS writes the family name first) and Oracle Hospitality
//     OHIP's profile personName (givenName, surname).
//   - world_names: application and audit lines and JSON naming people of
//     many cultures after the words that introduce them (user, customer,
//     by, to, assigned to, contact:) and under their keys (display_name,
//     full_name, given_name/family_name): Vietnamese and Korean names with
//     the family name first, Chinese pinyin and Japanese romaji in either
//     order, Arabic names with bin/al-/Abu, Indian, Nigerian, Turkish,
//     Polish and Czech names with their diacritics, Spanish double
//     surnames, Dutch tussenvoegsels, Irish O'/Ó/Mc, hyphenated names,
//     and names in their own scripts (Chinese, Japanese, Korean, Arabic,
//     Cyrillic).
//
// Planted (category name): every person's name in each form it takes (the
// whole name, and its family name alone where a partial mask would leave
// it). Kept: service accounts, host names (web-01, DESKTOP-7H3K2LQ, iPhone
// and Galaxy-S23 as a device's default name), model identifiers
// (iPhone14,7, MacBookPro18,3), city and product names after the same cue
// words, airline and airport codes, flight numbers, fare classes, seats.

// worldName is a person's name as its culture writes it.
type worldName struct {
	full   string // as written in running text
	family string // the family name alone (planted too), "" when full is one script word
	given  string
}

var worldNames = []worldName{
	// Family name first.
	{"Nguyễn Văn An", "Nguyễn", "An"}, {"Trần Thị Mai", "Trần", "Mai"}, {"Lê Hoàng Nam", "Lê", "Nam"},
	{"Phạm Minh Tuấn", "Phạm", "Tuấn"}, {"Huỳnh Thị Hoa", "Huỳnh", "Hoa"}, {"Đặng Quốc Bảo", "Đặng", "Bảo"},
	{"Kim Min-jun", "Kim", "Min-jun"}, {"Lee Seo-yeon", "Lee", "Seo-yeon"}, {"Park Ji-hoon", "Park", "Ji-hoon"},
	{"Choi Yu-na", "Choi", "Yu-na"}, {"Wang Xiaoming", "Wang", "Xiaoming"}, {"Zhang Wei", "Zhang", "Wei"},
	{"Liu Yang", "Liu", "Yang"}, {"Chen Jie", "Chen", "Jie"}, {"Tanaka Hiroshi", "Tanaka", "Hiroshi"},
	{"Suzuki Yuki", "Suzuki", "Yuki"}, {"Takahashi Aoi", "Takahashi", "Aoi"}, {"Watanabe Kenji", "Watanabe", "Kenji"},
	// Given name first.
	{"Xiaoming Wang", "Wang", "Xiaoming"}, {"Haruka Yamamoto", "Yamamoto", "Haruka"},
	{"Ahmed bin Saleh", "Saleh", "Ahmed"}, {"Khalid al-Rashid", "al-Rashid", "Khalid"},
	{"Layla Abu-Zaid", "Abu-Zaid", "Layla"}, {"Mohammed Al Mansouri", "Mansouri", "Mohammed"},
	{"Omar Abdel Rahman", "Rahman", "Omar"}, {"Venkata Ramana Reddy", "Reddy", "Venkata"},
	{"Gurpreet Singh", "Singh", "Gurpreet"}, {"Harpreet Kaur", "Kaur", "Harpreet"}, {"Sai Krishna Iyer", "Iyer", "Sai"},
	{"Chinedu Okafor", "Okafor", "Chinedu"}, {"Oluwaseun Adeyemi", "Adeyemi", "Oluwaseun"},
	{"Ngozi Eze", "Eze", "Ngozi"}, {"Babajide Ogunleye", "Ogunleye", "Babajide"}, {"Aminu Bello", "Bello", "Aminu"},
	{"Mehmet Yılmaz", "Yılmaz", "Mehmet"}, {"Ayşe Öztürk", "Öztürk", "Ayşe"}, {"Çağla Şahin", "Şahin", "Çağla"},
	{"Paweł Dąbrowski", "Dąbrowski", "Paweł"}, {"Małgorzata Wójcik", "Wójcik", "Małgorzata"},
	{"Jiří Dvořák", "Dvořák", "Jiří"}, {"Tereza Černá", "Černá", "Tereza"}, {"Lukáš Procházka", "Procházka", "Lukáš"},
	{"María José García López", "García López", "María"}, {"Lucía Martín Sánchez", "Martín Sánchez", "Lucía"},
	{"Jan van der Berg", "van der Berg", "Jan"}, {"Sanne de Vries", "de Vries", "Sanne"},
	{"Pieter van den Heuvel", "van den Heuvel", "Pieter"}, {"Siobhán O'Brien", "O'Brien", "Siobhán"},
	{"Ciarán Ó Súilleabháin", "Súilleabháin", "Ciarán"}, {"Aoife McCarthy", "McCarthy", "Aoife"},
	{"Anna-Lena Müller-Schmidt", "Müller-Schmidt", "Anna-Lena"}, {"Jean-Luc Moreau-Dupont", "Moreau-Dupont", "Jean-Luc"},
}

// scriptNames are names written in their own script, with no spaces
// (Chinese, Japanese) or with them.
var scriptNames = []string{"王小明", "李娜", "张伟", "田中太郎", "山田花子", "佐藤さくら", "김민준", "이서연", "박지훈",
	"محمد العلي", "فاطمة الزهراء", "Иван Петров", "Ольга Коваленко", "Дмитрий Соколов"}

// plantWorld labels a world name: the whole, and its family name alone.
func (g *gen) plantWorld(n worldName, form string) {
	if form == "" {
		form = n.full
	}
	g.plantAt("name", n.full, form)
	if n.family != "" {
		g.plantAt("name", n.family)
	}
}

// ownerFirst returns a Latin given name a device may be named after.
var ownerFirst = []string{"Maria", "Anna", "John", "Sanne", "Marie", "Lucia", "Olena", "David", "Sophie", "Tomasz", "Giulia", "Pieter"}

// deviceName returns a device's name as its owner set it or as it came,
// labelled, in display form (host false) or as the DHCP host name the
// device derives from it (host true).
func (g *gen) deviceName(host bool) string {
	who := pick(g, ownerFirst)
	dev := pick(g, []string{"iPhone", "iPad", "MacBook Pro", "MacBook Air", "iMac"})
	var d string
	switch n := g.rng.IntN(12); {
	case n < 3:
		d = who + pick(g, []string{"’", "'"}) + "s " + dev
		if host {
			// The host name drops the apostrophe: the owner's word is
			// "Marias".
			d = who + "s-" + strings.ReplaceAll(dev, " ", "-")
			g.plantAt("name", who+"s")
		} else {
			g.plantAt("name", who)
		}
	case n < 6:
		prep := pick(g, []string{"von", "de", "di", "van"})
		d = dev + " " + prep + " " + who
		if host {
			d = strings.ReplaceAll(d, " ", "-")
		}
		g.plantAt("name", who)
	case n < 7:
		m := pick(g, []string{"Galaxy S23", "Galaxy A54", "Pixel 8"})
		d = who + "'s " + m
		if host {
			d = who + "s-" + strings.ReplaceAll(m, " ", "-")
			g.plantAt("name", who+"s")
		} else {
			g.plantAt("name", who)
		}
	default:
		d = pick(g, []string{"iPhone", "iPad", "Galaxy S23", "Galaxy-S23-Ultra", "Pixel 8", "DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
			"LAPTOP-" + g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "web-01", "printer-2f", "MacBook Pro", "Mac mini"})
		if host {
			d = strings.ReplaceAll(d, " ", "-")
		}
		g.keepAt("host", d)
	}
	return d
}

func (g *gen) deviceInventory(st *streamState) Record {
	switch st.variant % 4 {
	case 0:
		return g.jamfHook()
	case 1:
		return g.invDHCPD(st)
	case 2:
		return g.intuneDevice()
	}
	return g.winDHCPAudit(st)
}

func (g *gen) invDHCPD(st *streamState) Record {
	b := make([]byte, 0, 200)
	mac := g.dhcpMAC()
	ip := g.leaseIP()
	host := g.deviceName(true)
	if g.pct(50) {
		b = g.syslogHead(b, st, "gw-1", "dhcpd")
		b = append(b, pick(g, []string{"DHCPACK on " + ip + " to ", "DHCPOFFER on " + ip + " to ", "DHCPREQUEST for " + ip + " from "})...)
		b = append(b, mac+" ("+host+") via eth0"...)
		return Record{Line: b}
	}
	b = g.syslogHead(b, st, "OpenWrt", "dnsmasq-dhcp")
	b = append(b, pick(g, []string{"DHCPACK(br-lan) ", "DHCPREQUEST(br-lan) "})+ip+" "+mac+" "+host...)
	return Record{Line: b}
}

// winDHCPAudit writes the Windows Server DHCP audit log: its banner and
// header at the start of the file, then one CSV row an event.
func (g *gen) winDHCPAudit(st *streamState) Record {
	switch st.n {
	case 0:
		return Record{Line: []byte("\t\tMicrosoft DHCP Service Activity Log"), Header: true}
	case 1:
		return Record{Line: []byte("ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError."), Header: true}
	}
	t := g.now.UTC()
	b := make([]byte, 0, 200)
	ids := []string{"10,", "11,", "12,", "30,", "32,"}
	descs := []string{"Assign", "Renew", "Release", "DNS Update Request", "DNS Update Successful"}
	k := g.rng.IntN(len(ids))
	b = append(b, ids[k]...)
	b = g.keep(b, "timestamp", t.Format("01/02/06,15:04:05"), "")
	b = append(b, ","+descs[k]+","...)
	ip := "10.20." + g.num(0, 40) + "." + g.num(2, 254)
	g.plantAt("ipv4", ip)
	b = append(b, ip+","...)
	host := g.deviceName(true)
	if g.pct(50) {
		host += ".corp.example.com"
	}
	b = append(b, host+","...)
	mac := strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ""))
	mac = strings.ReplaceAll(mac, ":", "")
	g.plantAt("mac", mac)
	b = append(b, mac+","...)
	tid := g.num(100000000, 999999999)
	b = g.keep(b, "counter", tid, ","+tid+",")
	b = append(b, "0,,,,"...)
	if g.pct(50) {
		b = append(b, "0x4D53465420352E30,MSFT 5.0,,,,0"...)
	} else {
		b = append(b, ",,,,,0"...)
	}
	return Record{Line: b}
}

// jamfHook writes a Jamf Pro webhook as a receiver logs its body.
func (g *gen) jamfHook() Record {
	first := pick(g, ownerFirst)
	last := pick(g, lastNames)
	login := strings.ToLower(ascii(first) + "." + ascii(last))
	b := make([]byte, 0, 600)
	mobile := g.pct(50)
	b = append(b, '{')
	b = jo(b, "webhook")
	b = jn(b, "id", g.num(1, 20))
	b = g.js(b, "name", pick(g, []string{"inventory-sync", "checkin to SIEM"}))
	ev := "ComputerCheckIn"
	if mobile {
		ev = "MobileDeviceCheckIn"
	}
	b = g.js(b, "webhookEvent", ev)
	b = append(b, '}')
	b = jo(b, "event")
	if !mobile {
		b = jo(b, "computer")
	}
	b = g.js(b, "building", "")
	b = g.js(b, "department", pick(g, []string{"Sales", "Engineering", ""}))
	b = g.jf(b, "deviceName", plain, "", g.deviceName(!mobile), nil)
	b = g.jp(b, "emailAddress", "email", g.email(first, last))
	ip := g.privateIPv4()
	b = g.jp(b, "ipAddress", "ipv4", ip)
	b = jn(b, "jssID", g.num(1, 4000))
	mac := strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ":"))
	b = g.jp(b, "macAddress", "mac", mac)
	if mobile {
		b = g.jk(b, "model", "model", pick(g, []string{"iPhone 14", "iPhone 15 Pro", "iPad Air (5th generation)"}))
		b = g.jk(b, "modelDisplay", "model", pick(g, []string{"iPhone14,7", "iPhone16,1", "iPad13,16"}))
		b = g.jk(b, "osVersion", "version", "17.1.2")
	} else {
		b = g.jk(b, "model", "model", pick(g, []string{"MacBookPro18,3", "Mac14,2", "MacBookAir10,1"}))
		b = g.jk(b, "osBuild", "version", "23B81")
		b = g.jk(b, "osVersion", "version", "14.1.1")
	}
	b = g.js(b, "phone", "")
	b = g.js(b, "position", pick(g, []string{"Account Executive", "", "Engineer"}))
	b = g.jp(b, "realName", "name", first+" "+last)
	b = g.js(b, "room", "")
	b = g.jk(b, "serialNumber", "serial", "C02"+g.chars(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
	b = g.jk(b, "udid", "uuid", strings.ToUpper(g.uuid()))
	b = g.js(b, "userDirectoryID", "-1")
	b = g.jp(b, "username", "name", login)
	if !mobile {
		b = append(b, '}')
		b = g.js(b, "trigger", "CHECKIN")
		b = g.jp(b, "username", "name", login)
	}
	b = append(b, '}', '}')
	return Record{Line: b}
}

// intuneDevice writes a Microsoft Graph managedDevice (GET
// /deviceManagement/managedDevices) as an inventory export logs it.
func (g *gen) intuneDevice() Record {
	first := pick(g, ownerFirst)
	last := pick(g, lastNames)
	login := strings.ToLower(ascii(first) + "." + ascii(last))
	b := make([]byte, 0, 700)
	b = append(b, '{')
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = g.jf(b, "deviceName", plain, "", g.deviceName(false), nil)
	b = g.js(b, "managedDeviceOwnerType", pick(g, []string{"company", "personal"}))
	t := g.now.UTC()
	b = g.jk(b, "enrolledDateTime", "timestamp", t.AddDate(0, -3, 0).Format("2006-01-02T15:04:05Z"))
	b = g.jk(b, "lastSyncDateTime", "timestamp", t.Format("2006-01-02T15:04:05Z"))
	os := pick(g, []string{"iOS", "Windows", "Android", "macOS"})
	b = g.js(b, "operatingSystem", os)
	b = g.js(b, "complianceState", pick(g, []string{"compliant", "noncompliant"}))
	b = g.jk(b, "osVersion", "version", pick(g, []string{"17.1.2", "10.0.22631.2715", "14"}))
	b = g.jp(b, "emailAddress", "email", g.email(first, last))
	b = g.jk(b, "azureADDeviceId", "uuid", g.uuid())
	b = g.jk(b, "model", "model", pick(g, []string{"iPhone 14", "Surface Laptop 5", "SM-S911B", "MacBookPro18,3"}))
	b = g.js(b, "manufacturer", pick(g, []string{"Apple", "Microsoft Corporation", "samsung"}))
	b = g.jk(b, "serialNumber", "serial", g.chars(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
	upn := login + "@" + pick(g, emailDomains)
	b = g.jp(b, "userPrincipalName", "email", upn)
	b = g.jp(b, "userDisplayName", "name", first+" "+last)
	// managedDeviceName: "an automatically generated name to identify a
	// device", the user's name, the type and the enrolment time.
	typ := pick(g, []string{"iPhone", "Windows", "AndroidForWork", "MacMDM"})
	when := t.AddDate(0, -3, 0).Format("1/2/2006_3:04 PM")
	user := login
	g.plantAt("name", user, user+"_"+typ)
	b = g.js(b, "managedDeviceName", user+"_"+typ+"_"+when)
	mac := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(g.mac(), "-", ""), ":", ""))
	b = g.jp(b, "wiFiMacAddress", "mac", mac)
	b = append(b, '}')
	return Record{Line: b}
}

// Travel and payment records.

// paxName is a passenger's name as airline systems write it: upper case,
// family name first.
type paxName struct{ last, first, title string }

var paxLast = []string{"SMITH", "GARCIALOPEZ", "NGUYEN", "KOWALSKI", "OBRIEN", "MUELLER", "TANAKA", "OKAFOR", "YILMAZ", "VANDERBERG", "ALRASHID", "PATEL", "DUBOIS", "KIM"}
var paxFirst = []string{"JOHN", "MARIA", "VANAN", "ANNA", "SEAN", "HIROSHI", "CHINEDU", "MEHMET", "PIETER", "KHALID", "PRIYA", "CLAIRE", "MINJUN", "OLENA"}

func (g *gen) pax() paxName {
	t := pick(g, []string{"MR", "MRS", "MS", "MISS", "MSTR", ""})
	return paxName{pick(g, paxLast), pick(g, paxFirst), t}
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s[:n]
	}
	return s + strings.Repeat(" ", n-len(s))
}

func (g *gen) travelPayments(st *streamState) Record {
	switch g.rng.IntN(8) {
	case 0, 1:
		return g.bcbpScan()
	case 2:
		return g.gdsPNR()
	case 3:
		return g.ndcPax()
	case 4:
		return g.gatewayJSON()
	case 5, 6:
		return g.gatewayText()
	}
	return g.pmsLine()
}

func (g *gen) travelHead(b []byte, logger string) []byte {
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	return append(b, " INFO  ["+logger+"] "...)
}

var carriers = []string{"BA ", "LH ", "AF ", "VN ", "TK ", "LO ", "KL ", "EI "}
var airports = []string{"JFK", "LHR", "FRA", "CDG", "SGN", "IST", "WAW", "AMS", "DUB", "NRT", "ICN", "LOS"}

// bcbpScan writes a boarding pass scan: the BCBP string's mandatory items.
func (g *gen) bcbpScan() Record {
	p := g.pax()
	name := p.last + "/" + p.first
	if p.title != "" {
		name += " " + p.title
	}
	from, to := pick(g, airports), pick(g, airports)
	cxr := pick(g, carriers)
	flt := pad(g.num(1, 9999), 4)
	for len(strings.TrimSpace(flt)) < 4 {
		flt = "0" + strings.TrimSpace(flt)
	}
	flt += " "
	pnr := g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
	julian := g.num(100, 365)
	cls := pick(g, []string{"Y", "J", "F", "W", "M"})
	seat := "0" + g.num(10, 45) + pick(g, []string{"A", "C", "D", "F"})
	seq := "0" + g.num(100, 399) + " "
	field := pad(name, 20)
	bcbp := "M1" + field + "E" + pad(pnr, 7) + from + to + cxr + flt + julian + cls + seat + seq + "1" + "00"
	// The field cuts a long name: what is left of each part is planted.
	g.plantAt("name", p.last, "M1"+p.last) // no word of its own after the format code
	if strings.Contains(field+" ", "/"+p.first+" ") {
		g.plantAt("name", p.first)
	} else if given := strings.TrimSpace(field[len(p.last)+1:]); len(given) >= 2 && strings.HasPrefix(p.first, given) {
		g.plantAt("name", given)
	}
	g.keepAt("flight", from+to+cxr+flt)
	g.keepAt("flight", julian+cls+seat)
	b := make([]byte, 0, 200)
	b = g.travelHead(b, pick(g, []string{"gate.reader", "bcbp.decoder"}))
	b = append(b, "gate="+pick(g, []string{"B22", "A07", "C31"})+" scan ok raw=\""+bcbp+"\""...)
	return Record{Line: b}
}

// gdsPNR writes a PNR display's name elements and a segment as an
// integration logs the terminal's answer.
func (g *gen) gdsPNR() Record {
	b := make([]byte, 0, 200)
	b = g.travelHead(b, "gds.session")
	pnr := g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
	b = append(b, "RT"+pnr+" -> "...)
	n := 1 + g.rng.IntN(2)
	for k := 1; k <= n; k++ {
		p := g.pax()
		nm := p.last + "/" + p.first
		g.plantAt("name", p.last)
		g.plantAt("name", p.first)
		if p.title != "" {
			nm += " " + p.title
		}
		b = append(b, "  "+string(rune('0'+k))+"."+nm...)
	}
	from, to := pick(g, airports), pick(g, airports)
	cxr := strings.TrimSpace(pick(g, carriers))
	flt := g.num(10, 999)
	seg := "  " + string(rune('1'+n)) + "  " + cxr + " " + flt + " " + pick(g, []string{"Y", "M", "J"}) + " 15DEC 2 " + from + to + " HK" + string(rune('0'+n))
	g.keepAt("flight", cxr+" "+flt)
	g.keepAt("flight", from+to)
	b = append(b, seg...)
	return Record{Line: b}
}

// ndcPax writes an IATA NDC OrderViewRS's passenger list as JSON.
func (g *gen) ndcPax() Record {
	b := make([]byte, 0, 300)
	b = append(b, `{"OrderViewRS":{"Response":{"DataLists":{"PaxList":{"Pax":[`...)
	for k := 1; k <= 1+g.rng.IntN(2); k++ {
		p := g.pax()
		b = append(jcomma(b), '{')
		b = g.jk(b, "PaxID", "counter", "PAX"+string(rune('0'+k)))
		b = g.jk(b, "PTC", "code", pick(g, []string{"ADT", "CHD"}))
		b = jo(b, "Individual")
		b = ja(b, "GivenName")
		b = append(b, '"')
		b = g.plant(b, "name", p.first, "")
		b = append(b, '"', ']')
		b = g.jp(b, "Surname", "name", p.last)
		if p.title != "" {
			b = g.js(b, "TitleName", p.title)
		}
		b = append(b, '}', '}')
	}
	b = append(b, `]}}}}}`...)
	return Record{Line: b}
}

// titleCase writes an upper-case name as a person types it.
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}

// gatewayJSON writes a payment request as a gateway client logs it.
func (g *gen) gatewayJSON() Record {
	p := g.pax()
	holder := p.first + " " + p.last
	if g.pct(40) {
		holder = titleCase(p.first) + " " + titleCase(p.last)
	}
	b := make([]byte, 0, 400)
	switch g.rng.IntN(4) {
	case 0: // Adyen /payments
		b = append(b, `{"amount":{"currency":"EUR","value":`+g.num(100, 99999)+`}`...)
		b = g.jk(b, "reference", "orderid", "ORD-"+g.digits(8))
		b = jo(b, "paymentMethod")
		b = g.js(b, "type", "scheme")
		b = g.jp(b, "holderName", "name", holder)
		b = g.js(b, "encryptedCardNumber", "[redacted]")
		b = append(b, '}', '}')
	case 1: // Braintree transaction.sale
		b = append(b, `{"transaction":{"amount":"`+g.num(1, 999)+`.00","creditCard":{`...)
		b = g.jp(b, "cardholderName", "name", holder)
		b = g.js(b, "last4", g.digits(4))
		b = append(b, `},"options":{"submitForSettlement":true}}}`...)
	case 2: // Worldpay
		b = append(b, `{"transactionReference":"`...)
		b = g.keep(b, "orderid", g.hexID(12), "")
		b = append(b, `","instruction":{"paymentInstrument":{"type":"card/plain"`...)
		b = g.jp(b, "cardHolderName", "name", holder)
		b = append(b, `,"cardExpiryDate":{"month":12,"year":2028}}}}`...)
	default: // Authorize.Net createTransactionRequest
		b = append(b, `{"createTransactionRequest":{"transactionRequest":{"transactionType":"authCaptureTransaction","billTo":{`...)
		b = g.jp(b, "firstName", "name", titleCase(p.first))
		b = g.jp(b, "lastName", "name", titleCase(p.last))
		b = g.js(b, "city", pick(g, []string{"Ho Chi Minh City", "Kraków", "Dublin", "São Paulo"}))
		b = append(b, `}}}}`...)
	}
	return Record{Line: b}
}

// gatewayText writes a payment service's text log line.
func (g *gen) gatewayText() Record {
	p := g.pax()
	b := make([]byte, 0, 200)
	b = g.travelHead(b, "payments")
	pan := pick(g, []string{"411111", "545454", "378282"}) + "******" + g.digits(4)
	g.keepAt("masked", pan)
	exp := g.num(1, 12) + "/" + g.num(27, 31)
	if len(exp) < 5 {
		exp = "0" + exp
	}
	g.plantAt("name", p.first+" "+p.last)
	g.plantAt("name", p.last)
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "AUTH OK txn="+g.hexID(10)+" pan="+pan+" exp="+exp+" cardholder=\""+p.first+" "+p.last+"\" amount="+g.num(1, 900)+".00 EUR"...)
	case 1:
		b = append(b, "card "+pan+" exp "+exp+" holder "+p.first+" "+p.last+" 3ds=Y eci=05"...)
	default:
		b = append(b, "DECLINED 05 Do not honour pan="+pan+" name_on_card="+p.first+" "+p.last...)
	}
	return Record{Line: b}
}

// pmsLine writes a hotel property management system's front-desk line or
// an OHIP profile answer.
func (g *gen) pmsLine() Record {
	p := g.pax()
	b := make([]byte, 0, 300)
	if g.pct(50) {
		b = append(b, `{"profileDetails":{"customer":{"personName":[{`...)
		b = g.jp(b, "givenName", "name", titleCase(p.first))
		b = g.jp(b, "surname", "name", titleCase(p.last))
		b = g.js(b, "nameType", "Primary")
		b = append(b, `}],"language":"E"}},"profileIdList":[{"id":"`...)
		b = g.keep(b, "counter", g.num(100000, 999999), "")
		b = append(b, `","type":"Profile"}]}`...)
		return Record{Line: b}
	}
	b = g.travelHead(b, "frontdesk")
	room := g.num(101, 909)
	g.keepAt("room", room, "room "+room)
	g.plantAt("name", p.last+", "+p.first)
	g.plantAt("name", p.last)
	conf := g.num(10000000, 99999999)
	g.keepAt("counter", conf)
	b = append(b, pick(g, []string{"Check-in", "Check-out", "Room move"})+" room "+room+" guest "+p.last+", "+p.first+" conf "+conf+" rate "+pick(g, []string{"BAR", "CORP", "AAA"})...)
	return Record{Line: b}
}

// worldLine writes an application or audit line naming a person.
func (g *gen) worldLine(st *streamState) Record {
	b := make([]byte, 0, 300)
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000Z")
	if st.variant%2 == 1 {
		return g.worldJSON(ts)
	}
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, " INFO  "...)
	if g.pct(15) {
		// A look-alike after the same cue words.
		b = append(b, pick(g, []string{"auth: ", "ticket: ", "orders: "})...)
		switch g.rng.IntN(6) {
		case 0:
			b = append(b, "user "...)
			b = g.keep(b, "account", pick(g, []string{"svc-backup", "admin", "jenkins", "root"}), "")
			b = append(b, " logged in"...)
		case 1:
			b = append(b, "order shipped to "...)
			b = g.keep(b, "city", pick(g, []string{"Ho Chi Minh City", "São Paulo", "Kraków", "New York", "Dublin", "Seoul"}), "")
		case 2:
			b = append(b, "request from "...)
			b = g.keep(b, "product", pick(g, []string{"Google Chrome", "Galaxy S23", "Microsoft Edge", "Samsung Internet"}), "")
		case 3:
			b = append(b, "deployed by "...)
			b = g.keep(b, "account", pick(g, []string{"GitHub Actions", "Argo CD", "Jenkins"}), "")
		case 4:
			b = append(b, "health check ok on host "...)
			b = g.keep(b, "host", pick(g, []string{"web-01", "db-02", "DESKTOP-7H3K2LQ"}), "")
		default:
			b = append(b, "assigned to "...)
			b = g.keep(b, "team", pick(g, []string{"Team Alpha", "Tier 2 Support", "Billing"}), "")
		}
		return Record{Line: b}
	}
	if g.pct(20) {
		n := pick(g, scriptNames)
		g.plantAt("name", n)
		b = append(b, pick(g, []string{"auth: user ", "orders: order placed by customer ", "crm: contact: ", "tickets: created by ", "mail: sent to "})...)
		b = append(b, n...)
		b = append(b, pick(g, []string{" (id=" + g.digits(6) + ")", ""})...)
		return Record{Line: b}
	}
	n := pick(g, worldNames)
	g.plantWorld(n, "")
	switch g.rng.IntN(7) {
	case 0:
		b = append(b, "auth: user "+n.full+" logged in from "...)
		b = g.plant(b, "ipv4", g.ipv4(), "")
	case 1:
		b = append(b, "tickets: ticket #"+g.digits(5)+" assigned to "+n.full...)
	case 2:
		b = append(b, "billing: invoice "+g.digits(7)+" sent to customer "+n.full...)
	case 3:
		b = append(b, "auth: password reset requested by "+n.full...)
	case 4:
		b = append(b, "crm: contact: "+n.full+", phone on file"...)
	case 5:
		b = append(b, "hr: employee "+n.full+" onboarded"...)
	default:
		b = append(b, "audit: record "+g.digits(6)+" updated by "+n.full...)
	}
	return Record{Line: b}
}

func (g *gen) worldJSON(ts string) Record {
	b := make([]byte, 0, 400)
	b = append(b, '{')
	b = g.jk(b, "ts", "timestamp", ts)
	if g.pct(25) {
		n := pick(g, scriptNames)
		b = g.js(b, "event", "profile.updated")
		b = jo(b, "user")
		b = g.jk(b, "id", "counter", g.digits(7))
		b = g.jp(b, pick(g, []string{"display_name", "full_name", "name"}), "name", n)
		b = append(b, '}', '}')
		return Record{Line: b}
	}
	n := pick(g, worldNames)
	switch g.rng.IntN(3) {
	case 0:
		b = g.js(b, "event", "user.login")
		b = g.jf(b, "msg", plain, "", "user "+n.full+" logged in", nil)
		g.plantWorld(n, jsonEsc(n.full))
	case 1:
		b = g.js(b, "event", "profile.updated")
		b = jo(b, "user")
		b = g.jk(b, "id", "counter", g.digits(7))
		b = g.jf(b, "display_name", plain, "", n.full, nil)
		g.plantWorld(n, jsonEsc(n.full))
		b = append(b, '}')
	default:
		b = g.js(b, "event", "customer.created")
		b = jo(b, "customer")
		b = g.jp(b, "given_name", "name", n.given)
		fam := n.family
		b = g.jp(b, "family_name", "name", fam)
		b = append(b, '}')
	}
	b = append(b, '}')
	return Record{Line: b}
}
