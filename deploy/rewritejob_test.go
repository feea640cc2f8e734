package deploy

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The rewrite Job is an Indexed Job whose pods each take one share: as many
// completions as shares, --shards equal to them, the index from
// $(JOB_COMPLETION_INDEX), and only flags `redactd rewrite` has.
func TestRewriteJob(t *testing.T) {
	job := decodeAll(t, "k8s/rewrite-job.yaml")[0]
	if job["kind"] != "Job" || str(job, "spec", "completionMode") != "Indexed" {
		t.Fatalf("not an Indexed Job: %v %v", job["kind"], get(job, "spec", "completionMode"))
	}
	var args []string
	for _, a := range get(job, "spec", "template", "spec", "containers", 0, "args").([]any) {
		args = append(args, a.(string))
	}
	if args[0] != "rewrite" {
		t.Fatalf("args %q do not run rewrite", args)
	}
	i := slices.Index(args, "--shards")
	j := slices.Index(args, "--shard-index")
	if i < 0 || j < 0 || args[j+1] != "$(JOB_COMPLETION_INDEX)" {
		t.Fatalf("args %q: want --shard-index $(JOB_COMPLETION_INDEX) --shards N", args)
	}
	n, _ := strconv.Atoi(args[i+1])
	if c, _ := get(job, "spec", "completions").(int); c != n || n < 1 {
		t.Errorf("completions %v, --shards %d: want them equal", get(job, "spec", "completions"), n)
	}
	flags := helpFlags(t, "rewrite")
	for _, a := range args[1:] {
		if f, ok := strings.CutPrefix(a, "--"); ok && !slices.Contains(flags, f) {
			t.Errorf("flag --%s is not a flag of redactd rewrite (%v)", f, flags)
		}
	}
}
