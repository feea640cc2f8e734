package pipeline

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
	"github.com/twmb/franz-go/pkg/kversion"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

func TestDeadLetterWriteVerdict(t *testing.T) {
	f := func(version int16, ops int32, want writeVerdict) {
		t.Helper()
		if got := deadLetterWriteVerdict(version, ops); got != want {
			t.Errorf("deadLetterWriteVerdict(v%d, %#x) = %d, want %d", version, ops, got, want)
		}
	}
	const describe, write, read = 1 << 8, 1 << aclOpWrite, 1 << 3
	f(8, describe|write|read, writeAllowed)
	f(12, write, writeAllowed)
	f(8, describe|read, writeDenied)
	f(8, 0, writeDenied)
	f(8, math.MinInt32, writeUnknown)  // not asked, or no answer
	f(7, describe|write, writeUnknown) // the field is not in v7
	f(0, 0, writeUnknown)
}

// The dead-letter topic's Write ACL is checked at start without writing to
// it, by asking the broker which operations redactd's principal may do
// (kfake with ACLs enforced, SASL PLAIN). The verdict is cross-checked
// with a real write by the dead-letter writer: it fails exactly when the
// start refuses.
func TestDeadLetterWriteACLCheckedAtStart(t *testing.T) {
	dlqACL := func(op kmsg.ACLOperation) kfake.ACL {
		return kfake.ACL{Resource: kmsg.ACLResourceTypeTopic, Name: "dlq", Pattern: kmsg.ACLResourcePatternTypeLiteral, Operation: op, Allow: true}
	}
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1, "dlq": 1},
		kfake.EnableSASL(), kfake.EnableACLs(),
		kfake.Superuser("PLAIN", "admin", "admin-secret"),
		kfake.User("PLAIN", "reader", "reader-secret", dlqACL(kmsg.ACLOperationDescribe)),
		kfake.User("PLAIN", "writer", "writer-secret", dlqACL(kmsg.ACLOperationDescribe), dlqACL(kmsg.ACLOperationWrite)))
	t.Setenv("REDACTD_TEST_SASL_READER", "reader-secret")
	t.Setenv("REDACTD_TEST_SASL_WRITER", "writer-secret")

	f := func(user string, wantErr bool) {
		t.Helper()
		cfg := testConfig(addr, "g", "in")
		cfg.DeadLetterTopic = "dlq"
		cfg.SASL = SASLConfig{Mechanism: "plain", Username: user, PasswordEnv: "REDACTD_TEST_SASL_" + strings.ToUpper(user)}
		log, logs := faultLog(t)
		p, err := New(cfg, testPolicy(t), newDir(t), WithLogger(log))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		err = p.checkDeadLetter(ctx)
		switch {
		case wantErr && err == nil:
			t.Errorf("%s: the start went on; want an error, as the principal may not write dlq", user)
		case wantErr:
			t.Logf("%s: %v", user, err)
			for _, s := range []string{`dead_letter_topic "dlq"`, "User:" + user, "SASL_PLAINTEXT", addr, "--operation Write"} {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%s: error %q does not name %s", user, err, s)
				}
			}
		case err != nil:
			t.Errorf("%s: %v; want the start to go on", user, err)
		}
		if strings.Contains(logs.String(), "level=WARN") {
			t.Errorf("%s: warnings at the check:\n%s", user, logs)
		}
		// What the broker said is what a dead letter meets.
		wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
		werr := p.dlq.WriteMessages(wctx, kafka.Message{Key: []byte("k"), Value: []byte("{}")})
		wcancel()
		p.dlq.Close()
		var we kafka.WriteErrors
		if errors.As(werr, &we) && len(we) == 1 {
			werr = we[0]
		}
		if denied := errors.Is(werr, kafka.TopicAuthorizationFailed); denied != wantErr || (!denied && werr != nil) {
			t.Errorf("%s: a dead-letter write gave %v, but the check said denied=%v", user, werr, wantErr)
		}
	}
	f("reader", true)
	f("writer", false)

	// Run stops before the group is joined.
	cfg := testConfig(addr, "g", "in")
	cfg.DeadLetterTopic = "dlq"
	cfg.SASL = SASLConfig{Mechanism: "plain", Username: "reader", PasswordEnv: "REDACTD_TEST_SASL_READER"}
	p, err := New(cfg, testPolicy(t), newDir(t), WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := p.Run(ctx); err == nil || !strings.Contains(err.Error(), "may not write it") || p.joined.Load() {
		t.Errorf("Run as a principal that may not write dlq: %v (joined %v); want a start error", err, p.joined.Load())
	}
}

// A broker that does not report authorized operations (Metadata below v8,
// as before Kafka 2.3) gets a warning, and the start goes on.
func TestDeadLetterWriteUnknownWarns(t *testing.T) {
	v := kversion.Stable()
	v.SetMaxKeyVersion(3, 7) // Metadata
	addr, _ := kafkatest.Start(t, map[string]int{"in": 1, "dlq": 1}, kfake.MaxVersions(v))
	cfg := testConfig(addr, "g", "in")
	cfg.DeadLetterTopic = "dlq"
	log, logs := faultLog(t)
	p, err := New(cfg, testPolicy(t), newDir(t), WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := p.checkDeadLetter(ctx); err != nil {
		t.Errorf("checkDeadLetter: %v; want the start to go on", err)
	}
	if l := logs.String(); !strings.Contains(l, "does not report authorized operations") || !strings.Contains(l, "metadata_version=7") {
		t.Errorf("no warning that write permission is unchecked:\n%s", l)
	}
}

// The start error names the principal as brokers do by default: the SASL
// user, else the TLS client certificate's subject, else ANONYMOUS; and
// the kind of listener.
func TestDeadLetterPrincipal(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "redactd", Organization: []string{"Example"}},
		NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	withCert := &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}}}
	f := func(tc *tls.Config, mech, user, wantPrincipal, wantListener string) {
		t.Helper()
		p := &Pipeline{kt: &kafka.Transport{TLS: tc}}
		p.cfg.SASL = SASLConfig{Mechanism: mech, Username: user}
		if principal, listener := p.principal(); principal != wantPrincipal || listener != wantListener {
			t.Errorf("principal() = %q, %q; want %q, %q", principal, listener, wantPrincipal, wantListener)
		}
	}
	f(nil, "", "", "User:ANONYMOUS", "PLAINTEXT")
	f(nil, "scram-sha-512", "redactd", "User:redactd", "SASL_PLAINTEXT")
	f(&tls.Config{}, "plain", "redactd", "User:redactd", "SASL_SSL")
	f(withCert, "plain", "redactd", "User:redactd", "SASL_SSL") // SASL wins over the certificate
	f(withCert, "", "", "User:CN=redactd,O=Example", "SSL")
	f(&tls.Config{}, "", "", "User:ANONYMOUS", "SSL")
}
