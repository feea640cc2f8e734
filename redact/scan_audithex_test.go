package redact

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

// auditHex writes s as the Linux audit system writes a value with a blank
// in it: upper-case hex.
func auditHex(s string) string { return strings.ToUpper(hex.EncodeToString([]byte(s))) }

// Linux audit records redact as a whole: the values auditd writes in hex
// are read back (a login with a blank under acct=, sudo's cmd=, PROCTITLE's
// argv with its NULs, EXECVE's arguments), ENRICHED's account names go,
// and ids, serials, hashes and the hex of text that names no one stay.
func TestAuditLines(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f := redactsTo(t, r)
	f("type=USER_LOGIN msg=audit(1732393201.123:4522): pid=2201 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct="+auditHex("Anna Kovalenko")+" exe=\"/usr/sbin/sshd\" hostname=? addr=203.0.113.45 terminal=ssh res=failed'",
		"type=USER_LOGIN msg=audit(1732393201.123:4522): pid=2201 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct=[name] exe=\"/usr/sbin/sshd\" hostname=? addr=203.0.113.0 terminal=ssh res=failed'")
	f("type=USER_LOGIN msg=audit(1732393201.123:4523): pid=2201 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct="+auditHex("(invalid user)")+" exe=\"/usr/sbin/sshd\" res=failed'",
		"type=USER_LOGIN msg=audit(1732393201.123:4523): pid=2201 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct="+auditHex("(invalid user)")+" exe=\"/usr/sbin/sshd\" res=failed'")
	f("type=USER_CMD msg=audit(1732393202.005:4531): pid=2210 uid=1001 auid=1001 ses=12 msg='cwd=\"/home/ann.lee\" cmd="+auditHex("cat /home/ann.lee/notes.txt")+" exe=\"/usr/bin/sudo\" terminal=pts/0 res=success'\x1dUID=\"root\" AUID=\"ann.lee\"",
		"type=USER_CMD msg=audit(1732393202.005:4531): pid=2210 uid=1001 auid=1001 ses=12 msg='cwd=\"/home/[name]\" cmd=[name] exe=\"/usr/bin/sudo\" terminal=pts/0 res=success'\x1dUID=\"root\" AUID=\"[name]\"")
	f("type=PROCTITLE msg=audit(1732393203.441:4541): proctitle="+auditHex("mysql\x00-u\x00app\x00--password=S3cr3tPassw0rd"),
		"type=PROCTITLE msg=audit(1732393203.441:4541): proctitle=[secret]")
	f("type=EXECVE msg=audit(1732393203.441:4541): argc=3 a0=\"curl\" a1=\"-H\" a2="+auditHex("Authorization: Bearer Tytw8nu0h4Duq0h2rUPBc4NRqsh9LbF8"),
		"type=EXECVE msg=audit(1732393203.441:4541): argc=3 a0=\"curl\" a1=\"-H\" a2=[auth_header]")
	f("type=PROCTITLE msg=audit(1732393203.441:4542): proctitle="+auditHex("curl\x00https://x.example/?email=bob%40example.org"),
		"type=PROCTITLE msg=audit(1732393203.441:4542): proctitle=[email]")
	f("type=SYSCALL msg=audit(1732393203.441:4540): arch=c000003e syscall=59 success=yes exit=0 a0=55d3f2a1c0 a1=55d3f2b2e0 items=2 ppid=2209 pid=2215 auid=1001 uid=1001 comm=\"ssh\" key=\"exec\"\x1dARCH=x86_64 SYSCALL=execve AUID=\"ann.lee\" UID=\"ann.lee\" GID=\"ann.lee\"",
		"type=SYSCALL msg=audit(1732393203.441:4540): arch=c000003e syscall=59 success=yes exit=0 a0=55d3f2a1c0 a1=55d3f2b2e0 items=2 ppid=2209 pid=2215 auid=1001 uid=1001 comm=\"ssh\" key=\"exec\"\x1dARCH=x86_64 SYSCALL=execve AUID=\"[name]\" UID=\"[name]\" GID=\"[name]\"")
	f("type=PROCTITLE msg=audit(1732393203.441:4543): proctitle="+auditHex("systemctl\x00restart\x00nginx.service"),
		"type=PROCTITLE msg=audit(1732393203.441:4543): proctitle="+auditHex("systemctl\x00restart\x00nginx.service"))
	// A cookie's uid is an id, not a login.
	f(`cookie="uid=e7d1f770801e5ec5; theme=dark"`, `cookie="uid=[secret]; theme=dark"`)
	// In JSON, the record as go-audit ships it: each line in "data".
	f(`{"sequence":4540,"messages":[{"type":1327,"data":"proctitle=`+auditHex("ssh\x00ann.lee@203.0.113.45")+`"}]}`,
		`{"sequence":4540,"messages":[{"type":1327,"data":"proctitle=[name]"}]}`)
}

func TestAuditLinesNoAllocs(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	lines := [][]byte{
		[]byte("type=USER_LOGIN msg=audit(1732393201.123:4522): pid=2201 uid=0 msg='op=login acct=" + auditHex("Anna Kovalenko") + " addr=203.0.113.45 res=failed'"),
		[]byte("type=PROCTITLE msg=audit(1732393203.441:4542): proctitle=" + auditHex("curl\x00https://x.example/?email=bob%40example.org")),
		[]byte("type=SYSCALL msg=audit(1732393203.441:4540): a0=55d3f2a1c0 key=\"exec\"\x1dAUID=\"ann.lee\" UID=\"root\""),
		[]byte(`{"messages":[{"type":1327,"data":"proctitle=` + auditHex("ssh\x00ann.lee@203.0.113.45") + `"}]}`),
		[]byte("type=EXECVE msg=audit(1732393203.441:4540): argc=2 a0=\"ssh\" a1=\"ann.lee@203.0.113.45\""),
	}
	var dst []byte
	n := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			dst, _ = r.Redact(dst[:0], l, FormatAuto)
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round, want 0", n)
	}
}

// FuzzAuditHex writes a planted value, with a blank before it, in audit hex
// after a key between fuzzed text: no panic, the hex never survives, and
// redacting twice equals redacting once.
func FuzzAuditHex(f *testing.F) {
	f.Add("type=USER_CMD msg=audit(1732393202.005:4531): pid=2210 msg='cwd=\"/root\"", "exe=\"/usr/bin/sudo\"'", "cmd", uint8(0))
	f.Add("type=PROCTITLE msg=audit(1:2):", "", "proctitle", uint8(1))
	f.Add(`{"k":"`, `"}`, "a1", uint8(2))
	f.Add("", "\x1dUID=\"root\"", "acct", uint8(3))
	r := mustEngine(f, DefaultOptions()).NewRedactor()
	f.Fuzz(func(t *testing.T, prefix, suffix, key string, which uint8) {
		if key == "" || len(key) > 16 || !isAlpha(key[0]) {
			return // audit field names begin with a letter
		}
		for i := 0; i < len(key); i++ {
			if !isAlnum(key[i]) {
				return
			}
		}
		if keyContext([]byte(key)) == ctxVersion {
			return // "v=203.0.113.7": a version by design, in hex too
		}
		plant := plants[int(which)%len(plants)]
		enc := auditHex("x\x00" + plant)
		line := prefix + " " + key + "=" + enc + " " + suffix
		out, err := r.Redact(nil, []byte(line), FormatText)
		if err != nil {
			t.Fatalf("Redact(%q): %v", line, err)
		}
		if bytes.Contains(out, []byte(enc)) {
			t.Fatalf("planted %q in hex survived:\n in %q\nout %q", plant, line, out)
		}
		again, _ := r.Redact(nil, out, FormatText)
		if !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n in %q\nout %q\n2nd %q", line, out, again)
		}
	})
}
