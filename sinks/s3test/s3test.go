// Package s3test starts a real MinIO server for tests of S3 code: no mocks.
//
// The MinIO binary is found at $REDACTD_MINIO, else <repo>/.cache/bin/minio;
// if neither exists it is built there with the pinned `go install` that
// .ci/install-minio.sh also runs (several minutes, once per machine). When
// the binary cannot be had, tests are skipped with the reason, except when
// the environment variable CI is set: then they fail, so that CI never
// passes by skipping the S3 tests.
package s3test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// MinIOModule is the pinned MinIO version the harness and CI install.
const MinIOModule = "github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c"

// Server is a running MinIO server.
type Server struct {
	Endpoint  string // http://127.0.0.1:PORT
	AccessKey string
	SecretKey string
	Region    string
	DataDir   string
	LogFile   string

	bin  string
	port string
	mu   sync.Mutex
	proc *process // the running MinIO; nil after Kill
}

// process is one run of the MinIO binary.
type process struct {
	cmd    *exec.Cmd
	exited chan error
}

// stop ends the process: SIGTERM, then SIGKILL after 10s (kill: at once).
func (p *process) stop(kill bool) {
	if kill {
		_ = p.cmd.Process.Kill()
	} else {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
	}
	select {
	case <-p.exited:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

// Kill stops MinIO with SIGKILL, as a crash would: its data directory
// stays, and Restart starts it again on the same port and data.
func (s *Server) Kill() {
	s.mu.Lock()
	p := s.proc
	s.proc = nil
	s.mu.Unlock()
	if p != nil {
		p.stop(true)
	}
}

// Restart starts MinIO again after Kill, on the same port and data
// directory, and waits until its S3 API answers.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	var err error
	for range 3 { // the port may still be held for a moment
		if err = s.launch(); err == nil {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("s3test: cannot restart MinIO: %v", err)
}

// Start starts a MinIO server on a free loopback port with a fresh data
// directory, and stops it when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		unavailable(t, err)
	}
	var lastErr error
	for range 3 { // the free port may be taken between probe and start
		s, err := start(t, bin)
		if err == nil {
			return s
		}
		lastErr = err
	}
	t.Fatalf("s3test: cannot start MinIO (%s): %v", bin, lastErr)
	return nil
}

func unavailable(t testing.TB, err error) {
	t.Helper()
	msg := fmt.Sprintf("s3test: MinIO is not available: %v (install it with .ci/install-minio.sh, or set REDACTD_MINIO to a minio binary)", err)
	if os.Getenv("CI") != "" {
		t.Fatal(msg + "; CI is set, so this is a failure, not a skip")
	}
	t.Skip(msg)
}

func start(t testing.TB, bin string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	dir := t.TempDir()
	s := &Server{
		Endpoint:  "http://127.0.0.1:" + port,
		AccessKey: "redactd-test",
		SecretKey: "redactd-test-secret",
		Region:    "us-east-1",
		DataDir:   filepath.Join(dir, "data"),
		LogFile:   filepath.Join(dir, "minio.log"),
		bin:       bin,
		port:      port,
	}
	if err := s.launch(); err != nil {
		return nil, err
	}
	t.Cleanup(func() {
		s.mu.Lock()
		p := s.proc
		s.proc = nil
		s.mu.Unlock()
		if p != nil {
			p.stop(false)
		}
		if t.Failed() {
			t.Logf("s3test: MinIO log:\n%s", tail(s.LogFile))
		}
	})
	return s, nil
}

// launch starts MinIO on s's port and data directory and waits until its
// S3 API answers.
func (s *Server) launch() error {
	logf, err := os.OpenFile(s.LogFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	cmd := exec.Command(s.bin, "server", "--quiet", "--address", "127.0.0.1:"+s.port, s.DataDir)
	cmd.Env = append(os.Environ(),
		"MINIO_ROOT_USER="+s.AccessKey,
		"MINIO_ROOT_PASSWORD="+s.SecretKey,
		"MINIO_REGION="+s.Region,
		"MINIO_BROWSER=off",
		"MINIO_UPDATE=off",
		"MINIO_CI_CD=1",
	)
	cmd.Stdout, cmd.Stderr = logf, logf
	killWithParent(cmd)
	if err := cmd.Start(); err != nil {
		logf.Close()
		return err
	}
	p := &process{cmd: cmd, exited: make(chan error, 1)}
	go func() { p.exited <- cmd.Wait(); logf.Close() }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(s.Endpoint + "/minio/health/live")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case err := <-p.exited:
			return fmt.Errorf("minio exited at start-up (%v): %s", err, tail(s.LogFile))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.stop(false)
			return fmt.Errorf("minio not live after 60s: %s", tail(s.LogFile))
		}
	}
	// Live is not ready: wait until the S3 API answers.
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := s.Client().ListBuckets(ctx, &s3.ListBucketsInput{})
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			p.stop(false)
			return fmt.Errorf("minio S3 API not ready after 60s (%v): %s", err, tail(s.LogFile))
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.mu.Lock()
	s.proc = p
	s.mu.Unlock()
	return nil
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(bytes.TrimSpace(b))
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// Credentials returns static credentials for the server's root user.
func (s *Server) Credentials() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(s.AccessKey, s.SecretKey, "")
}

// Env returns the environment a child process needs to reach the server
// through the SDK's default credential chain.
func (s *Server) Env() []string {
	return []string{
		"AWS_ACCESS_KEY_ID=" + s.AccessKey,
		"AWS_SECRET_ACCESS_KEY=" + s.SecretKey,
		"AWS_REGION=" + s.Region,
		"AWS_EC2_METADATA_DISABLED=true",
	}
}

// Client returns an S3 client for the server (path-style, static
// credentials, checksums only when required).
func (s *Server) Client() *s3.Client {
	return s3.New(s3.Options{
		Region:                     s.Region,
		Credentials:                s.Credentials(),
		BaseEndpoint:               aws.String(s.Endpoint),
		UsePathStyle:               true,
		RequestChecksumCalculation: aws.RequestChecksumCalculationWhenRequired,
		ResponseChecksumValidation: aws.ResponseChecksumValidationWhenRequired,
	})
}

// NewBucket creates a bucket with a fresh name and returns the name.
func (s *Server) NewBucket(t testing.TB) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "test-" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := s.Client().CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(name)}); err != nil {
		t.Fatalf("s3test: cannot create bucket %q: %v", name, err)
	}
	return name
}

var buildMu sync.Mutex

// Binary returns the path of the MinIO binary, building it if needed.
func Binary() (string, error) {
	if p := os.Getenv("REDACTD_MINIO"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("REDACTD_MINIO=%q: %w", p, err)
		}
		return p, nil
	}
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(root, ".cache", "bin", "minio")
	if isExec(bin) {
		return bin, nil
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	return bin, build(root, bin)
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// build runs the pinned go install into <root>/.cache/bin, holding a file
// lock so that test binaries of several packages build it only once.
func build(root, bin string) error {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("%s is missing and there is no go command to build it: %w", bin, err)
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return err
	}
	lock, err := os.OpenFile(filepath.Join(root, ".cache", "minio-build.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if isExec(bin) { // built by another process while we waited
		return nil
	}
	fmt.Fprintf(os.Stderr, "s3test: building MinIO into %s (go install %s; takes several minutes, once)\n", filepath.Dir(bin), MinIOModule)
	cmd := exec.Command(goBin, "install", MinIOModule)
	cmd.Env = append(os.Environ(), "GOBIN="+filepath.Dir(bin), "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go install %s: %w: %s", MinIOModule, err, strings.TrimSpace(lastLines(out.String(), 20)))
	}
	if !isExec(bin) {
		return fmt.Errorf("go install %s did not produce %s", MinIOModule, bin)
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// RepoRoot returns the directory of the redactd go.mod above the working
// directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(b, []byte("module github.com/redactd/redactd\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the redactd repository root (go.mod) above the working directory")
		}
		dir = parent
	}
}
