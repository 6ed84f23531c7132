// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"
	"time"
)

// An Office is one of the offices the package knows (Bí thư, Phó Chủ tịch,
// Trưởng ban, ...), as listed in data/titles.tsv. The zero Office is unknown.
type Office uint8

// String returns the canonical Vietnamese form of the office ("Phó Trưởng
// ban"), or "" for the zero Office.
func (o Office) String() string {
	if r, ok := o.rowOK(); ok {
		return r.title
	}
	return ""
}

// Rank returns the rank of the office in its unit.
func (o Office) Rank() Rank {
	if r, ok := o.rowOK(); ok {
		return r.rank
	}
	return 0
}

// English returns the office in English ("Deputy Head"), or "".
func (o Office) English() string {
	if r, ok := o.rowOK(); ok {
		return r.english
	}
	return ""
}

// IsValid reports whether o is a known office.
func (o Office) IsValid() bool { _, ok := o.rowOK(); return ok }

// row returns the row of titles.tsv of the office, the zero row if none.
func (o Office) row() titleRow { r, _ := o.rowOK(); return r }

func (o Office) rowOK() (titleRow, bool) {
	t := data()
	if o == 0 || int(o) > len(t.titles) {
		return titleRow{}, false
	}
	return t.titles[o-1], true
}

// officeOf returns the Office of a row of titles.tsv: the first row with the
// same canonical title, so that abbreviations and spellings share one Office.
func officeOf(row int) Office {
	t := data()
	return Office(t.officeRow[row] + 1)
}

// A Position is an office held in a unit, as a title string writes it:
// "Phó trưởng Ban Dân vận Trung ương" is the office Phó Trưởng ban (a
// deputy) of the unit written "Ban Dân vận Trung ương". The title keeps the
// words as written, with a standing qualifier ("Phó Bí thư Thường trực");
// the unit keeps them too, with a word it shares with the title restored
// ("Trưởng Ban Tổ chức TW" → title "Trưởng Ban", unit "Ban Tổ chức TW").
//
// Positions are comparable with == and safe for concurrent use. The zero
// Position is invalid.
type Position struct {
	title    string
	org      string
	office   Office
	mods     Modifier
	standing bool
	mem      uint8  // row+1 of memberships.tsv when the title is a membership form
	row      uint16 // row+1 of titles.tsv read, when its English is not the office's ("Viện trưởng" before "VKSND")
	seat     bool   // the title is a membership, not a post
	shared   uint8  // bytes at the start of org restored from the title ("Ban " of "Trưởng Ban Tổ chức")
	unit     unitRef
	generic  string // the unit in English without its place, when org names no place ("Provincial Party Committee")
}

// IsValid reports whether p holds an office.
func (p Position) IsValid() bool { return p.title != "" }

// Title returns the office as written, with a standing qualifier: "Phó Bí
// thư Thường trực", "Trưởng Ban", "phó chủ tịch".
func (p Position) Title() string { return p.title }

// Office returns the office; the zero Office when the title is not one of
// the known offices (the in-charge form "phụ trách Sở").
func (p Position) Office() Office { return p.office }

// Rank returns the rank of the office in its unit.
func (p Position) Rank() Rank { return p.office.Rank() }

// IsMembership reports whether the title is a membership rather than a post
// ("TVTU", "Ủy viên Bộ Chính trị"), as [ParseTitle] may return.
func (p Position) IsMembership() bool { return p.seat }

// Org returns the unit as written, with a word shared with the title
// restored, or "" when the text names no unit ("Phó Bí thư").
func (p Position) Org() string { return p.org }

// Standing reports whether the office is the standing one (Thường trực):
// Phó Bí thư Thường trực, Phó Chủ tịch Thường trực.
func (p Position) Standing() bool { return p.standing }

// Modifiers returns the modifiers of the position (former, new, acting,
// concurrent, in charge, alternate), in a fixed order; nil if none.
func (p Position) Modifiers() []Modifier { return p.mods.List() }

// ModifierSet returns the modifiers as one set.
func (p Position) ModifierSet() Modifier { return p.mods }

// String returns the position as Vietnamese: modifiers, title and unit,
// "nguyên Bí thư Tỉnh ủy Yên Bái". A word the unit shares with the title is
// written once, as the text wrote it: "Phó trưởng Ban Dân vận Trung ương",
// "Bộ trưởng Quốc phòng". The zero Position gives "".
func (p Position) String() string {
	if !p.IsValid() {
		return ""
	}
	var b strings.Builder
	for _, m := range p.mods.List() {
		b.WriteString(modifierWord(m))
		b.WriteByte(' ')
	}
	b.WriteString(p.title)
	if org := p.writtenOrg(); org != "" && !strings.HasSuffix(p.title, " "+org) {
		b.WriteByte(' ')
		b.WriteString(org)
	}
	return b.String()
}

// writtenOrg returns the unit without the word it shares with the title:
// "Dân vận Trung ương" of "Phó trưởng Ban Dân vận Trung ương".
func (p Position) writtenOrg() string {
	if int(p.shared) < len(p.org) {
		return p.org[p.shared:]
	}
	return p.org
}

// modifierWord is the usual Vietnamese word for a modifier.
func modifierWord(m Modifier) string {
	switch m {
	case Former:
		return "nguyên"
	case New:
		return "tân"
	case Acting:
		return "Quyền"
	case Concurrent:
		return "kiêm"
	case InCharge:
		return "phụ trách"
	case Alternate:
		return "dự khuyết"
	}
	return ""
}

// English returns the position in English: "Deputy Head of the Party
// Central Committee's Commission for Mass Mobilization", "Secretary of the
// Ninh Binh City Party Committee". State offices follow Thông tư
// 03/2009/TT-BNG, Party offices the form official media use. A unit
// written without its place reads as such ("Secretary of the Provincial
// Party Committee" for "Bí thư Tỉnh ủy"); any other unit that is not
// resolved is given as written, after "of".
func (p Position) English() string {
	if !p.IsValid() {
		return ""
	}
	var b strings.Builder
	if p.mods&Former != 0 {
		b.WriteString("former ")
	}
	if p.mods&Acting != 0 {
		b.WriteString("Acting ")
	}
	if p.mods&New != 0 {
		b.WriteString("newly appointed ")
	}
	if p.mods&Alternate != 0 {
		b.WriteString("alternate ")
	}
	title := p.office.English()
	if p.row > 0 {
		title = data().titles[p.row-1].english
	}
	if p.mem > 0 {
		title = data().memberships[p.mem-1].english
	}
	if title == "" {
		title = "in charge"
		if p.mods&InCharge == 0 {
			title = p.title
		}
	} else if p.standing {
		if p.office.Rank() == Deputy && (p.office.String() == "Phó Thủ tướng" || p.office.String() == "Thứ trưởng") {
			title = "Permanent " + title
		} else {
			title = "Standing " + title
		}
	}
	// The unit names itself: "Chief of Office" of an office is its Chief,
	// "Minister" of the Ministry of Finance the Minister of Finance.
	if i := strings.Index(title, " of "); i > 0 && p.office.row().unit != "" && p.org != "" {
		title = title[:i]
	}
	if u := unitEnglish(p.unit); u != "" {
		if rest, ok := strings.CutPrefix(u, "Ministry of "); ok && strings.HasSuffix(title, "Minister") {
			b.WriteString(title + " of " + rest)
		} else if rest, ok := strings.CutPrefix(u, "Government of the "); ok {
			// Thông tư 03/2009/TT-BNG: "Prime Minister of the Socialist
			// Republic of Viet Nam".
			b.WriteString(title + " of the " + rest)
		} else {
			b.WriteString(title + " of the " + u)
		}
	} else if p.generic != "" {
		b.WriteString(title + " of the " + p.generic)
	} else if b.WriteString(title); p.org != "" {
		b.WriteString(" of ")
		b.WriteString(p.org)
	}
	if p.mods&Concurrent != 0 {
		b.WriteString(" (concurrently)")
	}
	return b.String()
}

// An Option changes how titles and mentions are read.
type Option func(*config)

type config struct {
	at     time.Time
	ctx    unitRef
	units  map[string]resolved // resolved units, by the words naming them
	places map[string]bool     // whether words name a place
	known  map[string]bool     // whether words name a unit at some date

	// The names found so far in the text Find reads (see [config.remember]),
	// as written, and the keys of the family names the table lacks.
	seenNames, seenFamilies map[string]bool
	// laterTries counts the names in capitals looked for further on in
	// the text (see [parser.capsNameLater]).
	laterTries int
}

// maxSeen bounds the names one call of Find remembers, whatever the text.
const maxSeen = 4096

// remember notes a name that Find found in its text. The whole name is
// evidence, later in the same text, that a run of capitalized words after a
// unit is this person rather than a place ("Phó Chủ tịch UBND tỉnh Giàng
// Seo Pao", where Seo is no middle name of the list). When its family name
// is not in the table of family names, that family name opens a name later
// on ("Đồng chí Sùng Mí Chờ, Bí thư Tỉnh ủy" makes "Bí thư Tỉnh ủy Sùng Mí
// Chờ" readable).
func (c *config) remember(t *tables, n Name) {
	if !n.IsValid() || n.familyLast || n.family == "" || len(n.family) > 32 {
		return
	}
	if c.seenNames == nil {
		c.seenNames, c.seenFamilies = map[string]bool{}, map[string]bool{}
	}
	if len(c.seenNames) >= maxSeen {
		return
	}
	// The whole name as written, its words joined by one space, without
	// allocating when the name was seen before.
	var nb [128]byte
	nk := nb[:0]
	for _, part := range [...]string{n.family, n.middle, n.given} {
		if part != "" {
			if len(nk) > 0 {
				nk = append(nk, ' ')
			}
			nk = append(nk, part...)
		}
	}
	if !c.seenNames[string(nk)] {
		c.seenNames[string(nk)] = true
	}
	var buf [64]byte
	k := appendKey(buf[:0], n.family)
	if !t.familyKey.has(string(k)) && !t.ethnic.has(string(k)) {
		c.seenFamilies[string(k)] = true
	}
}

// At gives the date as of which units are resolved (an article's date). The
// default is the time of the call.
func At(t time.Time) Option { return func(c *config) { c.at = t } }

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.at.IsZero() {
		c.at = time.Now()
	}
	return c
}

// ParseTitle parses a title string: modifiers, an office with its standing
// qualifier, and the unit as written, "Phó trưởng Ban Dân vận Trung ương",
// "nguyên Bí thư Tỉnh ủy", "PCT UBND tỉnh". Case and tone placement do not
// matter ("Phó Trưởng ban", "phó trưởng ban", "Uỷ viên"). Membership forms
// ("TVTU", "Ủy viên Bộ Chính trị") parse as a position of rank [Member]. The
// unit is resolved as of the date given with [At], inside the unit given with
// [InContext] when the text names none.
func ParseTitle(s string, opts ...Option) (Position, error) {
	c := newConfig(opts)
	p := newParser(s, c)
	defer p.release()
	pos, err := p.parseTitleOnly()
	if err != nil {
		return Position{}, &ParseError{Func: "ParseTitle", Input: s, Offset: err.offset, Err: err.err, Detail: err.detail}
	}
	return pos, nil
}

// MustParseTitle is like [ParseTitle] but panics on error. It is intended for
// tests and examples with hard-coded titles.
func MustParseTitle(s string, opts ...Option) Position {
	p, err := ParseTitle(s, opts...)
	if err != nil {
		panic(err)
	}
	return p
}
