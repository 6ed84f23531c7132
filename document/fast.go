// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"strings"

	"github.com/vnorg/vnorg/internal/vntext"
)

// The fast path reads a code that is already canonical, which is what
// strict parsing mostly sees, in one pass over its bytes with one probe of a
// small hash table per group. Whenever it is not sure, it gives up and the
// general parser decides (and explains the error). A test checks that both
// return the same Code wherever the fast path answers.

// A fastEntry says what an abbreviation is, as written.
type fastEntry struct {
	key       string
	partyType int16 // index in typeRows, or -1
	stateType int16
	issuer    int16 // index in issuerRows, or -1
	// suspicious has a bit for each of the roles (suspParty, suspState,
	// suspIssuer) in which the key is a known abbreviation in another case
	// or without its diacritics.
	suspicious uint8
}

const (
	suspParty uint8 = 1 << iota
	suspState
	suspIssuer
)

const fastSize = 1024 // a power of two, well above twice the number of keys

var fastTable [fastSize]fastEntry

// fastHash mixes the length and three bytes of s: cheap, and enough to
// spread the few hundred abbreviations over the table; probing compares
// whole keys.
func fastHash(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(s[0])*0x85EBCA6B ^ uint32(s[n-1])*0xC2B2AE35 ^ uint32(s[n/2])*0x27D4EB2F
	return h ^ h>>15
}

// fastSlot returns the entry for s, creating it when create is set.
func fastSlot(s string, create bool) *fastEntry {
	for i := fastHash(s) & (fastSize - 1); ; i = (i + 1) & (fastSize - 1) {
		e := &fastTable[i]
		if e.key == s {
			return e
		}
		if e.key == "" {
			if !create {
				return nil
			}
			*e = fastEntry{key: s, partyType: -1, stateType: -1, issuer: -1}
			return e
		}
	}
}

// buildFastTable fills the table from the indexes. An abbreviation written in
// another case, or with its Đ folded to D, is marked suspicious: the general
// parser must decide about it.
func buildFastTable() {
	for x, sys := range map[*index]System{&partyTypes: Party, &stateTypes: State, &issuerIndex: 0} {
		for abbr, i := range x.exact {
			e := fastSlot(abbr, true)
			switch {
			case x == &issuerIndex:
				e.issuer = int16(i)
			case sys == Party:
				e.partyType = int16(i)
			default:
				e.stateType = int16(i)
			}
		}
	}
	roles := []struct {
		x    *index
		role uint8
	}{{&partyTypes, suspParty}, {&stateTypes, suspState}, {&issuerIndex, suspIssuer}}
	for _, r := range roles {
		for abbr := range r.x.exact {
			folded := vntext.Fold(abbr)
			for _, v := range []string{string(appendUpperASCII(nil, abbr)), folded, string(appendUpperASCII(nil, folded))} {
				if _, exact := r.x.exact[v]; v != abbr && !exact {
					fastSlot(v, true).suspicious |= r.role
				}
			}
		}
	}
	buildFastWords()
}

// A fastInfo says in which roles a group is a known abbreviation as written:
// 1 + the row index of its Party type, State type and issuer (0 for none),
// and its suspicious bits. The zero fastInfo is a group the data does not
// know in any form.
type fastInfo struct {
	party, state, issuer uint8
	susp                 uint8
}

// info returns the roles of e.
func (e *fastEntry) info() fastInfo {
	return fastInfo{party: uint8(e.partyType + 1), state: uint8(e.stateType + 1), issuer: uint8(e.issuer + 1), susp: e.suspicious}
}

// The groups of up to eight bytes are also found by their bytes packed into
// a uint64, first byte highest: the scan packs a group as it reads it, and a
// lookup is one multiplication and, mostly, one probe, comparing one word.
// Groups hold no zero byte, so the packed word is the group.
const fastWordBits = 10

type fastWord struct {
	w    uint64
	info fastInfo
}

var fastWords [1 << fastWordBits]fastWord

// packWord packs s, which must be 1..8 bytes long with no zero byte.
func packWord(s string) uint64 {
	var w uint64
	for i := 0; i < len(s); i++ {
		w = w<<8 | uint64(s[i])
	}
	return w
}

func fastWordSlot(w uint64) uint32 {
	return uint32((w * 0x9E3779B97F4A7C15) >> (64 - fastWordBits))
}

// wordInfo returns the roles of the group packed in w.
func wordInfo(w uint64) fastInfo {
	for i := fastWordSlot(w); ; i = (i + 1) & (1<<fastWordBits - 1) {
		e := &fastWords[i]
		if e.w == w {
			return e.info
		}
		if e.w == 0 {
			return fastInfo{}
		}
	}
}

// buildFastWords fills fastWords from fastTable.
func buildFastWords() {
	for i := range fastTable {
		e := &fastTable[i]
		if e.key == "" || len(e.key) > 8 || strings.IndexByte(e.key, 0) >= 0 {
			continue
		}
		if e.partyType >= 255 || e.stateType >= 255 || e.issuer >= 255 {
			panic("document: too many rows for the fast path")
		}
		w := packWord(e.key)
		j := fastWordSlot(w)
		for fastWords[j].w != 0 {
			j = (j + 1) & (1<<fastWordBits - 1)
		}
		fastWords[j] = fastWord{w: w, info: e.info()}
	}
}

// fastGroup is a group read by the fast path: its bounds, the separator
// before it, its roles, and whether it holds a lower-case letter or only
// digits.
type fastGroup struct {
	start, end uint16
	info       fastInfo
	sep        byte
	lower      bool
	digits     bool
}

// lookupIndex returns 1 + the index in fastTable of the entry for s, or 0.
func lookupIndex(s string) uint16 {
	for i := fastHash(s) & (fastSize - 1); ; i = (i + 1) & (fastSize - 1) {
		e := &fastTable[i]
		if e.key == s {
			return uint16(i + 1)
		}
		if e.key == "" {
			return 0
		}
	}
}

// Byte classes of the fast path, as bits. A group is a run of bytes of the
// first four classes; the others stop the inner loop.
const (
	fcUpper byte = 1 << iota
	fcLower
	fcDigit
	fcAmp
	fcSep
	fcDot
	fcD   // the first byte of Đ and đ
	fcBad // anything else

	fcStop = fcSep | fcDot | fcD | fcBad
)

var fastClass = func() (t [256]byte) {
	for i := range t {
		t[i] = fcBad
	}
	for b := 'A'; b <= 'Z'; b++ {
		t[b] = fcUpper
	}
	for b := 'a'; b <= 'z'; b++ {
		t[b] = fcLower
	}
	for b := '0'; b <= '9'; b++ {
		t[b] = fcDigit
	}
	t['&'], t['.'], t['/'], t['-'], t[0xC4] = fcAmp, fcDot, fcSep, fcSep, fcD
	return t
}()

// parseFast reads a canonical code. ok is false when it cannot be sure. In
// text mode it also gives up on a group that starts with a digit.
func parseFast(s string, inText bool) (Code, bool) {
	var c Code
	ok := parseFastInto(&c, s, inText)
	return c, ok
}

// parseFastInto is parseFast writing into *c, which must be zero; on
// failure *c is left in an undefined state.
func parseFastInto(c *Code, s string, inText bool) bool {
	n := len(s)
	if n == 0 || n > maxInput {
		return false
	}
	i := 0
	var v uint32
	for i < n && isDigit(s[i]) {
		v = v*10 + uint32(s[i]-'0')
		i++
	}
	if i == 0 || i > maxNumberDigits || v == 0 || !canonicalNumber(s[:i], v) {
		return false
	}
	c.number = v
	var g [maxGroups]fastGroup
	k := 0
	for i < n {
		sep := s[i]
		if k == maxGroups || sep != '/' && sep != '-' {
			return false
		}
		i++
		start := i
		var w uint64 // the group's bytes, packed
		var acc byte
		for i < n {
			b := s[i]
			cl := fastClass[b]
			if cl&fcStop == 0 {
				acc |= cl
				w = w<<8 | uint64(b)
				i++
				continue
			}
			if cl == fcSep {
				break
			}
			switch cl {
			case fcDot:
				if i == start || i+1 >= n || fastClass[s[i+1]]&(fcUpper|fcLower|fcDigit|fcD) == 0 {
					return false
				}
				acc |= fcAmp
				w = w<<8 | '.'
				i++
			case fcD:
				if i+1 >= n {
					return false
				}
				b2 := s[i+1]
				if b2 != 0x90 && b2 != 0x91 {
					return false
				}
				acc |= fcUpper
				if b2 == 0x91 {
					acc |= fcLower
				}
				w = w<<16 | 0xC400 | uint64(b2)
				i += 2
			default:
				return false
			}
		}
		size := i - start
		if size == 0 || size > maxGroup {
			return false
		}
		fg := &g[k]
		k++
		fg.sep, fg.start, fg.end = sep, uint16(start), uint16(i)
		fg.lower = acc&fcLower != 0
		switch {
		case acc&^fcDigit == 0:
			fg.digits = true
		case size <= 8:
			fg.info = wordInfo(w)
		default:
			if x := lookupIndex(s[start:i]); x != 0 {
				fg.info = fastTable[x-1].info()
			}
		}
	}
	gs := g[:k]
	if len(gs) > 0 && gs[0].digits {
		y := gs[0]
		if y.end-y.start != 4 || y.sep != '/' {
			return false
		}
		year := 0
		for j := y.start; j < y.end; j++ {
			year = year*10 + int(s[j]-'0')
		}
		if year < 1945 || year > nextYear {
			return false
		}
		c.year = uint16(year)
		gs = gs[1:]
	}
	if len(gs) == 0 {
		return false
	}
	if inText {
		// As in the general parser: in running text every group starts
		// with a letter.
		for j := range gs {
			if fastClass[s[gs[j].start]]&(fcUpper|fcLower|fcD) == 0 {
				return false
			}
		}
	}
	switch {
	case c.year != 0:
		c.sys = State
	default:
		if len(gs) >= 2 {
			c.sys = fastClassify(s, &gs[1])
		}
		if c.sys == 0 && fastClassify(s, &gs[0]) == State || c.sys == 0 && gs[0].sep == '/' {
			c.sys = State
		}
		if c.sys == 0 {
			c.sys = Party
		}
	}
	if c.sys == Party {
		if len(gs) < 2 || gs[0].sep != '-' || gs[1].sep != '/' || gs[0].digits || gs[0].lower {
			return false
		}
		if gs[0].info.party == 0 && gs[0].info.susp&suspParty != 0 {
			return false
		}
		last := 1
		for last+1 < len(gs) && gs[last+1].sep == '-' {
			last++
		}
		for j := 1; j <= last; j++ {
			if !fastIssuerGroup(s, &gs[j]) {
				return false
			}
		}
		c.sym = s[gs[0].start:]
		c.typLen = uint8(gs[0].end - gs[0].start)
		if last+1 < len(gs) {
			c.extra = gs[last+1].start - gs[0].start
		}
		return true
	}
	// State.
	if gs[0].sep != '/' {
		return false
	}
	for j := 1; j < len(gs); j++ {
		if gs[j].sep != '-' {
			return false
		}
	}
	rest := gs
	if !(c.year != 0 && len(gs) == 1 && isTermGroup(s[gs[0].start:gs[0].end])) {
		switch x := gs[0].info; {
		case x.state != 0:
			if len(gs) < 2 {
				return false
			}
			c.typLen = uint8(gs[0].end - gs[0].start)
			rest = gs[1:]
		case x.susp&suspState != 0, c.year != 0:
			return false
		}
	}
	for j := range rest {
		if !fastIssuerGroup(s, &rest[j]) {
			return false
		}
	}
	c.sym = s[gs[0].start:]
	// The legislature term, as checkTerm sets it.
	for j := range rest {
		if !isDigit(s[rest[j].end-1]) {
			continue
		}
		if _, term, ok := splitTerm(s[rest[j].start:rest[j].end]); ok {
			from, to, known := termYears(term)
			if !known && term > termRows[len(termRows)-1].term ||
				known && c.year != 0 && (int(c.year) < from || int(c.year) > to) {
				return false
			}
			c.term = uint8(term)
			break
		}
	}
	return true
}

// fastIssuerGroup reports whether an issuer group is canonical as it stands:
// a known issuer, a legislature group, or an unknown abbreviation with no
// lower-case letter that is not a known one in disguise.
func fastIssuerGroup(s string, x *fastGroup) bool {
	switch {
	case x.info.issuer != 0:
		return true
	case x.info.susp&suspIssuer != 0:
		return false
	}
	// Lower case is the general parser's to judge (QH13 in lower case,
	// Party extras); so are groups of digits.
	return !x.lower && !x.digits
}

// fastClassify is classify for groups of ASCII letters, digits and Đ.
func fastClassify(s string, x *fastGroup) System {
	g := s[x.start:x.end]
	if x.info.issuer != 0 {
		return issuerRows[x.info.issuer-1].sys
	}
	if x.info.susp&suspIssuer != 0 {
		return classify(g)
	}
	if isDigit(g[len(g)-1]) {
		if _, _, ok := splitTerm(g); ok {
			return State
		}
	}
	if n := len(g); n > 2 && foldable(g) {
		a, b := g[n-2]|0x20, g[n-1]|0x20
		if a == 't' && (b == 'w' || b == 'u') {
			return Party
		}
	}
	if x.lower && isTermGroup(g) {
		return State
	}
	return 0
}
