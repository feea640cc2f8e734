package realistic

import (
	"strconv"
	"strings"
)

// Three storage and analytics access logs, one record a hit or a request:
//
//   - adobe_hit_data: Adobe Analytics data feeds, hit_data.tsv (the
//     Analytics Export guide, "Data feed contents" and "Data column
//     reference"): one tab-separated row a hit, the columns the feed
//     selected in the order column_headers.tsv names them, no header row in
//     the file; tab, newline and backslash inside a value written as \t,
//     \n and \\. ip unobfuscated, user_agent the raw string, browser and
//     language as lookup ids, visid_high/visid_low and hitid_high/hitid_low
//     as unsigned 64-bit decimals, mcvisid the 38-digit Experience Cloud id,
//     hit_time_gmt in epoch seconds, event_list as numeric event ids,
//     eVars and props with the values sites put there (an e-mail address in
//     an eVar, a search term), page_url and post_page_url with their query.
//   - gcs_usage_csv: Google Cloud Storage usage logs (Cloud Storage docs,
//     "Usage logs & storage logs", usage log format): a quoted header row,
//     then every value quoted; time_micros, c_ip with c_ip_type 1 or 2,
//     cs_uri of the JSON or XML API with its query (resumable upload_id,
//     V4 signed URL X-Goog-Signature), sc_status, byte counts,
//     time_taken_micros, cs_host, cs_referer, cs_user_agent (with GFE's
//     ",gzip(gfe)"), s_request_id, cs_operation, cs_bucket, cs_object
//     (URL-encoded).
//   - azure_storage_log: Azure Storage Analytics logging (Storage docs,
//     "Storage Analytics log format"), version 2.0: semicolon-delimited
//     fields, the URL, object key, user agent, referrer and client request
//     id quoted; requester-ip-address with its port; SAS requests whose
//     request-url carries sv=, se=, sr=, sp= and sig= (a credential), the
//     query's '&' written "&amp;" as the documentation's sample shows it in
//     every other stream; OAuth requests with user-object-id, tenant-id,
//     application-id, audience, issuer and the user-principal-name.

// adobeColumns are a data feed's selected columns, as column_headers.tsv
// lists them.
var adobeColumns = []string{
	"accept_language", "browser", "date_time", "evar1", "evar2", "evar5", "event_list", "exclude_hit",
	"geo_city", "geo_country", "hit_source", "hit_time_gmt", "hitid_high", "hitid_low", "ip", "language",
	"mcvisid", "page_event", "page_url", "pagename", "post_evar2", "post_page_url", "prop1", "prop3",
	"referrer", "user_agent", "visid_high", "visid_low", "visit_num", "visit_page_num",
}

// adobeEsc escapes a value as a data feed does: backslash, tab and
// newline behind a backslash.
func adobeEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`).Replace(s)
}

// u64 returns an unsigned 64-bit decimal, as visid_high and hitid_low.
func (g *gen) u64() string { return strconv.FormatUint(g.rng.Uint64(), 10) }

var adobeSearchTerms = []string{"running shoes", "gift card", "return policy", "winter jacket\tsale", `c:\temp`, "size chart\nmen"}

func (g *gen) adobeHitData(st *streamState) Record {
	vals := make([]string, len(adobeColumns))
	t := g.now.UTC()
	host := pick(g, []string{"www.example.com", "shop.example.co.uk", "store.example.net"})
	page := pick(g, []string{"/", "/products/trail-runner", "/cart", "/checkout/confirm", "/account/overview", "/search"})
	// The page URL's query: an address or login from a sign-in form sent
	// with GET, a campaign, nothing.
	var query string
	var qForms []string
	var qText, qCat string
	switch g.rng.IntN(6) {
	case 0:
		f, l := g.name()
		qText, qCat = g.email(f, l), "email"
		enc := pctEnc(qText, true, g.pct(30))
		query, qForms = "?email="+enc+"&source=newsletter", []string{enc}
	case 1:
		qText, qCat = g.personLogin(), "name"
		query, qForms = "?username="+qText+"&ref=header", []string{"username=" + qText}
	case 2:
		query = "?cid=em_" + g.num(1000, 9999) + "&utm_medium=email"
	case 3:
		term := pick(g, adobeSearchTerms)
		query = "?q=" + pctEnc(term, true, false)
	}
	pageURL := "https://" + host + page + query
	ip, ipCat := g.clientIP()
	// AppMeasurement runs in browsers: the hits come from them.
	ua := pick(g, browserUAs)
	var evarMail string
	for i, c := range adobeColumns {
		switch c {
		case "accept_language":
			vals[i] = pick(g, []string{"en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "uk-UA,uk;q=0.9", "fr-FR"})
		case "browser", "language":
			vals[i] = g.num(1, 1500)
			g.keepAt("counter", vals[i], "\t"+vals[i]+"\t")
		case "date_time":
			vals[i] = t.Format("2006-01-02 15:04:05")
			g.keepAt("timestamp", vals[i])
		case "evar1":
			vals[i] = pick(g, []string{"logged in", "guest", "logged in", ""})
		case "evar2", "post_evar2":
			if c == "evar2" && g.pct(40) {
				f, l := g.name()
				evarMail = g.email(f, l)
			}
			vals[i] = evarMail
			if evarMail != "" {
				g.plantAt("email", evarMail)
			}
		case "evar5":
			if page == "/search" {
				if g.pct(25) {
					// What visitors type in a site search box.
					f, l := g.name()
					e := g.email(f, l)
					vals[i] = e
					g.plantAt("email", e)
				} else {
					vals[i] = adobeEsc(pick(g, adobeSearchTerms))
				}
			}
		case "event_list":
			if g.pct(60) {
				vals[i] = pick(g, []string{"1,200", "2,100,201", "12,20101", "100"})
				g.keepAt("counter", vals[i], "\t"+vals[i]+"\t")
			}
		case "exclude_hit":
			vals[i] = "0"
		case "geo_city":
			vals[i] = pick(g, []string{"london", "kyiv", "berlin", "new york"})
		case "geo_country":
			vals[i] = pick(g, []string{"gbr", "ukr", "deu", "usa"})
		case "hit_source":
			vals[i] = pick(g, []string{"1", "1", "5", "8"})
		case "hit_time_gmt":
			vals[i] = strconv.FormatInt(t.Unix(), 10)
			g.keepAt("epoch", vals[i])
		case "hitid_high", "hitid_low", "visid_high", "visid_low":
			vals[i] = g.u64()
			g.keepAt("uniqueid", vals[i], "\t"+vals[i]+"\t")
		case "ip":
			vals[i] = ip
			g.plantAt(ipCat, ip)
		case "mcvisid":
			vals[i] = g.digits(38)
			g.keepAt("uniqueid", vals[i])
		case "page_event":
			vals[i] = pick(g, []string{"0", "0", "10", "100"})
		case "page_url", "post_page_url":
			vals[i] = adobeEsc(pageURL)
			if qText != "" {
				g.plantAt(qCat, qText, qForms...)
			}
		case "pagename":
			vals[i] = strings.TrimPrefix(strings.ReplaceAll(page, "/", ":"), ":")
			if vals[i] == "" {
				vals[i] = "home"
			}
		case "prop1":
			vals[i] = pick(g, []string{"product", "cart", "account", "search"})
		case "prop3":
			vals[i] = pick(g, []string{"desktop", "mobile", "tablet"})
		case "referrer":
			switch g.rng.IntN(4) {
			case 0:
				vals[i] = "https://www.google.com/"
			case 1:
				f, l := g.name()
				e := g.email(f, l)
				enc := pctEnc(e, false, false)
				vals[i] = "https://mail.example.org/track/click?recipient=" + enc + "&c=" + g.num(100, 999)
				g.plantAt("email", e, enc)
			}
		case "user_agent":
			vals[i] = adobeEsc(ua)
		case "visit_num", "visit_page_num":
			vals[i] = g.num(1, 40)
		}
	}
	return Record{Line: []byte(strings.Join(vals, "\t"))}
}

var gcsHeader = []string{"time_micros", "c_ip", "c_ip_type", "c_ip_region", "cs_method", "cs_uri", "sc_status", "cs_bytes", "sc_bytes", "time_taken_micros", "cs_host", "cs_referer", "cs_user_agent", "s_request_id", "cs_operation", "cs_bucket", "cs_object"}

var gcsUAs = [][2]string{
	{"gsutil/5.27 (linux) google-cloud-sdk/455.0.0 analytics/disabled,gzip(gfe)", "455.0.0"},
	{"gcloud-python/2.14.0 gl-python/3.11.6 grpc/1.59.3 gax/2.14.0 gccl/2.14.0,gzip(gfe)", "2.14.0"},
	{"apitools Python/3.11.6 gsutil/5.27 (linux),gzip(gfe)", "5.27"},
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36,gzip(gfe)", ""},
}

func csvQuoted(vals []string) []byte {
	var b []byte
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, strings.ReplaceAll(v, `"`, `""`)...)
		b = append(b, '"')
	}
	return b
}

func (g *gen) gcsUsage(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: csvQuoted(gcsHeader), Header: true}
	}
	bucket := pick(g, []string{"acme-user-uploads", "example-prod-exports", "static-assets-eu"})
	g.keepAt("bucket", bucket)
	// The object: a key a person's address names, a content hash, a
	// UUID, a report.
	var obj string
	switch g.rng.IntN(5) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		obj = "exports/" + e + "/contacts.csv"
		g.plantAt("email", e, pctEnc(e, false, false))
	case 1:
		h := g.hexID(64)
		obj = "cas/sha256/" + h
		g.keepAt("hash", h)
	case 2:
		u := g.uuid()
		obj = "avatars/" + u + ".jpg"
		g.keepAt("uuid", u)
	case 3:
		obj = "reports/2026/11/daily-summary.json"
	default:
		obj = "builds/app-" + pick(g, []string{"3.14.2", "2.0.11"}) + ".tar.gz"
	}
	objEnc := pctEnc(obj, false, false)
	method, op := "GET", "GET_Object"
	var uri string
	switch g.rng.IntN(5) {
	case 0:
		uri = "/storage/v1/b/" + bucket + "/o/" + objEnc + "?alt=media"
		op = "GET_Object"
	case 1:
		method, op = "POST", "PUT_Object"
		up := "ADPycd" + g.chars(60, b64url)
		uri = "/upload/storage/v1/b/" + bucket + "/o?uploadType=resumable&name=" + objEnc + "&upload_id=" + up
		g.plantAt("secret", up)
	case 2:
		// A V4 signed URL (XML API).
		sig := g.hexID(512)
		cred := "signer%40example-prod.iam.gserviceaccount.com%2F" + g.now.Format("20060102") + "%2Fauto%2Fstorage%2Fgoog4_request"
		uri = "/" + bucket + "/" + objEnc + "?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=" + cred + "&X-Goog-Date=" + g.now.UTC().Format("20060102T150405Z") + "&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=" + sig
		g.plantAt("secret", sig)
	case 3:
		method, op = "DELETE", "DELETE_Object"
		uri = "/storage/v1/b/" + bucket + "/o/" + objEnc
	default:
		uri = "/" + bucket + "/" + objEnc
	}
	ip, ipCat := g.clientIP()
	g.plantAt(ipCat, ip)
	ipType := "1"
	if ipCat == "ipv6" {
		ipType = "2"
	}
	var ref string
	if g.pct(25) {
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		ref = "https://console.example.com/files?owner=" + enc
		g.plantAt("email", e, enc)
	}
	ua := pick(g, gcsUAs)
	if ua[1] != "" {
		g.keepAt("version", ua[1])
	}
	micros := strconv.FormatInt(g.now.UnixMicro(), 10)
	g.keepAt("epoch", micros)
	status := pick(g, []string{"200", "200", "200", "204", "304", "403", "404"})
	csBytes, scBytes, took := g.num(0, 5000000), g.num(0, 9000000), g.num(1000, 900000)
	reqID := "AD" + g.chars(70, b64url)
	g.keepAt("bytes", scBytes, `"`+scBytes+`"`)
	g.keepAt("duration", took, `"`+took+`"`)
	g.keepAt("requestid", reqID)
	g.keepAt("status", status, `"`+status+`"`)
	vals := []string{micros, ip, ipType, "", method, uri, status, csBytes, scBytes, took, "storage.googleapis.com", ref, ua[0], reqID, op, bucket, objEnc}
	return Record{Line: csvQuoted(vals)}
}

func (g *gen) azureStorageLog(st *streamState) Record {
	account := pick(g, []string{"contosoprodsa", "examplelogs01", "acmeuploads"})
	svc := pick(g, []string{"blob", "blob", "blob", "queue", "table"})
	container := pick(g, []string{"uploads", "thumbnails", "exports"})
	// The blob: a user's folder named by an address, a hash, a file.
	plantsBefore, keepsBefore := len(g.plants), len(g.keeps)
	var blob string
	switch g.rng.IntN(4) {
	case 0:
		f, l := g.name()
		e := g.email(f, l)
		blob = "users/" + e + "/profile.png"
		g.plantAt("email", e, e, pctEnc(e, false, false))
	case 1:
		h := g.hexID(40)
		blob = "objects/" + h
		g.keepAt("hash", h)
	default:
		blob = pick(g, []string{"lake.jpg", "2026/11/23/export-0001.parquet", "logs/app.log"})
	}
	blobURL := strings.ReplaceAll(pctEnc(blob, false, false), "%2F", "/")
	auth := pick(g, []string{"sas", "sas", "authenticated", "anonymous", "oauth"})
	status, op := "Success", pick(g, []string{"GetBlob", "PutBlob", "GetBlobProperties", "ListBlobs"})
	var query string
	var sigPlant Value
	amp := "&"
	if st.variant%2 == 1 {
		amp = "&amp;"
	}
	switch auth {
	case "sas":
		status = "SASSuccess"
		sig := pctEnc(g.chars(43, base62+"+/")+"=", false, false)
		exp := g.now.Add(3600e9).UTC().Format("2006-01-02T15:04:05Z")
		expEnc := strings.ReplaceAll(exp, ":", "%3A")
		query = "?sv=2022-11-02" + amp + "se=" + expEnc + amp + "sr=b" + amp + "sp=r" + amp + "sig=" + sig
		sigPlant = Value{Category: "secret", Text: sig, Forms: []string{sig}}
	case "anonymous":
		status = "AnonymousSuccess"
	}
	if g.pct(10) {
		status = pick(g, []string{"ClientOtherError", "AuthorizationError", "SASAuthorizationError"})
	}
	objPath := container + "/" + blobURL
	objKey := "/" + account + "/" + container + "/" + blob
	if op == "ListBlobs" {
		// A container's listing: no blob in the URL or the key.
		list := "restype=container" + amp + "comp=list" + amp + "prefix=logs%2F"
		if query == "" {
			query = "?" + list
		} else {
			query = "?" + list + amp + query[1:]
		}
		objPath, objKey = container, "/"+account+"/"+container
		g.plants = g.plants[:plantsBefore]
		g.keeps = g.keeps[:keepsBefore]
		if sigPlant.Text != "" {
			g.plants = append(g.plants, sigPlant)
		}
	}
	timeout := ""
	if g.pct(40) {
		sep := "?"
		if query != "" {
			sep = amp
		}
		timeout = sep + "timeout=30"
	}
	if sigPlant.Text != "" && op != "ListBlobs" {
		g.plants = append(g.plants, sigPlant)
	}
	reqURL := "https://" + account + "." + svc + ".core.windows.net/" + objPath + query + timeout
	httpStatus := "200"
	switch status {
	case "ClientOtherError":
		httpStatus = "404"
	case "AuthorizationError", "SASAuthorizationError":
		httpStatus = "403"
	}
	ip, ipCat := g.clientIP()
	port := g.num(1024, 65535)
	ipPort := ip + ":" + port
	if ipCat == "ipv6" {
		ipPort = "[" + ip + "]:" + port
	}
	g.plantAt(ipCat, ip)
	g.keepAt("port", port, ":"+port+";")
	ts := g.now.UTC().Format("2006-01-02T15:04:05.0000000Z")
	g.keepAt("timestamp", ts)
	e2e, srv := g.num(3, 900), g.num(1, 60)
	g.keepAt("duration", e2e, ";"+e2e+";")
	reqID := g.uuid()
	g.keepAt("requestid", reqID)
	ua, uaVer := pick(g, []string{"Azure-Storage/12.19.0 (.NET 8.0.0; Microsoft Windows 10.0.22631)", "azsdk-python-storage-blob/12.19.0 Python/3.11.6 (Linux-6.5.0-x86_64-with-glibc2.35)", "AzCopy/10.21.2 azsdk-go-azblob/v1.2.0 (go1.21.4; linux)"}), ""
	if strings.HasPrefix(ua, "AzCopy") {
		uaVer = "10.21.2"
	} else {
		uaVer = "12.19.0"
	}
	g.keepAt("version", uaVer)
	var ref string
	if g.pct(20) {
		f, l := g.name()
		e := g.email(f, l)
		enc := pctEnc(e, false, false)
		ref = "https://portal.example.com/share?to=" + enc
		g.plantAt("email", e, enc)
	}
	clientReq := g.uuid()
	g.keepAt("requestid", clientReq)
	// OAuth requests name the caller: its object id, tenant, application,
	// the token's audience and issuer, and the user principal name.
	var oid, tenant, app, aud, iss, upn string
	requester := ""
	if auth == "oauth" {
		oid, tenant, app = g.uuid(), g.uuid(), g.uuid()
		g.keepAt("uuid", oid)
		g.keepAt("uuid", tenant)
		aud = "https://storage.azure.com"
		iss = "https://sts.windows.net/" + tenant + "/"
		f, l := g.name()
		upn = g.email(f, l)
		g.plantAt("email", upn)
	} else if auth == "authenticated" {
		requester = account
	}
	reqHdr, reqPkt, respHdr, respPkt := g.num(300, 900), g.num(300, 9000), g.num(200, 600), g.num(200, 90000)
	g.keepAt("bytes", respPkt, ";"+respPkt+";")
	md5 := g.chars(22, base62+"+/") + "=="
	etag := "0x8DC" + strings.ToUpper(g.hexID(12))
	g.keepAt("hash", etag)
	lastMod := g.now.Add(-86400e9).UTC().Format("Monday, 02-Jan-06 15:04:05 GMT")
	q := func(s string) string {
		if s == "" {
			return ""
		}
		return `"` + s + `"`
	}
	fields := []string{
		"2.0", ts, op, status, httpStatus, e2e, srv, auth, requester, account, svc,
		q(reqURL), q(objKey), reqID, "0", ipPort, "2022-11-02",
		reqHdr, reqPkt, respHdr, respPkt, "0", "", q(md5), q(etag), lastMod, "",
		q(ua), q(ref), q(clientReq), oid, tenant, app, aud, iss, upn, "", "",
	}
	return Record{Line: []byte(strings.Join(fields, ";"))}
}
