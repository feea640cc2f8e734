package realistic

import "strings"

// National phone numbers of the markets redactd's users serve, written as
// people there write them: with the trunk prefix and the area or operator
// code as the first group, the groupings of each country's usage, and
// international forms. Ranges and groupings follow the national numbering
// plans as their regulators publish them (Ofcom's numbers for drama, the
// Bundesnetzagentur's area codes, NANP 555-01xx, the UA, GE, MD and KZ
// plans, CNMC, AGCOM, ARCEP, ACM, UKE, Anatel and TRAI), and ITU-T E.123
// for the international forms. Subscriber numbers are random digits that
// the plan allows (not starting 0 or 1 where the plan forbids it).

// sub returns n random digits, the first from 2-9.
func (g *gen) sub(n int) string { return g.num(2, 9) + g.digits(n-1) }

// group splits d into groups of the given lengths joined by sep.
func group(d, sep string, lens ...int) string {
	var b strings.Builder
	for i, l := range lens {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(d[:l])
		d = d[l:]
	}
	return b.String()
}

// nationalPhone returns a number of one of the markets in a grouping
// people use there, national or international.
func (g *gen) nationalPhone() string {
	switch g.rng.IntN(13) {
	case 0: // GB: Ofcom's drama ranges, 3-4-4 for London, 4-3-4 for Leeds and Manchester, 5-6 for mobiles
		return pick(g, []string{
			"020 7946 0" + g.digits(3), "0113 496 0" + g.digits(3), "0161 496 0" + g.digits(3),
			"07700 900" + g.digits(3), "+44 7700 900" + g.digits(3), "+44 (0)20 7946 0" + g.digits(3),
		})
	case 1: // DE: area code and subscriber number, mobiles 015x/016x/017x
		berlin, mob := g.sub(8), pick(g, []string{"151", "160", "170", "176"})+g.digits(8)
		split := 3
		if mob[:3] == "151" {
			split = 4 // 01512 3456789
		}
		return pick(g, []string{
			"030 " + berlin, "030-" + berlin, "(030) " + berlin, "0" + mob[:3] + " " + mob[3:], "0" + mob[:split] + " " + mob[split:],
			"+49 30 " + berlin, "+49 (0)30 " + berlin, "+49 " + mob[:3] + " " + mob[3:],
			// The older DIN 5008 form, still common: area code and '/'.
			"030/" + berlin, "0" + mob[:3] + "/" + mob[3:],
		})
	case 2: // UA: Kyiv 044, mobile operator codes 050, 063, 067, 093...
		code := pick(g, []string{"44", "50", "63", "66", "67", "68", "73", "93", "95", "97", "99"})
		d := g.sub(7)
		return pick(g, []string{
			"0" + code + " " + group(d, " ", 3, 2, 2), "(0" + code + ") " + group(d, "-", 3, 2, 2),
			"0" + code + "-" + group(d, "-", 3, 2, 2), "+380 " + code + " " + group(d, " ", 3, 2, 2),
			"+380 (" + code + ") " + group(d, "-", 3, 2, 2),
		})
	case 3: // GE: mobiles 5xx without the trunk prefix, Tbilisi 032
		mob := pick(g, []string{"555", "557", "568", "577", "591", "595", "599"}) + g.digits(6)
		tb := "322" + g.digits(6)
		return pick(g, []string{
			group(mob, " ", 3, 2, 2, 2), "+995 " + group(mob, " ", 3, 2, 2, 2), "0" + group(tb, " ", 2, 3, 2, 2),
		})
	case 4: // MD: Chişinău 022, mobiles 06x/07x
		ch, mob := "22"+g.sub(6), pick(g, []string{"60", "68", "69", "78", "79"})+g.sub(6)
		return pick(g, []string{
			"0" + group(ch, " ", 2, 3, 3), "0" + group(mob, " ", 3, 2, 3), "+373 " + group(mob, " ", 2, 3, 3),
			"+373 " + group(ch, " ", 2, 3, 3),
		})
	case 5: // KZ: trunk prefix 8, the code in parentheses; Almaty 727
		code := pick(g, []string{"700", "701", "702", "705", "707", "747", "771", "777", "727"})
		d := g.sub(7)
		return pick(g, []string{
			"8 (" + code + ") " + group(d, "-", 3, 2, 2), "8 (" + code + ") " + group(d, " ", 3, 2, 2),
			"8 " + code + " " + group(d, " ", 3, 2, 2), "+7 (" + code + ") " + group(d, "-", 3, 2, 2),
			"+7 " + code + " " + group(d, " ", 3, 2, 2),
		})
	case 6: // ES: nine digits, no trunk prefix; mobiles 6xx/71x-74x, Madrid 91x
		d := pick(g, []string{"6", "6", "71", "74", "91", "93"})
		d += g.digits(9 - len(d))
		return pick(g, []string{group(d, " ", 3, 2, 2, 2), group(d, " ", 3, 3, 3), "+34 " + group(d, " ", 3, 2, 2, 2), "+34 " + d})
	case 7: // IT: Milan 02, Rome 06 (the 0 is part of the number), mobiles 3xx
		land := pick(g, []string{"02", "06"}) + g.sub(8)
		mob := pick(g, []string{"320", "333", "338", "347", "349", "366", "393"}) + g.digits(7)
		return pick(g, []string{
			group(land, " ", 2, 4, 4), group(mob, " ", 3, 3, 4), "+39 " + group(land, " ", 2, 4, 4),
			"+39 " + group(mob, " ", 3, 3, 4),
		})
	case 8: // FR: ten digits in pairs, spaces or dots; mobiles 06, 073-079
		d := pick(g, []string{"1", "4" + g.num(1, 9), "6" + pick(g, []string{"0", "1", "2", "4", "5", "6", "7", "8"}), "7" + g.num(3, 9)})
		d += g.digits(9 - len(d))
		return pick(g, []string{
			"0" + group(d, " ", 1, 2, 2, 2, 2), "0" + group(d, ".", 1, 2, 2, 2, 2), "+33 " + group(d, " ", 1, 2, 2, 2, 2),
			"+33 (0)" + group(d, " ", 1, 2, 2, 2, 2),
		})
	case 9: // NL: mobiles 061-065 and 068, Amsterdam 020
		mob, ams := "6"+pick(g, []string{"1", "2", "3", "4", "5", "8"})+g.digits(7), "20"+g.sub(7)
		return pick(g, []string{"0" + group(mob, " ", 1, 8), "0" + group(mob, "-", 1, 8), "0" + group(ams, " ", 2, 3, 4), "+31 " + group(mob, " ", 1, 8)})
	case 10: // PL: nine digits, no trunk prefix; mobiles 5xx/6xx/7xx, Warsaw 22
		mob := pick(g, []string{"50", "51", "53", "60", "66", "69", "72", "79"}) + g.digits(7)
		war := "22" + g.sub(7)
		return pick(g, []string{group(mob, " ", 3, 3, 3), group(mob, "-", 3, 3, 3), group(war, " ", 2, 3, 2, 2), "+48 " + group(mob, " ", 3, 3, 3)})
	case 11: // BR: area code in parentheses; mobiles 9xxxx-xxxx
		area := pick(g, []string{"11", "21", "31", "41", "51", "61"})
		mob, land := "9"+g.digits(8), g.num(2, 5)+g.digits(7)
		return pick(g, []string{
			"(" + area + ") " + group(mob, "-", 5, 4), "(" + area + ") " + group(land, "-", 4, 4),
			"+55 " + area + " " + group(mob, "-", 5, 4), "+55 (" + area + ") " + group(mob, "-", 5, 4),
		})
	}
	// IN: mobiles 5-5 with or without the trunk prefix, Delhi 011
	mob := g.num(7, 9) + g.digits(9)
	del := "11" + g.sub(8)
	return pick(g, []string{
		group(mob, " ", 5, 5), "0" + group(mob, " ", 5, 5), "+91 " + group(mob, " ", 5, 5), "+91-" + mob,
		"0" + group(del, " ", 2, 4, 4), "0" + group(del, "-", 2, 4, 4),
	})
}

// numbersMsg returns a free-text message full of numbers that are not
// phone numbers, grouped or dotted like one (dates, times, versions,
// grouped counts, counters, ISBNs), recording each as a look-alike.
func (g *gen) numbersMsg() string {
	day, mon := g.num(10, 28), pick(g, []string{"01", "03", "06", "09", "11", "12"})
	date := pick(g, []string{day + "." + mon + ".2026", "0" + g.num(1, 9) + "." + mon + ".2026", "2026-" + mon + "-" + day, mon + "/" + day + "/2026", "0" + g.num(1, 9) + "-" + mon + "-2026"})
	tm := g.num(10, 23) + ":" + g.num(10, 59) + ":" + g.num(10, 59) + "." + g.digits(3)
	grouped := g.num(100, 999) + " " + g.num(100, 999) + " " + g.num(100, 999) + " " + g.num(100, 999)
	counter := g.num(1000, 9999) + " " + g.num(1000, 9999) + " " + g.num(100000, 999999) + " " + g.num(100, 999)
	isbn := pick(g, []string{"978-3-16-148410-0", "0-306-40615-2", "978-0-596-52068-7"})
	ver := pick(g, []string{"6.1.7601.17514", "10.0.19041.3636", "7.9.9600.18340"})
	pair := g.num(100, 999) + " " + g.num(100, 999)
	var msg string
	switch g.rng.IntN(3) {
	case 0:
		msg = "nightly export of " + date + " done at " + tm + ": " + grouped + " bytes in " + counter + " chunks, size=" + pair + " tool " + ver
	case 1:
		msg = "catalogue import " + date + " " + tm + " ISBN " + isbn + " size=" + pair + " pages, " + grouped + " bytes, agent " + ver + ", seq " + counter
		g.keepAt("isbn", isbn)
	default:
		msg = "build " + ver + " on " + date + " at " + tm + ": size=" + pair + " ok, " + counter + " ops, " + grouped + " bytes, ref ISBN " + isbn
		g.keepAt("isbn", isbn)
	}
	g.keepAt("timestamp", date)
	g.keepAt("timestamp", tm)
	g.keepAt("bytes", grouped)
	g.keepAt("counter", counter)
	g.keepAt("version", ver)
	g.keepAt("counter", pair, "size="+pair+" ")
	return msg
}
