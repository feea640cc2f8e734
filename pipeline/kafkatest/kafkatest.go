// Package kafkatest starts an in-process Kafka broker (franz-go's kfake) for
// tests, and produces and inspects records on it with real clients.
package kafkatest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sasl"
	"github.com/twmb/franz-go/pkg/sasl/plain"
	"github.com/twmb/franz-go/pkg/sasl/scram"
)

// Start runs a one-broker kfake cluster with the given topics (name ->
// partitions) until the test ends, and returns its address.
func Start(t testing.TB, topics map[string]int, opts ...kfake.Opt) (string, *kfake.Cluster) {
	t.Helper()
	all := []kfake.Opt{kfake.NumBrokers(1), kfake.Ports(0)}
	for name, n := range topics {
		all = append(all, kfake.SeedTopics(int32(n), name))
	}
	all = append(all, opts...)
	c, err := kfake.NewCluster(all...)
	if err != nil {
		t.Fatalf("cannot start kfake: %v", err)
	}
	t.Cleanup(c.Close)
	return c.ListenAddrs()[0], c
}

// StartProcess is Start with the broker in a process of its own (the
// kfakebroker command, built here without the race detector), for tests
// that run the daemon against deadlines: an in-process broker shares the
// test binary's race instrumentation and CPU with the test's own producers
// and pollers, and on two busy cores it stalled long enough for kafka-go's
// i/o timeouts to keep a consumer group from settling. The broker stops
// when the test ends, or when the test binary dies (its stdin closes).
func StartProcess(t testing.TB, topics map[string]int) string {
	t.Helper()
	addr, _ := StartProcessCPU(t, topics)
	return addr
}

// StartProcessCPU is StartProcess that also returns cpu, which reports the
// CPU time (user and system) the broker process has used so far, read from
// /proc (0 where that is not available): a benchmark can tell the broker's
// share of the machine from the client's it measures.
func StartProcessCPU(t testing.TB, topics map[string]int) (addr string, cpu func() time.Duration) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kfakebroker")
	build := exec.Command("go", "build", "-o", bin, "github.com/redactd/redactd/pipeline/kafkatest/kfakebroker")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("cannot build kfakebroker: %v\n%s", err, out)
	}
	var args []string
	for name, n := range topics {
		args = append(args, "-topic", name+":"+strconv.Itoa(n))
	}
	cmd := exec.Command(bin, args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("cannot start kfakebroker: %v", err)
	}
	t.Cleanup(func() {
		_ = stdin.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "ADDR "); ok {
				addrc <- a
			}
		}
		close(addrc)
	}()
	pid := cmd.Process.Pid
	select {
	case a, ok := <-addrc:
		if !ok {
			t.Fatalf("kfakebroker exited before listening: %s", stderr.String())
		}
		return a, func() time.Duration { return procCPU(pid) }
	case <-time.After(30 * time.Second):
		t.Fatalf("kfakebroker did not listen within 30s: %s", stderr.String())
	}
	return "", nil
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat's CPU times; 100 on
// every Linux architecture Go supports.
const clockTicks = 100

// procCPU returns the user plus system CPU time of process pid (Linux), 0
// if it cannot be read.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name (field 2) is in parentheses and may hold spaces;
	// utime and stime are fields 14 and 15, the 12th and 13th after it.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(ut+st) * time.Second / clockTicks
}

// lockedBuffer is a bytes.Buffer that a process writes while a test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Record is one record to produce.
type Record struct {
	Partition int32
	Value     []byte
	Time      time.Time // zero: now
}

// Produce writes recs with franz-go, each to its partition, and waits until
// all are acknowledged.
func Produce(t testing.TB, addr, topic string, recs []Record) {
	t.Helper()
	produce(t, addr, topic, recs)
}

// ProduceSASL is Produce to a cluster that requires SASL: mechanism is
// "PLAIN", "SCRAM-SHA-256" or "SCRAM-SHA-512".
func ProduceSASL(t testing.TB, addr, topic, mechanism, user, pass string, recs []Record) {
	t.Helper()
	var m sasl.Mechanism
	switch mechanism {
	case "PLAIN":
		m = plain.Auth{User: user, Pass: pass}.AsMechanism()
	case "SCRAM-SHA-256":
		m = scram.Auth{User: user, Pass: pass}.AsSha256Mechanism()
	case "SCRAM-SHA-512":
		m = scram.Auth{User: user, Pass: pass}.AsSha512Mechanism()
	default:
		t.Fatalf("unknown SASL mechanism %q", mechanism)
	}
	produce(t, addr, topic, recs, kgo.SASL(m))
}

func produce(t testing.TB, addr, topic string, recs []Record, opts ...kgo.Opt) {
	t.Helper()
	cl, err := kgo.NewClient(append([]kgo.Opt{kgo.SeedBrokers(addr), kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerLinger(0), kgo.DefaultProduceTopic(topic)}, opts...)...)
	if err != nil {
		t.Fatalf("cannot create producer: %v", err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	krs := make([]*kgo.Record, len(recs))
	for i, r := range recs {
		krs[i] = &kgo.Record{Topic: topic, Partition: r.Partition, Value: r.Value, Timestamp: r.Time}
	}
	if err := cl.ProduceSync(ctx, krs...).FirstErr(); err != nil {
		t.Fatalf("cannot produce to %s: %v", topic, err)
	}
}

// ProduceKcat writes values (one line each, no newlines inside) to one
// partition with kcat (librdkafka), a client this project did not write.
// The test is skipped when kcat is not installed, and fails when the
// environment variable CI is set (CI must not pass by skipping).
func ProduceKcat(t testing.TB, addr, topic string, partition int, values [][]byte) {
	t.Helper()
	bin, err := exec.LookPath("kcat")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("kcat is not installed (CI is set: make tools installs it with apt-get install -y kcat)")
		}
		t.Skip("kcat is not installed (apt-get install -y kcat)")
	}
	var in bytes.Buffer
	for _, v := range values {
		if bytes.IndexByte(v, '\n') >= 0 {
			t.Fatalf("kcat sends one record per line: a value holds a newline")
		}
		in.Write(v)
		in.WriteByte('\n')
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-P", "-b", addr, "-t", topic, "-p", strconv.Itoa(partition), "-X", "acks=all")
	cmd.Stdin = &in
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("kcat: %v: %s", err, out)
	}
}

// Committed returns the group's committed offsets of topic by partition
// (partitions without a commit are absent).
func Committed(t testing.TB, addr, group, topic string, partitions int) map[int]int64 {
	t.Helper()
	cl := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 10 * time.Second}
	ps := make([]int, partitions)
	for i := range ps {
		ps[i] = i
	}
	resp, err := cl.OffsetFetch(context.Background(), &kafka.OffsetFetchRequest{
		GroupID: group, Topics: map[string][]int{topic: ps},
	})
	if err != nil {
		t.Fatalf("cannot fetch committed offsets of %s: %v", group, err)
	}
	if errors.Is(resp.Error, kafka.GroupIdNotFound) {
		return map[int]int64{}
	}
	if resp.Error != nil {
		t.Fatalf("cannot fetch committed offsets of %s: %v", group, resp.Error)
	}
	out := map[int]int64{}
	for _, p := range resp.Topics[topic] {
		if p.Error != nil {
			t.Fatalf("committed offset of %s/%d: %v", topic, p.Partition, p.Error)
		}
		if p.CommittedOffset >= 0 {
			out[p.Partition] = p.CommittedOffset
		}
	}
	return out
}

// Consume reads every record of topic (all partitions, from the start)
// that is there within wait, with kafka-go, and returns their values.
func Consume(t testing.TB, addr, topic string, partitions int, wait time.Duration) [][]byte {
	t.Helper()
	var out [][]byte
	for p := range partitions {
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{addr}, Topic: topic, Partition: p, MaxWait: 100 * time.Millisecond})
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		for {
			m, err := r.ReadMessage(ctx)
			if err != nil {
				break
			}
			out = append(out, m.Value)
			if m.Offset+1 >= m.HighWaterMark {
				break
			}
		}
		cancel()
		_ = r.Close()
	}
	return out
}
