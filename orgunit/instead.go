// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"errors"
	"strings"
	"time"
)

// A Replacement is a unit in force on a date in place of a unit of a name
// that was not: what the unit had become by then, or, for a unit not yet
// created, what it was later formed from.
type Replacement struct {
	Of       Unit      // the unit of the name (one of Result.Elsewhere)
	Unit     Unit      // the unit in force on the date
	Relation Relation  // how the older of the two led to the newer, at the step next to Unit
	From     time.Time // the day of that step
	Act      string    // the act of that step, as a document code, or ""
}

// maxSteps bounds the chains of successors and predecessors that
// [Result.Instead] follows, and maxReplacements the units it returns.
const (
	maxSteps        = 6
	maxReplacements = 16
)

// Instead returns, when no unit of the name was in force on r.At, the units
// in force then that its units became (following successors forward from
// those that had ended) or came from (following predecessors back from
// those not yet created), each with the step and act that link them. It
// returns nil when r found a unit, or when no chain reaches the date: a
// district-level body that ended on 1 July 2025 with the district level has
// no successor.
func (r Result) Instead() []Replacement {
	if r.Found() {
		return nil
	}
	at := dayOf(r.At)
	var out []Replacement
	seen := map[Unit]bool{}
	for _, of := range r.Elsewhere {
		v, ok := of.view()
		if !ok {
			continue
		}
		later := v.span.to != 0 && at >= v.span.to
		frontier := []Unit{of}
		for step := 0; step < maxSteps && len(frontier) > 0 && len(out) < maxReplacements; step++ {
			var next []Unit
			for _, cur := range frontier {
				for _, s := range links(cur, later) {
					if seen[s.Unit] {
						continue
					}
					seen[s.Unit] = true
					if s.Unit.InForce(r.At) {
						out = append(out, Replacement{Of: of, Unit: s.Unit, Relation: s.Relation, From: s.From, Act: s.Act})
					} else {
						next = append(next, s.Unit)
					}
				}
			}
			frontier = next
		}
	}
	return out
}

// links returns the steps from u: its successors when later is set, else
// its predecessors, each with the relation, date and act of the step that
// led from the predecessor to u.
func links(u Unit, later bool) []Successor {
	if later {
		return u.Successors()
	}
	var out []Successor
	for _, p := range u.Predecessors() {
		for _, s := range p.Successors() {
			if s.Unit == u {
				out = append(out, Successor{Unit: p, Relation: s.Relation, From: s.From, Act: s.Act})
				break
			}
		}
	}
	return out
}

// Err returns nil when r found a unit in force; otherwise a
// [*NotInForceError] when units of the name were in force at other dates,
// or a [*NoUnitError] when the name denotes no unit of the registry.
func (r Result) Err() error {
	switch {
	case r.Found():
		return nil
	case len(r.Elsewhere) > 0:
		return &NotInForceError{Name: r.Input, At: r.At, Elsewhere: r.Elsewhere, Instead: r.Instead()}
	}
	return &NoUnitError{Name: r.Input, NoPlace: r.noPlace}
}

// ErrNotFound is wrapped by the errors of [Result.Err].
var ErrNotFound = errors.New("no unit in force")

// A NoUnitError reports a name that denotes no unit of the registry at any
// date.
type NoUnitError struct {
	Name    string
	NoPlace bool // the name is of a body of a place ("Tỉnh ủy", "UBND tỉnh") but names no place, and no context gave one
}

// Error returns the message, with the package prefix and the name quoted.
func (e *NoUnitError) Error() string {
	if e.NoPlace {
		return "orgunit: " + quote(e.Name) + " names a body of a place but not the place (give a context)"
	}
	return "orgunit: " + quote(e.Name) + " names no known unit"
}

// Unwrap returns [ErrNotFound].
func (e *NoUnitError) Unwrap() error { return ErrNotFound }

// A NotInForceError reports a name whose units were in force only at other
// dates, with what was in force instead.
type NotInForceError struct {
	Name      string
	At        time.Time
	Elsewhere []Unit        // the units of the name, nearest in time first
	Instead   []Replacement // the units in force on At in their place
}

// Unwrap returns [ErrNotFound].
func (e *NotInForceError) Unwrap() error { return ErrNotFound }

// Error says when the nearest unit of the name began or ended, by which act,
// and what was in force instead:
//
//	orgunit: "Ban Dân vận Trung ương" names no unit in force on 2026-01-15:
//	Ban Dân vận Trung ương ended on 2025-02-03, merged into Ban Tuyên giáo
//	và Dân vận Trung ương (in force then)
func (e *NotInForceError) Error() string {
	var b strings.Builder
	b.WriteString("orgunit: ")
	b.WriteString(quote(e.Name))
	b.WriteString(" names no unit in force on ")
	b.WriteString(e.At.Format(time.DateOnly))
	if len(e.Elsewhere) == 0 {
		return b.String()
	}
	of := e.Elsewhere[0]
	b.WriteString(": ")
	b.WriteString(of.Name())
	later := !of.To().IsZero() && !e.At.Before(of.To())
	if later {
		b.WriteString(" ended ")
		b.WriteString(dateWord(of.To(), of.EndedBy()))
		writeAct(&b, of.EndAct())
	} else {
		d, by := of.From(), false
		if d.IsZero() {
			d, by = of.KnownBy(), true
		}
		b.WriteString(" began ")
		b.WriteString(dateWord(d, by))
		writeAct(&b, of.Act())
	}
	var names []string
	var rel Relation
	for _, x := range e.Instead {
		if x.Of == of {
			names = append(names, x.Unit.Name())
			rel = x.Relation
		}
	}
	if len(names) > 0 {
		if later {
			b.WriteString("; in force instead: ")
		} else {
			b.WriteString("; ")
			b.WriteString(fromWords[rel])
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(names, ", "))
		return b.String()
	}
	for i, s := range links(of, later) {
		if i == 0 {
			b.WriteString(", ")
			if later {
				b.WriteString(strings.ReplaceAll(s.Relation.String(), "_", " "))
			} else {
				b.WriteString(fromWords[s.Relation])
			}
			b.WriteByte(' ')
		} else {
			b.WriteString(", ")
		}
		b.WriteString(s.Unit.Name())
		if later {
			if to := s.Unit.To(); !to.IsZero() {
				b.WriteString(" (which ended ")
				b.WriteString(dateWord(to, s.Unit.EndedBy()))
				if a := s.Unit.EndAct(); a != "" {
					b.WriteString(", ")
					b.WriteString(a)
				}
				b.WriteByte(')')
			}
		}
	}
	return b.String()
}

// fromWords say how a unit came from its predecessor, by the relation of
// the predecessor to it.
var fromWords = [...]string{0: "formed from", MergedInto: "formed from", RenamedTo: "renamed from",
	SplitInto: "split from", SupersededBy: "took over from"}

func dateWord(t time.Time, by bool) string {
	if t.IsZero() {
		return "at a date not recorded"
	}
	if by {
		return "by " + t.Format(time.DateOnly)
	}
	return "on " + t.Format(time.DateOnly)
}

func writeAct(b *strings.Builder, act string) {
	if act != "" {
		b.WriteString(" (")
		b.WriteString(act)
		b.WriteByte(')')
	}
}
