// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"iter"
	"strings"
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

// maxChunk bounds the text read at once; a paragraph longer than this is
// cut at a line break or a sentence end.
const maxChunk = 64 << 10

// Find returns the officials mentioned in text with a stated position:
// appositives ("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình"),
// titles before the name ("tân Bí thư Tỉnh ủy Ninh Bình Đặng Xuân Phong"),
// several titles joined by commas, dashes, "kiêm" or "đồng thời", former
// titles, lists ("các Phó Chủ tịch UBND tỉnh: A, B và C") and signature
// blocks (a title, "(đã ký)", a name). A name with a predicate ("giữ chức",
// "là") is not a mention. Positions are resolved as of the date given with
// [At] (the article's date).
//
// Find reads text once, paragraph by paragraph, in time linear in its
// length, and allocates for what it finds, not for what it reads. The
// iterator may be used by one goroutine at a time; calls to Find may run
// concurrently.
func Find(text string, opts ...Option) iter.Seq[Match] {
	c := newConfig(opts)
	return func(yield func(Match) bool) {
		z := tokenizers.Get().(*tokenizer)
		defer tokenizers.Put(z)
		p := &parser{text: text, c: c, t: data(), z: z}
		var sig signature
		for from := 0; from < len(text); {
			to := chunkEnd(text, from)
			z.reset()
			z.tokenize(text, from, to)
			p.toks = z.toks
			if !p.findIn(&sig, yield) {
				return
			}
			from = to
		}
	}
}

// chunkEnd returns the end of the paragraph starting at from: after a blank
// line, or before maxChunk bytes at a line break, a sentence end or a space.
func chunkEnd(text string, from int) int {
	limit := min(len(text), from+maxChunk)
	for i := from; i < limit; i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			return j + 1
		}
	}
	if limit == len(text) {
		return limit
	}
	cut := from + strings.LastIndexByte(text[from:limit], '\n') + 1
	if cut <= from {
		cut = from + strings.LastIndex(text[from:limit], ". ") + 2
	}
	if cut <= from+1 {
		cut = from + strings.LastIndexByte(text[from:limit], ' ') + 1
	}
	if cut <= from {
		cut = limit
		for cut > from && text[cut]&0xC0 == 0x80 {
			cut--
		}
		if cut == from {
			cut = limit
		}
	}
	return cut
}

// A signature remembers a paragraph that holds only a title, waiting for the
// signer's name in a later paragraph: "TỔNG BÍ THƯ", "(đã ký)", a name.
type signature struct {
	ok       bool
	start    int
	pos      Position
	posSpan  Span
	waitings int
}

// findIn finds the mentions of the current paragraph.
func (p *parser) findIn(sig *signature, yield func(Match) bool) bool {
	n := len(p.toks)
	if n == 0 {
		return true
	}
	if done, cont := p.signatureStep(sig, yield); done {
		return cont
	}
	root := p.t.lex.next
	for i := 0; i < n; {
		t := p.toks[i]
		if t.kind != tWord {
			i++
			continue
		}
		if !t.upper && !p.t.starters[t.key] {
			// A lower-case word opens a mention only as an honorific, a
			// modifier (nguyên, tân) or a list (các).
			i++
			continue
		}
		_, starts := root[t.key]
		if t.key == "các" {
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
		if !starts {
			if _, fam := p.t.familyKey[t.key]; !fam {
				i++
				continue
			}
			if i > 0 && p.word(i-1) && (p.t.level[p.toks[i-1].key] || placePreposition[p.toks[i-1].key]) {
				i++
				continue
			}
		}
		r, ok := p.mentionAt(i, n, true)
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

// placePreposition are words after which a capitalized run is a place.
var placePreposition = map[string]bool{"tại": true, "ở": true, "về": true, "đến": true, "từ": true, "thăm": true}

// matchOf turns a parsed mention into a Match.
func (p *parser) matchOf(r parsed) Match {
	start, end := p.toks[r.start].start, p.toks[r.end-1].end
	m := Match{Start: start, End: end, Text: p.text[start:end], Mention: r.mention}
	for _, s := range r.posSpans {
		a, b := p.toks[s[0]].start, p.toks[s[1]-1].end
		m.PositionSpans = append(m.PositionSpans, Span{Start: a, End: b, Text: p.text[a:b]})
	}
	return m
}

// list reads "các [modifiers] title unit: A, B và C" at i and yields one
// match per name. It returns the token after the list, -1 when the caller
// stopped the iteration, and false when there is no list at i.
func (p *parser) list(i int, yield func(Match) bool) (int, bool) {
	n := len(p.toks)
	s, ok := p.parseSegment(i+1, n, modeAppositive)
	if !ok || s.kind != segTitle || !p.punct(s.end, ':') {
		return 0, false
	}
	pos := p.position(s)
	ps := Span{Start: p.toks[s.start].start, End: p.toks[s.end-1].end}
	ps.Text = p.text[ps.Start:ps.End]
	k := s.end + 1
	found := 0
	for k < n {
		ne := p.nameRun(k, false)
		if ne == k {
			break
		}
		start, end := p.toks[k].start, p.toks[ne-1].end
		m := Match{Start: start, End: end, Text: p.text[start:end], Mention: Mention{Name: p.nameOf(k, ne), Positions: []Position{pos}}, PositionSpans: []Span{ps}}
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

// signatureStep handles the paragraphs of a signature block. It reports
// whether the paragraph was consumed, and whether to go on.
func (p *parser) signatureStep(sig *signature, yield func(Match) bool) (done, cont bool) {
	n := len(p.toks)
	if sig.ok {
		// "(đã ký)", "Đã ký", "(Ký)": wait for the name.
		if p.signedNote() {
			return true, true
		}
		if ne := p.nameRun(0, false); ne == n && n >= 2 {
			start, end := sig.start, p.toks[n-1].end
			m := Match{Start: start, End: end, Text: p.text[start:end], Mention: Mention{Name: p.nameOf(0, n), Positions: []Position{sig.pos}}, PositionSpans: []Span{sig.posSpan}}
			*sig = signature{}
			return true, yield(m)
		}
		*sig = signature{}
	}
	// A paragraph that is only a title, written in capitals: "TỔNG BÍ THƯ",
	// "KT. CHỦ TỊCH" is left to the next line.
	// Only the last line counts: "TM. BAN THƯỜNG VỤ" may come before.
	first := 0
	for i := n - 1; i > 0; i-- {
		if p.toks[i].nl > 0 {
			first = i
			break
		}
	}
	if n-first <= 12 && p.toks[first].caps {
		s, ok := p.parseSegment(first, n, modeAppositive)
		if ok && s.kind == segTitle && s.end == n && s.nameStart < 0 {
			pos := p.position(s)
			pos.title = titleCase(pos.title)
			start, end := p.toks[first].start, p.toks[n-1].end
			*sig = signature{ok: true, start: start, pos: pos, posSpan: Span{Start: start, End: end, Text: p.text[start:end]}}
			return true, true
		}
	}
	return false, true
}

// signedNote reports whether the paragraph is a signature note: "(đã ký)".
func (p *parser) signedNote() bool {
	words := 0
	for i := range p.toks {
		t := p.toks[i]
		if t.kind == tPunct {
			if t.punct != '(' && t.punct != ')' && t.punct != ',' {
				return false
			}
			continue
		}
		switch t.key {
		case "đã", "ký", "tên", "đóng", "dấu":
			words++
		default:
			return false
		}
	}
	return words > 0
}

// titleCase writes a title given in capitals the way running text does:
// "TỔNG BÍ THƯ" → "Tổng Bí thư", from the canonical form when it is known.
func titleCase(s string) string {
	if !allCaps(s) {
		return s
	}
	if i, ok := data().titleKeys[key(s)]; ok {
		return data().titles[i].form
	}
	return s
}
