package redact

import "testing"

// TestCronLogins: cron and crontab open their messages with the login
// whose job ran or whose crontab changed, in parentheses before a verb;
// crontab names the crontab's owner again after its verb. Service accounts,
// cron's own "(CRON) INFO" and the same shape in other programs' messages
// stay.
func TestCronLogins(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`Dec  6 07:00:00 host CRON[8]: (mueller) CMD (/usr/local/bin/sync.sh)`, `Dec  6 07:00:00 host CRON[8]: ([name]) CMD (/usr/local/bin/sync.sh)`)
	f(`Dec  6 07:00:00 host crond[8]: (jane.doe) MAIL (mailed 12 bytes of output but got status 0x004b from MTA)`,
		`Dec  6 07:00:00 host crond[8]: ([name]) MAIL (mailed 12 bytes of output but got status 0x004b from MTA)`)
	f(`host crontab[9]: (jdoe) BEGIN EDIT (jdoe)`, `host crontab[9]: ([name]) BEGIN EDIT ([name])`)
	f(`host crontab[9]: (root) REPLACE (jdoe)`, `host crontab[9]: (root) REPLACE ([name])`)
	f(`{"SYSLOG_IDENTIFIER":"CRON","MESSAGE":"(jdoe) CMD (/usr/bin/true)"}`, `{"SYSLOG_IDENTIFIER":"CRON","MESSAGE":"([name]) CMD (/usr/bin/true)"}`)
	f(`host cron[8]: (root) CMD (test -x /usr/sbin/anacron)`, `host cron[8]: (root) CMD (test -x /usr/sbin/anacron)`)
	f(`host CROND[8]: (www-data) CMD (php /var/www/cron.php)`, `host CROND[8]: (www-data) CMD (php /var/www/cron.php)`)
	f(`host cron[1]: (CRON) INFO (pidfile fd = 3)`, `host cron[1]: (CRON) INFO (pidfile fd = 3)`)
	f(`host cron[1]: (*system*) RELOAD (/etc/crontab)`, `host cron[1]: (*system*) RELOAD (/etc/crontab)`)
	f(`app[3]: (value) LIST of things`, `app[3]: (value) LIST of things`)
}
