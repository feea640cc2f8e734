package redact

import "testing"

// TestNamesShapes: names whose shape the given-name-then-surname rule does
// not fit (family name first, particles, second surnames, upper case,
// their own script), passengers as airlines write them, devices named
// after their owner in other languages, Intune's enrolled device names,
// and the Windows DHCP audit log's columns.
func TestNamesShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// The family name first, after a person's cue.
	f("user Nguyễn Văn An logged in", "user [name] logged in")
	f("ticket assigned to Kim Min-jun", "ticket assigned to [name]")
	f("reset requested by Tanaka Hiroshi", "reset requested by [name]")
	f("contact: Wang Xiaoming, phone on file", "contact: [name], phone on file")
	// Particles, second surnames, surnames no list of given names meets.
	f("user Sanne de Vries logged in", "user [name] logged in")
	f("record updated by Jan van der Berg", "record updated by [name]")
	f("user Ahmed bin Saleh logged in", "user [name] logged in")
	f("user Khalid al-Rashid logged in", "user [name] logged in")
	f("employee Mohammed Al Mansouri onboarded", "employee [name] onboarded")
	f("employee Ciarán Ó Súilleabháin onboarded", "employee [name] onboarded")
	f("invoice sent to customer María José García López", "invoice sent to customer [name]")
	f("user Venkata Ramana Reddy logged in", "user [name] logged in")
	f("user Gurpreet Singh logged in", "user [name] logged in")
	f("sent to customer Tereza Černá", "sent to customer [name]")
	f("user Çağla Şahin logged in", "user [name] logged in")
	f("requested by Aoife McCarthy", "requested by [name]")
	// Their own script.
	f("order placed by customer 王小明 (id=42)", "order placed by customer [name] (id=42)")
	f("mail: sent to 이서연", "mail: sent to [name]")
	f("auth: user Иван Петров (id=7)", "auth: user [name] (id=7)")
	f("crm: contact: محمد العلي", "crm: contact: [name]")
	// Upper case after a card's holder, a passenger, a guest.
	f("card 411111******1111 exp 12/28 holder JOHN SMITH 3ds=Y", "card 411111******1111 exp 12/28 holder [name] 3ds=Y")
	f("Check-in room 412 guest MUELLER, ANNA conf 88234123", "Check-in room 412 guest [name] conf 88234123")
	// IATA's SURNAME/GIVEN: a boarding pass, a PNR's name elements.
	f(`scan ok raw="M1SMITH/JOHN MR       EABC123 JFKLHRBA 0117 326Y012A0001 100"`,
		`scan ok raw="M1[name] MR       EABC123 JFKLHRBA 0117 326Y012A0001 100"`)
	f("RTABC123 ->   1.DUBOIS/PIETER MISS  2.KIM/MINJUN MS  3  TK 895 J 15DEC 2 LHRICN HK2",
		"RTABC123 ->   1.[name] MISS  2.[name] MS  3  TK 895 J 15DEC 2 LHRICN HK2")
	// Devices: the owner after the device in other languages, renamed
	// Android phones, Intune's managedDeviceName, a camelCase MAC key.
	f("DHCPACK(br-lan) 192.0.2.7 6a:bf:41:d7:74:72 iMac-van-Olena", "DHCPACK(br-lan) 192.0.2.0 [mac] iMac-van-[name]")
	f("DHCPACK on 192.0.2.7 to 6a:bf:41:d7:74:72 (MacBook-Pro-von-Maria) via eth0", "DHCPACK on 192.0.2.0 to [mac] (MacBook-Pro-von-[name]) via eth0")
	f(`{"deviceName":"iPhone de Marie"}`, `{"deviceName":"iPhone de [name]"}`)
	f("host Sophies-Galaxy-A54 joined", "host [name]-Galaxy-A54 joined")
	f(`{"deviceName":"Maria's Galaxy S23"}`, `{"deviceName":"[name]'s Galaxy S23"}`)
	f(`{"managedDeviceName":"jane.doe_iPhone_3/14/2026_4:11 PM","wiFiMacAddress":"a1b2c3d4e5f6"}`,
		`{"managedDeviceName":"[name]_iPhone_3/14/2026_4:11 PM","wiFiMacAddress":"[mac]"}`)

	// Look-alikes after the same cues stay.
	f("order shipped to Ho Chi Minh City", "order shipped to Ho Chi Minh City")
	f("order shipped to São Paulo", "order shipped to São Paulo")
	f("request from Galaxy S23 via Samsung Internet", "request from Galaxy S23 via Samsung Internet")
	f("user ADMIN logged in", "user ADMIN logged in")
	f("sent to EU VAT office", "sent to EU VAT office")
	f("deployed by Jenkins", "deployed by Jenkins")
	f("DHCPACK on 192.0.2.7 to 6a:bf:41:d7:74:72 (Galaxy-S23-Ultra) via eth0", "DHCPACK on 192.0.2.0 to [mac] (Galaxy-S23-Ultra) via eth0")
	f("DHCPACK on 192.0.2.7 to 6a:bf:41:d7:74:72 (DESKTOP-7H3K2LQ) via eth0", "DHCPACK on 192.0.2.0 to [mac] (DESKTOP-7H3K2LQ) via eth0")
	f(`{"model":"iPhone14,7","modelDisplay":"iPhone 15 Pro","deviceName":"iPhone"}`, `{"model":"iPhone14,7","modelDisplay":"iPhone 15 Pro","deviceName":"iPhone"}`)
	f("supports TCP/IP MR and GET/POST", "supports TCP/IP MR and GET/POST")
	f("the MacBook Pro de 2019 is slow", "the MacBook Pro de 2019 is slow")
}

// TestWindowsDHCPAuditColumns: the audit log's header names its columns,
// with blanks before some names and parentheses in others; the MAC column
// holds 12 hex digits.
func TestWindowsDHCPAuditColumns(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	h := "ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError."
	f(h, h)
	f("10,11/23/26,20:01:08,Assign,10.20.20.39,DESKTOP-7H3K2LQ.corp.example.com,3EA06F39AC55,,996190087,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0",
		"10,11/23/26,20:01:08,Assign,10.20.20.0,DESKTOP-7H3K2LQ.corp.example.com,[mac],,996190087,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0")
}
