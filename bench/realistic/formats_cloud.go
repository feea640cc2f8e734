package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Cloud providers' audit and edge logs, one JSON object a line as their
// log sinks deliver them:
//
//   - AWS CloudTrail records (CloudTrail user guide, CloudTrail record
//     contents and the userIdentity element): eventVersion, userIdentity
//     (type IAMUser with principalId AIDA…, arn, accountId, userName;
//     AssumedRole with principalId "AROA…:session", the assumed-role ARN
//     and sessionContext.sessionIssuer naming the role; Root; AWSService),
//     eventTime, eventSource, eventName, awsRegion, sourceIPAddress (an
//     address, or a service's name), userAgent, requestParameters,
//     responseElements, additionalEventData, requestID, eventID,
//     readOnly, eventType, managementEvent, recipientAccountId,
//     eventCategory, tlsDetails. Events: ConsoleLogin (signin.amazonaws.com,
//     additionalEventData LoginTo/MobileVersion/MFAUsed; a failed login of
//     an unknown name has userName HIDDEN_DUE_TO_SECURITY_REASONS),
//     iam CreateUser and CreateLoginProfile (requestParameters.userName,
//     responseElements.user; or AccessDenied, whose errorMessage names
//     the caller's ARN and the user's), sts AssumeRole (roleSessionName,
//     responseElements.assumedRoleUser), AWS Account PutAlternateContact
//     (name, emailAddress, phoneNumber), SES VerifyEmailIdentity
//     (emailAddress), SNS Subscribe (an sms endpoint's number, an email
//     endpoint's address), and s3 GetObject by a Lambda function's role.
//   - Google Cloud audit logs (Cloud Logging LogEntry with a protoPayload
//     of type google.cloud.audit.AuditLog): authenticationInfo.principalEmail,
//     requestMetadata.callerIp and callerSuppliedUserAgent, methodName,
//     resourceName, authorizationInfo[], SetIamPolicy's request.policy
//     bindings (members "user:…", "serviceAccount:…", "group:…") and
//     serviceData.policyDelta.bindingDeltas, Compute Engine operations
//     whose response names the user; and Cloud Load Balancing / Cloud CDN
//     request logs (LogEntry.httpRequest: requestUrl with its query,
//     remoteIp, referer, userAgent, latency, sizes as strings;
//     jsonPayload LoadBalancerLogEntry; trace and spanId).
//   - Azure Monitor activity log events (the activity log event schema):
//     in even streams as the Activity Log REST API returns them (caller a
//     user principal name, claims keyed by claim URIs, httpRequest with
//     clientIpAddress, eventDataId, correlationId, subscriptionId), in odd
//     ones as diagnostic settings export them to storage (callerIpAddress,
//     identity.claims, identity.authorization.evidence, resultSignature).
//
// Labels: persons' e-mail addresses (principalEmail, caller, UPN and
// e-mail claims, an assumed role's session name, IAM binding members),
// names (given name, surname and name claims, an IAM user written as a
// person's login, an alternate contact's name), phone numbers, client IP
// addresses and session tokens are planted. Account ids, project ids and
// numbers, subscription and tenant ids, role names and role ARNs, service
// principals' names, request, event and correlation ids, UUIDs, access key
// ids' principal ids (AIDA…, AROA…), timestamps, ports, sizes, versions
// and trace ids are look-alikes.

// cloudAccount returns a 12-digit AWS account id.
func (g *gen) cloudAccount() string { return g.num(1, 9) + g.digits(11) }

// awsPrincipalID returns an IAM unique id: a four-letter type prefix
// (AIDA users, AROA roles) and 17 upper-case letters and digits.
func (g *gen) awsPrincipalID(prefix string) string {
	return prefix + g.chars(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
}

var awsRoles = []string{"OrganizationAccountAccessRole", "AWSReservedSSO_AdministratorAccess_0123abcd4567ef89", "DataAnalyst", "ReadOnly", "GitHubActionsDeploy"}

var awsCLIAgents = [][2]string{
	{"aws-cli/2.13.25 Python/3.11.5 Linux/5.10.198-187.748.amzn2.x86_64 exe/x86_64.amzn.2 prompt/off command/iam.create-user", "2.13.25"},
	{"Boto3/1.28.62 md/Botocore#1.31.62 ua/2.0 os/linux#5.15.0-1045-aws md/arch#x86_64 lang/python#3.10.12 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.31.62", "1.31.62"},
	{"aws-sdk-go-v2/1.21.2 os/linux lang/go#1.21.3 md/GOOS#linux md/GOARCH#amd64 api/sts#1.23.2", "1.21.2"},
	{"console.amazonaws.com", ""},
	{"AWS Internal", ""},
}

// ctKeep writes "key":"val" with val kept, its form the whole member so
// that a short or repeated value is checked where it was.
func (g *gen) ctKeep(b []byte, key, cat, val string) []byte {
	b = jkey(b, key)
	b = append(b, '"')
	b = append(b, val...)
	b = append(b, '"')
	g.keepAt(cat, val, `"`+key+`":"`+val+`"`)
	return b
}

func (g *gen) cloudTrail(st *streamState) Record {
	acct := g.cloudAccount()
	first, last := g.name()
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	b = g.js(b, "eventVersion", pick(g, []string{"1.08", "1.09", "1.10"}))
	if g.pct(10) {
		return g.cloudTrailSAML(b, acct, g.email(first, last))
	}
	ev := g.rng.IntN(8)
	// userIdentity.
	b = jo(b, "userIdentity")
	session := ""
	var callerARN, callerName, callerCat, target string
	failed := ev == 0 && g.pct(25)
	switch {
	case failed && g.pct(50):
		// A failed sign-in by a name that is no IAM user's: CloudTrail
		// hides what was typed.
		b = g.js(b, "type", "IAMUser")
		b = g.js(b, "principalId", "")
		b = g.ctKeep(b, "accountId", "account_id", acct)
		b = g.js(b, "accessKeyId", "")
		b = g.ctKeep(b, "userName", "account", "HIDDEN_DUE_TO_SECURITY_REASONS")
		b = append(b, '}')
	case ev == 0 && g.pct(20):
		// The account's root user: its principal is the account.
		b = g.js(b, "type", "Root")
		b = g.ctKeep(b, "principalId", "account_id", acct)
		b = g.jk(b, "arn", "arn", "arn:aws:iam::"+acct+":root")
		b = g.ctKeep(b, "accountId", "account_id", acct)
		b = g.js(b, "accessKeyId", "")
		b = append(b, '}')
	case ev == 7: // a Lambda function's role reading S3.
		fn := pick(g, []string{"thumbnail-resizer", "invoice-export", "etl-nightly"})
		role := fn + "-role-" + g.chars(8, lowerNum)
		b = g.js(b, "type", "AssumedRole")
		pid := g.awsPrincipalID("AROA")
		// The session after the role's id is the function's name, which
		// nothing here tells from a login: only the id is a look-alike.
		b = jkey(b, "principalId")
		b = append(b, '"')
		b = g.keep(b, "hash", pid, pid+":")
		b = append(b, fn+`"`...)
		b = g.jk(b, "arn", "arn", "arn:aws:sts::"+acct+":assumed-role/"+role+"/"+fn)
		b = g.ctKeep(b, "accountId", "account_id", acct)
		b = g.js(b, "accessKeyId", "ASIA"+g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
		b = g.ctxSession(b, acct, pid, role)
		b = append(b, '}')
	case ev == 0 || ev == 1 || g.pct(30):
		// An IAM user written as a person's login.
		login := g.personLogin()
		if g.pct(30) {
			login = first + last // Alice.Smith style: JaneDoe
			login = ascii(login)
		}
		callerARN, callerName, callerCat = "arn:aws:iam::"+acct+":user/"+login, login, "name"
		b = g.js(b, "type", "IAMUser")
		b = g.jk(b, "principalId", "hash", g.awsPrincipalID("AIDA"))
		b = jkey(b, "arn")
		b = append(b, `"arn:aws:iam::`+acct+`:user/`...)
		b = g.plant(b, "name", login, "")
		b = append(b, '"')
		b = g.ctKeep(b, "accountId", "account_id", acct)
		if ev != 0 {
			b = g.js(b, "accessKeyId", "AKIA"+g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
		}
		b = g.jp(b, "userName", "name", login)
		b = append(b, '}')
	default:
		// A federated or SSO user's session named after their address.
		email := g.email(first, last)
		session = email
		role := pick(g, awsRoles)
		callerARN, callerName, callerCat = "arn:aws:sts::"+acct+":assumed-role/"+role+"/"+email, email, "email"
		pid := g.awsPrincipalID("AROA")
		b = g.js(b, "type", "AssumedRole")
		b = jkey(b, "principalId")
		b = append(b, '"')
		b = g.keep(b, "hash", pid, pid+":")
		b = g.plant(b, "email", email, "")
		b = append(b, `","arn":"arn:aws:sts::`...)
		b = g.keep(b, "account_id", acct, acct+":assumed-role/"+role+"/")
		b = g.plant(b, "email", email, "")
		b = append(b, '"')
		b = g.ctKeep(b, "accountId", "account_id", acct)
		b = g.js(b, "accessKeyId", "ASIA"+g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
		b = g.ctxSession(b, acct, pid, role)
		b = append(b, '}')
	}
	b = g.jk(b, "eventTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	src, name := "iam.amazonaws.com", "CreateUser"
	switch ev {
	case 0:
		src, name = "signin.amazonaws.com", "ConsoleLogin"
	case 1:
		src, name = "iam.amazonaws.com", pick(g, []string{"CreateUser", "CreateLoginProfile"})
	case 2:
		src, name = "sts.amazonaws.com", "AssumeRole"
	case 3:
		src, name = "account.amazonaws.com", "PutAlternateContact"
	case 4:
		src, name = "ses.amazonaws.com", "VerifyEmailIdentity"
	case 5:
		src, name = "sns.amazonaws.com", "Subscribe"
	case 6:
		src, name = "iam.amazonaws.com", "CreateUser"
	case 7:
		src, name = "s3.amazonaws.com", "GetObject"
	}
	b = g.js(b, "eventSource", src)
	b = g.js(b, "eventName", name)
	b = g.js(b, "awsRegion", pick(g, []string{"us-east-1", "eu-central-1", "eu-west-2"}))
	if ev == 7 {
		b = g.js(b, "sourceIPAddress", "lambda.amazonaws.com")
		b = g.js(b, "userAgent", "lambda.amazonaws.com")
	} else {
		ip, cat := g.clientIP()
		b = g.jp(b, "sourceIPAddress", cat, ip)
		ua := pick(g, awsCLIAgents)
		if ev == 0 {
			ua = [2]string{pick(g, browserUAs[:5]), ""}
		}
		if ua[1] != "" {
			g.keepAt("version", ua[1])
		}
		b = g.js(b, "userAgent", ua[0])
	}
	// requestParameters, responseElements, additionalEventData.
	switch ev {
	case 0:
		b = append(b, `,"requestParameters":null`...)
		b = jo(b, "responseElements")
		if !failed {
			b = g.js(b, "ConsoleLogin", "Success")
			b = append(b, '}')
		} else {
			b = g.js(b, "ConsoleLogin", "Failure")
			b = append(b, '}')
			b = g.js(b, "errorMessage", "Failed authentication")
		}
		b = jo(b, "additionalEventData")
		b = g.js(b, "LoginTo", "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_us-east-1_"+g.hexID(16))
		b = g.js(b, "MobileVersion", "No")
		b = g.js(b, "MFAUsed", pick(g, []string{"Yes", "No"}))
		b = append(b, '}')
	case 1, 6:
		login := g.personLogin()
		denied := callerARN != "" && g.pct(30)
		if denied {
			target = login
		}
		b = jo(b, "requestParameters")
		b = g.jp(b, "userName", "name", login)
		if denied {
			b = append(b, `},"responseElements":null`...)
			break
		}
		if name == "CreateLoginProfile" {
			b = append(b, `,"passwordResetRequired":true`...)
			b = append(b, "}"...)
			b = jo(b, "responseElements")
			b = jo(b, "loginProfile")
			b = g.jp(b, "userName", "name", login)
			b = g.js(b, "createDate", g.now.UTC().Format("Jan 2, 2006 3:04:05 PM"))
			b = append(b, `,"passwordResetRequired":true}}`...)
			break
		}
		b = ja(b, "tags")
		b = jo(b, "")
		b = g.js(b, "key", "team")
		b = g.js(b, "value", pick(g, []string{"payments", "platform", "data"}))
		b = append(b, "}]}"...)
		b = jo(b, "responseElements")
		b = jo(b, "user")
		b = g.js(b, "path", "/")
		b = g.jp(b, "userName", "name", login)
		b = g.jk(b, "userId", "hash", g.awsPrincipalID("AIDA"))
		b = jkey(b, "arn")
		b = append(b, `"arn:aws:iam::`+acct+`:user/`...)
		b = g.plant(b, "name", login, "")
		b = append(b, '"')
		b = g.js(b, "createDate", g.now.UTC().Format("Jan 2, 2006 3:04:05 PM"))
		b = append(b, "}}"...)
	case 2:
		role := pick(g, awsRoles)
		sess := g.email(first, last)
		if g.pct(40) {
			sess = g.personLogin()
		}
		cat := "email"
		if !strings.Contains(sess, "@") {
			cat = "name"
		}
		b = jo(b, "requestParameters")
		b = g.jk(b, "roleArn", "arn", "arn:aws:iam::"+acct+":role/"+role)
		b = g.jp(b, "roleSessionName", cat, sess)
		b = jn(b, "durationSeconds", "3600")
		b = append(b, '}')
		b = jo(b, "responseElements")
		b = jo(b, "credentials")
		b = g.js(b, "accessKeyId", "ASIA"+g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
		b = g.jp(b, "sessionToken", "secret", "IQoJb3JpZ2luX2VjE"+g.chars(120, base62+"/+"))
		b = g.js(b, "expiration", g.now.UTC().Add(3600e9).Format("Jan 2, 2006, 3:04:05 PM"))
		b = append(b, '}')
		b = jo(b, "assumedRoleUser")
		pid := g.awsPrincipalID("AROA")
		b = jkey(b, "assumedRoleId")
		b = append(b, '"')
		b = g.keep(b, "hash", pid, pid+":")
		b = g.plant(b, cat, sess, "")
		b = append(b, `","arn":"arn:aws:sts::`+acct+`:assumed-role/`+role+`/`...)
		b = g.plant(b, cat, sess, "")
		b = append(b, `"}}`...)
	case 3:
		f2, l2 := g.name()
		b = jo(b, "requestParameters")
		b = g.js(b, "alternateContactType", pick(g, []string{"BILLING", "OPERATIONS", "SECURITY"}))
		b = g.jp(b, "emailAddress", "email", g.email(f2, l2))
		b = g.jp(b, "name", "name", f2+" "+l2)
		b = g.jp(b, "phoneNumber", "phone", g.e164())
		b = g.js(b, "title", pick(g, []string{"Head of Finance", "SRE lead", "CISO"}))
		b = append(b, `},"responseElements":null`...)
	case 4:
		f2, l2 := g.name()
		b = jo(b, "requestParameters")
		b = g.jp(b, "emailAddress", "email", g.email(f2, l2))
		b = append(b, `},"responseElements":null`...)
	case 5:
		topic := "arn:aws:sns:us-east-1:" + acct + ":" + pick(g, []string{"oncall-alerts", "billing-notices"})
		b = jo(b, "requestParameters")
		b = g.jk(b, "topicArn", "arn", topic)
		if g.pct(50) {
			b = g.js(b, "protocol", "sms")
			b = g.jp(b, "endpoint", "phone", g.e164())
		} else {
			f2, l2 := g.name()
			b = g.js(b, "protocol", "email")
			b = g.jp(b, "endpoint", "email", g.email(f2, l2))
		}
		b = append(b, `,"returnSubscriptionArn":true}`...)
		b = jo(b, "responseElements")
		b = g.jk(b, "subscriptionArn", "arn", topic+":"+g.uuid())
		b = append(b, '}')
	case 7:
		b = jo(b, "requestParameters")
		b = g.js(b, "bucketName", "acme-uploads")
		b = g.js(b, "Host", "acme-uploads.s3.us-east-1.amazonaws.com")
		b = g.jk(b, "key", "path", pick(g, []string{"incoming/", "exports/2026/11/", ""})+g.uuid()+pick(g, []string{".jpg", ".csv.gz", ".json"}))
		b = append(b, `},"responseElements":null`...)
		b = jo(b, "additionalEventData")
		b = g.jk(b, "SignatureVersion", "version", "SigV4")
		b = g.js(b, "CipherSuite", "TLS_AES_128_GCM_SHA256")
		b = jn(b, "bytesTransferredIn", "0")
		b = g.js(b, "AuthenticationMethod", "AuthHeader")
		b = g.js(b, "x-amz-id-2", g.chars(76, base62+"/+")+"=")
		n := g.num(10000, 9999999)
		b = append(jcomma(b), `"bytesTransferredOut":`+n...)
		g.keepAt("bytes", n, `"bytesTransferredOut":`+n)
		b = append(b, '}')
	}
	if target != "" {
		// IAM's AccessDenied message names the caller's ARN and the
		// resource's (the user that was to be created).
		b = g.js(b, "errorCode", "AccessDenied")
		g.plantAt(callerCat, callerName)
		g.plantAt("name", target)
		b = g.js(b, "errorMessage", "User: "+callerARN+" is not authorized to perform: iam:"+name+" on resource: arn:aws:iam::"+acct+":user/"+target+" because no identity-based policy allows the iam:"+name+" action")
	}
	if session != "" && ev != 0 && g.pct(30) {
		// Identity Center's onBehalfOf names the directory user by id.
		b = jo(b, "onBehalfOf")
		b = g.jk(b, "userId", "uuid", g.uuid())
		b = g.jk(b, "identityStoreArn", "arn", "arn:aws:identitystore::"+acct+":identitystore/d-"+g.chars(10, "0123456789abcdef"))
		b = append(b, '}')
	}
	if ev != 0 {
		b = g.jk(b, "requestID", "requestid", g.uuid())
	}
	b = g.jk(b, "eventID", "uuid", g.uuid())
	b = append(b, `,"readOnly":`...)
	if ev == 7 {
		b = append(b, "true"...)
	} else {
		b = append(b, "false"...)
	}
	if ev == 0 {
		b = g.js(b, "eventType", "AwsConsoleSignIn")
	} else {
		b = g.js(b, "eventType", "AwsApiCall")
	}
	b = append(b, `,"managementEvent":true`...)
	b = g.ctKeep(b, "recipientAccountId", "account_id", acct)
	b = g.js(b, "eventCategory", "Management")
	if ev != 0 && g.pct(70) {
		b = jo(b, "tlsDetails")
		b = g.js(b, "tlsVersion", "TLSv1.3")
		b = g.js(b, "cipherSuite", "TLS_AES_128_GCM_SHA256")
		b = g.js(b, "clientProvidedHostHeader", strings.TrimSuffix(src, ".amazonaws.com")+".amazonaws.com")
		b = append(b, '}')
	}
	return Record{Line: append(b, '}')}
}

// ctxSession writes the sessionContext of an assumed role: the issuer
// (the role: its name, principal id, ARN and account) and the session's
// attributes.
func (g *gen) ctxSession(b []byte, acct, pid, role string) []byte {
	b = jo(b, "sessionContext")
	b = jo(b, "sessionIssuer")
	b = g.js(b, "type", "Role")
	b = g.jk(b, "principalId", "hash", pid)
	b = g.jk(b, "arn", "arn", "arn:aws:iam::"+acct+":role/"+role)
	b = g.ctKeep(b, "accountId", "account_id", acct)
	b = g.ctKeep(b, "userName", "account", role)
	b = append(b, '}')
	b = jo(b, "attributes")
	b = g.jk(b, "creationDate", "timestamp", g.now.UTC().Add(-900e9).Format("2006-01-02T15:04:05Z"))
	b = g.js(b, "mfaAuthenticated", pick(g, []string{"false", "true"}))
	return append(b, "}}"...)
}

var gcpProjects = []string{"acme-prod-4711", "billing-exports-29", "data-lake-eu"}

var gcloudAgents = [][2]string{
	{"google-cloud-sdk gcloud/456.0.0 command/gcloud.projects.add-iam-policy-binding invocation-id/" + "9f1b2c3d4e5f46a7b8c9d0e1f2a3b4c5" + " environment/None environment-version/None client-os/LINUX client-os-ver/6.5.0 client-pltf-arch/x86_64 interactive/True from-script/False python/3.11.6 term/xterm-256color (Linux 6.5.0-1014-gcp),gzip(gfe)", "456.0.0"},
	{"Terraform/1.6.4 (+https://www.terraform.io) Terraform-Plugin-SDK/2.10.1 terraform-provider-google/5.6.0,gzip(gfe)", "1.6.4"},
	{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36,gzip(gfe)", ""},
}

func (g *gen) gcpAudit(st *streamState) Record {
	project := pick(g, gcpProjects)
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 2000)
	b = append(b, '{')
	if g.pct(35) {
		return g.gcpLB(b, project)
	}
	b = jo(b, "protoPayload")
	b = g.js(b, "@type", "type.googleapis.com/google.cloud.audit.AuditLog")
	b = append(b, `,"status":{}`...)
	b = jo(b, "authenticationInfo")
	if g.pct(30) {
		// A workload's service account (no person's): as principal,
		// and in every other entry the delegation that minted it.
		sa := pick(g, []string{"deploy", "terraform", "cloud-build"}) + "@" + project + ".iam.gserviceaccount.com"
		b = g.jk(b, "principalEmail", "account", sa)
		b = g.jk(b, "principalSubject", "account", "serviceAccount:"+sa)
		if g.pct(50) {
			b = append(b, `,"serviceAccountDelegationInfo":[{"firstPartyPrincipal":{"principalEmail":"`...)
			b = g.keep(b, "account", "service-"+g.digits(12)+"@gcp-sa-cloudbuild.iam.gserviceaccount.com", "")
			b = append(b, `"}}]`...)
		}
	} else {
		b = g.jp(b, "principalEmail", "email", email)
		if g.pct(50) {
			b = jkey(b, "principalSubject")
			b = append(b, `"user:`...)
			b = g.plant(b, "email", email, "")
			b = append(b, '"')
		}
	}
	b = append(b, '}')
	b = jo(b, "requestMetadata")
	ip, cat := g.clientIP()
	b = g.jp(b, "callerIp", cat, ip)
	ua := pick(g, gcloudAgents)
	if ua[1] != "" {
		g.keepAt("version", ua[1])
	}
	b = g.js(b, "callerSuppliedUserAgent", ua[0])
	b = jo(b, "requestAttributes")
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	b = append(b, `,"auth":{}},"destinationAttributes":{}}`...)
	switch g.rng.IntN(3) {
	case 0:
		// SetIamPolicy on a project: the new policy's bindings and the delta.
		b = g.js(b, "serviceName", "cloudresourcemanager.googleapis.com")
		b = g.js(b, "methodName", "SetIamPolicy")
		b = append(b, `,"authorizationInfo":[{"resource":"projects/`+project+`","permission":"resourcemanager.projects.setIamPolicy","granted":true,"resourceAttributes":{}}]`...)
		b = g.js(b, "resourceName", "projects/"+project)
		f2, l2 := g.name()
		member := g.email(f2, l2)
		role := pick(g, []string{"roles/viewer", "roles/editor", "roles/storage.objectViewer", "roles/bigquery.dataViewer"})
		b = jo(b, "serviceData")
		b = g.js(b, "@type", "type.googleapis.com/google.iam.v1.logging.AuditData")
		b = append(b, `,"policyDelta":{"bindingDeltas":[{"action":"ADD","role":"`+role+`","member":"user:`...)
		b = g.plant(b, "email", member, "")
		b = append(b, `"}]}}`...)
		b = jo(b, "request")
		b = g.js(b, "@type", "type.googleapis.com/google.iam.v1.SetIamPolicyRequest")
		b = g.js(b, "resource", project)
		b = append(b, `,"policy":{"bindings":[{"role":"roles/owner","members":["user:`...)
		b = g.plant(b, "email", email, "")
		b = append(b, `"]},{"role":"`+role+`","members":["user:`...)
		b = g.plant(b, "email", member, "")
		b = append(b, `","serviceAccount:`...)
		b = g.keep(b, "account", "deploy@"+project+".iam.gserviceaccount.com", "")
		b = append(b, `","group:platform-admins@example.com"]}]`...)
		b = g.jk(b, "etag", "hash", "BwY"+g.chars(9, b64url)+"=")
		b = append(b, "}}"...)
		b = jo(b, "response")
		b = g.js(b, "@type", "type.googleapis.com/google.iam.v1.Policy")
		b = g.jk(b, "etag", "hash", "BwY"+g.chars(9, b64url)+"=")
		b = append(b, '}')
	case 1:
		// A Compute Engine insert: the operation names its user.
		zone := pick(g, []string{"europe-west3-a", "us-central1-b"})
		vm := "vm-" + g.chars(6, lowerNum)
		b = g.js(b, "serviceName", "compute.googleapis.com")
		b = g.js(b, "methodName", "v1.compute.instances.insert")
		b = g.js(b, "resourceName", "projects/"+project+"/zones/"+zone+"/instances/"+vm)
		b = jo(b, "request")
		b = g.js(b, "@type", "type.googleapis.com/compute.instances.insert")
		b = g.js(b, "name", vm)
		b = g.js(b, "machineType", "zones/"+zone+"/machineTypes/e2-medium")
		b = append(b, '}')
		b = jo(b, "response")
		b = g.js(b, "@type", "type.googleapis.com/operation")
		opID := g.digits(19)
		b = g.ctKeep(b, "id", "requestid", opID)
		b = g.js(b, "name", "operation-"+g.digits(13)+"-"+g.hexID(13)+"-"+g.hexID(8)+"-"+g.hexID(8))
		b = g.js(b, "operationType", "insert")
		b = g.js(b, "status", "RUNNING")
		b = g.jp(b, "user", "email", email)
		b = g.jk(b, "insertTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000-07:00"))
		b = g.js(b, "selfLink", "https://www.googleapis.com/compute/v1/projects/"+project+"/zones/"+zone+"/operations/operation-x")
		b = append(b, '}')
	default:
		// A Cloud Storage data access read.
		b = g.js(b, "serviceName", "storage.googleapis.com")
		b = g.js(b, "methodName", "storage.objects.get")
		b = append(b, `,"authorizationInfo":[{"resource":"projects/_/buckets/`+project+`-exports/objects/daily.csv","permission":"storage.objects.get","granted":true,"resourceAttributes":{}}]`...)
		b = g.js(b, "resourceName", "projects/_/buckets/"+project+"-exports/objects/daily.csv")
		b = append(b, `,"resourceLocation":{"currentLocations":["eu"]}`...)
	}
	b = append(b, '}')
	b = g.jk(b, "insertId", "requestid", g.chars(12, lowerNum))
	b = jo(b, "resource")
	b = g.js(b, "type", "project")
	b = jo(b, "labels")
	b = g.js(b, "project_id", project)
	b = append(b, "}}"...)
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	b = g.js(b, "severity", "NOTICE")
	b = g.js(b, "logName", "projects/"+project+"/logs/cloudaudit.googleapis.com%2Factivity")
	b = g.jk(b, "receiveTimestamp", "timestamp", g.now.UTC().Add(3e8).Format("2006-01-02T15:04:05.000000000Z"))
	return Record{Line: append(b, '}')}
}

// gcpLB writes a Cloud Load Balancing / Cloud CDN request log entry.
func (g *gen) gcpLB(b []byte, project string) Record {
	ip, cat := g.clientIP()
	b = g.jk(b, "insertId", "requestid", g.chars(14, lowerNum))
	b = jo(b, "jsonPayload")
	b = g.js(b, "@type", "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry")
	b = g.js(b, "statusDetails", pick(g, []string{"response_sent_by_backend", "response_from_cache"}))
	b = g.jp(b, "remoteIp", cat, ip)
	b = append(b, `,"cacheDecision":["RESPONSE_HAS_CONTENT_TYPE","CACHE_MODE_USE_ORIGIN_HEADERS"]}`...)
	b = jo(b, "httpRequest")
	b = g.js(b, "requestMethod", "GET")
	first, last := g.name()
	email := g.email(first, last)
	b = jkey(b, "requestUrl")
	b = append(b, `"https://www.example.com`...)
	switch g.rng.IntN(3) {
	case 0:
		b = append(b, "/account/reset?email="...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, "&utm_source=newsletter"...)
	case 1:
		b = append(b, "/api/v2/users?phone="...)
		p := g.e164()
		b = g.plant(b, "phone", p, pctEnc(p, false, false))
	default:
		b = append(b, g.path()...)
	}
	b = append(b, '"')
	rq := g.num(200, 2000)
	g.keepAt("bytes", rq, `"requestSize":"`+rq+`"`)
	b = append(b, `,"requestSize":"`+rq+`"`...)
	b = append(b, `,"status":200`...)
	rs := g.num(300, 900000)
	g.keepAt("bytes", rs, `"responseSize":"`+rs+`"`)
	b = append(b, `,"responseSize":"`+rs+`"`...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "userAgent", ua)
	b = g.jp(b, "remoteIp", cat, ip)
	if g.pct(50) {
		b = jkey(b, "referer")
		b = append(b, `"https://www.example.com/profile?user=`...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, '"')
	}
	b = g.js(b, "serverIp", g.privateIPv4())
	lat := "0.0" + g.digits(5) + "s"
	b = g.jk(b, "latency", "duration", lat)
	b = g.js(b, "protocol", "HTTP/1.1")
	b = append(b, `,"cacheLookup":true,"cacheHit":false}`...)
	b = jo(b, "resource")
	b = g.js(b, "type", "http_load_balancer")
	b = jo(b, "labels")
	b = g.js(b, "forwarding_rule_name", "web-https-rule")
	b = g.js(b, "url_map_name", "web-map")
	b = g.js(b, "backend_service_name", "web-backend")
	b = g.js(b, "zone", "global")
	b = g.js(b, "project_id", project)
	b = append(b, "}}"...)
	b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000Z"))
	b = g.js(b, "severity", "INFO")
	b = g.js(b, "logName", "projects/"+project+"/logs/requests")
	tr := g.hexID(32)
	b = g.jk(b, "trace", "hash", "projects/"+project+"/traces/"+tr)
	b = g.jk(b, "spanId", "hash", g.hexID(16))
	b = g.jk(b, "receiveTimestamp", "timestamp", g.now.UTC().Add(2e9).Format("2006-01-02T15:04:05.000000000Z"))
	return Record{Line: append(b, '}')}
}

const (
	claimXML = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/"
	claimMS  = "http://schemas.microsoft.com/identity/claims/"
)

func (g *gen) azureActivity(st *streamState) Record {
	first, last := g.name()
	upn := strings.ToLower(ascii(first)) + "." + strings.ToLower(ascii(last)) + "@contoso.example.com"
	ip, cat := g.clientIP()
	sub, tenant := g.uuid(), g.uuid()
	rg := pick(g, []string{"rg-web-prod", "rg-data", "NetworkWatcherRG"})
	op := pick(g, [][2]string{
		{"Microsoft.Compute/virtualMachines/write", "virtualMachines/vm-web-01"},
		{"Microsoft.Storage/storageAccounts/listKeys/action", "storageAccounts/acmelogs01"},
		{"Microsoft.Authorization/roleAssignments/write", "roleAssignments/" + g.uuid()},
		{"Microsoft.KeyVault/vaults/write", "vaults/kv-acme-prod"},
	})
	provider := op[0][:strings.IndexByte(op[0], '/')]
	resID := "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/" + provider + "/" + op[1]
	corr := g.uuid()
	claims := func(b []byte) []byte {
		b = jo(b, "claims")
		b = g.js(b, "aud", "https://management.core.windows.net/")
		b = g.js(b, "iss", "https://sts.windows.net/"+tenant+"/")
		iat := g.num(1795400000, 1795499999)
		b = g.jk(b, "iat", "epoch", iat)
		b = g.jk(b, "nbf", "epoch", iat)
		b = g.js(b, "http://schemas.microsoft.com/claims/authnclassreference", "1")
		b = g.js(b, "aio", g.chars(56, b64url))
		b = g.js(b, "http://schemas.microsoft.com/claims/authnmethodsreferences", pick(g, []string{"pwd,mfa", "pwd", "rsa,mfa"}))
		b = g.jk(b, "appid", "uuid", g.uuid())
		b = g.js(b, "appidacr", "0")
		b = g.jp(b, claimXML+"givenname", "name", first)
		b = g.jp(b, claimXML+"surname", "name", last)
		if g.pct(50) {
			e := g.email(first, last)
			b = g.jp(b, claimXML+"emailaddress", "email", e)
		}
		b = g.jp(b, claimXML+"name", "email", upn)
		b = g.jp(b, "ipaddr", cat, ip)
		b = g.jp(b, "name", "name", first+" "+last)
		b = g.jk(b, claimMS+"objectidentifier", "uuid", g.uuid())
		b = g.js(b, "puid", "10032"+strings.ToUpper(g.hexID(11)))
		b = g.js(b, claimMS+"scope", "user_impersonation")
		b = g.js(b, claimXML+"nameidentifier", g.chars(43, b64url))
		b = g.jk(b, claimMS+"tenantid", "uuid", tenant)
		b = g.jp(b, claimXML+"upn", "email", upn)
		b = g.js(b, "uti", g.chars(22, b64url))
		b = g.js(b, "ver", "1.0")
		return append(b, '}')
	}
	b := make([]byte, 0, 3000)
	b = append(b, '{')
	if st.variant%2 == 0 {
		// The Activity Log REST API's EventData.
		b = jo(b, "authorization")
		b = g.js(b, "action", op[0])
		b = g.js(b, "scope", resID)
		b = append(b, '}')
		b = g.jp(b, "caller", "email", upn)
		b = g.js(b, "channels", "Operation")
		b = claims(b)
		b = g.jk(b, "correlationId", "uuid", corr)
		b = append(b, `,"description":""`...)
		b = g.jk(b, "eventDataId", "uuid", g.uuid())
		b = append(b, `,"eventName":{"value":"EndRequest","localizedValue":"End request"}`...)
		b = append(b, `,"category":{"value":"Administrative","localizedValue":"Administrative"}`...)
		b = jo(b, "httpRequest")
		b = g.jk(b, "clientRequestId", "uuid", g.uuid())
		b = g.jp(b, "clientIpAddress", cat, ip)
		b = g.js(b, "method", pick(g, []string{"PUT", "POST", "DELETE"}))
		b = append(b, '}')
		// The event's time in .NET ticks (100 ns since 0001-01-01).
		ticks := strconv.FormatInt(g.now.UnixNano()/100+621355968000000000, 10)
		b = g.jk(b, "id", "hash", resID+"/events/"+g.uuid()+"/ticks/"+ticks)
		b = append(b, `,"level":"Informational"`...)
		b = g.js(b, "resourceGroupName", rg)
		b = append(b, `,"resourceProviderName":{"value":"`+provider+`","localizedValue":"`+provider+`"}`...)
		b = g.js(b, "resourceId", resID)
		b = append(b, `,"operationName":{"value":"`+op[0]+`","localizedValue":"`+op[0]+`"}`...)
		b = append(b, `,"status":{"value":"Succeeded","localizedValue":"Succeeded"},"subStatus":{"value":"OK","localizedValue":"OK (HTTP Status Code: 200)"}`...)
		b = g.jk(b, "eventTimestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
		b = g.jk(b, "submissionTimestamp", "timestamp", g.now.UTC().Add(15e9).Format("2006-01-02T15:04:05.0000000Z"))
		b = g.jk(b, "subscriptionId", "uuid", sub)
		b = g.jk(b, "tenantId", "uuid", tenant)
		return Record{Line: append(b, '}')}
	}
	if g.pct(30) {
		return g.azureSignIn(b, first, last, upn, ip, cat, tenant, corr)
	}
	// Diagnostic settings' export to a storage account (one record).
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
	b = g.js(b, "resourceId", strings.ToUpper(resID))
	b = g.js(b, "operationName", strings.ToUpper(op[0]))
	b = g.js(b, "category", "Administrative")
	b = g.js(b, "resultType", "Success")
	b = g.js(b, "resultSignature", "Succeeded.OK")
	b = g.jk(b, "durationMs", "duration", g.num(10, 9000))
	b = g.jp(b, "callerIpAddress", cat, ip)
	b = g.jk(b, "correlationId", "uuid", corr)
	b = jo(b, "identity")
	b = jo(b, "authorization")
	b = g.js(b, "scope", resID)
	b = g.js(b, "action", op[0])
	b = jo(b, "evidence")
	b = g.js(b, "role", pick(g, []string{"Contributor", "Owner", "Key Vault Administrator"}))
	b = g.js(b, "roleAssignmentScope", "/subscriptions/"+sub)
	b = g.jk(b, "roleAssignmentId", "hash", g.hexID(32))
	b = g.jk(b, "roleDefinitionId", "hash", g.hexID(32))
	b = g.jk(b, "principalId", "hash", g.hexID(32))
	b = g.js(b, "principalType", "User")
	b = append(b, "}}"...)
	b = claims(b)
	b = append(b, '}')
	b = g.js(b, "level", "Information")
	b = g.js(b, "location", "global")
	b = jo(b, "properties")
	b = g.js(b, "statusCode", "OK")
	b = g.jk(b, "serviceRequestId", "uuid", g.uuid())
	b = g.js(b, "eventCategory", "Administrative")
	b = g.js(b, "entity", resID)
	b = g.js(b, "message", op[0])
	b = g.js(b, "hierarchy", tenant+"/"+sub)
	return Record{Line: append(b, "}}"...)}
}

// cloudflareJSON writes a Cloudflare Logpush http_requests record (the
// dataset's fields, RFC 3339 timestamps), with the zone's custom fields in
// every other stream: RequestHeaders and Cookies as objects keyed by the
// lower-case header or cookie name.
func (g *gen) cloudflareJSON(st *streamState) Record {
	ip, cat := g.clientIP()
	first, last := g.name()
	email := g.email(first, last)
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	b = jn(b, "BotScore", g.num(1, 99))
	b = g.js(b, "CacheCacheStatus", pick(g, []string{"hit", "miss", "dynamic", "expired"}))
	b = g.js(b, "ClientCountry", pick(g, []string{"de", "gb", "ua", "us"}))
	b = g.js(b, "ClientDeviceType", pick(g, []string{"desktop", "mobile"}))
	b = g.jp(b, "ClientIP", cat, ip)
	b = g.js(b, "ClientRequestHost", "www.example.com")
	b = g.js(b, "ClientRequestMethod", pick(g, []string{"GET", "POST"}))
	b = g.js(b, "ClientRequestProtocol", "HTTP/2")
	b = jkey(b, "ClientRequestReferer")
	b = append(b, '"')
	if g.pct(40) {
		b = append(b, "https://www.example.com/checkout?email="...)
		b = g.plant(b, "email", email, pctEnc(email, false, g.pct(50)))
	} else {
		b = append(b, "https://www.google.com/"...)
	}
	b = append(b, '"')
	b = jkey(b, "ClientRequestURI")
	b = append(b, '"')
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "/api/v1/profile?user_id="...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, "&lang=en"...)
	case 1:
		b = append(b, "/newsletter/confirm?email="...)
		b = g.plant(b, "email", email, pctEnc(email, false, false))
		b = append(b, "&token="...)
		b = g.plant(b, "secret", g.token(32), "")
	case 2:
		b = append(b, "/callback?phone="...)
		p := g.e164()
		b = g.plant(b, "phone", p, pctEnc(p, false, false))
	default:
		b = append(b, g.path()...)
	}
	b = append(b, '"')
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = g.js(b, "ClientRequestUserAgent", ua)
	b = g.js(b, "ClientSSLProtocol", "TLSv1.3")
	b = jn(b, "ClientSrcPort", g.num(1024, 65535))
	b = g.js(b, "EdgeColoCode", pick(g, []string{"FRA", "LHR", "KBP", "IAD"}))
	b = g.jk(b, "EdgeEndTimestamp", "timestamp", g.now.UTC().Add(4e7).Format("2006-01-02T15:04:05Z"))
	rs := g.num(200, 900000)
	b = jn(b, "EdgeResponseBytes", rs)
	g.keepAt("bytes", rs, `"EdgeResponseBytes":`+rs)
	b = jn(b, "EdgeResponseStatus", "200")
	b = g.jk(b, "EdgeStartTimestamp", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = g.js(b, "OriginIP", g.privateIPv4())
	b = jn(b, "OriginResponseStatus", "200")
	b = g.jk(b, "RayID", "requestid", g.hexID(16))
	b = g.js(b, "SecurityAction", "")
	b = g.js(b, "WAFAttackScore", "")
	if st.variant%2 == 1 {
		b = jo(b, "RequestHeaders")
		if g.pct(50) {
			b = g.jp(b, "authorization", "secret", "Bearer "+g.token(40))
		}
		b = g.jk(b, "x-request-id", "uuid", g.uuid())
		if g.pct(40) {
			b = g.jp(b, "x-user-email", "email", email)
		}
		b = g.js(b, "accept-language", "en-GB,en;q=0.9")
		b = append(b, '}')
		b = jo(b, "Cookies")
		name, val := g.sessionCookie()
		b = g.jp(b, name, "secret", val)
		b = append(b, '}')
	}
	b = g.js(b, "ZoneName", "example.com")
	return Record{Line: append(b, '}')}
}

// vpcFlow writes an Amazon VPC flow log record in the default format
// (version 2): version account-id interface-id srcaddr dstaddr srcport
// dstport protocol packets bytes start end action log-status, blanks
// between, "-" where there is no data (NODATA, SKIPDATA). Traffic between
// a public client and an instance: the client's address is planted, the
// instance's private one left unlabelled.
func (g *gen) vpcFlow(st *streamState) Record {
	if st.variant%3 == 2 {
		return g.vpcFlowV5(st)
	}
	if st.n == 0 && st.variant%2 == 1 {
		// Flow logs delivered to S3 start each file with the field names.
		return Record{Line: []byte("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"), Header: true}
	}
	acct := "123456789010"
	if st.variant%3 == 1 {
		acct = "210987654321"
	}
	eni := "eni-" + g.hexID(17)
	b := make([]byte, 0, 200)
	b = append(b, "2 "...)
	g.keepAt("account_id", acct, "2 "+acct+" ")
	b = append(b, acct+" "...)
	b = g.keep(b, "hash", eni, "")
	b = append(b, ' ')
	start := g.now.Unix()
	end := start + int64(g.rng.IntN(60)+1)
	st0, en := strconv.FormatInt(start, 10), strconv.FormatInt(end, 10)
	if g.pct(8) {
		b = append(b, "- - - - - - - "...)
		b = g.keep(b, "epoch", st0, "")
		b = append(b, ' ')
		b = g.keep(b, "epoch", en, "")
		b = append(b, " - NODATA"...)
		return Record{Line: b}
	}
	pub, cat := g.clientIP()
	priv := "172.31." + g.num(0, 63) + "." + g.num(1, 254)
	if cat == "ipv6" {
		priv = "2001:db8:aaaa:1::" + strconv.FormatUint(uint64(1+g.rng.IntN(0xfffe)), 16)
		// The instance's IPv6 address is public too: AWS gives global
		// addresses; only the documentation prefix tells it apart here.
		g.plantAt("ipv6", priv)
	}
	sp, dp := g.num(1024, 65535), pick(g, []string{"443", "22", "80", "3389", "5432"})
	inbound := g.pct(60)
	if inbound {
		b = g.plant(b, cat, pub, "")
		b = append(b, ' ')
		b = append(b, priv...)
	} else {
		b = append(b, priv...)
		b = append(b, ' ')
		b = g.plant(b, cat, pub, "")
		sp, dp = dp, sp
	}
	proto := pick(g, []string{"6", "6", "17"})
	ports := " " + sp + " " + dp + " " + proto + " "
	g.keepAt("port", sp, ports)
	b = append(b, ports...)
	pk := g.num(1, 900)
	by := strconv.Itoa(atoi(pk) * (40 + g.rng.IntN(1400)))
	g.keepAt("bytes", by, " "+pk+" "+by+" "+st0+" ")
	b = append(b, pk+" "+by+" "...)
	b = g.keep(b, "epoch", st0, "")
	b = append(b, ' ')
	b = g.keep(b, "epoch", en, "")
	b = append(b, ' ')
	b = append(b, pick(g, []string{"ACCEPT", "ACCEPT", "REJECT"})...)
	b = append(b, " OK"...)
	return Record{Line: b}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// proxyQuery writes a request path whose query names a person in one
// request in two: a user_id written as a login, an e-mail address, or an
// access token.
func (g *gen) proxyQuery(b []byte) []byte {
	b = append(b, pick(g, []string{"/api/v1/orders", "/api/v2/profile", "/graphql", "/static/app.js", "/healthz"})...)
	switch g.rng.IntN(6) {
	case 0:
		b = append(b, "?user_id="...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, "&page=2"...)
	case 1:
		f, l := g.name()
		e := g.email(f, l)
		b = append(b, "?email="...)
		b = g.plant(b, "email", e, pctEnc(e, false, false))
	case 2:
		b = append(b, "?access_token="...)
		b = g.plant(b, "secret", g.token(40), "")
	}
	return b
}

var meshServices = []string{"reviews", "ratings", "checkout", "payments", "httpbin"}

// envoyAccess writes Envoy's default access log line in even streams and
// Istio's default text format (1.15 and earlier) in odd ones: at an
// ingress gateway, where X-Forwarded-For and the downstream remote
// address are the client's.
func (g *gen) envoyAccess(st *streamState) Record {
	ip, cat := g.clientIP()
	b := make([]byte, 0, 700)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000Z"), "")
	b = append(b, `] "`...)
	b = append(b, pick(g, []string{"GET ", "POST ", "PUT "})...)
	b = g.proxyQuery(b)
	b = append(b, ` HTTP/1.1" `...)
	code := pick(g, []string{"200", "200", "201", "404", "503"})
	flags := "-"
	if code == "503" {
		flags = "UF"
	}
	rx, tx, dur := g.num(0, 4000), g.num(100, 90000), g.num(1, 900)
	svc := pick(g, meshServices)
	upstream := g.privateIPv4() + ":" + pick(g, []string{"8080", "9080", "80"})
	if st.variant%2 == 1 {
		b = append(b, code+" "+flags+" via_upstream - "+`"-" `...)
	} else {
		b = append(b, code+" "+flags+" "...)
	}
	nums := " " + rx + " " + tx + " " + dur + " "
	g.keepAt("bytes", tx, nums)
	b = append(b, nums[1:]...)
	b = append(b, g.num(1, 900)+` "`...)
	b = g.plant(b, cat, ip, "")
	if g.pct(40) {
		b = append(b, ","...)
		b = append(b, g.privateIPv4()...)
	}
	b = append(b, `" "`...)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	b = append(b, ua...)
	b = append(b, `" "`...)
	b = g.keep(b, "requestid", g.uuid(), "")
	b = append(b, `" "`+svc+`.example.com" "`+upstream+`"`...)
	if st.variant%2 == 1 {
		b = append(b, " outbound|9080||"+svc+".default.svc.cluster.local "...)
		b = append(b, g.privateIPv4()+":"+g.num(30000, 60000)+" "...)
		b = append(b, g.privateIPv4()+":8443 "...)
		port := g.num(1024, 65535)
		if cat == "ipv6" {
			b = append(b, '[')
			b = g.plant(b, cat, ip, "")
			b = append(b, ']')
		} else {
			b = g.plant(b, cat, ip, "")
		}
		b = append(b, ':')
		b = g.keep(b, "port", port, "")
		b = append(b, " "+svc+".example.com default"...)
	}
	return Record{Line: b}
}

// proxyJSON writes a Traefik access log entry in JSON (accessLog.format
// json, headers kept: request_<Header> members) in even streams and a
// Caddy access log entry (http.log.access, request.headers as arrays of
// values, user_id of an authenticated user) in odd ones.
func (g *gen) proxyJSON(st *streamState) Record {
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	cname, cval := g.sessionCookie()
	auth := ""
	if g.pct(50) {
		auth = "Bearer " + g.jwt(g.uuid())
	} else if g.pct(50) {
		login := g.personLogin()
		auth = "Basic " + b64std(login+":"+g.token(12))
	}
	b := make([]byte, 0, 1500)
	b = append(b, '{')
	path := string(g.proxyQuery(nil))
	if st.variant%2 == 0 {
		b = jkey(b, "ClientAddr")
		b = append(b, '"')
		if cat == "ipv6" {
			b = append(b, '[')
		}
		b = g.plant(b, cat, ip, "")
		if cat == "ipv6" {
			b = append(b, ']')
		}
		b = append(b, ":"+port+`"`...)
		b = g.jp(b, "ClientHost", cat, ip)
		b = g.ctKeep(b, "ClientPort", "port", port)
		if g.pct(30) {
			b = g.jp(b, "ClientUsername", "name", g.personLogin())
		} else {
			b = g.js(b, "ClientUsername", "-")
		}
		size := g.num(100, 90000)
		b = jn(b, "DownstreamContentSize", size)
		g.keepAt("bytes", size, `"DownstreamContentSize":`+size)
		b = jn(b, "DownstreamStatus", "200")
		d := g.num(100000, 90000000)
		b = jn(b, "Duration", d)
		g.keepAt("duration", d, `"Duration":`+d)
		b = jn(b, "OriginContentSize", size)
		b = jn(b, "OriginStatus", "200")
		b = g.js(b, "RequestAddr", "app.example.com")
		b = jn(b, "RequestContentSize", "0")
		b = jn(b, "RequestCount", g.num(1, 99999))
		b = g.js(b, "RequestHost", "app.example.com")
		b = g.js(b, "RequestMethod", "GET")
		b = g.js(b, "RequestPath", path)
		b = g.js(b, "RequestPort", "-")
		b = g.js(b, "RequestProtocol", "HTTP/2.0")
		b = g.js(b, "RequestScheme", "https")
		b = jn(b, "RetryAttempts", "0")
		b = g.js(b, "RouterName", "app@docker")
		b = g.js(b, "ServiceAddr", g.privateIPv4()+":8080")
		b = g.js(b, "ServiceName", "app@docker")
		b = g.jk(b, "StartUTC", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.000000000Z"))
		b = g.js(b, "TLSCipher", "TLS_AES_128_GCM_SHA256")
		b = g.js(b, "TLSVersion", "1.3")
		b = g.js(b, "entryPointName", "websecure")
		b = g.js(b, "level", "info")
		b = g.js(b, "msg", "")
		if auth != "" {
			sp := strings.IndexByte(auth, ' ')
			b = jkey(b, "request_Authorization")
			b = append(b, `"`+auth[:sp+1]...)
			b = g.plant(b, "secret", auth[sp+1:], "")
			b = append(b, '"')
		}
		b = jkey(b, "request_Cookie")
		b = append(b, '"')
		b = append(b, cname+"="...)
		b = g.plant(b, "secret", cval, "")
		b = append(b, `; theme=dark"`...)
		b = g.js(b, "request_User-Agent", ua)
		b = g.jp(b, "request_X-Forwarded-For", cat, ip)
		b = g.jk(b, "request_X-Request-Id", "uuid", g.uuid())
		b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
		return Record{Line: append(b, '}')}
	}
	b = g.js(b, "level", "info")
	ts := strconv.FormatInt(g.now.Unix(), 10) + "." + g.digits(6)
	b = jn(b, "ts", ts)
	g.keepAt("epoch", ts)
	b = g.js(b, "logger", "http.log.access.log0")
	b = g.js(b, "msg", "handled request")
	b = jo(b, "request")
	b = g.jp(b, "remote_ip", cat, ip)
	b = g.ctKeep(b, "remote_port", "port", port)
	b = g.jp(b, "client_ip", cat, ip)
	b = g.js(b, "proto", "HTTP/2.0")
	b = g.js(b, "method", "GET")
	b = g.js(b, "host", "app.example.com")
	b = g.js(b, "uri", path)
	b = jo(b, "headers")
	b = ja(b, "User-Agent")
	b = append(b, '"')
	b = append(b, jsonEsc(ua)...)
	b = append(b, `"]`...)
	if auth != "" {
		b = ja(b, "Authorization")
		cred := auth[strings.IndexByte(auth, ' ')+1:]
		g.plantAt("secret", cred)
		b = append(b, `"`+auth+`"]`...)
	}
	b = ja(b, "Cookie")
	b = append(b, '"')
	b = append(b, cname+"="...)
	b = g.plant(b, "secret", cval, "")
	b = append(b, `"]`...)
	b = append(b, `,"Accept":["*/*"]}`...)
	b = append(b, `,"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"app.example.com"}}`...)
	b = jn(b, "bytes_read", "0")
	if g.pct(40) {
		b = g.jp(b, "user_id", "name", g.personLogin())
	} else {
		b = g.js(b, "user_id", "")
	}
	d := "0.00" + g.digits(4)
	b = jn(b, "duration", d)
	g.keepAt("duration", d, `"duration":`+d)
	size := g.num(100, 90000)
	b = jn(b, "size", size)
	g.keepAt("bytes", size, `"size":`+size)
	b = jn(b, "status", "200")
	b = append(b, `,"resp_headers":{"Server":["Caddy"],"Content-Type":["application/json"]}`...)
	return Record{Line: append(b, '}')}
}

func b64std(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// azureSignIn writes an Entra ID sign-in as diagnostic settings export
// it with the activity log (category SignInLogs): the common fields of
// the resource log schema, identity the user's display name, and the
// signIn resource under properties.
func (g *gen) azureSignIn(b []byte, first, last, upn, ip, cat, tenant, corr string) Record {
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000Z"))
	b = g.js(b, "resourceId", "/tenants/"+tenant+"/providers/Microsoft.aadiam")
	b = g.js(b, "operationName", "Sign-in activity")
	b = g.js(b, "operationVersion", "1.0")
	b = g.js(b, "category", "SignInLogs")
	b = g.jk(b, "tenantId", "uuid", tenant)
	b = g.js(b, "resultType", pick(g, []string{"0", "50126", "50074"}))
	b = g.jk(b, "durationMs", "duration", g.num(0, 900))
	b = g.jp(b, "callerIpAddress", cat, ip)
	b = g.jk(b, "correlationId", "uuid", corr)
	b = g.jp(b, "identity", "name", first+" "+last)
	b = jn(b, "Level", "4")
	b = g.js(b, "location", pick(g, []string{"DE", "GB", "UA"}))
	b = jo(b, "properties")
	b = g.jk(b, "id", "uuid", g.uuid())
	b = g.jk(b, "createdDateTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05.0000000+00:00"))
	b = g.jp(b, "userDisplayName", "name", first+" "+last)
	b = g.jp(b, "userPrincipalName", "email", upn)
	b = g.jk(b, "userId", "uuid", g.uuid())
	b = g.jk(b, "appId", "uuid", g.uuid())
	b = g.jk(b, "appDisplayName", "app", pick(g, entraApps))
	b = g.jp(b, "ipAddress", cat, ip)
	b = g.js(b, "clientAppUsed", "Browser")
	b = g.js(b, "userType", "Member")
	b = g.js(b, "authenticationRequirement", pick(g, []string{"singleFactorAuthentication", "multiFactorAuthentication"}))
	b = g.jk(b, "originalRequestId", "uuid", g.uuid())
	b = append(b, `,"isInteractive":true`...)
	b = g.jk(b, "resourceDisplayName", "app", pick(g, entraResources))
	b = g.jk(b, "homeTenantId", "uuid", tenant)
	return Record{Line: append(b, "}}"...)}
}

// cloudTrailSAML writes STS AssumeRoleWithSAML as CloudTrail records it:
// the caller a SAMLUser whose principalId is the SAML name qualifier (a
// base64 hash of issuer, account and provider) and the subject, the
// subject again as userName and in responseElements, the session name
// the identity provider sent.
func (g *gen) cloudTrailSAML(b []byte, acct, subject string) Record {
	nq := g.chars(27, base62+"+/") + "="
	b = jo(b, "userIdentity")
	b = g.js(b, "type", "SAMLUser")
	b = jkey(b, "principalId")
	b = append(b, '"')
	b = g.keep(b, "hash", nq, nq+":")
	b = g.plant(b, "email", subject, "")
	b = append(b, '"')
	b = g.jp(b, "userName", "email", subject)
	b = g.js(b, "identityProvider", "arn:aws:iam::"+acct+":saml-provider/ADFS")
	b = append(b, '}')
	b = g.jk(b, "eventTime", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05Z"))
	b = g.js(b, "eventSource", "sts.amazonaws.com")
	b = g.js(b, "eventName", "AssumeRoleWithSAML")
	b = g.js(b, "awsRegion", "us-east-1")
	ip, cat := g.clientIP()
	b = g.jp(b, "sourceIPAddress", cat, ip)
	b = g.js(b, "userAgent", pick(g, browserUAs[:5]))
	role := pick(g, awsRoles)
	b = jo(b, "requestParameters")
	b = g.jk(b, "sAMLAssertionID", "requestid", "_"+g.uuid())
	b = g.jp(b, "roleSessionName", "email", subject)
	b = g.jk(b, "roleArn", "arn", "arn:aws:iam::"+acct+":role/"+role)
	b = g.jk(b, "principalArn", "arn", "arn:aws:iam::"+acct+":saml-provider/ADFS")
	b = jn(b, "durationSeconds", "3600")
	b = append(b, '}')
	b = jo(b, "responseElements")
	b = g.js(b, "subjectType", "persistent")
	b = g.js(b, "issuer", "http://adfs.example.com/adfs/services/trust")
	b = jo(b, "credentials")
	b = g.js(b, "accessKeyId", "ASIA"+g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
	b = g.jk(b, "expiration", "timestamp", g.now.UTC().Add(3600e9).Format("Jan 2, 2006, 3:04:05 PM"))
	b = append(b, '}')
	b = g.jk(b, "nameQualifier", "hash", nq)
	b = g.js(b, "audience", "https://signin.aws.amazon.com/saml")
	b = g.jp(b, "subject", "email", subject)
	b = jo(b, "assumedRoleUser")
	pid := g.awsPrincipalID("AROA")
	b = jkey(b, "assumedRoleId")
	b = append(b, '"')
	b = g.keep(b, "hash", pid, pid+":")
	b = g.plant(b, "email", subject, "")
	b = append(b, `","arn":"arn:aws:sts::`+acct+`:assumed-role/`+role+`/`...)
	b = g.plant(b, "email", subject, "")
	b = append(b, `"}}`...)
	b = g.jk(b, "requestID", "requestid", g.uuid())
	b = g.jk(b, "eventID", "uuid", g.uuid())
	b = append(b, `,"readOnly":true`...)
	b = g.js(b, "eventType", "AwsApiCall")
	b = append(b, `,"managementEvent":true`...)
	b = g.ctKeep(b, "recipientAccountId", "account_id", acct)
	b = g.js(b, "eventCategory", "Management")
	return Record{Line: append(b, '}')}
}

// vpcFlowV5 writes flow log records in a custom format of version 5
// fields (Amazon VPC user guide, "Available fields"), the field names
// first as in a file delivered to S3: behind a NAT gateway or a load
// balancer, pkt-srcaddr is the client's address where srcaddr is the
// gateway's; flow-direction and traffic-path say which way it went.
func (g *gen) vpcFlowV5(st *streamState) Record {
	if st.n == 0 {
		return Record{Line: []byte("version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status flow-direction traffic-path"), Header: true}
	}
	acct := "123456789010"
	b := make([]byte, 0, 300)
	b = append(b, "5 "...)
	b = g.keep(b, "hash", "vpc-"+g.hexID(17), "")
	b = append(b, ' ')
	b = g.keep(b, "hash", "subnet-"+g.hexID(17), "")
	b = append(b, ' ')
	b = g.keep(b, "hash", "i-"+g.hexID(17), "")
	b = append(b, ' ')
	b = g.keep(b, "hash", "eni-"+g.hexID(17), "")
	b = append(b, " "+acct+" IPv4 "...)
	g.keepAt("account_id", acct, " "+acct+" IPv4 ")
	pub := g.ipv4()
	lb := "10.0." + g.num(0, 255) + "." + g.num(1, 254)
	inst := "10.0." + g.num(0, 255) + "." + g.num(1, 254)
	sp, dp := g.num(1024, 65535), pick(g, []string{"443", "8080", "5001"})
	// Through a load balancer: the packet's source is the client.
	b = append(b, lb+" "+inst+" "...)
	ports := " " + sp + " " + dp + " "
	g.keepAt("port", sp, ports)
	b = append(b, ports[1:]...)
	b = g.plant(b, "ipv4", pub, "")
	b = append(b, " "+inst+" 6 "...)
	by, pk := g.num(40, 900000), g.num(1, 900)
	g.keepAt("bytes", by, " 6 "+by+" "+pk+" ")
	b = append(b, by+" "+pk+" "...)
	start := g.now.Unix()
	b = g.keep(b, "epoch", strconv.FormatInt(start, 10), "")
	b = append(b, ' ')
	b = g.keep(b, "epoch", strconv.FormatInt(start+int64(1+g.rng.IntN(59)), 10), "")
	b = append(b, " ACCEPT "+pick(g, []string{"2", "3", "18", "19"})+" OK ingress -"...)
	return Record{Line: b}
}
