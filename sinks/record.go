package sinks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// The retention record is what an archive remembers of the retention of
// every class it has held: written by `lifecycle apply` and by the daemon
// at start (lifecycle.on_start: apply, and always for a directory), read by
// every plan. A class removed from the policy keeps being expired by the
// days it last had, as long as objects remain under its prefix, instead of
// living forever; a class the operator retires (`lifecycle apply
// --retire-class NAME`) is recorded as such and no longer enforced.
//
// It lives at [PREFIX/].redactd/retention.json: outside every class=
// directory, so the pipeline, replay and query never see it; the leading
// '.' hides it from a directory's List and from Hive-style engines
// (Athena, Trino). It holds
// class names and days only, taken from policies.
const recordKey = ".redactd/retention.json"

// retentionRecord is the record's JSON form.
type retentionRecord struct {
	Version int           `json:"version"`
	Classes []recordClass `json:"classes"`
	// ExpiryDates are the expiry dates (YYYY-MM-DD) of rewritten S3
	// objects, each with its lifecycle rule; see replace.go.
	ExpiryDates []string `json:"expiry_dates,omitempty"`
}

func (r retentionRecord) hasDate(day string) bool { return slices.Contains(r.ExpiryDates, day) }

type recordClass struct {
	Class   string `json:"class"`
	Days    int    `json:"days"` // 0 only for a retired class whose days were unknown
	Retired bool   `json:"retired,omitempty"`
}

func (r retentionRecord) find(class string) (recordClass, bool) {
	for _, c := range r.Classes {
		if c.Class == class {
			return c, true
		}
	}
	return recordClass{}, false
}

func (r retentionRecord) encode() []byte {
	r.Version = 1
	r.ExpiryDates = slices.Compact(slices.Sorted(slices.Values(r.ExpiryDates)))
	slices.SortFunc(r.Classes, func(a, b recordClass) int { return strings.Compare(a.Class, b.Class) })
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		panic("BUG: cannot encode the retention record: " + err.Error())
	}
	return append(b, '\n')
}

// decodeRecord parses a record; name is used in errors.
func decodeRecord(name string, data []byte) (retentionRecord, error) {
	var r retentionRecord
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return r, fmt.Errorf("retention record %s: %w", name, err)
	}
	if r.Version != 1 {
		return r, fmt.Errorf("retention record %s: version %d, want 1 (written by a newer redactd?)", name, r.Version)
	}
	for i, d := range r.ExpiryDates {
		if t, err := time.Parse(time.DateOnly, d); err != nil || t.Format(time.DateOnly) != d {
			return r, fmt.Errorf("retention record %s: expiry_dates[%d] %q is not YYYY-MM-DD", name, i, d)
		}
	}
	for i, c := range r.Classes {
		if err := ValidClass(c.Class); err != nil {
			return r, fmt.Errorf("retention record %s: classes[%d]: %w", name, i, err)
		}
		if c.Days < 1 && !c.Retired {
			return r, fmt.Errorf("retention record %s: classes[%d] (%s): days %d, must be at least 1", name, i, c.Class, c.Days)
		}
	}
	return r, nil
}

// recordPath returns the record's key in an archive with prefix.
func recordPath(prefix string) string {
	return string(Key{Prefix: prefix}.AppendRoot(nil)) + recordKey
}

// readRecord reads the record of the archive under prefix of s; a missing
// record is an empty one.
func (s *S3) readRecord(ctx context.Context, prefix string) (retentionRecord, error) {
	r, _, err := s.readRecordTag(ctx, prefix)
	return r, err
}

// readRecordTag is readRecord with the record's ETag, "" when missing.
func (s *S3) readRecordTag(ctx context.Context, prefix string) (retentionRecord, string, error) {
	key := recordPath(prefix)
	out, err := s.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}, s.opts()...)
	if err != nil {
		if errors.Is(classify(err), ErrNotFound) {
			return retentionRecord{}, "", nil
		}
		return retentionRecord{}, "", fmt.Errorf("cannot read the retention record %q in %s: %w", key, s, classify(err))
	}
	defer out.Body.Close()
	data, err := io.ReadAll(io.LimitReader(out.Body, 1<<20))
	if err != nil {
		return retentionRecord{}, "", fmt.Errorf("cannot read the retention record %q in %s: %w", key, s, err)
	}
	r, err := decodeRecord(s.String()+"/"+key, data)
	return r, aws.ToString(out.ETag), err
}

// writeRecordIf replaces the record of the archive under prefix of s if
// it is still the one read with etag ("" : if there is none); otherwise
// it returns an error wrapping ErrChanged.
func (s *S3) writeRecordIf(ctx context.Context, prefix string, r retentionRecord, etag string) error {
	key := recordPath(prefix)
	body := r.encode()
	in := &s3.PutObjectInput{
		Bucket: aws.String(s.bucket), Key: aws.String(key), Body: bytes.NewReader(body),
		ContentLength: aws.Int64(int64(len(body))), ContentType: aws.String("application/json"),
	}
	if etag == "" {
		in.IfNoneMatch = aws.String("*")
	} else {
		in.IfMatch = aws.String(etag)
	}
	if _, err := s.client.PutObject(ctx, in, s.opts()...); err != nil {
		err = classify(err)
		if errors.Is(err, ErrExists) {
			return fmt.Errorf("cannot write the retention record %q in %s: %w", key, s, ErrChanged)
		}
		return fmt.Errorf("cannot write the retention record %q in %s: %w", key, s, err)
	}
	return nil
}

// readRecord reads the record of the archive under prefix of d.
func (d *Dir) readRecord(prefix string) (retentionRecord, error) {
	p := d.path(recordPath(prefix))
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return retentionRecord{}, nil
	}
	if err != nil {
		return retentionRecord{}, fmt.Errorf("cannot read the retention record: %w", err)
	}
	return decodeRecord(p, data)
}

// writeRecord replaces the record of the archive under prefix of d
// atomically (temporary file, fsync, rename, directory fsync).
func (d *Dir) writeRecord(prefix string, r retentionRecord) error {
	p := d.path(recordPath(prefix))
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("cannot write the retention record: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-retention-*")
	if err != nil {
		return fmt.Errorf("cannot write the retention record: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := writeSyncClose(tmp, nil, r.encode()); err != nil {
		return fmt.Errorf("cannot write the retention record %s: %w", p, err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("cannot write the retention record: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("cannot write the retention record %s: %w", p, err)
	}
	return nil
}

// Orphan is a class the policy no longer has whose prefix still holds
// objects.
type Orphan struct {
	Class   string
	Prefix  string // the class's key prefix, "[PREFIX/]class=NAME/"
	Objects int    // objects under Prefix, counted up to maxCount
	More    bool   // there are more than Objects
	Days    int    // the retention that still applies; 0 when none is known
}

// count says how many objects, for a person.
func (o Orphan) count() string {
	if o.More {
		return "more than " + strconv.Itoa(o.Objects) + " objects"
	}
	if o.Objects == 1 {
		return "1 object"
	}
	return strconv.Itoa(o.Objects) + " objects"
}

func (o Orphan) String() string {
	switch {
	case o.Days == 0:
		return fmt.Sprintf("class %s: %s under %q that no retention covers", o.Class, o.count(), o.Prefix)
	default:
		return fmt.Sprintf("class %s is not in the policy: its objects under %q (%s) still expire after %d days (its last retention)", o.Class, o.Prefix, o.count(), o.Days)
	}
}

// maxCount bounds how many objects of a class no longer in the policy a
// plan counts: ten listing pages of S3.
const maxCount = 10000

// classTally is what a plan knows of the classes an archive holds.
type classTally struct {
	objects map[string]int  // class -> objects counted (at most maxCount+1)
	present []string        // classes with objects, sorted
	more    map[string]bool // more than maxCount
}

// lister is what a plan needs to find the classes an archive holds.
type lister interface {
	List(ctx context.Context, prefix string, fn func(key string, size int64) error) error
	ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error
}

var errCountDone = errors.New("count done")

// tallyClasses finds the class directories under the archive root and
// counts the objects of those not in keep (up to maxCount; the policy's
// classes need no count).
func tallyClasses(ctx context.Context, l lister, prefix string, keep map[string]bool) (classTally, error) {
	root := string(Key{Prefix: prefix}.AppendRoot(nil))
	t := classTally{objects: map[string]int{}, more: map[string]bool{}}
	var classes []string
	err := l.ListDirs(ctx, root, func(dir string) error {
		if c, ok := ParseClassDir(root, dir); ok {
			classes = append(classes, c)
		}
		return nil
	})
	if err != nil {
		return t, err
	}
	for _, c := range classes {
		if keep[c] {
			t.present = append(t.present, c)
			continue
		}
		n := 0
		err := l.List(ctx, ClassPrefix(prefix, c), func(key string, _ int64) error {
			if _, err := ParseKey(key); err != nil {
				return nil // not an archive object
			}
			if n++; n > maxCount {
				return errCountDone
			}
			return nil
		})
		if err != nil && !errors.Is(err, errCountDone) {
			return t, err
		}
		if n == 0 {
			continue
		}
		if n > maxCount {
			n, t.more[c] = maxCount, true
		}
		t.objects[c] = n
		t.present = append(t.present, c)
	}
	slices.Sort(t.present)
	return t, nil
}

// expiryKeep is how many days past its date an expiry rule of rewritten
// objects is kept: S3 deletes expired objects within a day or two.
const expiryKeep = 7

var timeNow = time.Now

// classPlan is the outcome of reconciling the policy's classes with what
// the archive holds and remembers.
type classPlan struct {
	enforce   []Retention // the policy's classes, then the orphans with a known retention
	orphaned  []Orphan    // not in the policy, objects remain, still expired
	uncovered []Orphan    // not in the policy, objects remain, no retention known
	retired   []Orphan    // retired by the operator; objects (if any) kept without expiry
	record    retentionRecord
}

// ErrRetireInPolicy is returned (wrapped) when --retire-class names a class
// the policy still has.
var ErrRetireInPolicy = errors.New("cannot retire a class the policy has")

// reconcile decides the retention of every class: the policy's classes as
// configured; a class no longer in the policy whose prefix still holds
// objects by its last known retention (the record's, else lastDays, the
// days of the rule enforcing it now) unless retire names it or the record
// says it was retired. It returns the record to write.
func reconcile(prefix string, classes []Retention, t classTally, rec retentionRecord, lastDays map[string]int, retire []string) (classPlan, error) {
	var cp classPlan
	prune := timeNow().UTC().AddDate(0, 0, -expiryKeep).Format(time.DateOnly)
	for _, d := range rec.ExpiryDates {
		if d >= prune {
			cp.record.ExpiryDates = append(cp.record.ExpiryDates, d)
		}
	}
	inPolicy := map[string]bool{}
	for _, c := range classes {
		inPolicy[c.Class] = true
		cp.enforce = append(cp.enforce, c)
		cp.record.Classes = append(cp.record.Classes, recordClass{Class: c.Class, Days: c.Days})
	}
	retiring := map[string]bool{}
	for _, r := range retire {
		if err := ValidClass(r); err != nil {
			return cp, fmt.Errorf("--retire-class %q: %w", r, err)
		}
		if inPolicy[r] {
			return cp, fmt.Errorf("%w: --retire-class %q: the class is in the policy; remove it from the policy first", ErrRetireInPolicy, r)
		}
		retiring[r] = true
	}
	// Every class the archive holds, remembers or enforces.
	names := map[string]bool{}
	for _, c := range t.present {
		names[c] = true
	}
	for _, c := range rec.Classes {
		names[c.Class] = true
	}
	for c := range lastDays {
		names[c] = true
	}
	sorted := make([]string, 0, len(names))
	for c := range names {
		if !inPolicy[c] {
			sorted = append(sorted, c)
		}
	}
	slices.Sort(sorted)
	for _, c := range sorted {
		o := Orphan{Class: c, Prefix: ClassPrefix(prefix, c), Objects: t.objects[c], More: t.more[c]}
		rc, known := rec.find(c)
		days := rc.Days
		if !known {
			days = lastDays[c]
		}
		switch {
		case retiring[c] || known && rc.Retired:
			// Kept in the record while objects remain, so that a later
			// plan does not call them uncovered.
			cp.retired = append(cp.retired, o)
			if o.Objects > 0 {
				cp.record.Classes = append(cp.record.Classes, recordClass{Class: c, Days: days, Retired: true})
			}
		case o.Objects == 0:
			// Nothing left to expire: forget the class.
		case days == 0:
			cp.uncovered = append(cp.uncovered, o)
		default:
			o.Days = days
			cp.orphaned = append(cp.orphaned, o)
			cp.enforce = append(cp.enforce, Retention{Class: c, Days: days})
			cp.record.Classes = append(cp.record.Classes, recordClass{Class: c, Days: days})
		}
	}
	return cp, nil
}

// sameRecord reports whether two records say the same.
func sameRecord(a, b retentionRecord) bool { return bytes.Equal(a.encode(), b.encode()) }

// uncoveredChange is the drift of objects no retention covers.
func uncoveredChange(o Orphan) Change {
	return Change{Op: "uncovered", ID: o.Prefix, Detail: fmt.Sprintf(
		"%s under %q that no rule covers: class %s is not in the policy and its last retention is unknown; "+
			"add the class back to the policy with its days, or delete the objects, or run "+
			"'redactd lifecycle apply --retire-class %s' to keep them without expiry deliberately",
		o.count(), o.Prefix, o.Class, o.Class)}
}
