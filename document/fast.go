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
	flags      uint16 // for the fast path (ffKnown...), 0 when it cannot read the key
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

// fastGroupAt reads the group that starts at i when it is a key of at most
// eight bytes, and returns its end and flags; for any other group it
// returns flags 0, and fastGroupSlow reads it. It calls nothing, so that it
// needs no stack frame.
func fastGroupAt(s string, i int) (int, uint16) {
	end, w, _ := fastScan(s, i)
	if end-i > 8 {
		return end, 0
	}
	return end, wordFlags(w)
}

// The fast path judges a group by a few flags. For a key of fastTable they
// are worked out once, from the data, when the table is built; for any
// other group, from the classes of its bytes.
const (
	ffKnown     uint16 = 1 << iota // a key of fastTable
	ffLetter                       // starts with a letter
	ffLower                        // holds a lower-case letter
	ffDigits                       // holds only digits
	ffPartyType                    // may stand as the type of a Party code
	ffIssuer                       // may stand as an issuer group
	ffStateType                    // a State type
	ffSuspState                    // a State type in another case or without diacritics
	ffClsParty                     // classify says Party: Party<<8
	ffClsState                     // classify says State: State<<8
	ffEndDigit                     // ends with a digit
)

// The groups of up to eight bytes are found by their bytes packed into a
// uint64, first byte highest: the scan packs a group as it reads it, and a
// lookup is one multiplication and, mostly, one probe comparing one word.
// Groups hold no zero byte, so the packed word is the group.
const fastWordBits = 10

type fastWord struct {
	w     uint64
	flags uint16
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

// wordFlags returns the flags of the key packed in w, or 0 when w is no key.
func wordFlags(w uint64) uint16 {
	for i := fastWordSlot(w); ; i++ {
		e := &fastWords[i&(1<<fastWordBits-1)]
		if e.w == w {
			return e.flags
		}
		if e.w == 0 {
			return 0
		}
	}
}

// buildFastWords fills fastWords from fastTable, with the flags of each key.
func buildFastWords() {
	for i := range fastTable {
		e := &fastTable[i]
		if e.key == "" {
			continue
		}
		e.flags = keyFlags(e)
		if len(e.key) > 8 || e.flags == 0 {
			continue
		}
		w := packWord(e.key)
		j := fastWordSlot(w)
		for fastWords[j].w != 0 {
			j = (j + 1) & (1<<fastWordBits - 1)
		}
		fastWords[j] = fastWord{w: w, flags: e.flags}
	}
}

// keyFlags works out the flags of a key from the data, or returns 0 when
// the fast path cannot read it as a group.
func keyFlags(e *fastEntry) uint16 {
	g := e.key
	var acc byte
	for i := 0; i < len(g); i++ {
		acc |= fastClass[g[i]]
	}
	if acc&fcStop != 0 || acc&^fcDigit == 0 || !fastMarks(g, packWord(g), true) {
		return 0
	}
	f := ffKnown
	if fastClass[g[0]]&(fcUpper|fcLower|fcLead) != 0 {
		f |= ffLetter
	}
	lower := acc&fcLower != 0
	if lower {
		f |= ffLower
	}
	if !lower && !(e.partyType < 0 && e.suspicious&suspParty != 0) {
		f |= ffPartyType
	}
	if e.issuer >= 0 || e.suspicious&suspIssuer == 0 && !lower {
		f |= ffIssuer
	}
	if e.stateType >= 0 {
		f |= ffStateType
	}
	if e.suspicious&suspState != 0 {
		f |= ffSuspState
	}
	if isDigit(g[len(g)-1]) {
		f |= ffEndDigit
	}
	var sys System
	switch {
	case e.issuer >= 0:
		sys = issuerRows[e.issuer].sys
	case e.suspicious&suspIssuer != 0:
		sys = classify(g)
	default:
		sys = shapeClass(g, lower)
	}
	switch sys {
	case Party:
		f |= ffClsParty
	case State:
		f |= ffClsState
	}
	return f
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

// Byte classes of the fast path, as bits. A group is a run of bytes with
// no fcStop bit: letters, digits, '&', '.' and the bytes of Đ and đ. Where
// '.' and the bytes of Đ stand is checked after the run (fastMarks).
const (
	fcUpper byte = 1 << iota
	fcLower
	fcDigit
	fcAmp
	fcDot
	fcLead // 0xC4, the first byte of Đ and đ
	fcCont // 0x90 or 0x91, the second byte of Đ or đ
	fcStop // a separator or any other byte
)

var fastClass = func() (t [256]byte) {
	for i := range t {
		t[i] = fcStop
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
	t['&'], t['.'], t[0xC4], t[0x90], t[0x91] = fcAmp, fcDot, fcLead, fcCont|fcUpper, fcCont|fcLower
	return t
}()

// fastMarks reports whether the dots and the bytes of Đ and đ stand right
// in a group g of w: every 0xC4 followed by 0x90 or 0x91, which follow
// nothing else, and every '.' between a letter or digit and a letter,
// digit or Đ. w is g packed when g is at most eight bytes long.
func fastMarks(g string, w uint64, hasDot bool) bool {
	if !hasDot && len(g) <= 8 {
		lead := eqBytes(w, 0xC4)
		cont := eqBytes(w&(fastOnes*0xFE), 0x90)
		return cont == lead>>8 && lead&0x80 == 0
	}
	for j := 0; j < len(g); j++ {
		switch g[j] {
		case 0xC4:
			if j+1 == len(g) || fastClass[g[j+1]]&fcCont == 0 {
				return false
			}
			j++
		case 0x90, 0x91:
			return false
		case '.':
			if j == 0 || j+1 == len(g) || fastClass[g[j+1]]&(fcUpper|fcLower|fcDigit|fcLead) == 0 {
				return false
			}
		}
	}
	return true
}

const fastOnes = 0x0101010101010101

// eqBytes has the high bit set in each byte of w that equals c, and no
// other bit.
func eqBytes(w uint64, c byte) uint64 {
	t := w ^ fastOnes*uint64(c)
	return ^((t&(fastOnes*0x7F) + fastOnes*0x7F) | t) & (fastOnes * 0x80)
}

// parseFast reads a canonical code. ok is false when it cannot be sure. In
// text mode it also gives up on a group that starts with a digit.
func parseFast(s string, inText bool) (Code, bool) {
	var c Code
	ok := parseFastInto(&c, s, inText)
	return c, ok
}

// parseFastInto is parseFast writing into *c, which must be zero; on
// failure *c is left in an undefined state.
//
// The separator after the number settles the system: the general parser
// reads a code whose number is followed by '-' without a fix only as a
// Party code, and one followed by '/' only as a State code. What would
// classify it otherwise (classify of the first two groups) is checked
// at the end.
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
	if i == 0 || i == n || i > maxNumberDigits || v == 0 || !canonicalNumber(s[:i], v) {
		return false
	}
	c.number = v
	switch s[i] {
	case '-':
		return fastParty(c, s, i+1, inText)
	case '/':
		return fastState(c, s, i+1, inText)
	}
	return false
}

// parseFastSeparator reads, in text, a Party code whose type and issuer
// are joined by '-' instead of '/' ("290-QĐ-TW"), the commonest slip in
// running text. It reads the code with the '/' put back and answers only
// for a Party code of exactly three groups whose issuer is a Party issuer;
// the general parser reads these the same way, with FixSeparator (a test
// and a fuzz target check it). Otherwise it gives up, like parseFast.
func parseFastSeparator(s string) (Code, bool) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || i+1 >= len(s) || s[i] != '-' || strings.IndexByte(s, '/') >= 0 {
		return Code{}, false
	}
	j := strings.IndexByte(s[i+1:], '-')
	if j < 0 {
		return Code{}, false
	}
	j += i + 1
	if strings.IndexByte(s[j+1:], '-') >= 0 {
		return Code{}, false
	}
	var c Code
	if !parseFastInto(&c, s[:j]+"/"+s[j+1:], true) || c.sys != Party || !c.KnownIssuer() || fastCls(fastIssuerFlags(c.Issuer())) != Party {
		return Code{}, false
	}
	return c, true
}

// fastIssuerFlags returns the fast path's flags of an issuer group, 0 when
// it has none.
func fastIssuerFlags(g string) uint16 {
	_, f := fastGroupAt(g, 0)
	if f == 0 {
		_, f = fastGroupSlow(g, 0)
	}
	return f
}

// fastScan reads the group that starts at i: it returns its end, its bytes
// packed (the last eight) and the union of their classes.
func fastScan(s string, i int) (end int, w uint64, acc byte) {
	for ; uint(i) < uint(len(s)); i++ {
		cl := fastClass[s[i]]
		if cl&fcStop != 0 {
			break
		}
		acc |= cl
		w = w<<8 | uint64(s[i])
	}
	return i, w, acc
}

// fastGroupSlow reads the group that starts at i, when fastGroupAt did not
// find it, and returns its end and flags, or an end of -1 when the fast
// path cannot read it.
func fastGroupSlow(s string, start int) (int, uint16) {
	end, w, acc := fastScan(s, start)
	size := end - start
	switch {
	case size == 0 || size > maxGroup:
		return -1, 0
	case acc&^fcDigit == 0:
		return end, ffDigits
	case acc&(fcDot|fcLead|fcCont) != 0 && !fastMarks(s[start:end], w, acc&fcDot != 0):
		return -1, 0
	case size > 8:
		if k := lookupIndex(s[start:end]); k != 0 && fastTable[k-1].flags != 0 {
			return end, fastTable[k-1].flags
		}
	}
	var f uint16
	if fastClass[s[start]]&(fcUpper|fcLower|fcLead) != 0 {
		f = ffLetter
	}
	if isDigit(s[end-1]) {
		f |= ffEndDigit
	}
	lower := acc&fcLower != 0
	if size > 2 {
		// No shorter group is a legislature or ends in TW or TU.
		f |= uint16(shapeClass(s[start:end], lower)) << 8 // ffClsParty, ffClsState
	}
	if lower {
		return end, f | ffLower
	}
	return end, f | ffPartyType | ffIssuer
}

// fastParty reads the groups of a Party code NUMBER-TYPE/ISSUER[-GROUP...]
// [/EXTRA...], the first at i.
func fastParty(c *Code, s string, i int, inText bool) bool {
	start := i
	end, f0 := fastGroupAt(s, start)
	if f0 == 0 {
		end, f0 = fastGroupSlow(s, start)
	}
	if end < 0 || end == len(s) || s[end] != '/' || f0&ffPartyType == 0 || inText && f0&ffLetter == 0 {
		return false
	}
	start1 := end + 1
	end1, f1 := fastGroupAt(s, start1)
	if f1 == 0 {
		end1, f1 = fastGroupSlow(s, start1)
	}
	if end1 < 0 || f1&ffIssuer == 0 || inText && f1&ffLetter == 0 {
		return false
	}
	k := 2 // groups read
	extra := false
	for i = end1; i < len(s); {
		sep := s[i]
		if k == maxGroups || sep != '-' && sep != '/' {
			return false
		}
		k++
		e, f := fastGroupAt(s, i+1)
		if f == 0 {
			e, f = fastGroupSlow(s, i+1)
		}
		if e < 0 || inText && f&ffLetter == 0 {
			return false
		}
		switch {
		case extra:
		case sep == '/':
			extra = true
			c.extra = uint16(i + 1 - start)
		case f&ffIssuer == 0:
			return false
		}
		i = e
	}
	if cls := fastCls(f1); cls == State || cls == 0 && fastCls(f0) == State {
		return false
	}
	c.sys = Party
	c.typLen = uint8(end - start)
	c.sym = s[start:]
	return true
}

// fastState reads the groups of a State code NUMBER/[YEAR/][TYPE-]ISSUER
// [-GROUP...], the first at i.
func fastState(c *Code, s string, i int, inText bool) bool {
	start := i
	k := 1 // groups read
	if i < len(s) && isDigit(s[i]) {
		// The year. A first group of other digits (15/2B-X) is the
		// general parser's to judge.
		t := s[i:]
		if len(t) < 5 || t[4] != '/' || !isDigit(t[1]) || !isDigit(t[2]) || !isDigit(t[3]) {
			return false
		}
		year := int(t[0]-'0')*1000 + int(t[1]-'0')*100 + int(t[2]-'0')*10 + int(t[3]-'0')
		if year < 1945 || year > nextYear {
			return false
		}
		c.year = uint16(year)
		start += 5
		k++
	}
	end, f := fastGroupAt(s, start)
	if f == 0 {
		end, f = fastGroupSlow(s, start)
	}
	if end < 0 || f&ffDigits != 0 { // digits after the year
		return false
	}
	if inText && f&ffLetter == 0 {
		return false
	}
	if end == len(s) {
		// One group: an issuer, or the legislature of a law.
		law := c.year != 0 && isTermGroup(s[start:end])
		if !law && (f&(ffStateType|ffSuspState) != 0 || c.year != 0) || !fastRestGroup(c, s[start:end], f) {
			return false
		}
		c.sys = State
		c.sym = s[start:]
		return true
	}
	// The first group is the type or the first issuer group.
	switch {
	case f&ffStateType != 0:
		c.typLen = uint8(end - start)
	case f&ffSuspState != 0, c.year != 0:
		return false
	case !fastRestGroup(c, s[start:end], f):
		return false
	}
	var f1 uint16 // the second group's flags
	for i = end; i < len(s); {
		if k == maxGroups || s[i] != '-' {
			return false
		}
		k++
		e, f := fastGroupAt(s, i+1)
		if f == 0 {
			e, f = fastGroupSlow(s, i+1)
		}
		if e < 0 || inText && f&ffLetter == 0 || !fastRestGroup(c, s[i+1:e], f) {
			return false
		}
		if f1 == 0 {
			f1 = f
		}
		i = e
	}
	if c.year == 0 && f1 != 0 && fastCls(f1) == Party {
		return false
	}
	c.sys = State
	c.sym = s[start:]
	return true
}

// fastRestGroup checks a group g of the issuer part of a State code, and
// sets the legislature term from the first QH or UBTVQH group, as checkTerm
// does.
func fastRestGroup(c *Code, g string, f uint16) bool {
	return f&ffIssuer != 0 && (f&ffEndDigit == 0 || c.term != 0 || fastTerm(c, g))
}

// fastTerm sets the legislature term when g is a QH or UBTVQH group, and
// reports whether the code's year allows it.
func fastTerm(c *Code, g string) bool {
	if _, term, ok := splitTerm(g); ok {
		from, to, known := termYears(term)
		if !known && term > termRows[len(termRows)-1].term ||
			known && c.year != 0 && (int(c.year) < from || int(c.year) > to) {
			return false
		}
		c.term = uint8(term)
	}
	return true
}

// fastCls is classify of a group, read from its flags f.
func fastCls(f uint16) System {
	return System(f>>8) & 3 // ffClsParty, ffClsState
}

// shapeClass is classify for a group the data does not know: a legislature
// group is State, an abbreviation ending in TW or TU after a known prefix is
// Party.
func shapeClass(g string, lower bool) System {
	if isDigit(g[len(g)-1]) {
		if _, _, ok := splitTerm(g); ok {
			return State
		}
	}
	if len(g) > 2 && foldable(g) && partyShape(g) {
		return Party
	}
	if lower && isTermGroup(g) {
		return State
	}
	return 0
}
