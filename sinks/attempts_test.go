package sinks_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/redactd/redactd/sinks"
)

// hungListener accepts connections and never answers, like a store whose
// process is stopped (SIGSTOP) or a middlebox that black-holes replies.
func hungListener(t *testing.T) (endpoint string, accepted func() int) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c) // held open, never read from or written to
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	return "http://" + l.Addr().String(), func() int { mu.Lock(); defer mu.Unlock(); return len(conns) }
}

// retries records what ObserveRetries is told.
type retries struct {
	mu      sync.Mutex
	reasons []string
}

func (r *retries) observe(reason string, err error) {
	r.mu.Lock()
	r.reasons = append(r.reasons, reason)
	r.mu.Unlock()
}

func (r *retries) get() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.reasons)
}

func openObserved(t *testing.T, endpoint string, o sinks.OpenOptions) (*sinks.S3, *retries) {
	t.Helper()
	o.Endpoint = endpoint
	o.Credentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
		return aws.Credentials{AccessKeyID: "test", SecretAccessKey: "testtesttest"}, nil
	})
	a, err := sinks.Open("s3://bucket", o)
	if err != nil {
		t.Fatal(err)
	}
	s := a.(*sinks.S3)
	r := &retries{}
	s.ObserveRetries(r.observe)
	return s, r
}

func testObject(t *testing.T) sinks.Object {
	k := sinks.Key{Class: "access", Topic: "cdn", Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)}
	return encodedObject(t, k, lines(5), 5)
}

// A store that accepts connections and never answers costs each attempt
// RequestTimeout, not forever: every attempt the SDK retries is observed
// as a timeout, and Put returns a retryable timeout.
func TestS3HungStoreAttemptsTimeOut(t *testing.T) {
	endpoint, accepted := hungListener(t)
	const timeout = 200 * time.Millisecond
	s, r := openObserved(t, endpoint, sinks.OpenOptions{MaxAttempts: 3, RequestTimeout: timeout})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	t0 := time.Now()
	err := s.Put(ctx, testObject(t))
	took := time.Since(t0)
	var ate *sinks.AttemptTimeoutError
	if err == nil || sinks.IsPermanent(err) || ctx.Err() != nil || !errors.As(err, &ate) || ate.Op != "PutObject" {
		t.Fatalf("Put to a hung store: %v; want an *AttemptTimeoutError before the context ends", err)
	}
	if got := sinks.FailureReason(err); got != sinks.ReasonTimeout {
		t.Errorf("FailureReason(%v) = %q, want timeout", err, got)
	}
	if got := r.get(); !slices.Equal(got, []string{"timeout", "timeout"}) {
		t.Errorf("observed retries %q, want the 2 retried attempts as timeouts", got)
	}
	if n := accepted(); n != 3 {
		t.Errorf("%d connections, want one per attempt (3)", n)
	}
	t.Logf("hung store: 3 attempts of %s failed in %s", timeout, took.Round(time.Millisecond))
}

// UploadTimeout bounds a Put however many attempts the SDK would make.
func TestS3UploadTimeoutBoundsPut(t *testing.T) {
	endpoint, _ := hungListener(t)
	s, r := openObserved(t, endpoint, sinks.OpenOptions{MaxAttempts: 1000, RequestTimeout: 100 * time.Millisecond, UploadTimeout: 700 * time.Millisecond})
	err := s.Put(context.Background(), testObject(t))
	if err == nil || sinks.IsPermanent(err) || sinks.FailureReason(err) != sinks.ReasonTimeout {
		t.Fatalf("Put to a hung store: %v (reason %q); want a retryable timeout", err, sinks.FailureReason(err))
	}
	if n := len(r.get()); n < 1 || n > 7 {
		t.Errorf("%d retried attempts observed within a 700ms upload timeout of 100ms attempts", n)
	}
}

// Answers a store gives are observed per retried attempt with their class;
// the final one is Put's error, not observed, so nothing is told twice.
func TestS3RetriesObservedByReason(t *testing.T) {
	f := func(status int, code string, attempts int, wantRetries []string, wantReason string, permanent bool) {
		t.Helper()
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.Copy(io.Discard, r.Body)
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(status)
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>%s</Code><Message>injected</Message></Error>`, code)
		}))
		defer ts.Close()
		s, r := openObserved(t, ts.URL, sinks.OpenOptions{MaxAttempts: attempts})
		err := s.Put(context.Background(), testObject(t))
		if err == nil || sinks.IsPermanent(err) != permanent || sinks.FailureReason(err) != wantReason {
			t.Fatalf("%d %s: Put = %v (permanent %v, reason %q), want permanent %v, reason %q",
				status, code, err, sinks.IsPermanent(err), sinks.FailureReason(err), permanent, wantReason)
		}
		if got := r.get(); !slices.Equal(got, wantRetries) {
			t.Fatalf("%d %s: observed %q, want %q", status, code, got, wantRetries)
		}
	}
	f(503, "SlowDown", 3, []string{"5xx", "5xx"}, "5xx", false)
	f(500, "InternalError", 2, []string{"5xx"}, "5xx", false)
	f(429, "TooManyRequests", 2, []string{"4xx_retryable"}, "4xx_retryable", false)
	f(403, "AccessDenied", 3, nil, "4xx_permanent", true)
	f(400, "InvalidRequest", 3, nil, "4xx_permanent", true)
}

func TestS3ConnectionRefusedIsNetwork(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	endpoint := "http://" + l.Addr().String()
	l.Close()
	s, r := openObserved(t, endpoint, sinks.OpenOptions{MaxAttempts: 2})
	err = s.Put(context.Background(), testObject(t))
	if sinks.FailureReason(err) != sinks.ReasonNetwork || !slices.Equal(r.get(), []string{"network"}) {
		t.Fatalf("connection refused: Put = %v (reason %q), observed %q; want network twice", err, sinks.FailureReason(err), r.get())
	}
}

func TestFailureReason(t *testing.T) {
	f := func(err error, want string) {
		t.Helper()
		if got := sinks.FailureReason(err); got != want {
			t.Errorf("FailureReason(%v) = %q, want %q", err, got, want)
		}
	}
	f(nil, "")
	f(fmt.Errorf("x: %w", sinks.ErrExists), "")
	f(fmt.Errorf("x: %w", sinks.ErrNotFound), "")
	f(fmt.Errorf("x: %w", context.Canceled), "")
	f(fmt.Errorf("x: %w", context.DeadlineExceeded), "timeout")
	f(&sinks.AttemptTimeoutError{Op: "UploadPart", After: time.Second}, "timeout")
	f(&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, "network")
	f(fmt.Errorf("x: %w", io.ErrUnexpectedEOF), "network")
	f(&fs.PathError{Op: "write", Path: "/a", Err: syscall.ENOSPC}, "io")
	f(sinks.Permanent(errors.New("invalid key")), "4xx_permanent")
	f(errors.New("something else"), "other")
}

func TestOpenTimeoutOptions(t *testing.T) {
	f := func(o sinks.OpenOptions, want string) {
		t.Helper()
		o.Credentials = aws.AnonymousCredentials{}
		_, err := sinks.Open("s3://b", o)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("Open(%+v) = %v, want it to name %q", o, err, want)
		}
	}
	f(sinks.OpenOptions{RequestTimeout: -1}, "request_timeout")
	f(sinks.OpenOptions{UploadTimeout: -1}, "upload_timeout")
	f(sinks.OpenOptions{RequestTimeout: time.Minute, UploadTimeout: time.Second}, "must be at least request_timeout")
	if d := sinks.DefaultRequestTimeout(16<<20, 16<<20); d != 46*time.Second {
		t.Errorf("default request timeout for 16 MiB parts %v, want 46s", d)
	}
	if d := sinks.DefaultRequestTimeout(64<<20, 16<<20); d != 94*time.Second {
		t.Errorf("default request timeout for 64 MiB parts %v, want 94s", d)
	}
}

// Lifecycle requests (at start-up, and the running daemon's checks) have
// the same per-attempt deadline: against a hung store, planning and
// applying fail with a timeout instead of waiting until the process is
// stopped.
func TestS3HungStoreLifecycleTimesOut(t *testing.T) {
	endpoint, accepted := hungListener(t)
	s, _ := openObserved(t, endpoint, sinks.OpenOptions{MaxAttempts: 2, RequestTimeout: 200 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	classes := []sinks.Retention{{Class: "access", Days: 90}}
	for name, call := range map[string]func() error{
		"PlanLifecycle":  func() error { _, err := s.PlanLifecycle(ctx, classes); return err },
		"ApplyLifecycle": func() error { _, err := s.ApplyLifecycle(ctx, classes); return err },
	} {
		err := call()
		var ate *sinks.AttemptTimeoutError
		if err == nil || ctx.Err() != nil || !errors.As(err, &ate) {
			t.Errorf("%s against a hung store: %v; want an *AttemptTimeoutError before the context ends", name, err)
		}
	}
	if accepted() == 0 {
		t.Error("no connection reached the hung store")
	}
}
