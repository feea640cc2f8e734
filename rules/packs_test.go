package rules

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPacks loads every rule pack, runs its embedded tests and checks the
// retention figures the pack promises (the privacy policies it cites).
func TestPacks(t *testing.T) {
	files, err := filepath.Glob("packs/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".yaml"))
	}
	want := []string{"analytics", "audit", "cdn", "dns", "voip"}
	if !slices.Equal(names, want) || !slices.Equal(PackNames(), want) {
		t.Errorf("packs on disk %v, embedded %v, want %v", names, PackNames(), want)
	}
	days := map[string]map[string]int{
		"cdn":       {"access": 90, "audit": 365, "technical": 30},
		"voip":      {"technical": 30, "call_stats": 183, "billing": 365},
		"dns":       {"dns": 90, "technical": 30},
		"audit":     {"audit": 365, "access": 90, "technical": 30},
		"analytics": {"analytics": 730, "technical": 30},
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			p, err := LoadForTest(f)
			if err != nil {
				t.Fatal(err)
			}
			checkTests(t, p, 5)
			got := map[string]int{}
			for _, c := range p.Classes {
				got[c.Name] = c.Days
			}
			if !maps.Equal(got, days[name]) {
				t.Errorf("classes %v, want %v", got, days[name])
			}
			src, _ := os.ReadFile(f)
			if !strings.Contains(string(src), "seeds/") {
				t.Error("the pack cites no privacy policy")
			}
			// The embedded copy is the file on disk.
			e, err := LoadForTest("pack:" + name)
			if err != nil || e.Version != p.Version {
				t.Errorf("pack:%s: %v (version %v, file %v)", name, err, e, p.Version)
			}
		})
	}
	if _, err := Load("pack:nope"); err == nil || !strings.Contains(err.Error(), `no built-in rule pack "nope" (packs: analytics, audit, cdn, dns, voip)`) {
		t.Errorf("unknown pack: %v", err)
	}
	if _, err := Load("pack:../default"); err == nil {
		t.Error("pack name escaped the packs directory")
	}
}

// TestAuditPackPseudonyms checks the audit pack's expected pseudonyms
// independently: they are HMAC-SHA256 under the public test key, and the
// pack needs the real key from REDACTD_HASH_KEY outside tests.
func TestAuditPackPseudonyms(t *testing.T) {
	p, err := LoadForTest("packs/audit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha256.New, testKey)
	mac.Write([]byte("bob@example.org"))
	pseudonym := testKeyID + ":" + hex.EncodeToString(mac.Sum(nil)[:12])
	found := 0
	for _, tc := range p.Tests() {
		if strings.Contains(tc.In, "bob@example.org") {
			found++
			if !strings.Contains(tc.Out, pseudonym) {
				t.Errorf("line %d: out %q lacks the pseudonym %s", tc.Line, tc.Out, pseudonym)
			}
		}
	}
	if found < 2 {
		t.Errorf("%d tests with bob's address, want 2", found)
	}

	t.Setenv("REDACTD_HASH_KEY", "")
	os.Unsetenv("REDACTD_HASH_KEY")
	if _, err := Load("pack:audit"); err == nil || !strings.Contains(err.Error(), `key hash_key.env: value "REDACTD_HASH_KEY": environment variable is not set`) {
		t.Errorf("audit pack without a key: %v", err)
	}
	t.Setenv("REDACTD_HASH_KEY", "0123456789abcdef0123456789abcdef")
	p, err = Load("pack:audit")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Redact.HashKey) != "0123456789abcdef0123456789abcdef" || p.Redact.HashKeyID != "k1" {
		t.Errorf("audit pack keyed with id %q", p.Redact.HashKeyID)
	}
}
