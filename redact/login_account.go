package redact

// Which logins are a person's. Where the record says a login goes (under a
// user key, after sshd's "Accepted password for", as the user of
// DOMAIN\user, an IAM user's ARN or a home directory), the login names a
// person unless it is an account of the operating system, of a service or
// of a scanner's dictionary. Directories and identity providers form a
// person's login from the name in many ways (jane.doe, j.doe, jdoe, jane,
// jane_doe, jdoe2, jürgen.müller); the accounts that are no one's come
// from a small, well-known vocabulary (root, www-data, postgres, ubuntu,
// svc_backup, gitlab-runner, admin, test). So the engine lists the
// vocabulary and masks the rest: an unknown service account masked costs
// an analyst a word; a person's login kept is a leak.

// accountLogin reports whether v, a value where a login goes, is a
// person's login: written as a name (personLogin) or as one word of the
// shapes logins take (loginWord), and not a system's or a service's
// account (systemAccount). A Windows domain before it (CORP\jdoe) counts
// as under personLogin.
func accountLogin(v []byte) bool {
	if i := lastIndexByte(v, '\\'); i >= 0 {
		v = v[i+1:]
	}
	if awsUniqueID(v) {
		return false // AIDA…, AROA…: an IAM user's or role's id
	}
	return (personLogin(v) || loginWord(v) || camelLogin(v)) && !systemAccount(v)
}

// awsUniqueID reports whether v is an IAM unique id (IAM user guide,
// "Unique identifiers"): a four-letter prefix that says what it names
// (AIDA a user, AROA a role, AGPA a group, AIPA an instance profile,
// ANPA/ANVA a policy and its version, ASIA/AKIA an access key) and 16 or
// 17 upper-case letters and digits. CloudTrail writes them under
// principalId and userId beside the name they stand for.
func awsUniqueID(v []byte) bool {
	if len(v) < 20 || len(v) > 21 || v[0] != 'A' {
		return false
	}
	switch string(v[:4]) {
	case "AIDA", "AROA", "AGPA", "AIPA", "ANPA", "ANVA", "ASIA", "AKIA":
	default:
		return false
	}
	for _, c := range v[4:] {
		if !isUpper(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// camelLogin reports whether v is a person's name written as one
// CamelCase word, as IAM user names often are (JaneDoe, MaryAnnLee,
// FatimaOBrien): two or three parts, each a capital and at least one
// lower-case letter (and one capital alone between them at most), none
// of them a word that names a service or a role (DeployBot, ReadOnly,
// DataAnalyst, OrganizationAccountAccessRole are no one's).
func camelLogin(v []byte) bool {
	if len(v) < 4 || len(v) > maxLogin || !isUpper(v[0]) {
		return false
	}
	var buf [maxLogin]byte
	parts, initials, start := 0, 0, 0
	for k := 0; k <= len(v); k++ {
		if k < len(v) && k > start && !isUpper(v[k]) {
			if v[k] < 0x80 && !(v[k] >= 'a' && v[k] <= 'z') {
				return false
			}
			continue
		}
		if k > start {
			if k-start < 2 {
				// One capital alone: O of OBrien, between two words;
				// not at the end, and one at most (ABC is an acronym).
				if initials++; initials > 1 || k == len(v) || start == 0 {
					return false
				}
				start = k
				continue
			}
			n := 0
			for _, c := range v[start:k] {
				buf[n] = lower(c)
				n++
			}
			w := string(buf[:n])
			if _, ok := serviceWords[w]; ok {
				return false
			}
			if _, ok := systemAccounts[w]; ok {
				return false
			}
			parts++
		}
		start = k
	}
	return parts >= 2 && parts <= 3
}

// maxLogin is the longest login accountLogin takes (Active Directory's
// userPrincipalName prefix and most Unix systems stop well below it).
const maxLogin = 64

// loginWord reports whether v has the shape of a person's login written
// as one word: letters (also UTF-8 letters), in parts joined by '.', '_'
// or '-', with at most four digits at the end (jdoe, jane_doe, j-doe,
// jdoe42, jürgen). Hex ids, UUIDs, numbers, paths, addresses and words
// with other punctuation fail: digits inside a part (a1b2c3), more than
// four of them, a part that starts with one.
func loginWord(v []byte) bool {
	if len(v) < 2 || len(v) > maxLogin {
		return false
	}
	letters, digits, run, longest := 0, 0, 0, 0
	prevSep := true // a part starts with a letter
	var prev byte
	for _, c := range v {
		switch {
		case isAlpha(c) || c >= 0x80:
			if digits > 0 {
				return false // a1b2: letters after digits
			}
			if isUpper(c) && prev >= 'a' && prev <= 'z' {
				return false // CyVgnPBOHrew: a random id's mixed case, no login's
			}
			letters++
			run++
			longest = max(longest, run)
			prevSep = false
		case isDigit(c):
			if prevSep {
				return false
			}
			digits++
		case c == '.' || c == '_' || c == '-':
			if prevSep || digits > 0 {
				return false
			}
			prevSep = true
			run = 0
		default:
			return false
		}
		prev = c
	}
	return !prevSep && longest >= 2 && digits <= 4 // a.b.c.d is no one's
}

// systemAccount reports whether the login v (any case; a number at its end
// is ignored: test123, admin1) is an account of the operating system, of a
// service or of a scanner's dictionary: the whole login is one
// (systemAccounts), or one of its parts between '.', '_', '-' or ' ' is a
// word that names a service or a role (serviceWords: svc_backup,
// gitlab-runner, app_rw, kube-admin), or it ends in "admin" glued to
// another word (sqladmin, pgadmin).
func systemAccount(v []byte) bool {
	if len(v) > maxLogin {
		return false
	}
	var buf [maxLogin]byte
	n := 0
	for _, c := range v {
		buf[n] = lower(c)
		n++
	}
	for n > 0 && isDigit(buf[n-1]) {
		n--
	}
	for n > 0 && (buf[n-1] == '-' || buf[n-1] == '_' || buf[n-1] == '.') {
		n--
	}
	if n == 0 {
		return true // digits only: a uid
	}
	if _, ok := systemAccounts[string(buf[:n])]; ok {
		return true
	}
	if _, ok := serviceWords[string(buf[:n])]; ok {
		return true // kiosk01, backup: a service word alone
	}
	if gluedServiceWords(buf[:n]) {
		return true // ftpsync, dbbackup: two service words in one
	}
	if n > 5 && string(buf[n-5:n]) == "admin" && isAlpha(buf[n-6]) {
		return true // sqladmin, pgadmin, wpadmin: a role's administrator, glued to its word (jdoe-admin is jdoe's)
	}
	start := 0
	for k := 0; k <= n; k++ {
		if k < n && buf[k] != '.' && buf[k] != '_' && buf[k] != '-' && buf[k] != ' ' {
			continue
		}
		if start < k && (start > 0 || k < n) {
			part := buf[start:k]
			for len(part) > 0 && isDigit(part[len(part)-1]) {
				part = part[:len(part)-1]
			}
			if _, ok := serviceWords[string(part)]; ok {
				return true
			}
		}
		start = k + 1
	}
	return false
}

// systemAccounts are whole logins that are no one's: the accounts Linux
// distributions and their packages create, the default users of cloud
// images and containers, the names SSH and RDP scanners try, the accounts
// of Windows, and words applications write where no user is known.
var systemAccounts = setOf(
	// Linux base system and packages (Debian's base-passwd, Red Hat's
	// setup, common daemons).
	"root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news", "uucp", "proxy",
	"www-data", "backup", "list", "irc", "gnats", "nobody", "nogroup", "adm", "shutdown", "halt",
	"operator", "gopher", "ftp", "sshd", "messagebus", "syslog", "uuidd", "tcpdump", "tss", "landscape",
	"pollinate", "fwupd-refresh", "usbmux", "dnsmasq", "avahi", "colord", "geoclue", "pulse", "rtkit",
	"saned", "speech-dispatcher", "whoopsie", "kernoops", "hplip", "cups-pk-helper", "gdm", "lightdm",
	"sddm", "polkitd", "dbus", "chrony", "ntp", "systemd-network", "systemd-resolve", "systemd-timesync",
	"systemd-coredump", "systemd-journal", "_apt", "_chrony", "_rpc", "statd", "rpc", "rpcuser",
	"postfix", "dovecot", "dovenull", "exim", "debian-exim", "mailnull", "smmsp", "opendkim", "clamav",
	"amavis", "spamd", "nginx", "apache", "apache2", "httpd", "lighttpd", "caddy", "haproxy", "squid",
	"varnish", "tomcat", "jetty", "named", "bind", "unbound", "pdns", "nsd", "mysql", "mariadb",
	"postgres", "postgresql", "oracle", "redis", "memcache", "memcached", "mongodb", "mongod",
	"dbo", "db_owner", "db_datareader", "db_datawriter", // SQL Server's database owner and fixed roles
	"rabbitmq", "couchdb", "cassandra", "elasticsearch", "opensearch", "kibana", "logstash",
	"fluentd", "td-agent", "grafana", "prometheus", "node-exporter", "alertmanager", "influxdb",
	"telegraf", "zabbix", "nagios", "icinga", "munin", "jenkins", "git", "gitlab", "gitlab-runner",
	"gitea", "docker", "containerd", "kubelet", "kube-proxy", "etcd", "vault", "consul", "nomad",
	"zookeeper", "kafka", "hadoop", "hdfs", "yarn", "hive", "spark", "mapred", "hbase", "flink",
	"airflow", "ansible", "puppet", "chef", "salt", "terraform", "openvpn", "strongswan", "radiusd",
	"freerad", "asterisk", "freeswitch", "kamailio", "opensips", "snmp", "snmpd", "openldap", "ldap",
	"slapd", "sssd", "nslcd", "nscd", "cron", "anacron", "at", "atd", "mlocate", "ossec", "wazuh",
	"suricata", "zeek", "snort",
	// Network devices' configuration backup, inventory and automation
	// tools, which log in to every router and switch.
	"rancid", "oxidized", "unimus", "netbox", "librenms", "observium", "netmiko", "napalm", "nornir",
	// Message brokers' own and built-in accounts, and the task queues
	// and connectors that log in to them as themselves (RabbitMQ's
	// shovels and federation links, ActiveMQ Artemis's, NATS's leaf
	// nodes, Kafka Connect, Celery's workers).
	"artemis", "activemq", "amq", "nats", "leafnode", "celery", "flower", "connect", "kafka-connect",
	"schema-registry", "ksql", "ksqldb", "shovel", "federation",
	// Home automation and MQTT brokers' clients.
	"mosquitto", "homeassistant", "hass", "zigbee2mqtt", "nodered", "node-red", "openhab", "domoticz",
	// The default users of cloud images, containers and CI runners.
	"ubuntu", "debian", "centos", "fedora", "rocky", "almalinux", "alma", "ec2-user", "azureuser",
	"opc", "cloud-user", "core", "admin", "pi", "vagrant", "bitnami", "node", "jovyan", "coder",
	"codespace", "gitpod", "vscode", "runner", "circleci", "travis", "buildkite", "buildkite-agent",
	"teamcity", "bamboo", "deploy", "deployer", "app", "appuser", "webapp", "web", "www", "user",
	"default", "shared", "public", "all users", "default user",
	// What SSH, FTP and RDP scanners try.
	"test", "tester", "testing", "guest", "support", "ubnt", "ftpuser", "usuario", "user1", "demo",
	"administrator", "manager", "system", "service", "super", "superuser", "sa", "sysadmin", "webmaster",
	"nsroot", // Citrix ADC's built-in administrator
	"webadmin", "info", "sales", "postmaster", "hostmaster", "abuse", "noc", "security", "steam",
	"minecraft", "teamspeak", "ts3", "csgo", "server", "mc", "vpn", "vpnuser", "radius", "wifi", "guestwifi", "roadwarrior", "road-warrior", "remote-access",
	"netops", "secops", "itops", "sysops", "devops", "soc", "it", "itadmin", "netadmin", "sysadmin", "dbadmin", "dev", "developer", "student", "temp",
	"tmp", "share", "hduser", "sinusbot", "es", "ftpadmin", "master", "scanner", "monitor", "nproc",
	"ansible", "odoo", "openerp", "zimbra", "plex", "nexus", "sonar", "sonarqube", "confluence", "jira",
	// Role mailboxes, which mail servers log as SASL logins.
	"relay", "smtp-relay", "mailrelay", "noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "bounce", "bounces",
	"notifications", "notification", "notify", "alerts", "alert", "newsletter", "billing", "help",
	"helpdesk", "contact", "office", "team", "hr", "jobs", "careers", "marketing", "press", "privacy",
	"legal", "finance", "accounts", "orders", "shop", "store", "service-desk", "servicedesk",
	// Windows built-in accounts and what its events write where no user is.
	"local service", "network service", "local system", "anonymous logon", "anonymous", "network",
	"local", "defaultaccount", "wdagutilityaccount", "krbtgt", "defaultapppool", "iusr", "iwam",
	"dwm", "umfd",
	// Windows Server roles that sign in to a proxy as themselves (WSUS
	// fetching updates, SCCM's network access account).
	"wsus", "sccm",
	// Databases' own and their tools' roles (PostgreSQL, MySQL, SQL Server,
	// MongoDB, Elasticsearch; managed services' administrators; BI tools
	// and change-data-capture connectors that log in as themselves).
	"replicator", "replication", "repl", "repmgr", "pgbouncer", "pgbackrest", "barman", "pgpool",
	"rdsadmin", "rdsrepladmin", "cloudsqladmin", "cloudsqlsuperuser", "azure_superuser", "mssqlserver",
	"sqlservice", "sqlagent", "debian-sys-maint", "clusteradmin", "elastic", "metabase", "superset",
	"redash", "looker", "tableau", "dbt", "debezium", "fivetran", "airbyte", "stitch",
	// Words applications write under a user key when no one is logged in,
	// or a login key's other meanings (a method, an outcome).
	"unknown", "none", "null", "nil", "empty", "undefined", "n/a", "na", "true", "false", "yes", "no",
	// The same in the languages whose word for user is a cue (unbekannt,
	// inconnu, desconocido, sconosciuto; their feminine and plural forms).
	"unbekannt", "unbekannter", "inconnu", "inconnue", "desconocido", "desconocida", "sconosciuto",
	"sconosciuta", "anonyme", "anonimo", "anónimo", "invalide", "inválido", "invalido", "inexistant",
	"inexistente",
	"on", "off", "enabled", "disabled", "success", "successful", "succeeded", "failed", "failure", "fail",
	"ok", "error", "denied", "allowed", "pending", "invalid", "required", "optional", "internal",
	"external", "remote", "password", "publickey", "keyboard-interactive", "hostbased", "gssapi",
	"pam", "oauth", "oauth2", "saml", "sso", "oidc", "basic", "bearer", "token", "form", "api", "cli",
	"console", "web-ui", "ui", "automation", "scheduler", "cronjob", "bot", "robot", "healthcheck",
	"health", "probe", "loadbalancer", "lb", "elb", "alb", "replicator", "replication", "repl", "readonly",
	"read-only", "readwrite", "reader", "writer", "everyone", "authenticated", "unauthenticated",
	"anon", "visitor", "customer", "member", "owner", "client", "superadmin", "sysop", "staff",
	// CloudTrail's userName of a failed console sign-in by a name that
	// is no IAM user's (it hides what was typed: often a password).
	"hidden_due_to_security_reasons",
	// Who an API call is about when it is the caller (/users/me).
	"me", "self", "current", "myself",
	// The user parameter of a SIP or tel URI (RFC 3261: user=phone, user=ip).
	"phone", "ip", "dialstring",
)

// serviceWords are parts of a login that say it is a service's or a
// role's rather than a person's: svc_backup, gitlab-runner, app_rw,
// db-reader, kube-admin, sa-deploy, jenkins.agent. Words that also make a
// person's second account (jdoe-admin, jdoe_test, adm-jdoe) are not
// among them: those logins still name the person.
var serviceWords = setOf(
	"svc", "srv", "service", "services", "sa", "sys", "system", "daemon", "bot", "robot", "api", "app",
	"apps", "application", "web", "www", "db", "dba", "sql", "data", "etl", "backup", "backups", "deploy",
	"deployer", "deployment", "build", "builder", "ci", "cd", "cicd", "jenkins", "runner", "agent",
	"worker", "cron", "job", "jobs", "batch", "task", "sync", "monitor", "monitoring", "metrics",
	"exporter", "prometheus", "grafana", "actuator", "management", "nagios", "zabbix", "rw", "ro", "read", "write", "reader",
	"writer", "readonly", "readwrite", "root", "ops", "devops", "sre", "staging", "prod", "production",
	"sandbox",
	"proxy", "gateway", "mail", "smtp", "imap", "ftp", "sftp", "ssh", "git", "gitlab", "github", "docker",
	"kube", "k8s", "kubernetes", "node", "cluster", "replica", "replication", "replicator", "repl",
	"scheduler", "controller", "manager", "operator", "kafka", "redis", "mongo", "mongodb", "postgres",
	"pg", "mysql", "oracle", "elastic", "search", "cache", "queue", "report", "reports", "reporting",
	"analytics", "integration", "integrations", "internal", "noreply", "svcacct", "account",
	"automation", "terraform", "ansible", "puppet", "vault", "consul", "airflow", "spark", "hadoop",
	"lambda", "function", "export", "import", "role", "anonymous", "network", "health", "healthcheck",
	"probe", "tmp", "temp", "iis", "apppool",
	// An API gateway's consumers: the apps and partners a key was
	// issued to (Kong's consumer username: partner-acme, mobile-ios).
	"partner", "partners", "vendor", "mobile", "ios", "android", "frontend", "backend", "portal",
	"webhook", "webhooks", "connector", "sdk", "cli", "consumer",
	// A message broker's clients and links, named for their role
	// (bridge-user, amq-console, shovel-user, orders-producer).
	"bridge", "broker", "console", "registry", "shovel", "federation", "producer", "publisher",
	"subscriber", "mqtt", "amqp", "amq",
	// The integration users a warehouse is set up with for its loaders and
	// BI tools, as their setup guides name them (FIVETRAN_USER, DBT_PROD,
	// LOOKER_SVC).
	"fivetran", "airbyte", "dbt", "looker", "tableau", "powerbi", "hightouch", "matillion", "talend",
	"informatica", "snowpipe", "datadog", "sigmacomputing",
	"mssql", "exchange", "sharepoint", "ad", "ldap", "sso", "saml", "oidc", "oauth", "token", "session",
	"client", "server", "host", "machine", "computer", "device", "sensor", "printer", "scanner", "kiosk",
	"nobody", "www-data", "bin", "usr", "uid", "id", "acct", "cus", "org",
	// Network devices that authenticate as clients of a VPN or RADIUS
	// (router-branch2, fw-edge, ap-floor3).
	"router", "branch", "site", "firewall", "fw", "switch", "ap", "vpn", "edge", "core", "wan", "lan",
	// Network segments a resolver's policy names as its requestor
	// (guest-wifi, iot-vlan).
	"wifi", "wlan", "vlan", "iot", "guest",
	// DNS servers, as a dnstap stream's identity names them (dnsdist1,
	// unbound-fra1, ns2).
	"dns", "ns", "resolver", "recursor", "dnsdist", "unbound", "coredns", "pdns", "knot", "kresd", "named",
)

// setOf returns the set of the given words.
func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// enrolledLogin returns the end of the login that begins a device's name
// made of the login, '_', the device's type and '_' before a date, as
// Intune names an enrolled device (jane.doe_AndroidForWork_3/14/2026_4:11
// PM), or 0.
func enrolledLogin(v []byte) int {
	for u := 1; u+3 < len(v); u++ {
		if v[u] != '_' || !isAlpha(v[u+1]) {
			continue
		}
		k := u + 1
		for k < len(v) && isAlpha(v[k]) {
			k++
		}
		if k+1 < len(v) && v[k] == '_' && isDigit(v[k+1]) {
			return u
		}
	}
	return 0
}
