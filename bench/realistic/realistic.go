// Package realistic generates a labelled corpus of real log formats and
// scores a redactor against it: how much planted personal data leaks, how
// many look-alikes are destroyed and how many lines lose their structure.
//
// Every format is written from its public documentation (field order,
// quoting, escapes), not from what redactd's detectors look for, and the
// generator imports neither redact nor rules, so that the ground truth is
// independent of the code it measures. See README.md for the sources.
//
// Generation is deterministic: the same seed gives the same corpus, byte for
// byte (math/rand/v2 PCG).
package realistic

import (
	"math/rand/v2"
	"time"
)

// Structure says how a record's layout is checked for damage.
type Structure uint8

const (
	Text  Structure = iota // free text: no layout check
	CLF                    // NCSA common/combined: space-separated, "quoted" and [bracketed] fields
	TSV                    // W3C extended (CloudFront): tab-separated fields
	CSV                    // comma-separated, "double quotes" with "" inside
	JSON                   // one JSON value per record
	Form                   // application/x-www-form-urlencoded body
	Mixed                  // records of several layouts: JSON checked as JSON, NCSA lines as CLF, the rest as free text
)

var structureNames = [...]string{"text", "clf", "tsv", "csv", "json", "form", "mixed"}

func (s Structure) String() string {
	if int(s) < len(structureNames) {
		return structureNames[s]
	}
	return "unknown"
}

// Value is one labelled value of a record.
type Value struct {
	// Category is what the value is: for planted data ipv4, ipv6, email,
	// phone, mac, iban, card, ssn, secret, jwt, name, address, plate, and the national ids
	// nino, dni, nie, cf, nir, bsn, pesel, steuerid, cpf, aadhaar, iin,
	// rnokpp, mrz; for look-alikes timestamp, epoch, version, uuid, hash,
	// port, bytes, duration, orderid, blockid, status, uniqueid, requestid,
	// channel, counter, header, isbn, nearmiss (an id-shaped code whose
	// check fails).
	Category string
	// Text is the plain value, without any encoding or hidden character.
	Text string
	// Forms holds every form in which the value appears in the record
	// (raw, percent-encoded, JSON-escaped, with an invisible character...).
	// A look-alike's forms may include the delimiters around it ("\"code\":200",
	// ",87,12,"), so that a short number is looked for where it was.
	Forms []string
}

// Record is one log line with its ground truth.
type Record struct {
	Line []byte // without a trailing newline
	// Planted is the personal data in Line: none of it may survive
	// redaction in any decoding.
	Planted []Value
	// Keep are look-alikes that redaction must leave as they are.
	Keep []Value
	// Header is set for header and comment lines (W3C "#Fields:"), which
	// carry no personal data.
	Header bool
}

// Stream is a sequence of records of one format, as one log file or one
// partition would carry them: state such as the W3C "#Fields:" header
// belongs to the stream.
type Stream struct {
	Format    string
	Structure Structure
	Records   []Record
}

// Format describes one generated log format.
type Format struct {
	Name      string
	Structure Structure
	// Tags group formats for rule packs: "cdn", "voip", "dns", "app", "audit",
	// "netsec" (network sensors; no pack yet).
	Tag string
	// Doc names the public documentation the generator follows.
	Doc string
	gen func(g *gen, st *streamState) Record
}

// streamState is what a generator remembers within one stream.
type streamState struct {
	n       int      // records emitted so far in this stream
	variant int      // per-stream variant (e.g. FreeSWITCH encode-values)
	headerN int      // record index at which a second W3C header is written
	encoded bool     // FreeSWITCH encode-values
	pending []Record // records of a multi-line entry still to emit (FreeRADIUS detail)
}

// Formats returns the generated formats in a fixed order.
func Formats() []Format { return formats }

var formats = []Format{
	{"combined", CLF, "cdn", "nginx ngx_http_log_module log_format combined; Apache mod_log_config", (*gen).combined},
	{"combined_xff", CLF, "cdn", "nginx log_format combined + \"$http_x_forwarded_for\" and key=value variables", (*gen).combinedXFF},
	{"common", CLF, "cdn", "Apache mod_log_config Common Log Format (NCSA)", (*gen).common},
	{"cloudfront", TSV, "cdn", "Amazon CloudFront Developer Guide: standard logging, log file fields", (*gen).cloudFront},
	{"fastly_json", JSON, "cdn", "Fastly: custom log formats, JSON logging with VCL variables", (*gen).fastly},
	{"akamai_json", JSON, "cdn", "Akamai DataStream 2: log fields, JSON format", (*gen).akamai},
	{"bind_query", Text, "dns", "BIND 9 ARM: logging category queries", (*gen).bindQuery},
	{"asterisk_csv", CSV, "voip", "Asterisk cdr_csv (Master.csv) and the CDR fields of the Asterisk wiki", (*gen).asterisk},
	{"asterisk_full", Text, "voip", "Asterisk logger.conf full log; Security Events Framework; app_dial, pbx.c, chan_sip, res_pjsip messages", (*gen).asteriskFull},
	{"freeswitch_csv", CSV, "voip", "FreeSWITCH mod_cdr_csv, cdr_csv.conf.xml default (example) template", (*gen).freeswitchCSV},
	{"freeswitch_json", JSON, "voip", "FreeSWITCH mod_json_cdr (encode-values) and channel variables", (*gen).freeswitch},
	{"k8s_audit", JSON, "app", "Kubernetes auditing, audit.k8s.io/v1 Event", (*gen).k8sAudit},
	{"app_json", JSON, "app", "application telemetry (structured JSON logging)", (*gen).appJSON},
	{"webhook_json", JSON, "app", "Mautic webhooks (lead/contact payload)", (*gen).webhookJSON},
	{"webhook_form", Form, "app", "HTML form submission, application/x-www-form-urlencoded (WHATWG URL)", (*gen).webhookForm},
	{"twilio_form", Form, "voip", "Twilio Voice and Messaging webhooks: the parameters of Twilio's request (form-encoded)", (*gen).twilioForm},
	{"github_json", JSON, "app", "GitHub webhook events and payloads: issues and push events", (*gen).github},
	{"secret_mix", Mixed, "app", "vendors' token format docs; nginx combined; Google service account keys; RFC 9110 Authorization", (*gen).secretMix},
	{"id_mix", Text, "app", "KYC service text log: gateway requests, audit messages, config dumps, OCR of MRZs (national id formats of HMRC, INSEE, UIDAI, ICAO 9303...)", (*gen).idMix},
	{"id_json", JSON, "app", "KYC audit events as JSON: national ids under their keys, MRZ with \\n, messages", (*gen).idJSON},
	{"syslog_auth", Text, "audit", "OpenSSH sshd, PAM pam_unix, sudo, Postfix and Dovecot messages behind RFC 3164 and RFC 5424 syslog headers", (*gen).syslogAuth},
	{"haproxy_http", CLF, "cdn", "HAProxy configuration manual 8.2.3, HTTP log format (option httplog) with captured cookie and headers", (*gen).haproxyHTTP},
	{"alb", CLF, "cdn", "Elastic Load Balancing: access logs for your Application Load Balancer, access log entries", (*gen).albAccess},
	{"s3_access", CLF, "cdn", "Amazon S3 user guide: Amazon S3 server access log format", (*gen).s3Access},
	{"okta_json", JSON, "audit", "Okta System Log API: LogEvent objects (actor, client, authenticationContext, target, transaction, debugContext)", (*gen).oktaJSON},
	{"asterisk_cel", CSV, "voip", "Asterisk Channel Event Logging, cel_custom.conf sample: legacy and advanced Master.csv mappings, with and without the literal column", (*gen).asteriskCEL},
	{"k8s_workload", JSON, "app", "Kubernetes auditing at level RequestResponse: Pod (env, args), ConfigMap, TokenRequest objects; RBAC authorizer reasons", (*gen).k8sWorkload},
	{"commerce_hooks", Mixed, "app", "Stripe Event objects, Shopify orders/create, PayPal IPN variables, Slack user_change, SendGrid Event Webhook, Mailgun events, HubSpot property lists", (*gen).commerceHooks},
	{"asterisk_queue_log", Text, "voip", "Asterisk queue_log (Operation > Logging > Queue Logs; app_queue, QueueLog()) with FreePBX's DID lines", (*gen).asteriskQueueLog},
	{"cucm_cdr", CSV, "voip", "Cisco Unified CM Call Reporting and Billing Administration Guide: CDR field descriptions, IP addresses as signed integers", (*gen).cucmCDR},
	{"asterisk_ami_json", JSON, "voip", "Asterisk Manager Interface events (AMI Events reference) as AMI-to-JSON bridges log them: channel snapshots with Dest, Transferer and Transferee prefixes", (*gen).asteriskAMI},
	{"auditd", Text, "audit", "RHEL Audit System Reference (audit event fields and record types); auditd.conf log_format RAW and ENRICHED; untrusted strings in upper-case hex (audit_log_n_untrustedstring)", (*gen).auditd},
	{"idp_audit_json", JSON, "audit", "Microsoft Graph signIn resource (Entra ID sign-in logs); Office 365 Management Activity API schema (SharePoint/OneDrive, Exchange mailbox); HashiCorp Vault audit devices; GitLab audit event schema; Teleport audit events", (*gen).idAuditJSON},
	{"zeek_tsv", TSV, "netsec", "Zeek documentation: Log Formats and Inspection (ASCII writer: #separator, #fields, #types, #close); conn, http, dns, dhcp and ssl Info records, mac-logging, SSL::log_include_client_certificate_subject_issuer", (*gen).zeekTSV},
	{"suricata_eve", JSON, "netsec", "Suricata User Guide: Eve JSON Output and Eve JSON Format (alert, http with dump-all-headers, dns version 2, tls, dhcp extended, flow)", (*gen).suricataEve},
	{"netsec_syslog", Text, "netsec", "Cisco Secure Firewall ASA syslog messages (113004, 113005, 113019, 722051, 716001, 605005, 302013 with identity firewall users, 106023, 111008); FortiOS Log Message Reference (traffic, SSL VPN and IPsec events); OpenVPN server log; strongSwan charon; FreeRADIUS radius.log Auth lines", (*gen).netsecSyslog},
	{"iis_w3c", Text, "netsec", "Microsoft IIS W3C logging (logExtFileFlags: IIS 10 defaults with s-computername, cs-host, cs(Cookie), sc-bytes, cs-bytes); Exchange ActiveSync and Outlook on the web requests; ASP.NET session and forms authentication cookies", (*gen).iisW3C},
	{"postgres_log", Mixed, "app", "PostgreSQL documentation, Error Reporting and Logging: log_line_prefix (%m [%p] %q%u@%d %r; pgBadger's user=%u,db=%d,app=%a,client=%h), log_connections, log_statement = 'all', csvlog and jsonlog", (*gen).postgresLog},
	{"mysql_log", Text, "app", "MySQL 8.0 Reference Manual: the general query log, the slow query log (# User@Host:) and the error log", (*gen).mysqlLog},
	{"windows_security", Mixed, "audit", "Windows Security auditing events 4624, 4625, 4720, 4740 rendered as XML (event schema, <Data Name='...'>) and as Winlogbeat JSON (winlog.event_data, ECS user and source)", (*gen).windowsEvent},
	{"search_db", Mixed, "app", "MongoDB manual, Log Messages (structured JSON: Connection accepted, Authentication, Slow query, client metadata); Elasticsearch reference, Slow log (6.x/7.x text, 8.x ECS JSON with elasticsearch.slowlog.source)", (*gen).searchLog},
	{"exim_main", Text, "audit", "The Exim specification, Log files: mainlog arrivals (<= ... A=authenticator:id), deliveries (=>), Completed, rejected RCPT, authenticator failures (set_id=)", (*gen).eximLog},
	{"cloudtrail_json", JSON, "audit", "AWS CloudTrail user guide: CloudTrail record contents, the userIdentity element; ConsoleLogin, IAM, STS AssumeRole, Account, SES and SNS events", (*gen).cloudTrail},
	{"gcp_audit_json", JSON, "audit", "Google Cloud Logging LogEntry: Cloud Audit Logs AuditLog protoPayload (authenticationInfo, requestMetadata, IAM policy bindings and AuditData policyDelta), Cloud Load Balancing / Cloud CDN request logs (httpRequest)", (*gen).gcpAudit},
	{"azure_activity_json", JSON, "audit", "Azure Monitor activity log event schema: Activity Log REST API EventData (caller, claims, httpRequest) and the diagnostic settings export (callerIpAddress, identity.claims, identity.authorization.evidence)", (*gen).azureActivity},
	{"cloudflare_json", JSON, "cdn", "Cloudflare Logpush: http_requests dataset fields; custom fields RequestHeaders and Cookies", (*gen).cloudflareJSON},
	{"vpc_flow", Text, "netsec", "Amazon VPC User Guide: flow log records, default format (version 2) and the S3 header line", (*gen).vpcFlow},
	{"envoy_access", Text, "cdn", "Envoy access logging: default format string; Istio default text access log format (1.15 and earlier) at an ingress gateway", (*gen).envoyAccess},
	{"proxy_json", JSON, "cdn", "Traefik access logs, JSON format with headers kept (request_<Header>); Caddy http.log.access entries (request.headers, user_id)", (*gen).proxyJSON},
	{"otlp_json", JSON, "app", "OpenTelemetry Protocol, JSON Protobuf Encoding (opentelemetry-proto specification, examples/logs.json and trace.json): ExportLogsServiceRequest and ExportTraceServiceRequest one a line; attribute names of the semantic conventions registry (enduser.id, user.*, client.address, net.peer.ip, http.request.header.*, url.query, db.statement, exception.message)", (*gen).otlpJSON},
	{"container_logs", Mixed, "app", "Docker JSON File logging driver; kubelet CRI logging (time stream F|P line); journalctl -o json and systemd.journal-fields; Graylog GELF 1.1 payload and Docker gelf driver", (*gen).containerLogs},
	{"framework_logs", Mixed, "app", "Rails ActionController and ActiveRecord log subscribers (Logger default formatter, log_tags request_id); Python logging, Django runserver, loguru diagnose tracebacks; logback and log4j2 PatternLayout with %X (MDC) and exception frames; Laravel Monolog LineFormatter; winston json and simple formats", (*gen).frameworkLogs},
	{"product_events", JSON, "app", "Sentry event payloads (user, request with query_string, data, cookies and headers as objects or Relay pairs, exception frames with vars, breadcrumbs, contexts.trace); Segment Spec identify and track calls with common fields", (*gen).productEvents},
	{"dns_resolvers", Text, "dns", "Unbound unbound.conf(5) log-queries/log-replies; dnsmasq(8) log-queries[=extra]; Pi-hole pihole.log (FTL blocking lines); CoreDNS log plugin default format; PowerDNS Recursor quiet=no; Windows DNS Server debug log (dns.log packet lines, names in wire form)", (*gen).dnsResolvers},
	{"dhcp_servers", Mixed, "dns", "ISC dhcpd(8)/dhcpd.conf(5) syslog messages (DHCPDISCOVER/OFFER/REQUEST/ACK/RELEASE/INFORM, DDNS forward and reverse maps); Kea DHCPv4 messages (DHCP4_LEASE_ALLOC, DHCP4_PACKET_RECEIVED, ...) and the control agent's lease4-get answer; dnsmasq DHCP and log-dhcp lines", (*gen).dhcpServers},
	{"netinfra_logs", Text, "netsec", "Linux netfilter LOG target kernel lines (iptables -j LOG, ufw, nftables log: IN= OUT= MAC= SRC= DST= ... PROTO= SPT= DPT=); FreeRADIUS rlm_detail detail files; Squid native access.log format", (*gen).netInfra},
	{"dir_ftp_logs", Text, "netsec", "OpenLDAP slapd.conf(5) loglevel stats lines (ACCEPT, BIND, SRCH, RESULT, MOD, UNBIND); vsftpd.conf(5) vsftpd.log; xferlog(5)", (*gen).dirFTP},
	{"freepbx_cdr", CSV, "voip", "FreePBX CDR Reports export of asteriskcdrdb.cdr with its header row; the Call Recording module's file names (DIRECTION-TO-FROM-YYYYMMDD-HHMMSS-UNIQUEID.wav) in recordingfile", (*gen).freepbxCDR},
	{"sip_raw", Mixed, "voip", "RFC 3261 (SIP messages, 7, 8.1.1, 19.1, 20, 25) and RFC 3665 call flows; RFC 3325 P-Asserted-Identity, RFC 5806 Diversion, RFC 3581 rport, RFC 4566 SDP; ngrep and sngrep text output, Homer 7 hep_proto_1 JSON", (*gen).sipRaw},
	{"kamailio_log", Text, "voip", "Kamailio and OpenSIPS: core cookbook pseudo-variables ($rm, $fu, $tu, $ru, $rU, $fn, $si, $sp, $ci, $ua, $mt), log_prefix, xlog(); acc module log records (acc.c: transaction answered, call missed; log_extra); pike module; RFC 3164 syslog", (*gen).kamailioLog},
	{"freeswitch_log", Text, "voip", "FreeSWITCH mod_logfile/mod_console lines (1.10 session UUID and idle CPU prefixes); mod_sofia channel names; switch_channel, mod_dialplan_xml, switch_ivr_originate, sofia, sofia_reg and mod_dptools messages; dialplan EXECUTE traces", (*gen).freeswitchLog},
	{"cpaas_json", JSON, "voip", "Twilio REST API 2010-04-01 Call and Message resources; Vonage Voice API call object and SMS delivery receipt webhook", (*gen).cpaasJSON},
	{"3cx_cdr", CSV, "voip", "3CX Phone System: CDR - Call Data Records (CDR service output fields, single file cdr.log, no header)", (*gen).threeCXCDR},
	{"cloud_dns_logs", Mixed, "dns", "Amazon Route 53 developer guide: VPC Resolver query log values and public DNS query log format; Google Cloud DNS logging (dns_query LogEntry jsonPayload); Cloudflare Logpush gateway_dns fields; Azure Monitor AZFWDnsQuery table and the AzureFirewallDnsProxy diagnostic log", (*gen).cloudDNSLogs},
	{"dnstap_text", Mixed, "dns", "BIND dnstap-read (dns_dt_datatotext default form and -y YAML); go-dnscollector DNS JSON encoding (nested and flat) and default text format; golang-dnstap quiet text", (*gen).dnstapText},
	{"cloud_flow_logs", JSON, "netsec", "AWS Network Firewall developer guide: alert and flow log records (Suricata EVE under event); Azure NSG flow logs version 2 (flowTuples); Google Cloud VPC Flow Logs record format (jsonPayload connection, src_instance, dest_location)", (*gen).cloudFlowLogs},
	{"email_events", Mixed, "app", "Amazon SES event publishing through SNS (notification contents: mail, bounce, complaint, delivery, open, click objects) and raw delivery; Postmark Bounce, Delivery, Open, Click, SpamComplaint and inbound webhooks; Mailchimp Marketing webhooks (form-encoded type, fired_at, data[...]) and Mandrill's mandrill_events; Mailjet event API; Brevo transactional webhooks", (*gen).emailEvents},
	{"tracking_hits", CLF, "cdn", "Matomo Tracking HTTP API (matomo.php, piwik.php: _id, uid, cip with token_auth, url, urlref, _cvar, uadata) GA4 gtag collect (/g/collect v=2: tid, cid, sid, dl, dr, uid, ep.*, up.*) and Universal Analytics /collect (v=1: tid, cid, _gid), Mautic's mtracking.gif (mautic_device_id, mtc_id, email) behind nginx combined", (*gen).trackingHits},
	{"captcha_logs", Mixed, "app", "Google reCAPTCHA, hCaptcha and Cloudflare Turnstile siteverify (request secret, response, remoteip, sitekey, idempotency_key; answer success, challenge_ts, hostname, score, action, cdata, error-codes) as a backend logs it, Squid native access.log of a GET siteverify; a solving API's createTask/getTaskResult (clientKey, task with websiteKey and proxy credentials, solution token) and legacy in.php/res.php; reCAPTCHA Enterprise assessments", (*gen).captchaLogs},
	{"panos_syslog", Text, "netsec", "PAN-OS Administrator's Guide, Syslog Field Descriptions: Traffic, Threat (url), GlobalProtect and User-ID log fields behind BSD and RFC 5424 headers; Netgate pfSense Raw Filter Log Format and OPNsense filterlog (rule label hash)", (*gen).panosSyslog},
	{"waf_logs", JSON, "netsec", "AWS WAF Developer Guide: log fields for web ACL traffic (httpRequest headers as name/value pairs, args, labels, ja3Fingerprint); ModSecurity v3 JSON audit log (SecAuditLogFormat JSON: transaction, request headers and body, messages details)", (*gen).wafLogs},
	{"web_errors", Text, "cdn", "nginx error log (ngx_log_error: client, server, request, upstream, host, referrer; auth_basic, limit_req, FastCGI stderr, ModSecurity-nginx); Apache HTTP Server 2.4 ErrorLogFormat default (AH01618, AH01617, AH01790, AH01071, AH01630, AH00126, AH01695, mod_security2) and 2.2's form", (*gen).webErrors},
	{"host_sec", Mixed, "netsec", "fail2ban.log (fail2ban.filter Found, fail2ban.actions Ban/Unban/Already banned, fail2ban.observer); Sysmon Event ID 1 and 3 as Winlogbeat JSON (winlog.event_data); Microsoft Exchange message tracking log (#Fields header, CSV rows)", (*gen).hostSec},
	{"platform_logs", Mixed, "app", "Heroku router and app log lines (Logplex); API Gateway access logging $context variables; Lambda START/END/REPORT and runtime lines; GraphQL request bodies; Android logcat threadtime; CSP violation and Network Error Logging reports; journalctl -o json byte-array MESSAGE", (*gen).platformLogs},
	{"connect_ctr", JSON, "voip", "Amazon Connect Administrator Guide: data model for contact records (CTR) as the data streaming export writes them to Kinesis; Endpoint types of the Connect API reference", (*gen).connectCTR},
	{"teams_callrecords", JSON, "voip", "Microsoft Graph call records API: callRecord with sessions and segments expanded (identitySet, endpoint, clientUserAgent, media, networkInfo, deviceInfo, mediaStream), pstnCallLogRow (getPstnCalls) and directRoutingLogRow (getDirectRoutingCalls)", (*gen).teamsCallRecords},
	{"zoom_webex_cdr", Mixed, "voip", "Zoom Phone API call logs and call path, phone.*_call_log_completed and *_call_history_completed webhooks; Webex Calling Detailed Call History report fields as a CSV export", (*gen).zoomWebexCDR},
	{"sbc_cpaas_cdr", Mixed, "voip", "AudioCodes Mediant User's Manual: SBC signaling CDR fields over syslog; Telnyx API v2 Call Control and Messaging webhooks; Genesys Cloud analytics conversation detail records", (*gen).sbcCPaaS},
	{"vault_audit", JSON, "audit", "HashiCorp Vault audit devices: file device request and response entries (auth, request, response, headers, hmac-sha256 values, log_raw); Teleport audit events reference (user.login, auth, exec, session.command, db.session.query, port)", (*gen).vaultAuditLog},
	{"saas_audit", JSON, "audit", "Office 365 Management Activity API schema (common, Azure AD UserLoggedIn, Exchange admin, SharePoint sharing, Teams); Google Workspace Admin SDK Reports API activities; Slack Audit Logs API entries; Atlassian organization audit log events", (*gen).saasAudit},
	{"db_audit", Mixed, "audit", "pgaudit README (AUDIT: session and object lines, log_parameter) behind log_line_prefix; MySQL Enterprise Audit JSON format; Percona Audit Log Plugin JSON and CSV formats; MongoDB auditing, audit message schema (JSON)", (*gen).dbAudit},
	{"app_frameworks2", Mixed, "app", "Rails default production log (Started, Parameters in Hash#inspect, ActiveRecord binds, ActiveJob, unpermitted parameters); gunicorn access and error logs, Django's verbose formatter with django.request; Laravel Monolog lines with the exception handler's context and stack trace; Spring Boot 3 default console pattern with MDC and correlation ids, ECS structured logging; Serilog compact JSON (CLEF @t/@mt/@m/@x), ASP.NET Core request logging, EF Core CommandExecuted", (*gen).appFrameworks2},
	{"error_tracking", JSON, "app", "Sentry event payloads from the browser and sentry-ruby SDKs (request, user, breadcrumbs with ui, console, fetch and navigation data, frames with vars); Segment Spec page calls; Amplitude Export API event rows; Mixpanel raw event export, engage export and ingestion profile updates", (*gen).errorTracking},
	{"support_hooks", Mixed, "app", "Zendesk event-based and trigger webhooks and the Tickets API ticket; Intercom webhook notifications (conversation and contact topics); Mailchimp Marketing webhooks with an audience's merge fields; Freshdesk automation webhooks and the Tickets API ticket", (*gen).supportHooks},
	{"edge_logs2", Mixed, "cdn", "varnishncsa(1) default format and -F with %{X-Forwarded-For}i, %{Cookie}i, %D, %{Varnish:hitmiss}x; nginx log_format escape=json with $http_cookie, $http_authorization, $request_body; Azure Front Door access log (FrontDoorAccessLog); Bunny CDN raw log format", (*gen).edgeLogs2},
	{"voip_more", Mixed, "voip", "FreeSWITCH mod_xml_cdr (variables URL-encoded, callflow caller_profile); Kamailio acc module acc, missed_calls and cdrs tables exported as CSV; Cisco IOS voice gateway RADIUS accounting VSAs (h323-*, Cisco-AVPair) in a FreeRADIUS detail file", (*gen).voipMore},
	{"dns_more", Mixed, "dns", "AdGuard Home querylog.json (logEntry: T, QH, QT, QC, CID, CP, Upstream, Answer, IP, Result, Elapsed); Technitium DNS Server log file query lines; Blocky query log CSV (tab-separated)", (*gen).dnsMore},
	{"fortigate_kv", Text, "netsec", "FortiOS Log Message Reference: log header fields and traffic forward (0000000013), UTM webfilter (0316013056/9), event VPN (0101039947), user (0102043008) and system admin login (0100032001) messages", (*gen).fortigateKV},
	{"cisco_asa", Text, "netsec", "Cisco Secure Firewall ASA Series Syslog Messages (302013-302015, 113004, 113005, 113008, 113039, 722051, 722022, 722037, 716001, 111008, 111010, 611101, 734001, 605005); F5 BIG-IP APM log messages (01490500, 01490010, 01490248, 01490005, 01490102, 01490007, 01490017, 01490521)", (*gen).ciscoASA},
	{"wifi_logs", Text, "netsec", "hostapd and wpa_supplicant messages (hostapd_logger IEEE 802.11 and 802.1X, AP-STA-CONNECTED, CTRL-EVENT-*); UniFi Network client events; OpenWrt dnsmasq DHCPACK with option 12 host name; Cisco Catalyst 9800 CLIENT_ORCH_LOG and AireOS APF-6-USER_NAME_CREATED", (*gen).wifiLogs},
	{"iot_mqtt", Mixed, "app", "mosquitto.conf(5) log_type all and log_timestamp_format (Mosquitto broker log); OwnTracks JSON location messages via mosquitto_sub -v; Zigbee2MQTT bridge events; Home Assistant state_changed events; avahi-daemon(8) and avahi-browse(1) -p output", (*gen).iotMQTT},
	{"kerberos_kdc", Text, "netsec", "MIT Kerberos krb5kdc log (kdc_log.c: AS_REQ/TGS_REQ with ISSUE, NEEDED_PREAUTH, PREAUTH_FAILED, CLIENT_NOT_FOUND, LOOKING_UP_SERVER) and kadmind chpw; OpenLDAP 2.5/2.6 slapd loglevel stats (logfile prefix, BIND, SRCH, PASSMOD, MOD, EXT, RESULT)", (*gen).kerberosKDC},
	{"tomcat_jenkins", Mixed, "app", "Apache Tomcat AccessLogValve (pattern %h %l %u %t \"%r\" %s %b %D \"%{Referer}i\" \"%{User-Agent}i\") and JsonAccessLogValve; catalina.out OneLineFormatter with exceptions and stack frames; Jenkins build console output (causes, git plugin, withCredentials masking, Mailer, Timestamper); Jenkins Audit Trail plugin log file", (*gen).tomcatJenkins},
	{"mongodb_json", JSON, "app", "MongoDB manual, Log Messages (4.4+ structured JSON): Connection accepted, client metadata, Slow query for find, update and aggregate with $clusterTime, Authentication succeeded (4.4), Successfully authenticated and Failed to authenticate (5.0+, X.509 subjects)", (*gen).mongoJSON},
	{"chat_servers", Text, "app", "ejabberd log (listener, c2s authentication, session close); Prosody log (c2s sessions, server_epoll, debug stanzas); Matrix Synapse logging format and synapse.access.http lines; Jitsi Meet Jicofo and videobridge log lines", (*gen).chatServers},
	{"payments_push", Mixed, "app", "Adyen standard notification webhooks (NotificationRequestItem, additionalData); Braintree webhook notifications (bt_signature, bt_payload base64 XML); Apple APNs provider API responses; Firebase Cloud Messaging HTTP v1 send and errors; GA4 BigQuery export schema (events_ rows as JSON)", (*gen).paymentsPush},
	{"samba_cups", Mixed, "app", "Samba vfs_full_audit(8) through syslog (prefix %u|%I|%m|%S); CUPS cupsd.conf PageLogFormat default page_log, access_log and error_log; ingress-nginx controller log format upstreaminfo", (*gen).sambaCups},
	{"kannel_sms", Text, "voip", "Kannel user's guide: bearerbox access-log default format (Receive SMS, Sent SMS, FAILED Send SMS, DLR SMS); SMPP v3.4 Appendix B delivery receipts", (*gen).kannelSMS},
	{"smpp_pdu", Mixed, "voip", "SMPP v3.4 (submit_sm, deliver_sm, TON/NPI, esm_class, receipted_message_id): Kannel's SMPP PDU debug dump, node-smpp PDU objects as JSON, jSMPP client log lines", (*gen).smppPDU},
	{"diameter_gy", Mixed, "voip", "RFC 4006 and 3GPP TS 32.299 Gy credit control (CCR/CCA: Subscription-Id, Framed-IP-Address, User-Equipment-Info, PS-Information): tshark -V AVP lines, an OCS's JSON event and key=value log", (*gen).diameterGy},
	{"cgnat_log", Text, "netsec", "RFC 6888 CGN logging: Junos JSERVICES_NAT_PORT_BLOCK_* and JSERVICES_SESSION_OPEN, Cisco IOS %NAT-6-LOG_TRANSLATION, conntrack(8) -E -o timestamp events", (*gen).cgnatLine},
	{"asterisk_security", Text, "voip", "Asterisk Security Events Framework via res_security_log (InvalidAccountID, ChallengeSent, ChallengeResponseFailed, InvalidPassword, SuccessfulAuth, FailedACL); FreeRADIUS rlm_detail accounting files (RFC 2866, 3GPP TS 29.061 VSAs)", (*gen).asteriskSecRadius},
	{"exchange_tracking", CSV, "audit", "Microsoft Exchange Server message tracking logs (MSGTRK*.LOG: #Software, #Version, #Log-type, #Date, #Fields header; event types RECEIVE, SUBMIT, SEND, DELIVER, EXPAND, RESOLVE, FAIL, DSN, AGENTINFO, HAREDIRECT; Exchange 2013 and 2019 field lists)", (*gen).exchangeTrackingLog},
	{"o365_message_trace", Mixed, "audit", "Exchange Online Get-MessageTrace (Export-Csv -NoTypeInformation) and the admin center's message trace report CSV; Google Workspace Gmail logs in BigQuery (event_info, message_info: source, destination, connection_info, attachment)", (*gen).o365MessageTrace},
	{"mail_filters", Mixed, "audit", "Rspamd logging (rspamd_task_write_log default and custom log_format: id, qid, ip, user, from, rcpts, mime_rcpts, mime_from, subject); SpamAssassin spamd(1p) syslog lines; Proofpoint TAP SIEM API messagesDelivered; Mimecast SIEM log records", (*gen).mailFilters},
	{"hl7v2", Text, "app", "HL7 v2.5.1 chapters 2, 3 and 7 (MSH, EVN, PID, NK1, PV1, OBR, OBX, DG1; encoding characters and escapes); Mirth Connect log4j layout and channel script logger", (*gen).hl7v2},
	{"fhir_json", Mixed, "app", "HL7 FHIR R4 resources (Patient, Observation, Encounter, AuditEvent) and search parameters; HAPI FHIR LoggingInterceptor message format; nginx combined", (*gen).fhirJSON},
	{"hr_events", Mixed, "app", "BambooHR webhooks (employees[].fields), Workday-style worker records; SCIM 2.0 RFC 7643 User and enterprise extension, RFC 7644 PatchOp, filters and access log", (*gen).hrEvents},
	{"shop_addresses", JSON, "app", "Shopify orders/create webhook (billing_address, shipping_address, line_items, fulfillments); EasyPost Shipment and Address objects; Shippo address object and track_updated webhook", (*gen).shopAddresses},
	{"delivery_log", Text, "app", "a food-delivery and ride-hailing backend's dispatch lines (orders, logfmt dispatcher, trips, courier tracking, zones, geocoder) quoting addresses in twelve countries' layouts", (*gen).deliveryLog},
	{"anpr_events", Mixed, "netsec", "Rekor Scout (OpenALPR) alpr_group webhook JSON; a car park barrier controller's ENTRY/EXIT lines and operators' messages naming plates (DE, FR, GB, NL, ES, IT, PL, BR, US formats)", (*gen).anprEvents},
	{"sms_gateway_json", JSON, "voip", "Infobip SMS API: outbound delivery report and inbound message webhooks (results[]); Sinch SMS recipient delivery report callback; numbers of 37 national plans (libphonenumber metadata)", (*gen).smsGatewayJSON},
	{"crm_export_csv", CSV, "app", "Salesforce Data Loader export of Contact records (header of field API names, every field quoted); national and international phone writings of 37 countries", (*gen).crmExportCSV},
	{"kyc_webhook_json", JSON, "app", "Onfido document report properties (document_numbers), Sumsub applicant (info.idDocs, tin), Jumio workflow retrieval (capabilities.extraction data); ids with their check digits (SSN, ITIN, NHS, TFN, Medicare, NRIC/FIN, RRN, HETU, PAN, TCKN, ZA id, Chinese RIC, personnummer)", (*gen).kycWebhookJSON},
	{"device_inventory", Mixed, "netsec", "ISC dhcpd(8) and dnsmasq(8) DHCP lines; Windows Server DHCP audit log (DhcpSrvLog CSV); Jamf Pro ComputerCheckIn/MobileDeviceCheckIn webhooks; Microsoft Graph Intune managedDevice; Apple's device names and their localised forms", (*gen).deviceInventory},
	{"travel_payments", Mixed, "app", "IATA Resolution 792 BCBP mandatory items; GDS PNR name elements; IATA NDC OrderViewRS PaxList; Adyen, Braintree, Worldpay and Authorize.Net payment requests; gateway and hotel PMS text lines; Oracle OHIP profile personName", (*gen).travelPayments},
	{"world_names", Mixed, "app", "application and audit lines and JSON naming people of many cultures (family name first, particles, diacritics, native scripts) after cue words and under name keys", (*gen).worldLine},
	{"ci_runner_logs", Text, "app", "GitHub Actions job logs (runner timestamps, workflow commands ##[group], ::add-mask::, set -x traces) and GitLab Runner job traces (section_start, FF_TIMESTAMPS, [MASKED]); docker login, .npmrc _authToken, pip index URLs, env dumps; token formats of gitleaks' rules", (*gen).ciRunnerLogs},
	{"ipoffice_smdr", CSV, "voip", "Avaya IP Office SMDR output (IP Office Manager, System > SMDR; the SMDR Fields reference): 35 unquoted fields from Call Start to SMDR Record Time, no header; extension, trunk and internal calls", (*gen).ipOfficeSMDR},
	{"atlassian_logs", Mixed, "audit", "Jira access log pattern (%{jira.request.id}r, %{jira.request.username}r, %{jira.request.assession.id}r), atlassian-jira-security.log, Confluence conf_access_log; Jira Cloud audit records REST API, Confluence audit REST API; Slack Audit Logs API entries", (*gen).atlassianLogs},
	{"segment_webhook", JSON, "app", "Segment Spec: common fields, identify (traits, address) and track calls; B2B SaaS Spec (Signed Up, Invite Sent) and E-commerce Spec (Order Completed) properties; as a webhook destination receives them", (*gen).segmentWebhook},
	{"mixpanel_export", JSON, "app", "Mixpanel Raw Event Export API (event, properties: time, distinct_id, default properties $current_url, $device_id, $user_id, $insert_id, $city, $region, mp_country_code) and user profile reserved properties ($email, $phone, $name)", (*gen).mixpanelExport},
	{"amplitude_export", JSON, "app", "Amplitude Export API: exported event fields ($insert_id, adid, idfa, amplitude_id, device_id, dma, ip_address, user_id, event_properties, user_properties, uuid)", (*gen).amplitudeExport},
	{"sf_eventlog_csv", CSV, "audit", "Salesforce Object Reference, EventLogFile supported event types: Login, URI and API event type fields (CSV with a header row, every value quoted)", (*gen).sfEventLogCSV},
	{"logcat_threadtime", Text, "app", "Android logcat command-line tool, -v threadtime output format; android.accounts.Account and android.location.Location toString; OkHttp HttpLoggingInterceptor; Firebase Cloud Messaging registration tokens", (*gen).logcatThreadtime},
	{"syslog5424_sd", Text, "audit", "RFC 5424 The Syslog Protocol: HEADER, STRUCTURED-DATA (SD-ELEMENT, SD-PARAM escapes of '\"', '\\\\' and ']'), IANA-registered SD-IDs timeQuality, origin, meta; BOM before MSG", (*gen).syslog5424SD},
	{"entra_signin_json", JSON, "audit", "Microsoft Entra ID sign-in logs sent by diagnostic settings to a storage account or event hub (Azure Monitor resource log schema, category SignInLogs; Microsoft Graph signIn resource: userPrincipalName, ipAddress, location, deviceDetail, status)", (*gen).entraSignInLog},
	{"ecs_json", JSON, "app", "Elastic Common Schema field reference as Filebeat ships it (nginx and system modules: source, url, http, user_agent, user, related, event.original) and the ecs-logging libraries write it (dotted top-level keys)", (*gen).ecsJSON},
	{"journald_json", JSON, "app", "journalctl -o json, systemd.journal-fields(7): trusted fields, SYSLOG_IDENTIFIER, MESSAGE from sshd, sudo, systemd-logind, NetworkManager and dhclient; non-UTF-8 MESSAGE as a byte array", (*gen).journaldJSON},
	{"keycloak_events", Mixed, "audit", "Keycloak org.keycloak.events logger (JBossLoggingEventListenerProvider: type=, realmId=, clientId=, userId=, ipAddress=, error=, details) behind Quarkus's console format; Admin REST API AdminEventRepresentation", (*gen).keycloakEvents},
	{"squid_access", Text, "netsec", "Squid native access.log (logformat squid: %ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt), CONNECT tunnels, proxy-authenticated users", (*gen).squidLog},
	{"traefik_json", JSON, "cdn", "Traefik access logs, JSON format, fields.headers.defaultmode keep (request_* and downstream_* headers, Duration, StartUTC, ClientUsername)", (*gen).traefikJSON},
	{"caddy_json", JSON, "cdn", "Caddy http.log.access entries (request.remote_ip, client_ip, headers as arrays, uri, tls.server_name; user_id, duration, size, resp_headers)", (*gen).caddyJSON},
	{"gitlab_logs", Mixed, "app", "GitLab log system: production_json.log (params array, meta.user, meta.project), api_json.log, audit_json.log (author_name, entity_path, target_details, failed_login) and the bundled nginx's gitlab_access.log", (*gen).gitlabLogs},
	{"argo_terraform", Mixed, "app", "Argo CD server and application controller logs (logrus text, gRPC interceptor fields, grpc.request.claims); Atlantis JSON log; terraform plan output and plan -json machine-readable UI; Teleport Kubernetes audit events (kube.request, exec)", (*gen).argoTerraform},
	{"shop_order_webhooks", JSON, "app", "WooCommerce REST API v3 order properties as the order webhook body (billing, shipping, customer_ip_address, customer_user_agent, customer_note, line_items); Magento 2 REST customer (GET /V1/customers/:id, addresses[] with street[]); an address-change event with old and new addresses", (*gen).shopOrderWebhooks},
	{"db_statement_logs", Text, "app", "MySQL general query log; PostgreSQL log_statement = 'all' behind log_line_prefix; p6spy SingleLineFormat, datasource-proxy SLF4JQueryLoggingListener and Hibernate org.hibernate.SQL with bind TRACE lines (6.2 and 5) behind Spring Boot 3's console pattern", (*gen).dbStatementLogs},
	{"app_request_logs", Text, "app", "Rails Started/Completed lines; gunicorn default access_log_format and Django runserver; Express morgan dev, short and a custom :req[cookie] format; Go log/slog TextHandler request lines with the Cookie header", (*gen).appRequestLogs},
	{"datadog_logs", JSON, "app", "Datadog Log Management: reserved and standard attributes (usr.*, network.client.ip, http.*, dd.trace_id); Log Archives JSON, Logs Search API v2 events, HTTP intake bodies with dotted keys", (*gen).datadogLogs},
	{"auth0_logs", JSON, "audit", "Auth0 Management API GET /api/v2/logs log objects (type codes s, f, fp, fu, slo, ss, sapi, scp; details, location_info); Log Streams custom webhook payload", (*gen).auth0Logs},
	{"appsflyer_csv", CSV, "app", "AppsFlyer raw-data reports (Pull API / Data Locker): installs and in-app events columns, Event Value JSON in a cell", (*gen).appsFlyerCSV},
	{"adjust_callbacks", CLF, "app", "Adjust raw data callbacks: callback URL placeholders (gps_adid, idfa, idfv, ip_address, city, tracker_name, created_at...) URL-encoded, logged by nginx log_format combined", (*gen).adjustCallbacks},
	{"mitel_smdr", Text, "voip", "Mitel MiVoice Business System Administration Tool help, SMDR record formats (SX-200/SX-2000 SMDR): fixed columns from the long-call flag to the system identifier, Extended Digit Length", (*gen).mitelSMDR},
	{"avaya_cm_cdr", Text, "voip", "Avaya Aura Communication Manager, Call Detail Recording: CDR System Parameters customized record (field names and lengths) and the unformatted record format", (*gen).avayaCDR},
	{"plivo_form", Form, "voip", "Plivo Voice API call status and hangup callback parameters; Plivo Messaging API message status callbacks (form-encoded)", (*gen).plivoForm},
	{"voice_events_json", JSON, "voip", "Vonage Voice API event webhook (from, to, uuid, conversation_uuid, status, direction, timestamp); Bandwidth Messaging API callbacks (message-delivered, message-failed, message-received)", (*gen).voiceEventsJSON},
	{"adobe_hit_data", TSV, "cdn", "Adobe Analytics Export guide: data feed contents (hit_data.tsv, column_headers.tsv, escaped tab, newline and backslash) and the data column reference", (*gen).adobeHitData},
	{"gcs_usage_csv", CSV, "cdn", "Google Cloud Storage: usage logs and storage logs, usage log format (quoted header and values: time_micros, c_ip, cs_uri, s_request_id, cs_operation, cs_bucket, cs_object)", (*gen).gcsUsage},
	{"azure_storage_log", Text, "cdn", "Azure Storage Analytics log format, logging version 2.0 (semicolon-delimited, SAS request URLs, OAuth user-object-id, tenant-id, application-id, audience, issuer, user-principal-name)", (*gen).azureStorageLog},
	{"nps_log", CSV, "netsec", "Microsoft Network Policy Server: Interpret NPS Database Format Log Files (66 fields)", (*gen).npsLog},
	{"openvpn_status", Text, "netsec", "openvpn(8) --status with --status-version 1, 2 and 3 (CLIENT LIST, CLIENT_LIST, ROUTING_TABLE, GLOBAL_STATS); server log lines: peer info IV_HWADDR, auth-user-pass-verify, IPv6 and v4-mapped peers, MULTI_sva, duplicate-cn", (*gen).openvpnStatus},
	{"nac_syslog", Mixed, "netsec", "Cisco ISE syslog messages (CISE_Passed_Authentications 5200, CISE_Failed_Attempts 5400, CISE_RADIUS_Accounting 3000); Aruba ClearPass Policy Manager syslog export of session logs (Common.*, RADIUS.*); NPS SQL Server logging DTS-compliant XML events; NPS Interpret IAS Format Log Files", (*gen).nacSyslog},
	{"cef_leef", Text, "netsec", "ArcSight Common Event Format (CEF) implementation standard: header, extension keys, '=' and '\\' escapes; IBM QRadar LEEF 1.0 and 2.0; Imperva Cloud WAF SIEM logs, Zscaler NSS web feed, Check Point Log Exporter and Microsoft ATA in CEF", (*gen).cefLEEF},
	{"netscaler_syslog", Text, "netsec", "Citrix ADC / NetScaler Gateway syslog messages (ns.log): SSLVPN LOGIN, LOGOUT, HTTPREQUEST, TCPCONNSTAT, ICASTART; AAA LOGIN_FAILED and LOGIN REQ; UI CMD_EXECUTED", (*gen).netscalerLog},
	{"meraki_syslog", Text, "netsec", "Cisco Meraki syslog event types and log samples: flows, urls, events (association, 802.1X, DHCP lease, splash, client and AnyConnect VPN), security_event ids_alerted", (*gen).merakiLog},
	{"kong_json", JSON, "cdn", "Kong Gateway file-log and http-log plugins: the serialised log object (request, querystring, headers, upstream_uri, response, route, service, consumer, authenticated_entity, latencies, tries, client_ip)", (*gen).kongLog},
	{"lighttpd_access", CLF, "cdn", "lighttpd mod_accesslog default accesslog.format (%h %V %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\")", (*gen).lighttpdAccess},
	{"snowplow_enriched", TSV, "app", "Snowplow enriched stream TSV file format (131 fields, no header) and the canonical event model; contexts and unstruct_event self-describing JSON (web_page, submit_form elements)", (*gen).snowplowEnriched},
	{"posthog_braze", JSON, "app", "PostHog event batch export (properties $ip, $current_url, $set, distinct_id, person_properties, elements_chain); Braze Currents message and behavior events (external_user_id, email_address, to_phone_number, message_body)", (*gen).posthogBraze},
	{"redis_monitor", Text, "app", "Redis MONITOR command output and CLIENT LIST reply lines", (*gen).redisMonitor},
	{"clickhouse_logs", Mixed, "app", "ClickHouse system.query_log columns in FORMAT JSONEachRow (quoted 64-bit integers); clickhouse-server.log executeQuery, TCP-Session and exception lines", (*gen).clickhouseLogs},
	{"sql_audit_more", Mixed, "audit", "Azure SQL Database auditing to Event Hubs (SQLSecurityAuditEvents, sys.fn_get_audit_file columns); Apache Cassandra 4 audit logging, FileAuditLogger", (*gen).sqlAuditMore},
	{"auth_user_records", JSON, "app", "Firebase CLI auth:export JSON user records (providerUserInfo, passwordHash, salt); Amazon Cognito AdminGetUser/ListUsers UserType (Attributes Name/Value, identities) and Lambda trigger event common parameters", (*gen).authUserRecords},
	{"whatsapp_cloud_json", JSON, "voip", "WhatsApp Business Platform webhooks, messages field: contacts (profile.name, wa_id), messages (text, location, contacts, button, context), statuses (recipient_id, conversation, pricing)", (*gen).whatsappCloud},
	{"sms_delivery_json", JSON, "voip", "Amazon SNS SMS delivery status logs (DirectPublishToPhoneNumber), as CloudWatch Logs subscription records; AWS End User Messaging SMS events", (*gen).smsDelivery},
	{"cisco_voice_debug", Text, "voip", "Cisco IOS Voice Troubleshooting and Monitoring Guide: debug voip ccapi inout, debug isdn q931; CDR Accounting for Cisco IOS Voice Gateways: gw-accounting syslog VOIP_CALL_HISTORY and VOIP_FEAT_HISTORY", (*gen).ciscoVoiceDebug},
	{"ribbon_sbc_cdr", CSV, "voip", "Ribbon SBC Core accounting: STOP record fields (headerless CSV, protocol variant specific data for SIP quoted)", (*gen).ribbonSTOP},
	{"yate_cdr", TSV, "voip", "Yate cdrfile module (cdrfile.conf: tabs and the comma-separated format): time, billid, chan, address, caller, called, billtime, ringtime, duration, direction, status, reason", (*gen).yateCDR},
	{"duo_json", JSON, "audit", "Duo Admin API: authentication logs (v2), telephony logs (v2) and administrator logs (v1) as a collector writes the objects", (*gen).duoLog},
	{"bank_payouts", Mixed, "app", "Stripe bank account tokens and sources (form bodies in client logs), Wise recipient accounts, GoCardless customer bank accounts, Authorize.Net bankAccount payments", (*gen).bankPayout},
	{"netdev_syslog", Text, "netsec", "Cisco IOS and IOS-XE System Message Guide (SEC-6-IPACCESSLOGP, IPV6_ACL, AUTHMGR, DOT1X, MAB, SESSION_MGR, SW_MATM, PORT_SECURITY, SW_DAI, SEC_LOGIN, PARSER, SYS, LINEPROTO, BGP, OSPF); Junos OS System Log Reference RT_FLOW (standard and structured-data) and UI_LOGIN_EVENT; MikroTik RouterOS log topics (firewall, system account, dhcp, hotspot, ppp, wireless); Sophos Firewall log field reference", (*gen).netdevSyslog},
	{"lb_dns_more", Mixed, "dns", "Azure Application Gateway access log (ApplicationGatewayAccessLog, v2 properties); HAProxy configuration manual 8.2.2, TCP log format (option tcplog); Windows DNS Server analytic events 256 and 257 (Microsoft-Windows-DNSServer/Analytical); BIND 9 ARM logging categories queries (response logging as Infoblox NIOS writes it) and rpz", (*gen).lbDNSMore},
	{"flow_exports", Mixed, "netsec", "nfdump(1) -o long output (IPv6 addr.port); GoFlow2 JSON flow messages (src_addr, src_mac, src_net, sampler_address); pmacct print plugin JSON (mac_src, ip_src, stamp_inserted)", (*gen).flowExports},
	{"pgw_cdr_csv", CSV, "voip", "3GPP TS 32.298 PGW-CDR and SGW-CDR (PGWRecord, SGWRecord field names) as a mediation system's decoded CSV export; TS 29.274 User Location Info; TS 23.003 IMSI, IMEISV", (*gen).pgwCDR},
	{"radacct_csv", CSV, "netsec", "FreeRADIUS rlm_sql radacct table (PostgreSQL and MySQL schemas) exported by psql \\copy CSV HEADER and phpMyAdmin CSV export; GGSN/PGW, Wi-Fi 802.1X with RFC 4186/4187 EAP-SIM/AKA identities, PPPoE", (*gen).radacctRow},
	{"mdm_devices_json", JSON, "app", "Jamf Pro API mobile device detail (ios.network: imei, iccid, eid, MCC/MNC, phoneNumber); Microsoft Graph beta managedDevice with hardwareInformation; Android Management API Device (networkInfo, telephonyInfos)", (*gen).mdmDevice},
	{"number_lookup_json", JSON, "voip", "Twilio Lookup v2 PhoneNumber resource (line_type_intelligence, caller_name, sim_swap); Vonage Number Insight Advanced API; Infobip Number Lookup (HLR) results", (*gen).numberLookup},
	{"asterisk_ari_json", JSON, "voip", "Asterisk REST Interface: Events and Channel data models (StasisStart, ChannelStateChange, ChannelDtmfReceived, ChannelCallerId, ChannelVarset, Dial, ChannelEnteredBridge, ChannelHangupRequest, ChannelDestroyed; caller, connected, dialplan, caller_rdnis, channelvars)", (*gen).asteriskARI},
	{"asterisk_voicemail", Mixed, "voip", "Asterisk app_voicemail message information files (msgNNNN.txt: origmailbox, exten, rdnis, callerchan, callerid, origdate, origtime, msg_id, duration), raw and as Filebeat filestream events", (*gen).asteriskVoicemail},
	{"broadworks_cdr", CSV, "voip", "BroadWorks Accounting Call Detail Record Interface Specification: Normal CDR fields in CSV form (recordId to callingPartyCategory, redirection, userId, otherPartyName), headerless", (*gen).broadworksCDR},
	{"kazoo_cdr_json", JSON, "voip", "2600Hz Kazoo: cdrs API CDR documents (caller_id_*, callee_id_*, other_leg_*, custom_channel_vars, SDP, Gregorian-second timestamps) and channel event webhooks (channel_create, channel_answer, channel_destroy)", (*gen).kazooCDR},
	{"github_audit_json", JSON, "audit", "GitHub Enterprise Cloud audit log (REST API and audit log streaming): actor, actor_ip, actor_location, user, org, repo, Git events, token data (hashed_token, programmatic_access_type), SAML external identities, webhook config", (*gen).githubAudit},
	{"entra_audit_json", JSON, "audit", "Microsoft Graph directoryAudit resource (Entra ID audit logs: initiatedBy, targetResources with modifiedProperties oldValue/newValue, additionalDetails key/value) and the diagnostic settings export (category AuditLogs)", (*gen).entraAuditJSON},
	{"apm_transactions", JSON, "app", "Elastic APM: transaction documents as APM Server stores them (ECS client, source, http.request headers/cookies/body, url, user, labels) and the agents' intake v2 transaction events (context.request.socket, headers, cookies, body, context.user, context.tags)", (*gen).apmTransaction},
	{"webapp_json", JSON, "app", "Spring Boot actuator httpexchanges and auditevents responses; Hasura GraphQL Engine http-log and query-log; pino GraphQL operation lines; Laravel Monolog JsonFormatter with WebProcessor extra and spatie/laravel-activitylog properties; Firebase Analytics BigQuery export rows", (*gen).webappJSON},
	{"ringcentral_calllog_json", JSON, "voip", "RingCentral Call Log API (CallLogRecord, view=Detailed: from/to parties, legs[], recording, message, delegate, telephonySessionId) and telephony session notifications (TelephonySessionsEvent body, parties[], status, sipData)", (*gen).ringCentral},
	{"aircall_dialpad_json", JSON, "voip", "Aircall webhooks (call.created, call.answered, call.ended, call.transferred, call.commented: the call object with raw_digits, user, contact, number, comments) and Dialpad call events (external_number, internal_number, target, contact, proxy_target, entry_point_target)", (*gen).aircallDialpad},
	{"twilio_taskrouter_json", Mixed, "voip", "Twilio TaskRouter: Event Streams events (schema TaskRouter.WDSEvent, task_attributes and worker_attributes as JSON strings) and workspace event callbacks (form-encoded TaskAttributes, WorkerAttributes); Flex task attributes (Send to Flex, WebChat pre_engagement_data, Conversations) and worker attributes (contact_uri identities)", (*gen).taskRouter},
	{"homer_hep_json", JSON, "voip", "heplify-server hep_proto_1_call rows (protocol_header, data_header: callid, cseq, method, ruri_user, from_user, to_user, pid_user, auth_user, contact_user, via, user_agent, diversion; raw) and homer-app's transaction export (srcIp, dstIp, aliasSrc, aliasDst, micro_ts, raw); RFC 3261, RFC 3325, RFC 5806", (*gen).homerHEP},
	{"ims_cscf_log", Text, "voip", "Kamailio IMS P-CSCF/S-CSCF logs (xlog, ims_registrar_pcscf, ims_auth, ims_qos, ims_charging, siptrace); 3GPP TS 24.229 (tel: and user=phone URIs, P-Access-Network-Info, P-Charging-Vector, P-Served-User), TS 23.003 IMPI, RFC 7254 IMEI URN", (*gen).imsCSCF},
	{"msc_cdr_text", Text, "voip", "3GPP TS 32.298 MSC CDRs (MOCallRecord, MTCallRecord, MOSMSRecord, MTSMSRecord) as a decoder's text dump (numbers decoded, or as TS 24.008 BCD octets in hex with the type-of-number octet; TBCD IMSI and IMEI) and a mediation CSV", (*gen).mscCDR},
	{"gcp_lb_json", JSON, "cdn", "Google Cloud Load Balancing and Cloud CDN request logs: LogEntry httpRequest (requestUrl, remoteIp, serverIp, latency, cacheHit, cacheFillBytes), jsonPayload LoadBalancerLogEntry (statusDetails, cacheId, Cloud Armor enforcedSecurityPolicy with rateLimitAction key, securityPolicyRequestData userIpInfo), resource.labels, trace, spanId, insertId", (*gen).gcpLBEntry},
	{"azure_frontdoor_json", JSON, "cdn", "Azure Front Door resource logs via diagnostic settings ({\"records\":[...]}): classic FrontdoorAccessLog, Standard/Premium FrontDoorAccessLog and FrontDoorWebApplicationFirewallLog (details.matches matchVariableName/matchVariableValue, data)", (*gen).afdRecords},
	{"swg_proxy_logs", Text, "netsec", "Cisco Umbrella proxy and DNS logs (S3 export CSV, identities and identity types); Symantec ProxySG main access log (ELFF #Fields, cs-username, cs-auth-group); Zscaler NSS web feed (tab-separated, URL bytes <= 0x20 and >= 0x7F as %HH)", (*gen).swgProxy},
	{"hubspot_klaviyo_json", JSON, "app", "HubSpot webhooks (contact.propertyChange events) and CRM v3 contact objects (properties, propertiesWithHistory, search results); Klaviyo API profiles (attributes, location, properties) and events (Get Events, Create Event)", (*gen).hubspotKlaviyoJSON},
	{"topup_json", JSON, "app", "DT One DVS API transaction object (sender, beneficiary, credit_party_identifier.mobile_number); DingConnect SendTransfer TransferRecord (AccountNumber, ReceiptParams); Reloadly Airtime API top-up response (recipientPhone, senderPhone, operatorTransactionId)", (*gen).topUp},
	{"snowflake_history_csv", CSV, "audit", "Snowflake ACCOUNT_USAGE LOGIN_HISTORY and QUERY_HISTORY views exported as CSV (Snowsight download; COPY INTO @stage with FIELD_OPTIONALLY_ENCLOSED_BY and NULL as \\N)", (*gen).snowflakeHistory},
	{"onesignal_airship_json", JSON, "app", "OneSignal View user API / user export (identity, properties with tags, ip, lat/long, subscriptions[] token by type) and notification event webhooks; Airship Real-Time Data Streaming events (device channel, named_user_id, attributes, identifiers; SEND, OPEN, PUSH_BODY base64 payload, CUSTOM, LOCATION, TAG_CHANGE, IN_APP_MESSAGE_DISPLAY)", (*gen).onesignalAirship},
	{"fcm_apns_logs", Text, "app", "push sends as server libraries log them: firebase-admin Node and Python (send() message names, FirebaseMessagingError codes), FCM HTTP v1 messages:send and its FcmError body, node-apn sent/failed results, Pushy PushNotificationResponse toString, Go apns2 /3/device/<token> and Response %+v", (*gen).fcmAPNSLog},
	{"chime_voice_cdr_json", JSON, "voip", "Amazon Chime SDK Voice Connector CDRs in the CDR bucket (AwsAccountId … Streaming) and SIP media application invocation events (CallDetails, Participants, ActionData CallAndBridge with SipHeaders)", (*gen).chimeCDR},
	{"acme_sbc_cdr", CSV, "voip", "Oracle Communications SBC (Acme Packet) Accounting Guide: local CDR file format and table layouts (Start, Interim, Stop: RADIUS attributes and Acme VSAs in CSV positions; h323 times; flows, QoS, routing number, P-Asserted-Identity, Diversion)", (*gen).acmeSBC},
	{"onepassword_events_json", JSON, "audit", "1Password Events API: signinattempts (target_user, client, location, details), itemusages, auditevents (actor_details, aux_details, aux_info, session)", (*gen).onePasswordEvents},
	{"jumpcloud_insights_json", JSON, "audit", "JumpCloud Directory Insights events: sso_auth, user_login_attempt, radius_auth_attempt, ldap_bind, admin_login_attempt, user_update changes[]; initiated_by, geoip, useragent", (*gen).jumpCloudInsights},
	{"pam_session_syslog", Text, "audit", "CyberArk Vault syslog in CEF (ArcSight translator); BeyondTrust PRA syslog message format (BG: header, field=value; with backslash escapes); BeyondInsight Password Safe Event Forwarder JSON", (*gen).pamSessionSyslog},
	{"vicidial_logs", Mixed, "voip", "VICIdial tables exported (vicidial_log INTO OUTFILE, vicidial_list by mysql -B, recording_log and vicidial_closer_log CSV downloads) and AGENT_API/NON-AGENT_API pipe-delimited responses (add_lead, update_lead, lead_all_info, recording_lookup)", (*gen).vicidialLogs},
	{"branch_deeplink_json", JSON, "app", "Branch webhooks and Data Export events, Event Ontology (name, id, timestamp, user_data with aaid/idfa/idfv/developer_identity/ip/geo, last_attributed_touch_data ~ and $ keys, event_data revenue/currency/transaction_id, content_items, custom_data)", (*gen).branchEvent},
	{"form_builders_json", JSON, "app", "Typeform webhooks and Responses API items (form_response, hidden, definition.fields, typed answers, metadata); Calendly invitee.created/canceled webhooks (payload, questions_and_answers, scheduled_event, tracking); Jotform webhook fields with rawRequest as json_encode wrote it", (*gen).formBuildersJSON},
	{"debezium_cdc_json", JSON, "app", "Debezium MySQL, PostgreSQL and MongoDB connectors, data change events through the JsonConverter (schema and payload, or schemas.enable=false): before/after rows, source (version, connector, ts_ms, db, table, server_id, gtid, file, pos, txId, lsn), op, ts_ms, transaction; MongoDB's after/patch/filter/updateDescription as extended JSON strings; tombstones", (*gen).debeziumEvent},
	{"kafka_connect_logs", Text, "app", "Kafka Connect worker log4j lines with connector.context: KIP-298 error reporting (LogReporter, errors.log.include.messages, DLQ __connect.errors.* headers via kcat), JsonConverter/Jackson echoes, Struct toString, Elasticsearch sink mapper_parsing_exception, JDBC sink BatchUpdateException, config dumps, offsets, rebalances", (*gen).kafkaConnectLog},
	{"genesys_cloud_json", JSON, "voip", "Genesys Cloud CX Analytics API conversation detail records (participants, sessions with ani/dnis tel: and sip: URIs, addressFrom/To, remoteNameDisplayable, callbackNumbers, flow, segments with wrap-up notes, metrics, mediaEndpointStats), v2.detail.events.conversation notification topics, Platform API conversations/calls participants with attributes", (*gen).genesysCloud},
	{"five9_talkdesk_csv", CSV, "voip", "Five9 Call Log report CSV export; Talkdesk Explore Calls report export; NICE CXone contact export (one vendor a stream, header row, notes quoted with doubled quotes)", (*gen).five9TalkdeskCSV},
	{"slack_dropbox_audit_json", JSON, "audit", "Slack Audit Logs API entries; Dropbox Business team_log/get_events TeamEvent (actor, origin.geo_location, context, participants, assets, details); Box enterprise events (created_by, source, additional_details)", (*gen).slackDropboxAudit},
	{"teleport_audit_json", JSON, "audit", "Teleport audit events reference: session.start, user.login (SAML, OIDC, GitHub attributes), exec, db.session.query (db_query, db_query_parameters, MongoDB OpMsg), kube.request, cert.create", (*gen).teleportEvents},
	{"sfmc_tracking_csv", CSV, "app", "Salesforce Marketing Cloud tracking extract files (Sent, Opens, Clicks, Bounces, Unsubs, Subscribers; CSV quoted or TAB, header row; EventDate M/D/YYYY h:mm:ss AM; URL with utm and %%emailaddr%%; BounceReason quoting the recipient)", (*gen).sfmcTrackingCSV},
	{"customerio_iterable_hooks", JSON, "app", "Customer.io reporting webhooks (event_id, object_type, metric, timestamp, data with customer_id, identifiers, delivery_id, recipient(s), href, link_id, failure_message) and Iterable system webhooks (email, eventName, dataFields: profile fields, campaignId, templateId, messageId, ip, userAgent, url; SMS toPhoneNumber/fromPhoneNumber; push deviceTokens)", (*gen).customerioIterableHooks},
	{"osquery_results_json", JSON, "audit", "osquery docs, Logging: results log of the filesystem logger (differential added/removed columns, snapshot arrays, hostIdentifier, calendarTime, unixTime, epoch, counter, numerics, decorations); tables logged_in_users, last, users, shell_history, process_events, processes, socket_events, authorized_keys", (*gen).osqueryResult},
	{"falco_alerts_json", JSON, "audit", "Falco outputs with json_output: time, rule, priority, output (time and priority first, then the rule's output fields), output_fields, hostname, source, tags; default rules' outputs (Terminal shell in container, Read sensitive file untrusted, outbound/inbound connections, Attach/Exec Pod from k8s_audit)", (*gen).falcoAlert},
	{"wazuh_alerts_json", JSON, "audit", "Wazuh alerts.json: timestamp, rule (level, description, id, mitre, groups, pci_dss, gdpr), agent, manager, id, full_log, predecoder, decoder, data (srcip, srcport, srcuser, dstuser, url, id, protocol, win.system and win.eventdata), location, syscheck (path, hashes, uname_after, audit)", (*gen).wazuhAlert},
	{"freeswitch_xml_cdr", Mixed, "voip", "FreeSWITCH mod_xml_cdr documents, one CDR a record, indented or on one line: channel_data, variables URL-encoded (sip_contact_uri, sip_auth_username, effective_caller_id_number, dialed_extension), app_log app_data, callflow caller_profile, times in epoch microseconds", (*gen).freeswitchXMLCDR},
	{"windows_event_xml", Mixed, "audit", "Windows Security events 4624, 4625, 4648, 4740, 4768, 4771, 4776, 5140 rendered as XML: ToXml() and wevtutil quoting, Splunk XmlWinEventLog RenderingInfo with &#13;&#10;&#9; references, Winlogbeat event.original, NXLog xm_xml to_xml()", (*gen).windowsEventXML},
	{"soap_saml_logs", Mixed, "app", "Apache CXF LoggingInInterceptor/LoggingOutInterceptor and ext logging REQ_IN blocks, Spring-WS MessageTracing, WCF message logging E2ETraceEvent; SAML 2.0 Responses at debug (Shibboleth IdP PROTOCOL_MESSAGE, Keycloak, SimpleSAMLphp); nginx with a logged HTTP-POST binding body (SAMLResponse)", (*gen).soapSAMLLog},
	{"rails_php_dumps", Text, "app", "Rails request log entry (Started, Parameters: Hash#inspect, ActiveRecord binds, Completed); Laravel/Monolog lines carrying PHP print_r, var_export, var_dump and serialize() output", (*gen).railsPHPDumps},
	{"http_debug_dumps", Text, "app", "HTTP debug dumps: curl -v trace, Go httputil.DumpRequest (raw and %q), Python http.client debuglevel (send:/reply:/header:), Spring CommonsRequestLoggingFilter After request [...], OkHttp HttpLoggingInterceptor BODY level", (*gen).httpDebugDumps},
	{"exception_traces", Text, "app", "stack traces quoting personal data: Spring/javax.mail SendFailedException and DuplicateKeyException with Caused by and ... N more, Django/psycopg2 UniqueViolation DETAIL, loguru diagnose, Mongoose ValidationError, MongoServerError E11000, EF Core DbUpdateException with Npgsql Exception data", (*gen).exceptionTraces},
	{"shadow_utils_syslog", Mixed, "audit", "shadow-utils and util-linux messages (useradd, usermod, userdel, groupadd/mod/del, gpasswd, chage, passwd, chpasswd, chsh, chfn, login, su), polkitd, pkexec, gdm/lightdm, xrdp, Cockpit, Webmin; RFC 3164, RFC 5424 or journalctl -o json", (*gen).shadowUtilsSyslog},
	{"ftp_server_logs", Mixed, "audit", "vsftpd.log with log_ftp_protocol and syslog_enable; ProFTPD SystemLog, mod_sql/mod_ldap and ExtendedLog (%h %l %u %t \"%r\" %s %b); Pure-FTPd syslog; FileZilla Server 0.9 log; sshd internal-sftp -l INFO", (*gen).ftpServerLogs},
	{"streaming_servers", Mixed, "cdn", "Wowza Streaming Engine access log (W3C-style #Fields, tab-separated, SecureToken query); Icecast 2 access.log and error.log; nginx-rtmp-module access log and SRS log; HLS/DASH requests with Akamai token auth 2.0 and CloudFront signed URLs; coturn turnserver log; Janus VideoRoom and Jitsi Jicofo lines", (*gen).streamingServers},
	{"webmail_collab_logs", Mixed, "audit", "Roundcube logs/userlogins and logs/errors; Zimbra audit.log and mailbox.log (name=, oip=, ua= context); Nextcloud nextcloud.log JSON; Gitea/Forgejo router, sign-in and SSH lines; Mattermost JSON log and Rocket.Chat pino lines", (*gen).webmailCollab},
	{"game_servers", Text, "app", "Minecraft server latest.log (User Authenticator UUID of player, logged in with entity id, chat, GameProfile disconnects, RCON); HL Log Standard 1.03 as Source servers write it (connected, address; say, say_team; killed; SteamID2 and SteamID3); Rust and Valheim dedicated server console logs (SteamID64); FiveM console lines with player identifiers", (*gen).gameServers},
	{"broker_logs", Text, "app", "RabbitMQ logging guide (connection lifecycle: accepting AMQP connection, user authenticated and granted access to vhost, closing, login refused, HTTP access denied, user and permission changes), ActiveMQ Artemis audit loggers (AMQ601xxx user(roles)@addr:port), Mosquitto 2 connection lines, nats-server client errors, Kafka SocketServer failed authentication and kafka.authorizer.logger", (*gen).brokerLogs},
	{"chat_identity_logs", Mixed, "app", "Matrix Synapse request log ({@user:server} Processed request) and handler lines, nginx in front with access_token; Prosody and ejabberd c2s/s2s lines with JIDs; SCIM 2.0 (RFC 7643/7644) service provider request log, User with enterprise extension, PATCH and filter, body as object or string; tac_plus accounting and authentication", (*gen).chatIdentityLogs},
	{"lms_edu_logs", Mixed, "app", "Moodle Logs report CSV download and logstore_standard_log export; IMS LTI 1.1 basic launch parameters (lis_person_*, Canvas custom_canvas_*); LTI 1.3 id_token claims; Canvas authentication audit API; Blackboard Learn REST user object", (*gen).lmsEduLogs},
	{"edi_health_x12", Mixed, "audit", "ASC X12 005010 HIPAA implementation guides: 837P/837I (X222A1, X223A2), 270/271 (X279A1), 835 (X221A1) segments ISA GS ST BHT HL NM1 N3 N4 DMG REF PER SBR PAT CLM HI SV1 TRN EQ EB BPR CLP; one interchange a log line, segment-per-line dumps, Mirth/Rhapsody-like JSON events", (*gen).ediHealthX12},
	{"dicom_headers", Mixed, "audit", "DICOM PS3.6 data dictionary; DCMTK dcmdump output, pydicom Dataset printing, DICOM JSON model (PS3.18 F.2) in a DICOMweb QIDO-RS response", (*gen).dicomHeaders},
}

// pending are formats whose generators are written but whose leaks the
// engine has not closed yet: the ratchet (TestAccuracy) wants 0 leaks, so
// they are scored only on demand (score -pending) until they reach it.
var pending = []Format{
	{"mailchimp_form", Form, "app", "ActiveCampaign webhooks (type, date_time, initiated_by, contact[...] with custom fields by id, campaign, link, deal, note; PHP form encoding) and Mailchimp Marketing webhooks (data[merges] with ADDRESS parts, MMERGE tags, GROUPINGS)", (*gen).mailchimpForm},
	{"marketo_activity_json", Mixed, "app", "Marketo REST API Get Lead Activities (requestId, result[] id, marketoGUID, leadId, activityDate, activityTypeId, primaryAttributeValue, attributes[] name/value: Client IP Address, Query Parameters, Referrer URL, User Agent, Form Fields JSON, Old/New Value); bulk activity export CSV (attributes as JSON in a cell) and bulk lead export CSV", (*gen).marketoActivityJSON},
	{"mail_mime_headers", Text, "audit", "Postfix header_checks(5) WARN/INFO as cleanup logs them and smtpd debug_peer_list; Python smtplib debuglevel (send:/reply: bytes repr); swaks transcript; headers as a Python dict; RFC 5322 mailboxes, groups, comments, Received; RFC 2047 encoded-words (UTF-8, ISO-8859-1, Q and B); DKIM-Signature, ARC-Seal, Message-ID", (*gen).mailMIMEHeaders},
	{"ical_vcard_logs", Mixed, "app", "RFC 5545 (ORGANIZER, ATTENDEE CN/ROLE/PARTSTAT, folding, TEXT escapes) and RFC 6350/2426 vCard (FN, N, TEL, EMAIL, ADR, BDAY) bodies as Nextcloud's JSON log (SabreDAV), Radicale's DEBUG Request content and a sync client's per-line trace log them", (*gen).icalVCardLogs},
	{"ldif_ldap_logs", Text, "audit", "RFC 2849 LDIF and ldapsearch output (base64 :: values, folding); OpenLDAP slapd loglevel stats (ACCEPT, BIND, SRCH, MOD, RESULT); 389 Directory Server access log; Active Directory events 1644 and 2889", (*gen).ldifLDAPLogs},
	{"card_terminal_logs", Mixed, "app", "jPOS Q2 log events (isomsg fields, ProtectedLogListener); ISO 8583 data element dumps; EMV Book 3 data objects in kernel traces (5A, 57, 5F20, 5F24, 4F, 95, 9B, 9F26, 9F36); POS/ECR application logs with PCI DSS masked PANs and ISO 7813 tracks", (*gen).cardTerminalLogs},
	{"access_control_logs", Mixed, "audit", "UniFi Access access.door.unlock webhook; Lenel OnGuard syslog alarms; Genetec Security Center door activity report CSV; Gallagher Command Centre REST events; Brivo events API; Verkada access webhooks; Envoy visitor log export", (*gen).accessControlLogs},
	{"vpn_gateway_logs", Text, "audit", "strongSwan charon syslog (EAP identity, IKE_SA established between, virtual IP, CHILD_SA, RADIUS/XAuth), ocserv (main[user]:addr:port, worker, sec-mod), WireGuard dyndbg, wg show and wg show all dump, Pulse/Ivanti Connect Secure WELF syslog (user, realm, roles, AUTnnnnn/NWCnnnnn msg), SonicWall syslog (usr, src ip:port:if)", (*gen).vpnGatewayLogs},
	{"powershell_sysmon", Mixed, "audit", "PowerShell Operational event 4104 (script block logging) as Winlogbeat ships it; Sysmon event 1 (process creation) as NXLog im_msvistalog to_json() and Winlogbeat's sysmon module (ECS process.args); Start-Transcript -IncludeInvocationHeader transcripts, a line a record", (*gen).powershellSysmon},
	{"macos_unified_log", Text, "app", "macOS log show (default, syslog and compact styles) and /var/log/system.log, install.log: opendirectoryd, authd, SecurityAgent, loginwindow, sshd, sudo, launchd, airportd, mDNSResponder, tccd, installd, apps logging %{public}@ values; <private> masks", (*gen).macosUnifiedLog},
	{"config_mgmt_runs", Text, "app", "ansible-playbook output (TASK, ok/changed with loop items, -vvv SSH and invocation.module_args, no_log markers, PLAY RECAP); puppet agent -t and its syslog (User resources, show_diff); Chef Infra Client resource output and diffs; Salt state.apply highstate and minion log; Terraform plan and apply output", (*gen).configMgmtRuns},
	{"swift_iso20022", Text, "audit", "SWIFT FIN MT103 blocks 1-5 and block 4 fields (:50K:, :50F:, :59:, :70:); ISO 20022 pacs.008 and pain.001 credit transfer elements; UN/EDIFACT PAXLST D05B (IATA/WCO API guidelines: NAD+FL, ATT, DTM+329, NAT, RFF+AVF, DOC+P)", (*gen).swiftISO20022},
}

// IncludePending adds the pending formats to the corpus that Formats,
// FormatByName, Corpus and Default return. For the score command's
// -pending flag; not safe to call while a corpus is being generated.
func IncludePending() {
	for _, p := range pending {
		if _, ok := FormatByName(p.Name); !ok {
			formats = append(formats, p)
		}
	}
}

// FormatByName returns the format with the given name.
func FormatByName(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Corpus returns streams streams of records records each for every format,
// generated from seed.
func Corpus(seed uint64, streams, records int) []Stream {
	var out []Stream
	for fi, f := range formats {
		g := newGen(seed + uint64(fi)*0x1000193)
		for s := 0; s < streams; s++ {
			out = append(out, g.stream(f, s, records))
		}
	}
	return out
}

// Default is the corpus the tests and the score command use: 6 streams of
// 45 records for each format, seed 1.
func Default() []Stream { return Corpus(1, 6, 45) }

// Start is the time of the first record of every stream's generator.
var Start = time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)

type gen struct {
	rng    *rand.Rand
	now    time.Time
	plants []Value
	keeps  []Value
}

func newGen(seed uint64) *gen {
	return &gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), now: Start}
}

func (g *gen) stream(f Format, idx, n int) Stream {
	s := Stream{Format: f.Name, Structure: f.Structure, Records: make([]Record, 0, n+4)}
	st := &streamState{variant: idx, encoded: idx%2 == 1, headerN: n/2 + g.rng.IntN(n/4+1)}
	for len(s.Records) < n {
		g.plants, g.keeps = nil, nil
		g.now = g.now.Add(time.Duration(1+g.rng.IntN(3000)) * time.Millisecond)
		r := f.gen(g, st)
		if !r.Header {
			r.Planted, r.Keep = g.plants, g.keeps
		} else {
			r.Keep = g.keeps
		}
		g.plants, g.keeps = nil, nil
		s.Records = append(s.Records, r)
		st.n++
	}
	return s
}
