package sinks

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Failure reasons: what kind of failure an archive request attempt met, the
// reason label of redactd_upload_errors_total. FailureReason picks one.
const (
	ReasonNetwork      = "network"       // connection refused or reset, DNS, a broken response
	ReasonTimeout      = "timeout"       // an attempt or the whole write ran out of time (a hung store)
	Reason5xx          = "5xx"           // the store answered with a server error (500, 502, 503 SlowDown, 504)
	Reason4xxRetryable = "4xx_retryable" // throttled (429) or a conflicting conditional write (409): retried
	Reason4xxPermanent = "4xx_permanent" // denied, no such bucket, a bad request: not retried
	ReasonIO           = "io"            // a file archive's disk (full, read-only, I/O error)
	ReasonOther        = "other"
)

// FailureReasons lists every value FailureReason returns but "", so that
// metric children can be made at start-up.
func FailureReasons() []string {
	return []string{ReasonNetwork, ReasonTimeout, Reason5xx, Reason4xxRetryable, Reason4xxPermanent, ReasonIO, ReasonOther}
}

// FailureReason classifies err, the error of one archive request attempt
// or of a whole Put. It returns "" for what is not a failure of the store:
// nil, ErrExists and ErrNotFound (answers), and a cancelled context (the
// caller stopped waiting).
func FailureReason(err error) string {
	var te interface{ Timeout() bool }
	var ae smithy.APIError
	switch {
	case err == nil, errors.Is(err, ErrExists), errors.Is(err, ErrNotFound):
		return ""
	case errors.Is(err, context.DeadlineExceeded):
		return ReasonTimeout
	case errors.Is(err, context.Canceled):
		return ""
	}
	switch code := httpStatus(err); {
	case code == http.StatusPreconditionFailed, code == http.StatusNotFound && !(errors.As(err, &ae) && ae.ErrorCode() == "NoSuchBucket"):
		return ""
	case code == http.StatusRequestTimeout:
		return ReasonTimeout
	case code >= 500:
		return Reason5xx
	case code == http.StatusTooManyRequests || code == http.StatusConflict && retryable(err):
		return Reason4xxRetryable
	case code >= 400:
		return Reason4xxPermanent
	}
	if errors.As(err, &te) && te.Timeout() {
		return ReasonTimeout
	}
	if errors.As(err, &ae) {
		switch ae.ErrorCode() {
		case "RequestTimeout":
			return ReasonTimeout
		case "InternalError", "ServiceUnavailable", "SlowDown":
			return Reason5xx
		case "Throttling", "ThrottlingException":
			return Reason4xxRetryable
		}
	}
	var se *smithyhttp.RequestSendError
	var ne net.Error
	var pe *fs.PathError
	switch {
	// A file's error before the network's: syscall.Errno is a net.Error.
	case errors.As(err, &pe), errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EROFS), errors.Is(err, syscall.EIO):
		return ReasonIO
	case errors.As(err, &se), errors.As(err, &ne), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET):
		return ReasonNetwork
	case IsPermanent(err):
		return Reason4xxPermanent
	}
	return ReasonOther
}

// AttemptTimeoutError is the error of one S3 request attempt that did not
// finish within OpenOptions.RequestTimeout: the store accepted the
// connection and did not answer in time. It is retried, like a network
// error.
type AttemptTimeoutError struct {
	Op    string // S3 operation, e.g. "PutObject"
	After time.Duration
}

func (e *AttemptTimeoutError) Error() string {
	return fmt.Sprintf("S3 %s attempt got no answer within %s (archive request_timeout)", e.Op, e.After)
}

// Timeout, Temporary and RetryableError make the SDK's retryer and
// FailureReason treat it as a timeout worth another attempt.
func (e *AttemptTimeoutError) Timeout() bool        { return true }
func (e *AttemptTimeoutError) Temporary() bool      { return true }
func (e *AttemptTimeoutError) RetryableError() bool { return true }

// attemptTimeout bounds each attempt of an S3 operation (it sits inside
// the SDK's retry loop). It is only used for operations whose response is
// read in full before they return: cancelling the attempt's context
// afterwards would cut a streamed body (GetObject).
type attemptTimeout struct{ d time.Duration }

func (attemptTimeout) ID() string { return "RedactdAttemptTimeout" }

func (m attemptTimeout) HandleFinalize(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	actx, cancel := context.WithTimeout(ctx, m.d)
	defer cancel()
	out, md, err := next.HandleFinalize(actx, in)
	if err != nil && ctx.Err() == nil && errors.Is(actx.Err(), context.DeadlineExceeded) {
		// Not wrapped: the SDK would see the context error inside and
		// give up instead of retrying.
		err = &AttemptTimeoutError{Op: middleware.GetOperationName(ctx), After: m.d}
	}
	return out, md, err
}

// countingRetryer tells fn of every failed attempt the SDK is about to
// retry; the last attempt's error is Put's, which its caller counts.
type countingRetryer struct {
	aws.RetryerV2
	fn func(reason string, err error)
}

func (r countingRetryer) RetryDelay(attempt int, err error) (time.Duration, error) {
	if reason := FailureReason(err); reason != "" {
		r.fn(reason, err)
	}
	return r.RetryerV2.RetryDelay(attempt, err)
}

// plainRetryerV2 makes an aws.Retryer a RetryerV2, as the SDK does.
type plainRetryerV2 struct{ aws.Retryer }

func (r plainRetryerV2) GetAttemptToken(context.Context) (func(error) error, error) {
	return r.GetInitialToken(), nil
}

// RetryObserver is implemented by archives whose requests retry inside
// themselves (an S3 archive: the SDK's retryer). The pipeline counts an
// error Put returns itself; with ObserveRetries it also hears of every
// attempt that failed and was retried inside, which it would not see.
type RetryObserver interface {
	// ObserveRetries sets fn, called (from any goroutine) for every failed
	// attempt of a request that is retried inside the archive, with its
	// FailureReason. The final error is returned, not passed to fn, so
	// each attempt is told once. Call it before the archive is used.
	ObserveRetries(fn func(reason string, err error))
}

// ObserveRetries implements RetryObserver for the write path: Put and the
// Stat, List and ListDirs a pipeline uses. Get is not observed.
func (s *S3) ObserveRetries(fn func(reason string, err error)) {
	s.onRetry.Store(&fn)
}

// opts returns the per-call options of requests whose response is read in
// full: a deadline per attempt and, when observed, the counting retryer.
func (s *S3) opts() []func(*s3.Options) {
	return []func(*s3.Options){s.optFn}
}

func (s *S3) setOpts() {
	s.optFn = func(o *s3.Options) {
		if s.requestTimeout > 0 {
			o.APIOptions = append(o.APIOptions, func(st *middleware.Stack) error {
				return st.Finalize.Insert(attemptTimeout{s.requestTimeout}, "Retry", middleware.After)
			})
		}
		if fn := s.onRetry.Load(); fn != nil && o.Retryer != nil {
			r2, ok := o.Retryer.(aws.RetryerV2)
			if !ok {
				r2 = plainRetryerV2{o.Retryer}
			}
			o.Retryer = countingRetryer{RetryerV2: r2, fn: *fn}
		}
	}
}

// onRetryFn holds the observer of S3 retries.
type onRetryFn = atomic.Pointer[func(reason string, err error)]
