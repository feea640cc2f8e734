package textfmt

import "strings"

// Sample records shared by the zero-allocation tests, the benchmarks and
// the fuzz seeds: lines as the public documentation of each writer shows
// them, with PII planted where real logs have it.
var (
	csvHeader        = []string{"ts", "user", "email", "phone", "msg"}
	csvLine          = `2024-03-01T10:00:00Z,"Smith, Alice",alice@example.com,+4930690000,"she said ""hi"" and left",,-`
	tsvLine          = "2024-03-01T10:00:00Z\tSmith, Alice\talice@example.com\t+4930690000\tshe said \"hi\" and left\t\t-"
	asteriskCSV      = `"","1000","4930690000","from-internal","""Alice"" <1000>","SIP/1000-00000001","SIP/trunk-00000002","Dial","SIP/trunk/4930690000,30","2024-03-01 10:00:00","2024-03-01 10:00:05","2024-03-01 10:01:05",65,60,"ANSWERED","DOCUMENTATION","1709287200.1",""`
	freeswitchCSV    = `"Alice Smith","4930690000","2017","default","2024-03-01 10:00:00","2024-03-01 10:00:05","2024-03-01 10:01:05","65","60","NORMAL_CLEARING","a1b2c3d4-e5f6-4789-abcd-ef0123456789","","1001","PCMA","PCMA"`
	cloudFrontLine   = "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\temail=alice%40example.com\t-\tHit\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-"
	cloudFrontHeader = "#Fields: " + strings.Join(CloudFrontFields, " ")
	iisHeader        = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
	iisLine          = "2024-03-01 10:00:01 10.0.0.5 GET /default.htm user=bob&email=alice%40example.com 443 CORP\\alice 192.0.2.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://example.com/ 200 0 0 15"
	combinedLine     = `203.0.113.7 - alice [10/Oct/2000:13:55:36 -0700] "GET /login?email=alice%40example.com&next=%2F HTTP/1.1" 200 2326 "https://www.example.com/start.html" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \"Chrome\"/120.0 Safari/537.36" rt=0.012 uid="4930690000"`
	logfmtLine       = `time=2024-03-01T10:00:00Z level=info msg="login ok for \"alice\"" user=alice@example.com src=4930690000 ip=203.0.113.7 took=12ms`
	queryStr         = `email=alice%40example.com&phone=%2B4930690000;next=%2Fhome&flag&token=eyJhbGciOiJIUzI1NiJ9.e30.x`
	cookieStr        = `session=38afes7a8; email="alice@example.com"; _ga=GA1.2.12345.67890; theme=dark`
)

// benchParsers lists one parser and record per format.
var benchParsers = []struct {
	name   string
	cfg    Config
	header string
	rec    string
}{
	{"csv", Config{Format: CSV, Columns: csvHeader}, "", csvLine},
	{"tsv", Config{Format: TSV, Columns: csvHeader}, "", tsvLine},
	{"asterisk", DefaultConfig(Asterisk), "", asteriskCSV},
	{"cloudfront", DefaultConfig(CloudFront), cloudFrontHeader, cloudFrontLine},
	{"w3c_iis", Config{Format: W3C}, iisHeader, iisLine},
	{"combined", DefaultConfig(Combined), "", combinedLine},
	{"logfmt", DefaultConfig(Logfmt), "", logfmtLine},
}
