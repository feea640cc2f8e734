package redact

import "testing"

// TestQueryCodesAndClickIDs: a one-time code in a reset or sign-in link,
// an ad click id in a landing page's URL, and a person's name in a form
// field's subscript under a person's key are masked; status and promo
// codes and a thing's name stay.
func TestQueryCodesAndClickIDs(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`"GET /reset?email=a%40b.com&code=482913 HTTP/1.1" 200`, `"GET /reset?email=[email]&code=[secret] HTTP/1.1" 200`)
	f(`GET /verify?code=20481234&next=/home`, `GET /verify?code=[secret]&next=/home`)
	f(`GET /x?code=404&promo=1 GET /y?code=ABC123 GET /z?code=12345`, `GET /x?code=404&promo=1 GET /y?code=ABC123 GET /z?code=12345`)
	f(`status code=200 code=E1234 error_code=42`, `status code=200 code=E1234 error_code=42`)
	f(`GET /lp?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRkT9Q&utm_source=google HTTP/1.1`,
		`GET /lp?gclid=[secret]&utm_source=google HTTP/1.1`)
	f(`/lp?fbclid=IwAR2xYzAbCdEf&msclkid=2f0b6e3c1d5a4e6f&ttclid=E.C.P.abc`, `/lp?fbclid=[secret]&msclkid=[secret]&ttclid=[secret]`)
	f(`{"page":{"url":"https://shop.example/?gclid=EAIaIQobChMI"},"gclid":"EAIaIQobChMI"}`,
		`{"page":{"url":"https://shop.example/?gclid=[secret]"},"gclid":"[secret]"}`)
	f(`billing_details[name]=Jane+Roe&shipping[name]=Jane+Roe&data[customer][name]=Jane+Roe`,
		`billing_details[name]=[name]&shipping[name]=[name]&data[customer][name]=[name]`)
	f(`product[name]=Widget&repository[name]=api&plan[name]=Pro`, `product[name]=Widget&repository[name]=api&plan[name]=Pro`)
}
