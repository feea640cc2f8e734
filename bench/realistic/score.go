package realistic

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
)

// RedactFunc redacts one record of the named format. quarantined reports a
// record the redactor refused to archive (it counts as neither leak nor
// destroyed look-alike); an error counts the record as broken.
type RedactFunc func(format string, rec []byte) (out []byte, quarantined bool, err error)

// Counts are the figures of one cell of the score table.
type Counts struct {
	Records     int `json:"records"`
	Planted     int `json:"planted"`
	Leaks       int `json:"leaks"`
	Keeps       int `json:"keeps"`
	Destroyed   int `json:"destroyed"`
	Broken      int `json:"broken"`
	Quarantined int `json:"quarantined"`
}

func (c *Counts) add(o Counts) {
	c.Records += o.Records
	c.Planted += o.Planted
	c.Leaks += o.Leaks
	c.Keeps += o.Keeps
	c.Destroyed += o.Destroyed
	c.Broken += o.Broken
	c.Quarantined += o.Quarantined
}

// Example is a record in which a value leaked or was destroyed: the input,
// the output and the value.
type Example struct {
	In, Out []byte
	Value   Value
}

// Report is the result of Score.
type Report struct {
	// ByFormat holds the totals of each format.
	ByFormat map[string]*Counts
	// ByCell holds the figures of each (format, category): planted and
	// leaks for personal data, keeps and destroyed for look-alikes, and
	// records counting the records holding a value of that category.
	ByCell map[[2]string]*Counts
	// Examples holds the first leak or destroyed look-alike of each cell.
	Examples map[[2]string]Example
	// Misses holds every leak and destroyed look-alike of each format, in
	// the corpus's order.
	Misses map[string][]Miss
}

// Miss is one planted value that leaked or one look-alike destroyed.
type Miss struct {
	Leak    bool // a planted value found in the output; else a look-alike lost
	Value   Value
	In, Out []byte // the record and what the redactor made of it
}

// Score runs every record of streams through a redactor and counts leaks,
// destroyed look-alikes, broken layouts and quarantines. open is called
// once at the start of each stream and returns the function that redacts
// that stream's records in order, so per-stream state (a W3C #Fields
// header, a redactor of its own) stays with the stream.
func Score(streams []Stream, open func(format string) RedactFunc) *Report {
	rep := &Report{ByFormat: map[string]*Counts{}, ByCell: map[[2]string]*Counts{}, Examples: map[[2]string]Example{}, Misses: map[string][]Miss{}}
	for _, s := range streams {
		fc := rep.ByFormat[s.Format]
		if fc == nil {
			fc = new(Counts)
			rep.ByFormat[s.Format] = fc
		}
		redact := open(s.Format)
		for _, r := range s.Records {
			out, q, err := redact(s.Format, slices.Clone(r.Line))
			rep.score(s, fc, r, out, q, err)
		}
	}
	return rep
}

func (rep *Report) cell(format, cat string) *Counts {
	k := [2]string{format, cat}
	c := rep.ByCell[k]
	if c == nil {
		c = new(Counts)
		rep.ByCell[k] = c
	}
	return c
}

func (rep *Report) example(format string, in, out []byte, v Value) {
	k := [2]string{format, v.Category}
	if _, ok := rep.Examples[k]; !ok {
		rep.Examples[k] = Example{In: in, Out: slices.Clone(out), Value: v}
	}
}

// foldCase lists the categories compared without regard to case: hex
// digits and e-mail addresses mean the same in either case.
var foldCase = map[string]bool{"email": true, "ipv6": true, "mac": true, "iban": true}

// OutOfScope lists the planted categories that redaction does not promise
// to find: a person's name in a free-text sentence ("callback requested by
// Olena Kovalenko"), which no structure marks. The engine finds such a name
// only after a cue word, when it is a common given name and a surname, so a
// name it does not know can still leak. Their leaks are measured and shown
// in the category rows, but left out of a format's and the TOTAL row's
// leaks, the numbers that must be 0.
var OutOfScope = map[string]bool{"name_text": true}

func (rep *Report) score(s Stream, fc *Counts, r Record, out []byte, q bool, err error) {
	fc.Records++
	fc.Planted += len(r.Planted)
	fc.Keeps += len(r.Keep)
	seen := map[string]bool{}
	for _, v := range append(slices.Clone(r.Planted), r.Keep...) {
		if !seen[v.Category] {
			seen[v.Category] = true
			rep.cell(s.Format, v.Category).Records++
		}
	}
	for _, v := range r.Planted {
		rep.cell(s.Format, v.Category).Planted++
	}
	for _, v := range r.Keep {
		rep.cell(s.Format, v.Category).Keeps++
	}
	switch {
	case err != nil:
		fc.Broken++
		return
	case q:
		fc.Quarantined++
		return
	}
	if broken(s.Structure, r.Line, out) {
		fc.Broken++
	}
	vs := views(out)
	var lower []string
	for _, v := range r.Planted {
		cands := v.candidates()
		in := vs
		if foldCase[v.Category] {
			if lower == nil {
				for _, x := range vs {
					lower = append(lower, strings.ToLower(x))
				}
				// And the decodings of the record in lower case: an
				// escape written in capitals (\X22, %2b) decodes
				// only there.
				lower = dedupe(append(lower, views(bytes.ToLower(out))...))
			}
			in = lower
			for i := range cands {
				cands[i] = strings.ToLower(cands[i])
			}
		}
		if anyIn(in, cands, containsWord) {
			// The category rows show every leak; the format and TOTAL
			// rows leave out what redaction does not promise, and a
			// value whose text is also such a one in the record (its
			// text in the output may be that one's).
			if !OutOfScope[v.Category] && !explained(r.Planted, v) {
				fc.Leaks++
			}
			rep.cell(s.Format, v.Category).Leaks++
			rep.Misses[s.Format] = append(rep.Misses[s.Format], Miss{Leak: true, Value: v, In: r.Line, Out: slices.Clone(out)})
			rep.example(s.Format, r.Line, out, v)
		}
	}
	for _, v := range r.Keep {
		if !anyIn(vs, v.keepCandidates(), strings.Contains) {
			fc.Destroyed++
			rep.cell(s.Format, v.Category).Destroyed++
			rep.Misses[s.Format] = append(rep.Misses[s.Format], Miss{Value: v, In: r.Line, Out: slices.Clone(out)})
			rep.example(s.Format, r.Line, out, v)
		}
	}
}

// explained reports whether v, an in-scope value, is also planted in the
// record as an OutOfScope value of the same text (a contact's name in its
// display_name and in a free-text message): its text in the output may be
// that one's leak.
func explained(planted []Value, v Value) bool {
	if OutOfScope[v.Category] {
		return false
	}
	for _, o := range planted {
		if OutOfScope[o.Category] && o.Text == v.Text {
			return true
		}
	}
	return false
}

// candidates returns the strings that reveal v: its plain text and every
// form it was written in.
func (v Value) candidates() []string {
	c := make([]string, 0, 1+len(v.Forms))
	if v.Text != "" {
		c = append(c, v.Text)
	}
	for _, f := range v.Forms {
		if f != "" && f != v.Text {
			c = append(c, f)
		}
	}
	return c
}

// keepCandidates returns the strings whose presence shows that the
// look-alike v survived: its forms, which may include the delimiters
// around a short number so that it is checked in place.
func (v Value) keepCandidates() []string {
	if len(v.Forms) > 0 {
		return v.Forms
	}
	return []string{v.Text}
}

func anyIn(views, cands []string, has func(s, sub string) bool) bool {
	for _, w := range views {
		for _, c := range cands {
			if has(w, c) {
				return true
			}
		}
	}
	return false
}

// Total returns the sum over all formats.
func (rep *Report) Total() Counts {
	var t Counts
	for _, c := range rep.ByFormat {
		t.add(*c)
	}
	return t
}

// Categories returns the totals of each category over all formats.
func (rep *Report) Categories() map[string]*Counts {
	m := map[string]*Counts{}
	for k, c := range rep.ByCell {
		t := m[k[1]]
		if t == nil {
			t = new(Counts)
			m[k[1]] = t
		}
		t.add(*c)
	}
	return m
}

func pctOf(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// WriteTable writes the report as three plain-text tables: by format, by
// category, and by format and category where something leaked or was
// destroyed.
func (rep *Report) WriteTable(w io.Writer, title string) {
	fmt.Fprintf(w, "== %s\n", title)
	row := func(name string, c Counts, layout bool) {
		b, q := "-", "-"
		if layout {
			b, q = fmt.Sprint(c.Broken), fmt.Sprint(c.Quarantined)
		}
		fmt.Fprintf(w, "%-28s %7d %7d %6d %7s %6d %6d %7s %6s %5s\n", name, c.Records, c.Planted, c.Leaks, pctOf(c.Leaks, c.Planted), c.Keeps, c.Destroyed, pctOf(c.Destroyed, c.Keeps), b, q)
	}
	head := func(what string) {
		fmt.Fprintf(w, "%-28s %7s %7s %6s %7s %6s %6s %7s %6s %5s\n", what, "records", "planted", "leaks", "leak%", "keeps", "destr", "destr%", "broken", "quar")
	}
	head("format")
	for _, f := range formats {
		if c, ok := rep.ByFormat[f.Name]; ok {
			row(f.Name, *c, true)
		}
	}
	row("TOTAL", rep.Total(), true)
	fmt.Fprintln(w)
	head("category")
	cats := rep.Categories()
	for _, k := range sortedKeys(cats) {
		row(k, *cats[k], false)
	}
	var bad [][2]string
	for k, c := range rep.ByCell {
		if c.Leaks > 0 || c.Destroyed > 0 {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		fmt.Fprintln(w)
		return
	}
	slices.SortFunc(bad, func(a, b [2]string) int { return strings.Compare(a[0]+"/"+a[1], b[0]+"/"+b[1]) })
	fmt.Fprintln(w)
	head("format/category (non-zero)")
	for _, k := range bad {
		row(k[0]+"/"+k[1], *rep.ByCell[k], false)
	}
	fmt.Fprintln(w)
}

// Cell is one ratcheted figure set of the baseline.
type Cell struct {
	Leaks     int `json:"leaks,omitempty"`
	Destroyed int `json:"destroyed,omitempty"`
	Broken    int `json:"broken,omitempty"`
}

// Cells returns the ratcheted figures: leaks and destroyed look-alikes by
// "format/category", broken records by "format/*". Cells that are all zero
// are left out.
func (rep *Report) Cells() map[string]Cell {
	m := map[string]Cell{}
	for k, c := range rep.ByCell {
		if c.Leaks > 0 || c.Destroyed > 0 {
			m[k[0]+"/"+k[1]] = Cell{Leaks: c.Leaks, Destroyed: c.Destroyed}
		}
	}
	for f, c := range rep.ByFormat {
		if c.Broken > 0 {
			m[f+"/*"] = Cell{Broken: c.Broken}
		}
	}
	return m
}

// Compare returns the cells of cur that are worse than in base (a cell
// missing from base is all zero), and those that are better.
func Compare(base, cur map[string]Cell) (worse, better []string) {
	keys := map[string]bool{}
	for k := range base {
		keys[k] = true
	}
	for k := range cur {
		keys[k] = true
	}
	for _, k := range sortedKeys(keys) {
		b, c := base[k], cur[k]
		for _, f := range []struct {
			name   string
			bv, cv int
		}{{"leaks", b.Leaks, c.Leaks}, {"destroyed", b.Destroyed, c.Destroyed}, {"broken", b.Broken, c.Broken}} {
			switch {
			case f.cv > f.bv:
				worse = append(worse, fmt.Sprintf("%s %s: %d, baseline %d", k, f.name, f.cv, f.bv))
			case f.cv < f.bv:
				better = append(better, fmt.Sprintf("%s %s: %d, baseline %d", k, f.name, f.cv, f.bv))
			}
		}
	}
	return worse, better
}
