package redact

import (
	"strings"
	"testing"
)

// Cloud providers' audit records redact as a whole: CloudTrail's IAM users
// written as a person's name (also CamelCase in the ARN), assumed-role
// sessions in principalId, assumedRoleId and roleSessionName, while IAM
// unique ids (AIDA…, AROA…), account ids, role names and a Lambda
// function's session stay; Azure's claims keyed by claim URIs.
func TestCloudAuditRecords(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	// An IAM user: the ARN's CamelCase name and userName go, ids stay.
	f(`{"userIdentity":{"type":"IAMUser","principalId":"AIDAJ45Q7YFFAREXAMPLE","arn":"arn:aws:iam::123456789012:user/JaneDoe","accountId":"123456789012","userName":"JaneDoe"}}`,
		`{"userIdentity":{"type":"IAMUser","principalId":"AIDAJ45Q7YFFAREXAMPLE","arn":"arn:aws:iam::123456789012:user/[name]","accountId":"123456789012","userName":"[name]"}}`)
	// CreateUser's response: the new user's unique id under userId stays.
	f(`{"responseElements":{"user":{"path":"/","userName":"jane.doe","userId":"AIDALAJVSFEERNMTHSDVG","arn":"arn:aws:iam::123456789012:user/jane.doe"}}}`,
		`{"responseElements":{"user":{"path":"/","userName":"[name]","userId":"AIDALAJVSFEERNMTHSDVG","arn":"arn:aws:iam::123456789012:user/[name]"}}}`)
	// An IAM user named for a service or a role stays.
	f(`{"arn":"arn:aws:iam::123456789012:user/DeployBot","userName":"DeployBot"}`,
		`{"arn":"arn:aws:iam::123456789012:user/DeployBot","userName":"DeployBot"}`)
	// AssumeRole: the session name in the request, the role id and the ARN.
	f(`{"requestParameters":{"roleArn":"arn:aws:iam::123456789012:role/ReadOnly","roleSessionName":"oliver"},"responseElements":{"assumedRoleUser":{"assumedRoleId":"AROAMMV6Z75JYC2BRYCY3:c.bondarenko","arn":"arn:aws:sts::123456789012:assumed-role/ReadOnly/c.bondarenko"}}}`,
		`{"requestParameters":{"roleArn":"arn:aws:iam::123456789012:role/ReadOnly","roleSessionName":"[name]"},"responseElements":{"assumedRoleUser":{"assumedRoleId":"AROAMMV6Z75JYC2BRYCY3:[name]","arn":"arn:aws:sts::123456789012:assumed-role/ReadOnly/[name]"}}}`)
	// The issuer of a session is a role: its name stays.
	f(`{"sessionIssuer":{"type":"Role","principalId":"AROA5QOSOBQB4MI6547CB","arn":"arn:aws:iam::908421711792:role/OrganizationAccountAccessRole","accountId":"908421711792","userName":"OrganizationAccountAccessRole"}}`,
		`{"sessionIssuer":{"type":"Role","principalId":"AROA5QOSOBQB4MI6547CB","arn":"arn:aws:iam::908421711792:role/OrganizationAccountAccessRole","accountId":"908421711792","userName":"OrganizationAccountAccessRole"}}`)
	// A Lambda function's session: its execution role is named after it.
	f(`{"arn":"arn:aws:sts::123456789012:assumed-role/thumbnail-resizer-role-5cni3yt9/thumbnail-resizer"}`,
		`{"arn":"arn:aws:sts::123456789012:assumed-role/thumbnail-resizer-role-5cni3yt9/thumbnail-resizer"}`)
	// An S3 data event: the object's key is a path, SigV4 a version.
	f(`{"requestParameters":{"bucketName":"acme-uploads","key":"incoming/bdb5195c-779e-43a6-8080-583daae76690.jpg"},"additionalEventData":{"SignatureVersion":"SigV4"}}`,
		`{"requestParameters":{"bucketName":"acme-uploads","key":"incoming/bdb5195c-779e-43a6-8080-583daae76690.jpg"},"additionalEventData":{"SignatureVersion":"SigV4"}}`)
	f(`{"key":"a26e2c9a-4d95-42e9-80fd-d4af293d5312.jpg","token":"Zm9vYmFyYmF6cXV4.abc"}`,
		`{"key":"a26e2c9a-4d95-42e9-80fd-d4af293d5312.jpg","token":"[secret]"}`)
	// A key that is a credential still goes, '/' and all.
	f(`{"key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","api_key":"reports/2026/q4.pdf"}`,
		`{"key":"[secret]","api_key":"reports/2026/q4.pdf"}`)
	// A failed console sign-in hides the name typed; the root user's
	// principal is its account.
	f(`{"userIdentity":{"type":"IAMUser","principalId":"","accountId":"123456789012","accessKeyId":"","userName":"HIDDEN_DUE_TO_SECURITY_REASONS"},"eventName":"ConsoleLogin"}`,
		`{"userIdentity":{"type":"IAMUser","principalId":"","accountId":"123456789012","accessKeyId":"","userName":"HIDDEN_DUE_TO_SECURITY_REASONS"},"eventName":"ConsoleLogin"}`)
	f(`{"userIdentity":{"type":"Root","principalId":"123456789012","arn":"arn:aws:iam::123456789012:root","accountId":"123456789012"}}`,
		`{"userIdentity":{"type":"Root","principalId":"123456789012","arn":"arn:aws:iam::123456789012:root","accountId":"123456789012"}}`)
	// Google Cloud: a service account is a workload's, a user's address goes.
	f(`{"authenticationInfo":{"principalEmail":"deploy@acme-prod-4711.iam.gserviceaccount.com"},"policy":{"bindings":[{"role":"roles/owner","members":["user:ann.lee@example.com","serviceAccount:123456789012-compute@developer.gserviceaccount.com"]}]}}`,
		`{"authenticationInfo":{"principalEmail":"deploy@acme-prod-4711.iam.gserviceaccount.com"},"policy":{"bindings":[{"role":"roles/owner","members":["user:[email]","serviceAccount:123456789012-compute@developer.gserviceaccount.com"]}]}}`)
	f(`mail from ann@notgserviceaccount.com and bob@gserviceaccount.com.example.org`,
		`mail from [email] and [email]`)
	// Azure's sign-in logs name the user under identity.
	f(`{"category":"SignInLogs","callerIpAddress":"203.0.113.7","identity":"Oliver O'Brien","Level":4}`,
		`{"category":"SignInLogs","callerIpAddress":"203.0.113.0","identity":"[name]","Level":4}`)
	// An activity log event's id ends with its time in .NET ticks, no
	// card number (this one passes Luhn and a card's prefix check).
	f(`{"id":"/subscriptions/2f8bbc32-4934-41d3-8f38-1c115fbf058a/events/e70c0bc3-ca33-43f1-804c-12f0bf7859ce/ticks/623506498617251503","note":"/cards/623506498617251503"}`,
		`{"id":"/subscriptions/2f8bbc32-4934-41d3-8f38-1c115fbf058a/events/e70c0bc3-ca33-43f1-804c-12f0bf7859ce/ticks/623506498617251503","note":"/cards/[card]"}`)
	// Azure claims keyed by claim type URIs.
	f(`{"claims":{"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname":"Priya","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname":"Nowak","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress":"priya.nowak@example.com","http://schemas.microsoft.com/identity/claims/tenantid":"15d4ff2b-f4ed-4dfe-9603-77fb239d25ab","http://schemas.microsoft.com/claims/authnmethodsreferences":"pwd,mfa"}}`,
		`{"claims":{"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname":"[name]","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname":"[name]","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress":"[email]","http://schemas.microsoft.com/identity/claims/tenantid":"15d4ff2b-f4ed-4dfe-9603-77fb239d25ab","http://schemas.microsoft.com/claims/authnmethodsreferences":"pwd,mfa"}}`)
}

func TestCloudAuditRecordsNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	recs := [][]byte{
		[]byte(`{"principalId":"AROAMMV6Z75JYC2BRYCY3:c.bondarenko","arn":"arn:aws:iam::123456789012:user/JaneDoe","roleSessionName":"oliver"}`),
		[]byte(`{"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname":"Priya","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname":"Nowak"}`),
	}
	var dst []byte
	n := testing.AllocsPerRun(50, func() {
		for _, rec := range recs {
			dst, _ = r.Redact(dst[:0], rec, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}

func TestCamelLogin(t *testing.T) {
	f := func(v string, want bool) {
		t.Helper()
		if got := accountLogin([]byte(v)); got != want {
			t.Errorf("accountLogin(%q) = %v, want %v", v, got, want)
		}
	}
	f("JaneDoe", true)
	f("FatimaOBrien", true)
	f("MaryAnnLee", true)
	f("DeployBot", false)
	f("ReadOnly", false)
	f("DataAnalyst", false)
	f("OrganizationAccountAccessRole", false)
	f("GitHubActionsDeploy", false)
	f("JohnD", false)
	f("AIDAJ45Q7YFFAREXAMPLE", false)
	f("AROAJTBYI7XCCJVZ4MZPR", false)
}

// cloudShapes are the places cloud audit records put a person's login: the
// fuzzer fills %s.
var cloudShapes = []string{
	`{"arn":"arn:aws:iam::123456789012:user/%s","userName":"x"}`,
	`{"principalId":"AROAJTBYI7XCCJVZ4MZPR:%s","accountId":"123456789012"}`,
	`{"assumedRoleUser":{"assumedRoleId":"AROAMMV6Z75JYC2BRYCY3:%s","arn":"arn:aws:sts::123456789012:assumed-role/ReadOnly/%s"}}`,
	`{"roleSessionName":"%s","roleArn":"arn:aws:iam::123456789012:role/OrganizationAccountAccessRole"}`,
	`{"claims":{"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname":"%s","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname":"%s"}}`,
	`{"requestParameters":{"key":"%s","SignatureVersion":"%s"}}`,
	`{"members":["user:%s@example.com","serviceAccount:%s@p.iam.gserviceaccount.com"]}`,
}

// FuzzCloudAudit: no panic, redacting twice is once, and a person's
// login planted in each shape never survives.
func FuzzCloudAudit(f *testing.F) {
	for i := range cloudShapes {
		f.Add(uint8(i), "JaneDoe")
		f.Add(uint8(i), "incoming/a1.jpg")
	}
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, which uint8, v string) {
		shape := cloudShapes[int(which)%len(cloudShapes)]
		line := strings.ReplaceAll(shape, "%s", v)
		out, err := r.Redact(nil, []byte(line), FormatAuto)
		if err != nil {
			return
		}
		again, err := r.Redact(nil, out, FormatAuto)
		if err != nil || string(again) != string(out) {
			t.Fatalf("%q: once %q, twice %q (%v)", line, out, again, err)
		}
		if strings.HasPrefix(shape, `{"requestParameters"`) || strings.Contains(shape, "gserviceaccount") {
			return // no person's slot: only the properties above
		}
		planted := strings.ReplaceAll(shape, "%s", "KseniiaNowak")
		if got, err := r.Redact(nil, []byte(planted), FormatAuto); err != nil || strings.Contains(string(got), "Kseniia") {
			t.Fatalf("%q: login survived: %q (%v)", planted, got, err)
		}
	})
}
