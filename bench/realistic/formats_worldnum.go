package realistic

import (
	"strconv"
	"strings"
	"time"
)

// Phone numbers and personal ids of the countries phones.go and
// formats_ids.go leave out, in the records of three kinds of producer:
//
//   - sms_gateway_json: SMS gateways' webhooks as the receiving
//     application logs them: Infobip's outbound delivery report (results[]
//     of bulkId, messageId, to, from, sentAt, doneAt, smsCount, mccMnc,
//     price, status and error objects, callbackData) and inbound message
//     (results[] of messageId, from, to, text, cleanText, keyword,
//     receivedAt, smsCount, price), Sinch's recipient delivery report
//     (type, batch_id, recipient, code, status, at, operator_status_at,
//     client_reference). Gateways write the recipient as E.164 digits
//     without '+'; an inbound text names another number as its sender
//     writes it at home.
//   - crm_export_csv: a Salesforce Data Loader export of Contact records
//     (every field quoted, a header row of API names: Id, AccountId,
//     FirstName, LastName, Phone, MobilePhone, MailingPostalCode,
//     MailingCountry, CreatedDate, and custom fields __c), each contact's
//     numbers in the national or international writing of its country.
//   - kyc_webhook_json: identity verification results: Onfido's document
//     report (properties with document_numbers[] of value and type,
//     nationality, issuing_country, date_of_birth), Sumsub's applicant
//     (info with phone, tin and idDocs[] of idDocType, country and number;
//     review with reviewAnswer) and Jumio's workflow retrieval
//     (capabilities.extraction[].data with documentNumber, personalNumber,
//     issuingCountry, dateOfBirth).
//
// Numbers follow each national plan as libphonenumber's metadata
// describes it (national prefix, area and mobile ranges, the groupings of
// its formatting patterns) and stay in the ranges set aside for fiction
// where a regulator has one (NANP 555-0100 to 555-0199, ACMA's 0491 570
// mobiles and 5550 landlines). Ids carry their check digits as their
// issuers define them (and as Presidio's recognizers verify them): US SSN
// and ITIN, UK NHS number (mod 11), Australian TFN (weights 1 4 3 7 5 8 6
// 9 10, mod 11) and Medicare number (weights 1 3 7 9, mod 10), Singapore
// NRIC/FIN (weights 2 7 6 5 4 3 2 and the letter tables), Korean RRN
// (weights 2-9 2-5, mod 11), Finnish HETU (mod 31 letter), Indian PAN
// (holder type P), Turkish T.C. Kimlik No (two check digits), South
// African id (Luhn), Chinese resident id (ISO 7064 MOD 11-2), Swedish
// personnummer (Luhn). Dates of birth are left unlabelled: a date alone
// is no one's.
//
// Look-alikes: message, bulk and batch ids (digit runs among them),
// MCC-MNC codes, short codes, status and error codes, prices, epoch
// milliseconds, Salesforce record ids, postcodes, order ids and amounts,
// the company's ledger account numbers, document expiry dates.

// country is one numbering plan: its calling code and how its people
// write a number. national returns the national significant number
// (digits) and its national writing; intl its international writing.
type country struct {
	iso3, cc string
	number   func(g *gen) (nsn, national, intl string)
	postcode func(g *gen) string
}

// callingNumber returns the writings of one number: split the national
// significant number d after the given group lengths, with the national
// prefix np, in national and international form, the separators picked
// from seps.
func (g *gen) callingNumber(cc, np, d string, seps []string, lens ...int) (nsn, national, intl string) {
	sep := pick(g, seps)
	grouped := group(d, sep, lens...)
	return d, np + grouped, "+" + cc + " " + grouped
}

var worldCountries = []country{
	{"USA", "1", (*gen).phoneUS, func(g *gen) string { return g.num(10001, 99950) }},
	{"CAN", "1", (*gen).phoneCA, func(g *gen) string {
		return pick(g, []string{"M5V", "H2X", "V6B", "T2P"}) + " " + g.num(1, 9) + pick(g, []string{"A", "K", "L", "W"}) + g.num(1, 9)
	}},
	{"MEX", "52", func(g *gen) (string, string, string) {
		d := pick(g, []string{"55", "81", "33"}) + g.sub(8)
		n, nat, in := g.callingNumber("52", "", d, []string{" "}, 2, 4, 4)
		if g.pct(30) {
			nat = "(" + d[:2] + ") " + group(d[2:], "-", 4, 4)
		}
		return n, nat, in
	}, func(g *gen) string { return g.num(10000, 16999) }},
	{"ARG", "54", func(g *gen) (string, string, string) {
		d := g.num(2, 6) + g.digits(7)
		if g.pct(50) { // a mobile: 9 after the country code, 15 after the area code at home
			return "911" + d, "011 15-" + group(d, "-", 4, 4), "+54 9 11 " + group(d, "-", 4, 4)
		}
		return "11" + d, "011 " + group(d, "-", 4, 4), "+54 11 " + group(d, "-", 4, 4)
	}, func(g *gen) string { return "C" + g.num(1000, 1499) + pick(g, []string{"AAA", "ABC", "CDE"}) }},
	{"CHL", "56", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := "9" + g.sub(8)
			return d, group(d, " ", 1, 4, 4), "+56 " + group(d, " ", 1, 4, 4)
		}
		d := "22" + g.sub(7)
		return d, "(2) " + group(d[1:], " ", 4, 4), "+56 " + group(d, " ", 1, 4, 4)
	}, func(g *gen) string { return g.num(7500000, 8999999) }},
	{"COL", "57", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"300", "310", "311", "315", "320", "321"}) + g.sub(7)
			return d, group(d, " ", 3, 3, 4), "+57 " + group(d, " ", 3, 3, 4)
		}
		d := "601" + g.sub(7)
		return d, "(601) " + group(d[3:], " ", 3, 4), "+57 " + group(d, " ", 3, 3, 4)
	}, func(g *gen) string { return "11" + g.num(1000, 9999) }},
	{"ZAF", "27", func(g *gen) (string, string, string) {
		d := pick(g, []string{"21", "11", "82", "83", "72", "71"}) + g.sub(7)
		return g.callingNumber("27", "0", d, []string{" "}, 2, 3, 4)
	}, func(g *gen) string { return g.num(1000, 9999) }},
	{"NGA", "234", func(g *gen) (string, string, string) {
		d := pick(g, []string{"803", "806", "813", "802", "805", "809"}) + g.digits(7)
		return g.callingNumber("234", "0", d, []string{" "}, 3, 3, 4)
	}, func(g *gen) string { return g.num(100001, 999999) }},
	{"KEN", "254", func(g *gen) (string, string, string) {
		d := pick(g, []string{"712", "722", "733", "110", "790"}) + g.digits(6)
		if g.pct(50) {
			return g.callingNumber("254", "0", d, []string{" "}, 3, 6)
		}
		return g.callingNumber("254", "0", d, []string{" "}, 3, 3, 3)
	}, func(g *gen) string { return g.num(100, 900) + "00" }},
	{"EGY", "20", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"10", "11", "12", "15"}) + g.digits(8)
			return g.callingNumber("20", "0", d, []string{" "}, 2, 4, 4)
		}
		d := "2" + g.sub(8)
		return g.callingNumber("20", "0", d, []string{" "}, 1, 4, 4)
	}, func(g *gen) string { return g.num(11511, 11599) }},
	{"SAU", "966", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := "5" + pick(g, []string{"0", "3", "4", "5", "6", "9"}) + g.digits(7)
			return g.callingNumber("966", "0", d, []string{" "}, 2, 3, 4)
		}
		d := "11" + g.sub(7)
		return g.callingNumber("966", "0", d, []string{" "}, 2, 3, 4)
	}, func(g *gen) string { return g.num(11564, 14999) }},
	{"ARE", "971", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := "5" + pick(g, []string{"0", "2", "5", "6", "8"}) + g.digits(7)
			return g.callingNumber("971", "0", d, []string{" ", "-"}, 2, 3, 4)
		}
		d := pick(g, []string{"2", "4"}) + g.sub(7)
		return g.callingNumber("971", "0", d, []string{" "}, 1, 3, 4)
	}, nil},
	{"TUR", "90", func(g *gen) (string, string, string) {
		d := pick(g, []string{"532", "533", "505", "542", "555", "212", "216", "312"}) + g.sub(7)
		n, nat, in := g.callingNumber("90", "0", d, []string{" "}, 3, 3, 2, 2)
		if g.pct(30) {
			nat = "(0" + d[:3] + ") " + group(d[3:], " ", 3, 2, 2)
		}
		return n, nat, in
	}, func(g *gen) string { return "34" + g.num(100, 999) }},
	{"RUS", "7", func(g *gen) (string, string, string) {
		d := pick(g, []string{"495", "499", "812", "916", "903", "926", "985"}) + g.sub(7)
		if g.pct(50) {
			return d, "8 (" + d[:3] + ") " + group(d[3:], "-", 3, 2, 2), "+7 (" + d[:3] + ") " + group(d[3:], "-", 3, 2, 2)
		}
		return d, "8 " + d[:3] + " " + group(d[3:], "-", 3, 2, 2), "+7 " + d[:3] + " " + group(d[3:], "-", 3, 2, 2)
	}, func(g *gen) string { return "1" + g.num(10000, 99999) }},
	{"JPN", "81", func(g *gen) (string, string, string) {
		if g.pct(55) {
			d := pick(g, []string{"90", "80", "70"}) + g.sub(8)
			return g.callingNumber("81", "0", d, []string{"-"}, 2, 4, 4)
		}
		d := pick(g, []string{"3", "6"}) + g.sub(8)
		return g.callingNumber("81", "0", d, []string{"-"}, 1, 4, 4)
	}, func(g *gen) string { return g.num(100, 999) + "-" + g.digits(4) }},
	{"CHN", "86", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"138", "139", "186", "158", "177", "135"}) + g.digits(8)
			return g.callingNumber("86", "", d, []string{" ", "-", ""}, 3, 4, 4)
		}
		d := pick(g, []string{"10", "21"}) + g.sub(8)
		return d, "0" + d[:2] + "-" + group(d[2:], " ", 4, 4), "+86 " + d[:2] + " " + group(d[2:], " ", 4, 4)
	}, func(g *gen) string { return pick(g, []string{"100", "200", "518"}) + g.digits(3) }},
	{"KOR", "82", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := "10" + g.sub(8)
			return g.callingNumber("82", "0", d, []string{"-"}, 2, 4, 4)
		}
		d := "2" + g.sub(7)
		return g.callingNumber("82", "0", d, []string{"-"}, 1, 3, 4)
	}, func(g *gen) string { return "0" + g.num(3000, 6999) }},
	{"AUS", "61", func(g *gen) (string, string, string) {
		if g.pct(55) { // ACMA's numbers for fiction
			d := "491570" + pick(g, []string{"006", "156", "157", "158", "159", "110", "313", "737"})
			return g.callingNumber("61", "0", d, []string{" "}, 3, 3, 3)
		}
		d := pick(g, []string{"25550", "37010", "75550", "85550"}) + g.digits(4)
		n, nat, in := g.callingNumber("61", "0", d, []string{" "}, 1, 4, 4)
		if g.pct(50) {
			nat = "(0" + d[:1] + ") " + group(d[1:], " ", 4, 4)
		}
		return n, nat, in
	}, func(g *gen) string { return pick(g, []string{"2000", "3000", "4000", "6000"}) }},
	{"NZL", "64", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"21", "22", "27"}) + g.sub(7)
			return g.callingNumber("64", "0", d, []string{" "}, 2, 3, 4)
		}
		d := pick(g, []string{"9", "4", "3"}) + g.sub(7)
		n, nat, in := g.callingNumber("64", "0", d, []string{" "}, 1, 3, 4)
		if g.pct(50) {
			nat = "(0" + d[:1] + ") " + group(d[1:], " ", 3, 4)
		}
		return n, nat, in
	}, func(g *gen) string { return g.num(1010, 9893) }},
	{"SGP", "65", func(g *gen) (string, string, string) {
		d := pick(g, []string{"6", "8", "9"}) + g.sub(7)
		return d, group(d, " ", 4, 4), "+65 " + group(d, " ", 4, 4)
	}, func(g *gen) string { return g.num(100000, 829999) }},
	{"IDN", "62", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"812", "813", "821", "857"}) + g.digits(8)
			return g.callingNumber("62", "0", d, []string{"-", " "}, 3, 4, 4)
		}
		d := "21" + g.sub(8)
		return d, "(021) " + group(d[2:], " ", 4, 4), "+62 21 " + group(d[2:], " ", 4, 4)
	}, func(g *gen) string { return g.num(10110, 99999) }},
	{"PHL", "63", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"917", "918", "927", "939"}) + g.digits(7)
			return g.callingNumber("63", "0", d, []string{" "}, 3, 3, 4)
		}
		d := "28" + g.digits(7)
		return d, "(02) " + group(d[1:], " ", 4, 4), "+63 2 " + group(d[1:], " ", 4, 4)
	}, func(g *gen) string { return g.num(1000, 9811) }},
	{"VNM", "84", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"91", "98", "90", "93"}) + g.digits(7)
			return g.callingNumber("84", "0", d, []string{" "}, 2, 3, 2, 2)
		}
		d := pick(g, []string{"28", "24"}) + g.num(3, 3) + g.digits(7)
		return g.callingNumber("84", "0", d, []string{" "}, 2, 4, 4)
	}, func(g *gen) string { return g.num(100000, 999999) }},
	{"THA", "66", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"81", "86", "89", "61", "91"}) + g.digits(7)
			return g.callingNumber("66", "0", d, []string{" ", "-"}, 2, 3, 4)
		}
		d := "2" + g.sub(7)
		return g.callingNumber("66", "0", d, []string{" "}, 1, 3, 4)
	}, func(g *gen) string { return g.num(10100, 96000) }},
	{"PAK", "92", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"300", "301", "321", "333", "345"}) + g.digits(7)
			return d, "0" + d[:3] + " " + d[3:], "+92 " + d[:3] + " " + d[3:]
		}
		d := pick(g, []string{"21", "42", "51"}) + g.sub(8)
		return d, "(0" + d[:2] + ") " + group(d[2:], " ", 4, 4), "+92 " + d[:2] + " " + group(d[2:], " ", 4, 4)
	}, func(g *gen) string { return g.num(10000, 99999) }},
	{"BGD", "880", func(g *gen) (string, string, string) {
		d := pick(g, []string{"1712", "1812", "1911", "1552"}) + g.digits(6)
		return g.callingNumber("880", "0", d, []string{"-"}, 4, 6)
	}, func(g *gen) string { return g.num(1000, 9461) }},
	{"SWE", "46", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"70", "72", "73", "76"}) + g.digits(7)
			return d, "0" + d[:2] + "-" + group(d[2:], " ", 3, 2, 2), "+46 " + group(d, " ", 2, 3, 2, 2)
		}
		d := "8" + g.sub(8)
		return d, "08-" + group(d[1:], " ", 3, 3, 2), "+46 8 " + group(d[1:], " ", 3, 3, 2)
	}, func(g *gen) string { return g.num(111, 984) + " " + g.num(10, 99) }},
	{"NOR", "47", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"4", "9"}) + g.digits(7)
			return d, group(d, " ", 3, 2, 3), "+47 " + group(d, " ", 3, 2, 3)
		}
		d := "2" + g.sub(7)
		return d, group(d, " ", 2, 2, 2, 2), "+47 " + group(d, " ", 2, 2, 2, 2)
	}, func(g *gen) string { return "0" + g.num(150, 999) }},
	{"DNK", "45", func(g *gen) (string, string, string) {
		d := pick(g, []string{"2", "3", "4", "5", "6"}) + g.sub(7)
		return d, group(d, " ", 2, 2, 2, 2), "+45 " + group(d, " ", 2, 2, 2, 2)
	}, func(g *gen) string { return g.num(1050, 9990) }},
	{"FIN", "358", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"40", "44", "45", "50"}) + g.digits(7)
			return g.callingNumber("358", "0", d, []string{" "}, 2, 3, 4)
		}
		d := "9" + g.sub(7)
		return g.callingNumber("358", "0", d, []string{" "}, 1, 3, 4)
	}, func(g *gen) string { return "00" + g.num(100, 990) }},
	{"PRT", "351", func(g *gen) (string, string, string) {
		d := pick(g, []string{"91", "92", "93", "96", "21", "22"}) + g.sub(7)
		return g.callingNumber("351", "", d, []string{" "}, 3, 3, 3)
	}, func(g *gen) string { return g.num(1000, 9999) + "-" + g.num(100, 999) }},
	{"IRL", "353", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"83", "85", "86", "87"}) + g.sub(7)
			return g.callingNumber("353", "0", d, []string{" "}, 2, 3, 4)
		}
		d := "1" + g.sub(7)
		return d, "(01) " + group(d[1:], " ", 3, 4), "+353 1 " + group(d[1:], " ", 3, 4)
	}, func(g *gen) string { return pick(g, []string{"D02 X285", "D04 C932", "T12 AB34"}) }},
	{"BEL", "32", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"470", "475", "486", "495"}) + g.digits(6)
			return g.callingNumber("32", "0", d, []string{" "}, 3, 2, 2, 2)
		}
		d := "2" + g.sub(7)
		return g.callingNumber("32", "0", d, []string{" "}, 1, 3, 2, 2)
	}, func(g *gen) string { return g.num(1000, 9992) }},
	{"CHE", "41", func(g *gen) (string, string, string) {
		d := pick(g, []string{"79", "78", "76", "44", "22", "31"}) + g.sub(7)
		return g.callingNumber("41", "0", d, []string{" "}, 2, 3, 2, 2)
	}, func(g *gen) string { return g.num(1000, 9658) }},
	{"AUT", "43", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"664", "660", "676", "699"}) + g.sub(7)
			return d, "0" + d[:3] + " " + d[3:], "+43 " + d[:3] + " " + d[3:]
		}
		d := "1" + g.sub(7)
		return g.callingNumber("43", "0", d, []string{" "}, 1, 3, 2, 2)
	}, func(g *gen) string { return g.num(1010, 9992) }},
	{"CZE", "420", func(g *gen) (string, string, string) {
		d := pick(g, []string{"601", "602", "603", "731", "777", "222"}) + g.digits(6)
		return g.callingNumber("420", "", d, []string{" "}, 3, 3, 3)
	}, func(g *gen) string { return g.num(100, 799) + " " + g.num(10, 99) }},
	{"ROU", "40", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := "7" + pick(g, []string{"2", "4", "5", "6"}) + g.digits(7)
			return g.callingNumber("40", "0", d, []string{" "}, 3, 3, 3)
		}
		d := "21" + g.sub(7)
		return g.callingNumber("40", "0", d, []string{" "}, 2, 3, 4)
	}, func(g *gen) string { return "0" + g.num(10000, 99999) }},
	{"GRC", "30", func(g *gen) (string, string, string) {
		d := pick(g, []string{"69", "21"}) + pick(g, []string{"4", "7", "0"}) + g.digits(7)
		return g.callingNumber("30", "", d, []string{" "}, 3, 3, 4)
	}, func(g *gen) string { return g.num(100, 851) + " " + g.num(10, 99) }},
	{"ISR", "972", func(g *gen) (string, string, string) {
		if g.pct(60) {
			d := pick(g, []string{"50", "52", "54", "58"}) + g.sub(7)
			return g.callingNumber("972", "0", d, []string{"-"}, 2, 3, 4)
		}
		d := pick(g, []string{"2", "3", "4"}) + g.sub(7)
		return g.callingNumber("972", "0", d, []string{"-"}, 1, 3, 4)
	}, func(g *gen) string { return g.num(1000000, 9999999) }},
}

// phoneNANP writes a North American number in the writings its users
// mix: (415) 555-0123, 415-555-0123, 415.555.0123, 1-415-555-0123.
func (g *gen) phoneNANP(areas []string) (nsn, national, intl string) {
	a, x := pick(g, areas), "01"+g.digits(2)
	nsn = a + "555" + x
	national = pick(g, []string{"(" + a + ") 555-" + x, a + "-555-" + x, a + ".555." + x, "1-" + a + "-555-" + x, "(" + a + ")555-" + x, "1 (" + a + ") 555-" + x})
	intl = pick(g, []string{"+1 " + a + "-555-" + x, "+1 (" + a + ") 555-" + x, "+1 " + a + " 555 " + x, "+1." + a + ".555." + x})
	return
}

func (g *gen) phoneUS() (string, string, string) {
	return g.phoneNANP([]string{"212", "415", "617", "312", "202", "305", "512", "206"})
}

func (g *gen) phoneCA() (string, string, string) {
	return g.phoneNANP([]string{"416", "604", "514", "403", "613"})
}

// worldPhone returns a number of a random country: its E.164 digits (no
// '+') and its writing, national or international.
func (g *gen) worldPhone(c country) (digits, written string) {
	nsn, nat, intl := c.number(g)
	digits = c.cc + nsn
	if g.pct(60) {
		return digits, nat
	}
	return digits, intl
}

// Personal ids with their check digits.

// nhsNumber returns a UK NHS number (mod 11, 10 is no number), printed
// 3-3-4 with blanks or compact.
func (g *gen) nhsNumber() (string, string) {
	for {
		d := g.num(4, 7) + g.digits(8)
		s := 0
		for i := 0; i < 9; i++ {
			s += digitOf(d[i]) * (10 - i)
		}
		c := 11 - s%11
		if c == 11 {
			c = 0
		}
		if c == 10 {
			continue
		}
		d += strconv.Itoa(c)
		return d, group(d, " ", 3, 3, 4)
	}
}

// tfn returns an Australian tax file number: weights 1 4 3 7 5 8 6 9 10,
// the sum divisible by 11.
func (g *gen) tfn() (string, string) {
	w := []int{1, 4, 3, 7, 5, 8, 6, 9, 10}
	for {
		d := g.num(1, 9) + g.digits(7)
		s := 0
		for i := 0; i < 8; i++ {
			s += digitOf(d[i]) * w[i]
		}
		c := s % 11 // 10*c = -s (mod 11) and 10 = -1
		if c == 10 {
			continue
		}
		d += strconv.Itoa(c)
		return d, group(d, " ", 3, 3, 3)
	}
}

// medicare returns an Australian Medicare card number: first digit 2-6,
// check digit the weighted sum (1 3 7 9) of the first eight mod 10, then
// the issue number; printed 4-5-1.
func (g *gen) medicare() (string, string) {
	d := g.num(2, 6) + g.digits(7)
	w := []int{1, 3, 7, 9, 1, 3, 7, 9}
	s := 0
	for i := range w {
		s += digitOf(d[i]) * w[i]
	}
	d += strconv.Itoa(s%10) + g.num(1, 5)
	return d, group(d, " ", 4, 5, 1)
}

// nric returns a Singapore NRIC (S, T) or FIN (F, G) with its check letter.
func (g *gen) nric() (string, string) {
	p := pick(g, []string{"S", "S", "T", "F", "G"})
	d := g.digits(7)
	w := []int{2, 7, 6, 5, 4, 3, 2}
	s := 0
	for i := range w {
		s += digitOf(d[i]) * w[i]
	}
	if p == "T" || p == "G" {
		s += 4
	}
	table := "JZIHGFEDCBA"
	if p == "F" || p == "G" {
		table = "XWUTRQPNMLK"
	}
	id := p + d + string(table[s%11])
	return id, id
}

// birth returns a random date of birth between 1950 and 2005.
func (g *gen) birth() time.Time {
	return time.Date(1950+g.rng.IntN(56), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
}

// rrn returns a Korean resident registration number YYMMDD-SNNNNNC.
func (g *gen) rrn() (string, string) {
	b := g.birth()
	s := g.num(1, 2)
	if b.Year() >= 2000 {
		s = g.num(3, 4)
	}
	d := b.Format("060102") + s + g.digits(5)
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := range w {
		sum += digitOf(d[i]) * w[i]
	}
	d += strconv.Itoa((11 - sum%11) % 10)
	return d[:6] + "-" + d[6:], d[:6] + "-" + d[6:]
}

// hetu returns a Finnish personal identity code DDMMYYCNNNX.
func (g *gen) hetu() (string, string) {
	b := g.birth()
	sign := "-"
	if b.Year() >= 2000 {
		sign = "A"
	}
	ind := g.num(2, 899)
	for len(ind) < 3 {
		ind = "0" + ind
	}
	n, _ := strconv.Atoi(b.Format("020106") + ind)
	id := b.Format("020106") + sign + ind + string("0123456789ABCDEFHJKLMNPRSTUVWXY"[n%31])
	return id, id
}

// pan returns an Indian Permanent Account Number of a person: three
// letters, P, the surname's initial, four digits, a letter.
func (g *gen) pan(last string) (string, string) {
	id := g.chars(3, upperAZ) + "P" + strings.ToUpper(last[:1]) + g.num(1000, 9999) + g.chars(1, upperAZ)
	return id, id
}

// tckn returns a Turkish identity number with its two check digits.
func (g *gen) tckn() (string, string) {
	d := g.num(1, 9) + g.digits(8)
	odd := digitOf(d[0]) + digitOf(d[2]) + digitOf(d[4]) + digitOf(d[6]) + digitOf(d[8])
	even := digitOf(d[1]) + digitOf(d[3]) + digitOf(d[5]) + digitOf(d[7])
	d += strconv.Itoa(((odd*7-even)%10 + 10) % 10)
	s := 0
	for i := 0; i < 10; i++ {
		s += digitOf(d[i])
	}
	d += strconv.Itoa(s % 10)
	return d, d
}

// zaID returns a South African identity number: birth date, gender
// sequence, citizenship, 8, Luhn check digit.
func (g *gen) zaID() (string, string) {
	d := g.birth().Format("060102") + g.digits(4) + pick(g, []string{"0", "1"}) + "8"
	d += strconv.Itoa(luhnCheck(d))
	return d, d
}

// cnRIC returns a Chinese resident identity card number with its ISO 7064
// MOD 11-2 check character.
func (g *gen) cnRIC() (string, string) {
	d := pick(g, []string{"110101", "310101", "440305", "510104"}) + g.birth().Format("20060102") + g.digits(3)
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	s := 0
	for i := range w {
		s += digitOf(d[i]) * w[i]
	}
	d += string("10X98765432"[s%11])
	return d, d
}

// personnummer returns a Swedish personal identity number YYMMDD-NNNC
// (Luhn over the nine digits).
func (g *gen) personnummer() (string, string) {
	b := g.birth()
	d := b.Format("060102") + g.digits(3)
	d += strconv.Itoa(luhnCheck(d))
	return d[:6] + "-" + d[6:], d[:6] + "-" + d[6:]
}

// itin returns a US individual taxpayer identification number: 9, group
// 70-88, 90-92 or 94-99.
func (g *gen) itin() (string, string) {
	grp := pick(g, []string{g.num(70, 88), g.num(90, 92), g.num(94, 99)})
	id := "9" + g.digits(2) + "-" + grp + "-" + g.num(1000, 9999)
	return id, id
}

// worldID is one id a KYC provider reads off a document.
type worldID struct {
	cat, iso3, docType string
	value              func(g *gen, last string) (stored, printed string)
}

var worldIDs = []worldID{
	{"ssn", "USA", "SSN", func(g *gen, _ string) (string, string) { s := g.ssn(); return s, s }},
	{"itin", "USA", "TAX_ID", func(g *gen, _ string) (string, string) { return g.itin() }},
	{"nhs", "GBR", "HEALTH_CARD", func(g *gen, _ string) (string, string) { return g.nhsNumber() }},
	{"tfn", "AUS", "TAX_ID", func(g *gen, _ string) (string, string) { return g.tfn() }},
	{"medicare", "AUS", "HEALTH_CARD", func(g *gen, _ string) (string, string) { return g.medicare() }},
	{"nric", "SGP", "ID_CARD", func(g *gen, _ string) (string, string) { return g.nric() }},
	{"rrn", "KOR", "ID_CARD", func(g *gen, _ string) (string, string) { return g.rrn() }},
	{"hetu", "FIN", "ID_CARD", func(g *gen, _ string) (string, string) { return g.hetu() }},
	{"pan", "IND", "TAX_ID", (*gen).pan},
	{"tckn", "TUR", "ID_CARD", func(g *gen, _ string) (string, string) { return g.tckn() }},
	{"zaid", "ZAF", "ID_CARD", func(g *gen, _ string) (string, string) { return g.zaID() }},
	{"cnric", "CHN", "ID_CARD", func(g *gen, _ string) (string, string) { return g.cnRIC() }},
	{"personnummer", "SWE", "ID_CARD", func(g *gen, _ string) (string, string) { return g.personnummer() }},
}

// idLabels are what a person or a log message calls each id.
var idLabels = map[string]string{
	"ssn": "SSN", "itin": "ITIN", "nhs": "NHS number", "tfn": "TFN", "medicare": "Medicare number",
	"nric": "NRIC", "rrn": "resident registration number", "hetu": "HETU", "pan": "PAN no.", "tckn": "TC Kimlik No", "zaid": "SA ID number",
	"cnric": "resident identity card no.", "personnummer": "personnummer",
}

// countryByISO returns the numbering plan of iso3 (the US for a country
// without one here).
func countryByISO(iso3 string) country {
	for _, c := range worldCountries {
		if c.iso3 == iso3 {
			return c
		}
	}
	return worldCountries[0]
}

// smsGatewayJSON writes one SMS gateway webhook body as a line.
func (g *gen) smsGatewayJSON(st *streamState) Record {
	c := pick(g, worldCountries)
	digits, _ := g.worldPhone(c)
	t := g.now.Add(time.Duration(st.n) * 1700 * time.Millisecond)
	ts := t.Format("2006-01-02T15:04:05.000-0700")
	var b []byte
	switch g.rng.IntN(3) {
	case 0: // Infobip outbound delivery report
		b = append(b, `{"results":[`...)
		b = jo(b, "")
		b = g.jk(b, "bulkId", "requestid", g.uuid())
		msgID := g.num(1, 9) + g.digits(18)
		if g.pct(50) {
			msgID = g.uuid()
		}
		b = g.jk(b, "messageId", "requestid", msgID)
		b = g.jp(b, "to", "phone", digits)
		if g.pct(40) {
			b = g.jk(b, "from", "shortcode", g.num(20000, 99999))
		} else {
			b = g.js(b, "from", pick(g, []string{"InfoSMS", "ACME", "Bankly"}))
		}
		b = g.jk(b, "sentAt", "timestamp", ts)
		b = g.jk(b, "doneAt", "timestamp", t.Add(3*time.Second).Format("2006-01-02T15:04:05.000-0700"))
		b = jn(b, "smsCount", "1")
		mcc := g.num(200, 744) + g.num(1, 99)
		if len(mcc) == 4 {
			mcc = mcc[:3] + "0" + mcc[3:]
		}
		b = g.jk(b, "mccMnc", "counter", mcc)
		b = jo(b, "price")
		price := "0." + g.digits(4)
		b = jn(b, "pricePerMessage", price)
		g.keepAt("amount", price, ":"+price+",")
		b = g.js(b, "currency", "EUR")
		b = append(b, '}')
		b = jo(b, "status")
		b = jn(b, "groupId", "3")
		b = g.js(b, "groupName", "DELIVERED")
		b = jn(b, "id", "5")
		b = g.js(b, "name", "DELIVERED_TO_HANDSET")
		b = g.js(b, "description", "Message delivered to handset")
		b = append(b, '}')
		b = jo(b, "error")
		b = jn(b, "groupId", "0")
		b = g.js(b, "groupName", "OK")
		b = jn(b, "id", "0")
		b = g.js(b, "name", "NO_ERROR")
		b = g.js(b, "description", "No Error")
		b = append(b, `,"permanent":false}`...)
		order := "ORD-" + g.num(100000, 999999)
		b = g.jk(b, "callbackData", "orderid", order)
		b = append(b, "}]}"...)
	case 1: // Infobip inbound message
		b = append(b, `{"results":[`...)
		b = jo(b, "")
		b = g.jk(b, "messageId", "requestid", g.num(1, 9)+g.digits(17))
		b = g.jp(b, "from", "phone", digits)
		b = g.jk(b, "to", "shortcode", g.num(20000, 99999))
		kw := pick(g, []string{"STOP", "INFO", "CALL", "HELP", "TRACK"})
		var text string
		if kw == "TRACK" || g.pct(25) {
			// A reply about an order: its number, grouped as printed
			// on the receipt, and an amount; no phone number.
			order, grouped := g.num(10000000, 99999999), g.num(1000, 9999)+" "+g.num(1000, 9999)
			text = kw + " " + pick(g, []string{"order ", "parcel ", "ref "}) + order + " paid " + g.num(10, 999) + ",50 not arrived, invoice " + grouped
			g.keepAt("orderid", order)
			g.keepAt("orderid", grouped)
		} else {
			other := pick(g, worldCountries)
			_, otherWritten := g.worldPhone(other)
			text = kw + " " + pick(g, []string{"pls call me back on ", "my new number is ", "call ", "contact me at ", "reach me at "}) + otherWritten
			g.plantAt("phone", otherWritten, jsonEsc(otherWritten))
		}
		b = g.js(b, "text", text)
		b = g.js(b, "cleanText", text[len(kw)+1:])
		b = g.js(b, "keyword", kw)
		b = g.jk(b, "receivedAt", "timestamp", ts)
		b = jn(b, "smsCount", "1")
		b = append(b, `,"price":{"pricePerMessage":0,"currency":"EUR"}`...)
		b = g.js(b, "callbackData", "")
		b = append(b, `}],"messageCount":1,"pendingMessageCount":0}`...)
	default: // Sinch recipient delivery report
		b = jo(b, "")
		b = g.js(b, "type", "recipient_delivery_report_sms")
		b = g.jk(b, "batch_id", "requestid", "01"+g.chars(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
		b = g.jp(b, "recipient", "phone", digits)
		code := pick(g, []string{"0", "400", "401", "402", "403"})
		b = jn(b, "code", code)
		g.keepAt("status", code, `"code":`+code+",")
		b = g.js(b, "status", pick(g, []string{"Delivered", "Failed", "Queued", "Dispatched"}))
		b = g.jk(b, "at", "timestamp", t.Format("2006-01-02T15:04:05.000Z"))
		b = g.jk(b, "operator_status_at", "timestamp", t.Add(-time.Second).Format("2006-01-02T15:04:00Z"))
		ref := "inv-" + g.num(1000000, 9999999)
		b = g.jk(b, "client_reference", "orderid", ref)
		b = append(b, '}')
	}
	return Record{Line: b}
}

// crmColumns are the Contact fields a Data Loader export names in its
// header row.
var crmColumns = []string{"Id", "AccountId", "FirstName", "LastName", "Email", "Phone", "MobilePhone", "MailingPostalCode", "MailingCountry", "CreatedDate", "Customer_Since__c", "Last_Order_Id__c", "Lifetime_Value__c", "GL_Account__c", "Description"}

// sfID returns an 18-character Salesforce record id of the given key
// prefix (003 Contact, 001 Account).
func (g *gen) sfID(prefix string) string {
	return prefix + "5g0000" + g.chars(9, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
}

// crmExportCSV writes a Data Loader export of contacts: a header row, then
// one contact a row, every field quoted.
func (g *gen) crmExportCSV(st *streamState) Record {
	if st.n == 0 {
		var b []byte
		for i, c := range crmColumns {
			if i > 0 {
				b = append(b, ',')
			}
			b = csvq(b, c)
		}
		return Record{Line: b, Header: true}
	}
	c := pick(g, worldCountries)
	first, last := g.name()
	mail := g.email(first, last)
	g.plantAt("name", first)
	g.plantAt("name", last)
	g.plantAt("email", mail)
	_, phone := g.worldPhone(c)
	g.plantAt("phone", phone)
	mobile := ""
	if g.pct(60) {
		_, mobile = g.worldPhone(c)
		g.plantAt("phone", mobile)
	}
	post := ""
	if c.postcode != nil {
		post = c.postcode(g)
		g.keepAt("postcode", post, `"`+post+`"`)
	}
	id, acc := g.sfID("003"), g.sfID("001")
	g.keepAt("uniqueid", id)
	g.keepAt("uniqueid", acc)
	created := g.now.Add(-time.Duration(g.rng.IntN(900*24)) * time.Hour)
	cd := created.Format("2006-01-02T15:04:05.000Z")
	g.keepAt("timestamp", cd)
	since := created.Format("2006-01-02")
	g.keepAt("timestamp", since)
	order := g.num(10000000, 99999999)
	g.keepAt("orderid", order, `"`+order+`"`)
	ltv := g.num(10, 99999) + "." + g.digits(2)
	g.keepAt("amount", ltv, `"`+ltv+`"`)
	gl := g.num(4000, 4999) + "-" + g.num(100, 999)
	g.keepAt("account", gl, `"`+gl+`"`)
	var desc string
	switch g.rng.IntN(3) {
	case 0:
		_, alt := g.worldPhone(c)
		desc = pick(g, []string{"Prefers WhatsApp. Alt number ", "Works nights, reach them on ", "Assistant's line: "}) + alt
		g.plantAt("phone", alt)
	case 1:
		ticket, qty := "0"+g.num(1000000, 9999999), g.num(2, 40)
		desc = "Case " + ticket + " closed " + since + ", " + qty + " units re-shipped"
		g.keepAt("orderid", ticket)
	}
	row := []string{id, acc, first, last, mail, phone, mobile, post, c.iso3, cd, since, order, ltv, gl, desc}
	var b []byte
	for i, f := range row {
		if i > 0 {
			b = append(b, ',')
		}
		b = csvq(b, f)
	}
	return Record{Line: b}
}

// kycWebhookJSON writes one identity verification result.
func (g *gen) kycWebhookJSON(st *streamState) Record {
	k := pick(g, worldIDs)
	first, last := g.name()
	stored, printed := k.value(g, last)
	if g.pct(50) {
		stored = printed
	}
	if st.n%4 != 3 {
		// The vendors' objects hold the id as stored; the log line of
		// the fourth kind, as printed.
		g.plantAt(k.cat, stored, jsonEsc(stored))
	}
	dob := g.birth().Format("2006-01-02")
	expiry := g.now.AddDate(1+g.rng.IntN(9), g.rng.IntN(12), 0).Format("2006-01-02")
	created := g.now.Add(time.Duration(st.n) * 11 * time.Second)
	var b []byte
	switch st.n % 4 {
	case 3: // the verification backend's own structured log line
		b = jo(b, "")
		b = g.jk(b, "ts", "timestamp", created.Format("2006-01-02T15:04:05.000Z"))
		b = g.js(b, "level", "info")
		b = g.js(b, "logger", "kyc.review")
		req := g.hexID(24)
		b = g.jk(b, "applicant_id", "hash", req)
		label := idLabels[k.cat]
		msg := pick(g, []string{"document check passed for ", "manual review: ", "mismatch between document and form, "}) + label + " " + printed +
			" (" + k.iso3 + "), score " + g.num(10, 99) + "." + g.digits(2)
		g.plantAt(k.cat, printed, jsonEsc(printed))
		b = g.js(b, "msg", msg)
		ms := strconv.FormatInt(created.UnixMilli(), 10)
		b = append(b, `,"duration_ms":`+g.num(20, 900)+`,"epoch_ms":`+ms+`}`...)
		g.keepAt("epoch", ms)
	case 0: // Onfido document report
		b = jo(b, "")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.jk(b, "created_at", "timestamp", created.Format("2006-01-02T15:04:05Z"))
		b = g.js(b, "name", "document")
		b = g.js(b, "status", "complete")
		b = g.js(b, "result", pick(g, []string{"clear", "consider"}))
		b = g.js(b, "sub_result", pick(g, []string{"clear", "rejected", "suspected"}))
		b = g.jk(b, "check_id", "uuid", g.uuid())
		b = append(b, `,"breakdown":{"data_validation":{"result":"clear"},"visual_authenticity":{"result":"clear"}}`...)
		b = jo(b, "properties")
		b = g.js(b, "nationality", k.iso3)
		b = g.jp(b, "last_name", "name", last)
		b = g.js(b, "issuing_country", k.iso3)
		b = g.js(b, "gender", pick(g, []string{"Female", "Male"}))
		b = g.jp(b, "first_name", "name", first)
		b = g.js(b, "document_type", pick(g, []string{"national_identity_card", "residence_permit", "tax_id"}))
		b = ja(b, "document_numbers")
		b = jo(b, "")
		b = append(b, `"value":"`+jsonEsc(stored)+`"`...)
		b = g.js(b, "type", pick(g, []string{"document_number", "personal_number"}))
		b = append(b, "}]"...)
		b = g.jk(b, "date_of_expiry", "timestamp", expiry)
		b = g.js(b, "date_of_birth", dob)
		b = append(b, '}')
		b = append(b, `,"documents":[`...)
		b = jo(b, "")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = append(b, "}]}"...)
	case 1: // Sumsub applicant
		c := countryByISO(k.iso3)
		_, phone := g.worldPhone(c)
		b = jo(b, "")
		b = g.jk(b, "id", "hash", g.hexID(24))
		b = g.jk(b, "createdAt", "timestamp", created.Format("2006-01-02 15:04:05"))
		b = g.js(b, "clientId", "acme_fintech")
		b = g.jk(b, "inspectionId", "hash", g.hexID(24))
		ext := g.num(1000000, 9999999)
		b = g.jk(b, "externalUserId", "orderid", ext)
		b = jo(b, "info")
		b = g.jp(b, "firstName", "name", first)
		b = g.jp(b, "lastName", "name", last)
		b = g.js(b, "dob", dob)
		b = g.js(b, "country", k.iso3)
		b = g.jp(b, "phone", "phone", phone)
		if g.pct(30) {
			tin := g.num(100000000, 999999999)
			if k.cat == "tfn" || k.cat == "itin" || k.cat == "pan" {
				tin = stored
			}
			b = append(b, `,"tin":"`+jsonEsc(tin)+`"`...)
			if tin != stored {
				g.plantAt("tin", tin)
			}
		}
		b = ja(b, "idDocs")
		b = jo(b, "")
		b = g.js(b, "idDocType", k.docType)
		b = g.js(b, "country", k.iso3)
		b = g.jp(b, "firstName", "name", first)
		b = g.jp(b, "lastName", "name", last)
		b = g.jk(b, "validUntil", "timestamp", expiry)
		b = append(b, `,"number":"`+jsonEsc(stored)+`"`...)
		b = g.js(b, "dob", dob)
		b = append(b, "}]}"...)
		b = g.jp(b, "email", "email", g.email(first, last))
		b = g.js(b, "applicantPlatform", pick(g, []string{"Web", "iOS", "Android"}))
		b = append(b, `,"review":{`...)
		b = g.jk(b, "reviewId", "requestid", g.chars(5, upperAZ))
		b = g.js(b, "reviewStatus", "completed")
		b = append(b, `,"reviewResult":{"reviewAnswer":"`+pick(g, []string{"GREEN", "RED"})+`"}}`...)
		b = g.js(b, "type", "individual")
		b = append(b, '}')
	default: // Jumio workflow retrieval
		b = jo(b, "")
		b = jo(b, "workflow")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = g.js(b, "status", "PROCESSED")
		b = g.js(b, "definitionKey", "10013")
		b = g.jk(b, "customerInternalReference", "orderid", "CIR-"+g.num(100000, 999999))
		b = append(b, '}')
		b = jo(b, "account")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = append(b, '}')
		b = append(b, `,"capabilities":{"extraction":[`...)
		b = jo(b, "")
		b = g.jk(b, "id", "uuid", g.uuid())
		b = append(b, `,"decision":{"type":"PASSED"}`...)
		b = jo(b, "data")
		b = g.js(b, "type", k.docType)
		b = g.js(b, "issuingCountry", k.iso3)
		b = g.jp(b, "firstName", "name", first)
		b = g.jp(b, "lastName", "name", last)
		b = g.js(b, "dateOfBirth", dob)
		b = g.jk(b, "expiryDate", "timestamp", expiry)
		doc := g.chars(2, upperAZ) + g.digits(7)
		b = g.jp(b, "documentNumber", "docnum", doc)
		b = append(b, `,"personalNumber":"`+jsonEsc(stored)+`"`...)
		b = append(b, "}}]}}"...)
	}
	return Record{Line: b}
}
