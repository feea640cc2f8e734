package pipeline

import (
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/redactd/redactd/pipeline/kafkatest"
)

// The consumer group, the partition readers and the dead-letter writer all
// authenticate with SASL.
func TestSASLEndToEnd(t *testing.T) {
	f := func(mech, kfakeMech string) {
		t.Run(mech, func(t *testing.T) {
			addr, _ := kafkatest.Start(t, map[string]int{"in": 2, "dlq": 1},
				kfake.EnableSASL(), kfake.Superuser(kfakeMech, "admin", "admin-secret"))
			t.Setenv("REDACTD_TEST_SASL", "admin-secret")
			recs := sameHour(0, 20)
			kafkatest.ProduceSASL(t, addr, "in", kfakeMech, "admin", "admin-secret", recs)
			cfg := testConfig(addr, "g", "in")
			cfg.DeadLetterTopic = "dlq"
			cfg.SASL = SASLConfig{Mechanism: mech, Username: "admin", PasswordEnv: "REDACTD_TEST_SASL"}
			arch := newDir(t)
			r := start(t, cfg, testPolicy(t), arch)
			waitFor(t, 20*time.Second, "all records archived", func() bool { return r.p.Snapshot().Objects > 0 && sumOut(r.p.Snapshot()) == 20 })
			r.Stop(t)
			checkExactlyOnce(t, checkArchive(t, readArchive(t, arch)), 20)
		})
	}
	f("plain", "PLAIN")
	f("scram-sha-256", "SCRAM-SHA-256")
	f("scram-sha-512", "SCRAM-SHA-512")
}

func sumOut(s Snapshot) int64 {
	var n int64
	for _, v := range s.RecordsOut {
		n += v
	}
	return n
}
