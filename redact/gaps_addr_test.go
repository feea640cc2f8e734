package redact

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAddressPostcode: after a label that says address, in the customer's
// language, the address is masked up to its postcode (a postcode beside
// the street line is part of it); the town after the postcode, a postcode
// alone and numbers that only look like one stay.
func TestAddressPostcode(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"msg":"delivery address 1600 Amphitheatre Parkway, Mountain View, CA 94043"}`, `{"msg":"delivery address [address]"}`)
	f(`shipping to 221B Baker Street, London NW1 6XE`, `shipping to [address]`)
	f(`order 7 placed, adresse de livraison : 12 rue de Rivoli, 75001 Paris, total 23.50 EUR`,
		`order 7 placed, adresse de livraison : [address] Paris, total 23.50 EUR`)
	f(`dirección de envío: Calle de Alcalá 42, 28014 Madrid`, `dirección de envío: [address] Madrid`)
	f(`indirizzo di consegna: Via Roma, 15, 00184 Roma`, `indirizzo di consegna: [address] Roma`)
	f(`afleveradres: Kalverstraat 92, 1012 PH Amsterdam`, `afleveradres: [address] Amsterdam`)
	f(`adres dostawy: ul. Marszałkowska 10/12, 00-590 Warszawa`, `adres dostawy: [address] Warszawa`)
	f(`endereço de entrega: Rua Augusta, 1500, apto 42, São Paulo - SP, 01304-001, total 9.90`,
		`endereço de entrega: [address], total 9.90`)
	f(`shipping address: 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002`, `shipping address: [address]`)
	f(`Shipping Address: Flat 302, 14th Cross Road, Bengaluru 560038`, `Shipping Address: [address]`)
	f(`trip 9 requested: pickup at Unit 5, 42 George St, Sydney NSW 2000, drop-off at Terminal 2`,
		`trip 9 requested: pickup at [address], drop-off at Terminal 2`)
	f(`parcel 1Z999AA10123456784 (UPS, 1.2 kg) out for delivery to Herengracht 263-H, 1515 XG Den Haag`,
		`parcel 1Z999AA10123456784 (UPS, 1.2 kg) out for delivery to [address] Den Haag`)
	f(`level=info dropoff_address="ul. Floriańska 76/37, 13-083 Kraków" eta_min=33`,
		`level=info dropoff_address="[address] Kraków" eta_min=33`)
	// No address: a zone's postcode, a drop-off at a station, an IP
	// and a port, counts after "to".
	f(`surge multiplier 1.4 in zone 10115 (Berlin), 12 open orders`, `surge multiplier 1.4 in zone 10115 (Berlin), 12 open orders`)
	f(`pickup at King's Cross Station, drop-off at Terminal 2, fare 14.20`, `pickup at King's Cross Station, drop-off at Terminal 2, fare 14.20`)
	f(`address: db1, 10.0.0.1, 5432 open`, `address: db1, 10.0.0.0, 5432 open`)
	f(`scaled to 12 pods, 4096 MiB each`, `scaled to 12 pods, 4096 MiB each`)
}

// TestAddressObjectPostcode: an address object's postcode goes with its
// street line; Shippo's tracking addresses (city, state, zip) stay.
func TestAddressObjectPostcode(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"shipping_address":{"address1":"221B Baker Street","city":"London","zip":"NW1 6XE","country_code":"GB"}}`,
		`{"shipping_address":{"address1":"[address]","city":"London","zip":"[address]","country_code":"GB"}}`)
	f(`{"to_address":{"street1":"179 N Harbor Dr","city":"Redondo Beach","state":"CA","zip":"90277","country":"US"}}`,
		`{"to_address":{"street1":"[address]","city":"Redondo Beach","state":"CA","zip":"[address]","country":"US"}}`)
	f(`{"event":"track_updated","data":{"address_to":{"city":"Spotsylvania","state":"VA","zip":"22551","country":"US"}}}`,
		`{"event":"track_updated","data":{"address_to":{"city":"Spotsylvania","state":"VA","zip":"22551","country":"US"}}}`)
	f(`{"zip":"10115","files":3}`, `{"zip":"10115","files":3}`)
}

// TestLicencePlates: a plate under its key and after its word in prose;
// templates, zones and lower-case words after the cue stay.
func TestLicencePlates(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"best_plate_number":"HV434TM","best_plate":{"plate":"HV434TM","region":"it"},"template":"INV-2024-01"}`,
		`{"best_plate_number":"[national_id]","best_plate":{"plate":"[national_id]","region":"it"},"template":"INV-2024-01"}`)
	f(`2026-11-23 20:00:01 [lane 2] ENTRY plate="B-MW 1234" country=DE conf=92.4`,
		`2026-11-23 20:00:01 [lane 2] ENTRY plate="[national_id]" country=DE conf=92.4`)
	f(`licence plate B-MW 1234 has no valid permit for zone B35`, `licence plate [national_id] has no valid permit for zone B35`)
	f(`Kennzeichen M-AB 123, Gebühr 3.00`, `Kennzeichen [national_id], Gebühr 3.00`)
	f(`immatriculation AA-123-AA refusée`, `immatriculation [national_id] refusée`)
	f(`matrícula 1234 BCD sin permiso`, `matrícula [national_id] sin permiso`)
	f(`closed for targa AB 123 CD, duration 5 min`, `closed for targa [national_id], duration 5 min`)
	f(`kenteken 12-ABC-3 has no permit`, `kenteken [national_id] has no permit`)
	f(`tablica WA 1234A, numer rejestracyjny KR 1AB23`, `tablica [national_id], numer rejestracyjny [national_id]`)
	f(`registration AB12 CDE at gate 3`, `registration [national_id] at gate 3`)
	f(`registration REG-2041 failed; plate 3 of 4; license plate recognition v2 ready`,
		`registration REG-2041 failed; plate 3 of 4; license plate recognition v2 ready`)
}

// TestAddressPostcodeNot: counts and areas after a delivery's words are
// no address.
func TestAddressPostcodeNot(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`delivery to 3 regions, 12500 orders queued`, `delivery to 3 regions, 12500 orders queued`)
	f(`shipping address: Mountain View, CA 94043`, `shipping address: Mountain View, CA 94043`)
	f(`pickup at 10.0.0.7, 8080 retries`, `pickup at 10.0.0.0, 8080 retries`)
}

// FuzzWholeStreetLine: a value read as a whole street line is masked
// whole under any key, and masking twice equals masking once.
func FuzzWholeStreetLine(f *testing.F) {
	for _, s := range []string{"9400 Market St", "Viale Monza 130", "3-20-13 Shibuya", "Rua Augusta, 422",
		"10 rue de Rivoli", "42 Oak Avenue, Springfield", "Hauptstr. 5", "Windows 10", "12-05-26 Report", "Via, 2",
		"Coolsingel 90-H", "ul. Kwiatowa 6/29", "al. Jerozolimskie 99/53", "Unter den Linden 23", "38th Main Road",
		"5th Avenue", "3rd Place", "Build 2024-11", "Am Markt 31a, Köln", "Damrak 12-", "al. x 1/", "Hof 1-x2"} {
		f.Add(s)
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, v string) {
		if strings.ContainsAny(v, "\"\\") || !utf8.ValidString(v) || strings.IndexFunc(v, func(r rune) bool { return r < 0x20 }) >= 0 {
			return
		}
		src := []byte(`{"k":"` + v + `"}`)
		out, err := r.Redact(nil, src, FormatJSON)
		if err != nil {
			t.Fatalf("Redact(%q): %v", src, err)
		}
		if wholeStreetLine([]byte(v)) && string(out) != `{"k":"[address]"}` {
			t.Fatalf("street line %q not masked whole: %q", v, out)
		}
		again, err := r.Redact(nil, out, FormatJSON)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q (%v)", src, out, again, err)
		}
	})
}
