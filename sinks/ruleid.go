package sinks

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// Lifecycle rule IDs name the archive they belong to, so that several
// archives share a bucket under prefixes side by side (prod/ and staging/,
// one per tenant), each with its own rules:
//
//	redactd-<tag>-class-<NAME>     expiration of one class
//	redactd-<tag>-abort-mpu        AbortIncompleteMultipartUpload (not on MinIO)
//	redactd-<tag>-delete-markers   expired delete markers (versioned buckets)
//
// where <tag> is 12 hex digits of the SHA-256 of the archive root
// ("PREFIX/", or "" for the whole bucket): stable, short, and different for
// different prefixes (a tag that matches but whose rule filters another
// root is reported as a collision rather than taken over). A class name too
// long for S3's 255-byte IDs is replaced by "~" and 16 hex digits of its
// hash. Rules written before IDs named the prefix (redactd-class-NAME,
// redactd-abort-mpu, redactd-delete-markers) are migrated: the plan
// replaces those of this archive by the new IDs.
const (
	ruleIDPrefix = "redactd-"
	tagLen       = 12
	maxRuleID    = 255

	kindClass   = "class-"
	kindAbort   = "abort-mpu"
	kindMarkers = "delete-markers"
	kindExpire  = "expire-"
)

// archiveTag returns the tag of the archive at root.
func archiveTag(root string) string {
	sum := sha256.Sum256([]byte(root))
	return hex.EncodeToString(sum[:tagLen/2])
}

func rootOf(prefix string) string { return string(Key{Prefix: prefix}.AppendRoot(nil)) }

// ClassRuleID returns the ID of the expiration rule of class in the archive
// with prefix.
func ClassRuleID(prefix, class string) string {
	id := ruleIDPrefix + archiveTag(rootOf(prefix)) + "-" + kindClass + class
	if len(id) > maxRuleID {
		sum := sha256.Sum256([]byte(class))
		id = ruleIDPrefix + archiveTag(rootOf(prefix)) + "-" + kindClass + "~" + hex.EncodeToString(sum[:8])
	}
	return id
}

// AbortRuleID returns the ID of the archive's AbortIncompleteMultipartUpload rule.
func AbortRuleID(prefix string) string {
	return ruleIDPrefix + archiveTag(rootOf(prefix)) + "-" + kindAbort
}

// DeleteMarkersRuleID returns the ID of the archive's rule removing expired
// delete markers on a versioned bucket.
func DeleteMarkersRuleID(prefix string) string {
	return ruleIDPrefix + archiveTag(rootOf(prefix)) + "-" + kindMarkers
}

// ExpiryRuleID returns the ID of the rule expiring, at date, the objects of
// the archive with prefix that a rewrite tagged with that date.
func ExpiryRuleID(prefix string, date time.Time) string {
	return ruleIDPrefix + archiveTag(rootOf(prefix)) + "-" + kindExpire + date.UTC().Format(time.DateOnly)
}

// expiryRule returns the rule expiring the objects tagged with day.
func expiryRule(prefix, day string) types.LifecycleRule {
	date, _ := time.Parse(time.DateOnly, day)
	return types.LifecycleRule{
		ID:     aws.String(ExpiryRuleID(prefix, date)),
		Status: types.ExpirationStatusEnabled,
		Filter: &types.LifecycleRuleFilter{And: &types.LifecycleRuleAndOperator{
			Prefix: aws.String(rootOf(prefix)),
			Tags:   []types.Tag{{Key: aws.String(tagExpire), Value: aws.String(day)}},
		}},
		Expiration: &types.LifecycleExpiration{Date: aws.Time(date)},
	}
}

// ruleRef is what a redactd rule ID says.
type ruleRef struct {
	legacy bool   // an ID from before IDs named the archive
	tag    string // "" when legacy
	kind   string // kindClass, kindAbort or kindMarkers
	class  string // kindClass only; "" when hashed
}

// parseRuleID parses a redactd rule ID; ok is false for other IDs.
func parseRuleID(id string) (ruleRef, bool) {
	rest, ok := strings.CutPrefix(id, ruleIDPrefix)
	if !ok {
		return ruleRef{}, false
	}
	var ref ruleRef
	if len(rest) > tagLen && rest[tagLen] == '-' && isLowerHex(rest[:tagLen]) {
		ref.tag, rest = rest[:tagLen], rest[tagLen+1:]
	} else {
		ref.legacy = true
	}
	switch {
	case rest == kindAbort:
		ref.kind = kindAbort
	case rest == kindMarkers:
		ref.kind = kindMarkers
	case strings.HasPrefix(rest, kindExpire):
		if _, err := time.Parse(time.DateOnly, rest[len(kindExpire):]); err != nil || ref.legacy {
			return ruleRef{}, false
		}
		ref.kind = kindExpire
	case strings.HasPrefix(rest, kindClass):
		ref.kind, ref.class = kindClass, rest[len(kindClass):]
		if strings.HasPrefix(ref.class, "~") {
			ref.class = ""
		} else if ValidClass(ref.class) != nil {
			return ruleRef{}, false
		}
	default:
		return ruleRef{}, false
	}
	return ref, true
}

func isLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// root returns the archive root a redactd rule with filter prefix belongs
// to: the filter without "class=NAME/" for a class rule, the filter itself
// for the others. ok is false when the filter does not have that form
// (edited by hand, or a class rule with a hashed name).
func (ref ruleRef) root(filter string) (string, bool) {
	if ref.kind != kindClass {
		return filter, true
	}
	if ref.class == "" {
		if i := strings.LastIndex(strings.TrimSuffix(filter, "/"), "/"); i >= 0 && strings.HasPrefix(filter[i+1:], segClass) {
			return filter[:i+1], true
		}
		if strings.HasPrefix(filter, segClass) {
			return "", true
		}
		return "", false
	}
	return strings.CutSuffix(filter, ClassPrefix("", ref.class))
}

// ruleClass returns the class of a class rule of the archive at root.
func ruleClass(id, filter, root string) (string, bool) {
	ref, ok := parseRuleID(id)
	if !ok || ref.kind != kindClass || ref.class == "" || !ref.legacy && ref.tag != archiveTag(root) {
		return "", false
	}
	if r, ok := ref.root(filter); !ok || r != root {
		return "", false
	}
	return ref.class, true
}

// Owners of a bucket's rules, for the archive at some root.
const (
	ownerNone   = iota // not redactd's, or not placeable (edited by hand): left alone
	ownerUs            // this archive's, current ID
	ownerLegacy        // this archive's, old ID: replaced by the current one
	ownerOther         // another archive's
)

// ruleOwners sorts the rules of a bucket for the archive at root. Rules
// with a redactd- ID it cannot place are left alone, as are all others.
type ruleOwners struct {
	owner      []int               // per rule of current
	others     map[string][]string // other archive root -> its rules, "ID (filter prefix P)"
	collisions []string
}

func sortRules(root string, current []types.LifecycleRule) ruleOwners {
	tag := archiveTag(root)
	o := ruleOwners{owner: make([]int, len(current)), others: map[string][]string{}}
	for i, r := range current {
		id, filter := aws.ToString(r.ID), rulePrefix(r)
		ref, ok := parseRuleID(id)
		if !ok {
			continue
		}
		rr, known := ref.root(filter)
		desc := fmt.Sprintf("%s (filter prefix %q)", id, filter)
		switch {
		case !ref.legacy && ref.tag == tag:
			if known && rr != root && archiveTag(rr) == tag {
				o.collisions = append(o.collisions, desc) // two roots, one tag
			} else {
				o.owner[i] = ownerUs // possibly edited by hand: the plan fixes it
			}
		case !known:
		case rr == root && ref.legacy:
			o.owner[i] = ownerLegacy
		case rr == root:
			// Another tag filtering on our root: edited by hand; leave it.
		default:
			o.owner[i] = ownerOther
			o.others[rr] = append(o.others[rr], desc)
		}
	}
	return o
}

// overlapError returns an error naming the rules of the archives whose
// root is inside root or contains it: their objects would fall under each
// other's class rules and be counted as each other's.
func (o ruleOwners) overlapError(bucket, root string) error {
	if len(o.collisions) > 0 {
		return fmt.Errorf("%w: bucket %q has redactd rules with this archive's ID tag %s but another prefix: %s; "+
			"a hash collision of two archive prefixes: use another prefix for this archive",
			ErrOtherArchive, bucket, archiveTag(root), strings.Join(o.collisions, ", "))
	}
	var roots []string
	for rr := range o.others {
		if strings.HasPrefix(rr, root) || strings.HasPrefix(root, rr) {
			roots = append(roots, rr)
		}
	}
	if len(roots) == 0 {
		return nil
	}
	slices.Sort(roots)
	var rules []string
	for _, rr := range roots {
		rules = append(rules, o.others[rr]...)
	}
	return fmt.Errorf("%w: bucket %q already has redactd lifecycle rules of an archive under %q, which overlaps this archive's prefix %q (one is inside the other): %s; "+
		"archives sharing a bucket need prefixes side by side (such as prod/ and staging/): use another prefix or bucket "+
		"(those rules are left alone, they still expire that archive's objects)",
		ErrOtherArchive, bucket, strings.Join(roots, `", "`), root, strings.Join(rules, ", "))
}
