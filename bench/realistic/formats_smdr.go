package realistic

import (
	"strings"
	"time"
)

// ipOfficeSMDR writes Avaya IP Office's SMDR output (IP Office Manager,
// System > SMDR, and the "SMDR Fields" reference of the IP Office
// documentation): one call a line, 35 comma-separated unquoted fields, no
// header, in this order: Call Start (YYYY/MM/DD HH:MM:SS), Connected Time
// (HH:MM:SS), Ring Time (seconds), Caller, Direction (I or O), Called
// Number, Dialled Number, Account, Is Internal (0 or 1), Call ID,
// Continuation (0 or 1), Party1Device, Party1Name, Party2Device,
// Party2Name, Hold Time, Park Time, AuthValid, AuthCode, User Charged,
// Call Charge, Currency, Amount at Last User Change, Call Units, Units at
// Last User Change, Cost per Unit, Mark Up, External Targeting Cause,
// External Targeter Id, External Targeted Number, Calling Server IP
// Address, Unique Call ID for the Caller Extension, Called Server IP
// Address, Unique Call ID for the Called Extension, SMDR Record Time.
//
// A device is E<extension>, T<trunk line> or V<voicemail>; an extension's
// name is its user's (or "Extn<N>" when no one named it: the number
// again), a trunk's its
// line ("Line 5.1"). Caller, Called and Dialled Number hold an
// extension's number or an outside party's, as dialled or received
// (national, international with 00, or E.164 digits); an outgoing call's
// Dialled Number keeps the trunk's access digit 9 before the number.
func (g *gen) ipOfficeSMDR(st *streamState) Record {
	ext := g.sipExt()
	g.plantAt("phone", ext)
	extName := "Extn" + ext // an extension no one named: its number again
	if g.pct(80) {
		first, last := g.name()
		extName = first + " " + last
		g.plantAt("name", extName)
	}
	internal := g.pct(15)
	inbound := !internal && g.pct(50)
	withheld := inbound && g.pct(30) // the trunk delivered no number
	outside := ""
	if !internal && !withheld {
		outside = g.dialled()
		g.plantAt("phone", outside)
	}
	line := g.num(1, 9) + "." + g.num(1, 30)
	trunk := "T9" + g.digits(3)
	lineName := "Line " + line
	if !internal {
		g.keepAt("channel", trunk, ","+trunk+",")
		g.keepAt("channel", lineName)
	}
	ring := g.rng.IntN(25)
	talk := 0
	if g.pct(85) {
		talk = 1 + g.rng.IntN(1800)
	}
	hms := func(s int) string { return two(s/3600) + ":" + two(s/60%60) + ":" + two(s%60) }
	start := g.now.Format("2006/01/02 15:04:05")
	g.keepAt("timestamp", start)
	callID := g.num(1000000, 9999999)
	g.keepAt("counter", callID, ","+callID+",")
	var caller, dir, called, dialled, p1dev, p1name, p2dev, p2name, isInt string
	switch {
	case internal:
		ext2 := g.sipExt()
		g.plantAt("phone", ext2)
		first, last := g.name()
		name2 := first + " " + last
		g.plantAt("name", name2)
		caller, dir, called, dialled, isInt = ext, "O", ext2, ext2, "1"
		p1dev, p1name, p2dev, p2name = "E"+ext, extName, "E"+ext2, name2
	case inbound:
		caller, dir, called, dialled, isInt = outside, "I", ext, ext, "0"
		p1dev, p1name, p2dev, p2name = trunk, lineName, "E"+ext, extName
	default:
		caller, dir, called, dialled, isInt = ext, "O", outside, "9"+outside, "0"
		p1dev, p1name, p2dev, p2name = "E"+ext, extName, trunk, lineName
	}
	authValid, authCode := "", ""
	if !internal && !inbound && g.pct(20) {
		authCode = g.digits(4 + g.rng.IntN(3)) // an account code's authorisation code: a PIN
		g.plantAt("secret", authCode, ","+authCode+",")
		authValid = "1"
	}
	charge, currency := "", ""
	if dir == "O" && !internal && talk > 0 && g.pct(50) {
		charge = "0." + g.digits(2)
		currency = "EUR"
		g.keepAt("amount", charge, ","+charge+",")
	}
	server := "192.0.2." + g.num(2, 250)
	record := g.now.Add(time.Duration(ring+talk) * time.Second).Format("2006/01/02 15:04:05")
	g.keepAt("timestamp", record)
	fields := []string{start, hms(talk), itoa(ring), caller, dir, called, dialled, "", isInt, callID, "0",
		p1dev, p1name, p2dev, p2name, itoa(g.rng.IntN(30)), "0", authValid, authCode, "", charge, currency, "", "", "", "", "",
		"", "", "", server, g.num(1000, 99999), server, g.num(1000, 99999), record}
	return Record{Line: []byte(strings.Join(fields, ","))}
}
