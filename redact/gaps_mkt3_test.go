package redact

import "testing"

// TestMarketingCRMShapes covers what form builders, CRMs and marketing
// automation post to a webhook (bench/realistic's mailchimp_form,
// form_builders_json and hubspot_klaviyo_json): a postcode beside a street
// line in an object no key calls an address, street lines with a flat
// number after a slash or Japan's block and lot numbers, a meeting's
// location written as its street, and Klaviyo's tracking id; each with a
// look-alike that stays.
func TestMarketingCRMShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// A postcode beside a street line (HubSpot's contact properties,
	// Klaviyo's location); alone, or beside a city only, it stays.
	f(`{"properties":{"address":"Karl-Marx-Allee 56","city":"Hamburg","zip":"20095"}}`,
		`{"properties":{"address":"[address]","city":"Hamburg","zip":"[address]"}}`)
	f(`{"location":{"address1":"Coolsingel 253A","city":"Rotterdam","zip":"3212 PA","timezone":"Europe/Amsterdam"}}`,
		`{"location":{"address1":"[address]","city":"Rotterdam","zip":"[address]","timezone":"Europe/Amsterdam"}}`)
	f(`{"properties":{"city":"Hamburg","zip":"20095"}}`, `{"properties":{"city":"Hamburg","zip":"20095"}}`)
	f(`{"address":"localhost:8080","zip":"false"}`, `{"address":"localhost:8080","zip":"false"}`)
	// Jotform's address field: addr_line1 ... postal.
	f(`{"q6_address":{"addr_line1":"Am Markt 87","addr_line2":"","city":"Berlin","postal":"36207"}}`,
		`{"q6_address":{"addr_line1":"[address]","addr_line2":"","city":"Berlin","postal":"[address]"}}`)

	// The same in a form body's subscripts (Mailchimp's merge fields);
	// a zip under no address stays.
	f(`type=subscribe&data[merges][ADDRESS][addr1]=Am+Markt+50&data[merges][ADDRESS][city]=Berlin&data[merges][ADDRESS][zip]=10115&data[merges][ADDRESS][country]=DE`,
		`type=subscribe&data[merges][ADDRESS][addr1]=[address]&data[merges][ADDRESS][city]=Berlin&data[merges][ADDRESS][zip]=[address]&data[merges][ADDRESS][country]=DE`)
	f(`type=profile&data%5Bmerges%5D%5BADDRESS%5D%5Baddr1%5D=Am+Markt+50&data%5Bmerges%5D%5BADDRESS%5D%5Bzip%5D=B33+9FR`,
		`type=profile&data%5Bmerges%5D%5BADDRESS%5D%5Baddr1%5D=[address]&data%5Bmerges%5D%5BADDRESS%5D%5Bzip%5D=[address]`)
	f(`type=upload&file[name]=a.zip&file[zip]=10115`, `type=upload&file[name]=a.zip&file[zip]=10115`)

	// A flat number after a slash, and a chome-block-lot, are street
	// lines; a path and a date are not.
	f(`{"address":"ul. Piotrkowska 94/58","city":"Warszawa"}`, `{"address":"[address]","city":"Warszawa"}`)
	f(`{"address":"8-17-16 Roppongi","city":"Osaka"}`, `{"address":"[address]","city":"Osaka"}`)
	f(`{"address":"/var/run/app 1.sock"}`, `{"address":"/var/run/app 1.sock"}`)
	f(`{"address":"2026-11-23 Roppongi"}`, `{"address":"2026-11-23 Roppongi"}`)

	// A location that is a place: Calendly's physical location; a
	// coordinate pair is a geo as before, a room or a city stays.
	f(`{"location":{"location":"9688 Elm St, New York, NY 10024","type":"physical"}}`,
		`{"location":{"location":"[address]","type":"physical"}}`)
	f(`{"location":{"location":"3-28-1 Ginza, Chuo-ku, Tokyo 070-2783","type":"physical"},"loc":"Viale Monza 130"}`,
		`{"location":{"location":"[address]","type":"physical"},"loc":"[address]"}`)
	f(`{"location":"Room 4.12","city":"Berlin","loc":"Terminal 2","where":"Zoom"}`, `{"location":"Room 4.12","city":"Berlin","loc":"Terminal 2","where":"Zoom"}`)
	f(`{"location":"Berlin, Germany"}`, `{"location":"Berlin, Germany"}`)

	// Klaviyo's exchange id follows one browser.
	f(`{"attributes":{"_kx":"FyIF6Xu-OHIsZEq0WGhp5n0U1Mim6ctUp7MAOkUODveg","value":226}}`,
		`{"attributes":{"_kx":"[secret]","value":226}}`)
}
