// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/vnorg/vnorg/document"
	"github.com/vnorg/vnorg/orgunit"
	"github.com/vnorg/vnorg/person"
)

// docJSON is one document reference in the output of vnorg extract. The
// field names are a contract: add fields, never rename them.
type docJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	codeFields
	Date  string   `json:"date"`
	Fixes []string `json:"fixes"`
}

// newDocJSON describes a match found in a window that starts at file offset
// base. The type is the one the text's type word gives, the number that of
// the code or of a reference without one, and the issuer the body the text
// names, else the one the code's abbreviation names on the document's date
// (at, the article's date, when the text gives none).
func newDocJSON(text string, base int, m document.Match, at time.Time) docJSON {
	when := m.Date
	if when.IsZero() {
		when = at
	}
	d := docJSON{
		Text:       text[m.Start:m.End],
		Start:      base + m.Start,
		End:        base + m.End,
		codeFields: newCodeFields(m.Code, when),
		Date:       formatDate(m.Date),
		Fixes:      m.Fixes.Names(),
	}
	d.Type = m.Type
	if d.Number == "" {
		d.Number = m.Number
	}
	if m.Issuer != "" {
		d.Issuer = m.Issuer
	}
	if d.Fixes == nil {
		d.Fixes = []string{}
	}
	return d
}

// A found item is the JSON of one document reference or official, with its
// span in the file.
type found struct {
	start, end int
	json       []byte
}

// scan finds the document references and officials of the block that start
// before its cut (the rest belong to the next block), as of at, in the
// context of unit ctx when it is valid.
func (b *block) scan(at time.Time, ctx orgunit.Unit) {
	var js itemEncoder
	for m := range document.Find(b.text) {
		if m.Start >= b.cut {
			break
		}
		b.docs = append(b.docs, found{b.base + m.Start, b.base + m.End, js.encode(newDocJSON(b.text, b.base, m, at))})
	}
	opts := []person.Option{person.At(at)}
	if ctx.IsValid() {
		opts = append(opts, person.InContext(ctx))
	}
	for m := range person.Find(b.text, opts...) {
		if m.Start >= b.cut {
			break
		}
		b.people = append(b.people, found{b.base + m.Start, b.base + m.End, js.encode(newPersonJSON(b.base, m))})
	}
}

// An itemEncoder encodes the items of a block into one growing arena, with
// one encoder, rather than a buffer and an encoder per item.
type itemEncoder struct {
	buf   bytes.Buffer
	enc   *json.Encoder
	arena []byte
}

// encode returns the JSON of v without a trailing newline, as a slice of the
// arena that later items do not overwrite. The values encoded here cannot
// fail to marshal.
func (e *itemEncoder) encode(v any) []byte {
	if e.enc == nil {
		e.enc = newEncoder(&e.buf)
	}
	e.buf.Reset()
	_ = e.enc.Encode(v)
	item := bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))
	if cap(e.arena)-len(e.arena) < len(item) {
		e.arena = make([]byte, 0, max(64<<10, len(item)))
	}
	n := len(e.arena)
	e.arena = append(e.arena, item...)
	return e.arena[n:len(e.arena):len(e.arena)]
}

// foundPersonJSON is one official in the output of vnorg extract. The field
// names are a contract: add fields, never rename them.
type foundPersonJSON struct {
	Text        string              `json:"text"`
	Start       int                 `json:"start"`
	End         int                 `json:"end"`
	Name        string              `json:"name"`
	Honorific   string              `json:"honorific"`
	Memberships []string            `json:"memberships"`
	Positions   []foundPositionJSON `json:"positions"`
}

// foundPositionJSON is one position of an official found by vnorg extract;
// org_unit is the unit resolved as of --at, or null.
type foundPositionJSON struct {
	Text      string    `json:"text"`
	Title     string    `json:"title"`
	Org       string    `json:"org"`
	Modifiers []string  `json:"modifiers"`
	English   string    `json:"english"`
	OrgUnit   *unitJSON `json:"org_unit"`
}

func newPersonJSON(base int, m person.Match) foundPersonJSON {
	p := foundPersonJSON{
		Text:        m.Text,
		Start:       base + m.Start,
		End:         base + m.End,
		Name:        m.Mention.Name.String(),
		Honorific:   m.Mention.Honorific,
		Memberships: []string{},
		Positions:   []foundPositionJSON{},
	}
	for _, ms := range m.Mention.Memberships {
		p.Memberships = append(p.Memberships, ms.Text())
	}
	for i, pos := range m.Mention.Positions {
		fp := foundPositionJSON{
			Title:     pos.Title(),
			Org:       pos.Org(),
			Modifiers: pos.ModifierSet().Strings(),
			English:   pos.English(),
			OrgUnit:   unitOf(pos),
		}
		if i < len(m.PositionSpans) {
			fp.Text = m.PositionSpans[i].Text
		}
		if fp.Modifiers == nil {
			fp.Modifiers = []string{}
		}
		p.Positions = append(p.Positions, fp)
	}
	return p
}
