package realistic

import (
	"strconv"
	"strings"
)

// Host security agents' JSON output: osqueryd's results log (filesystem
// logger), Falco alerts with json_output and Wazuh's alerts.json. Each
// carries the people of the host it watches: logins, GECOS names, the
// addresses they came from, and the command lines they typed, with the
// passwords and tokens those hold, JSON-escaped once (twice where a raw
// line is quoted inside another field).

// edrPiece is a labelled part of a free-text value written JSON-escaped.
type edrPiece struct {
	cat, text string
	keep      bool
	form      string // where the text is glued to an option ("-pS3cret"), the form with it
}

// jtext appends "key":"val" with val JSON-escaped and labels each piece
// in its escaped form.
func (g *gen) jtext(b []byte, key, val string, ps []edrPiece) []byte {
	b = jkey(b, key)
	b = append(b, '"')
	b = append(b, jsonEsc(val)...)
	b = append(b, '"')
	g.edrLabel(ps, jsonEsc)
	return b
}

func (g *gen) edrLabel(ps []edrPiece, enc func(string) string) {
	for _, p := range ps {
		f := p.text
		if p.form != "" {
			f = p.form
		}
		if p.keep {
			g.keepAt(p.cat, p.text, enc(f))
		} else {
			g.plantAt(p.cat, p.text, enc(f))
		}
	}
}

// edrLogin makes a login from a person's name in the shapes sites use.
func (g *gen) edrLogin(first, last string) string {
	f, l := strings.ToLower(ascii(first)), strings.ToLower(ascii(last))
	switch g.rng.IntN(5) {
	case 0:
		return f[:1] + l
	case 1:
		return f + "." + l
	case 2:
		return f
	case 3:
		return f[:1] + "." + l
	}
	return l + f[:1] + g.num(1, 9)
}

// edrPassword returns a password of the shapes people pick or generate.
func (g *gen) edrPassword() string {
	switch g.rng.IntN(3) {
	case 0:
		w := pick(g, []string{"Summer", "Winter", "Dragon", "Monkey", "Kyiv", "Berlin", "Falcon"})
		return w + g.num(1990, 2026) + pick(g, []string{"!", "#", "$", "?"})
	case 1:
		return g.token(16)
	}
	return g.chars(4, "abcdefghijkmnpqrstuvwxyz") + g.digits(2) + pick(g, []string{"*", "_", "!"}) + g.chars(5, base62)
}

// edrCommand returns a command line a person typed and its labelled parts.
func (g *gen) edrCommand(first, last, login string) (string, []edrPiece) {
	pw := g.edrPassword()
	switch g.rng.IntN(14) {
	case 0:
		return "mysql -u admin -p" + pw + " -h db-01 shop", []edrPiece{{"secret", pw, false, "-p" + pw}}
	case 1:
		return "curl -u " + login + ":" + pw + " https://api.example.com/v1/orders", []edrPiece{{"name", login, false, ""}, {"secret", pw, false, ""}}
	case 2:
		tok := g.token(32)
		v := pick(g, []string{"API_KEY", "GITHUB_TOKEN", "STRIPE_SECRET", "AWS_SECRET_ACCESS_KEY", "OPENAI_API_KEY"})
		return "export " + v + "=" + tok, []edrPiece{{"secret", tok, false, ""}}
	case 3:
		return `psql "postgresql://app:` + pw + `@db.internal:5432/orders"`, []edrPiece{{"secret", pw, false, ""}}
	case 4:
		ph := g.phone()
		em := g.email(first, last)
		return `echo "call me back on ` + ph + `" | mail -s urgent ` + em, []edrPiece{{"phone", ph, false, ""}, {"email", em, false, ""}}
	case 5:
		ip, cat := g.clientIP()
		return "ssh " + login + "@" + ip, []edrPiece{{"name", login, false, ""}, {cat, ip, false, ""}}
	case 6:
		em := g.email(first, last)
		return `git config --global user.email "` + em + `"`, []edrPiece{{"email", em, false, ""}}
	case 7:
		n := first + " " + last
		return `git config --global user.name "` + n + `"`, []edrPiece{{"name", n, false, ""}}
	case 8:
		return "htpasswd -b /etc/nginx/.htpasswd " + login + " " + pw, []edrPiece{{"name", login, false, ""}, {"secret", pw, false, ""}}
	case 9:
		return "sshpass -p '" + pw + "' ssh root@bastion-eu", []edrPiece{{"secret", pw, false, ""}}
	case 10:
		tok := "ghp_" + g.token(36)
		return "docker login -u " + login + " -p " + tok + " ghcr.io", []edrPiece{{"name", login, false, ""}, {"secret", tok, false, ""}}
	case 11:
		return "mysqldump --user=backup --password=" + pw + " --all-databases", []edrPiece{{"secret", pw, false, ""}}
	case 12:
		v := pick(g, []string{"1.27.3", "2.4.1", "0.19.0"})
		return "helm upgrade web ./chart --version " + v, []edrPiece{{"version", v, true, ""}}
	}
	return pick(g, []string{"ls -la /var/log", "sudo systemctl restart nginx", "kubectl get pods -n prod", "tail -f /var/log/syslog", "vim /etc/hosts"}), nil
}

// --- osquery ---

var osqCalendarDays = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// osqueryResult writes one line of osqueryd.results.log: a differential
// event (added/removed with columns) or a snapshot event (snapshot array),
// with osquery's own members; every column value a string (numerics false).
func (g *gen) osqueryResult(st *streamState) Record {
	t := g.now.UTC()
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	cal := osqCalendarDays[t.Weekday()] + " " + months[t.Month()-1] + " " + day + " " + two(t.Hour()) + ":" + two(t.Minute()) + ":" + two(t.Second()) + " " + strconv.Itoa(t.Year()) + " UTC"
	unix := strconv.FormatInt(t.Unix(), 10)
	host := pick(g, []string{"web-01.example.com", "db-02", "build-agent-7", "ip-10-0-3-17.ec2.internal"})
	first, last := g.name()
	login := g.edrLogin(first, last)
	query := pick(g, []string{"logged_in_users", "last", "users", "shell_history", "process_events", "processes", "socket_events", "authorized_keys"})
	snapshot := query == "users" || query == "authorized_keys" || query == "processes" && g.pct(50)

	row := func(b []byte) []byte {
		b = append(b, '{')
		switch query {
		case "logged_in_users", "last":
			ip, cat := g.clientIP()
			tty := "pts/" + g.num(0, 9)
			if query == "last" {
				b = g.jp(b, "username", "name", login)
				b = g.js(b, "tty", tty)
				b = g.jk(b, "pid", "counter", g.num(900, 65000))
				b = g.js(b, "type", "7")
				b = g.js(b, "type_name", "user-process")
				b = g.jk(b, "time", "epoch", strconv.FormatInt(t.Unix()-int64(g.rng.IntN(90000)), 10))
				b = g.jp(b, "host", cat, ip)
				break
			}
			b = g.js(b, "type", "user")
			b = g.jp(b, "user", "name", login)
			b = g.js(b, "tty", tty)
			if g.pct(15) {
				b = g.js(b, "host", "")
			} else {
				b = g.jp(b, "host", cat, ip)
			}
			b = g.jk(b, "time", "epoch", strconv.FormatInt(t.Unix()-int64(g.rng.IntN(9000)), 10))
			b = g.jk(b, "pid", "counter", g.num(900, 65000))
		case "users":
			uid := g.num(1000, 1999)
			b = g.jk(b, "uid", "counter", uid)
			b = g.js(b, "gid", uid)
			b = g.js(b, "uid_signed", uid)
			b = g.js(b, "gid_signed", uid)
			b = g.jp(b, "username", "name", login)
			full := first + " " + last
			ps := []edrPiece{{"name", full, false, ""}}
			gecos := full + ",,,"
			if g.pct(40) {
				ph := g.phone()
				room := g.num(1, 5) + "." + g.num(10, 40)
				gecos = full + "," + room + "," + ph + ","
				ps = append(ps, edrPiece{"phone", ph, false, ""})
			}
			b = g.jtext(b, "description", gecos, ps)
			b = g.jtext(b, "directory", "/home/"+login, []edrPiece{{"name", login, false, ""}})
			b = g.js(b, "shell", pick(g, []string{"/bin/bash", "/usr/bin/zsh", "/bin/sh"}))
			b = g.js(b, "uuid", "")
		case "authorized_keys":
			uid := g.num(1000, 1999)
			b = g.jk(b, "uid", "counter", uid)
			b = g.js(b, "algorithm", "ssh-ed25519")
			// The public key identifies a key pair, not a person outside
			// the key's own hosts: either outcome is acceptable.
			b = g.js(b, "key", "AAAAC3NzaC1lZDI1NTE5AAAAI"+g.chars(43, base62))
			b = g.js(b, "options", "")
			var ps []edrPiece
			c := login + "@" + pick(g, []string{"laptop", "workstation", "MacBook-Pro.local"})
			ps = append(ps, edrPiece{"name", login, false, ""})
			if g.pct(30) {
				em := g.email(first, last)
				c = em
				ps = []edrPiece{{"email", em, false, ""}}
			}
			b = g.jtext(b, "comment", c, ps)
			b = g.jtext(b, "key_file", "/home/"+login+"/.ssh/authorized_keys", []edrPiece{{"name", login, false, ""}})
		case "shell_history":
			uid := g.num(1000, 1999)
			b = g.jk(b, "uid", "counter", uid)
			b = g.jk(b, "time", "epoch", strconv.FormatInt(t.Unix()-int64(g.rng.IntN(90000)), 10))
			cmd, ps := g.edrCommand(first, last, login)
			b = g.jtext(b, "command", cmd, ps)
			b = g.jtext(b, "history_file", "/home/"+login+"/"+pick(g, []string{".bash_history", ".zsh_history"}), []edrPiece{{"name", login, false, ""}})
		case "process_events", "processes":
			cmd, ps := g.edrCommand(first, last, login)
			exe := "/usr/bin/" + strings.Fields(cmd)[0]
			pid := g.num(900, 65000)
			b = g.jk(b, "pid", "counter", pid)
			if query == "processes" {
				b = g.js(b, "name", strings.Fields(cmd)[0])
			}
			b = g.js(b, "path", exe)
			b = g.jtext(b, "cmdline", cmd, ps)
			b = g.jtext(b, "cwd", "/home/"+login+"/src", []edrPiece{{"name", login, false, ""}})
			b = g.jk(b, "uid", "counter", g.num(1000, 1999))
			if query == "process_events" {
				b = g.js(b, "auid", "1000")
				b = g.jk(b, "time", "epoch", unix)
				b = g.js(b, "syscall", "execve")
			}
			b = g.js(b, "parent", g.num(300, 900))
		case "socket_events":
			ip, cat := g.clientIP()
			local, fam := g.privateIPv4(), "2"
			if cat == "ipv6" {
				local, fam = "fd00:10:0:3::"+g.num(2, 99), "10"
			}
			b = g.js(b, "action", "connect")
			b = g.jk(b, "pid", "counter", g.num(900, 65000))
			b = g.js(b, "fd", g.num(3, 40))
			b = g.js(b, "path", "/usr/bin/curl")
			b = g.js(b, "family", fam)
			b = g.js(b, "protocol", "6")
			// The host's own interface address: either outcome is acceptable.
			b = g.js(b, "local_address", local)
			b = g.jp(b, "remote_address", cat, ip)
			b = g.jk(b, "local_port", "port", g.num(32768, 60999))
			b = g.jk(b, "remote_port", "port", pick(g, []string{"443", "8443", "5432"}))
			b = g.jk(b, "time", "epoch", unix)
			b = g.js(b, "success", "1")
		}
		return append(b, '}')
	}

	b := make([]byte, 0, 900)
	b = append(b, '{')
	pack := pick(g, []string{"pack_incident-response_", "pack_it-compliance_", "pack_osquery-monitoring_", ""})
	b = g.js(b, "name", pack+query)
	if strings.HasPrefix(host, "ip-") {
		// EC2's name carries the instance's private address, as the
		// agent's own address does: either outcome is acceptable.
		b = g.js(b, "hostIdentifier", host)
	} else {
		b = g.jk(b, "hostIdentifier", "lookalike", host)
	}
	b = g.jk(b, "calendarTime", "timestamp", cal)
	b = jn(b, "unixTime", unix)
	g.keepAt("epoch", unix, `"unixTime":`+unix)
	b = jn(b, "epoch", "0")
	ctr := g.num(0, 4000)
	b = jn(b, "counter", ctr)
	b = append(b, `,"numerics":false`...)
	b = jo(b, "decorations")
	b = g.jk(b, "host_uuid", "uuid", strings.ToUpper(g.uuid()))
	if g.pct(60) {
		// osquery's sample decorator: the last user to log in.
		df, dl := g.name()
		b = g.jp(b, "username", "name", g.edrLogin(df, dl))
	}
	b = append(b, '}')
	if snapshot {
		b = ja(b, "snapshot")
		for i, n := 0, 1+g.rng.IntN(3); i < n; i++ {
			if i > 0 {
				b = append(b, ',')
				first, last = g.name()
				login = g.edrLogin(first, last)
			}
			b = row(b)
		}
		b = append(b, ']')
		b = g.js(b, "action", "snapshot")
	} else {
		b = jkey(b, "columns")
		b = row(b)
		b = g.js(b, "action", pick(g, []string{"added", "added", "added", "removed"}))
	}
	b = append(b, '}')
	return Record{Line: b}
}

// --- Falco ---

// falcoAlert writes one Falco alert with json_output: the rendered output
// sentence (time and priority first, then the rule's output fields) and
// the same fields again under output_fields.
func (g *gen) falcoAlert(st *streamState) Record {
	t := g.now.UTC()
	ns := strconv.Itoa(t.Nanosecond()/1000) + g.digits(3)
	for len(ns) < 9 {
		ns = "0" + ns
	}
	clock := two(t.Hour()) + ":" + two(t.Minute()) + ":" + two(t.Second()) + "." + ns
	iso := t.Format("2006-01-02T15:04:05") + "." + ns + "Z"
	evt := strconv.FormatInt(t.Unix(), 10) + ns
	first, last := g.name()
	login := g.edrLogin(first, last)
	cid := g.hexID(12)
	img := pick(g, []string{"docker.io/library/nginx", "ghcr.io/acme/checkout", "quay.io/prometheus/node-exporter", "registry.example.com/shop/api"})
	pod := pick(g, []string{"checkout", "api", "web", "worker"}) + "-" + g.chars(9, "bcdfghjklmnpqrstvwxz2456789") + "-" + g.chars(5, "bcdfghjklmnpqrstvwxz2456789")
	ns8 := pick(g, []string{"prod", "default", "payments"})
	host := pick(g, []string{"ip-10-0-4-21", "node-7", "gke-prod-pool-1-8f3a", "worker-03"})

	var out strings.Builder
	var ps []edrPiece // labels of the rendered output (escaped once)
	type field struct{ k, v string }
	var fs []field
	rule, prio := "", ""
	var tags []string
	source := "syscall"
	b := make([]byte, 0, 1400)

	switch g.rng.IntN(5) {
	case 0: // a shell in a container, run by an operator's session
		rule, prio = "Terminal shell in container", "Notice"
		cmd, cps := g.edrCommand(first, last, login)
		cmd = "bash -c " + cmd
		luid := pick(g, []string{"-1", "1001", "1002"})
		out.WriteString("A shell was spawned in a container with an attached terminal (evt_type=execve user=root user_uid=0 user_loginuid=" + luid + " process=bash proc_exepath=/usr/bin/bash parent=runc command=" + cmd + " terminal=34816 exe_flags=EXE_WRITABLE container_id=" + cid + " container_image=" + img + " container_image_tag=1.25 container_name=k8s_" + pod + " k8s_ns=" + ns8 + " k8s_pod_name=" + pod + ")")
		ps = append(ps, cps...)
		fs = []field{{"container.id", cid}, {"container.image.repository", img}, {"container.image.tag", "1.25"}, {"container.name", "k8s_" + pod}, {"evt.type", "execve"}, {"k8s.ns.name", ns8}, {"k8s.pod.name", pod}, {"proc.cmdline", cmd}, {"proc.exepath", "/usr/bin/bash"}, {"proc.name", "bash"}, {"proc.pname", "runc"}, {"proc.tty", "34816"}, {"user.loginuid", luid}, {"user.name", "root"}, {"user.uid", "0"}}
		tags = []string{"T1059", "container", "maturity_stable", "mitre_execution", "shell"}
	case 1: // an outbound or inbound connection
		ip, cat := g.clientIP()
		local := g.privateIPv4()
		rp, lp := pick(g, []string{"443", "4444", "6667", "8080"}), g.num(32768, 60999)
		conn := local + ":" + lp + "->" + ip + ":" + rp
		fmtIP := ip
		if cat == "ipv6" {
			fmtIP = "[" + ip + "]"
			local = "fd00:10:0:3::" + g.num(2, 99)
			conn = local + ":" + lp + "->" + ip + ":" + rp
		}
		inbound := g.pct(40)
		if inbound {
			rule, prio = "Inbound SSH Connection", "Notice"
			conn = ip + ":" + lp + "->" + local + ":22"
			out.WriteString("Inbound SSH connection (user=" + login + " user_loginuid=-1 command=sshd -D connection=" + conn + " container_id=host image=<NA>)")
			ps = append(ps, edrPiece{"name", login, false, ""})
			fs = []field{{"container.id", "host"}, {"container.image.repository", "<NA>"}, {"fd.name", conn}, {"proc.cmdline", "sshd -D"}, {"user.loginuid", "-1"}, {"user.name", login}}
			tags = []string{"network", "mitre_remote_service"}
		} else {
			rule, prio = "Unexpected outbound connection destination", "Warning"
			out.WriteString("Disallowed outbound connection destination (command=curl -s https://" + fmtIP + "/x.sh connection=" + conn + " user=root user_loginuid=-1 container_id=" + cid + " image=" + img + ")")
			fs = []field{{"container.id", cid}, {"container.image.repository", img}, {"fd.name", conn}, {"fd.rip", ip}, {"fd.rport", rp}, {"proc.cmdline", "curl -s https://" + fmtIP + "/x.sh"}, {"user.loginuid", "-1"}, {"user.name", "root"}}
			tags = []string{"T1041", "container", "mitre_exfiltration", "network"}
		}
		ps = append(ps, edrPiece{cat, ip, false, ""}, edrPiece{"port", lp, true, ""})
	case 2: // a person reading credentials on the host
		rule, prio = "Read sensitive file untrusted", "Warning"
		file := pick(g, []string{"/etc/shadow", "/home/" + login + "/.ssh/id_rsa", "/home/" + login + "/.aws/credentials"})
		uid := g.num(1000, 1999)
		cmd := "cat " + file
		out.WriteString("Sensitive file opened for reading by non-trusted program (file=" + file + " gparent=sshd ggparent=systemd gggparent=<NA> evt_type=openat user=" + login + " user_uid=" + uid + " user_loginuid=" + uid + " process=cat proc_exepath=/usr/bin/cat parent=bash command=" + cmd + " terminal=34817 container_id=host container_name=host)")
		ps = append(ps, edrPiece{"name", login, false, ""})
		fs = []field{{"container.id", "host"}, {"container.name", "host"}, {"evt.type", "openat"}, {"fd.name", file}, {"proc.aname[2]", "sshd"}, {"proc.cmdline", cmd}, {"proc.name", "cat"}, {"proc.pname", "bash"}, {"user.loginuid", uid}, {"user.name", login}, {"user.uid", uid}}
		tags = []string{"T1555", "filesystem", "host", "mitre_credential_access"}
		g.keepAt("counter", uid, "user_uid="+uid)
	case 3: // a password on a command line run under sudo
		rule, prio = "Sudo Potential Privilege Escalation", "Critical"
		cmd, cps := g.edrCommand(first, last, login)
		uid := g.num(1000, 1999)
		out.WriteString("Privilege escalation vulnerability affecting sudo (<= 1.9.5p2) (user=root parent=sudo cmdline=sudo " + cmd + " file=<NA> user_loginuid=" + uid + " k8s.ns=<NA> k8s.pod=<NA> container=host)")
		ps = append(ps, cps...)
		fs = []field{{"container.id", "host"}, {"fd.name", "<NA>"}, {"proc.cmdline", "sudo " + cmd}, {"proc.pname", "sudo"}, {"user.loginuid", uid}, {"user.name", "root"}}
		tags = []string{"filesystem", "mitre_privilege_escalation"}
	case 4: // k8s audit: a person execs into a pod
		source = "k8s_audit"
		rule, prio = "Attach/Exec Pod", "Notice"
		em := g.email(first, last)
		cmd := pick(g, []string{"/bin/sh", "bash", "psql -U app orders"})
		out.WriteString("Attach/Exec to pod (user=" + em + " pod=" + pod + " resource=pods ns=" + ns8 + " action=exec command=" + cmd + ")")
		ps = append(ps, edrPiece{"email", em, false, ""})
		fs = []field{{"ka.target.name", pod}, {"ka.target.namespace", ns8}, {"ka.target.resource", "pods"}, {"ka.target.subresource", "exec"}, {"ka.uri.param[command]", cmd}, {"ka.user.name", em}}
		tags = []string{"k8s_audit"}
	}
	b = append(b, '{')
	b = g.jk(b, "hostname", "lookalike", host)
	line := clock + ": " + prio + " " + out.String()
	b = g.jtext(b, "output", line, ps)
	g.keepAt("timestamp", clock, clock)
	b = jo(b, "output_fields")
	if source == "syscall" {
		b = jn(b, "evt.time", evt)
		g.keepAt("epoch", evt)
	}
	for _, f := range fs {
		switch f.k {
		case "proc.tty", "user.loginuid", "user.uid", "fd.rport":
			b = jn(b, f.k, f.v)
		case "k8s.pod.name", "container.image.repository", "container.name", "proc.name", "proc.pname", "k8s.ns.name":
			b = g.jf(b, f.k, kept, "lookalike", f.v, nil)
		default:
			b = g.jf(b, f.k, plain, "", f.v, nil)
		}
	}
	b = append(b, '}')
	b = g.js(b, "priority", prio)
	b = g.jk(b, "rule", "lookalike", rule)
	b = g.js(b, "source", source)
	b = append(ja(b, "tags"), '"')
	b = append(b, strings.Join(tags, `","`)...)
	b = append(b, `"]`...)
	b = g.jk(b, "time", "timestamp", iso)
	b = append(b, '}')
	if strings.Contains(string(b), cid) {
		g.keepAt("hash", cid, cid)
	}
	return Record{Line: b}
}

// --- Wazuh ---

var wazuhAgents = []struct{ id, name string }{{"001", "web-01"}, {"002", "db-01"}, {"003", "bastion"}, {"007", "WIN-DC01"}}

// wazuhAlert writes one line of /var/ossec/logs/alerts/alerts.json: rule,
// agent, manager, decoder, the raw line as full_log (JSON-escaped), the
// decoded data, location; syscheck for file integrity events and the
// eventchannel members for Windows.
func (g *gen) wazuhAlert(st *streamState) Record {
	t := g.now.UTC()
	ts := t.Format("2006-01-02T15:04:05.000") + "+0000"
	first, last := g.name()
	login := g.edrLogin(first, last)
	ip, cat := g.clientIP()
	ag := pick(g, wazuhAgents)
	day := strconv.Itoa(t.Day())
	if len(day) == 1 {
		day = " " + day
	}
	sysT := months[t.Month()-1] + " " + day + " " + two(t.Hour()) + ":" + two(t.Minute()) + ":" + two(t.Second())
	b := make([]byte, 0, 1600)
	b = append(b, '{')
	b = g.jk(b, "timestamp", "timestamp", ts)
	rule := func(level, desc, id string, groups []string, mitre string) {
		b = jo(b, "rule")
		b = jn(b, "level", level)
		b = g.jk(b, "description", "lookalike", desc)
		b = g.jk(b, "id", "lookalike", id)
		if mitre != "" {
			b = append(b, `,"mitre":`+mitre...)
		}
		b = jn(b, "firedtimes", g.num(1, 300))
		b = append(b, `,"mail":false`...)
		b = append(ja(b, "groups"), '"')
		b = append(b, strings.Join(groups, `","`)...)
		b = append(b, `"],"pci_dss":["10.2.4","10.2.5"],"gdpr":["IV_35.7.d","IV_32.2"]}`...)
	}
	agent := func() {
		b = jo(b, "agent")
		b = g.js(b, "id", ag.id)
		b = g.jk(b, "name", "lookalike", ag.name)
		// The monitored server's own address: either outcome is acceptable.
		b = g.js(b, "ip", "10.0.2."+g.num(10, 60))
		b = append(b, '}')
		b = append(b, `,"manager":{"name":"wazuh-manager"}`...)
		id := strconv.FormatInt(t.Unix(), 10) + "." + g.num(1000, 9999999)
		b = g.jk(b, "id", "uniqueid", id)
	}
	sshMitre := `{"id":["T1110.001","T1021.004"],"tactic":["Credential Access","Lateral Movement"],"technique":["Password Guessing","SSH"]}`
	switch g.rng.IntN(5) {
	case 0: // sshd
		port := g.num(1024, 65535)
		var full string
		var data func()
		var ps []edrPiece
		switch g.rng.IntN(3) {
		case 0:
			rule("5", "sshd: authentication failed.", "5716", []string{"syslog", "sshd", "authentication_failed"}, sshMitre)
			full = sysT + " " + ag.name + " sshd[" + g.num(300, 99999) + "]: Failed password for " + login + " from " + ip + " port " + port + " ssh2"
			data = func() { b = g.jp(b, "dstuser", "name", login) }
		case 1:
			rule("3", "sshd: authentication success.", "5715", []string{"syslog", "sshd", "authentication_success"}, `{"id":["T1078","T1021"],"tactic":["Defense Evasion","Persistence","Privilege Escalation","Initial Access","Lateral Movement"],"technique":["Valid Accounts","Remote Services"]}`)
			fp := "SHA256:" + g.chars(43, b64url[:62]+"+/")
			full = sysT + " " + ag.name + " sshd[" + g.num(300, 99999) + "]: Accepted publickey for " + login + " from " + ip + " port " + port + " ssh2: ED25519 " + fp
			ps = append(ps, edrPiece{"hash", fp, true, ""})
			data = func() { b = g.jp(b, "dstuser", "name", login) }
		default:
			rule("5", "sshd: Attempt to login using a non-existent user", "5710", []string{"syslog", "sshd", "authentication_failed", "invalid_login"}, sshMitre)
			full = sysT + " " + ag.name + " sshd[" + g.num(300, 99999) + "]: Invalid user " + login + " from " + ip + " port " + port
			data = func() { b = g.jp(b, "srcuser", "name", login) }
		}
		agent()
		b = g.jtext(b, "full_log", full, append(ps, edrPiece{"name", login, false, ""}, edrPiece{cat, ip, false, ""}))
		b = append(b, `,"predecoder":{"program_name":"sshd"`...)
		b = g.jk(b, "timestamp", "timestamp", sysT)
		b = g.jk(b, "hostname", "lookalike", ag.name)
		b = append(b, `},"decoder":{"parent":"sshd","name":"sshd"}`...)
		b = jo(b, "data")
		b = g.jp(b, "srcip", cat, ip)
		b = g.jk(b, "srcport", "port", port)
		data()
		b = append(b, '}')
		b = g.js(b, "location", "/var/log/auth.log")
	case 1: // sudo
		cmd, ps := g.edrCommand(first, last, login)
		cmd = "/usr/bin/" + cmd
		rule("3", "Successful sudo to ROOT executed.", "5402", []string{"syslog", "sudo"}, `{"id":["T1548.003"],"tactic":["Privilege Escalation","Defense Evasion"],"technique":["Sudo and Sudo Caching"]}`)
		agent()
		pwd := "/home/" + login
		full := sysT + " " + ag.name + " sudo: " + login + " : TTY=pts/" + g.num(0, 9) + " ; PWD=" + pwd + " ; USER=root ; COMMAND=" + cmd
		b = g.jtext(b, "full_log", full, append(ps, edrPiece{"name", login, false, ""}))
		b = append(b, `,"predecoder":{"program_name":"sudo"`...)
		b = g.jk(b, "timestamp", "timestamp", sysT)
		b = g.jk(b, "hostname", "lookalike", ag.name)
		b = append(b, `},"decoder":{"parent":"sudo","name":"sudo","ftscomment":"First time user executed the sudo command"}`...)
		b = jo(b, "data")
		b = g.jp(b, "srcuser", "name", login)
		b = g.js(b, "dstuser", "root")
		b = g.js(b, "tty", "pts/0")
		b = g.jtext(b, "pwd", pwd, []edrPiece{{"name", login, false, ""}})
		b = g.jtext(b, "command", cmd, ps)
		b = append(b, '}')
		b = g.js(b, "location", "journald")
	case 2: // Windows logon failure from eventchannel
		rule("5", "Logon Failure - Unknown user or bad password", "60122", []string{"windows", "windows_security", "win_authentication_failed"}, `{"id":["T1078"],"tactic":["Defense Evasion","Persistence","Privilege Escalation","Initial Access"],"technique":["Valid Accounts"]}`)
		agent()
		b = append(b, `,"decoder":{"name":"windows_eventchannel"}`...)
		b = jo(b, "data")
		b = jo(b, "win")
		b = jo(b, "system")
		b = g.js(b, "providerName", "Microsoft-Windows-Security-Auditing")
		b = g.js(b, "eventID", "4625")
		b = g.js(b, "level", "0")
		b = g.jk(b, "eventRecordID", "counter", g.num(100000, 9999999))
		b = g.js(b, "computer", "WIN-DC01.corp.example.com")
		ws := "DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
		wport := g.num(49152, 65535)
		msg := "\"An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t" + login + "\r\n\tAccount Domain:\t\tCORP\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\t" + ws + "\r\n\tSource Network Address:\t" + ip + "\r\n\tSource Port:\t\t" + wport + "\""
		b = g.jtext(b, "message", msg, []edrPiece{{"name", login, false, ""}, {cat, ip, false, ""}})
		b = append(b, '}')
		b = jo(b, "eventdata")
		b = g.js(b, "subjectUserSid", "S-1-0-0")
		b = g.js(b, "targetUserSid", "S-1-0-0")
		b = g.jp(b, "targetUserName", "name", login)
		b = g.js(b, "targetDomainName", "CORP")
		b = g.js(b, "status", "0xc000006d")
		b = g.js(b, "subStatus", "0xc000006a")
		b = g.js(b, "logonType", "3")
		b = g.js(b, "logonProcessName", "NtLmSsp")
		// A generated machine name: either outcome is acceptable.
		b = g.js(b, "workstationName", ws)
		b = g.jp(b, "ipAddress", cat, ip)
		b = g.jk(b, "ipPort", "port", wport)
		b = append(b, "}}}"...)
		b = g.js(b, "location", "EventChannel")
	case 3: // web access log
		em := g.email(first, last)
		url := "/account/reset?email=" + pctEnc(em, false, false) + "&ref=mail"
		status := pick(g, []string{"400", "401", "403", "404"})
		ua, ver := g.ua()
		rule("5", "Web server 400 error code.", "31101", []string{"web", "accesslog", "attack"}, "")
		agent()
		full := ip + " - - [" + g.clfTime() + "] \"GET " + url + " HTTP/1.1\" " + status + " " + g.num(200, 9000) + " \"-\" \"" + ua + "\""
		b = g.jtext(b, "full_log", full, []edrPiece{{cat, ip, false, ""}})
		g.plantAt("email", em, pctEnc(em, false, false))
		if ver != "" {
			g.keepAt("version", ver)
		}
		b = append(b, `,"decoder":{"name":"web-accesslog"}`...)
		b = jo(b, "data")
		b = g.js(b, "protocol", "GET")
		b = g.jp(b, "srcip", cat, ip)
		b = g.jk(b, "id", "status", status)
		b = g.js(b, "url", url)
		b = append(b, '}')
		b = g.js(b, "location", "/var/log/nginx/access.log")
	default: // file integrity monitoring
		rule("7", "Integrity checksum changed.", "550", []string{"ossec", "syscheck", "syscheck_entry_modified", "syscheck_file"}, `{"id":["T1565.001"],"tactic":["Impact"],"technique":["Stored Data Manipulation"]}`)
		agent()
		path := "/home/" + login + "/" + pick(g, []string{".ssh/authorized_keys", ".bashrc", ".config/app/credentials.json", "Documents/payroll.xlsx"})
		before, after := g.num(100, 3000), g.num(100, 3000)
		md5a, md5b := g.hexID(32), g.hexID(32)
		sha := g.hexID(64)
		full := "File '" + path + "' modified\nMode: realtime\nChanged attributes: size,mtime,md5,sha256\nSize changed from '" + before + "' to '" + after + "'\nOld md5sum was: '" + md5a + "'\nNew md5sum is : '" + md5b + "'\n"
		b = g.jtext(b, "full_log", full, []edrPiece{{"name", login, false, ""}, {"hash", md5a, true, ""}, {"hash", md5b, true, ""}})
		b = jo(b, "syscheck")
		b = g.jtext(b, "path", path, nil)
		b = g.js(b, "mode", "realtime")
		b = g.js(b, "size_before", before)
		b = g.js(b, "size_after", after)
		b = g.js(b, "perm_after", "rw-r--r--")
		uid := g.num(1000, 1999)
		b = g.jk(b, "uid_after", "counter", uid)
		b = g.js(b, "gid_after", uid)
		b = g.js(b, "md5_before", md5a)
		b = g.js(b, "md5_after", md5b)
		b = g.jk(b, "sha256_after", "hash", sha)
		b = g.jp(b, "uname_after", "name", login)
		b = g.jp(b, "gname_after", "name", login)
		b = g.jk(b, "mtime_after", "timestamp", t.Add(-2e9).Format("2006-01-02T15:04:05"))
		b = jn(b, "inode_after", g.num(100000, 9999999))
		b = append(b, `,"changed_attributes":["size","mtime","md5","sha256"],"event":"modified"`...)
		if g.pct(50) {
			b = jo(b, "audit")
			b = append(b, `"user":{"id":"`+uid+`"`...)
			b = g.jp(b, "name", "name", login)
			b = append(b, `},"process":{"id":"`+g.num(900, 65000)+`","name":"/usr/bin/vim"},"login_user":{"id":"`+uid+`"`...)
			b = g.jp(b, "name", "name", login)
			b = append(b, "}}"...)
		}
		b = append(b, '}')
		b = append(b, `,"decoder":{"name":"syscheck_integrity_changed"}`...)
		b = g.js(b, "location", "syscheck")
	}
	b = append(b, '}')
	return Record{Line: b}
}
