package redact

import "testing"

// TestUserObjectID: a user object's id (Datadog's standard attributes
// usr.id, nested or flat; ECS's user.id) is the user's login when written
// as one, as under user_id; Datadog's usr.name is the user's name. Ids
// that are numbers, hex, or capitals (Slack's U024BE7LH) stay.
func TestUserObjectID(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"usr":{"id":"oobrien91","name":"Oliver Smith","email":"o.smith@example.com"}}`,
		`{"usr":{"id":"[name]","name":"[name]","email":"[email]"}}`)
	f(`{"usr.id":"a.bondarenko","usr.name":"Oliver Smith","user.id":"tomasz_mueller"}`,
		`{"usr.id":"[name]","usr.name":"[name]","user.id":"[name]"}`)
	f(`{"user":{"id":"266ce3e6f48b4"},"usr":{"id":"ULVCESGJGM0"},"usr.id":"12345"}`,
		`{"user":{"id":"266ce3e6f48b4"},"usr":{"id":"ULVCESGJGM0"},"usr.id":"12345"}`)
	f(`{"user":{"id":"root"},"service":{"id":"checkout-api"},"usr.name":"12"}`,
		`{"user":{"id":"root"},"service":{"id":"checkout-api"},"usr.name":"12"}`)
}

// TestIdPSubject: Auth0 writes a social or enterprise user's id as
// connection|subject; the provider's subject names the person at every
// site, under a user id key and in a Management API path ('|' as %7C).
// The tenant's own database ids (auth0|…) stay.
func TestIdPSubject(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"user_id":"google-oauth2|103456789012345678901"}`, `{"user_id":"google-oauth2|[name]"}`)
	f(`{"user_id":"auth0|5f7c8ec7c33c6c004bbafe82"}`, `{"user_id":"auth0|5f7c8ec7c33c6c004bbafe82"}`)
	f(`{"path":"/api/v2/users/github%7C337823"}`, `{"path":"/api/v2/users/github%7C[name]"}`)
	f(`PATCH /api/v2/users/auth0%7C5f7c8ec7c33c6c004bbafe82 200`, `PATCH /api/v2/users/auth0%7C5f7c8ec7c33c6c004bbafe82 200`)
	f(`user_id=apple|001234.9f2c0a1b2c3d4e5f60718293a4b5c6d7.0456 login`, `user_id=apple|[name] login`)
	f(`GET /users/settings 200`, `GET /users/settings 200`)
}

// TestAppIDKeys: a span's id is no card number ("span" holds no word
// "pan"); a card's pan_id still is one. An app's Customer User ID (an
// attribution report's column) is its user's login; a German number's
// area code before '/' under a phone key.
func TestAppIDKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"span_id":"5736216399710437104","dd.span_id":"5736216399710437104","pan_id":"4111111111111111"}`,
		`{"span_id":"5736216399710437104","dd.span_id":"5736216399710437104","pan_id":"[card]"}`)
	f(`{"customer_user_id":"olena.mueller","external_user_id":"98765"}`, `{"customer_user_id":"[name]","external_user_id":"98765"}`)
	f(`{"user_metadata":{"phone":"0176/15146167"},"path":"/030/12345678"}`, `{"user_metadata":{"phone":"[phone]"},"path":"/030/12345678"}`)
}

// TestAdIDKeys: mobile advertising ids under the names other SDKs and
// APIs give them (Adjust's gps_adid, Branch's aaid, OpenRTB's ifa, MAIDs),
// an identity provider's subject beside a sign-in service's id, and an
// app's own user id in RevenueCat's and Branch's events.
func TestAdIDKeys(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"gps_adid":"38400000-8cf0-11bd-b23e-10b96e40000d","ifa":"EA7583CD-A667-48BC-B806-42ECB2B48606","aaid":"38400000-8cf0-11bd-b23e-10b96e40000d","limitAdTracking":false}`,
		`{"gps_adid":"[secret]","ifa":"[secret]","aaid":"[secret]","limitAdTracking":false}`)
	f(`{"mobile_ad_id":"38400000-8cf0-11bd-b23e-10b96e40000d","maid":"","google_advertising_id":"38400000-8cf0-11bd-b23e-10b96e40000d"}`,
		`{"mobile_ad_id":"[secret]","maid":"","google_advertising_id":"[secret]"}`)
	f(`[LOGS] preparing data: {"advertiserId":"38400000-8cf0-11bd-b23e-10b96e40000d","appUserId":"jane.doe","advertiser_id":"7012345678901234567"}`,
		`[LOGS] preparing data: {"advertiserId":"[secret]","appUserId":"[name]","advertiser_id":"7012345678901234567"}`)
	f(`{"provider":"oauth_google","provider_user_id":"113456789012345678901"}`, `{"provider":"oauth_google","provider_user_id":"[secret]"}`)
	f(`{"app_user_id":"jane.doe","developer_identity":"jdoe42","original_app_user_id":"$RCAnonymousID:87c6049c58069238dce29853916d624c"}`,
		`{"app_user_id":"[name]","developer_identity":"[name]","original_app_user_id":"$RCAnonymousID:87c6049c58069238dce29853916d624c"}`)
}
