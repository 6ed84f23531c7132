// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import "strings"

// A Membership is a seat a person holds in a Party committee or the National
// Assembly, written before or among the offices: "TVTU", "Ủy viên Bộ Chính
// trị", "Tỉnh ủy viên", "nguyên UVTW". It is not a post.
type Membership struct {
	text      string
	form      string
	expansion string
	english   string
	status    Status
	mods      Modifier
}

// Text returns the membership as written, with its modifiers ("nguyên Ủy
// viên Bộ Chính trị", "UV BTV Huyện ủy").
func (m Membership) Text() string { return m.text }

// Form returns the membership without its modifiers, as written ("TVTU").
func (m Membership) Form() string { return m.form }

// Expansion returns the full Vietnamese form ("Ủy viên Ban Thường vụ Tỉnh
// ủy" for TVTU).
func (m Membership) Expansion() string { return m.expansion }

// English returns the membership in English ("member of the Standing Board
// of the Provincial Party Committee").
func (m Membership) English() string {
	if m.mods&Former != 0 {
		return "former " + m.english
	}
	return m.english
}

// Status returns how well the reference backs the form.
func (m Membership) Status() Status { return m.status }

// Unconfirmed reports whether the reference marks the form unconfirmed (TUV,
// HUV): it is parsed, but a reader should check it.
func (m Membership) Unconfirmed() bool { return m.status == Unconfirmed }

// Modifiers returns the modifiers written before the membership.
func (m Membership) Modifiers() []Modifier { return m.mods.List() }

// A Mention is an official as text names one: the honorific, rank and
// academic title written before the name, the name, the memberships and the
// positions. "đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình" has the
// honorific "đồng chí", the name Lê Hữu Quý, the membership TVTU and the
// position Bí thư of Thành ủy Ninh Bình.
type Mention struct {
	Honorific   string // đồng chí, đ/c, ông, bà, as written; "" if none
	Rank        string // a military or police rank, as written ("Đại tướng")
	Academic    string // an academic title, as written ("GS.TS")
	Name        Name
	Memberships []Membership
	Positions   []Position
}

// English returns the offices and memberships in English, positions first,
// joined by commas: "Secretary of the Ninh Binh City Party Committee,
// member of the Standing Board of the Provincial Party Committee".
func (m Mention) English() string {
	var parts []string
	for _, p := range m.Positions {
		parts = append(parts, p.English())
	}
	for _, ms := range m.Memberships {
		parts = append(parts, ms.English())
	}
	return strings.Join(parts, ", ")
}

// ParseMention parses a mention of one official: an optional honorific, rank
// or academic title, the name, and the memberships and positions, written
// after the name (separated by commas, dashes, "kiêm" or "đồng thời", or in
// parentheses) or before it ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An"). The
// whole input must be one mention. Units are resolved as of the date given
// with [At]. The name is given in NFC, with the look-alike Ð ð (Icelandic
// eth) read as Đ đ; the other words are kept as written.
func ParseMention(s string, opts ...Option) (Mention, error) {
	c := newConfig(opts)
	p := newParser(s, c)
	defer p.release()
	m, end, err := p.parseMentionAt(0)
	if err != nil {
		return Mention{}, &ParseError{Func: "ParseMention", Input: s, Offset: err.offset, Err: err.err, Detail: err.detail}
	}
	if end < len(p.toks) {
		// Trailing punctuation is allowed.
		for _, t := range p.toks[end:] {
			if t.kind != tPunct || !strings.ContainsRune(".;,", rune(t.punct)) {
				return Mention{}, &ParseError{Func: "ParseMention", Input: s, Offset: p.toks[end].start, Err: ErrSyntax, Detail: "text after the mention"}
			}
		}
	}
	return m.mention, nil
}

// MustParseMention is like [ParseMention] but panics on error. It is intended
// for tests and examples with hard-coded mentions.
func MustParseMention(s string, opts ...Option) Mention {
	m, err := ParseMention(s, opts...)
	if err != nil {
		panic(err)
	}
	return m
}
