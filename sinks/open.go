package sinks

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/redactd/redactd/problem"
)

// OpenOptions configures Open. The zero value is ready for AWS S3 with the
// SDK's default credential chain (environment, shared profiles, web
// identity, instance roles).
type OpenOptions struct {
	// Endpoint is the URL of an S3-compatible store such as MinIO
	// ("http://127.0.0.1:9000"); empty means AWS. With an endpoint,
	// path-style addressing is used.
	Endpoint string `yaml:"endpoint"`
	// Region; when empty the SDK's configuration decides, else us-east-1.
	Region string `yaml:"region"`
	// PathStyle forces path-style addressing without an Endpoint.
	PathStyle bool `yaml:"path_style"`
	// MultipartThreshold: bodies larger than this use a multipart upload.
	// Default 16 MiB.
	MultipartThreshold int64 `yaml:"multipart_threshold"`
	// PartSize of multipart uploads, at least 5 MiB. Default 16 MiB.
	PartSize int64 `yaml:"part_size"`
	// MaxAttempts of the SDK retryer per request; default 8. Put retries
	// further, with its own backoff, until its context ends.
	MaxAttempts int `yaml:"max_attempts"`
	// RequestTimeout bounds each attempt of an S3 request whose answer is
	// read in full (every write, HEAD and listing; not a query's GetObject
	// body). An attempt that runs out is counted, logged and retried.
	// Default: 30s plus 1s per MiB of the larger of part_size and
	// multipart_threshold (46s for the 16 MiB defaults), so that a part
	// sent at 1 MiB/s still fits.
	RequestTimeout time.Duration `yaml:"request_timeout"`
	// UploadTimeout bounds one Put with all its attempts and parts. Default
	// 10 minutes; it must hold every part of the largest batch.
	UploadTimeout time.Duration `yaml:"upload_timeout"`
	// Credentials overrides the default chain (tests); nil uses the chain.
	Credentials aws.CredentialsProvider `yaml:"-"`
	// Logger; default slog.Default().
	Logger *slog.Logger `yaml:"-"`
}

// validate returns the problems of o, keyed by their YAML names.
func (o OpenOptions) validate() error {
	var ps []*problem.Problem
	if err := ValidEndpoint(o.Endpoint); err != nil {
		ps = append(ps, problem.Value("endpoint", o.Endpoint, err.Error()))
	}
	if o.MultipartThreshold < 0 {
		ps = append(ps, problem.Value("multipart_threshold", strconv.FormatInt(o.MultipartThreshold, 10), "must not be negative"))
	}
	if o.PartSize != 0 && o.PartSize < minPartSize {
		ps = append(ps, problem.Value("part_size", strconv.FormatInt(o.PartSize, 10), fmt.Sprintf("S3 needs at least %d bytes", minPartSize)))
	}
	if o.MaxAttempts < 0 {
		ps = append(ps, problem.Value("max_attempts", strconv.Itoa(o.MaxAttempts), "must not be negative"))
	}
	if o.RequestTimeout < 0 {
		ps = append(ps, problem.Value("request_timeout", o.RequestTimeout.String(), "must not be negative"))
	}
	if o.UploadTimeout < 0 {
		ps = append(ps, problem.Value("upload_timeout", o.UploadTimeout.String(), "must not be negative"))
	} else if o.UploadTimeout > 0 && o.RequestTimeout > 0 && o.UploadTimeout < o.RequestTimeout {
		ps = append(ps, problem.Value("upload_timeout", o.UploadTimeout.String(), "must be at least request_timeout ("+o.RequestTimeout.String()+")"))
	}
	return problem.Join(ps)
}

// ValidEndpoint reports whether e can be OpenOptions.Endpoint: "" (AWS) or
// an http(s)://host[:port] URL.
func ValidEndpoint(e string) error {
	if e == "" {
		return nil
	}
	u, err := url.Parse(e)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("want http(s)://host[:port]")
	}
	return nil
}

func (o *OpenOptions) setDefaults() {
	if o.MultipartThreshold == 0 {
		o.MultipartThreshold = DefaultMultipartThreshold
	}
	if o.PartSize == 0 {
		o.PartSize = DefaultPartSize
	}
	if o.MaxAttempts == 0 {
		o.MaxAttempts = 8
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = DefaultRequestTimeout(o.PartSize, o.MultipartThreshold)
	}
	if o.UploadTimeout == 0 {
		o.UploadTimeout = max(DefaultUploadTimeout, o.RequestTimeout)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// DefaultUploadTimeout is OpenOptions.UploadTimeout's default.
const DefaultUploadTimeout = 10 * time.Minute

// DefaultRequestTimeout is OpenOptions.RequestTimeout's default for the
// given part size and multipart threshold: 30s plus 1s per MiB of the
// larger, the time to send it at 1 MiB/s.
func DefaultRequestTimeout(partSize, threshold int64) time.Duration {
	return 30*time.Second + time.Duration(max(partSize, threshold)>>20)*time.Second
}

// Open returns the archive named by rawURL (see ParseURL):
//
//	s3://bucket[/prefix]   an S3 bucket (or S3-compatible store, see Endpoint)
//	file:///abs/dir        a directory (created if missing), see Dir
//
// Keys written to the archive must start with its prefix (S3.Prefix; a Dir
// has none).
func Open(rawURL string, o OpenOptions) (Archive, error) {
	u, err := ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("archive URL %q: %w", rawURL, err)
	}
	return OpenURL(u, o)
}

// OpenURL is Open for a URL already parsed.
func OpenURL(u URL, o OpenOptions) (Archive, error) {
	switch u.Scheme {
	case "file":
		return NewDir(u.Dir)
	case "s3":
		if err := o.validate(); err != nil {
			return nil, fmt.Errorf("archive URL %q: %w", u, err)
		}
		c, err := NewS3Client(context.Background(), o)
		if err != nil {
			return nil, fmt.Errorf("archive URL %q: %w", u, err)
		}
		return NewS3(c, u.Bucket, u.Prefix, o)
	}
	return nil, fmt.Errorf("archive URL %q: unknown scheme %q; want s3://bucket/prefix or file:///dir", u, u.Scheme)
}

// NewS3Client returns an S3 client configured from the SDK's default chain
// and o: endpoint and path style for S3-compatible stores, checksums only
// where an operation requires them (which such stores accept), a patient
// retryer without a client-side retry quota.
func NewS3Client(ctx context.Context, o OpenOptions) (*s3.Client, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	o.setDefaults()
	opts := []func(*config.LoadOptions) error{
		config.WithRetryer(func() aws.Retryer {
			return retry.NewStandard(func(so *retry.StandardOptions) {
				so.MaxAttempts = o.MaxAttempts
				so.RateLimiter = ratelimit.None
			})
		}),
	}
	if o.Region != "" {
		opts = append(opts, config.WithRegion(o.Region))
	}
	if o.Credentials != nil {
		opts = append(opts, config.WithCredentialsProvider(o.Credentials))
	}
	cfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("cannot load AWS configuration: %w", err)
	}
	if cfg.Region == "" {
		cfg.Region = "us-east-1"
	}
	return s3.NewFromConfig(cfg, func(so *s3.Options) {
		if o.Endpoint != "" {
			so.BaseEndpoint = aws.String(o.Endpoint)
			so.UsePathStyle = true
		}
		if o.PathStyle {
			so.UsePathStyle = true
		}
		so.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
		so.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
	}), nil
}
