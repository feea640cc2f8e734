// Command phonegen writes phone_plan.go, the numbering-plan tables of
// package redact, from libphonenumber's metadata as the Go port
// github.com/nyaruka/phonenumbers carries it. It runs under go generate
// (see redact/scan_phone.go); the daemon never imports it, so the
// phonenumbers module stays out of the binary.
//
// For every country calling code the table is a digit trie over the
// national significant number (NSN): each node says which NSN lengths a
// number starting with its digits may have, and, for the national markets
// scanned in free text, how long the first group (the area or operator
// code) is when written, and whether the national (trunk) prefix is
// written before it. The lengths and first groups come from the metadata's
// regular expressions, read as automata: a node holds the union over the
// numbers it leads to, so the table never refuses a number libphonenumber
// accepts, and refuses most that it does not.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"regexp/syntax"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// markets are the regions whose national formats (with the trunk prefix,
// or grouped without one) redactd finds in free text.
var markets = []string{"US", "CA", "GB", "DE", "UA", "GE", "MD", "KZ", "RU", "ES", "IT", "FR", "NL", "PL", "BR", "IN"}

const (
	maxLen       = 17 // longest NSN in the metadata is 17 digits
	depthMarket  = 3  // trie depth for the codes of markets
	depthOther   = 2  // and for the others: lengths are all that is kept
	maxAreaGroup = 6
)

func main() {
	out := flag.String("o", "phone_plan.go", "output file")
	flag.Parse()
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		log.Fatal(err)
	}
	isMarket := map[string]bool{}
	for _, r := range markets {
		isMarket[r] = true
	}
	byCode := map[int][]*phonenumbers.PhoneMetadata{}
	for _, m := range coll.GetMetadata() {
		cc := int(m.GetCountryCode())
		byCode[cc] = append(byCode[cc], m)
	}
	var codes []int
	for cc := range byCode {
		codes = append(codes, cc)
	}
	sort.Ints(codes)

	b := newBuilder()
	roots := map[int]int{}
	trunks := map[int]byte{}
	for _, cc := range codes {
		var ms []*phonenumbers.PhoneMetadata
		market := false
		for _, m := range byCode[cc] {
			ms = append(ms, m)
			if isMarket[m.GetId()] {
				market = true
			}
		}
		c := newCode(ms, market)
		depth := depthOther
		if market {
			depth = depthMarket
			for _, m := range ms {
				if np := m.GetNationalPrefix(); isMarket[m.GetId()] && len(np) == 1 {
					trunks[cc] = np[0]
				}
			}
		}
		roots[cc] = b.build(c, depth)
	}
	seen := map[int]bool{}
	for _, r := range markets {
		cc := phonenumbers.GetCountryCodeForRegion(r)
		if !seen[cc] {
			seen[cc] = true
			marketCodes = append(marketCodes, cc)
		}
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/nyaruka/phonenumbers" {
				source = d.Path + " " + d.Version
			}
		}
	}
	src := b.emit(codes, roots, trunks)
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d codes, %d nodes, %d infos", len(codes), len(b.nodes), len(b.infos))
}

// An nfa runs a regular expression of the metadata over digits, as a set
// of instructions of a compiled regexp/syntax program.
type nfa struct {
	prog *syntax.Prog
}

type state []bool // indexed by instruction

func compile(expr string) *nfa {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		log.Fatalf("pattern %q: %v", expr, err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		log.Fatalf("pattern %q: %v", expr, err)
	}
	return &nfa{prog}
}

func (a *nfa) add(s state, pc uint32) {
	if s[pc] {
		return
	}
	s[pc] = true
	in := &a.prog.Inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		a.add(s, in.Out)
		a.add(s, in.Arg)
	case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
		a.add(s, in.Out)
	}
}

func (a *nfa) start() state {
	s := make(state, len(a.prog.Inst))
	a.add(s, uint32(a.prog.Start))
	return s
}

// step returns the state after digit d, or after any digit when d < 0.
func (a *nfa) step(s state, d int) state {
	t := make(state, len(s))
	for pc, on := range s {
		if !on {
			continue
		}
		in := &a.prog.Inst[pc]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for r := '0'; r <= '9'; r++ {
				if (d < 0 || r == '0'+rune(d)) && in.MatchRune(r) {
					a.add(t, in.Out)
					break
				}
			}
		}
	}
	return t
}

func (a *nfa) match(s state) bool {
	for pc, on := range s {
		if on && a.prog.Inst[pc].Op == syntax.InstMatch {
			return true
		}
	}
	return false
}

func (a *nfa) live(s state) bool {
	for pc, on := range s {
		if on {
			switch a.prog.Inst[pc].Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL, syntax.InstMatch:
				return true
			}
		}
	}
	return false
}

// lengths returns the lengths l (as bits) such that some string of l
// digits that starts with what s has read, depth digits, matches.
func (a *nfa) lengths(s state, depth int) uint32 {
	var m uint32
	for l := depth; l <= maxLen; l++ {
		if a.match(s) {
			m |= 1 << l
		}
		if !a.live(s) {
			break
		}
		s = a.step(s, -1)
	}
	return m
}

// A pattern is one regular expression with the state it is in at the
// node being built.
type pattern struct {
	a *nfa
	s state
}

func (p pattern) next(d int) pattern { return pattern{p.a, p.a.step(p.s, d)} }

// desc is a region's general description or one of its number types
// (fixed line, mobile...): a pattern and the NSN lengths it may have.
type desc struct {
	p       pattern
	lengths uint32 // bit l: l digits
}

func newDesc(d, general *phonenumbers.PhoneNumberDesc) (desc, bool) {
	if d.GetNationalNumberPattern() == "" {
		return desc{}, false
	}
	lens := d.GetPossibleLength()
	if len(lens) == 0 {
		lens = general.GetPossibleLength()
	}
	r := desc{p: pattern{a: compile(d.GetNationalNumberPattern())}}
	r.p.s = r.p.a.start()
	for _, l := range lens {
		if l > 0 { // -1: the type is not used
			r.lengths |= 1 << l
		}
	}
	return r, r.lengths != 0
}

// at returns the lengths of the numbers d matches that start with the
// depth digits it has read.
func (d desc) at(depth int) uint32 { return d.p.a.lengths(d.p.s, depth) & d.lengths }

// numFormat is one national format of a market.
type numFormat struct {
	lead     pattern // the most specific leading-digits pattern; nil a: any
	leadDone bool    // the leading digits have matched
	full     pattern
	area     uint32 // first-group lengths, as bits
	trunk    bool   // written after the national prefix
	plain    bool   // written without it
}

// code is what a calling code's trie is built from, as it stands after
// the digits of the node being built.
type code struct {
	general []desc // each region's general description
	types   []desc // each market region's number types
	formats []numFormat
}

func newCode(ms []*phonenumbers.PhoneMetadata, market bool) *code {
	c := &code{}
	for _, m := range ms {
		g := m.GetGeneralDesc()
		if d, ok := newDesc(g, g); ok {
			c.general = append(c.general, d)
		}
		if !market {
			continue
		}
		// The number types, as libphonenumber's IsValidNumber reads them:
		// their union is narrower than the general description (Italy's
		// "0\d{5,11}" takes 00..., no type does). A number in free text
		// must be one of them; after a '+' the general description will do.
		for _, t := range []*phonenumbers.PhoneNumberDesc{m.GetFixedLine(), m.GetMobile(), m.GetTollFree(),
			m.GetPremiumRate(), m.GetSharedCost(), m.GetPersonalNumber(), m.GetVoip(), m.GetPager(), m.GetUan(),
			m.GetVoicemail()} {
			if d, ok := newDesc(t, g); ok {
				c.types = append(c.types, d)
			}
		}
		np := m.GetNationalPrefix()
		for _, f := range m.GetNumberFormat() {
			nf := numFormat{full: pattern{a: compile(f.GetPattern())}}
			nf.full.s = nf.full.a.start()
			if ld := f.GetLeadingDigitsPattern(); len(ld) > 0 {
				nf.lead = pattern{a: compile(ld[len(ld)-1])}
				nf.lead.s = nf.lead.a.start()
			} else {
				nf.leadDone = true
			}
			lo, hi := firstGroup(f.GetPattern())
			for l := lo; l <= hi && l <= maxAreaGroup; l++ {
				nf.area |= 1 << l
			}
			rule := f.GetNationalPrefixFormattingRule()
			before, _, _ := strings.Cut(rule, "$1")
			nf.trunk = np != "" && strings.Contains(before, np)
			nf.plain = !nf.trunk || f.GetNationalPrefixOptionalWhenFormatting()
			c.formats = append(c.formats, nf)
		}
	}
	return c
}

// firstGroup returns the shortest and longest first capture group of a
// format pattern such as (\d{2})(\d{3,4})(\d{4}).
func firstGroup(expr string) (lo, hi int) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		log.Fatal(err)
	}
	var find func(*syntax.Regexp) *syntax.Regexp
	find = func(r *syntax.Regexp) *syntax.Regexp {
		if r.Op == syntax.OpCapture && r.Cap == 1 {
			return r
		}
		for _, s := range r.Sub {
			if f := find(s); f != nil {
				return f
			}
		}
		return nil
	}
	g := find(re)
	if g == nil {
		log.Fatalf("format %q: no group", expr)
	}
	return span(g)
}

// span returns the shortest and longest text re matches (hi capped).
func span(re *syntax.Regexp) (lo, hi int) {
	const inf = 99
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune), len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, 1
	case syntax.OpCapture:
		return span(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			a, b := span(s)
			lo, hi = lo+a, min(hi+b, inf)
		}
		return lo, hi
	case syntax.OpAlternate:
		lo = inf
		for _, s := range re.Sub {
			a, b := span(s)
			lo, hi = min(lo, a), max(hi, b)
		}
		return lo, hi
	case syntax.OpRepeat:
		a, b := span(re.Sub[0])
		if re.Max < 0 {
			return a * re.Min, inf
		}
		return a * re.Min, min(b*re.Max, inf)
	case syntax.OpStar:
		return 0, inf
	case syntax.OpPlus:
		a, _ := span(re.Sub[0])
		return a, inf
	case syntax.OpQuest:
		_, b := span(re.Sub[0])
		return 0, b
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return 0, 0
	}
	log.Fatalf("unexpected %v in a format", re.Op)
	return 0, 0
}

// info is what a node says: NSN lengths by the general descriptions and
// by the number types (bit l), first-group lengths (bit l), and flags.
type info struct {
	lengths uint32
	typed   uint32
	area    uint8
	flags   uint8
}

const (
	fTrunk = 1 << iota // written after the trunk prefix: 030 1234567
	fPlain             // written without it: 612 34 56 78
)

// at returns the info of the node whose digits c has read (depth of them).
func (c *code) at(depth int) info {
	var in info
	for _, d := range c.general {
		in.lengths |= d.at(depth)
	}
	for _, d := range c.types {
		in.typed |= d.at(depth)
	}
	if in.typed == 0 {
		return in
	}
	for _, f := range c.formats {
		if !f.leadDone && !f.lead.a.live(f.lead.s) {
			continue
		}
		if f.full.a.lengths(f.full.s, depth)&in.typed == 0 {
			continue
		}
		in.area |= uint8(f.area)
		if f.trunk {
			in.flags |= fTrunk
		}
		if f.plain {
			in.flags |= fPlain
		}
	}
	return in
}

// next returns c after one more digit d.
func (c *code) next(d int) *code {
	n := &code{}
	for _, g := range c.general {
		g.p = g.p.next(d)
		n.general = append(n.general, g)
	}
	for _, t := range c.types {
		t.p = t.p.next(d)
		n.types = append(n.types, t)
	}
	for _, f := range c.formats {
		if !f.leadDone {
			f.lead = f.lead.next(d)
			f.leadDone = f.lead.a.match(f.lead.s)
		}
		f.full = f.full.next(d)
		n.formats = append(n.formats, f)
	}
	return n
}

// builder keeps the trie as nodes; ten siblings are stored together and
// identical sets of siblings once.
type builder struct {
	infos   []info
	infoIdx map[info]int
	nodes   []node // nodes[0] is unused: child 0 means a leaf
	blocks  map[[10]node]int
}

type node struct {
	info  int // index into infos
	child int // first of ten children, 0 for a leaf
}

func newBuilder() *builder {
	b := &builder{infoIdx: map[info]int{}, blocks: map[[10]node]int{}}
	b.nodes = append(b.nodes, node{})
	return b
}

func (b *builder) info(in info) int {
	if x, ok := b.infoIdx[in]; ok {
		return x
	}
	b.infos = append(b.infos, in)
	b.infoIdx[in] = len(b.infos) - 1
	return len(b.infos) - 1
}

// build adds the trie of c and returns its root node's index.
func (b *builder) build(c *code, depth int) int {
	root := b.tree(c, 0, depth)
	b.nodes = append(b.nodes, root)
	return len(b.nodes) - 1
}

func (b *builder) tree(c *code, d, depth int) node {
	n := node{info: b.info(c.at(d))}
	if in := b.infos[n.info]; d == depth || in.lengths == 0 && in.typed == 0 {
		return n
	}
	var kids [10]node
	same := true
	for x := 0; x < 10; x++ {
		kids[x] = b.tree(c.next(x), d+1, depth)
		if kids[x] != kids[0] {
			same = false
		}
	}
	if same && kids[0].child == 0 {
		return kids[0]
	}
	if at, ok := b.blocks[kids]; ok {
		n.child = at
		return n
	}
	n.child = len(b.nodes)
	b.nodes = append(b.nodes, kids[:]...)
	b.blocks[kids] = n.child
	return n
}

func (b *builder) emit(codes []int, roots map[int]int, trunks map[int]byte) []byte {
	if len(b.nodes) >= 1<<16 || len(b.infos) >= 1<<16 {
		log.Fatalf("BUG: %d nodes or %d infos overflow the table's types", len(b.nodes), len(b.infos))
	}
	var w bytes.Buffer
	line := func(x int) {
		if x%12 == 0 {
			w.WriteString("\n")
		}
	}
	fmt.Fprintf(&w, "// Code generated by phonegen from libphonenumber %s metadata; DO NOT EDIT.\n\n", source)
	fmt.Fprintf(&w, "package redact\n\n")
	fmt.Fprintf(&w, "// planRoot[cc] is the root in planNodes of the trie of country calling\n// code cc, 0 when no country has that code.\n")
	fmt.Fprintf(&w, "var planRoot = [1000]uint16{")
	for x, cc := range codes {
		if x%8 == 0 {
			w.WriteString("\n")
		}
		fmt.Fprintf(&w, "%d: %d, ", cc, roots[cc])
	}
	fmt.Fprintf(&w, "\n}\n\n")
	fmt.Fprintf(&w, "// planNodes[n] is node n: the index in planFacts of what it says << 16\n")
	fmt.Fprintf(&w, "// | the index of the first of its ten children (one for each next digit),\n// 0 for a leaf.\n")
	fmt.Fprintf(&w, "var planNodes = [%d]uint32{", len(b.nodes))
	for x, n := range b.nodes {
		line(x)
		fmt.Fprintf(&w, "%#x, ", n.info<<16|n.child)
	}
	fmt.Fprintf(&w, "\n}\n\n")
	fmt.Fprintf(&w, "// planFacts: bit l (0-17) when the NSN may have l digits by the general\n")
	fmt.Fprintf(&w, "// description, bit 18+l by a number type (in markets), bit 36+l when its\n")
	fmt.Fprintf(&w, "// first group may have l digits, then planTrunk and planPlain.\n")
	fmt.Fprintf(&w, "var planFacts = [%d]uint64{", len(b.infos))
	for x, in := range b.infos {
		line(x)
		fmt.Fprintf(&w, "%#x, ", uint64(in.lengths)|uint64(in.typed)<<18|uint64(in.area)<<36|uint64(in.flags)<<43)
	}
	fmt.Fprintf(&w, "\n}\n\n")
	fmt.Fprintf(&w, "// planMarkets are the calling codes whose national formats are found in\n// free text, with their national (trunk) prefix, 0 for none.\n")
	fmt.Fprintf(&w, "var planMarkets = [...]struct {\n\tcc    uint16\n\ttrunk byte\n}{")
	for _, cc := range marketCodes {
		if cc == 1 {
			continue // NANP numbers have their own scanner
		}
		if t := trunks[cc]; t != 0 {
			fmt.Fprintf(&w, "{%d, '%c'}, ", cc, t)
		} else {
			fmt.Fprintf(&w, "{%d, 0}, ", cc)
		}
	}
	fmt.Fprintf(&w, "\n}\n")
	src, err := format.Source(w.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	return src
}

// marketCodes are the calling codes of markets, in the order of markets.
var marketCodes []int

// source names the metadata in the generated file's header.
var source = "github.com/nyaruka/phonenumbers"
