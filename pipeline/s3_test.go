package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/redactd/redactd/pipeline/kafkatest"
	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

// End to end against a real S3 server (MinIO): every record exactly once
// under the archive prefix, object tags and metadata set; then a replay by
// a group without commits (as after a crash before commit) that cuts its
// batches differently writes nothing twice (If-None-Match and the replay
// listing).
func TestEndToEndS3(t *testing.T) {
	if testing.Short() {
		t.Skip("starts MinIO")
	}
	srv := s3test.Start(t)
	bucket := srv.NewBucket(t)
	client := srv.Client()
	arch, err := sinks.NewS3(client, bucket, "logs", sinks.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const n, parts = 1500, 2
	addr, _ := kafkatest.Start(t, map[string]int{"app-logs": parts})
	recs := corpus(n, parts, hourBase)
	kafkatest.Produce(t, addr, "app-logs", recs[:n/2])
	pol := testPolicy(t)
	cfg := testConfig(addr, "g1", "app-logs")
	cfg.Prefix = arch.Prefix()

	r := start(t, cfg, pol, arch)
	waitFor(t, 30*time.Second, "first half committed", committedAll(t, addr, "g1", "app-logs", ends(recs[:n/2], parts)))
	r.Stop(t)
	first := readArchive(t, arch)

	kafkatest.Produce(t, addr, "app-logs", recs[n/2:])
	cfg2 := cfg
	cfg2.Group = "g2"
	cfg2.Batch.MaxRecords = 70
	r2 := start(t, cfg2, pol, arch)
	waitFor(t, 30*time.Second, "replay committed", committedAll(t, addr, "g2", "app-logs", ends(recs, parts)))
	snap := r2.p.Snapshot()
	r2.Stop(t)

	objs := readArchive(t, arch)
	checkExactlyOnce(t, checkArchive(t, objs), n)
	if snap.Replayed != n/2 {
		t.Errorf("replay found %d records archived, want %d", snap.Replayed, n/2)
	}
	if len(objs) <= len(first) {
		t.Errorf("%d objects after the replay, %d before", len(objs), len(first))
	}
	for _, o := range objs[:3] {
		key := o.key.String()
		if !strings.HasPrefix(key, "logs/class=") {
			t.Errorf("key %s outside the archive prefix", key)
		}
		tags, err := client.GetObjectTagging(context.Background(), &s3.GetObjectTaggingInput{Bucket: aws.String(bucket), Key: aws.String(key)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, tg := range tags.TagSet {
			if aws.ToString(tg.Key) == "retention-class" && aws.ToString(tg.Value) == o.key.Class {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no retention-class=%s tag", key, o.key.Class)
		}
	}
}
