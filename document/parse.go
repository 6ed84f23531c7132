// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Mode is a way of reading codes: [Strict] or [Lenient]. Modes are values,
// safe for concurrent use.
type Mode uint8

const (
	// Strict accepts only the official form of a code (the canonical form
	// that [Code.String] writes) and says what differs and where.
	Strict Mode = iota
	// Lenient reads codes as real text writes them (290-QĐ-TW, Số: 15 /
	// 2020/ND-CP, 217/QĐ-TW, 07-QĐI/TW) and reports the [Fixes] it made to
	// reach the canonical form.
	Lenient
)

// String returns "strict" or "lenient".
func (m Mode) String() string {
	if m == Lenient {
		return "lenient"
	}
	return "strict"
}

// Limits of the parser. Real codes are far shorter.
const (
	maxInput  = 256 // bytes of input, prefix included
	maxGroups = 8   // groups after the number
	maxGroup  = 32  // bytes of one group
)

// nextYear is the latest year a code may carry: the year after the one in
// which the program started.
var nextYear = time.Now().Year() + 1

// Parse parses a code in its official, canonical form, as [Strict].Parse
// does. It returns the zero Code and an error wrapped in a [*ParseError]
// otherwise. Strict parsing of a canonical code does not allocate.
func Parse(s string) (c Code, err error) {
	if parseFastInto(&c, s, false) {
		return c, nil
	}
	return parseStrict(s)
}

func parseStrict(s string) (Code, error) {
	c, _, err := Strict.parseSlow(s)
	return c, err
}

// MustParse is like [Parse] but panics if s is not a code in canonical form.
// It is intended for use in tests with hard-coded strings.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Parse parses s as a document code in mode m. It returns the code, the set
// of fixes it made (always empty in [Strict] mode), and an error: a
// [*ParseError] whose Err wraps [ErrSyntax] (not a code, or in strict mode
// not in canonical form), [ErrRange] (number 0, an impossible year or term),
// or is an [*UnknownValueError] (a legal normative code whose type is not
// known). On error the Code is the zero Code.
//
// Unknown issuers are not errors: local bodies set their own abbreviations.
// See [Code.KnownIssuer].
func (m Mode) Parse(s string) (Code, Fixes, error) {
	if c, ok := parseFast(s, false); ok {
		return c, 0, nil
	}
	return m.parseSlow(s)
}

// parseSlow is Parse without the fast path.
func (m Mode) parseSlow(s string) (Code, Fixes, error) {
	p := parser{input: s, s: s, lenient: m == Lenient}
	c, ok := p.parse()
	if !ok {
		return Code{}, 0, p.err
	}
	return c, p.fixes, nil
}

// A group is a run of letters, digits, '.' and '&' after the number, with
// the separator before it: '/', '-' or 0 when there was none (37QĐ/TW).
type group struct {
	s      string
	off    int
	sep    byte
	sepOff int
}

type parser struct {
	input   string // as given
	s       string // being parsed: input, normalized in lenient mode
	mapped  bool   // s differs from input: offsets do not apply to input
	lenient bool
	inText  bool // reading running text: unknown groups must not be in lower case
	fixes   Fixes
	err     *ParseError

	end    int // end of the code in s, trailing spaces excluded
	num    string
	numOff int
	g      [maxGroups]group
	n      int
}

// fail records an error at offset off of p.s and returns false.
func (p *parser) fail(off int, err error) bool {
	if p.err == nil {
		if p.mapped {
			off = -1
		}
		p.err = &ParseError{Input: p.input, Offset: off, Err: err}
	}
	return false
}

// fix records fixes at offset off; in strict mode it fails with msg.
func (p *parser) fix(fs Fixes, off int, msg string) bool {
	if fs == 0 {
		return true
	}
	if p.lenient {
		p.fixes |= fs
		return true
	}
	return p.fail(off, syntaxErr(msg))
}

func (p *parser) parse() (Code, bool) {
	if len(p.s) > maxInput {
		return Code{}, p.fail(-1, syntaxErr("too long for a code"))
	}
	if !utf8.ValidString(p.s) {
		return Code{}, p.fail(invalidOffset(p.s), syntaxErr("invalid UTF-8"))
	}
	if !p.normalize() {
		return Code{}, false
	}
	end := len(p.s)
	for end > 0 && isSpaceByte(p.s[end-1]) {
		end--
	}
	if end < len(p.s) && !p.fix(fixBit(FixSpaces), end, "trailing space") {
		return Code{}, false
	}
	p.end = end
	start, ok := p.prefix(end)
	if !ok || !p.tokenize(start, end) {
		return Code{}, false
	}
	return p.interpret()
}

// normalize brings p.s to NFC with its look-alikes repaired (lenient), or
// checks that it needs neither (strict).
func (p *parser) normalize() bool {
	s := p.s
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return true
	}
	n := s
	if !latinNFC(s) {
		n = vntext.NFC(s)
	}
	if n != s {
		if !p.fix(fixBit(FixNFC), firstNonASCII(s), "not in Unicode NFC") {
			return false
		}
	}
	r, m := vntext.Repair(n, vntext.All)
	if m != 0 {
		var fs Fixes
		if m&(vntext.Eth|vntext.Wide|vntext.Cyrillic) != 0 {
			fs |= fixBit(FixLookalike)
		}
		if m&vntext.Dashes != 0 {
			fs |= fixBit(FixDash)
		}
		if m&vntext.Spaces != 0 {
			fs |= fixBit(FixSpaces)
		}
		if !p.fix(fs, firstRepair(n), "look-alike character") {
			return false
		}
	}
	if r != s {
		p.s, p.mapped = r, true
	}
	return true
}

// latinNFC reports, cheaply, that s is in NFC: its non-ASCII characters
// are all precomposed Latin letters (U+00C0..U+024F, U+1E00..U+1EFF), and
// it has no combining mark. It may answer false for text in NFC.
func latinNFC(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && !(r >= 0xC0 && r <= 0x24F || r >= 0x1E00 && r <= 0x1EFF) {
			return false
		}
	}
	return true
}

func invalidOffset(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

func firstNonASCII(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

// firstRepair returns the offset of the first rune that Repair changes.
func firstRepair(s string) int {
	for i, r := range s {
		if r >= utf8.RuneSelf {
			if _, m := vntext.Repair(string(r), vntext.All); m != 0 {
				return i
			}
		}
	}
	return -1
}

// prefix skips leading spaces and a prefix such as "Số:", "số", "Luật số:",
// "Quyết định số:" or "Luật:" and returns the offset of the number.
func (p *parser) prefix(end int) (int, bool) {
	s := p.s
	i := 0
	i = skipSpaces(s, i, end)
	if i > 0 && !p.fix(fixBit(FixSpaces), 0, "leading space") {
		return 0, false
	}
	if i < end && isDigit(s[i]) {
		return i, true
	}
	start, cut := i, -1
	for w := 0; w < 6 && i < end; w++ {
		k := i
		for k < end {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += size
		}
		if k == i {
			break
		}
		word := s[i:k]
		m := skipSpaces(s, k, end)
		colon := m < end && s[m] == ':'
		if colon {
			m = skipSpaces(s, m+1, end)
		}
		if isSo(word) || colon {
			cut = m
			break
		}
		if m == k { // a word glued to something else
			break
		}
		i = m
	}
	if cut < 0 {
		return 0, p.fail(start, syntaxErr("want a number"))
	}
	if !p.fix(fixBit(FixPrefix), start, "prefix is not part of the code") {
		return 0, false
	}
	return cut, true
}

// isSo reports whether w is the word "số" (number) in any case, or "so".
func isSo(w string) bool {
	switch w {
	case "số", "Số", "SỐ", "so", "So", "SO":
		return true
	}
	return false
}

func skipSpaces(s string, i, end int) int {
	for i < end && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// isSpaceByte reports whether c is an ASCII space, tab or line break: a code
// broken across lines reads as one.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// groupEnd returns the end of the group that starts at i: letters, digits,
// '&', and '.' between two of them.
func groupEnd(s string, i, end int) int {
	for i < end {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || isDigit(c) || c == '&' {
				i++
				continue
			}
			if c == '.' && i+1 < end && isGroupByte(s, i+1, end) {
				i++
				continue
			}
			return i
		default:
			if f, size := foldAtSlow(s, i); f != 0 {
				i += size // a Vietnamese letter
				continue
			}
			// Abbreviations are written in the Latin alphabet: any other
			// letter (Greek, Cyrillic left after look-alike repair) ends
			// the group.
			return i
		}
	}
	return i
}

// isGroupByte reports whether a letter or digit starts at i.
func isGroupByte(s string, i, end int) bool {
	if i >= end {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || isDigit(c)
	}
	f, _ := foldAtSlow(s, i)
	return f != 0
}

// tokenize reads the number and the groups of s[start:end].
func (p *parser) tokenize(start, end int) bool {
	s := p.s
	i := start
	for i < end && isDigit(s[i]) {
		i++
	}
	if i == start {
		return p.fail(start, syntaxErr("want a number"))
	}
	p.num, p.numOff = s[start:i], start
	for i < end {
		q := skipSpaces(s, i, end)
		spaced := q > i
		var sep byte
		sepOff := q
		switch {
		case s[q] == '/' || s[q] == '-':
			sep = s[q]
			q++
			q2 := skipSpaces(s, q, end)
			if (spaced || q2 > q) && !p.fix(fixBit(FixSpaces), i, "space around a separator") {
				return false
			}
			q = q2
		case p.n == 0 && isGroupByte(s, q, end):
			if !p.fix(fixBit(FixMissingHyphen), i, "want '-' after the number") {
				return false
			}
		default:
			return p.fail(q, syntaxErr("unexpected character"))
		}
		k := groupEnd(s, q, end)
		if k == q {
			return p.fail(q, syntaxErr("want letters or digits after the separator"))
		}
		if k-q > maxGroup {
			return p.fail(q, syntaxErr("group too long"))
		}
		if p.n == maxGroups {
			return p.fail(q, syntaxErr("too many groups"))
		}
		p.g[p.n] = group{s: s[q:k], off: q, sep: sep, sepOff: sepOff}
		p.n++
		i = k
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// classify says which system an issuer group belongs to, from the reference
// data or the shape of the abbreviation: QH13 and UBTVQH15 are State; a body
// of a Party committee ends in TW or TU (VPTW, BTGTU). It returns 0 when it
// cannot tell, and for the Fatherland Front, whose codes take either form.
func classify(g string) System {
	if i, _ := issuerIndex.lookup(g, true); i >= 0 {
		return issuerRows[i].sys
	}
	if isTermGroup(g) {
		return State
	}
	if len(g) > 2 && foldable(g) && partyShape(g) {
		return Party
	}
	return 0
}

// partyPrefixes are the prefixes, folded to lower case, of the Party's
// issuers that end in TW or TU (vp of VPTW, ubkt of UBKTTW, btgdv of
// BTGDVTW), filled by loadData: the reference's rule is that an issuer
// ending in TW or TU with a known prefix is the Party's. An unknown one
// such as MTTW ("24/HD-MTTW-BTT", the Front's central committee) is not.
var partyPrefixes map[string]bool

// addPartyPrefix files the prefix of the issuer abbr of the system sys in
// partyPrefixes when abbr is the Party's and ends in TW or TU.
func addPartyPrefix(abbr string, sys System) {
	if sys != Party || len(abbr) <= 2 {
		return
	}
	f := appendFoldLower(nil, abbr)
	if n := len(f); f[n-2] == 't' && (f[n-1] == 'w' || f[n-1] == 'u') {
		partyPrefixes[string(f[:n-2])] = true
	}
}

// partyShape reports whether the group g, foldable, ends in TW or TU after
// a prefix of partyPrefixes.
func partyShape(g string) bool {
	n := len(g)
	if n <= 2 || g[n-2]|0x20 != 't' || g[n-1]|0x20 != 'w' && g[n-1]|0x20 != 'u' {
		return false
	}
	var buf [maxGroup]byte
	return partyPrefixes[string(appendFoldLower(buf[:0], g[:n-2]))]
}

// stateOnlyType reports whether g is the abbreviation of a type of the
// State's documents that is no type of the Party's (CĐ, NĐ, TT), leniently
// read.
func stateOnlyType(g string) bool {
	if i, _ := stateTypes.lookup(g, true); i < 0 {
		return false
	}
	i, _ := partyTypes.lookup(g, true)
	return i < 0
}

// interpret turns the number and groups into a Code.
func (p *parser) interpret() (Code, bool) {
	var c Code
	// The number.
	if len(p.num) > maxNumberDigits {
		return c, p.fail(p.numOff, rangeErr("number too long"))
	}
	var v uint32
	for i := 0; i < len(p.num); i++ {
		v = v*10 + uint32(p.num[i]-'0')
	}
	if v == 0 {
		return c, p.fail(p.numOff, rangeErr("number 0"))
	}
	c.number = v
	if !canonicalNumber(p.num, v) && !p.fix(fixBit(FixLeadingZero), p.numOff, "want two digits at least, with no other leading zero") {
		return c, false
	}
	g := p.g[:p.n]
	// The year.
	if len(g) > 0 && allDigits(g[0].s) {
		y := g[0]
		if len(y.s) != 4 {
			return c, p.fail(y.off, syntaxErr("want a four-digit year"))
		}
		year := int(y.s[0]-'0')*1000 + int(y.s[1]-'0')*100 + int(y.s[2]-'0')*10 + int(y.s[3]-'0')
		if year < 1945 || year > nextYear {
			return c, p.fail(y.off, rangeErr("implausible year"))
		}
		if y.sep != '/' && !p.fix(fixBit(FixSeparator), y.sepOff, "want '/' before the year") {
			return c, false
		}
		c.year = uint16(year)
		g = g[1:]
	}
	if len(g) == 0 {
		return c, p.fail(len(p.s), syntaxErr("want a type or an issuer after the number"))
	}
	if p.inText {
		// In running text a group that starts with a digit (15/2B, an
		// address) is not part of a code, nor is a code whose number is
		// glued to a type not followed by a slash (29A-123.45, a plate).
		for _, x := range g {
			if r, _ := utf8.DecodeRuneInString(x.s); !unicode.IsLetter(r) {
				return c, p.fail(x.off, syntaxErr("group does not start with a letter"))
			}
		}
		if g[0].sep == 0 && (len(g) < 2 || g[1].sep != '/') {
			return c, p.fail(g[0].off, syntaxErr("want '-' after the number"))
		}
	}
	// The system.
	if c.year != 0 {
		if form, ok := p.court(&c, g); form {
			if !ok {
				return Code{}, false
			}
			return c, true
		}
	}
	switch {
	case c.year != 0:
		c.sys = State
	case len(g) >= 2 && g[0].sep == '/' && stateOnlyType(g[0].s):
		// A type only the State issues, in the State's form, is a State
		// code whatever its issuer: "25/CĐ-TW", a telegram of a central
		// steering committee, is no Party code (the Party issues no
		// Công điện).
		c.sys = State
	case len(g) >= 2 && classify(g[1].s) != 0:
		c.sys = classify(g[1].s)
	case classify(g[0].s) == State:
		c.sys = State
	case g[0].sep == '/':
		c.sys = State
	default:
		c.sys = Party
	}
	var ok bool
	if c.sys == Party {
		ok = p.party(&c, g)
	} else {
		ok = p.state(&c, g)
	}
	if !ok {
		return Code{}, false
	}
	return c, true
}

func canonicalNumber(s string, v uint32) bool {
	if v < 10 {
		return len(s) == 2 && s[0] == '0'
	}
	return s[0] != '0'
}

// party fills a Party code NUMBER-TYPE/ISSUER[-GROUP...][/EXTRA...].
func (p *parser) party(c *Code, g []group) bool {
	if len(g) < 2 {
		return p.fail(len(p.s), syntaxErr("want '/' and the issuer after the type"))
	}
	switch {
	case g[0].sep == '/' && g[1].sep == '-':
		if !p.fix(fixBit(FixPartyInStateStyle), g[0].sepOff, "Party code in the State's form: want NUMBER-TYPE/ISSUER") {
			return false
		}
	default:
		if g[0].sep == '/' && !p.fix(fixBit(FixSeparator), g[0].sepOff, "want '-' between number and type") {
			return false
		}
		if g[1].sep != '/' && !p.fix(fixBit(FixSeparator), g[1].sepOff, "want '/' between type and issuer") {
			return false
		}
	}
	typ, ok := p.typeGroup(partyTypes, g[0])
	if !ok {
		return false
	}
	iss, ok := p.issuerGroup(g[1])
	if !ok {
		return false
	}
	if len(g) == 2 {
		return p.setSym(c, typ, iss, "")
	}
	if !slices.ContainsFunc(g[2:], func(x group) bool { return x.sep != '-' }) {
		iss = p.joinGroups(g[1:])
		return iss != "" && p.setSym(c, typ, iss, "")
	}
	var b strings.Builder
	b.WriteString(iss)
	extra := -1
	for _, x := range g[2:] {
		if x.sep == '/' && extra < 0 {
			iss = b.String()
			b.Reset()
			extra = 0
			b.WriteString(x.s)
			continue
		}
		if extra < 0 {
			v, ok := p.issuerGroup(x)
			if !ok {
				return false
			}
			b.WriteByte('-')
			b.WriteString(v)
			continue
		}
		b.WriteByte(x.sep)
		b.WriteString(x.s)
	}
	if extra < 0 {
		return p.setSym(c, typ, b.String(), "")
	}
	return p.setSym(c, typ, iss, b.String())
}

// setSym sets the symbol of c from its parts. When the input ends with the
// symbol as it stands, the symbol is that part of the input, without
// allocating.
func (p *parser) setSym(c *Code, typ, issuer, extra string) bool {
	var buf [maxInput + 8]byte
	b := buf[:0]
	if typ != "" {
		b = append(b, typ...)
		if c.sys == Party {
			b = append(b, '/')
		} else {
			b = append(b, '-')
		}
	}
	b = append(b, issuer...)
	if extra != "" {
		b = append(b, '/')
		c.extra = uint16(len(b))
		b = append(b, extra...)
	}
	c.typLen = uint8(len(typ))
	in := p.s[:p.end]
	if len(in) >= len(b) && in[len(in)-len(b):] == string(b) {
		c.sym = in[len(in)-len(b):]
	} else {
		c.sym = string(b)
	}
	return true
}

// state fills a State code NUMBER[/YEAR]/[TYPE-]ISSUER[-GROUP...].
func (p *parser) state(c *Code, g []group) bool {
	law := c.year != 0 && len(g) == 1 && isTermGroup(g[0].s)
	rest := g
	typ := ""
	if !law {
		i, fs := stateTypes.lookup(g[0].s, true)
		switch {
		case i >= 0 && len(g) >= 2:
			if !p.fix(fs, g[0].off, "type not in its official form") {
				return false
			}
			typ = typeRows[i].abbr
			rest = g[1:]
		case i >= 0:
			return p.fail(len(p.s), syntaxErr("want '-' and the issuer after the type"))
		case c.year != 0:
			return p.fail(g[0].off, &UnknownValueError{Kind: "type", Value: g[0].s})
		}
	}
	switch {
	case c.year == 0 && len(g) >= 2 && g[0].sep == '-' && g[1].sep == '/':
		if !p.fix(fixBit(FixStateInPartyStyle), g[0].sepOff, "State code in the Party's form: want NUMBER/TYPE-ISSUER") {
			return false
		}
	default:
		if g[0].sep == '-' && !p.fix(fixBit(FixSeparator), g[0].sepOff, "want '/' before the type") {
			return false
		}
		for _, x := range g[1:] {
			if x.sep != '-' && !p.fix(fixBit(FixSeparator), x.sepOff, "want '-' between the groups of the symbol") {
				return false
			}
		}
	}
	var issuer string
	if len(rest) == 1 {
		v, ok := p.issuerGroup(rest[0])
		if !ok {
			return false
		}
		issuer = v
	} else {
		if issuer = p.joinGroups(rest); issuer == "" {
			return false
		}
	}
	return p.setSym(c, typ, issuer, "") && p.checkTerm(c, rest)
}

// joinGroups resolves issuer groups and joins them with '-'. When every
// group is already in its official form, joined by '-', the result is the
// input itself, without allocating. It returns "" after a failure.
func (p *parser) joinGroups(gs []group) string {
	same := true
	var buf [maxInput]byte
	b := buf[:0]
	for k, x := range gs {
		v, ok := p.issuerGroup(x)
		if !ok {
			return ""
		}
		if k > 0 {
			b = append(b, '-')
			prev := gs[k-1]
			same = same && x.sep == '-' && x.off == prev.off+len(prev.s)+1
		}
		same = same && v == x.s
		b = append(b, v...)
	}
	if same {
		last := gs[len(gs)-1]
		return p.s[gs[0].off : last.off+len(last.s)]
	}
	return string(b)
}

// checkTerm sets the legislature term from a QH or UBTVQH group and checks
// it against the year.
func (p *parser) checkTerm(c *Code, rest []group) bool {
	issuer := c.issuer()
	for k := range rest {
		grp, tail, _ := strings.Cut(issuer, "-")
		issuer = tail
		_, term, ok := splitTerm(grp)
		if !ok {
			continue
		}
		from, to, known := termYears(term)
		if !known && term > termRows[len(termRows)-1].term {
			return p.fail(rest[k].off, rangeErr("unknown legislature term"))
		}
		if known && c.year != 0 && (int(c.year) < from || int(c.year) > to) {
			return p.fail(rest[k].off, rangeErr("year outside the legislature term"))
		}
		c.term = uint8(term)
		return true
	}
	return true
}

func isTermGroup(s string) bool {
	if _, _, ok := splitTerm(s); ok {
		return true
	}
	var buf [maxGroup]byte
	if len(s) > maxGroup {
		return false
	}
	_, _, ok := splitTerm(string(appendUpperASCII(buf[:0], s)))
	return ok
}

func appendUpperASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// typeGroup resolves a Party type abbreviation: a known one in its official
// case, or an unknown one as written (in capitals when written in lower case).
func (p *parser) typeGroup(x index, g group) (string, bool) {
	if allDigits(g.s) {
		return "", p.fail(g.off, syntaxErr("want a type abbreviation"))
	}
	if i, fs := x.lookup(g.s, true); i >= 0 {
		if !p.fix(fs, g.off, "type not in its official form") {
			return "", false
		}
		return typeRows[i].abbr, true
	}
	return p.unknownGroup(g)
}

// issuerGroup resolves one issuer group: a known abbreviation in its
// official form, a legislature group (QH15), or an unknown one as written.
func (p *parser) issuerGroup(g group) (string, bool) {
	if i, fs := issuerIndex.lookup(g.s, true); i >= 0 {
		if !p.fix(fs, g.off, "issuer not in its official form") {
			return "", false
		}
		return issuerRows[i].abbr, true
	}
	if _, _, ok := splitTerm(g.s); ok {
		return g.s, true
	}
	if isTermGroup(g.s) {
		if !p.fix(fixBit(FixCase), g.off, "issuer not in its official case") {
			return "", false
		}
		return strings.ToUpper(g.s), true
	}
	return p.unknownGroup(g)
}

// camelAbbrev reports whether s is an abbreviation that mixes cases as
// official ones do ("GDTrH" of "SGDĐT-GDTrH", "TTr"): two capitals at least,
// and no two lower-case letters in a row. A word of running text glued to a
// code ("UBND.Theo") has a run of them.
func camelAbbrev(s string) bool {
	upper, run := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			run = 0
		case unicode.IsLower(r):
			if run++; run > 1 {
				return false
			}
		}
	}
	return upper >= 2
}

// unknownGroup keeps an abbreviation the data does not know. One written
// wholly in lower case is put in capitals (a fix); any other is kept.
func (p *parser) unknownGroup(g group) (string, bool) {
	upper, lower := false, false
	for _, r := range g.s {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			if unicode.ToUpper(r) == r {
				// A letter with no single capital (ǰ): no case can be
				// official, so this is no abbreviation.
				return "", p.fail(g.off, syntaxErr("letter without a capital in an abbreviation"))
			}
			lower = true
		}
	}
	if lower && p.inText && !('A' <= g.s[0] && g.s[0] <= 'Z' && camelAbbrev(g.s)) {
		return "", p.fail(g.off, syntaxErr("abbreviation in lower case"))
	}
	if lower && !upper {
		if !p.fix(fixBit(FixCase), g.off, "abbreviation in lower case") {
			return "", false
		}
		return strings.ToUpper(g.s), true
	}
	return g.s, true
}
