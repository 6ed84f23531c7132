// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"strings"
	"time"
)

// A courtRow is one row of data/court.tsv: a kind of case, a stage of the
// proceedings, or the act written before a stage.
type courtRow struct {
	kind        string // "case", "stage" or "act"
	abbr        string
	name        string
	english     string
	typ         string // the document a record of this part is (Bản án), or ""
	typeEnglish string
	from, to    time.Time
	source      string
}

// A courtPart is what one group of a court's code can be: a kind of case
// (HS), or a proceeding: a stage with, for a decision or a case acceptance,
// the act before it (ST, QĐST, TLPT).
type courtPart struct {
	abbr  string // in its official form
	kase  int    // the row of a kind of case, or -1
	act   int    // the row of the act of a proceeding, or -1 (a judgment)
	stage int    // the row of the stage of a proceeding, or -1
}

var (
	courtRows []courtRow
	// courtParts has every group a court's code may hold, by its key in
	// lower case without diacritics (hngd, qdxxst).
	courtParts map[string]courtPart
)

// buildCourtParts fills courtParts from courtRows: each kind of case, each
// stage, and each act followed by each stage.
func buildCourtParts() {
	courtParts = map[string]courtPart{}
	add := func(p courtPart) {
		courtParts[string(appendFoldLower(nil, p.abbr))] = p
	}
	for i, r := range courtRows {
		switch r.kind {
		case "case":
			add(courtPart{abbr: r.abbr, kase: i, act: -1, stage: -1})
		case "stage":
			add(courtPart{abbr: r.abbr, kase: -1, act: -1, stage: i})
			for j, a := range courtRows {
				if a.kind == "act" {
					add(courtPart{abbr: a.abbr + r.abbr, kase: -1, act: j, stage: i})
				}
			}
		}
	}
}

// courtGroup looks a group up among the parts of a court's code: as
// written, in another case (FixCase), or without its diacritics
// (FixDiacritics: HNGD, QDST).
func courtGroup(s string) (courtPart, Fixes, bool) {
	if len(s) > maxGroup {
		return courtPart{}, 0, false
	}
	var buf [2 * maxGroup]byte
	part, ok := courtParts[string(appendFoldLower(buf[:0], s))]
	switch {
	case !ok:
		return courtPart{}, 0, false
	case part.abbr == s:
		return part, 0, true
	case strings.EqualFold(part.abbr, s):
		return part, fixBit(FixCase), true
	case foldable(s):
		return part, fixBit(FixDiacritics), true
	}
	return courtPart{}, 0, false
}

// courtSymbol reads the two groups after the year as a court's symbol: a
// kind of case then a stage (a judgment: HS-ST), or an act and a stage then
// a kind of case (QĐST-HNGĐ). It returns the kind of case and the
// proceeding, in that order, and the fixes their forms need.
func courtSymbol(a, b string) (kase, proc courtPart, fs Fixes, ok bool) {
	x, fx, ok := courtGroup(a)
	if !ok {
		return kase, proc, 0, false
	}
	y, fy, ok := courtGroup(b)
	if !ok {
		return kase, proc, 0, false
	}
	switch {
	case x.kase >= 0 && y.stage >= 0 && y.act < 0:
		return x, y, fx | fy, true
	case x.stage >= 0 && x.act >= 0 && y.kase >= 0:
		return y, x, fx | fy, true
	}
	return kase, proc, 0, false
}

// court reads the groups after the year of a court's code. It reports
// whether they have the form of one; when they do, ok says whether the
// code was read (strict parsing fails on a form that needs a fix).
func (p *parser) court(c *Code, g []group) (form, ok bool) {
	if len(g) != 2 {
		return false, false
	}
	kase, proc, fs, form := courtSymbol(g[0].s, g[1].s)
	if !form {
		return false, false
	}
	c.sys = Court
	if !p.fix(fs, g[0].off, "abbreviation not in its official form") {
		return true, false
	}
	if g[0].sep != '/' && !p.fix(fixBit(FixSeparator), g[0].sepOff, "want '/' after the year") {
		return true, false
	}
	if g[1].sep != '-' && !p.fix(fixBit(FixSeparator), g[1].sepOff, "want '-' between the groups of the symbol") {
		return true, false
	}
	first, second := kase.abbr, proc.abbr
	if proc.act >= 0 {
		first, second = second, first
	}
	return true, p.setSym(c, "", first+"-"+second, "")
}

// courtParts returns the kind of case and the proceeding of a court's code.
func (c Code) courtParts() (kase, proc courtPart, ok bool) {
	if c.sys != Court {
		return kase, proc, false
	}
	a, b, _ := strings.Cut(c.sym, "-")
	kase, proc, _, ok = courtSymbol(a, b)
	return kase, proc, ok
}

// CaseKind returns the kind of case of a court's code: HS (criminal), DS
// (civil), HNGĐ (marriage and family), KDTM (business and commerce), LĐ
// (labour) or HC (administrative); "" for any other code.
func (c Code) CaseKind() string {
	kase, _, _ := c.courtParts()
	return kase.abbr
}

// Proceeding returns the proceeding of a court's code: the stage (ST first
// instance, PT appeal, GĐT cassation, TT reopening), with the act before it
// for a decision or a case acceptance (QĐST, QĐXXST, TLPT); "" for any
// other code. A judgment (bản án) has a stage alone.
func (c Code) Proceeding() string {
	_, proc, _ := c.courtParts()
	return proc.abbr
}

// courtTypeNames returns the Vietnamese name and English gloss of the
// record a court's code numbers, from court.tsv: the type of its act, or of
// its stage when it has no act (Bản án for a stage alone, Quyết định after
// QĐ or QĐXX); "" for a case acceptance.
func (c Code) courtTypeNames() (name, english string) {
	_, proc, ok := c.courtParts()
	if !ok {
		return "", ""
	}
	r := &courtRows[proc.stage]
	if proc.act >= 0 {
		r = &courtRows[proc.act]
	}
	return r.typ, r.typeEnglish
}
