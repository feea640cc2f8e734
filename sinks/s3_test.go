package sinks_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/redactd/redactd/sinks"
	"github.com/redactd/redactd/sinks/s3test"
)

func openS3(t *testing.T, srv *s3test.Server, url string, o sinks.OpenOptions) *sinks.S3 {
	t.Helper()
	if o.Endpoint == "" {
		o.Endpoint = srv.Endpoint
	}
	o.Credentials = srv.Credentials()
	a, err := sinks.Open(url, o)
	if err != nil {
		t.Fatalf("Open(%q): %v", url, err)
	}
	return a.(*sinks.S3)
}

func lines(n int) []byte {
	var b []byte
	for i := range n {
		b = fmt.Appendf(b, `{"i":%d,"msg":"GET /x/%d 200","ip":"10.1.2.0"}`+"\n", i, i*31)
	}
	return b
}

func encodedObject(t *testing.T, k sinks.Key, raw []byte, records int) sinks.Object {
	t.Helper()
	enc, err := sinks.NewEncoder(k.Codec, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	obj := sinks.Object{Key: k.String(), Meta: sinks.Meta{
		Class: k.Class, Records: records, FirstOffset: k.FirstOffset, LastOffset: k.FirstOffset + int64(records) - 1,
		RulesVersion: "r1", KeyID: "k1", RawSize: int64(len(raw)),
	}}
	if obj.Body, err = enc.EncodeObject(nil, raw, obj.Meta); err != nil {
		t.Fatal(err)
	}
	return obj
}

func tags(t *testing.T, c *s3.Client, bucket, key string) map[string]string {
	t.Helper()
	out, err := c.GetObjectTagging(context.Background(), &s3.GetObjectTaggingInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatalf("GetObjectTagging %s: %v", key, err)
	}
	m := map[string]string{}
	for _, tg := range out.TagSet {
		m[aws.ToString(tg.Key)] = aws.ToString(tg.Value)
	}
	return m
}

// TestS3 runs the S3 archive tests against one MinIO server.
func TestS3(t *testing.T) {
	srv := s3test.Start(t)
	t.Run("PutStatGetList", func(t *testing.T) { testS3PutStatGetList(t, srv) })
	t.Run("Multipart", func(t *testing.T) { testS3Multipart(t, srv) })
	t.Run("CompleteMultipartIfNoneMatch", func(t *testing.T) { testCompleteIfNoneMatch(t, srv) })
	t.Run("RetriesServerErrors", func(t *testing.T) { testS3Retries(t, srv) })
	t.Run("PermanentErrors", func(t *testing.T) { testS3Permanent(t, srv) })
}

func testS3PutStatGetList(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket+"/logs", sinks.OpenOptions{})
	if a.Prefix() != "logs" || a.Bucket() != bucket {
		t.Fatalf("prefix %q bucket %q", a.Prefix(), a.Bucket())
	}
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	dec, _ := sinks.NewDecoder(0)
	var keys []string
	for i, c := range []sinks.Codec{sinks.CodecZstd, sinks.CodecGzip, sinks.CodecParquet} {
		k := sinks.Key{Prefix: a.Prefix(), Class: "access", Topic: "cdn", Partition: i, FirstOffset: 42, Hour: h, Codec: c}
		raw := lines(300)
		if c == sinks.CodecParquet { // text lines come back byte for byte
			raw = bytes.ReplaceAll(raw, []byte(`{"i":`), []byte(`i=`))
		}
		obj := encodedObject(t, k, raw, 300)
		if err := a.Put(ctx, obj); err != nil {
			t.Fatalf("Put %s: %v", c, err)
		}
		keys = append(keys, obj.Key)
		again := encodedObject(t, k, lines(10), 10)
		if err := a.Put(ctx, again); !errors.Is(err, sinks.ErrExists) {
			t.Fatalf("second Put %s: err = %v, want ErrExists", c, err)
		}
		m, err := a.Stat(ctx, obj.Key)
		if err != nil {
			t.Fatal(err)
		}
		want := obj.Meta
		want.Size = int64(len(obj.Body))
		if m != want {
			t.Fatalf("Stat %s = %+v, want %+v (the first Put must win)", c, m, want)
		}
		if tg := tags(t, srv.Client(), bucket, obj.Key); tg["retention-class"] != "access" || len(tg) != 1 {
			t.Fatalf("tags %v", tg)
		}
		head, err := srv.Client().HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &obj.Key})
		if err != nil {
			t.Fatal(err)
		}
		wantCT, wantCE := "application/x-ndjson", c.String()
		if c == sinks.CodecParquet {
			wantCT, wantCE = "application/vnd.apache.parquet", ""
		}
		if ct, ce := aws.ToString(head.ContentType), aws.ToString(head.ContentEncoding); ct != wantCT || ce != wantCE {
			t.Fatalf("content type %q encoding %q", ct, ce)
		}
		rc, err := a.Get(ctx, obj.Key)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		got, err := dec.Decode(nil, body, c)
		if err != nil || !bytes.Equal(got, raw) {
			t.Fatalf("Get+Decode %s: err %v, equal %v", c, err, bytes.Equal(got, raw))
		}
	}
	missing := sinks.Key{Prefix: "logs", Class: "access", Topic: "cdn", Partition: 7, Hour: h}.String()
	if _, err := a.Stat(ctx, missing); !errors.Is(err, sinks.ErrNotFound) {
		t.Fatalf("Stat missing: %v", err)
	}
	if _, err := a.Get(ctx, missing); !errors.Is(err, sinks.ErrNotFound) {
		t.Fatalf("Get missing: %v", err)
	}
	outside := sinks.Key{Prefix: "other", Class: "access", Topic: "cdn", Hour: h}
	if err := a.Put(ctx, encodedObject(t, outside, lines(1), 1)); err == nil || errors.Is(err, sinks.ErrExists) {
		t.Fatalf("Put outside the prefix: %v", err)
	}
	// More keys than a page: List follows continuation tokens, in order.
	for i := range 5 {
		k := sinks.Key{Prefix: "logs", Class: "access", Topic: "cdn", Partition: 5, FirstOffset: int64(100 + i), Hour: h}
		if err := a.Put(ctx, encodedObject(t, k, lines(1), 1)); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.String())
	}
	sinks.SetListPage(a, 2)
	var got []string
	if err := a.List(ctx, "logs/class=access/", func(key string, size int64) error {
		got = append(got, key)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != strings.Join(keys, ",") {
		t.Fatalf("List = %v, want %v", got, keys)
	}
}

func testS3Multipart(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket, sinks.OpenOptions{MultipartThreshold: 1 << 20, PartSize: 5 << 20})
	// 12 MiB of incompressible data: three parts.
	raw := make([]byte, 12<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range raw {
		raw[i] = byte(r.Uint32())
	}
	k := sinks.Key{Class: "audit", Topic: "t", Partition: 1, FirstOffset: 9, Hour: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	obj := sinks.Object{Key: k.String(), Body: raw, Meta: sinks.Meta{Class: "audit", Records: 1, FirstOffset: 9, LastOffset: 9, RawSize: 1}}
	if err := a.Put(ctx, obj); err != nil {
		t.Fatal(err)
	}
	m, err := a.Stat(ctx, obj.Key)
	if err != nil {
		t.Fatal(err)
	}
	if m.Size != int64(len(raw)) || m.Class != "audit" || m.FirstOffset != 9 {
		t.Fatalf("Stat = %+v", m)
	}
	head, _ := srv.Client().HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &obj.Key})
	if etag := aws.ToString(head.ETag); !strings.Contains(etag, "-3") {
		t.Fatalf("ETag %s: not a 3-part multipart object", etag)
	}
	if tg := tags(t, srv.Client(), bucket, obj.Key); tg["retention-class"] != "audit" {
		t.Fatalf("tags %v", tg)
	}
	rc, _ := a.Get(ctx, obj.Key)
	body, _ := io.ReadAll(rc)
	rc.Close()
	if !bytes.Equal(body, raw) {
		t.Fatal("multipart body differs")
	}
	if err := a.Put(ctx, obj); !errors.Is(err, sinks.ErrExists) {
		t.Fatalf("second multipart Put: %v", err)
	}
	// No upload is left behind.
	ups, err := srv.Client().ListMultipartUploads(ctx, &s3.ListMultipartUploadsInput{Bucket: &bucket})
	if err != nil {
		t.Fatal(err)
	}
	if len(ups.Uploads) != 0 {
		t.Fatalf("%d multipart uploads left", len(ups.Uploads))
	}
}

// The multipart path relies on the store refusing CompleteMultipartUpload
// with If-None-Match: * when the key appeared during the upload.
func testCompleteIfNoneMatch(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	key := "k"
	up, err := c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatal(err)
	}
	part, err := c.UploadPart(ctx, &s3.UploadPartInput{Bucket: &bucket, Key: &key, UploadId: up.UploadId, PartNumber: aws.Int32(1), Body: strings.NewReader("late")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: strings.NewReader("first"), IfNoneMatch: aws.String("*")}); err != nil {
		t.Fatal(err)
	}
	_, err = c.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: &bucket, Key: &key, UploadId: up.UploadId, IfNoneMatch: aws.String("*"),
		MultipartUpload: &types.CompletedMultipartUpload{Parts: []types.CompletedPart{{ETag: part.ETag, PartNumber: aws.Int32(1)}}}})
	if err == nil {
		t.Fatal("CompleteMultipartUpload with If-None-Match replaced an existing object")
	}
	out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(out.Body)
	out.Body.Close()
	if string(b) != "first" {
		t.Fatalf("object = %q, want the first write", b)
	}
}

func testS3Lifecycle(t *testing.T, srv *s3test.Server) {
	ctx := context.Background()
	c := srv.Client()
	bucket := srv.NewBucket(t)
	a := openS3(t, srv, "s3://"+bucket+"/arch", sinks.OpenOptions{})
	foreign := types.LifecycleRule{ID: aws.String("team-tmp"), Status: types.ExpirationStatusEnabled,
		Filter: &types.LifecycleRuleFilter{Prefix: aws.String("tmp/")}, Expiration: &types.LifecycleExpiration{Days: aws.Int32(7)}}
	if _, err := c.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{Bucket: &bucket,
		LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: []types.LifecycleRule{foreign}}}); err != nil {
		t.Fatal(err)
	}
	classes := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 90}, {Class: "audit", Days: 365}}
	drift, err := a.VerifyLifecycle(ctx, classes)
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.PlanLifecycle(ctx, classes)
	if err != nil {
		t.Fatal(err)
	}
	// MinIO has no AbortIncompleteMultipartUpload rules: the plan says so
	// instead of adding one.
	minio := len(p.Notes) == 1 && strings.Contains(p.Notes[0], "MinIO")
	if !minio {
		t.Fatalf("notes %v: expected the MinIO note against MinIO", p.Notes)
	}
	owned := len(classes) // + the abort rule on AWS
	if len(drift) != owned {
		t.Fatalf("drift before apply = %v, want %d missing rules", drift, owned)
	}
	p, err = a.ApplyLifecycle(ctx, classes)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Changes) != owned || !strings.Contains(p.String(), "add "+sinks.ClassRuleID("arch", "access")+":") {
		t.Fatalf("plan:\n%s", p)
	}
	t.Logf("plan applied:\n%s", p)
	if drift, err := a.VerifyLifecycle(ctx, classes); err != nil || len(drift) != 0 {
		t.Fatalf("drift after apply = %v, %v", drift, err)
	}
	if p, _ := a.ApplyLifecycle(ctx, classes); len(p.Changes) != 0 || !strings.Contains(p.String(), "up to date") {
		t.Fatalf("second apply changed things:\n%s", p)
	}
	rules := lifecycleRules(t, c, bucket)
	if r, ok := rules["team-tmp"]; !ok || aws.ToInt32(r.Expiration.Days) != 7 || aws.ToString(r.Filter.Prefix) != "tmp/" {
		t.Fatalf("foreign rule not kept: %+v", rules)
	}
	if r := rules[sinks.ClassRuleID("arch", "access")]; aws.ToString(r.Filter.Prefix) != "arch/class=access/" || aws.ToInt32(r.Expiration.Days) != 90 {
		t.Fatalf("access rule = %+v", r)
	}
	if _, ok := rules[sinks.AbortRuleID("arch")]; ok {
		t.Fatalf("abort rule written to MinIO")
	}

	// HEAD shows the expiration the rule gives an object.
	k := sinks.Key{Prefix: "arch", Class: "access", Topic: "cdn", Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)}
	if err := a.Put(ctx, encodedObject(t, k, lines(5), 5)); err != nil {
		t.Fatal(err)
	}
	m, err := a.Stat(ctx, k.String())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Expiration, `rule-id="`+sinks.ClassRuleID("arch", "access")+`"`) || !strings.Contains(m.Expiration, "expiry-date=") {
		t.Fatalf("Stat Expiration = %q, want the access rule", m.Expiration)
	}
	exp := m.Expiration[strings.Index(m.Expiration, `expiry-date="`)+len(`expiry-date="`):]
	exp = exp[:strings.IndexByte(exp, '"')]
	when, err := time.Parse(time.RFC1123, exp)
	if err != nil {
		t.Fatalf("expiry-date %q: %v", exp, err)
	}
	if d := time.Until(when); d < 89*24*time.Hour || d > 92*24*time.Hour {
		t.Fatalf("expires in %v, want about 90 days", d)
	}

	// Drift: someone shortens a rule and a class goes away.
	fewer := []sinks.Retention{{Class: "technical", Days: 30}, {Class: "access", Days: 30}}
	drift, err = a.VerifyLifecycle(ctx, fewer)
	if err != nil {
		t.Fatal(err)
	}
	ops := map[string]string{}
	for _, d := range drift {
		ops[d.ID] = d.Op
	}
	if len(drift) != 2 || ops[sinks.ClassRuleID("arch", "access")] != "update" || ops[sinks.ClassRuleID("arch", "audit")] != "remove" {
		t.Fatalf("drift = %v", drift)
	}
	if _, err := a.ApplyLifecycle(ctx, fewer); err != nil {
		t.Fatal(err)
	}
	rules = lifecycleRules(t, c, bucket)
	if _, ok := rules[sinks.ClassRuleID("arch", "audit")]; ok || len(rules) != 3 {
		t.Fatalf("rules after removing a class: %v", ruleIDs(rules))
	}
	if _, ok := rules["team-tmp"]; !ok {
		t.Fatal("foreign rule lost")
	}
	if _, err := a.VerifyLifecycle(ctx, []sinks.Retention{{Class: "a/b", Days: 0}}); err == nil {
		t.Fatal("bad classes accepted")
	}
}

func lifecycleRules(t *testing.T, c *s3.Client, bucket string) map[string]types.LifecycleRule {
	t.Helper()
	out, err := c.GetBucketLifecycleConfiguration(context.Background(), &s3.GetBucketLifecycleConfigurationInput{Bucket: &bucket})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]types.LifecycleRule{}
	for _, r := range out.Rules {
		m[aws.ToString(r.ID)] = r
	}
	return m
}

func ruleIDs(m map[string]types.LifecycleRule) []string {
	var ids []string
	for id := range m {
		ids = append(ids, id)
	}
	return ids
}

// A proxy in front of MinIO answers the first PUTs with 503 SlowDown: the
// SDK retries them (MaxAttempts); what still fails comes back as an error
// that is not permanent, and the next Put succeeds.
func testS3Retries(t *testing.T, srv *s3test.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bucket := srv.NewBucket(t)
	target, _ := url.Parse(srv.Endpoint)
	proxy := httputil.NewSingleHostReverseProxy(target)
	var failures atomic.Int32
	failures.Store(3)
	var puts atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPut {
			puts.Add(1)
			if failures.Add(-1) >= 0 {
				io.Copy(io.Discard, r.Body)
				w.Header().Set("Content-Type", "application/xml")
				w.WriteHeader(http.StatusServiceUnavailable)
				io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`)
				return
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	defer ts.Close()
	a := openS3(t, srv, "s3://"+bucket, sinks.OpenOptions{Endpoint: ts.URL, MaxAttempts: 2})
	k := sinks.Key{Class: "access", Topic: "cdn", Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)}
	obj := encodedObject(t, k, lines(5), 5)
	err := a.Put(ctx, obj)
	if err == nil || sinks.IsPermanent(err) || errors.Is(err, sinks.ErrExists) {
		t.Fatalf("Put after 2 refusals: %v; want a retryable error", err)
	}
	if n := puts.Load(); n != 2 {
		t.Fatalf("%d PUT requests, want the SDK's 2", n)
	}
	if err := a.Put(ctx, obj); err != nil {
		t.Fatalf("Put once the store answers: %v", err)
	}
	if n := puts.Load(); n != 4 {
		t.Fatalf("%d PUT requests, want 4 (3 refused + 1)", n)
	}
}

func testS3Permanent(t *testing.T, srv *s3test.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a := openS3(t, srv, "s3://no-such-bucket-redactd", sinks.OpenOptions{})
	k := sinks.Key{Class: "access", Topic: "cdn", Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)}
	start := time.Now()
	err := a.Put(ctx, encodedObject(t, k, lines(5), 5))
	if err == nil || errors.Is(err, sinks.ErrExists) || errors.Is(err, sinks.ErrNotFound) || !sinks.IsPermanent(err) {
		t.Fatalf("Put to a missing bucket: %v; want a permanent error", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Fatalf("a permanent error took %v: it was retried", time.Since(start))
	}
	// Wrong credentials are permanent too.
	bad := srv.Endpoint
	b, _ := sinks.Open("s3://x", sinks.OpenOptions{Endpoint: bad, Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
		return aws.Credentials{AccessKeyID: "nobody", SecretAccessKey: "wrong"}, nil
	})})
	start = time.Now()
	if err := b.Put(ctx, encodedObject(t, k, lines(5), 5)); err == nil || !sinks.IsPermanent(err) || time.Since(start) > 10*time.Second {
		t.Fatalf("Put with bad credentials: %v after %v; want a permanent error at once", err, time.Since(start))
	}
	// So is an object that is not valid.
	if err := b.Put(ctx, sinks.Object{Key: "not/a/key"}); !sinks.IsPermanent(err) {
		t.Fatalf("Put of an invalid key: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	f := func(u string, o sinks.OpenOptions, want string) {
		t.Helper()
		_, err := sinks.Open(u, o)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("Open(%q) err = %v, want it to mention %q", u, err, want)
		}
	}
	f("s3://", sinks.OpenOptions{}, "no bucket")
	f("s3://b/../x", sinks.OpenOptions{}, `"s3://b/../x"`)
	f("s3://b/p", sinks.OpenOptions{Endpoint: "localhost:9000"}, `"localhost:9000"`)
	f("s3://b/p", sinks.OpenOptions{PartSize: 1 << 20}, "part_size")
	f("s3://user:pw@b/p", sinks.OpenOptions{}, "user info")
	f("gs://b/p", sinks.OpenOptions{}, `unknown scheme "gs"`)
	f("file://host/x", sinks.OpenOptions{}, "three slashes")
	f("/tmp/x", sinks.OpenOptions{}, "unknown scheme")

	dir := t.TempDir()
	a, err := sinks.Open("file://"+dir+"/arch", sinks.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := a.(*sinks.Dir); !ok || d.Root() != dir+"/arch" {
		t.Fatalf("Open file: %#v", a)
	}
	a, err = sinks.Open("s3://bucket/a/b/", sinks.OpenOptions{Region: "eu-west-1", Credentials: aws.AnonymousCredentials{}})
	if err != nil {
		t.Fatal(err)
	}
	if s := a.(*sinks.S3); s.Prefix() != "a/b" || s.Bucket() != "bucket" || s.Client().Options().Region != "eu-west-1" {
		t.Fatalf("Open s3: prefix %q bucket %q", s.Prefix(), s.Bucket())
	}
}

// A store that cannot be reached is a retryable failure: Put returns, once
// the SDK's attempts are spent, an error that is not permanent; the caller
// retries it.
func TestS3UnreachableIsRetryable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	endpoint := "http://" + l.Addr().String()
	l.Close() // nothing listens there now: connection refused
	a, err := sinks.Open("s3://b", sinks.OpenOptions{Endpoint: endpoint, MaxAttempts: 1, Credentials: aws.AnonymousCredentials{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	k := sinks.Key{Class: "access", Topic: "cdn", Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)}
	err = a.Put(ctx, encodedObject(t, k, lines(5), 5))
	if err == nil || sinks.IsPermanent(err) || ctx.Err() != nil {
		t.Fatalf("Put to an unreachable store: %v; want a retryable error before the context ends", err)
	}
}

func TestOpenDefaultRegion(t *testing.T) {
	t.Setenv("AWS_REGION", "")
	t.Setenv("AWS_DEFAULT_REGION", "")
	t.Setenv("AWS_PROFILE", "")
	t.Setenv("AWS_CONFIG_FILE", t.TempDir()+"/none")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", t.TempDir()+"/none")
	a, err := sinks.Open("s3://bucket", sinks.OpenOptions{Credentials: aws.AnonymousCredentials{}})
	if err != nil {
		t.Fatal(err)
	}
	if r := a.(*sinks.S3).Client().Options().Region; r != "us-east-1" {
		t.Fatalf("region %q, want us-east-1 when nothing sets one", r)
	}
	t.Setenv("AWS_REGION", "ap-south-1")
	a, _ = sinks.Open("s3://bucket", sinks.OpenOptions{Credentials: aws.AnonymousCredentials{}})
	if r := a.(*sinks.S3).Client().Options().Region; r != "ap-south-1" {
		t.Fatalf("region %q, want the SDK chain's ap-south-1", r)
	}
}
