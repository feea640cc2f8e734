package redact

import "testing"

// TestMarketingShapes covers what marketing, e-mail delivery and captcha
// services log (bench/realistic's email_events, tracking_hits and
// captcha_logs): the event inside an SNS notification's Message, e-mail
// Message-IDs, visitor ids of Matomo and GA4, captcha tokens and the
// credentials of a solving API's proxy, each with look-alikes beside it.
func TestMarketingShapes(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())

	// An SES event inside an SNS notification: the escaped document is
	// walked as JSON, so a display name before an address is one.
	f(`{"Type":"Notification","Message":"{\"mail\":{\"headers\":[{\"name\":\"To\",\"value\":\"Aisha Shevchenko <aisha@example.com>\"}],\"commonHeaders\":{\"to\":[\"Aisha Shevchenko <aisha@example.com>\"]}}}"}`,
		`{"Type":"Notification","Message":"{\"mail\":{\"headers\":[{\"name\":\"To\",\"value\":\"[name] <[email]>\"}],\"commonHeaders\":{\"to\":[\"[name] <[email]>\"]}}}"}`)
	// A string that only looks like an object is text, as before.
	f(`{"msg":"{\"a\" is not json} from 192.0.2.7 x"}`, `{"msg":"{\"a\" is not json} from 192.0.2.0 x"}`)
	f(`{"tpl":"{\"name\":\"{{user}}\"}"}`, `{"tpl":"{\"name\":\"{{user}}\"}"}`)

	// Message-IDs (RFC 5322) under their header or key are ids; an
	// address under another key is still one.
	f(`{"headers":[{"name":"Message-ID","value":"<32fe3bf13ce710da.201738@mailer.example.net>"}]}`,
		`{"headers":[{"name":"Message-ID","value":"<32fe3bf13ce710da.201738@mailer.example.net>"}]}`)
	f(`{"event":"delivered","message-id":"<20261123200001.4321@shop.example.com>","email":"bob@example.org"}`,
		`{"event":"delivered","message-id":"<20261123200001.4321@shop.example.com>","email":"[email]"}`)
	f(`msgid=<20261123.77@mx.example.com> to=<bob@example.org>`, `msgid=<20261123.77@mx.example.com> to=<[email]>`)

	// GA4's client id (the _ga cookie's number and first-visit epoch) and
	// Matomo's visitor id in a collect request; session epochs, counts
	// and the property id stay, and so do ids of other shapes.
	f(`GET /g/collect?v=2&tid=G-ABCD1234EF&cid=1489945657.1691089601&sid=1691096027&sct=3 HTTP/1.1`,
		`GET /g/collect?v=2&tid=G-ABCD1234EF&cid=[secret]&sid=1691096027&sct=3 HTTP/1.1`)
	f(`{"client_id":"1489945657.1691089601","events":[{"name":"purchase"}]}`,
		`{"client_id":"[secret]","events":[{"name":"purchase"}]}`)
	f(`{"client_id":"my-app.apps.example.com","cid":"1234","_id":"7d72a9849461c90b"}`,
		`{"client_id":"my-app.apps.example.com","cid":"1234","_id":"7d72a9849461c90b"}`)
	f(`GET /matomo.php?idsite=3&rec=1&_id=7d72a9849461c90b&_idts=1795036928&cookie=1&res=1920x1080&cdt=1795464042 HTTP/1.1`,
		`GET /matomo.php?idsite=3&rec=1&_id=[secret]&_idts=1795036928&cookie=1&res=1920x1080&cdt=1795464042 HTTP/1.1`)
	f(`GET /c?cid=4521&_id=1234567890123456 HTTP/1.1`, `GET /c?cid=4521&_id=1234567890123456 HTTP/1.1`)
	// Mautic's tracking pixel: the device id it also sets as a cookie;
	// the contact's numeric id stays, as in the cookie.
	f(`GET /mtracking.gif?page_title=Home&mautic_device_id=5f3b2c1d9e8a7b6c4d2e1f0&mtc_id=4211 HTTP/1.1`,
		`GET /mtracking.gif?page_title=Home&mautic_device_id=[secret]&mtc_id=4211 HTTP/1.1`)
	// A query's cookie=1 opens no cookie header; a logged one still does.
	f(`GET /p?cookie=1&pv_id=TB2qwo3xZ9&gt_ms=1240 HTTP/1.1`, `GET /p?cookie=1&pv_id=TB2qwo3xZ9&gt_ms=1240 HTTP/1.1`)
	f(`upstream=10.0.0.1 cookie="uid=7d72a9849461c90b; theme=dark"`, `upstream=10.0.0.0 cookie="uid=[secret]; theme=dark"`)

	// Captcha tokens under siteverify's "response" and the widgets' field
	// names; a response that is a status line or a word stays.
	f(`secret=6LdyAoV1AAAAAdGPZDzoHawXj2jezH5uLdd8lBoB&response=03A6ChrXh3TIZKGPumMRqO71WzIZVf2YHyhr8-dxy4DZIJm7rRNS&remoteip=203.0.113.7`,
		`secret=[secret]&response=[secret]&remoteip=203.0.113.0`)
	f(`{"response":"0.ij8jGivc2zB1ta0Hko0lfNilsCgLuajDMBSs_QpoXR4cONEl.75f0efa591b2907b","status":"ok"}`,
		`{"response":"[secret]","status":"ok"}`)
	f(`{"response":"250 2.0.0 OK 1700000000 a1b2c3d4e5f6g7h8 - gsmtp","code":250}`,
		`{"response":"250 2.0.0 OK 1700000000 a1b2c3d4e5f6g7h8 - gsmtp","code":250}`)
	f(`response=accepted_by_remote_server&code=200`, `response=accepted_by_remote_server&code=200`)
	f(`{"g-recaptcha-response":"03AGdBq24PBCbwiDRaS_MJ7Z","gRecaptchaResponse":"3AHJ_VuvYIBNBW5yyv0zRYJ75VkOKvhKj9_x"}`,
		`{"g-recaptcha-response":"[secret]","gRecaptchaResponse":"[secret]"}`)

	// An idempotency key is a request's id, not a key; an API key is one.
	f(`data=a&idempotency_key=6a821513-a179-43a6-9f1f-e87ce98ea9f6&api_key=Zx81kq0PvT4mWd9`,
		`data=a&idempotency_key=6a821513-a179-43a6-9f1f-e87ce98ea9f6&api_key=[secret]`)

	// A solving API's proxy credentials: the login is the account's,
	// under its own key or in a proxy's userinfo; the host and port stay.
	f(`{"proxyLogin":"user-schmidt-country-de","proxyPassword":"sgGdAX3xmda169","proxyPort":33480}`,
		`{"proxyLogin":"[name]","proxyPassword":"[secret]","proxyPort":33480}`)
	f(`GET http://2captcha.com/in.php?key=433f07ebc8173a47cddad86a0a1e111f&proxy=olenas67%3Atmpovz77WP76%40gate.example.com%3A47021&proxytype=HTTP`,
		`GET http://2captcha.com/in.php?key=[secret]&proxy=[secret]%40gate.example.com%3A47021&proxytype=HTTP`)
	f(`{"proxy":"http://user-acct42-country-de:Pw0rdXyz@gate.example.com:7000","proxy_url":"http://proxy.example.com:3128"}`,
		`{"proxy":"http://[secret]@gate.example.com:7000","proxy_url":"http://proxy.example.com:3128"}`)
	// 2captcha's answer holds the token under "request"; a request line
	// or a path under "request" or "response" stays.
	f(`{"status":1,"request":"03AMFXCxZEyjY6HiNUgzE0WQ8KW_sB9EfbuTo0GvGPXTS7mbCUvZq"}`, `{"status":1,"request":"[secret]"}`)
	f(`{"request":"GET /api/v1/users/42 HTTP/1.1","response":"/var/lib/app/data/cache/2026/11/23/a.json"}`,
		`{"request":"GET /api/v1/users/42 HTTP/1.1","response":"/var/lib/app/data/cache/2026/11/23/a.json"}`)

	// A lower-case word is no base64, though "bmwwblxvbmww" would decode
	// to a domain\user (FuzzPlainKey); base64 of an address is one.
	f(`{"bmwwblxvbmww":null,"k":"bmwwblxvbmww"}`, `{"bmwwblxvbmww":null,"k":"bmwwblxvbmww"}`)
	f(`u=YWxpY2VAZXhhbXBsZS5jb20= x`, `u=[email] x`)

	// The sender's name of an inbound e-mail (Postmark's FromName).
	f(`{"FromName":"Tomasz Schmidt","From":"tomasz@example.org","Subject":"Re: order"}`,
		`{"FromName":"[name]","From":"[email]","Subject":"Re: order"}`)
}
