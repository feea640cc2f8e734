package redact

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestNationalIDChecks runs each check on public example values (python-stdnum's
// and Presidio's documentation, ICAO 9303 specimens) and on the same values
// with one digit or letter changed.
func TestNationalIDChecks(t *testing.T) {
	f := func(name string, valid func([]byte) bool, good string, bad ...string) {
		t.Helper()
		if !valid([]byte(good)) {
			t.Errorf("%s: %q refused", name, good)
		}
		for _, b := range bad {
			if valid([]byte(b)) {
				t.Errorf("%s: %q accepted", name, b)
			}
		}
	}
	whole := func(at func(src []byte, i int) (int, bool)) func([]byte) bool {
		return func(b []byte) bool { e, ok := at(b, 0); return ok && e == len(b) }
	}
	nir := func(b []byte) bool { return len(b) == 15 && nirValid((*[15]byte)(b)) }
	f("bsn", bsnValid, "123456782", "123456783", "000000000")
	f("bsn", bsnValid, "111222333", "111222334")
	f("rnokpp", rnokppValid, "1759013776", "1759013770")
	f("rnokpp", rnokppValid, "2530414071", "2530414072")
	f("pesel", peselValid, "44051401359", "44051401358", "02381307589" /* 13th month */)
	f("pesel", peselValid, "02211307589", "02223007580" /* 30 February 2002 */)
	f("steuer", steuerValid, "36574261809", "36574261890", "36554266806" /* two digits repeated */, "06574261809")
	f("steuer", steuerValid, "86095742719", "86095742718")
	f("cpf", cpfValid, "11144477735", "11144477736", "11111111111")
	f("cpf", cpfValid, "52998224725", "52998224715")
	f("aadhaar", aadhaarValid, "234123412346", "234123412347", "123412341234", "222222222222")
	f("aadhaar", aadhaarValid, "312345678909", "312345678908")
	f("aadhaar", aadhaarValid, "400123456787", "400123456788")
	f("verhoeff", verhoeff, "2363", "2364")
	f("iin", iinValid, "850808301077", "850808301078", "851308301077" /* month 13 */, "850808701077" /* century 7 */)
	f("iin", iinValid, "900101400122", "900101400121")
	f("nir", nir, "295109912611193", "295109912611199", "595109912611193")
	f("nir", nir, "253072B07300470", "253072B07300471", "253071B07300470")
	f("nir", nir, "253072A07300443", "253072C07300443")
	f("dni", whole(func(b []byte, i int) (int, bool) { return dniAt(b, i, false) }), "12345678Z", "12345678Y", "12345678z", "1234567Z")
	f("nie", whole(func(b []byte, i int) (int, bool) { return nieAt(b, i, false) }), "X1234567L", "X1234567A", "W1234567L", "x1234567l")
	f("nie", whole(func(b []byte, i int) (int, bool) { return nieAt(b, i, true) }), "y8063915z", "y8063915Z")
	nino := func(keyed bool) func([]byte, int) (int, bool) {
		return func(b []byte, i int) (int, bool) { return ninoAt(b, i, keyed) }
	}
	f("nino", whole(nino(false)), "AB123456C", "AB123456E", "QQ123456C", "BG123456A", "DA123456A", "AO123456A", "Ab123456C")
	f("nino", whole(nino(false)), "AB 12 34 56 C", "AB  12 34 56 C", "AB 12 34 56 c")
	// In lower case, odd spacing only under a key that names the id.
	f("nino", whole(nino(false)), "ab123456c", "ab 123456 c")
	f("nino", whole(nino(true)), "ab 123456 c", "ab 123456 e")
	f("cf", whole(cfAt), "RCCMNL83S18D969H", "RCCMNL83S18D969I", "RCCMNL83F18D969H" /* F: no month */, "RCCMNL83S32D969H" /* day 32 */)
	f("cf", whole(cfAt), "RSSMRA85T10A5RNS", "RSSMRA85T10A5RNT", "RSSMRA85T10A5RnS")
	f("cf", whole(cfAt), "bnclra90a41h501f", "bnclra90a41h501F")
	f("nir printed", whole(nirSpacedAt), "1 84 12 76 451 089 46", "1 84 12 76 451 089 47", "1 84 12 76 451 08946")
	f("cpf printed", whole(cpfPrintedAt), "111.444.777-35", "111.444.777-53", "111444777-35")
	f("aadhaar printed", whole(aadhaarPrintedAt), "2341 2341 2346", "2341 2341 2347", "2341-2341-2346")
}

func TestMRZ(t *testing.T) {
	td3 := "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
	td3b := "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
	td1a, td1b, td1c := "I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"
	td2a, td2b := "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"
	f := func(in string, end int) {
		t.Helper()
		e, ok := scanMRZ([]byte(in), 0)
		if !ok {
			e = -1
		}
		if e != end {
			t.Errorf("scanMRZ(%q) ends at %d, want %d", in, e, end)
		}
	}
	f(td3+" "+td3b, 89)
	f(td3+"\n"+td3b+" x", 89)
	f(td3+"\r\n"+td3b, 90)
	f(td3b, 44)
	f(td3, 44)                   // the name line alone
	f(td3+" "+td3b[:43]+"1", 44) // a broken data line: the name line alone
	f(td3b[:43]+"1", -1)         // composite check
	f(strings.Replace(td3b, "C36", "C35", 1), -1)
	f(strings.Replace(td3b, "8122", "8121", 1), -1)
	f(td1a+" "+td1b+" "+td1c, 92)
	f(td1a+" "+td1b, 61)
	f(td1a+" "+td1b[:29]+"5", -1)
	f(td1a, -1) // a TD1 line alone says too little
	f(td2a+" "+td2b, 73)
	f(td2b, 36)
	f(td3+"<", -1)
	f("P<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", -1)
}

func TestNationalIDKeys(t *testing.T) {
	f := func(key string, want uint16) {
		t.Helper()
		if got := natIDKinds([]byte(key), false); got != want {
			t.Errorf("natIDKinds(%q) = %b, want %b", key, got, want)
		}
		wantCtx := ctxNone
		switch {
		case docKey([]byte(key)):
			wantCtx = ctxDocument // a passport's number: any document number's shape (scan_docnum.go)
		case want != 0:
			wantCtx = ctxNatID
		}
		if got := keyContext([]byte(key)); got != wantCtx && (got == ctxNatID || wantCtx != ctxNone) && !strings.Contains(key, ".") {
			t.Errorf("keyContext(%q) = %d, want %d", key, got, wantCtx)
		}
	}
	f("pesel", idPESEL)
	f("PESEL", idPESEL)
	f("customer_pesel", idPESEL)
	f("customerPesel", idPESEL)
	f("pesel_number", idPESEL)
	f("national_id", idAll)
	f("nationalId", idAll)
	f("NationalID", idAll)
	f("passport_no", idAll)
	f("passportNumber", idAll)
	f("holder_passport_number", idAll)
	f("tax_id", idAll)
	f("taxId", idAll)
	f("id_number", idAll)
	f("document_number", idAll)
	f("order_id_number", 0)
	f("order_document_number", 0)
	f("tin", idAll)
	f("inn", idRNOKPP)
	f("company_inn", 0)
	f("ipn", idRNOKPP)
	f("nino", idNINO)
	f("ni_number", idNINO)
	f("dni", idDNI)
	f("nie", idDNI)
	f("codice_fiscale", idCF)
	f("steuer_id", idSteuer)
	f("steuerId", idSteuer)
	f("idnr", idSteuer)
	f("aadhaar_number", idAadhaar)
	f("uid_aadhaar", idAadhaar)
	f("bsn", idBSN)
	f("cpf", idCPF)
	f("iin", idIIN)
	f("insee", idNIR)
	f("mrz", idMRZ)
	for _, k := range []string{"cf", "uid", "id", "user_id", "order_id", "tin_can", "pinned", "inning", "nationality", "passport_photo_url"} {
		f(k, 0)
	}
	// What the value's scan looks up, in the forms a key takes.
	g := func(key string, want uint16) {
		t.Helper()
		if got := natIDKeyIDs([]byte(key)); got != want {
			t.Errorf("natIDKeyIDs(%q) = %b, want %b", key, got, want)
		}
	}
	g(`"pesel"`, idPESEL)
	g("pesel=", idPESEL)
	g("user.pesel", idPESEL)
	g("doc.id_number", idAll)
	g("form[bsn]", idBSN)
	g("password", 0)
	// A label in free text: never a generic name.
	h := func(label string, want uint16) {
		t.Helper()
		src := []byte(label + " 44051401359")
		if got := natIDLabel(src, len(label)+1); got != want {
			t.Errorf("natIDLabel(%q) = %b, want %b", label, got, want)
		}
	}
	h("PESEL", idPESEL)
	h("pesel:", idPESEL)
	h("my PESEL is", idPESEL)
	h("Aadhaar no.", idAadhaar)
	h("Steuer-ID", idSteuer)
	h("national id", idAll)
	h("ID number", 0)
	h("tin", 0)
	h("order", 0)
	h("expesel", 0)
	h("customerPesel", idPESEL)
}

// TestNationalIDKindsFilter checks natIDKinds' cheap test on the key's
// ending against the full reading, over compounds of names, fillers and
// other words in several spellings: the test never refuses a key that
// names an id.
func TestNationalIDKindsFilter(t *testing.T) {
	words := []string{"customer", "order", "tax", "id", "number", "no", "nr", "is", "user", "x9", "doc", "national"}
	for _, e := range natIDNames {
		words = append(words, e.name)
	}
	spell := []func(a, b string) string{
		func(a, b string) string { return a + "_" + b },
		func(a, b string) string { return a + "-" + strings.ToUpper(b) },
		func(a, b string) string { return a + strings.ToUpper(b[:1]) + b[1:] },
		func(a, b string) string { return a + "." + b },
		func(a, b string) string { return a + b },
	}
	named := 0
	for _, a := range words {
		for _, b := range words {
			for _, c := range []string{"", "number", "No", "id"} {
				for _, sp := range spell {
					key := sp(a, b)
					if c != "" {
						key = sp(key, c)
					}
					for _, label := range []bool{false, true} {
						slow := natIDKindsTail([]byte(key), label)
						if got := natIDKinds([]byte(key), label); got != slow {
							t.Fatalf("natIDKinds(%q, %v) = %b, the full reading says %b", key, label, got, slow)
						}
						if slow != 0 {
							named++
						}
					}
				}
			}
		}
	}
	if named < 1000 {
		t.Errorf("only %d keys name an id: the test is too weak", named)
	}
}

func TestNationalIDNoAllocs(t *testing.T) {
	s := allOn()
	lines := [][]byte{
		[]byte("kyc nino=AB123456C dni 12345678Z X1234567L cf RSSMRA85T10A562S nir 1 84 12 76 451 089 46 cpf 111.444.777-35"),
		[]byte("aadhaar 2341 2341 2346 pesel=44051401359 PESEL 02211307589 steuer_id: 36 574 261 809 iban DE89-3704-0044-0532-0130-00"),
		[]byte("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10 ok"),
		[]byte("I<UTOD231458907<<<<<<<<<<<<<<< 7408122F1204159UTO<<<<<<<<<<<6 ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
	}
	found := 0
	if n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			found += scanAll(s, l)
		}
	}); n != 0 {
		t.Errorf("scanning national ids allocates %.1f times per run", n)
	}
	if found != 51*13 { // AllocsPerRun runs once more to warm up
		t.Errorf("found %d ids in 51 runs, want 13 a run", found)
	}
	for _, kv := range [][2]string{{"pesel", "44051401359"}, {"national_id", "36 574 261 809"}, {"customerTaxId", "850808301077"}, {"mrz", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"}} {
		s.key = []byte(kv[0])
		src := []byte(kv[1])
		if a := testing.AllocsPerRun(20, func() { found += scanAll(s, src) }); a != 0 {
			t.Errorf("scanning %q under key %q allocates %.1f times per run", kv[1], kv[0], a)
		}
	}
}

// natIDPlants are national ids found anywhere, and keyed ones (key and
// value, of which only the value must be covered).
var natIDPlants = []string{
	"AB123456C", "AB 12 34 56 C", "12345678Z", "X1234567L", "Y8063915-Z", "RSSMRA85T10A562S", "RSSMRA85T10A5RNS",
	"1 84 12 76 451 089 46", "2 53 07 2B 073 004 70", "111.444.777-35", "2341 2341 2346",
	"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10",
	"I<UTOD231458907<<<<<<<<<<<<<<< 7408122F1204159UTO<<<<<<<<<<<6 ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
	"pesel=44051401359", "bsn: 123456782", `steuer_id = "36 574 261 809"`, "PESEL 02211307589", "iin=850808301077",
	"rnokpp=1759013776", "aadhaar_number=498765432102", "cpf=52998224725", "insee=184127645108946",
	"DE89-3704-0044-0532-0130-00", "de89-3704-0044-0532-0130-00", "gb82west12345698765432",
}

// FuzzNationalID plants a national id between fuzzed text and checks that
// the scanner covers every byte of its value, that the engine leaves none of
// it in a text line or a JSON string, and that redacting twice equals
// redacting once.
func FuzzNationalID(f *testing.F) {
	data, err := os.ReadFile("testdata/detect/national_id.txt")
	if err != nil {
		f.Fatal(err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if in, ok := strings.CutPrefix(l, "in: "); ok {
			f.Add(in, in, uint8(i))
		}
	}
	f.Add("order 4405140135", "9 x", uint8(0))
	f.Add("P<UTO", "<<<", uint8(11))
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, prefix, suffix string, which uint8) {
		plant := natIDPlants[int(which)%len(natIDPlants)]
		sep := plantSeps[int(which)/len(natIDPlants)%len(plantSeps)]
		val := plant
		if k := strings.IndexAny(plant, "=:"); k >= 0 && !strings.HasPrefix(plant, "P<") && !strings.HasPrefix(plant, "I<") {
			val = strings.Trim(plant[k+1:], ` "`)
		} else if strings.HasPrefix(plant, "PESEL ") {
			val = plant[len("PESEL "):]
		}
		src := []byte(prefix + sep + plant + sep + suffix)
		a := len(prefix) + len(sep) + strings.Index(plant, val)
		b := a + len(val)
		s := allOn()
		checkScan(t, s, src)
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
			t.Fatalf("planted %q in %q: bytes from %d on are not detected", val, src, covered-a)
		}

		out, err := r.Redact(nil, src, FormatText)
		if err != nil {
			t.Fatalf("Redact(%q): %v", src, err)
		}
		if !strings.Contains(prefix+suffix, val) && bytes.Contains(out, []byte(val)) {
			t.Fatalf("planted %q survived:\n in %q\nout %q", val, src, out)
		}
		again, err := r.Redact(nil, out, FormatText)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q (%v)", src, out, again, err)
		}
	})
}

// TestNationalIDEngine: what the engine makes of national ids in text and
// JSON (escapes decoded, numbers under a key), and that masking twice
// equals masking once, also where a mask token ends an unquoted value.
func TestNationalIDEngine(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := func(in, want string, format Format) {
		t.Helper()
		out, err := r.Redact(nil, []byte(in), format)
		if err != nil || string(out) != want {
			t.Errorf("Redact(%q) = %q, %v; want %q", in, out, err, want)
		}
		again, err := r.Redact(nil, out, format)
		if err != nil || !bytes.Equal(again, out) {
			t.Errorf("twice: %q, once: %q (%v)", again, out, err)
		}
	}
	f(`{"mrz":"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10","n":1}`,
		`{"mrz":"[national_id]","n":1}`, FormatJSON)
	// A number that passes PESEL's check under a neutral key stays (the
	// same number as the record's PESEL would be masked as its echo).
	f(`{"pesel":44051401359,"order":90010112349,"bsn":123456789}`, `{"pesel":"[national_id]","order":90010112349,"bsn":123456789}`, FormatJSON)
	f(`{"msg":"KYC: NIE X1234567L, PESEL 44051401359, order 90010112349"}`,
		`{"msg":"KYC: NIE [national_id], PESEL [national_id], order 90010112349"}`, FormatJSON)
	f(`{"pesel":44051401359,"msg":"duplicate 44051401359"}`, `{"pesel":"[national_id]","msg":"duplicate [national_id]"}`, FormatJSON)
	f(`{"msg":"KYC: NIE X1234567L\u002c cf RSSMRA85T10A562S"}`, `{"msg":"KYC: NIE [national_id], cf [national_id]"}`, FormatJSON)
	f("Authorization: AB 12 34 56 C, x", "Authorization: [national_id], x", FormatText)
	f("key=-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC -----END PRIVATE KEY----- loaded", "key=[private_key] loaded", FormatText)
	f("GET /kyc?doc=X1234567L&nino=AB%2012%2034%2056%20C&cf=rssmra85t10a562s HTTP/1.1", "GET /kyc?doc=[national_id]&nino=[national_id]&cf=[national_id] HTTP/1.1", FormatText)
}
