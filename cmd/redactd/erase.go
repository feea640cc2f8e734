package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"time"

	"github.com/redactd/redactd/rewrite"
	"github.com/redactd/redactd/rules"
)

func init() {
	register("erase", "erase a data subject's records from the archive (raw or pseudonymised), keeping expiry", runErase)
}

const eraseUsage = `Usage:
  redactd erase [--config FILE] [--archive URL] [--rules FILE] --email A --phone P --ip I --value V [--file F] [--mode drop|mask] [--dry-run] [--report FILE]

For a data-subject request: finds the archived records that hold one of the
identifiers in any form the policy writes (as given, when an old object holds
it raw; e-mail addresses in any case, phone numbers also as + and digits; the
keyed pseudonym of a hash action or the Crypto-PAn address of pseudonymize,
under the policy's key), and rewrites their objects without them (--mode
drop, the default) or with each form replaced by [erased] (--mode mask).
Masked or truncated values are not linkable and need nothing. Objects
written under another key id are reported: their pseudonyms cannot be
reproduced without that key (raw forms are still looked for).

Objects are replaced as by 'redactd rewrite': atomically, metadata kept, the
same expiry; resumable after a crash (a rerun finds nothing left); --dry-run
lists what would be erased. The report (stdout, and --report FILE as JSON)
counts objects and records per class and day and per identifier, named by its
keyed pseudonym (or its number without a key), never the identifier itself.
The selection flags --class, --topic, --from, --to, --shard (or --shard-index
and --shards) are those of 'redactd rewrite'.

File (--file): one identifier a line, "email a@b.c", "phone +49...",
"ip 192.0.2.1" or "value u-123"; blank lines and lines starting with # are
skipped.

Exit status: 0 done, 1 some objects not rewritten (run again) or an error,
2 usage error.

Flags:
`

func runErase(args []string) int {
	fs := flag.NewFlagSet("erase", flag.ContinueOnError)
	var f runFlags
	f.register(fs, false)
	var emails, phones, ips, values stringList
	fs.Var(&emails, "email", "e-mail `ADDRESS` to erase (repeatable)")
	fs.Var(&phones, "phone", "phone `NUMBER` to erase (repeatable)")
	fs.Var(&ips, "ip", "IP `ADDRESS` to erase (repeatable)")
	fs.Var(&values, "value", "other `VALUE` to erase, such as a user id a field rule hashes (repeatable)")
	file := fs.String("file", "", "read identifiers from `FILE` (KIND VALUE a line)")
	mode := fs.String("mode", "drop", "drop the records, or mask the identifiers in them: drop|mask")
	reportFile := fs.String("report", "", "also write the erasure report as JSON to `FILE`")
	var sel selection
	sel.register(fs, "erase in", "change nothing: list what would be erased")
	if code, done := parseFlags(fs, eraseUsage, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "redactd erase: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	var errs []error
	var ids []rewrite.Identifier
	for kind, list := range map[string][]string{"email": emails, "phone": phones, "ip": ips, "value": values} {
		for _, v := range list {
			ids = append(ids, rewrite.Identifier{Kind: kind, Value: v})
		}
	}
	if *file != "" {
		fromFile, err := readIdentifiers(*file)
		if err != nil {
			errs = append(errs, err)
		}
		ids = append(ids, fromFile...)
	}
	// A stable order, so that "#N" labels do not depend on map order.
	slices.SortFunc(ids, func(a, b rewrite.Identifier) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Value, b.Value))
	})
	if len(ids) == 0 && len(errs) == 0 {
		errs = append(errs, errors.New("no identifier: give --email, --phone, --ip, --value or --file"))
	}
	em := rewrite.EraseDrop
	switch *mode {
	case "drop":
	case "mask":
		em = rewrite.EraseMask
	default:
		errs = append(errs, fmt.Errorf("--mode %q: want drop or mask", *mode))
	}
	o, selErrs := sel.options(time.Now())
	cfg, pol, code := loadRewriting("erase", &f, fs, append(errs, selErrs...))
	if code != 0 {
		return code
	}
	var err error
	if o.Erase, err = rewrite.NewEraser(pol, ids, em); err != nil {
		fmt.Fprintf(os.Stderr, "redactd erase: %v\n", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	code, err = eraseArchive(ctx, os.Stdout, os.Stderr, cfg, pol, o, sel.every, *reportFile)
	if err != nil {
		fmt.Fprintf(os.Stderr, "redactd erase: %v\n", err)
	}
	return code
}

// readIdentifiers reads an identifier file. Errors name the file and line,
// never the value.
func readIdentifiers(path string) ([]rewrite.Identifier, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--file: %w", err)
	}
	defer f.Close()
	var ids []rewrite.Identifier
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		id, err := rewrite.ParseIdentifier(l)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		ids = append(ids, id)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--file %s: %w", path, err)
	}
	return ids, nil
}

// erasureReport is the JSON report: counts and pseudonyms only.
type erasureReport struct {
	Archive     string                          `json:"archive"`
	Policy      string                          `json:"policy"`
	DryRun      bool                            `json:"dry_run"`
	Objects     int                             `json:"objects_read"`
	Rewritten   int                             `json:"objects_rewritten"`
	Records     int64                           `json:"records_erased"`
	ByDay       map[string]*rewrite.ErasedCount `json:"by_class_and_day"`
	ByID        map[string]int64                `json:"records_by_identifier"`
	OtherKeyIDs map[string]int                  `json:"objects_under_unavailable_key_ids,omitempty"`
	Finished    string                          `json:"finished"`
}

func eraseArchive(ctx context.Context, w, progress io.Writer, cfg Config, pol *rules.Policy, o rewrite.Options, every time.Duration, reportFile string) (int, error) {
	st, arch, err := openRewritable(cfg, progress)
	if err != nil {
		return 1, err
	}
	o.Prefix = cfg.Prefix
	var last time.Time
	o.Progress = func(r rewrite.Report) {
		if every > 0 && time.Since(last) >= every {
			last = time.Now()
			fmt.Fprintf(progress, "erase: %d objects read, %d rewritten, %d records erased\n", r.Objects, r.Rewritten, r.Changed)
		}
	}
	rep, runErr := rewrite.Run(ctx, st, pol, o)
	verb := "erased"
	if o.DryRun {
		verb = "would erase"
		for _, c := range rep.Changes {
			fmt.Fprintf(w, "  %s: %d of %d record(s)\n", c.Key, c.Changed, c.Records)
		}
	}
	fmt.Fprintf(w, "%s %d record(s) in %d of %d objects of %s\n", verb, rep.Changed, rep.Rewritten, rep.Objects, arch)
	for _, day := range slices.Sorted(maps.Keys(rep.ErasedByDay)) {
		c := rep.ErasedByDay[day]
		fmt.Fprintf(w, "  %s: %d record(s) in %d object(s)\n", day, c.Records, c.Objects)
	}
	for _, l := range o.Erase.Labels {
		fmt.Fprintf(w, "  identifier %s: %d record(s)\n", l, rep.ErasedByLabel[l])
	}
	for _, id := range slices.Sorted(maps.Keys(rep.OtherKeys)) {
		fmt.Fprintf(w, "  key id %s is not the policy's (%s): its pseudonyms in %d object(s) were not looked for; run again with that key's policy\n",
			id, pol.Engine().KeyID(), rep.OtherKeys[id])
	}
	if reportFile != "" {
		byID := map[string]int64{}
		for _, l := range o.Erase.Labels {
			byID[l] = rep.ErasedByLabel[l]
		}
		b, err := json.MarshalIndent(erasureReport{Archive: fmt.Sprint(arch), Policy: pol.Source, DryRun: o.DryRun, Objects: rep.Objects,
			Rewritten: rep.Rewritten, Records: rep.Changed, ByDay: rep.ErasedByDay, ByID: byID, OtherKeyIDs: rep.OtherKeys,
			Finished: time.Now().UTC().Format(time.RFC3339)}, "", "  ")
		if err == nil {
			err = os.WriteFile(reportFile, append(b, '\n'), 0o600)
		}
		if err != nil {
			return 1, fmt.Errorf("cannot write the report: %w", err)
		}
	}
	if runErr != nil {
		return 1, runErr
	}
	return 0, nil
}
