package sinks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Rewriting an archived object (redactd rewrite) replaces it under the same
// key, atomically, keeping its metadata and, what matters most, its expiry:
//
//   - a directory's janitor expires by the record-time day of the key, so a
//     replaced file expires when the original would have;
//   - S3 lifecycle counts from an object's creation, and a replacement is a
//     new creation: rewriting an object on day 80 of a 90-day class would
//     keep it until day 170. So the replacement carries the tag
//     redactd-expire=YYYY-MM-DD (the original's expiry: its creation plus
//     the class's days, rounded up to midnight UTC as S3 does, or the date
//     an earlier rewrite fixed), and the bucket gets one expiration rule per
//     date in use, ID redactd-TAG-expire-YYYY-MM-DD, filter prefix
//     [PREFIX/] and that tag, expiring at that date. S3 and MinIO apply the
//     earliest of the rules that match, so the class rule (creation + days,
//     now later) no longer decides. The dates in use are kept in the
//     archive's retention record (updated with conditional writes, so
//     several rewriters do not lose each other's dates); every lifecycle
//     plan writes their rules and prunes them a week after their date.

// ErrChanged is returned (wrapped) by Replace when the object changed since
// it was loaded (another rewriter replaced it): load it again.
var ErrChanged = errors.New("object changed since it was read")

// Stored is an archive object as loaded for a rewrite.
type Stored struct {
	Key  string
	Body []byte // encoded (compressed), as Get returns it
	Meta Meta
	// Created is when the object was written (S3: Last-Modified; a
	// directory: the file's modification time).
	Created time.Time
	// ExpireOn is the expiry an earlier rewrite fixed (S3 tag
	// redactd-expire); zero if none.
	ExpireOn time.Time

	etag string
}

const tagExpire = "redactd-expire"

// expiryDate returns when S3 expires an object created at created in a
// class of days: created + days, rounded up to the next midnight UTC.
func expiryDate(created time.Time, days int) time.Time {
	t := created.UTC().Add(time.Duration(days) * 24 * time.Hour)
	d := t.Truncate(24 * time.Hour)
	if d.Before(t) {
		d = d.Add(24 * time.Hour)
	}
	return d
}

// Load reads key for a rewrite: body, metadata, creation and the expiry
// an earlier rewrite fixed.
func (s *S3) Load(ctx context.Context, key string) (Stored, error) {
	out, err := s.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}, s.opts()...)
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read %q in %s: %w", key, s, classify(err))
	}
	defer out.Body.Close()
	body, err := io.ReadAll(out.Body)
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read %q in %s: %w", key, s, err)
	}
	md := out.Metadata
	m, err := metaFromValues(func(name string) string { return md[name] })
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read %q in %s: %w", key, s, err)
	}
	m.Size = int64(len(body))
	st := Stored{Key: key, Body: body, Meta: m, Created: aws.ToTime(out.LastModified), etag: aws.ToString(out.ETag)}
	tags, err := s.client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}, s.opts()...)
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read the tags of %q in %s: %w", key, s, classify(err))
	}
	for _, t := range tags.TagSet {
		if aws.ToString(t.Key) == tagExpire {
			d, err := time.Parse(time.DateOnly, aws.ToString(t.Value))
			if err != nil {
				return Stored{}, fmt.Errorf("%q in %s: tag %s=%q: %w", key, s, tagExpire, aws.ToString(t.Value), err)
			}
			st.ExpireOn = d
		}
	}
	return st, nil
}

// Replace writes obj over old, under the same key, only if the object is
// still the one loaded (If-Match on its ETag; ErrChanged otherwise). The
// replacement expires when old would have (see above): at the date an
// earlier rewrite fixed, else its creation plus its class's days in force
// (the retention record's, else days). The date is added to the retention
// record and its lifecycle rule written before the object is replaced; the
// other rules are left as the record says, whatever policy the caller has.
// It returns that date.
func (s *S3) Replace(ctx context.Context, old Stored, obj Object, days int) (time.Time, error) {
	k, err := checkObject(&obj)
	if err != nil {
		return time.Time{}, Permanent(fmt.Errorf("cannot replace %q: %w", obj.Key, err))
	}
	if obj.Key != old.Key {
		return time.Time{}, fmt.Errorf("BUG: replacing %q by %q", old.Key, obj.Key)
	}
	expire := old.ExpireOn
	if expire.IsZero() {
		inForce, err := s.daysInForce(ctx)
		if err != nil {
			return time.Time{}, err
		}
		if d, ok := inForce[obj.Meta.Class]; ok {
			days = d
		}
		expire = expiryDate(old.Created, days)
	}
	if tomorrow := time.Now().UTC().Truncate(24 * time.Hour).Add(24 * time.Hour); expire.Before(tomorrow) {
		expire = tomorrow // due already: S3 takes dates at midnight, the next one
	}
	// Changed already? Then no expiry rule for nothing (the PUT checks again).
	if _, err := s.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(obj.Key),
		IfMatch: aws.String(old.etag)}, s.opts()...); err != nil {
		if httpStatus(err) == 412 {
			return expire, fmt.Errorf("cannot replace %q in %s: %w", obj.Key, s, ErrChanged)
		}
		return expire, fmt.Errorf("cannot replace %q in %s: %w", obj.Key, s, classify(err))
	}
	if err := s.useExpiryDate(ctx, expire); err != nil {
		return expire, err
	}
	tags := url.Values{}
	tags.Set("retention-class", obj.Meta.Class)
	tags.Set(tagExpire, expire.Format(time.DateOnly))
	in := &s3.PutObjectInput{
		Bucket:          aws.String(s.bucket),
		Key:             aws.String(obj.Key),
		Body:            bytes.NewReader(obj.Body),
		ContentLength:   aws.Int64(int64(len(obj.Body))),
		IfMatch:         aws.String(old.etag),
		Tagging:         aws.String(tags.Encode()),
		Metadata:        metaValues(obj.Meta),
		ContentType:     aws.String(contentTypeOf(k)),
		ContentEncoding: contentEncoding(k.Codec),
	}
	if _, err := s.client.PutObject(ctx, in, s.opts()...); err != nil {
		err = classify(err)
		if errors.Is(err, ErrExists) { // 412: the ETag no longer matches
			return expire, fmt.Errorf("cannot replace %q in %s: %w", obj.Key, s, ErrChanged)
		}
		return expire, fmt.Errorf("cannot replace %q in %s: %w", obj.Key, s, err)
	}
	return expire, nil
}

// daysInForce returns the retention of each class the record holds, read
// once per S3 (a rewrite's run).
func (s *S3) daysInForce(ctx context.Context) (map[string]int, error) {
	s.expMu.Lock()
	defer s.expMu.Unlock()
	if s.recDays != nil {
		return s.recDays, nil
	}
	rec, err := s.readRecord(ctx, s.prefix)
	if err != nil {
		return nil, err
	}
	s.recDays = map[string]int{}
	for _, c := range rec.Classes {
		if !c.Retired && c.Days > 0 {
			s.recDays[c.Class] = c.Days
		}
	}
	return s.recDays, nil
}

// useExpiryDate records date in the retention record (a conditional write,
// retried when another writer got there first) and applies the lifecycle
// with the classes the record holds, which then has the date's rule and
// every other rule as before.
func (s *S3) useExpiryDate(ctx context.Context, date time.Time) error {
	day := date.Format(time.DateOnly)
	s.expMu.Lock()
	defer s.expMu.Unlock()
	if s.expDates[day] {
		return nil
	}
	var rec retentionRecord
	for attempt := 0; ; attempt++ {
		var etag string
		var err error
		rec, etag, err = s.readRecordTag(ctx, s.prefix)
		if err != nil {
			return err
		}
		if rec.hasDate(day) {
			break
		}
		rec.ExpiryDates = append(rec.ExpiryDates, day)
		err = s.writeRecordIf(ctx, s.prefix, rec, etag)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrChanged) || attempt == 9 {
			return err
		}
	}
	var classes []Retention
	for _, c := range rec.Classes {
		if !c.Retired {
			classes = append(classes, Retention{Class: c.Class, Days: c.Days})
		}
	}
	// The rule before the object: a crash in between leaves a rule whose
	// objects are not there yet, never an object without its rule.
	if _, err := s.ApplyLifecycle(ctx, classes); err != nil {
		return fmt.Errorf("cannot add the expiry rule of %s: %w", day, err)
	}
	rules, _, err := getLifecycle(ctx, s.client, s.bucket, s.opts()...)
	if err != nil {
		return err
	}
	id := ExpiryRuleID(s.prefix, date)
	for _, r := range rules {
		if aws.ToString(r.ID) == id {
			if s.expDates == nil {
				s.expDates = map[string]bool{}
			}
			s.expDates[day] = true
			return nil
		}
	}
	return fmt.Errorf("the expiry rule %s is not in the lifecycle of bucket %q after apply (another writer?); try again", id, s.bucket)
}

// Load reads key for a rewrite. A directory keeps no expiry of its own:
// the janitor expires by the key's day.
func (d *Dir) Load(ctx context.Context, key string) (Stored, error) {
	k, err := ParseKey(key)
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read %q: %w", key, err)
	}
	data, err := os.ReadFile(d.path(key))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Stored{}, fmt.Errorf("cannot read %q: %w", key, ErrNotFound)
		}
		return Stored{}, fmt.Errorf("cannot read %q: %w", key, err)
	}
	var (
		m Meta
		n int64
	)
	if k.Codec == CodecParquet {
		m, err = parquetMeta(bytes.NewReader(data), int64(len(data))) // no frame: the footer holds it
	} else {
		m, n, err = readMetaFrame(bytes.NewReader(data), k.Codec)
	}
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read %q: %w", key, err)
	}
	fi, err := os.Stat(d.path(key))
	if err != nil {
		return Stored{}, fmt.Errorf("cannot read %q: %w", key, err)
	}
	m.Size = fi.Size()
	return Stored{Key: key, Body: data[n:], Meta: m, Created: fi.ModTime()}, nil
}

// Replace writes obj over old atomically: a temporary file in the same
// directory, written and fsynced, renamed over the object, the directory
// fsynced. A crash leaves the old object or the new one, and at worst a
// temporary file the janitor removes. The expiry is the key's day's, as
// before; it returns the zero time.
func (d *Dir) Replace(ctx context.Context, old Stored, obj Object, _ int) (time.Time, error) {
	k, err := checkObject(&obj)
	if err != nil {
		return time.Time{}, Permanent(fmt.Errorf("cannot replace %q: %w", obj.Key, err))
	}
	if obj.Key != old.Key {
		return time.Time{}, fmt.Errorf("BUG: replacing %q by %q", old.Key, obj.Key)
	}
	if err := ctx.Err(); err != nil {
		return time.Time{}, err
	}
	head, err := appendMetaFrame(nil, k.Codec, obj.Meta)
	if err != nil {
		return time.Time{}, Permanent(fmt.Errorf("cannot replace %q: %w", obj.Key, err))
	}
	final := d.path(obj.Key)
	dir := filepath.Dir(final)
	tmp, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(final)+"-*")
	if err != nil {
		return time.Time{}, fmt.Errorf("cannot replace %q: %w", obj.Key, err)
	}
	defer os.Remove(tmp.Name()) // gone after the rename
	if err := writeSyncClose(tmp, head, obj.Body); err != nil {
		return time.Time{}, fmt.Errorf("cannot replace %q: %w", obj.Key, err)
	}
	if _, err := os.Stat(final); err != nil {
		return time.Time{}, fmt.Errorf("cannot replace %q: %w", obj.Key, ErrChanged) // deleted meanwhile (the janitor)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return time.Time{}, fmt.Errorf("cannot replace %q: %w", obj.Key, err)
	}
	if err := syncDir(dir); err != nil {
		return time.Time{}, fmt.Errorf("cannot replace %q: %w", obj.Key, err)
	}
	return time.Time{}, nil
}
