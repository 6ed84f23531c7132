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
	unit    unitRef
	generic string
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
	if _, en, ok := res.Generic(); ok {
		r.generic = en
	}
	if c.units == nil {
		c.units = map[string]resolved{}
	}
	c.units[org] = r
	return r
}

// unitEnglish returns the English name of a resolved unit, or "".
func unitEnglish(u unitRef) string {
	if !u.IsValid() {
		return ""
	}
	return u.English()
}

// isPlace reports whether words name a province or a district (a place
// rather than a person) as of the configured date. Communes are left out:
// many are named after people ("phường Phan Đình Phùng").
func isPlace(words string, c *config) bool {
	if v, ok := c.places[words]; ok {
		return v
	}
	v := false
	for _, u := range orgunit.Resolve(words, c.at).Candidates {
		if u.Kind().IsPlace() && (u.Level() == orgunit.Province || u.Level() == orgunit.District) {
			v = true
			break
		}
	}
	if c.places == nil {
		c.places = map[string]bool{}
	}
	c.places[words] = v
	return v
}

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
