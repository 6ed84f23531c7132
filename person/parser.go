// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
	"github.com/vnorg/vnorg/orgunit"
)

// A parser reads mentions from the tokens of one text.
type parser struct {
	text string
	toks []token
	z    *tokenizer
	c    config
	t    *tables

	// Scratch space for segments, reused from one mention to the next.
	segBuf, appBuf    []seg
	sepBuf, appSepBuf []byte
	spanBuf           [][2]int // the tokens of the positions of the mention being read

	kb []byte // scratch space for keys

	// orgPrefix is the word a title shares with the unit being read
	// ("Ban" of "Trưởng Ban Tổ chức"), "" if none: with it, the words read
	// are checked against the names of known units.
	orgPrefix string

	// header is the unit named by the document's header, once looked for
	// (see headerUnit).
	header     unitRef
	headerDone bool
}

var tokenizers = sync.Pool{New: func() any { return new(tokenizer) }}

func newParser(s string, c config) *parser {
	t := tablesFor(s)
	z := tokenizers.Get().(*tokenizer)
	z.reset()
	z.lits = t.lits
	z.tokenize(s, 0, len(s))
	return &parser{text: s, toks: z.toks, z: z, c: c, t: t}
}

// release returns the tokenizer to the pool; p must not be used afterwards.
func (p *parser) release() {
	p.z.toks = p.toks
	tokenizers.Put(p.z)
	p.z, p.toks = nil, nil
}

// A perr is a parse failure inside the parser, turned into a ParseError by
// the exported functions.
type perr struct {
	offset int
	err    error
	detail string
}

func (p *parser) fail(i int, detail string) *perr {
	off := len(p.text)
	if i < len(p.toks) {
		off = p.toks[i].start
	}
	if len(p.toks) == 0 {
		return &perr{offset: -1, err: ErrEmpty}
	}
	return &perr{offset: off, err: ErrSyntax, detail: detail}
}

type segKind uint8

const (
	segTitle segKind = iota + 1
	segMembership
)

// A seg is one title or membership segment: modifiers, the title or
// membership words, a standing qualifier, and the unit.
type seg struct {
	start, end           int // tokens [start, end)
	kind                 segKind
	row                  int // row of titles.tsv or memberships.tsv; -1 for an in-charge title
	office               int // row of titles.tsv of the title words, -1 if none
	mods                 Modifier
	titleStart, titleEnd int // the title as written, with its qualifier
	standing             bool
	orgStart, orgEnd     int    // the unit as written; empty when equal
	orgText              string // the unit, when it does not come from orgStart:orgEnd
	prefix               string // a word shared with the title, restored before the unit
	nameStart            int    // a name carved off the end of the unit, -1 if none
	nameEnd              int    // where the carved name ends (title-first mode)
	prefixStart          int    // honorifics between the unit and the carved name, or -1
	resume               int    // where scanning resumes when the unit is a person, -1 if none
}

// word reports whether toks[i] is a word.
func (p *parser) word(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord }

// punct reports whether toks[i] is the punctuation c.
func (p *parser) punct(i int, c byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].punct == c
}

func (p *parser) keyIs(i int, k string) bool {
	return p.word(i) && (p.toks[i].key == k || p.toks[i].litIs(k))
}

// span returns the text of tokens [a, b) with runs of white space folded to
// one space. It shares the input's memory when nothing is folded.
func (p *parser) span(a, b int) string {
	if a >= b {
		return ""
	}
	s := p.text[p.toks[a].start:p.toks[b-1].end]
	if !needsFold(s) {
		return s
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a && p.toks[i].start > p.toks[i-1].end {
			sb.WriteByte(' ')
		}
		sb.WriteString(p.text[p.toks[i].start:p.toks[i].end])
	}
	return sb.String()
}

// needsFold reports whether s has white space other than single spaces.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// match returns the longest lexicon entry of kind k at toks[i].
func (p *parser) match(i int, k entryKind) (entry, int) {
	if !p.word(i) {
		return entry{}, 0
	}
	t := &p.toks[i]
	var memo *uint8
	var idx *uint16
	switch k {
	case eHonorific:
		memo, idx = &t.hon, &t.honIdx
	case eModifier:
		memo, idx = &t.mod, &t.modIdx
	default:
		return p.t.lex.longest(p.toks, i, func(e entry, _ int) bool { return e.kind == k })
	}
	// Honorifics and modifiers are looked for at the same token by every
	// mention read through it: the token remembers the answer.
	if *memo == 0 {
		e, n := p.t.lex.longest(p.toks, i, func(e entry, _ int) bool { return e.kind == k })
		if n >= 255 || e.idx >= 1<<16 {
			return e, n
		}
		*memo, *idx = uint8(n+1), uint16(e.idx)
	}
	if *memo == 1 {
		return entry{}, 0
	}
	return entry{kind: k, idx: int(*idx)}, int(*memo - 1)
}

// matchTitle returns the longest title at toks[i] whose following words, if
// the row requires some, are there.
func (p *parser) matchTitle(i int) (int, int) {
	if !p.word(i) {
		return -1, 0
	}
	e, n := p.t.lex.longest(p.toks, i, func(e entry, end int) bool {
		if e.kind != eTitle {
			return false
		}
		j := end
		for _, k := range p.t.titles[e.idx].nextKeys {
			if !p.keyIs(j, k) {
				return false
			}
			j++
		}
		return true
	})
	if n == 0 {
		return -1, 0
	}
	// An all-capitals abbreviation (CT, PCT, BT) is a title only before a
	// unit, or before a comma and another title ("PBT, CT UBND phường").
	if n == 1 && p.toks[i].caps && !p.word(i+1) && !(p.punct(i+1, ',') && p.titleWordsAt(i+2)) {
		return -1, 0
	}
	if n == 1 && p.t.level.has(p.toks[i].key) && !p.unitNotPlace(i+1) {
		// TP is Trưởng phòng before a unit ("TP Nghiệp vụ Y Sở Y tế"),
		// and the city before a place or alone ("TP Hà Nội", "UBND TP").
		return -1, 0
	}
	return e.idx, n
}

// titleWordsAt reports whether the words at i are a title's in the
// lexicon, whatever follows them (matchTitle without its checks, so that it
// does not call itself along a list of abbreviations).
func (p *parser) titleWordsAt(i int) bool {
	if !p.word(i) {
		return false
	}
	_, n := p.t.lex.longest(p.toks, i, func(e entry, _ int) bool { return e.kind == eTitle })
	return n > 0
}

// unitNotPlace reports whether a capitalized word that opens no province
// or district stands at i.
func (p *parser) unitNotPlace(i int) bool {
	return p.word(i) && p.toks[i].upper && p.toks[i].nl == 0 && !p.placeWithin(i, len(p.toks))
}

// startsSegment reports whether a title, membership or modifier starts at i.
func (p *parser) startsSegment(i int) bool {
	if !p.word(i) {
		return false
	}
	if _, n := p.matchTitle(i); n > 0 {
		return true
	}
	if _, n := p.match(i, eMembership); n > 0 {
		return true
	}
	_, n := p.match(i, eModifier)
	return n > 0
}

// officeAfter reports whether an office or a membership follows the
// modifiers that start at i.
func (p *parser) officeAfter(i int) bool {
	j := i
	for {
		_, n := p.match(j, eModifier)
		if n == 0 {
			break
		}
		j += n
	}
	if _, n := p.matchTitle(j); n > 0 {
		return true
	}
	_, n := p.match(j, eMembership)
	return n > 0
}

// concurrentAt reports whether a modifier of the concurrent or in-charge kind
// starts at i: such a word joins offices without a comma.
func (p *parser) concurrentAt(i int) bool {
	e, n := p.match(i, eModifier)
	return n > 0 && p.t.modifiers[e.idx].mod&(Concurrent|InCharge) != 0
}

// honorificAt returns the prefix entry at i (honorific, rank, academic).
func (p *parser) honorificAt(i int) (honorificRow, int) {
	e, n := p.match(i, eHonorific)
	if n == 0 {
		return honorificRow{}, 0
	}
	return p.t.honorifics[e.idx], n
}

// nameWord reports whether toks[i] can be a word of a person's name.
func (p *parser) nameWord(i int) bool {
	if !p.word(i) {
		return false
	}
	t := &p.toks[i]
	if !t.upper || t.digit || t.nl > 1 {
		return false
	}
	if t.name == 0 {
		t.name = 2
		w := p.text[t.start:t.end]
		if !(t.caps && utf8.RuneCountInString(w) > 1) && isNameWord(w) { // not an abbreviation (UBND, TP.)
			t.name = 1
		}
	}
	return t.name == 1
}

// nameRun returns the end of a name starting at i, or i when none does. A
// name has two to five words; without a prefix before it, its first word must
// be a known family name (or an Ê Đê marker). A name written in capitals is
// read by capsNameRun.
func (p *parser) nameRun(i int, needFamily bool) int {
	if j := p.capsNameRun(i); j > i {
		return j
	}
	if !needFamily && p.capsWord(i) && !p.startsSegment(i) {
		// After an honorific, a name in capitals whatever its family,
		// when a comma or a dash ends it: "ĐỒNG CHÍ ĐIỂU THỊ LAN, ỦY VIÊN
		// ...".
		j := i
		for j < len(p.toks) && j-i < 4 && p.capsWord(j) && p.toks[j].nl == 0 && isSyllable(p.toks[j].key) {
			j++
		}
		if j-i >= 2 && (p.punct(j, ',') || p.punct(j, '-')) {
			return j
		}
	}
	j := i
	for j < len(p.toks) && j-i < 6 && p.nameWord(j) {
		if j > i {
			// A title inside the run ends the name ("Nguyễn Văn A Bí thư"),
			// and so does any office or membership on the next line.
			if _, n := p.matchTitle(j); n > 1 || p.toks[j].nl > 0 && p.startsSegment(j) {
				break
			}
		}
		j++
	}
	if j-i == 1 && !needFamily && apostropheName(p.text[p.toks[i].start:p.toks[i].end]) {
		// A name of one word joined by an apostrophe, after an honorific:
		// "ông K'Dạ".
		return j
	}
	if j-i < 2 || j-i > 5 {
		return i
	}
	if needFamily && !p.familyAt(i) && !(j-i >= 3 && p.thiAt(i+1)) && !(j-i == 2 && p.koreanAt(i+1)) {
		return i
	}
	return j
}

// koreanAt reports whether toks[i] is a given name of Korean romanization
// ("Jung-ho"): the family before it is then a Korean one ("Đại sứ Park
// Jung-ho"), which the table of families does not hold.
func (p *parser) koreanAt(i int) bool {
	return p.word(i) && koreanGiven(p.text[p.toks[i].start:p.toks[i].end])
}

// apostropheName reports whether w is a capital letter, an apostrophe and a
// capitalized word ("K'Dạ", "K’Brông"), as the names of some peoples of
// the Central Highlands are written.
func apostropheName(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "'")
	if !ok {
		if rest, ok = strings.CutPrefix(w[1:], "’"); !ok {
			return false
		}
	}
	return rest != "" && isUpperStart(rest)
}

// thiAt reports whether toks[i] is the middle name Thị, which only women's
// names hold: "Sơn Thị Ngọc Hiền" is a name whatever its family name.
func (p *parser) thiAt(i int) bool {
	return p.word(i) && p.toks[i].upper && !p.toks[i].caps && p.toks[i].lk() == "thị"
}

// familyAt reports whether toks[i] opens a name: a known family name or an Ê
// Đê marker.
func (p *parser) familyAt(i int) bool {
	k := p.toks[i].key
	if p.t.familyKey.has(k) || p.c.seenFamilies[k] {
		return true
	}
	if p.t.familyHeads.has(k) && p.word(i+1) {
		// A family name of two words whose first is no family alone: "Rơ
		// Mah Thuận".
		var buf [64]byte
		b := append(append(append(buf[:0], k...), ' '), p.toks[i+1].key...)
		return p.t.familyPairs.has(string(b))
	}
	return p.t.ethnicMarker(k)
}

// nameOf builds the Name of tokens [a, b).
func (p *parser) nameOf(a, b int) Name {
	var wb, kb [6]string
	words, keys := wb[:0], kb[:0]
	for i := a; i < b; i++ {
		words = append(words, p.nameText(i))
		keys = append(keys, p.toks[i].key)
	}
	return splitNameKeys(words, keys)
}

// nameText returns the word toks[i] as a name keeps it: as written, in NFC,
// with Đ for Ð.
func (p *parser) nameText(i int) string {
	w := p.text[p.toks[i].start:p.toks[i].end]
	if strings.IndexByte(w, 0xCC) >= 0 || strings.IndexByte(w, 0xCD) >= 0 || strings.IndexByte(w, 0xC3) >= 0 {
		// Decomposed, or possibly Ð: put in NFC, with Đ.
		w, _ = vntext.Repair(vntext.NFC(w), vntext.Eth)
	}
	return w
}

// knownUnit reports whether the tokens [a, b), after p.orgPrefix, are the
// whole name of a unit that orgunit knows, in force on any date: evidence
// that a unit ends at b. The answers are remembered for the life of the
// config (one call of Find).
func (p *parser) knownUnit(a, b int) bool {
	return p.knownOrg(p.orgPrefix, a, b)
}

// knownOrg is knownUnit with the word prefix, shared with a title, before
// the tokens [a, b) ("" for none).
func (p *parser) knownOrg(prefix string, a, b int) bool {
	if a >= b {
		return false
	}
	org := p.span(a, b)
	if prefix != "" {
		org = prefix + " " + org
	}
	if v, ok := p.c.known[org]; ok {
		return v
	}
	r := orgunit.Resolve(org, p.c.at)
	v := r.Found() || len(r.Elsewhere) > 0
	if p.c.known == nil {
		p.c.known = map[string]bool{}
	}
	p.c.known[org] = v
	return v
}

// carve looks for a person's name at the end of the unit [a, e) (a title
// written before the name) and returns where it starts, or -1. strict asks
// for stronger evidence (inside an appositive, where a unit rarely ends in a
// name).
func (p *parser) carve(a, e int, strict bool) int {
	r := e
	for r > a && p.nameWord(r-1) {
		r--
	}
	m := e - r
	if m < 2 {
		return -1
	}
	try := func(k int) (ok, strong bool) {
		if k > m || k < 2 || k > 5 {
			return false, false
		}
		s := e - k
		if p.thiAt(s) {
			// Thị is a woman's middle name; no name starts with it.
			return false, false
		}
		if p.schoolBefore(s) {
			// "Trường THPT chuyên Nguyễn Quang Diêu": the school's name.
			return false, false
		}
		// A middle name is evidence only before a given name: "xã Đồng
		// Văn" is a place.
		strong = k > 2 && p.t.middles.has(p.toks[s+1].key) || p.seenName(s, e)
		before := s > a // unit words before the name
		prevLevel := s > 0 && p.word(s-1) && p.t.level.has(p.toks[s-1].key)
		if !p.familyAt(s) && !(k == 2 && p.koreanAt(s+1)) && !(k >= 3 && p.thiAt(s+1) && (prevLevel || before && (p.knownUnit(a, s) || p.placeThrough(s-1)))) {
			// A family name the tables lack (Lã, Mấu) opens a name of
			// three words with a middle name, written before its verb
			// right after a whole unit: "Chủ tịch UBND thành phố Lã
			// Thanh Bình cho biết", "Chủ tịch UBND huyện Khánh Sơn Mấu
			// Xuân Thủy kiến nghị"; so does a woman's name with Thị
			// after a unit or its place ("Bí thư Huyện đoàn Mộc Châu Vì
			// Thị Ngọc Ánh").
			if strict || k != 3 || !p.t.middles.has(p.toks[s+1].key) || !(prevLevel && s == r || before && p.knownUnit(a, s)) {
				return false, false
			}
		}
		if prevLevel && (strict || !strong && !p.nameAfterLevel(s, e) || isPlace(p.span(s, e), &p.c)) {
			// After "phường", "tỉnh": a place, unless a clear name follows a
			// title written before it.
			return false, false
		}
		if k == 2 && before && r == s && (strict || isPlace(p.span(s, e), &p.c)) {
			// "Tỉnh ủy Lâm Đồng": a two-word place right after a unit;
			// "Bộ trưởng Công an Tô Lâm": a person.
			return false, false
		}
		if (before || k == 2) && isPlace(p.span(s, e), &p.c) {
			// "Chủ tịch Hồ Chí Minh" is a person; "UBND thành phố Hồ Chí
			// Minh" a place.
			return false, false
		}
		return true, strong
	}
	order := [...]int{3, 4, 2, 5}
	var ok, strong [len(order)]bool
	splits := 0
	for i, k := range order {
		ok[i], strong[i] = try(k)
		if ok[i] {
			splits++
		}
	}
	// Of several splits, one that leaves a whole known unit before a known
	// family name comes first: "Trưởng Ban Tổ chức Trung ương Trần Lưu
	// Quang", not "... Trung ương Trần" and "Lưu Quang".
	if splits > 1 {
		for i, k := range order {
			// One word in lower or mixed case is no whole unit: "Hồ" is a
			// township's name, not the unit of "Thẩm phán Hồ Thị Minh".
			if ok[i] && e-k > a && (e-k-a >= 2 || p.toks[a].caps) && p.knownUnit(a, e-k) {
				return e - k
			}
		}
	}
	for i, k := range order {
		if ok[i] && strong[i] {
			return e - k
		}
	}
	if strict {
		return -1
	}
	for i, k := range order {
		if ok[i] {
			return e - k
		}
	}
	return -1
}

// nameAfterLevel reports whether the words [s, e), right after a level
// word whose places are all known (tỉnh, huyện, quận, thành phố, thị xã),
// open with a family name of the table and with no place of that level:
// "Phó Chủ tịch UBND tỉnh Lư Thành Được" names the person, where "UBND
// huyện Lâm Bình" names the place. The communes (xã, phường) are too many
// to know, and a name after them needs more evidence.
func (p *parser) nameAfterLevel(s, e int) bool {
	if s < 1 || !p.familyAt(s) {
		return false
	}
	switch p.toks[s-1].lk() {
	case "tỉnh", "huyện", "quận", "phố", "tp", "tp.":
	case "xã":
		if !p.keyIs(s-2, "thị") {
			return false
		}
	default:
		return false
	}
	return !p.placeWithin(s, e)
}

// honorificNext reports whether an honorific (đồng chí, ông) stands at i:
// "Bí thư Huyện ủy và các đồng chí ..." ends the unit before "và", where
// "Đảng ủy Mặt trận và các đoàn thể" goes on.
func (p *parser) honorificNext(i int) bool {
	h, n := p.honorificAt(i)
	return n > 0 && h.kind == kindHonorific
}

// peopleAt reports whether a noun for people starts at i ("thành viên",
// "đại biểu"): "Ủy ban Kiểm tra Tỉnh ủy và các thành viên Ban Chỉ đạo"
// joins people to the unit, where "Ban Dân vận Tỉnh ủy và các đoàn thể"
// names one.
func (p *parser) peopleAt(i int) bool { return p.phraseIn(i, peoplePhrases) }

// phraseIn reports whether one of the phrases is written from toks[i] on.
func (p *parser) phraseIn(i int, phrases [][]string) bool {
	for _, ph := range phrases {
		if p.phraseAt(i, ph) {
			return true
		}
	}
	return false
}

// unitPrefixAt returns the length of the prefix at x that may stand
// between a unit and a name: a rank or an academic title, or an honorific
// in lower case ("ông"); a capitalized honorific there is a word of a place
// ("Huyện ủy Kỳ Anh Phan Quốc Trí").
func (p *parser) unitPrefixAt(x int) int {
	h, n := p.honorificAt(x)
	if n > 0 && h.kind == kindHonorific && p.toks[x].upper {
		return 0
	}
	return n
}

// prefixedAtEnd finds honorifics, ranks or academic titles followed by a
// name, inside the unit [k, end) or right after it: "Giám đốc Công an tỉnh
// Đại tá X" (the unit took "Đại" of "Đại tá"), "Giám đốc Bệnh viện Bạch
// Mai PGS.TS X", and "tân Hiệu trưởng PGS.TS X", with no unit. It returns
// where the prefixes start, where the name starts and where it ends, or
// -1.
func (p *parser) prefixedAtEnd(k, end, limit int) (int, int, int) {
	for x := k; x <= end; x++ {
		if p.unitPrefixAt(x) == 0 {
			continue
		}
		if pe := p.prefixes(&Mention{}, x, limit); pe > x {
			if ne := p.nameRun(pe, false); ne > pe {
				return x, pe, ne
			}
		}
	}
	return -1, -1, -1
}

// seenName reports whether the words [s, e) are a name Find has found
// earlier in the text, written the same way (see [config.remember]).
func (p *parser) seenName(s, e int) bool {
	if len(p.c.seenNames) == 0 {
		return false
	}
	var buf [128]byte
	b := buf[:0]
	for i := s; i < e; i++ {
		if i > s {
			b = append(b, ' ')
		}
		b = append(b, p.nameText(i)...)
	}
	return p.c.seenNames[string(b)]
}

// knownThrough returns the end of a unit that orgunit knows, written from
// i, or from a capitalized word after i (the parent of a board: "Ban Tổ
// chức Đảng ủy các cơ quan Đảng Trung ương"), on through the word at k and
// a few words after it, or 0.
func (p *parser) knownThrough(i, k, limit int) int {
	for j := min(k+6, limit); j > k+1; j-- {
		if p.knownUnit(i, j) {
			return j
		}
		for x := i + 1; x < k; x++ {
			if p.toks[x].upper && p.knownOrg("", x, j) {
				return j
			}
		}
	}
	return 0
}

// carveIn looks for a name that ends a run of capitalized words inside the
// unit [a, e): "Huyện ủy Trần Văn Nam thay mặt Ban ..." holds the name
// before "đại diện". It returns the start and end of the first name found,
// or -1.
func (p *parser) carveIn(a, e int, strict bool) (int, int) {
	if a < e && p.capsWord(a) {
		if ns, ne := p.capsCarve(a, e); ns >= 0 {
			return ns, ne
		}
	}
	for k := a + 1; k <= e; k++ {
		if p.nameWord(k-1) && (k == e || !p.nameWord(k)) {
			if ns := p.carve(a, k, strict); ns >= 0 {
				return ns, k
			}
		}
	}
	// A name in capitals after a unit in running text: "Chủ tịch UBND tỉnh
	// PHẠM ĐỨC THUẬN giao ...".
	for s := a + 1; s < e; s++ {
		if p.capsWord(s) && (p.levelEnd(s-1) || p.committeeWord(s-1)) && !p.capsWord(s-1) {
			if ne := p.capsNameRun(s); ne > s && ne <= e && !isPlace(p.span(s, ne), &p.c) {
				return s, ne
			}
		}
	}
	return -1, -1
}

// maxOrg bounds the tokens of a unit's name: the longest names of the
// reference data have about twenty words. It keeps the work per mention
// bounded whatever the text.
const maxOrg = 40

// parseOrg reads the unit written from i and returns where it ends. limit
// bounds it (the closing parenthesis of an aside).
func (p *parser) parseOrg(i, limit int) int {
	k := i
	limit = min(limit, i+maxOrg)
	inList := false // inside a list of fields after a comma
	fought := false // after "phòng, chống", inside the list of what a committee fights
	for k < limit {
		t := &p.toks[k]
		if t.nl > 0 && !(t.nl == 1 && t.kind == tWord && !t.upper && !t.digit && k > i) && !p.unitOnNextLine(i, k) {
			// A unit does not run on to the next line, unless the line is
			// broken inside it ("Sở Nội\nvụ").
			break
		}
		if t.kind == tWord {
			if k > i && !t.upper && t.lk() == "các" {
				if e := p.knownThrough(i, k, limit); e > 0 {
					// "Đảng ủy các cơ quan Đảng Trung ương": a unit that
					// orgunit names with "các" in it.
					k = e
					continue
				}
			}
			if !t.upper && !t.digit && k > i && (p.closesUnit(k) && !p.missionPlace(i, k) || p.verbAt(k)) {
				break
			}
			if t.caps && k > i && p.toks[k-1].caps && p.capsStop(k) {
				// A caption in capitals: "... PHÓ BÍ THƯ THƯỜNG TRỰC TỈNH
				// UỶ PHÁT BIỂU KẾT LUẬN HỘI NGHỊ".
				break
			}
			if !t.upper && !t.digit {
				if t.lk() == "và" {
					lower := inList && p.word(k+1) && !p.toks[k+1].upper && !p.t.stop.has(p.toks[k+1].key) && !p.startsSegment(k+1)
					if p.keyIs(k+1, "các") && !p.honorificNext(k+2) && !p.peopleAt(k+2) && !p.startsSegment(k+2) || lower || p.word(k+1) && p.toks[k+1].upper && !p.startsSegment(k+1) && !p.nameStartsAt(k+1) || p.lowerFieldAfterAnd(i, k) {
						k++
						continue
					}
					break
				}
				if t.lk() == "của" && k > i {
					if e := p.ofParent(i, k, limit); e > 0 {
						k = e
						continue
					}
				}
				if p.t.stop.has(t.key) && !p.unitPair(k) {
					switch {
					case t.lk() == "các" && k > i && p.keyIs(k-1, "và"):
					case p.inUnitPhrase(k):
					case p.numberWord(k) && k > i && p.word(k+1) && p.toks[k+1].digit && p.toks[k+1].nl == 0:
						// "Đội Quản lý thị trường số 2", "Trường THPT số 1".
					case p.missionPlace(i, k):
						// "Văn phòng KOICA tại Việt Nam", "Đại sứ quán Pháp
						// tại Việt Nam": a mission is "tại" its place.
					default:
						goto end
					}
					k++
					continue
				}
				if _, n := p.match(k, eModifier); n > 0 && p.officeAfter(k) {
					// "kiêm Giám đốc", "nguyên Chủ tịch"; but "Tài nguyên".
					break
				}
				if p.honorificNext(k) {
					break
				}
			} else if k > i {
				if h, n := p.honorificAt(k); n > 0 && h.kind == kindHonorific && !p.toks[k].caps && p.nameRun(k+n, false) > k+n && !p.placeThrough(k) {
					break
				}
			}
			k++
			continue
		}
		switch t.punct {
		case '(':
			if k == i {
				return k
			}
			c := p.closeParen(k, limit, 16)
			if c < 0 || p.startsSegment(k+1) || !p.unitAside(k+1, c) {
				return k
			}
			k = c + 1
			continue
		case ',':
			if k > i && p.word(k+1) && p.t.level.has(p.toks[k+1].key) && p.word(k+2) && (p.toks[k+2].upper || p.toks[k+1].lk() == "thành" && p.word(k+3) && p.toks[k+3].upper) {
				k++
				continue
			}
			// "Sở Khoa học, Công nghệ và Môi trường", "Ban Chỉ đạo phòng chống dịch
			// bệnh, cứu hộ cứu nạn và phòng thủ dân sự": a list of fields inside
			// a name, in capitals or, after a lower-case word, in lower case.
			lowerList := p.word(k-1) && !p.toks[k-1].upper && !p.levelEnd(k-1) && p.word(k+1) && !p.toks[k+1].upper &&
				!p.t.stop.has(p.toks[k+1].key) && !p.levelStart(k+1)
			if k > i && (p.keyIs(k-1, "phòng") && p.keyIs(k+1, "chống") || lowerList && fought) {
				// "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu
				// cực tỉnh": what a steering committee fights, listed
				// after "phòng, chống".
				fought = true
				k++
				continue
			}
			if k > i && p.word(k+1) && (p.toks[k+1].upper || lowerList) && !p.startsSegment(k+1) && !p.nameStartsAt(k+1) {
				for n := k + 2; n < limit && n <= k+5 && p.word(n); n++ {
					if p.toks[n].lk() == "và" {
						k++
						inList = true
						goto next
					}
				}
			}
			if e := p.parentAfterComma(i, k, limit); e > k {
				// "Cục Cảnh sát hình sự, Bộ Công an".
				k = e
				goto next
			}
			// "Ban Chính sách, chiến lược Trung ương": a comma inside the
			// name of a known unit.
			if e := p.knownAfterComma(i, k, limit); e > k {
				k = e
				goto next
			}
		case '-':
			if k > i && p.word(k+1) && p.toks[k+1].upper && !p.startsSegment(k+1) && !p.nameStartsAt(k+1) {
				k++
				continue
			}
			if k > i && p.dashedCompound(k) {
				// "Viện Nghiên cứu Phát triển kinh tế - xã hội Bình Định".
				k++
				continue
			}
		}
		break
	next:
	}
end:
	return k
}

// capsStop reports whether the word in capitals at k, inside a unit in
// capitals, is a stop word that opens what follows the unit (PHÁT of PHÁT
// BIỂU, TRAO, THĂM), and not a word that names units (CÁC, CỦA, SỐ before a
// number) or a phrase of unitPhrases (THƯỜNG TRỰC, DỰ ÁN).
func (p *parser) capsStop(k int) bool {
	t := &p.toks[k]
	if p.t.folded || !p.t.stop.has(t.key) {
		// Without diacritics too many words of names fold to stop words.
		return false
	}
	switch t.lk() {
	case "các", "của":
		return false
	}
	if p.word(k+1) && p.toks[k+1].digit || p.nameStartsAt(k) {
		// "TRƯỜNG THPT SỐ 1"; "... UBND TỈNH TỪ MINH KHANG", a name
		// whose family is a stop word.
		return false
	}
	return !p.unitPair(k) && !p.inUnitPhrase(k)
}

// ofParent reads "của" at k and the body it names after the unit [i, k)
// ("Ủy ban Kinh tế và Tài chính của Quốc hội"), and returns the end of the
// longest such phrase, of a few words on the same line, that orgunit knows
// as one unit; 0 when there is none.
func (p *parser) ofParent(i, k, limit int) int {
	best := 0
	for e := k + 2; e <= min(limit, k+7) && p.word(e-1) && p.toks[e-1].nl == 0 && (e == k+2 || !p.startsSegment(e-1)); e++ {
		if p.toks[k+1].upper && !p.keyIs(e-1, "và") && p.knownUnit(i, e) {
			best = e
		}
	}
	return best
}

// unitAside reports whether the tokens [a, c) inside parentheses after a
// unit can belong to it: an abbreviation ("(BQLDA)"), a place ("(Hà
// Nội)", "(huyện Hải Lăng)"), a short qualifier ("(cũ)"). Words without
// digits, joined at most by dashes, commas and ampersands, opening with a
// capital or a place level word, or else at most two words. Never a
// telephone number, an e-mail address, a number or a note ("(điện thoại:
// 0233.3856.419)", "(sinh năm 1970)", "(Ban Chỉ đạo 389)", a short name
// that the unit goes by).
func (p *parser) unitAside(a, c int) bool {
	if a >= c || !p.word(a) || p.toks[a].digit {
		return false
	}
	named := p.toks[a].upper
	if !named && p.t.stop.has(p.toks[a].key) {
		return false // a note in a list of recipients: "(để b/c)"
	}
	words := 0
	for k := a; k < c; k++ {
		t := &p.toks[k]
		if t.kind == tPunct {
			if t.punct != '-' && t.punct != ',' && t.punct != '&' {
				return false
			}
			continue
		}
		w := p.text[t.start:t.end]
		if strings.ContainsRune(w, '@') {
			return false
		}
		if strings.ContainsAny(w, "0123456789") {
			return false
		}
		words++
	}
	return named || p.levelStart(a) || words <= 2
}

// numberWord reports whether toks[k] is số, the word before a unit's
// number. Without diacritics it is "so", which codeWords reads as sở (cơ
// sở); before a number it can only be số.
func (p *parser) numberWord(k int) bool {
	key := p.toks[k].key
	return key == "số" || p.t.folded && key == "so"
}

// dashedCompound reports whether the dash at k joins the two halves of a
// compound of dashedCompounds ("kinh tế - xã hội").
func (p *parser) dashedCompound(k int) bool {
	for _, c := range dashedCompounds {
		if p.phraseAt(k-len(c[0]), c[0]) && p.phraseAt(k+1, c[1]) {
			return true
		}
	}
	return false
}

// unitOnNextLine reports whether the unit that starts at i, the token k,
// begins on the line after its title, as text pasted from a PDF breaks
// lines: "Phó Giám đốc\nSở Nội vụ". Only a single line break, before a
// word in mixed case that opens no office and no name, and only as the
// unit's first word.
func (p *parser) unitOnNextLine(i, k int) bool {
	t := &p.toks[k]
	return k == i && t.nl == 1 && t.kind == tWord && t.upper && !t.caps && !t.digit && p.word(k-1) && !p.startsSegment(k) && !p.nameStartsAt(k)
}

// verbAt reports whether a verb of two words that follows a unit starts
// at k ("Giám đốc Sở Xây dựng thông tin về ...", "Giám đốc Công ty thừa
// nhận ..."), and the words are no part of a unit's name there ("Cổng
// thông tin điện tử").
func (p *parser) verbAt(k int) bool {
	return p.phraseIn(k, verbPhrases) && !p.inUnitPhrase(k)
}

// missionPlace reports whether "tại" at k, before a capitalized place,
// goes on the unit that starts at i: a mission or an office placed
// somewhere (an embassy, a consulate, a representative office, a branch).
func (p *parser) missionPlace(i, k int) bool {
	return p.keyIs(k, "tại") && p.word(k+1) && p.toks[k+1].upper && p.toks[k+1].nl == 0 && !p.startsSegment(k+1) && p.phraseIn(i, missionPhrases)
}

// parentAfterComma returns the end of the body named after the comma at k
// that the unit [i, k) belongs to ("Vụ Kế hoạch - Đầu tư, Bộ Giao thông
// vận tải", "Vụ Tổ chức cán bộ, Ngân hàng Nhà nước Việt Nam", "Phòng Quản
// lý ngân sách, Sở Tài chính"), or k: a ministry, a ministerial agency or a
// department as orgunit knows it (a department may be named without its
// province), whose first word is not the first word of [i, k), followed by
// the end of the clause or a verb in lower case.
func (p *parser) parentAfterComma(i, k, limit int) int {
	if k <= i || !p.word(k+1) || !p.toks[k+1].upper || p.toks[k+1].nl > 0 || p.toks[k+1].key == p.toks[i].key || p.startsSegment(k+1) {
		return k
	}
	e := p.parseOrg(k+1, limit)
	if e <= k+2 || !p.endsClause(e, limit) && !(p.word(e) && !p.toks[e].upper) {
		return k
	}
	switch unitKind(p.span(k+1, e), &p.c) { // "Sở Tài chính": of the province the text is about
	case orgunit.KindMinistry, orgunit.KindMinisterialAgency, orgunit.KindDepartment:
		return e
	}
	return k
}

// knownAfterComma returns the end of the longest known unit that starts at
// i and runs on past the comma at k over a few words on the same line (a
// lower-case word first, no function word), or k when there is none.
func (p *parser) knownAfterComma(i, k, limit int) int {
	if k <= i || !p.word(k+1) || p.toks[k+1].upper && !(p.capsWord(k+1) && p.capsWord(k-1)) {
		// The part after the comma is in lower case, or in capitals in a
		// headline ("BAN CHÍNH SÁCH, CHIẾN LƯỢC TRUNG ƯƠNG").
		return k
	}
	n := k + 1
	// "các" may open the part after the comma: "Đảng ủy Mặt trận Tổ quốc,
	// các đoàn thể Trung ương".
	for n < limit && n-k <= 8 && p.word(n) && p.toks[n].nl == 0 && (p.toks[n].upper || !p.t.stop.has(p.toks[n].key) || n == k+1 && p.toks[n].lk() == "các") {
		if p.keyIs(n, "và") || p.startsSegment(n) {
			break
		}
		if _, hn := p.honorificAt(n); hn > 0 {
			break
		}
		n++
	}
	for e := n; e > k+1; e-- {
		if p.knownUnit(i, e) {
			return e
		}
	}
	return k
}

// levelAt reports whether the level word lw stands at toks[k:]. "Xã hội"
// (society) is not a commune.
func (p *parser) levelAt(k int, lw []string) bool {
	if p.t.folded && p.word(k) && p.toks[k].upper && !p.toks[k].caps {
		// Without diacritics a level word is told from a capitalized word
		// of a name by its case: "quan Ba Dinh" (quận), "Quan su" (Quân).
		// A line in capitals has no case to tell by ("UBND TINH").
		return false
	}
	for i, w := range lw {
		if !p.keyIs(k+i, w) {
			return false
		}
	}
	// "xã hội" (society) and "hợp tác xã" (a cooperative) are no communes.
	return !(len(lw) == 1 && lw[0] == "xã" && (p.keyIs(k+1, "hội") || p.keyIs(k-1, "tác")))
}

// levelStart reports whether toks[k] opens a place level word.
func (p *parser) levelStart(k int) bool {
	if !p.word(k) {
		return false
	}
	for _, lw := range levelPhrases {
		if p.toks[k].lk() == lw[0] && p.levelAt(k, lw) {
			return true
		}
	}
	return false
}

// levelEnd reports whether toks[k] ends a place level word.
func (p *parser) levelEnd(k int) bool {
	if !p.word(k) {
		return false
	}
	for _, lw := range levelPhrases {
		if p.toks[k].lk() == lw[len(lw)-1] && p.levelAt(k-len(lw)+1, lw) {
			return true
		}
	}
	return false
}

// committeeWord reports whether toks[k] is the word that makes a Party
// committee or organization of the word before it: Tỉnh ủy, Đảng ủy, Đảng
// bộ, Đảng đoàn.
func (p *parser) committeeWord(k int) bool {
	if !p.word(k) {
		return false
	}
	switch p.toks[k].lk() {
	case "ủy", "uỷ", "bộ", "đoàn":
		return true
	}
	return false
}

// closesUnit reports whether the lower-case word toks[k] cannot go on the
// unit before it. Official names put lower-case words only inside the name
// proper ("Ban Tổ chức", "Cục An ninh nội địa"): after a place level word
// ("UBND tỉnh"), a place name ("huyện Hải Lăng"), an abbreviation ("Sở
// TT&TT"), "Trung ương" or a Party committee ("Huyện ủy"), a lower-case word
// other than a level word is the verb that follows the mention.
func (p *parser) closesUnit(k int) bool {
	t := &p.toks[k]
	prev := k - 1
	if !p.word(prev) {
		return false
	}
	if p.committeeWord(k) {
		// Tỉnh ủy, Đảng ủy, Đảng bộ, Đảng đoàn: the committee word.
		return false
	}
	// "Trường THPT chuyên ...": the school goes on.
	// "TAND tối cao", "VKSND cấp cao": the supreme and the high courts
	// and procuracies go on.
	cont := p.levelStart(k) || oneOf(t.lk(), "và", "khóa", "khoá") || t.lk() == "chuyên" && p.schoolBefore(k) ||
		oneOf(t.lk(), "tối", "cấp") && p.keyIs(k+1, "cao")
	pt := &p.toks[prev]
	switch {
	case p.levelEnd(prev):
		// "thành" before "phố", "thị" before "xã" go on.
		return !oneOf(pt.lk(), "thành", "thị", "đặc")
	case pt.caps || strings.ContainsRune(pt.key, '.') && pt.upper:
		return !cont
	case pt.lk() == "ương" && p.keyIs(prev-1, "trung"), oneOf(pt.lk(), "tw", "tư") && pt.caps, pt.upper && pt.lk() == "đảng":
		// "Trung ương", "TW", "TƯ", "Đảng"; but "đầu tư" goes on ("Ban Quản
		// lý dự án đầu tư xây dựng"), and so does "Sở Tư pháp".
		return !cont
	case oneOf(pt.lk(), "ủy", "uỷ"):
		if p.word(prev-1) && oneOf(p.toks[prev-1].lk(), "tỉnh", "thành", "huyện", "đảng", "quận", "thị", "quân") {
			return !cont
		}
	case pt.upper:
		// Inside a place name: a capitalized run after a level word.
		r := prev
		for r > 0 && p.word(r-1) && p.toks[r-1].upper {
			r--
		}
		// After a level word, or the place of a committee: "Huyện ủy
		// Mường Chà điều hành ...".
		if p.levelEnd(r-1) || r > 0 && p.committeeWord(r-1) && (isPlace(p.span(r, k), &p.c) || p.placeOpens(r, k)) {
			return !cont
		}
	}
	return false
}

// schoolBefore reports whether the words before toks[s] name a kind of
// school, which is named after a person: "Trường", "THPT", "THCS",
// "chuyên", "Tiểu học", "Mầm non" ("Trường THPT Nguyễn Quang Diêu").
func (p *parser) schoolBefore(s int) bool {
	if !p.word(s - 1) {
		return false
	}
	switch p.toks[s-1].lk() {
	case "trường":
		return p.toks[s-1].upper // not "Môi trường"
	case "thpt", "thcs", "chuyên":
		return true
	case "học":
		return p.keyIs(s-2, "tiểu")
	case "non":
		return p.keyIs(s-2, "mầm")
	}
	return false
}

// placeThrough reports whether the capitalized word at k ends, or is part
// of, the name of a province or district written after a level word or a
// committee word: "Anh" of "huyện Kỳ Anh" is not the honorific anh.
func (p *parser) placeThrough(k int) bool {
	r := k
	for r > 0 && p.word(r-1) && p.toks[r-1].upper && k-r < 3 {
		r--
	}
	for s := r; s < k; s++ {
		if (p.levelEnd(s-1) || p.committeeWord(s-1)) && isPlace(p.span(s, k+1), &p.c) {
			return true
		}
	}
	return false
}

// inUnitPhrase reports whether the stop word at k is part of one of
// unitPhrases, written around it.
func (p *parser) inUnitPhrase(k int) bool {
	w := p.toks[k].lk()
	for _, ph := range unitPhrases {
		for j, pw := range ph {
			if pw == w && p.phraseAt(k-j, ph) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether the words of phrase are written from toks[i] on.
func (p *parser) phraseAt(i int, phrase []string) bool {
	for m, x := range phrase {
		if !p.keyIs(i+m, x) {
			return false
		}
	}
	return true
}

// lowerFieldAfterAnd reports whether "và" at k, inside the unit that starts
// at i, joins two fields of a name written in lower case: "Viện Khoa học tổ
// chức nhà nước và lao động", "Ban Quản lý dự án công trình dân dụng và
// công nghiệp". Two words in lower case at least, none a level word, come
// before it since the unit's last capitalized word; one to four words in
// lower case follow, none a stop word, a level word or a word that opens a
// mention, and the unit ends after them: at punctuation, a line break, a
// level word, a capitalized word or the end of the text.
func (p *parser) lowerFieldAfterAnd(i, k int) bool {
	before := 0
	for j := k - 1; j > i && p.word(j) && !p.toks[j].upper && !p.toks[j].digit; j-- {
		if p.levelEnd(j) {
			return false
		}
		before++
	}
	if before < 2 {
		return false
	}
	j := k + 1
	for ; j < len(p.toks) && j-k <= 4 && p.word(j) && !p.toks[j].upper && !p.toks[j].digit && p.toks[j].nl == 0; j++ {
		key := p.toks[j].key
		if p.t.stop.has(key) || p.levelStart(j) || p.t.isStarter(key) {
			break
		}
	}
	if after := j - k - 1; after == 0 || after > 4 {
		return false
	}
	return j >= len(p.toks) || !p.word(j) || p.toks[j].upper || p.toks[j].nl > 0 || p.levelStart(j)
}

// unitPair reports whether the word at k and the word before it are two
// words of a unit's name in text without diacritics, the second of which
// folds to a stop word: "Ban Dan van" is Ban Dân vận, and van is not vẫn
// (see foldedUnitPairs).
func (p *parser) unitPair(k int) bool {
	if len(p.t.unitPairs.keys) == 0 || !p.word(k-1) {
		return false
	}
	return p.t.unitPairs.has(p.keyPair(k - 1))
}

// keyPair returns the keys of toks[k] and toks[k+1] joined by a space.
func (p *parser) keyPair(k int) string {
	p.kb = append(append(append(p.kb[:0], p.toks[k].key...), ' '), p.toks[k+1].key...)
	return string(p.kb)
}

// nameStartsAt reports whether a prefixed or family-led name starts at i.
func (p *parser) nameStartsAt(i int) bool {
	if _, n := p.honorificAt(i); n > 0 {
		return true
	}
	return p.word(i) && p.nameRun(i, true) > i
}

// closeParen returns the index of the parenthesis closing the one at i,
// within max tokens and before limit, or -1.
func (p *parser) closeParen(i, limit, max int) int {
	depth := 0
	for k := i; k < limit && k-i <= max; k++ {
		if p.toks[k].kind != tPunct {
			continue
		}
		switch p.toks[k].punct {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return k
			}
		case ';':
			return -1
		}
	}
	return -1
}

// segMode says where a segment is read.
type segMode uint8

const (
	modeAppositive segMode = iota // after the name: the unit never ends in a name
	modeTitleFirst                // before the name: the name ends the unit
)

// parseSegment reads one segment at i, not past limit.
func (p *parser) parseSegment(i, limit int, mode segMode) (seg, bool) {
	s := seg{start: i, nameStart: -1, resume: -1, row: -1, office: -1, prefixStart: -1}
	j := i
	// "hiện là", "hiện đang là", "nay là" introduce a current office.
	if p.keyIs(j, "hiện") || p.keyIs(j, "nay") {
		k := j + 1
		if p.keyIs(k, "đang") || p.keyIs(j, "hiện") && p.keyIs(k, "nay") {
			k++
		}
		if p.keyIs(k, "là") || p.keyIs(k, "giữ") && p.keyIs(k+1, "chức") {
			if p.keyIs(k, "giữ") {
				k++
			}
			j = k + 1
		}
	}
	inCharge := -1
	for j < limit {
		e, n := p.match(j, eModifier)
		if n == 0 || j+n > limit {
			break
		}
		if _, tn := p.matchTitle(j); tn > n {
			// A title the modifier's words open: without diacritics
			// "Kiem sat vien" is Kiểm sát viên, not kiêm.
			break
		}
		m := p.t.modifiers[e.idx].mod
		if m == InCharge {
			inCharge = j
		}
		s.mods |= m
		j += n
	}
	ti, tn := p.matchTitle(j)
	me, mn := p.match(j, eMembership)
	if j+tn > limit {
		tn = 0
	}
	if j+mn > limit {
		mn = 0
	}
	switch {
	case mn > 0 && mn >= tn:
		s.kind = segMembership
		s.row = me.idx
		s.titleStart, s.titleEnd = j, j+mn
		k := j + mn
		// "UVT.Ư Đảng", "UVTW Đảng"; but "Ủy viên Ban Thường vụ Đảng ủy"
		// names its committee.
		if p.keyIs(k, "đảng") && k < limit && !p.committeeWord(k+1) {
			k++
		}
		if e := p.foreignParty(k, limit, me.idx); e > k {
			// "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào".
			s.orgStart, s.orgEnd = k, e
			k = e
		}
		// A standing-board membership names its committee after it.
		if strings.HasPrefix(p.t.memberships[me.idx].expansion, "Ủy viên Ban Thường vụ") && p.word(k) && p.toks[k].upper {
			end := p.parseOrg(k, limit)
			ns, ne := -1, -1
			if mode == modeTitleFirst {
				if ns, ne = p.carveIn(k, end, false); ns > k {
					end = ns // "Ủy viên Ban Thường vụ Tỉnh ủy Lê Văn An"
				}
			}
			if end > k && p.partyBody(k, end) {
				s.orgStart, s.orgEnd = k, end
				k = end
				if ns == end {
					s.nameStart, s.nameEnd, s.end = ns, ne, k
					return s, true
				}
			}
		}
		if p.t.memberships[me.idx].expansion == deputySeat {
			// A deputy is elected for a term, in a province: "đại biểu
			// Quốc hội khóa XV", "đại biểu Quốc hội tỉnh Nghệ An".
			if (p.keyIs(k, "khóa") || p.keyIs(k, "khoá")) && p.word(k+1) && (p.toks[k+1].caps || p.toks[k+1].digit) {
				k += 2
			}
			if p.levelStart(k) && mode == modeAppositive {
				if end := p.parseOrg(k, limit); end > k+1 {
					s.orgStart, s.orgEnd = k, end
					k = end
				}
			}
		}
		s.end = k
		if mode == modeTitleFirst {
			// "Ủy viên Bộ Chính trị Nguyễn Văn Nên", "Đại biểu Quốc hội
			// Hứa Văn Tâm": a name right after the membership, whose
			// family is known.
			if ne := p.nameRun(k, true); ne > k+1 {
				s.nameStart, s.nameEnd = k, ne
			}
		}
		return s, true
	case tn > 0:
		s.kind = segTitle
		s.row = ti
		s.office = ti
		s.titleStart = j
		k := j + tn
		switch {
		case p.keyIs(k, "thường") && p.keyIs(k+1, "trực") && !(p.t.titles[ti].rank == Head && p.t.titles[ti].unit != ""):
			// A deputy or a member is standing ("Phó Chủ tịch Thường
			// trực"); after a head whose unit shares its noun, Thường trực
			// names the unit: "Chánh Văn phòng Thường trực Ban Chỉ đạo 389"
			// heads the Văn phòng Thường trực.
			s.standing = true
			k += 2
		case p.standingAbbr(k, ti):
			s.standing = true // "PCT TT UBND tỉnh"
			k++
		}
		if p.keyIs(k, "chuyên") && p.keyIs(k+1, "trách") {
			// "Phó Chủ tịch chuyên trách", "Phó Bí thư Thường trực
			// chuyên trách": full-time, part of the title.
			k += 2
		}
		s.titleEnd = k
		if p.keyIs(k, "dự") && p.keyIs(k+1, "khuyết") {
			s.mods |= Alternate
			k += 2
		}
		if p.keyIs(k, "phụ") && p.keyIs(k+1, "trách") && p.word(k+2) && p.toks[k+2].upper {
			// "Phó Trưởng phòng phụ trách Phòng Nội vụ": the deputy in charge.
			s.mods |= InCharge
			k += 2
		}
		if p.t.titles[ti].rank == Staff {
			// Trợ lý, Thư ký: the unit may be a person ("Thư ký đồng chí X").
			if _, hn := p.honorificAt(k); hn > 0 {
				if ne := p.nameRun(k+hn, false); ne > k+hn {
					s.orgStart, s.orgEnd = k, ne
					s.resume = k
					s.end = ne
					return s, true
				}
			}
		}
		p.orgPrefix = ""
		if u := p.t.titles[ti].unit; u != "" && p.word(k) && p.toks[k].key != p.t.titles[ti].unitKey {
			p.orgPrefix = u
		}
		if p.t.titles[ti].unit == "" && p.keyIs(k, "của") && p.word(k+1) && p.toks[k+1].upper && !p.startsSegment(k+1) {
			// "Người phát ngôn của Bộ": the unit after "của".
			if end := p.parseOrg(k+1, limit); end > k+1 && p.nameRun(k+1, true) == k+1 {
				s.orgStart, s.orgEnd, s.end = k+1, end, end
				p.toMembership(&s)
				return s, true
			}
		}
		end := p.parseOrg(k, limit)
		if envoyTitles[p.t.titles[ti].title] && end > k && p.keyIs(end, "tại") && p.word(end+1) && p.toks[end+1].upper {
			// "Đại sứ Việt Nam tại Nhật Bản": an envoy's post is at a
			// place, which goes on the unit.
			if e := p.parseOrg(end+1, limit); e > end+1 {
				end = e
			}
		}
		if mode == modeTitleFirst {
			if ps, pe, ne := p.prefixedAtEnd(k, end, limit); ps >= 0 {
				// The unit ends at a prefix before the name: "Giám đốc
				// Công an tỉnh Đại tá Trần Quốc Hùng", "Giám đốc Sở Y tế
				// ông Nguyễn Văn An", and "Giám đốc Bệnh viện Bạch Mai
				// PGS.TS Đào Xuân Cơ", whose unit ends in a family name.
				s.nameStart, s.nameEnd, s.prefixStart = pe, ne, ps
				end = ps
			} else if ns, ne := p.carveIn(k, end, false); ns >= 0 {
				s.nameStart, s.nameEnd = ns, ne
				end = ns
			}
		} else if ns, e := p.carveIn(k, end, true); ns >= 0 && p.toks[ns].start > p.toks[k].start {
			s.nameStart = ns
			end = e
		}
		p.orgPrefix = ""
		s.orgStart, s.orgEnd = k, end
		if end > k {
			if u := p.t.titles[ti].unit; u != "" && p.toks[k].key != p.t.titles[ti].unitKey {
				if p.t.folded {
					u = vntext.Fold(u) // "Chanh Van phong HDND": "Van phong HDND"
				}
				if p.capsWord(k) && p.capsWord(s.titleStart) {
					u = strings.ToUpper(u) // "PHÓ TRƯỞNG BAN TỔ CHỨC": "BAN TỔ CHỨC"
				}
				s.prefix = u
			}
		}
		s.end = end
		if s.nameStart >= 0 && mode == modeTitleFirst {
			s.end = s.nameStart
		}
		p.toMembership(&s)
		return s, true
	case inCharge >= 0:
		// "được giao phụ trách Sở": the in-charge words stand for the title.
		s.kind = segTitle
		s.row = -1
		s.titleStart, s.titleEnd = inCharge, j
		if p.keyIs(inCharge, "được") && p.keyIs(inCharge+1, "giao") {
			s.titleStart = inCharge + 2
		}
		end := p.parseOrg(j, limit)
		if end == j {
			return seg{}, false
		}
		if mode == modeTitleFirst {
			if ns, ne := p.carveIn(j, end, false); ns >= 0 {
				s.nameStart, s.nameEnd = ns, ne
				end = ns
			}
		}
		s.orgStart, s.orgEnd = j, end
		s.end = end
		return s, true
	}
	return seg{}, false
}

// partyBody reports whether the unit [a, b) is a Party committee: a seat in
// it is a membership, not a post.
func (p *parser) partyBody(a, b int) bool {
	for k := a; k < b; k++ {
		if !p.word(k) {
			continue
		}
		k0 := p.toks[k].lk()
		switch {
		case k0 == "ủy":
			if k > a && oneOf(p.toks[k-1].lk(), "tỉnh", "đảng", "huyện", "thành", "quận", "thị", "quân", "chi") {
				return true
			}
		case oneOf(k0, "bch", "btv", "đảng", "tu", "hu"):
			return true
		case k0 == "chính":
			if k > a && p.toks[k-1].lk() == "bộ" && p.keyIs(k+1, "trị") {
				return true
			}
		case oneOf(k0, "chấp", "thường"):
			if k > a && p.toks[k-1].lk() == "ban" {
				return true
			}
		}
	}
	return false
}

// toMembership turns "Ủy viên" of a Party committee and "Bí thư Trung ương
// Đảng" into memberships.
func (p *parser) toMembership(s *seg) {
	if s.kind != segTitle || s.row < 0 || s.orgEnd <= s.orgStart {
		return
	}
	title := p.t.titles[s.row].title
	switch title {
	case "Ủy viên":
		if !p.partyBody(s.orgStart, s.orgEnd) {
			return
		}
	case "Bí thư":
		n := s.orgEnd - s.orgStart
		k0 := p.toks[s.orgStart].lk()
		central := oneOf(k0, "tw", "tư", "t.ư") || k0 == "trung" && p.keyIs(s.orgStart+1, "ương")
		want := 2
		if k0 == "trung" {
			want = 3
		}
		if !central || n != want || p.toks[s.orgEnd-1].lk() != "đảng" {
			return
		}
	default:
		return
	}
	s.kind = segMembership
	s.row = -1
}

// position builds the Position of a title segment.
func (p *parser) position(s seg) Position {
	pos := Position{mods: s.mods, standing: s.standing}
	pos.title = p.span(s.titleStart, s.titleEnd)
	if s.row >= 0 {
		pos.office = officeOf(s.row)
		if en := p.t.titles[s.row].english; en != pos.office.English() && s.row < 1<<16-1 {
			pos.row = uint16(s.row + 1)
		}
	}
	org := s.orgText
	if org == "" {
		org = p.span(s.orgStart, s.orgEnd)
	}
	if org != "" && s.prefix != "" && len(s.prefix) < 255 {
		org = s.prefix + " " + org
		pos.shared = uint8(len(s.prefix) + 1)
	}
	pos.org = org
	if org != "" {
		r := resolveUnit(org, &p.c)
		pos.unit, pos.generic = r.unit, r.generic
	}
	return pos
}

// membership builds the Membership of a membership segment.
func (p *parser) membership(s seg) Membership {
	m := Membership{mods: s.mods}
	m.text = p.span(s.start, s.end)
	m.form = p.span(s.titleStart, s.end)
	if s.row >= 0 {
		r := p.t.memberships[s.row]
		m.expansion, m.english, m.status = r.expansion, r.english, r.status
		if s.orgEnd > s.orgStart {
			org := p.span(s.orgStart, s.orgEnd)
			m.expansion = r.expansion + " " + org
			m.english = r.english + " of " + org
		}
		return m
	}
	// A seat in a committee written in full: look the whole form up, or
	// describe it.
	if i, ok := p.t.memKeys[key(m.form)]; ok {
		r := p.t.memberships[i]
		m.expansion, m.english, m.status = r.expansion, r.english, r.status
		return m
	}
	m.expansion = m.form
	m.status = Confirmed
	org := p.span(s.orgStart, s.orgEnd)
	if s.office >= 0 && p.t.titles[s.office].title == "Bí thư" {
		m.english = "Secretary of the Party Central Committee"
	} else {
		m.english = "member of " + org
	}
	return m
}
