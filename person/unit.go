// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"time"

	"github.com/vnorg/vnorg/orgunit"
)

// unitRef is the resolved unit of a position.
type unitRef = orgunit.Unit

// InContext gives the unit a text is about (a province, a city Party
// committee), so that a unit written without its place ("Tỉnh ủy", "UBND
// tỉnh") resolves inside it.
func InContext(u orgunit.Unit) Option { return func(c *config) { c.ctx = u } }

// Unit returns the unit of the position resolved as of the date the title
// was read at, or the zero Unit when the text names no unit or the unit
// cannot be resolved (then [Position.Org] still has the words).
func (p Position) Unit() orgunit.Unit { return p.unit }

// A resolved is what a unit written in a text resolved to: the unit, or,
// for a body written without its place ("Tỉnh ủy", "UBND tỉnh"), its
// English name without the place ("Provincial Party Committee").
type resolved struct {
	unit        unitRef
	generic     string       // the English of a body named without its place
	genericKind orgunit.Kind // and its kind
}

// resolveUnit resolves the unit written org as of the configured date, in
// the configured context. Results are remembered for the life of c (one
// call of Find), since an article names the same units again and again.
func resolveUnit(org string, c *config) resolved {
	if r, ok := c.units[org]; ok {
		return r
	}
	var res orgunit.Result
	if c.ctx.IsValid() {
		res = orgunit.Resolve(org, c.at, orgunit.WithContext(c.ctx))
	} else {
		res = orgunit.Resolve(org, c.at)
	}
	r := resolved{unit: res.Best()}
	if kind, en, ok := res.Generic(); ok {
		r.generic, r.genericKind = en, kind
	}
	if c.units == nil {
		c.units = map[string]resolved{}
	}
	c.units[org] = r
	return r
}

// unitKind returns the kind of the unit that words name as of the
// configured date, or, for a body named without its place ("Sở Tài
// chính"), the kind of body; 0 for none.
func unitKind(words string, c *config) orgunit.Kind {
	r := resolveUnit(words, c)
	if r.unit.IsValid() {
		return r.unit.Kind()
	}
	return r.genericKind
}

// unitEnglish returns the English name of a resolved unit, or "".
func unitEnglish(u unitRef) string {
	if !u.IsValid() {
		return ""
	}
	return u.English()
}

// isPlace reports whether words name a province or a district (a place
// rather than a person) as of the configured date, or on the last day of
// the districts (30 June 2025): a text read as of a later date may still
// name a district ("Bí thư Huyện ủy Lâm Bình"). Communes are left out: many
// are named after people ("phường Phan Đình Phùng").
func isPlace(words string, c *config) bool {
	if v, ok := c.places[words]; ok {
		return v
	}
	v := false
	for _, at := range [...]time.Time{c.at, lastDistrictDay} {
		for _, u := range orgunit.Resolve(words, at).Candidates {
			if u.Kind().IsPlace() && (u.Level() == orgunit.Province || u.Level() == orgunit.District) {
				v = true
				break
			}
		}
		if v || !c.at.After(lastDistrictDay) {
			break
		}
	}
	if c.places == nil {
		c.places = map[string]bool{}
	}
	c.places[words] = v
	return v
}

// lastDistrictDay is the last day of the district level, which ended on 1
// July 2025 (Nghị quyết 203/2025/QH15, amending the Constitution).
var lastDistrictDay = time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)

// unitFacts is what the Popolo export needs of a resolved unit.
type unitFacts struct {
	id, name, english, kind, parentID string
	from, to                          time.Time
}

// factsOf returns the facts of a resolved unit; ok is false when u is not
// resolved.
func factsOf(u unitRef) (unitFacts, bool) {
	if !u.IsValid() {
		return unitFacts{}, false
	}
	f := unitFacts{id: u.ID(), name: u.Name(), english: u.English(), kind: u.Kind().String(), from: u.From(), to: u.To()}
	if p := u.Parent(); p.IsValid() {
		f.parentID = p.ID()
	}
	return f, true
}
