package redact

import (
	"strings"
	"testing"
)

// TestScanPhoneExamples: the example numbers of libphonenumber's metadata
// (fixed line, mobile and toll-free of each market), written as its
// formatter writes them nationally and internationally, and in the other
// groupings people use. Written out here by hand: the test does not read
// the metadata it checks the tables against.
func TestScanPhoneExamples(t *testing.T) {
	f := check(t, "")
	for _, n := range []string{
		// US, CA: national forms have their own scanner; international here.
		"+1 201-555-0123", "+12015550123", "+1 800-234-5678", "+1 506-234-5678", "+18002123456",
		// GB
		"0121 234 5678", "+44 121 234 5678", "+441212345678", "07400 123456", "+44 7400 123456",
		"0800 123 4567", "+44 800 123 4567", "020 7946 0958", "+44 (0)20 7946 0958", "+44 (0) 20 7946 0958",
		// DE
		"030 123456", "+49 30 123456", "+4930123456", "01512 3456789", "+49 1512 3456789",
		"0800 1234567890", "+49 800 1234567890", "030 12345678", "030-12345678", "0151 12345678",
		// UA
		"03112 34567", "+380 3112 34567", "050 123 4567", "+380 50 123 4567", "0800 123 456",
		"(067) 665-11-02", "067 665 11 02", "067-665-11-02", "(044) 123-45-67", "+380 44 962 57 94",
		// GE
		"032 212 34 56", "+995 32 212 34 56", "555 12 34 56", "+995 555 12 34 56", "0800 12 34 56",
		// MD
		"022 212 345", "+373 22 212 345", "0621 12 345", "+373 621 12 345", "0800 12345",
		// KZ
		"8 (71234) 5 67 89", "+7 71234 5 67 89", "8 (771) 000 9998", "+7 771 000 9998",
		"8 (800) 123-45-67", "+7 (701) 123-45-67", "8 (701) 123 45 67", "8 701 123 45 67",
		// ES
		"810 12 34 56", "+34 810 12 34 56", "612 34 56 78", "+34 612 34 56 78", "800 123 456", "612 345 678",
		// IT
		"02 1234 5678", "+39 02 1234 5678", "312 345 6789", "+39 312 345 6789", "+39800123456",
		// FR
		"01 23 45 67 89", "+33 1 23 45 67 89", "06 12 34 56 78", "+33 6 12 34 56 78", "0 801 23 45 67",
		"06.12.34.56.78", "06-12-34-56-78",
		// NL
		"010 123 4567", "+31 10 123 4567", "06 12345678", "+31 6 12345678", "0800 1234", "+31 800 1234",
		// PL
		"12 345 67 89", "+48 12 345 67 89", "512 345 678", "+48 512 345 678", "+48 800 123 456",
		// BR
		"(11) 2345-6789", "+55 11 2345-6789", "(11) 96123-4567", "+55 11 96123-4567", "0800 12 3456",
		// IN
		"074104 10123", "+91 74104 10123", "081234 56789", "+91 81234 56789", "+91 1800 12 3456", "011 2345 6789",
		"98765 43210", "98765-43210",
		// International prefixes.
		"0049 30 123456", "00 33 1 23 45 67 89", "011 44 20 7946 0958", "00380501234567",
	} {
		f("call "+n+" now", "call ⟦phone⟧ now")
		f(n, "⟦phone⟧")
		f(`{"msg":"callback at `+n+`"}`, `{"msg":"callback at ⟦phone⟧"}`)
	}
}

func TestScanPhoneNational(t *testing.T) {
	f := check(t, "")
	// Numbers side by side, and numbers followed by other groups.
	f("+44 20 7946 0958 (415) 555-0123", "⟦phone⟧ ⟦phone⟧")
	f("030 12345678 030 87654321", "⟦phone⟧ ⟦phone⟧")
	f("030 12345678 5060", "⟦phone⟧ 5060")
	f("+14155550123 5060 ok", "⟦phone⟧ 5060 ok")
	f("+44 20 7946 0958 2026", "⟦phone⟧ 2026")
	f("callback requested by Hannah Schmidt at (067) 665-11-02", "callback requested by ⟦name⟧ at ⟦phone⟧")
	f("tel. 07700 900123, mobile 0151 23456789.", "tel. ⟦phone⟧, mobile ⟦phone⟧.")
	f("(0) 20 7946 0958", "(0) ⟦phone⟧") // the tail is a number of Pune, India, written without its trunk prefix
	// Invalid in every market's plan, or not grouped as people do.
	f("call 030 1234 now", "call 030 1234 now")                       // too short
	f("call 0000 123456 now", "call 0000 123456 now")                 // no NSN starts with 0
	f("call 0301234 now", "call 0301234 now")                         // bare digits, too few to be dialled
	f("call 03012345678 now", "call ⟦phone⟧ now")                     // bare, but a national number after its trunk prefix
	f("call 030 1 2 3 4 5 6 7 8 now", "call 030 1 2 3 4 5 6 7 8 now") // one-digit groups
	f("id 0-306-40615-2", "id 0-306-40615-2")                         // ISBN
	f("ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0")
	f("+44 20 7946", "+44 20 7946")           // too short for London
	f("+999 123 456 789", "+999 123 456 789") // no such calling code
	f("+1 055 555 0123", "+1 055 555 0123")   // NANP area codes start 2-9
	// Two groups without a trunk prefix only when both are long: an
	// Italian mobile written 3-7 reads like a status and a byte count.
	f("call 347 1234567 now", "call 347 1234567 now")
}

// TestScanPhoneLookAlikes: numbers of other kinds that a national
// number's grouping could be mistaken for.
func TestScanPhoneLookAlikes(t *testing.T) {
	f := check(t, "")
	for _, in := range []string{
		"on 2026-11-23, 23.11.2026, 03.11.2026, 03-11-2026, 11/23/2026, 03 11 2026, 2026 11 23",
		"at 10:00:00.123, 00:01:02.345 and 23:59:59 +0000",
		"took 00 12 34 ms, 0.035 s, 1.500 s, 12 345 ms",
		"from 010.01.002.003 (leading zeros, not all padded: not an IPv4 address either)",
		"version 1.2.3.4 build 6.1.7601.17514 version 0.0.0.6 rel 01.02.03.04",
		"bytes 1048576 sent 512 345 678 901 in 4017 5031 128840 317 chunks",
		"port 5060 pid 12345 epoch 1700000000 ms 1700000000123",
		"order 4111111111111112 qty 3 total 129.99 id 00123456789",
		"size=123 456 len=12 34 count=0123 4567",
		"uuid 550e8400-e29b-41d4-a716-446655440000 trace 0af7651916cd43dd8448eb211c80319c",
		"hex 0x7f8c 8a9f fc6f 00f0 67aa 0ba9 02b7",
		"HTTP/1.1\" 200 5123 0.035 304 0 \"-\"",
		"retry 3 of 5 in 30 s; 2 of 10 nodes; 8 CPUs 16 GB",
		"status 200 123 4567",
		"GET / HTTP/1.1\" 200 1967847 \"-\" and 304 0 \"-\"", // status and bytes
		"ids 12345 67890 and 0000 123456",
	} {
		f(in, in)
	}
}

// TestScanPhoneKeyedGroups: under a phone key, a bare number followed by
// other digit groups is the number alone.
func TestScanPhoneKeyedGroups(t *testing.T) {
	f := check(t, "")
	f("caller=4155550123 5060 35 ANSWERED", "caller=⟦phone⟧ 5060 35 ANSWERED")
	// In free text the key's value ends at the space: the second run is
	// bare digits. (In a phone column, both are numbers.)
	f("callee=4930690000 4930690001", "callee=⟦phone⟧ 4930690001")
	f("msisdn=+447700900123 12", "msisdn=⟦phone⟧ 12")
	f("phone=030 12345678 x", "phone=⟦phone⟧ x")
	f("phone=+999 1234567", "phone=⟦phone⟧") // a key says phone: no plan needed
}

func TestPlanTables(t *testing.T) {
	valid := func(s string, want bool) {
		t.Helper()
		if got := intlValid([]byte(s)); got != want {
			t.Errorf("intlValid(%s) = %v, want %v", s, got, want)
		}
	}
	valid("12015550123", true)
	valid("1201555012", false)
	valid("442079460958", true)
	valid("44207946095", false)
	valid("4930123456", true)
	valid("380501234567", true)
	valid("38050123456", false)
	valid("77710009998", true)
	valid("99555123456", false) // 995 + 8 digits: Georgia has nine
	valid("995555123456", true)
	valid("37362112345", true)
	valid("0441234567", false)
	valid("9991234567", false)
	for cc := range planRoot {
		if planRoot[cc] != 0 {
			// Calling codes are prefix-free: intlValid takes the first.
			for p := cc / 10; p > 0; p /= 10 {
				if planRoot[p] != 0 {
					t.Errorf("calling code %d has %d as a prefix", cc, p)
				}
			}
		}
	}
	for _, m := range planMarkets {
		if planRoot[m.cc] == 0 {
			t.Errorf("market %d has no plan", m.cc)
		}
	}
}

func TestScanPhoneNoAllocs(t *testing.T) {
	s := allOn()
	src := []byte("call (067) 665-11-02 or 030 12345678 or +44 20 7946 0958 (415) 555-0123, 8 (701) 123-45-67, 612 34 56 78, 0044 20 7946 0958")
	n := testing.AllocsPerRun(100, func() {
		for from := 0; ; {
			m, ok := s.next(src, from)
			if !ok {
				break
			}
			from = m.end
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}

// plantedPhones are numbers that must be found whatever surrounds them, as
// long as one of plantSeps stands between.
var plantedPhones = []string{
	"030 12345678", "(067) 665-11-02", "07700 900123", "8 (701) 123-45-67", "06 12 34 56 78", "612 34 56 78",
	"0044 20 7946 0958", "+49 (0)30 12345678", "+44 20 7946 0958", "(11) 96123-4567", "0 801 23 45 67",
}

// FuzzScanPlantedPhone plants a phone number between fuzzed text and
// checks that every byte of it is covered by detections (FuzzScanPlanted
// for the national forms).
func FuzzScanPlantedPhone(f *testing.F) {
	for i, in := range goldenInputs(f) {
		f.Add(in, in, uint8(i))
	}
	f.Add("12 ", " 34", uint8(0))
	f.Add("+44", "0958", uint8(6))
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint8) {
		if strings.Contains(prefix, "-----BEGIN") {
			// A PEM header without its END line takes what follows as
			// its body, across a tab ("...KEY-----\t+49" loses "+49"): a
			// known over-reach of the private_key detector, not of this one.
			return
		}
		pii := plantedPhones[int(which)%len(plantedPhones)]
		sep := plantSeps[int(which)/len(plantedPhones)%len(plantSeps)]
		src := []byte(prefix + sep + pii + sep + suffix)
		a := len(prefix) + len(sep)
		b := a + len(pii)
		s := allOn()
		covered := a
		for from := 0; from < len(src) && covered < b; {
			m, ok := s.next(src, from)
			if !ok || m.start > covered {
				break
			}
			covered = max(covered, m.end)
			from = m.end
		}
		if covered < b {
			t.Fatalf("planted %q in %q: bytes from %d on are not detected", pii, src, covered-a)
		}
	})
}
