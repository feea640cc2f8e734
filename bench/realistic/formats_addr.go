package realistic

import (
	"strconv"
	"strings"
)

// Postal addresses and licence plates as shops, carriers, delivery and
// ride-hailing backends and parking cameras log them:
//
//   - shop_addresses (JSON): Shopify's orders/create webhook
//     (billing_address and shipping_address objects in the documented
//     member order: first_name, address1, phone, city, zip, province,
//     country, last_name, address2, company, latitude, longitude, name,
//     country_code, province_code; the order's id, name "#1001",
//     order_number, total_price, line_items[] with sku, grams, price,
//     fulfillments[] with tracking_company and tracking_number); EasyPost's
//     Shipment object (to_address and from_address Address objects:
//     adr_ id, name, company, street1, street2, city, state, zip, country,
//     phone, email, residential; parcel with weight in ounces,
//     tracking_code, selected_rate); Shippo's address object (object_id,
//     street1, street_no, is_residential) and its track_updated webhook,
//     whose address_from/address_to carry city, state, zip and country
//     only.
//   - delivery_log (Text): a food-delivery or ride-hailing backend's
//     dispatch lines behind an ISO time and a level, quoting the drop-off,
//     pickup, billing or delivery address in the customer's language
//     (shipping address, Lieferadresse, adresse de livraison, dirección de
//     envío, indirizzo di consegna, afleveradres, adres dostawy, endereço
//     de entrega) or as logfmt members (dropoff_address="…").
//   - anpr_events (Mixed): Rekor Scout (OpenALPR) alpr_group webhook JSON
//     (best_plate_number, best_plate.plate, candidates[].plate,
//     best_region, epoch_start, vehicle attributes) and a car park's
//     barrier controller text lines (ENTRY/EXIT, plate=, lane, ticket),
//     plus operators' messages naming a plate after its word in the local
//     language (Kennzeichen, immatriculation, matrícula, targa, kenteken,
//     numer rejestracyjny, placa, licence plate).
//
// Addresses follow each country's layout: house number before the street
// (US, UK, FR, AU, IN, JP's block-lot numbers) or after it (DE, ES, IT, NL,
// PL, BR), the postcode before the city (DE, FR, ES, IT, NL, PL) or after
// it (US, UK, AU, IN, JP, BR).
//
// Granularity: the street line with its house number is personal, and so
// is the postcode written next to it (a UK or Dutch postcode holds a few
// dozen letterboxes). A town, a region or a country is not, nor a postcode
// alone (a delivery zone, Shippo's tracking addresses of city, state and
// zip): those are kept. A flat or unit number ("Flat 3", "apto 42") is
// unlabelled: once the street is gone it names no place. A depot's or a
// store's coordinates are a business's, kept; a customer's geocoded
// address (Shopify's latitude and longitude) is planted as geo.

// postal is one generated postal address.
type postal struct {
	cc      string // ISO 3166 alpha-2
	country string
	street  string // the street line with the house number (planted)
	unit    string // flat, unit or apartment, or ""
	zip     string // postcode (planted next to the street)
	city    string
	region  string // state or province code, or ""
	lat     string // a rooftop geocode of the address
	lng     string
}

// line writes the address on one line as the country writes it.
func (p postal) line() string {
	switch p.cc {
	case "US":
		return p.street + ", " + p.city + ", " + p.region + " " + p.zip
	case "GB":
		if p.unit != "" {
			return p.unit + ", " + p.street + ", " + p.city + " " + p.zip
		}
		return p.street + ", " + p.city + " " + p.zip
	case "AU":
		if p.unit != "" {
			return p.unit + ", " + p.street + ", " + p.city + " " + p.region + " " + p.zip
		}
		return p.street + ", " + p.city + " " + p.region + " " + p.zip
	case "IN":
		return p.unit + ", " + p.street + ", " + p.city + " " + p.zip
	case "JP":
		return p.street + ", " + p.region + ", " + p.city + " " + p.zip
	case "BR":
		return p.street + ", " + p.unit + ", " + p.city + " - " + p.region + ", " + p.zip
	}
	return p.street + ", " + p.zip + " " + p.city
}

func (g *gen) latLng(lat, lng float64) (string, string) {
	la := lat + float64(g.rng.IntN(20000)-10000)/1e5
	lo := lng + float64(g.rng.IntN(20000)-10000)/1e5
	return strconv.FormatFloat(la, 'f', 6, 64), strconv.FormatFloat(lo, 'f', 6, 64)
}

// ukPostcode returns a postcode of one of the Royal Mail's outward forms.
func (g *gen) ukPostcode() string {
	const up = "ABCDEFGHJKLMNOPRSTUWYZ"
	const in = "ABDEFGHJLNPQRSTUWXYZ"
	out := pick(g, []string{"NW1", "SW1A", "EC1V", "M1", "LS1", "B33", "W1D", "CR2", "EH1", "G2"})
	return out + " " + g.num(1, 9) + g.chars(1, in) + g.chars(1, in) + g.chars(0, up)
}

// postalAddr returns an address of one of twelve countries.
func (g *gen) postalAddr() postal {
	switch g.rng.IntN(12) {
	case 0:
		p := postal{cc: "US", country: "United States", street: g.num(1, 9999) + " " + pick(g, []string{"Amphitheatre Parkway",
			"Main Street", "Elm St", "Oak Avenue", "Sunset Blvd", "Pine Rd", "Fifth Avenue", "Market St", "Lakeview Dr"})}
		c := pick(g, [][3]string{{"Mountain View", "CA", "940"}, {"New York", "NY", "100"}, {"Austin", "TX", "787"}, {"Seattle", "WA", "981"}})
		p.city, p.region, p.zip = c[0], c[1], c[2]+g.digits(2)
		if g.pct(20) {
			p.zip += "-" + g.digits(4)
		}
		p.lat, p.lng = g.latLng(37.4, -122.08)
		return p
	case 1:
		p := postal{cc: "GB", country: "United Kingdom", street: g.num(1, 240) + pick(g, []string{"", "", "B", "a"}) + " " +
			pick(g, []string{"Baker Street", "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "The Crescent"})}
		p.city, p.zip = pick(g, []string{"London", "Leeds", "Manchester", "Edinburgh", "Croydon"}), g.ukPostcode()
		if g.pct(30) {
			p.unit = "Flat " + g.num(1, 40)
		}
		p.lat, p.lng = g.latLng(51.52, -0.15)
		return p
	case 2:
		st := pick(g, []string{"Hauptstraße", "Schillerstraße", "Bahnhofstr.", "Am Markt", "Karl-Marx-Allee", "Unter den Linden", "Berliner Straße", "Lindenweg"})
		p := postal{cc: "DE", country: "Germany", street: st + " " + g.num(1, 140) + pick(g, []string{"", "", "a"})}
		p.city, p.zip = pick(g, []string{"Berlin", "München", "Köln", "Hamburg"}), g.num(10115, 99998)
		p.lat, p.lng = g.latLng(52.52, 13.40)
		return p
	case 3:
		p := postal{cc: "FR", country: "France", street: g.num(1, 120) + pick(g, []string{"", "", " bis"}) + " " +
			pick(g, []string{"rue de Rivoli", "avenue des Champs-Élysées", "boulevard Haussmann", "rue du Faubourg Saint-Antoine", "place Bellecour", "rue de la Paix", "allée des Tilleuls", "chemin des Vignes"})}
		p.city, p.zip = pick(g, [][2]string{{"Paris", "750"}, {"Lyon", "6900"}, {"Marseille", "1300"}})[0], ""
		switch p.city {
		case "Paris":
			p.zip = "750" + pick(g, []string{"01", "04", "08", "11", "15"})
		case "Lyon":
			p.zip = "6900" + g.num(1, 9)
		default:
			p.zip = "130" + pick(g, []string{"01", "06", "08"})
		}
		p.lat, p.lng = g.latLng(48.86, 2.35)
		return p
	case 4:
		st := pick(g, []string{"Calle de Alcalá", "Calle Mayor", "Avenida Diagonal", "Paseo de la Castellana", "Calle Gran Vía", "Carrer de Mallorca"})
		p := postal{cc: "ES", country: "Spain", street: st + " " + g.num(1, 300)}
		if g.pct(40) {
			p.street = st + ", " + g.num(1, 300)
		}
		p.city, p.zip = pick(g, []string{"Madrid", "Barcelona"}), "080"+g.digits(2)
		if p.city == "Madrid" {
			p.zip = "280" + g.digits(2)
		}
		p.lat, p.lng = g.latLng(40.42, -3.70)
		return p
	case 5:
		st := pick(g, []string{"Via Roma", "Via Garibaldi", "Corso Buenos Aires", "Piazza Navona", "Viale Monza", "Via dei Mille"})
		p := postal{cc: "IT", country: "Italy", street: st + " " + g.num(1, 200)}
		if g.pct(40) {
			p.street = st + ", " + g.num(1, 200)
		}
		p.city, p.zip = pick(g, []string{"Roma", "Milano", "Torino"}), "00"+g.num(118, 199)
		if p.city == "Milano" {
			p.zip = "201" + g.digits(2)
		} else if p.city == "Torino" {
			p.zip = "101" + g.digits(2)
		}
		p.lat, p.lng = g.latLng(41.90, 12.49)
		return p
	case 6:
		st := pick(g, []string{"Kalverstraat", "Prinsengracht", "Damrak", "Herengracht", "Coolsingel", "Oudegracht", "Lange Voorhout"})
		p := postal{cc: "NL", country: "Netherlands", street: st + " " + g.num(1, 400) + pick(g, []string{"", "", "-H", "A"})}
		p.city, p.zip = pick(g, []string{"Amsterdam", "Rotterdam", "Utrecht", "Den Haag"}), g.num(1011, 3599)+" "+g.chars(2, "ABCDEGHJKLMNPRSTVWXZ")
		p.lat, p.lng = g.latLng(52.37, 4.89)
		return p
	case 7:
		st := pick(g, []string{"ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Długa", "ul. Floriańska", "ul. Kwiatowa"})
		n := g.num(1, 160)
		if g.pct(40) {
			n += "/" + g.num(1, 60)
		}
		p := postal{cc: "PL", country: "Poland", street: st + " " + n}
		p.city, p.zip = pick(g, []string{"Warszawa", "Kraków", "Łódź"}), g.digits(2)+"-"+g.digits(3)
		p.lat, p.lng = g.latLng(52.23, 21.01)
		return p
	case 8:
		st := pick(g, []string{"Rua Augusta", "Avenida Paulista", "Rua Oscar Freire", "Av. Atlântica", "Rua das Flores"})
		p := postal{cc: "BR", country: "Brazil", street: st + ", " + g.num(10, 3000), unit: "apto " + g.num(11, 184)}
		p.city, p.region = pick(g, [][2]string{{"São Paulo", "SP"}, {"Rio de Janeiro", "RJ"}, {"Curitiba", "PR"}})[0], ""
		switch p.city {
		case "São Paulo":
			p.region = "SP"
		case "Rio de Janeiro":
			p.region = "RJ"
		default:
			p.region = "PR"
		}
		p.zip = g.digits(5) + "-" + g.digits(3)
		p.lat, p.lng = g.latLng(-23.56, -46.66)
		return p
	case 9:
		p := postal{cc: "IN", country: "India", street: g.num(1, 40) + pick(g, []string{"th Cross Road", "th Main Road", " MG Road", " Residency Road", " Link Road"}),
			unit: pick(g, []string{"Flat ", "House No. ", "Plot "}) + g.num(1, 900)}
		p.city, p.zip = pick(g, []string{"Bengaluru", "Mumbai", "Pune", "New Delhi"}), pick(g, []string{"560", "400", "411", "110"})+g.digits(3)
		p.lat, p.lng = g.latLng(12.97, 77.59)
		return p
	case 10:
		ward := pick(g, [][2]string{{"Shibuya", "Shibuya-ku"}, {"Ginza", "Chuo-ku"}, {"Roppongi", "Minato-ku"}, {"Umeda", "Kita-ku"}})
		p := postal{cc: "JP", country: "Japan", street: g.num(1, 9) + "-" + g.num(1, 30) + "-" + g.num(1, 20) + " " + ward[0], region: ward[1]}
		p.city, p.zip = pick(g, []string{"Tokyo", "Osaka"}), g.digits(3)+"-"+g.digits(4)
		p.lat, p.lng = g.latLng(35.66, 139.70)
		return p
	}
	p := postal{cc: "AU", country: "Australia", street: g.num(1, 400) + " " + pick(g, []string{"George St", "Collins Street", "Queen Street", "Bourke St", "Pitt Street", "Smith Road"})}
	c := pick(g, [][3]string{{"Sydney", "NSW", "2"}, {"Melbourne", "VIC", "3"}, {"Brisbane", "QLD", "4"}})
	p.city, p.region, p.zip = c[0], c[1], c[2]+g.digits(3)
	if g.pct(30) {
		p.unit = "Unit " + g.num(1, 30)
	}
	p.lat, p.lng = g.latLng(-33.87, 151.21)
	return p
}

// plantPostal labels the address's personal parts in a line (street and
// postcode), each in the forms given by enc (nil: as is).
func (g *gen) plantPostal(p postal, enc func(string) string) {
	for _, v := range []string{p.street, p.zip} {
		if enc != nil {
			g.plantAt("address", v, enc(v))
		} else {
			g.plantAt("address", v)
		}
	}
}

// Shop and carrier records.

func (g *gen) shopAddresses(st *streamState) Record {
	switch g.rng.IntN(5) {
	case 0, 1:
		return g.shopifyOrderAddr()
	case 2:
		return g.easypostShipment()
	case 3:
		return g.shippoAddress()
	}
	return g.shippoTrack()
}

// shopifyAddress writes one of an order's address objects.
func (g *gen) shopifyAddress(b []byte, key string, p postal, first, last string, geo bool) []byte {
	b = jo(b, key)
	b = g.jp(b, "first_name", "name", first)
	b = g.jp(b, "address1", "address", p.street)
	b = g.jp(b, "phone", "phone", g.phone())
	b = g.js(b, "city", p.city)
	b = g.jp(b, "zip", "address", p.zip)
	if p.region != "" {
		b = g.js(b, "province", p.region)
	} else {
		b = jn(b, "province", "null")
	}
	b = g.js(b, "country", p.country)
	b = g.jp(b, "last_name", "name", last)
	if p.unit != "" {
		b = g.js(b, "address2", p.unit)
	} else {
		b = jn(b, "address2", "null")
	}
	b = jn(b, "company", "null")
	if geo {
		b = jkey(b, "latitude")
		b = g.plant(b, "geo", p.lat, "")
		b = jkey(b, "longitude")
		b = g.plant(b, "geo", p.lng, "")
	} else {
		b = jn(b, "latitude", "null")
		b = jn(b, "longitude", "null")
	}
	b = g.jp(b, "name", "name", first+" "+last)
	b = g.keepMember(b, "country_code", p.cc)
	if p.region != "" {
		b = g.js(b, "province_code", p.region)
	} else {
		b = jn(b, "province_code", "null")
	}
	return append(b, '}')
}

// keepMember appends "key":"val" and keeps it with its key, so that a
// short code is looked for where it was.
func (g *gen) keepMember(b []byte, key, val string) []byte {
	m := `"` + key + `":"` + val + `"`
	g.keepAt("code", m)
	return append(jcomma(b), m...)
}

var shopSKUs = []string{"IPOD2008PINK", "TSHIRT-BLK-M", "MUG-11OZ-WHT", "SKU-4471-02", "HOODIE-NVY-XL", "CAP-RED-OS"}

func (g *gen) shopifyOrderAddr() Record {
	b := make([]byte, 0, 2400)
	p := g.postalAddr()
	first, last := g.name()
	id := "5" + g.digits(12)
	num := g.num(1001, 99999)
	b = append(b, '{')
	b = jkey(b, "id")
	b = g.keep(b, "orderid", id, "")
	b = g.jp(b, "email", "email", g.email(first, last))
	b = g.jk(b, "created_at", "timestamp", g.now.Format("2006-01-02T15:04:05-07:00"))
	b = g.keepMember(b, "name", "#"+num)
	b = jkey(b, "order_number")
	b = g.keep(b, "orderid", num, "")
	b = g.js(b, "token", g.hexID(32))
	price := g.num(5, 480) + "." + g.digits(2)
	b = g.keepMember(b, "total_price", price)
	b = g.js(b, "currency", pick(g, []string{"USD", "EUR", "GBP", "AUD", "JPY", "BRL", "INR", "PLN"}))
	b = g.js(b, "financial_status", "paid")
	if g.pct(70) {
		bp := p
		if g.pct(30) {
			bp = g.postalAddr()
		}
		b = g.shopifyAddress(b, "billing_address", bp, first, last, false)
	}
	b = g.shopifyAddress(b, "shipping_address", p, first, last, g.pct(60))
	b = ja(b, "line_items")
	for i, n := 0, 1+g.rng.IntN(2); i < n; i++ {
		b = jo(b, "")
		b = jkey(b, "id")
		b = g.keep(b, "orderid", "1"+g.digits(12), "")
		b = g.keepMember(b, "sku", pick(g, shopSKUs))
		b = jkey(b, "grams")
		b = g.keep(b, "bytes", g.num(50, 4000), "")
		b = jn(b, "quantity", g.num(1, 3))
		b = g.keepMember(b, "price", g.num(3, 120)+"."+g.digits(2))
		b = append(b, '}')
	}
	b = append(b, ']')
	if g.pct(50) {
		b = ja(b, "fulfillments")
		b = jo(b, "")
		b = jkey(b, "id")
		b = g.keep(b, "orderid", "4"+g.digits(12), "")
		b = g.js(b, "status", "success")
		carrier, tn := g.trackingNumber()
		b = g.js(b, "tracking_company", carrier)
		b = g.jk(b, "tracking_number", "tracking", tn)
		b = append(b, '}', ']')
	}
	return Record{Line: append(b, '}')}
}

// trackingNumber returns a carrier and one of its tracking numbers' shapes.
func (g *gen) trackingNumber() (string, string) {
	switch g.rng.IntN(5) {
	case 0:
		return "UPS", "1Z" + g.chars(6, "0123456789ABCDEFGHJKLMNPRSTVWXYZ") + g.digits(10)
	case 1:
		return "USPS", "9400" + g.digits(18)
	case 2:
		return "DHL Express", g.digits(10)
	case 3:
		return "Royal Mail", g.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + g.digits(9) + "GB"
	}
	return "FedEx", g.digits(12)
}

// easypostAddress writes an EasyPost Address object; the shop's own
// (from_address) is a business's and left unlabelled.
func (g *gen) easypostAddress(b []byte, key string, p postal, person bool) []byte {
	b = jo(b, key)
	b = g.js(b, "id", "adr_"+g.hexID(32))
	b = g.js(b, "object", "Address")
	b = g.jk(b, "created_at", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	street2 := "null"
	if p.unit != "" {
		street2 = `"` + p.unit + `"`
	}
	if person {
		first, last := g.name()
		b = g.jp(b, "name", "name", first+" "+last)
		b = jn(b, "company", "null")
		b = g.jp(b, "street1", "address", p.street)
		b = jn(b, "street2", street2)
		b = g.js(b, "city", p.city)
		b = g.js(b, "state", p.region)
		b = g.jp(b, "zip", "address", p.zip)
		b = g.keepMember(b, "country", p.cc)
		b = g.jp(b, "phone", "phone", g.phone())
		b = g.jp(b, "email", "email", g.email(first, last))
	} else {
		b = jn(b, "name", "null")
		b = g.js(b, "company", pick(g, []string{"Acme Fulfilment Ltd", "Northwind Warehouse", "Contoso Logistics GmbH"}))
		b = g.js(b, "street1", p.street)
		b = jn(b, "street2", "null")
		b = g.js(b, "city", p.city)
		b = g.js(b, "state", p.region)
		b = g.js(b, "zip", p.zip)
		b = g.keepMember(b, "country", p.cc)
		b = jn(b, "phone", "null")
		b = jn(b, "email", "null")
	}
	b = g.js(b, "mode", pick(g, []string{"test", "production"}))
	b = jn(b, "residential", pick(g, []string{"true", "null"}))
	return append(b, '}')
}

func (g *gen) easypostShipment() Record {
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.js(b, "id", "shp_"+g.hexID(32))
	b = g.js(b, "object", "Shipment")
	b = g.js(b, "mode", "production")
	b = g.easypostAddress(b, "to_address", g.postalAddr(), true)
	b = g.easypostAddress(b, "from_address", g.postalAddr(), false)
	b = jo(b, "parcel")
	b = g.js(b, "id", "prcl_"+g.hexID(32))
	b = jn(b, "length", g.num(5, 40)+"."+g.digits(1))
	b = jn(b, "width", g.num(5, 30))
	b = jn(b, "height", g.num(2, 20))
	b = jkey(b, "weight")
	b = g.keep(b, "bytes", g.num(3, 200)+"."+g.digits(1), "")
	b = append(b, '}')
	carrier, tn := g.trackingNumber()
	b = g.jk(b, "tracking_code", "tracking", tn)
	b = jo(b, "selected_rate")
	b = g.js(b, "id", "rate_"+g.hexID(32))
	b = g.js(b, "carrier", carrier)
	b = g.js(b, "service", pick(g, []string{"Priority", "Ground", "Express"}))
	b = g.keepMember(b, "rate", g.num(4, 90)+"."+g.digits(2))
	b = g.js(b, "currency", "USD")
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// shippoAddress is Shippo's POST /addresses answer as a client logs it.
func (g *gen) shippoAddress() Record {
	p := g.postalAddr()
	first, last := g.name()
	b := make([]byte, 0, 900)
	b = append(b, `{"level":"info","msg":"shippo address created","address":{`...)
	b = g.js(b, "object_id", g.hexID(32))
	b = jn(b, "is_complete", "true")
	b = g.jp(b, "name", "name", first+" "+last)
	b = g.js(b, "company", "")
	b = g.jp(b, "street1", "address", p.street)
	b = g.js(b, "street2", p.unit)
	b = g.js(b, "city", p.city)
	b = g.js(b, "state", p.region)
	b = g.jp(b, "zip", "address", p.zip)
	b = g.keepMember(b, "country", p.cc)
	b = g.jp(b, "phone", "phone", g.phone())
	b = g.jp(b, "email", "email", g.email(first, last))
	b = jn(b, "is_residential", "true")
	b = append(b, '}')
	b = g.jk(b, "ts", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"))
	return Record{Line: append(b, '}')}
}

// shippoTrack is Shippo's track_updated webhook: its addresses are a city,
// a state and a zip, no street: kept.
func (g *gen) shippoTrack() Record {
	from, to := g.postalAddr(), g.postalAddr()
	carrier, tn := g.trackingNumber()
	b := make([]byte, 0, 900)
	b = append(b, `{"event":"track_updated","test":false,"data":{`...)
	b = g.js(b, "carrier", strings.ToLower(strings.Fields(carrier)[0]))
	b = g.jk(b, "tracking_number", "tracking", tn)
	for _, a := range []struct {
		key string
		p   postal
	}{{"address_from", from}, {"address_to", to}} {
		b = jo(b, a.key)
		b = g.js(b, "city", a.p.city)
		b = g.js(b, "state", a.p.region)
		b = g.keepMember(b, "zip", a.p.zip)
		b = g.keepMember(b, "country", a.p.cc)
		b = append(b, '}')
	}
	b = jo(b, "tracking_status")
	b = g.js(b, "status", pick(g, []string{"TRANSIT", "DELIVERED", "PRE_TRANSIT"}))
	b = g.js(b, "status_details", "Your shipment has been accepted.")
	b = g.jk(b, "status_date", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = jo(b, "location")
	b = g.js(b, "city", to.city)
	b = g.keepMember(b, "zip", to.zip)
	b = g.keepMember(b, "country", to.cc)
	b = append(b, '}', '}', '}')
	return Record{Line: append(b, '}')}
}

// Delivery and ride-hailing dispatch lines.

// addrCues are the labels shops and delivery apps write before an address,
// in the customer's language.
var addrCues = map[string][]string{
	"US": {"shipping address: ", "delivery address ", "Billing address: ", "deliver to "},
	"GB": {"delivery address: ", "Shipping address: ", "deliver to "},
	"AU": {"delivery address: ", "Shipping address: "},
	"IN": {"delivery address: ", "Shipping Address: "},
	"JP": {"shipping address: ", "delivery address: "},
	"DE": {"Lieferadresse: ", "Rechnungsadresse: ", "Lieferanschrift: "},
	"FR": {"adresse de livraison : ", "Adresse de facturation : ", "adresse de livraison: "},
	"ES": {"dirección de envío: ", "Dirección de entrega: "},
	"IT": {"indirizzo di consegna: ", "Indirizzo di spedizione: "},
	"NL": {"afleveradres: ", "Bezorgadres: "},
	"PL": {"adres dostawy: ", "Adres do wysyłki: "},
	"BR": {"endereço de entrega: ", "Endereço de cobrança: "},
}

func (g *gen) deliveryLog(st *streamState) Record {
	ts := g.now.UTC().Format("2006-01-02T15:04:05.000Z")
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", ts, "")
	b = append(b, ' ')
	order := g.num(100000, 9999999)
	p := g.postalAddr()
	switch g.rng.IntN(7) {
	case 0, 1:
		// An order service's message in the customer's language.
		b = append(b, "INFO  [orders] "...)
		b = append(b, pick(g, []string{"order ", "Order #", "order_id="})...)
		b = g.keep(b, "orderid", order, "")
		b = append(b, " placed, "...)
		b = append(b, pick(g, addrCues[p.cc])...)
		b = append(b, p.line()...)
		g.plantPostal(p, nil)
		b = append(b, ", total "...)
		b = g.keep(b, "amount", g.num(5, 300)+"."+g.digits(2), "")
		b = append(b, ' ')
		b = append(b, pick(g, []string{"EUR", "USD", "GBP", "BRL", "INR", "JPY", "AUD", "PLN"})...)
	case 2:
		// A dispatcher's logfmt line.
		b = append(b, "level=info component=dispatch msg=\"courier assigned\" order_id="...)
		b = g.keep(b, "orderid", order, "")
		b = append(b, " courier_id=c_"...)
		b = g.keep(b, "counter", g.num(1000, 99999), "")
		b = append(b, " pickup=\""...)
		b = append(b, pick(g, []string{"Pizzeria Roma", "Burger Lab Mitte", "Sushi Zen", "Green Bowl"})...)
		b = append(b, "\" dropoff_address=\""...)
		b = append(b, p.line()...)
		g.plantPostal(p, nil)
		b = append(b, "\" eta_min="...)
		b = g.keep(b, "duration", g.num(5, 55), "")
		b = append(b, " distance_km="...)
		b = g.keep(b, "counter", g.num(0, 14)+"."+g.digits(1), "")
		b = append(b, " depot="...)
		lat, lng := g.latLng(52.50, 13.40)
		b = g.keep(b, "geo_depot", lat+","+lng, "")
	case 3:
		// A ride-hailing trip.
		b = append(b, "INFO  [rides] trip "...)
		b = g.keep(b, "uuid", g.uuid(), "")
		b = append(b, pick(g, []string{" requested: pickup at ", " accepted, pickup at "})...)
		b = append(b, p.line()...)
		g.plantPostal(p, nil)
		b = append(b, ", drop-off at "...)
		b = append(b, pick(g, []string{"King's Cross Station", "Terminal 2", "Hauptbahnhof", "Gare du Nord", "the airport"})...)
		b = append(b, "; fare estimate "...)
		b = g.keep(b, "amount", g.num(6, 90)+"."+g.digits(2), "")
	case 4:
		// A courier app's free text after "to".
		b = append(b, "INFO  [tracking] parcel "...)
		carrier, tn := g.trackingNumber()
		b = g.keep(b, "tracking", tn, "")
		b = append(b, " ("...)
		b = append(b, carrier...)
		b = append(b, ", "...)
		b = g.keep(b, "weight", g.num(1, 30)+"."+g.digits(1)+" kg", "")
		b = append(b, ") out for delivery to "...)
		b = append(b, p.line()...)
		g.plantPostal(p, nil)
	case 5:
		// A zone report: postcodes alone are areas.
		b = append(b, "INFO  [zones] surge multiplier "...)
		b = g.keep(b, "counter", "1."+g.num(1, 9), "")
		b = append(b, " in zone "...)
		b = g.keep(b, "postcode_area", p.zip, "")
		b = append(b, " ("...)
		b = append(b, p.city...)
		b = append(b, "), "...)
		b = g.keep(b, "counter", g.num(2, 80), "")
		b = append(b, " open orders"...)
	default:
		// A geocoder's warning quoting the query.
		b = append(b, "WARN  [geocode] low confidence "...)
		b = g.keep(b, "counter", "0."+g.digits(2), "")
		b = append(b, " for address=\""...)
		b = append(b, p.line()...)
		g.plantPostal(p, nil)
		b = append(b, "\" order="...)
		b = g.keep(b, "orderid", order, "")
	}
	return Record{Line: b}
}

// Licence plates.

// plate returns a licence plate in one of the countries' formats, and the
// country's code.
func (g *gen) plate() (string, string) {
	const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
	switch g.rng.IntN(9) {
	case 0: // DE: district, one or two letters, one to four digits
		sep := pick(g, []string{"-", " "})
		return pick(g, []string{"B", "M", "HH", "K", "F", "S", "DO"}) + sep + g.chars(1+g.rng.IntN(2), L) + " " + g.num(1, 9999), "DE"
	case 1: // FR SIV
		return g.chars(2, L) + "-" + g.digits(3) + "-" + g.chars(2, L), "FR"
	case 2: // UK
		return g.chars(2, L) + pick(g, []string{"12", "19", "21", "69", "71", "24", "73"}) + " " + g.chars(3, L), "GB"
	case 3: // NL sidecodes 8 and 9
		if g.pct(50) {
			return g.digits(2) + "-" + g.chars(3, "BDFGHJKLNPRSTXZ") + "-" + g.digits(1), "NL"
		}
		return g.chars(2, "BDFGHJKLNPRSTXZ") + "-" + g.digits(3) + "-" + g.chars(1, "BDFGHJKLNPRSTXZ"), "NL"
	case 4: // ES: four digits, three consonants
		return g.digits(4) + " " + g.chars(3, "BCDFGHJKLMNPRSTVWXYZ"), "ES"
	case 5: // IT
		return g.chars(2, L) + pick(g, []string{" ", ""}) + g.digits(3) + pick(g, []string{" ", ""}) + g.chars(2, L), "IT"
	case 6: // PL
		return pick(g, []string{"WA", "KR", "PO", "GD", "WX"}) + " " + g.digits(4) + g.chars(1, L), "PL"
	case 7: // BR Mercosul
		return g.chars(3, L) + g.digits(1) + g.chars(1, L) + g.digits(2), "BR"
	}
	// US states
	if g.pct(50) {
		return g.digits(1) + g.chars(3, L) + g.digits(3), "US-CA"
	}
	return g.chars(3, L) + "-" + g.digits(4), pick(g, []string{"US-NY", "US-TX"})
}

var plateWords = map[string][]string{
	"DE": {"Kennzeichen ", "Kfz-Kennzeichen: ", "licence plate "}, "FR": {"immatriculation ", "plaque "},
	"GB": {"registration ", "licence plate ", "VRM "}, "NL": {"kenteken "}, "ES": {"matrícula "},
	"IT": {"targa "}, "PL": {"numer rejestracyjny ", "tablica "}, "BR": {"placa "},
	"US-CA": {"license plate "}, "US-NY": {"plate "}, "US-TX": {"license plate "},
}

func (g *gen) anprEvents(st *streamState) Record {
	if st.variant%2 == 0 {
		return g.alprGroup()
	}
	return g.parkingLine()
}

// alprGroup is Rekor Scout's alpr_group webhook.
func (g *gen) alprGroup() Record {
	pl, cc := g.plate()
	norm := strings.NewReplacer("-", "", " ", "").Replace(pl)
	b := make([]byte, 0, 1400)
	b = append(b, `{"data_type":"alpr_group","version":2`...)
	b = jkey(b, "epoch_start")
	start := g.now.UnixMilli()
	b = g.keep(b, "epoch", strconv.FormatInt(start, 10), "")
	b = jkey(b, "epoch_end")
	b = g.keep(b, "epoch", strconv.FormatInt(start+int64(g.rng.IntN(4000)), 10), "")
	b = jn(b, "frame_start", g.num(1000, 900000))
	b = g.jk(b, "company_id", "uuid", g.uuid())
	b = g.js(b, "agent_uid", g.chars(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
	b = g.jk(b, "agent_version", "version", "4."+g.num(0, 9)+"."+g.num(100, 130))
	b = g.js(b, "agent_type", "alprd")
	b = jkey(b, "camera_id")
	b = g.keep(b, "counter", g.num(100000000, 999999999), "")
	b = g.js(b, "country", strings.ToLower(cc[:2]))
	b = ja(b, "candidates")
	b = jo(b, "")
	b = g.jp(b, "plate", "plate", norm)
	b = jn(b, "confidence", g.num(80, 95)+"."+g.digits(4))
	b = jn(b, "matches_template", "1")
	b = append(b, '}')
	if g.pct(60) {
		b = jo(b, "")
		alt := []byte(norm)
		alt[len(alt)-1] = pick(g, []byte("0O8B"))
		b = g.jp(b, "plate", "plate", string(alt))
		b = jn(b, "confidence", g.num(60, 79)+"."+g.digits(4))
		b = jn(b, "matches_template", "0")
		b = append(b, '}')
	}
	b = append(b, ']')
	b = jo(b, "best_plate")
	b = g.jp(b, "plate", "plate", norm)
	b = jn(b, "confidence", g.num(80, 95)+"."+g.digits(4))
	b = g.js(b, "region", strings.ToLower(cc))
	b = jkey(b, "processing_time_ms")
	b = g.keep(b, "duration", g.num(10, 90)+"."+g.digits(3), "")
	b = append(b, '}')
	b = g.jp(b, "best_plate_number", "plate", norm)
	b = jn(b, "best_confidence", g.num(80, 95)+"."+g.digits(4))
	b = g.jk(b, "best_uuid", "uuid", g.uuid())
	b = g.js(b, "best_region", strings.ToLower(cc))
	b = jn(b, "is_parked", "false")
	b = jo(b, "vehicle")
	b = jkey(b, "color")
	b = append(b, `[{"name":"`+pick(g, []string{"white", "black", "silver-gray", "blue"})+`","confidence":`+g.num(50, 99)+`.0}]`...)
	b = jkey(b, "make")
	b = append(b, `[{"name":"`+pick(g, []string{"bmw", "volkswagen", "toyota", "renault", "fiat"})+`","confidence":`+g.num(50, 99)+`.0}]`...)
	b = append(b, '}')
	b = jo(b, "web_server_config")
	b = g.js(b, "camera_label", pick(g, []string{"Gate 2 entry", "Level P1 exit", "Lane 3"}))
	b = g.js(b, "agent_label", "parking-nvr-"+g.num(1, 9))
	b = append(b, '}')
	return Record{Line: append(b, '}')}
}

// parkingLine is a barrier controller's or an operator's line.
func (g *gen) parkingLine() Record {
	pl, cc := g.plate()
	b := make([]byte, 0, 300)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05"), "")
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, pick(g, []string{" [lane ", " [gate "})...)
		b = g.keep(b, "counter", g.num(1, 12), "")
		b = append(b, "] "...)
		b = append(b, pick(g, []string{"ENTRY", "EXIT"})...)
		b = append(b, " plate=\""...)
		b = g.plant(b, "plate", pl, "")
		b = append(b, "\" country="...)
		b = append(b, cc...)
		b = append(b, " conf="...)
		b = g.keep(b, "counter", g.num(70, 99)+"."+g.digits(1), "")
		b = append(b, " ticket="...)
		b = g.keep(b, "orderid", g.digits(10), "")
		b = append(b, " bay=P"...)
		b = g.keep(b, "counter", g.num(1, 4)+"-"+g.digits(3), "")
	case 1:
		b = append(b, " WARN permit check failed: "...)
		b = append(b, pick(g, plateWords[cc])...)
		b = g.plant(b, "plate", pl, "")
		b = append(b, " has no valid permit for zone "...)
		b = g.keep(b, "counter", pick(g, []string{"A", "B", "C"})+g.num(1, 40), "")
		b = append(b, ", fee "...)
		b = g.keep(b, "amount", g.num(2, 40)+"."+g.digits(2), "")
	default:
		b = append(b, " INFO session "...)
		b = g.keep(b, "counter", g.num(100000, 999999), "")
		b = append(b, " closed for "...)
		b = append(b, pick(g, plateWords[cc])...)
		b = g.plant(b, "plate", pl, "")
		b = append(b, ", duration "...)
		b = g.keep(b, "duration", g.num(1, 600)+" min", "")
	}
	return Record{Line: b}
}
