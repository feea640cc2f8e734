package sinks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Default sizes of multipart uploads.
const (
	DefaultMultipartThreshold = 16 << 20
	DefaultPartSize           = 16 << 20
	minPartSize               = 5 << 20
)

// S3 is an archive in an S3 bucket (or an S3-compatible store such as
// MinIO). Keys are used as given: callers put Prefix() into Key.Prefix.
// An S3 is safe for concurrent use.
type S3 struct {
	// Replace's memory of the bucket (replace.go).
	expMu    sync.Mutex
	expDates map[string]bool // expiry dates whose rule Replace has seen in the bucket
	recDays  map[string]int  // class days of the retention record, read once by Replace

	client    *s3.Client
	bucket    string
	prefix    string
	threshold int64
	partSize  int64
	listPage  int32 // ListObjectsV2 MaxKeys; 0: the store's default (1000)
	log       *slog.Logger

	// requestTimeout bounds each attempt of a request whose answer is read
	// in full, uploadTimeout one Put with all its attempts and parts.
	requestTimeout time.Duration
	uploadTimeout  time.Duration
	onRetry        onRetryFn
	optFn          func(*s3.Options)
}

// NewS3 returns an archive in bucket using client; prefix is the key
// prefix of the archive (without a trailing '/'), see Open.
func NewS3(client *s3.Client, bucket, prefix string, o OpenOptions) (*S3, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	o.setDefaults()
	if bucket == "" {
		return nil, errors.New("S3 bucket name is empty")
	}
	if err := ValidPrefix(prefix); err != nil {
		return nil, err
	}
	s := &S3{client: client, bucket: bucket, prefix: strings.TrimSuffix(prefix, "/"),
		threshold: o.MultipartThreshold, partSize: o.PartSize, log: o.Logger,
		requestTimeout: o.RequestTimeout, uploadTimeout: o.UploadTimeout}
	s.setOpts()
	return s, nil
}

// Client returns the S3 client.
func (s *S3) Client() *s3.Client { return s.client }

// Bucket returns the bucket name.
func (s *S3) Bucket() string { return s.bucket }

// Prefix returns the archive's key prefix ("" for the whole bucket).
func (s *S3) Prefix() string { return s.prefix }

func (s *S3) String() string { return URL{Scheme: "s3", Bucket: s.bucket, Prefix: s.prefix}.String() }

// Put implements Archive. It writes with If-None-Match: * in the same
// request as the retention-class tag and the metadata, so an existing key
// is never replaced (HTTP 412 -> ErrExists). Bodies larger than the
// multipart threshold use a multipart upload whose completion carries
// If-None-Match. The SDK retries 5xx, SlowDown, throttling and network
// errors (OpenOptions.MaxAttempts); what still fails is returned, marked
// permanent when retrying cannot help (other 4xx: denied, no such bucket,
// bad request), see classify.
//
// Each attempt of each request has OpenOptions.RequestTimeout to answer
// (sized for one part), and the whole Put OpenOptions.UploadTimeout: a
// store that accepts connections and never answers fails the attempt with
// an *AttemptTimeoutError, retried, and at worst the Put with
// context.DeadlineExceeded, never holding its caller forever.
func (s *S3) Put(ctx context.Context, obj Object) error {
	k, err := checkObject(&obj)
	if err != nil {
		return Permanent(fmt.Errorf("cannot upload %q: %w", obj.Key, err))
	}
	if s.prefix != "" && !strings.HasPrefix(obj.Key, s.prefix+"/") {
		return Permanent(fmt.Errorf("cannot upload %q: key is outside the archive prefix %q", obj.Key, s.prefix))
	}
	put := s.putSingle
	if int64(len(obj.Body)) > s.threshold {
		put = s.putMultipart
	}
	if s.uploadTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.uploadTimeout)
		defer cancel()
	}
	if err := put(ctx, k, obj); err != nil {
		return fmt.Errorf("cannot upload %q to %s: %w", obj.Key, s, err)
	}
	return nil
}

func tagging(class string) *string { return aws.String("retention-class=" + class) }

func contentEncoding(c Codec) *string {
	switch c {
	case CodecGzip:
		return aws.String("gzip")
	case CodecParquet:
		return nil // compressed inside
	}
	return aws.String("zstd")
}

// contentTypeOf is an object's Content-Type.
func contentTypeOf(k Key) string {
	switch {
	case k.Codec == CodecParquet:
		return "application/vnd.apache.parquet"
	case k.Text:
		return "text/plain; charset=utf-8"
	}
	return "application/x-ndjson"
}

func (s *S3) putSingle(ctx context.Context, k Key, obj Object) error {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:          aws.String(s.bucket),
		Key:             aws.String(obj.Key),
		Body:            bytes.NewReader(obj.Body),
		ContentLength:   aws.Int64(int64(len(obj.Body))),
		IfNoneMatch:     aws.String("*"),
		Tagging:         tagging(obj.Meta.Class),
		Metadata:        metaValues(obj.Meta),
		ContentType:     aws.String(contentTypeOf(k)),
		ContentEncoding: contentEncoding(k.Codec),
	}, s.opts()...)
	return classify(err)
}

// putMultipart uploads obj in parts. The completion request carries
// If-None-Match: *, so the object appears only if the key is free; an
// upload that fails is aborted (and the bucket's AbortIncompleteMultipartUpload
// rule removes what an abort could not).
func (s *S3) putMultipart(ctx context.Context, k Key, obj Object) (err error) {
	// Cheap early exit for a replay: do not upload 64 MiB to learn of a 412.
	if _, herr := s.Stat(ctx, obj.Key); herr == nil {
		return ErrExists
	}
	created, err := s.client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{
		Bucket:          aws.String(s.bucket),
		Key:             aws.String(obj.Key),
		Tagging:         tagging(obj.Meta.Class),
		Metadata:        metaValues(obj.Meta),
		ContentType:     aws.String(contentTypeOf(k)),
		ContentEncoding: contentEncoding(k.Codec),
	}, s.opts()...)
	if err != nil {
		return classify(err)
	}
	defer func() {
		if err == nil {
			return
		}
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if _, aerr := s.client.AbortMultipartUpload(actx, &s3.AbortMultipartUploadInput{
			Bucket: aws.String(s.bucket), Key: aws.String(obj.Key), UploadId: created.UploadId,
		}, s.opts()...); aerr != nil {
			s.log.Warn("cannot abort multipart upload; the lifecycle rule will", "archive", s.String(), "key", obj.Key, "err", aerr)
		}
	}()
	var parts []types.CompletedPart
	for i, off := int32(1), int64(0); off < int64(len(obj.Body)); i, off = i+1, off+s.partSize {
		end := min(off+s.partSize, int64(len(obj.Body)))
		out, err := s.client.UploadPart(ctx, &s3.UploadPartInput{
			Bucket:        aws.String(s.bucket),
			Key:           aws.String(obj.Key),
			UploadId:      created.UploadId,
			PartNumber:    aws.Int32(i),
			Body:          bytes.NewReader(obj.Body[off:end]),
			ContentLength: aws.Int64(end - off),
		}, s.opts()...)
		if err != nil {
			return classify(err)
		}
		parts = append(parts, types.CompletedPart{ETag: out.ETag, PartNumber: aws.Int32(i)})
	}
	_, err = s.client.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{
		Bucket:          aws.String(s.bucket),
		Key:             aws.String(obj.Key),
		UploadId:        created.UploadId,
		IfNoneMatch:     aws.String("*"),
		MultipartUpload: &types.CompletedMultipartUpload{Parts: parts},
	}, s.opts()...)
	return classify(err)
}

// classify maps S3 errors onto ErrExists and ErrNotFound, and marks the
// ones retrying cannot fix permanent (see retryable). Context errors are
// left as they are.
func classify(err error) error {
	if err == nil {
		return nil
	}
	switch httpStatus(err) {
	case http.StatusPreconditionFailed:
		return fmt.Errorf("%w: %w", ErrExists, err)
	case http.StatusNotFound:
		var ae smithy.APIError
		if errors.As(err, &ae) && ae.ErrorCode() == "NoSuchBucket" {
			return Permanent(err)
		}
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || retryable(err) {
		return err
	}
	return Permanent(err)
}

func httpStatus(err error) int {
	var re *awshttp.ResponseError
	if errors.As(err, &re) {
		return re.HTTPStatusCode()
	}
	return 0
}

// retryable reports whether err (after the SDK's own retries) is worth
// another attempt: server errors, throttling and network failures. Other
// 4xx answers (denied, no such bucket, bad request) are permanent.
func retryable(err error) bool {
	if err == nil {
		return false
	}
	var ae smithy.APIError
	if code := httpStatus(err); code != 0 {
		// 409 ConditionalRequestConflict: another conditional write to the
		// key is in flight; AWS asks to retry, which then ends in 200 or 412.
		conflict := code == http.StatusConflict && errors.As(err, &ae) && ae.ErrorCode() == "ConditionalRequestConflict"
		return code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout || conflict
	}
	if errors.As(err, &ae) {
		switch ae.ErrorCode() {
		case "SlowDown", "Throttling", "ThrottlingException", "RequestTimeout", "InternalError", "ServiceUnavailable":
			return true
		}
		return false
	}
	var se *smithyhttp.RequestSendError
	var ne net.Error
	return errors.As(err, &se) || errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF)
}

// Stat implements Archive: a HEAD request. Meta.Expiration is the
// x-amz-expiration header, set when a lifecycle rule applies.
func (s *S3) Stat(ctx context.Context, key string) (Meta, error) {
	out, err := s.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}, s.opts()...)
	if err != nil {
		return Meta{}, fmt.Errorf("cannot stat %q in %s: %w", key, s, classify(err))
	}
	md := out.Metadata
	m, err := metaFromValues(func(name string) string { return md[name] })
	if err != nil {
		return Meta{}, fmt.Errorf("cannot stat %q in %s: %w", key, s, err)
	}
	m.Size = aws.ToInt64(out.ContentLength)
	m.Expiration = aws.ToString(out.Expiration)
	return m, nil
}

// Get implements Archive.
func (s *S3) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	out, err := s.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)})
	if err != nil {
		return nil, fmt.Errorf("cannot read %q in %s: %w", key, s, classify(err))
	}
	return out.Body, nil
}

// List implements Archive with ListObjectsV2, page by page.
func (s *S3) List(ctx context.Context, prefix string, fn func(key string, size int64) error) error {
	in := &s3.ListObjectsV2Input{Bucket: aws.String(s.bucket), Prefix: aws.String(prefix)}
	if s.listPage > 0 {
		in.MaxKeys = aws.Int32(s.listPage)
	}
	p := s3.NewListObjectsV2Paginator(s.client, in)
	for p.HasMorePages() {
		page, err := p.NextPage(ctx, s.opts()...)
		if err != nil {
			return fmt.Errorf("cannot list %q in %s: %w", prefix, s, classify(err))
		}
		for _, o := range page.Contents {
			if err := fn(aws.ToString(o.Key), aws.ToInt64(o.Size)); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkObject parses obj's key and fills Meta.Class from it when empty.
func checkObject(obj *Object) (Key, error) {
	k, err := ParseKey(obj.Key)
	if err != nil {
		return k, err
	}
	if obj.Meta.Class == "" {
		obj.Meta.Class = k.Class
	}
	if obj.Meta.Class != k.Class {
		return k, fmt.Errorf("metadata class %q differs from the key's %q", obj.Meta.Class, k.Class)
	}
	// S3 user metadata travels in HTTP headers: printable ASCII only. Both
	// values come from configuration, never from records.
	for name, v := range map[string]string{mdRulesVersion: obj.Meta.RulesVersion, mdKeyID: obj.Meta.KeyID} {
		if len(v) > 256 {
			return k, fmt.Errorf("metadata %s is longer than 256 bytes", name)
		}
		for i := 0; i < len(v); i++ {
			if v[i] < 0x20 || v[i] > 0x7e {
				return k, fmt.Errorf("metadata %s %q: byte %d is not printable ASCII", name, v, i)
			}
		}
	}
	return k, nil
}

// ListDirs calls fn for every "directory" one level below prefix (which
// ends in '/'): the common prefixes of a delimiter listing, each ending in
// '/', in lexical order. It lists no objects, so finding the topics of a
// class costs one request, not a listing of every object.
func (s *S3) ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error {
	p := s3.NewListObjectsV2Paginator(s.client, &s3.ListObjectsV2Input{
		Bucket: aws.String(s.bucket), Prefix: aws.String(prefix), Delimiter: aws.String("/"),
	})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx, s.opts()...)
		if err != nil {
			return fmt.Errorf("cannot list %q in %s: %w", prefix, s, classify(err))
		}
		for _, cp := range page.CommonPrefixes {
			if err := fn(aws.ToString(cp.Prefix)); err != nil {
				return err
			}
		}
	}
	return nil
}
