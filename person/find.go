// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Match is a mention of an official found in a text.
type Match struct {
	// Start and End are byte offsets into the text: text[Start:End] is the
	// mention as written, from the honorific or first title to the name or
	// last office ("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình").
	// In a list ("các Phó Chủ tịch UBND tỉnh: A, B và C") it is the name alone.
	Start, End int
	// Text is text[Start:End].
	Text string
	// Mention is what the span says.
	Mention Mention
	// PositionSpans holds, for each of Mention.Positions in order, the span
	// of text that states it (for a list, the list's title).
	PositionSpans []Span
}

// A Span is a range of bytes of a text and the text itself.
type Span struct {
	Start, End int
	Text       string
}

// Find returns the officials mentioned in text with a stated position:
// appositives ("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình"),
// titles before the name ("tân Giám đốc Sở Y tế Trần Văn Nam"),
// several titles joined by commas, dashes, "kiêm" or "đồng thời", former
// titles, lists ("các Phó Chủ tịch UBND tỉnh: A, B và C", with or without
// the colon) and signature
// blocks (a title, "(đã ký)", a name; the position resolves to the body
// the document's header names, see [Position.Unit]). A name with a predicate ("giữ chức",
// "là") is not a mention. Positions are resolved as of the date given with
// [At] (the article's date). A name is read when it opens with a known
// family name, or follows an honorific, a rank or an academic title, or is
// an Ê Đê name (the marker Y or H', then a family name written last: "Y
// Khuê Niê"); once
// read, a name whose family name the tables lack makes that family name
// known for the rest of the text ("Đồng chí Sùng Mí Chờ, Bí thư Tỉnh ủy",
// then "Bí thư Tỉnh ủy Sùng Mí Chờ"). A name in capitals ("ông NGUYỄN VĂN
// AN") needs a known family name and words of the shape of syllables, or,
// after the unit of a headline, to be written again in running text within
// the next 4 KiB ("... UBND TỈNH HỜ A VẢNG THĂM ...", then "ông Mùa A
// Vảng").
//
// Find skims text at the byte level for the words that can open a mention
// (a title or membership written with a capital, a family name, an
// honorific, nguyên, tân, các) and reads only the sentence around each, at
// most a few hundred bytes past the last such word. The skim rules out a
// lower-case word by its first letters and any other word by a filter on
// its first and last bytes and length, and looks the few words left up as
// written, without computing their keys. The work per byte is
// bounded whatever the text (units, offices and windows have fixed
// maximum sizes), so Find runs in time linear in len(text); it allocates
// for what it finds, not for what it reads. Matches come in the order of
// their starts; a match may overlap the one before when a person is named
// as another's unit ("Trợ lý đồng chí Hoàng Văn Tú" and "đồng chí Hoàng
// Văn Tú, ..."). The iterator may be used by one goroutine at a time; calls
// to Find may run concurrently.
func Find(text string, opts ...Option) iter.Seq[Match] {
	c := newConfig(opts)
	return func(found func(Match) bool) {
		z := tokenizers.Get().(*tokenizer)
		defer tokenizers.Put(z)
		p := &parser{text: text, c: c, t: tablesFor(text), z: z}
		z.lits = p.t.lits
		yield := func(m Match) bool {
			p.c.remember(p.t, m.Mention.Name)
			return found(m)
		}
		var sig signature
		var kb []byte
		for pos := 0; pos < len(text); {
			var a int
			a, kb = p.nextAnchor(pos, kb)
			if sig.ok {
				// The signer's name comes next, whatever its family name:
				// "PHÓ CHỦ TỊCH", "(Đã ký)", "Hờ A Vảng".
				if s := p.signerLine(pos); s >= 0 && (a < 0 || s < a) {
					a = s
				}
			}
			if a < 0 {
				return
			}
			ws, we := prevWordStart(text, pos, a), p.windowReach(a, &kb)
			z.reset()
			z.tokenize(text, ws, we)
			p.toks = z.toks
			first := 0
			for first < len(p.toks) && p.toks[first].start < a {
				first++
			}
			if !p.findIn(first, &sig, yield) {
				return
			}
			pos = we
		}
	}
}

// maxWindow bounds the text read at once around an anchor.
const maxWindow = 4 << 10

// sentenceEnd returns the end of the sentence that holds a, looking only at
// the bytes from i to limit; -1 when the sentence goes on past limit. A
// sentence ends after a period, question or exclamation mark followed by a
// space (not the period of an abbreviation such as "TP."), or at a line
// break, unless the line is broken inside a sentence ("Nguyễn\nVăn Hán"). A
// window never exceeds maxWindow bytes by much; it is then cut at a space.
// Callers scan a long sentence piece by piece, each byte once.
func sentenceEnd(text string, a, i, limit int) int {
	limit = min(limit, len(text))
	for ; i < limit; i++ {
		// Eight bytes at a time while none can end a sentence and the
		// window is not yet long enough for a space to end it.
		for i+8 <= limit && i+8-a <= maxWindow && !mayEndSentence(vntext.Load64(text[i:])) {
			i += 8
		}
		if i >= limit {
			break
		}
		c := text[i]
		if !sentenceByte[c] {
			if c == ' ' && i-a > maxWindow {
				return i
			}
			continue
		}
		switch c {
		case '\n':
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if i > 0 && wordByte(text[i-1]) && j < len(text) && wordByte(text[j]) {
				continue // a line broken inside a sentence
			}
			return i
		default: // '.', '!', '?'
			if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '\r' {
				continue
			}
			if c == '.' {
				w := prevWordStart(text, a, i)
				if dottedWord(text[w:i]) {
					continue
				}
			}
			return i + 1
		}
	}
	if limit >= len(text) {
		return len(text)
	}
	return -1
}

// mayEndSentence reports whether one of the eight bytes of x is a byte of
// sentenceByte: a line break, a period, a question or exclamation mark.
func mayEndSentence(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	hasZero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return hasZero(x^ones*'\n')|hasZero(x^ones*'.')|hasZero(x^ones*'!')|hasZero(x^ones*'?') != 0
}

// sentenceByte marks the bytes that may end a sentence.
var sentenceByte = [256]bool{'\n': true, '.': true, '!': true, '?': true}

// reach is how far past its last anchor a window reads: a mention goes on
// from a word that can open one (a title, a modifier) at most this far.
const reach = 240

// windowReach returns the end of the window that starts with the anchor at
// a: the end of its sentence, or reach bytes past the sentence's last
// anchor, at the next space, so that the rest of a long sentence without
// officials is not read.
func (p *parser) windowReach(a int, kb *[]byte) int {
	first, limit, scanned := a, a+reach, a
	for pos := a + 1; ; {
		if e := sentenceEnd(p.text, first, scanned, limit); e >= 0 {
			return e
		}
		scanned = limit
		e, _ := wordEnd(p.text, a)
		pos = max(pos, e)
		b, k := p.nextAnchorBefore(pos, limit, *kb)
		*kb = k
		if b < 0 {
			break
		}
		a, limit = b, b+reach
	}
	// No sentence end before limit: cut at the next space, or at the end
	// of the sentence if that comes first.
	for i := limit; i < len(p.text); i++ {
		if p.text[i] == ' ' {
			return i
		}
		if e := sentenceEnd(p.text, first, i, i+1); e >= 0 {
			return e
		}
	}
	return len(p.text)
}

// wordByte reports whether c can be a byte of a word: a letter, a digit or
// part of a multi-byte character.
func wordByte(c byte) bool {
	return c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// prevWordStart returns the start of the word before offset a (the word the
// parser looks back at), not before from.
func prevWordStart(text string, from, a int) int {
	i := a
	for i > from && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	for i > from && (wordByte(text[i-1]) || text[i-1] == '.') {
		i--
	}
	return i
}

// nextAnchor returns the offset of the next word at or after pos that can
// open a mention: a word that starts a phrase of the lexicon (a title, a
// membership, an honorific, a modifier) written with a capital, a family
// name, a lower-case honorific or modifier (đồng chí, ông, nguyên), or
// "các". It returns -1 when there is none. kb is scratch space.
func (p *parser) nextAnchor(pos int, kb []byte) (int, []byte) {
	return p.nextAnchorBefore(pos, len(p.text), kb)
}

// nextAnchorBefore is nextAnchor for anchors that start before limit.
func (p *parser) nextAnchorBefore(pos, limit int, kb []byte) (int, []byte) {
	text := p.text
	filter := &p.t.anchorFilter
	pairs := &p.t.starterPairs
	for i := pos; i < limit; {
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		// A word starts at i. Find its end at the byte level (bytes of
		// multi-byte characters count as word bytes here), and look at it
		// closely only when a phrase of its first byte and length can open
		// a mention, or when it is decomposed.
		j, mark := i+1, false
		for j < len(text) {
			b := text[j]
			if b >= utf8.RuneSelf {
				mark = mark || b&0xFE == 0xCC
				j++
				continue
			}
			if !asciiWord[b] {
				if (b == '.' || b == '-' || b == '&' || b == '/' || b == '\'') && j+1 < len(text) && wordByte(text[j+1]) {
					j++
					continue
				}
				break
			}
			j++
		}
		if !mark && !(c == 'H' && j-i > 3 && (text[i+1] == '\'' || text[i+1] == 0xE2)) {
			// A word in lower case opens a mention only as a starter
			// (đồng chí, nguyên, các): look at its first two bytes or its
			// first letter, then at the filter.
			if c >= 'a' && c <= 'z' {
				if c2 := text[min(i+1, j-1)]; pairs[int(c)<<8|int(c2)] == 0 {
					i = j
					continue
				}
			} else if c >= utf8.RuneSelf && !p.t.lowerStarts(text[i:j]) {
				i = j
				continue
			}
			if h := anchorHash(text[i:j]); filter[h>>6]&(1<<(h&63)) == 0 {
				if thiAfter(text, j) {
					// "Sơn Thị Ngọc Hiền": a name whatever its family.
					if _, up := wordEnd(text, i); up {
						return i, kb
					}
				}
				i = j
				continue
			}
		}
		e, upper := plainWordEnd(text, i, j)
		if e < 0 {
			e, upper = wordEnd(text, i)
		}
		var ok bool
		ok, kb = p.anchorAt(i, e, upper, kb)
		if ok {
			return i, kb
		}
		i = e
	}
	return -1, kb
}

// thiAfter reports whether the word after offset j is the middle name Thị,
// followed by a capitalized word ("Sơn Thị Ngọc Hiền").
func thiAfter(text string, j int) bool {
	const thi = " Thị "
	if !strings.HasPrefix(text[j:], thi) || j+len(thi) >= len(text) {
		return false
	}
	c := text[j+len(thi)]
	return 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && isUpperStart(text[j+len(thi):])
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return caseOf(r) == 'U'
}

// plainWordEnd returns wordEnd(text, i) when the word's end at the byte
// level is j and every character of text[i:j] is one that wordEnd takes
// without a look at the unicode tables: ASCII, the Vietnamese letters and
// the combining marks. It returns -1 otherwise.
func plainWordEnd(text string, i, j int) (int, bool) {
	for k := i; k < j; k++ {
		switch c := text[k]; {
		case c < 0x80, c >= 0x80 && c < 0xC0, c >= 0xC4 && c <= 0xC6, c == 0xCC, c == 0xCD:
		case c == 0xC3:
			if k+1 < j && (text[k+1] == 0x97 || text[k+1] == 0xB7) {
				return -1, false // × ÷
			}
		case c == 0xE1:
			if k+1 >= j || text[k+1] != 0xBA && text[k+1] != 0xBB {
				return -1, false
			}
		default:
			return -1, false
		}
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return j, 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return j, caseOf(r) == 'U'
}

// asciiWord marks the ASCII bytes of words: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// wordEnd returns the end of the word at i, with the joiners a word may hold
// (T.Ư, KH-ĐT), and whether its first letter is upper case. It returns i+size
// of the character at i when that is not a word character.
func wordEnd(text string, i int) (int, bool) {
	r, size := rune(text[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			return i + size, false
		}
	}
	upper := caseOf(r) == 'U'
	j := i + size
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++
				continue
			}
			if (c == '.' || c == '-' || c == '&' || c == '/' || c == '\'') && j+1 < len(text) && wordByte(text[j+1]) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return j, upper
}

// anchorAt reports whether the word text[i:e] opens a mention, walking the
// lexicon over the words that follow it on the same line. Words are looked
// up as written (see [trie.forms]); only a word that is not in a simple form
// (decomposed, old tone placement, mixed case) has its key computed.
func (p *parser) anchorAt(i, e int, upper bool, kb []byte) (bool, []byte) {
	w := p.text[i:e]
	if upper && len(w) == len("Các") && (w == "Các" || w == "CÁC") {
		// "Các Phó Chủ tịch Hội Nông dân tỉnh: ...", opening a sentence.
		return p.listAnchor(e), kb
	}
	a, ok := p.t.anchorForms.get(w)
	if !ok && e < len(p.text) && p.text[e] == '.' {
		// A title written with its period: "PGS. Lê Văn An", "BSCKII.".
		if a2, ok2 := p.t.anchorForms.get(p.text[i : e+1]); ok2 {
			a, ok, e = a2, true, e+1
		}
	}
	if !ok {
		if upper && len(w) > 3 && w[0] == 'H' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
			// H' opens an Ê Đê woman's name: "H'Hen Niê".
			return p.nextUpper(e), kb
		}
		if simpleForm(w) {
			return false, kb
		}
		return p.anchorAtKey(i, e, upper, kb)
	}
	if !upper {
		if p.t.lit(w) == "các" {
			return p.listAnchor(e), kb
		}
		if !a.starter {
			return false, kb
		}
	} else if a.family && p.nextUpper(e) {
		// A family name opens a mention only before another word of a
		// name.
		return true, kb
	}
	return p.walkAnchor(a.node, e, upper, kb)
}

// nextUpper reports whether the word after offset e, on the same line,
// starts with a capital.
func (p *parser) nextUpper(e int) bool {
	j := e
	for j < len(p.text) && p.text[j] == ' ' {
		j++
	}
	if j < len(p.text) && wordByte(p.text[j]) {
		_, up := wordEnd(p.text, j)
		return up
	}
	return false
}

// listAnchor reports whether "các" ending at e opens a list: "các Phó Chủ
// tịch", "các nguyên Tổng Bí thư".
func (p *parser) listAnchor(e int) bool {
	j := e
	for j < len(p.text) && p.text[j] == ' ' {
		j++
	}
	if j < len(p.text) && wordByte(p.text[j]) {
		k, up := wordEnd(p.text, j)
		return up || p.t.starters.has(p.text[j:k])
	}
	return false
}

// walkAnchor walks the lexicon from node n, the first word of a phrase
// ending at e, over the words that follow on the same line, and reports
// whether a phrase that can open a mention is found.
func (p *parser) walkAnchor(n *trie, e int, upper bool, kb []byte) (bool, []byte) {
	for depth := 0; n != nil && depth < 6; depth++ {
		for _, en := range n.entries {
			if upper || p.lowerOpener(en) {
				return true, kb
			}
		}
		j := e
		for j < len(p.text) && p.text[j] == ' ' {
			j++
		}
		if j >= len(p.text) || !wordByte(p.text[j]) {
			return false, kb
		}
		k, _ := wordEnd(p.text, j)
		w := p.text[j:k]
		c, ok := n.forms.get(w)
		if !ok && !simpleForm(w) {
			kb = appendKey(kb[:0], w)
			c, _ = n.next.get(string(kb))
		}
		n = c
		e = k
	}
	return false, kb
}

// anchorAtKey is anchorAt for a word whose key must be computed.
func (p *parser) anchorAtKey(i, e int, upper bool, kb []byte) (bool, []byte) {
	if !upper {
		// A lower-case word is its own key, unless it is decomposed.
		w := p.text[i:e]
		if strings.IndexByte(w, 0xCC) >= 0 || strings.IndexByte(w, 0xCD) >= 0 {
			kb = appendKey(kb[:0], w)
			w = string(kb)
		}
		if p.t.lit(w) == "các" {
			return p.listAnchor(e), kb
		}
		if !p.t.starters.has(w) {
			return false, kb
		}
		kb = append(kb[:0], w...)
	} else {
		kb = appendKey(kb[:0], p.text[i:e])
		if p.t.familyKey.has(string(kb)) && p.nextUpper(e) {
			return true, kb
		}
		if string(kb) == "các" {
			return p.listAnchor(e), kb // "Các" decomposed
		}
	}
	n, _ := p.t.lex.next.get(string(kb))
	if n == nil && e < len(p.text) && p.text[e] == '.' {
		// "ThS.BS. Lê Văn An": the title with its period.
		kb = append(kb, '.')
		n, _ = p.t.lex.next.get(string(kb))
		e++
	}
	return p.walkAnchor(n, e, upper, kb)
}

// lowerOpener reports whether a lexicon entry, written in lower case, opens
// a mention: an honorific (đồng chí, ông), a modifier of time or standing
// (nguyên, tân, quyền), or a deputy's seat (đại biểu Quốc hội).
func (p *parser) lowerOpener(e entry) bool {
	switch e.kind {
	case eHonorific:
		return p.t.honorifics[e.idx].kind == kindHonorific
	case eModifier:
		return p.t.modifiers[e.idx].mod&(Former|New|Acting) != 0
	case eMembership:
		return p.t.memberships[e.idx].expansion == deputySeat
	}
	return false
}

// A signature remembers a line that holds only a title, written in
// capitals, waiting for the signer's name on a later line: "CHỦ TỊCH",
// "(đã ký)", "Nông Văn An".
type signature struct {
	ok         bool
	start, end int // the title line
	pos        Position
	posSpan    Span
}

// signerLine returns the start of the line after a signature's title line
// (from is the title line's end) that may hold the signer's name: the first
// line, within a few hundred bytes, that opens with a capital, after blank
// lines and notes in parentheses ("(Đã ký)"); -1 when there is none.
func (p *parser) signerLine(from int) int {
	text := p.text
	limit := min(len(text), from+256)
	for i := from; i < limit; i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
		case c == '(':
			j := strings.IndexByte(text[i:limit], ')')
			if j < 0 {
				return -1
			}
			i += j
		case wordByte(c):
			if _, up := wordEnd(text, i); up {
				return i
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// wholeLine reports whether the tokens are a whole line of the text.
func (p *parser) wholeLine() bool {
	a, b := p.toks[0].start, p.toks[len(p.toks)-1].end
	for i := a - 1; i >= 0 && p.text[i] != '\n'; i-- {
		if p.text[i] != ' ' && p.text[i] != '\t' && p.text[i] != '\r' {
			return false
		}
	}
	for i := b; i < len(p.text) && p.text[i] != '\n'; i++ {
		if p.text[i] != ' ' && p.text[i] != '\t' && p.text[i] != '\r' {
			return false
		}
	}
	return true
}

// lastLine returns the first token of the last line of the tokens when that
// line is a whole line of the text and not the first, or 0.
func (p *parser) lastLine() int {
	n := len(p.toks)
	for i := n - 1; i > 0; i-- {
		if p.toks[i].nl > 0 {
			for j := p.toks[n-1].end; j < len(p.text) && p.text[j] != '\n'; j++ {
				if p.text[j] != ' ' && p.text[j] != '\t' && p.text[j] != '\r' {
					return 0
				}
			}
			return i
		}
	}
	return 0
}

// signedGap reports whether s, the text between a signature's title and a
// name, holds only white space and notes such as "(đã ký)", "(Ký tên, đóng
// dấu)".
func (p *parser) signedGap(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '(' || r == ')' || r == ','
	}) {
		if !oneOf(p.t.lit(key(w)), "đã", "ký", "tên", "đóng", "dấu") {
			return false
		}
	}
	return len(s) < 200
}

// findIn finds the mentions of the current paragraph.
func (p *parser) findIn(first int, sig *signature, yield func(Match) bool) bool {
	n := len(p.toks)
	if n == 0 {
		return true
	}
	if p.wholeLine() {
		if done, cont := p.signatureStep(sig, yield); done {
			return cont
		}
	} else if l := p.lastLine(); l > 0 && !sig.ok {
		// "HỘI ĐỒNG NHÂN DÂN" above "CHỦ TỊCH" reads as one sentence broken
		// over two lines; its last line may still be a signature's title.
		if done, _ := p.signatureStep(sig, yield); done {
			n = l
		}
	}
	root := &p.t.lex.next
	for i := first; i < n; {
		t := &p.toks[i]
		if t.kind != tWord {
			i++
			continue
		}
		if !t.upper && !p.t.isStarter(t.key) {
			// A lower-case word opens a mention only as an honorific, a
			// modifier (nguyên, tân) or a list (các).
			i++
			continue
		}
		starts := root.has(t.key)
		if t.lk() == "các" {
			if next, ok := p.list(i, yield); ok {
				if next < 0 {
					return false
				}
				i = next
				continue
			}
		}
		if !starts && !t.upper {
			i++
			continue
		}
		inText := true
		if !starts {
			if !p.t.familyKey.has(t.key) && !p.edeNameAt(i) && !(p.thiAt(i+1) && p.nameRun(i, true) > i) {
				if !p.listedItem(i) {
					i++
					continue
				}
				// "các đồng chí: ...; Giàng A Tông, Trưởng Ban Dân vận":
				// the honorific stands before every name of the list.
				inText = false
			}
			if i > 0 && p.word(i-1) && (p.t.level.has(p.toks[i-1].key) || p.t.prepositions.has(p.toks[i-1].key)) {
				i++
				continue
			}
		}
		if starts {
			// A capitalized word of the lexicon opens a mention only when
			// a whole phrase that can open one starts with it, as the skim
			// decides (see anchorAt): "Ban" of "Ban Thường vụ tổ chức"
			// does not.
			var ok bool
			if ok, p.kb = p.anchorAt(t.start, t.end, t.upper, p.kb); !ok {
				i++
				continue
			}
		}
		r, ok := p.mentionAt(i, n, inText)
		if !ok || !r.mention.Name.IsValid() || len(r.mention.Positions)+len(r.mention.Memberships) == 0 {
			i++
			continue
		}
		if !yield(p.matchOf(r)) {
			return false
		}
		if r.resume > i {
			i = r.resume
		} else {
			i = max(r.end, i+1)
		}
	}
	return true
}

// listedItem reports whether toks[i] opens an item of a list introduced by
// a plural honorific and a colon ("các đồng chí: A, Trưởng Ban ...; B,
// ..."): it follows the colon or a semicolon of that list, on the same line.
func (p *parser) listedItem(i int) bool {
	if !p.punct(i-1, ':') && !p.punct(i-1, ';') {
		return false
	}
	for k := i - 1; k > 0 && i-k < 80; k-- {
		if p.toks[k].nl > 0 {
			return false
		}
		if p.punct(k, ':') {
			// An honorific of one to three words ends at the colon.
			for st := max(k-3, 0); st < k; st++ {
				if h, n := p.honorificAt(st); n > 0 && st+n == k && h.kind == kindHonorific {
					return true
				}
			}
			return false
		}
	}
	return false
}

// edeNameAt reports whether an Ê Đê name starts at i: the marker Y or H'
// opens it and a family name written last ends it ("Y Khuê Niê", "H'Hen
// Niê Kđăm").
func (p *parser) edeNameAt(i int) bool {
	if !p.t.ethnicMarker(p.toks[i].key) {
		return false
	}
	e := p.nameRun(i, true)
	if e-i < 2 {
		return false
	}
	if p.t.lastFamilies.has(p.toks[e-1].key) {
		return true
	}
	if e-i >= 3 {
		return p.t.lastFamilies.has(p.keyPair(e - 2))
	}
	return false
}

// matchOf turns a parsed mention into a Match.
func (p *parser) matchOf(r parsed) Match {
	start, end := p.toks[r.start].start, p.toks[r.end-1].end
	m := Match{Start: start, End: end, Text: p.text[start:end], Mention: r.mention}
	if len(r.posSpans) > 0 {
		m.PositionSpans = make([]Span, 0, len(r.posSpans))
	}
	for _, s := range r.posSpans {
		a, b := p.toks[s[0]].start, p.toks[s[1]-1].end
		m.PositionSpans = append(m.PositionSpans, Span{Start: a, End: b, Text: p.text[a:b]})
	}
	p.spanBuf = r.posSpans[:0] // scratch space, reused for the next mention
	return m
}

// list reads "các [modifiers] title unit: A, B và C" at i, or the same
// without the colon when two names at least follow, and yields one match
// per name. It returns the token after the list, -1 when the caller
// stopped the iteration, and false when there is no list at i.
func (p *parser) list(i int, yield func(Match) bool) (int, bool) {
	n := len(p.toks)
	s, ok := p.parseSegment(i+1, n, modeAppositive)
	k, titleEnd := s.end+1, s.end
	if g := s.end; ok && s.kind == segTitle && p.keyIs(g, "gồm") {
		// "Các Phó Chủ tịch Ủy ban MTTQ tỉnh gồm: A, B và C".
		g++
		if p.punct(g, ':') {
			g++
		}
		k = g
	} else if !ok || s.kind != segTitle || !p.punct(s.end, ':') {
		// "các Phó Chủ tịch UBND tỉnh A và B": the names follow the title
		// without a colon, two at least, the second with a known family
		// name.
		s, ok = p.parseSegment(i+1, n, modeTitleFirst)
		if !ok || s.kind != segTitle || s.nameStart <= s.start {
			return 0, false
		}
		ne := p.nameRun(s.nameStart, false)
		if ne == s.nameStart || !(p.punct(ne, ',') || p.keyIs(ne, "và")) || p.nameRun(ne+1, true) == ne+1 {
			return 0, false
		}
		k, titleEnd = s.nameStart, s.nameStart
	}
	var first Mention
	j := p.prefixes(&first, k, n)
	if ne := p.nameRun(j, false); ne == j || (p.punct(ne, ',') || p.punct(ne, '-')) && p.startsSegment(ne+1) {
		// No name, or a name with offices of its own: "Các Phó Bí thư
		// Tỉnh ủy gồm: đồng chí A, Phó Bí thư Thường trực Tỉnh ủy; ...",
		// read as mentions.
		return 0, false
	}
	pos := p.position(s)
	ps := Span{Start: p.toks[s.start].start, End: p.toks[titleEnd-1].end}
	ps.Text = p.text[ps.Start:ps.End]
	found := 0
	for k < n {
		// A name may carry its academic title or rank: "các Phó Hiệu
		// trưởng: TS. Hoàng Văn Quyết, PGS.TS Trần Thị Mai Anh".
		var mention Mention
		j := p.prefixes(&mention, k, n)
		ne := p.nameRun(j, false)
		if ne == j {
			break
		}
		mention.Name, mention.Positions = p.nameOf(j, ne), []Position{pos}
		start, end := p.toks[k].start, p.toks[ne-1].end
		m := Match{Start: start, End: end, Text: p.text[start:end], Mention: mention, PositionSpans: []Span{ps}}
		if !yield(m) {
			return -1, true
		}
		found++
		k = ne
		if p.punct(k, ',') || p.keyIs(k, "và") {
			k++
			continue
		}
		break
	}
	if found == 0 {
		return 0, false
	}
	return k, true
}

// signatureStep handles the lines of a signature block. It reports whether
// the line was consumed, and whether to go on.
func (p *parser) signatureStep(sig *signature, yield func(Match) bool) (done, cont bool) {
	n := len(p.toks)
	if sig.ok {
		if ne := p.nameRun(0, false); ne == n && n >= 2 && p.toks[0].start >= sig.end && p.signedGap(p.text[sig.end:p.toks[0].start]) {
			start, end := sig.start, p.toks[n-1].end
			m := Match{Start: start, End: end, Text: p.text[start:end], Mention: Mention{Name: p.nameOf(0, n), Positions: []Position{sig.pos}}, PositionSpans: []Span{sig.posSpan}}
			*sig = signature{}
			return true, yield(m)
		}
		*sig = signature{}
	}
	// A line that is only a title, written in capitals; only the last line
	// counts ("KT. CHỦ TỊCH" may come before "PHÓ CHỦ TỊCH").
	first := 0
	for i := n - 1; i > 0; i-- {
		if p.toks[i].nl > 0 {
			first = i
			break
		}
	}
	// "Q. CHỦ TỊCH": a modifier may come before the capitals.
	c := first
	for c < n {
		_, m := p.match(c, eModifier)
		if m == 0 {
			break
		}
		c += m
	}
	if n-first <= 12 && c < n && p.toks[c].caps {
		s, ok := p.parseSegment(first, n, modeAppositive)
		if ok && s.kind == segTitle && s.end == n && s.nameStart < 0 && !p.capsNameIn(s) {
			pos := p.position(s)
			pos.title = titleCase(pos.title)
			if pos.org == "" {
				// The signer holds the office in the body that issues the
				// document, named by its header: the position resolves to
				// it (its unit and English), while the unit as written at
				// the signature stays empty.
				if u := p.headerUnit(); u.IsValid() {
					pos.unit = u
				}
			}
			start, end := p.toks[first].start, p.toks[n-1].end
			*sig = signature{ok: true, start: start, end: end, pos: pos, posSpan: Span{Start: start, End: end, Text: p.text[start:end]}}
			return true, true
		}
	}
	return false, true
}

// headerUnit returns the unit that the document's header names, or the zero
// Unit: the first lines of the text, in capitals, before anything else
// ("ỦY BAN NHÂN DÂN" over "TỈNH QUẢNG NGÃI", "BỘ NỘI VỤ"), when orgunit
// knows them as one unit as of the configured date. A header set beside the
// national motto ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI ...") counts by its
// first column. It is looked for once per text.
func (p *parser) headerUnit() unitRef {
	if p.headerDone {
		return p.header
	}
	p.headerDone = true
	var lines []string
	rest := p.text[:min(len(p.text), 400)]
	for len(lines) < 2 && rest != "" {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		line, _, _ = strings.Cut(line, "\t")
		if i := strings.Index(line, "   "); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if len(lines) > 0 {
				break
			}
			continue
		}
		if !allCaps(line) || !utf8.ValidString(line) {
			break
		}
		lines = append(lines, line)
	}
	var cands []string
	switch len(lines) {
	case 2:
		cands = []string{lines[0] + " " + lines[1], lines[1], lines[0]}
	case 1:
		cands = lines
	}
	for _, c := range cands {
		if u := resolveUnit(c, &p.c).unit; u.IsValid() {
			p.header = u
			break
		}
	}
	return p.header
}

// titleCase writes a title given in capitals the way running text does:
// "TỔNG BÍ THƯ" → "Tổng Bí thư", from the canonical form when it is known;
// a known title and a qualifier after it ("PHÓ CHỦ TỊCH THƯỜNG TRỰC") as
// "Phó Chủ tịch Thường trực".
func titleCase(s string) string {
	if !allCaps(s) {
		return s
	}
	words := strings.Fields(s)
	for n := len(words); n > 0; n-- {
		i, ok := data().titleKeys[key(strings.Join(words[:n], " "))]
		if !ok {
			continue
		}
		out := data().titles[i].form
		for j, w := range words[n:] {
			w = strings.ToLower(w)
			if j == 0 {
				r, size := utf8.DecodeRuneInString(w)
				w = string(unicode.ToUpper(r)) + w[size:]
			}
			out += " " + w
		}
		return out
	}
	return s
}
