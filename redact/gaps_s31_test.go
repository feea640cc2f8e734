package redact

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNationalIDKeysWorld: the personal and tax numbers of Latin America,
// Asia, the Gulf and Africa under the names KYC and payment APIs give
// them, in any form of digits, letters and separators (a check letter K,
// a check digit in parentheses); words that share a name stay.
func TestNationalIDKeysWorld(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"curp":"GODE561231HDFRRN09","rut":"12.345.678-5","customer_rut":"7.654.321-K","cuit":"20-12345678-6","cuil":"20123456786"}`,
		`{"curp":"[national_id]","rut":"[national_id]","customer_rut":"[national_id]","cuit":"[national_id]","cuil":"[national_id]"}`)
	f(`{"cedula":"1234567890","nik":"3171234567890001","hkid_number":"A123456(7)","iqama":"2123456789"}`,
		`{"cedula":"[national_id]","nik":"[national_id]","hkid_number":"[national_id]","iqama":"[national_id]"}`)
	f(`{"mykad":"850808-14-5678","thai_id":"1101700230708","cnic":"35202-1234567-1","nin":"12345678901","bvn":"22212345678","epic_no":"ABC1234567"}`,
		`{"mykad":"[national_id]","thai_id":"[national_id]","cnic":"[national_id]","nin":"[national_id]","bvn":"[national_id]","epic_no":"[national_id]"}`)
	f(`kyc ok curp=GODE561231HDFRRN09&cuit=20-12345678-6`, `kyc ok curp=[national_id]&cuit=[national_id]`)
	f(`Cedula 1234567890 on file; CNIC 35202-1234567-1; NIK: 3171234567890001`,
		`Cedula [national_id] on file; CNIC [national_id]; NIK: [national_id]`)
	// Look-alikes: an RFC (a change request), an epic, a status, the
	// short names inside other words.
	f(`{"rfc":"RFC-00123","rfc_number":"CHG0030012","epic":"PROJ-123","cedula":"pending","nik":"nik","strut":"12345678","nin":["a","b"]}`,
		`{"rfc":"RFC-00123","rfc_number":"CHG0030012","epic":"PROJ-123","cedula":"pending","nik":"nik","strut":"12345678","nin":["a","b"]}`)
}

// TestCURP: a Mexican CURP is one anywhere when its structure and check
// digit hold; one digit off, a date that is none or an unknown state
// code, it stays.
func TestCURP(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`alta cliente HEGG560427MVZRRL04 ok`, `alta cliente [national_id] ok`)
	f(`{"msg":"registro MAHJ280603MSPRRV09 duplicado"}`, `{"msg":"registro [national_id] duplicado"}`)
	f(`alta cliente HEGG560427MVZRRL05 ok`, `alta cliente HEGG560427MVZRRL05 ok`)
	f(`sku HEGG561327MVZRRL04 and HEGG560427MZZRRL04 and HEGG560427MVZRRL041`,
		`sku HEGG561327MVZRRL04 and HEGG560427MZZRRL04 and HEGG560427MVZRRL041`)
	if _, ok := curpAt([]byte("HEGG560427MVZRRL04"), 0); !ok {
		t.Error("curpAt(HEGG560427MVZRRL04) = false")
	}
}

// FuzzCURP: curpAt reads 18 bytes or none, and a CURP it accepts is
// refused with any other check digit.
func FuzzCURP(f *testing.F) {
	f.Add([]byte("HEGG560427MVZRRL04"))
	f.Add([]byte("MAHJ280603MSPRRV09 x"))
	f.Add([]byte("GODE561231HDFRRN09"))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, ok := curpAt(b, 0)
		if !ok {
			return
		}
		if e != 18 {
			t.Fatalf("curpAt(%q) = %d", b, e)
		}
		c := bytes.Clone(b)
		for d := byte('0'); d <= '9'; d++ {
			if d == b[17] {
				continue
			}
			c[17] = d
			if _, ok := curpAt(c, 0); ok {
				t.Fatalf("curpAt(%q) and curpAt(%q) both hold", b, c)
			}
		}
	})
}

// TestPairNameDiacritics: a common given name and a frequent surname are
// a name with their diacritics too, the surname read as the list spells
// it (Müller as mueller, García as garcia, Wiśniewski as wisniewski);
// words that are neither stay.
func TestPairNameDiacritics(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"answers":[{"type":"text","text":"Mykola Müller"}],"answer":"Jürgen Schröder"}`,
		`{"answers":[{"type":"text","text":"[name]"}],"answer":"[name]"}`)
	f(`José García called about order 12; closed by Łukasz Wiśniewski`, `[name] called about order 12; closed by [name]`)
	f(`Grand Café Müller opened; Salon Hernández; Jürgen Straße 5 km`, `Grand Café Müller opened; Salon Hernández; Jürgen Straße 5 km`)
}

// FuzzLatinSmall: latinSmall accepts only a small letter's two bytes and
// spells it in lower-case ASCII.
func FuzzLatinSmall(f *testing.F) {
	f.Add([]byte("ü"))
	f.Add([]byte("ł"))
	f.Add([]byte("Ł"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, fold := latinSmall(b, 0)
		if d == 0 {
			return
		}
		r, size := utf8.DecodeRune(b)
		if d != 2 || size != 2 || !unicode.IsLower(r) || fold == "" {
			t.Fatalf("latinSmall(%q) = %d, %q (rune %U)", b, d, fold, r)
		}
		for _, c := range []byte(fold) {
			if c < 'a' || c > 'z' {
				t.Fatalf("latinSmall(%q) spells %q", b, fold)
			}
		}
	})
}

// TestNameKeysWorld: parents' names as registry checks return them and
// the name fields of forms in other languages; "nombre", "nome" and "nom"
// alone name any thing and stay.
func TestNameKeysWorld(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"data":{"curp":"PEGJ850101HDFRRL04","fatherName":"PÉREZ","motherName":"GARCÍA","birthDate":"1985-01-01","birthState":"DF"}}`,
		`{"data":{"curp":"[national_id]","fatherName":"[name]","motherName":"[name]","birthDate":"[birth_date]","birthState":"DF"}}`)
	f(`{"nombres":"Julio","primerApellido":"Pérez","apellido_materno":"López","fechaNacimiento":"1985-01-01"}`,
		`{"nombres":"[name]","primerApellido":"[name]","apellido_materno":"[name]","fechaNacimiento":"[birth_date]"}`)
	f(`vorname=Jürgen&nachname=Schröder&sobrenome=Silva&cognome=Rossi&nazwisko=Nowak`,
		`vorname=[name]&nachname=[name]&sobrenome=[name]&cognome=[name]&nazwisko=[name]`)
	f(`{"nombre":"Plan Pro","nome":"Camiseta Azul","nom":"Forfait","apellidos_count":2}`,
		`{"nombre":"Plan Pro","nome":"Camiseta Azul","nom":"Forfait","apellidos_count":2}`)
}

// TestLatinLetterCase: latinCapital and latinSmall agree with Unicode on
// every two-byte letter of Latin-1 Supplement and Latin Extended-A they
// accept (Ž, Ź, Ż are capitals at odd code points; ž, ź, ż small).
func TestLatinLetterCase(t *testing.T) {
	for c := byte(0xc3); c <= 0xc5; c++ {
		for d := byte(0x80); d <= 0xbf; d++ {
			b := []byte{c, d}
			r, _ := utf8.DecodeRune(b)
			if latinCapital(b, 0) && !unicode.IsUpper(r) {
				t.Errorf("latinCapital(%q) = true, not a capital", b)
			}
			if n, _ := latinSmall(b, 0); n > 0 && !unicode.IsLower(r) {
				t.Errorf("latinSmall(%q) = %d, not a small letter", b, n)
			}
		}
	}
	for _, s := range []string{"Ž", "Ź", "Ż", "Ł", "Ö", "Č"} {
		if !latinCapital([]byte(s), 0) {
			t.Errorf("latinCapital(%q) = false", s)
		}
	}
}
