// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"iter"
	"time"
)

// Places returns the administrative units in force on date at, provinces
// first, then districts, then communes, each in code order.
func Places(at time.Time) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		r := reg()
		d := dayOf(at)
		for i := range r.places {
			if r.places[i].span.contains(d) {
				if !yield(placeUnit(int32(i), roleNone)) {
					return
				}
			}
		}
	}
}

// CentralBodies returns the central Party, State and Front bodies in force
// on date at.
func CentralBodies(at time.Time) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		r := reg()
		d := dayOf(at)
		for i := range r.bodies {
			if r.bodies[i].span.contains(d) {
				if !yield(bodyUnit(int32(i))) {
					return
				}
			}
		}
	}
}

// Children returns the places in force on date at whose parent on that
// date is the place u (the districts of a province, the communes of a
// district or, from 1 July 2025, of a province).
func (u Unit) Children(at time.Time) []Unit {
	v, ok := u.view()
	if !ok || v.p == nil || v.ro != roleNone {
		return nil
	}
	d := dayOf(at)
	var out []Unit
	for _, i := range v.r.children[v.p.code] {
		c := &v.r.places[i]
		if c.span.contains(d) && v.r.placeAt(c.parentCode, d, c.span) == u.index() {
			out = append(out, placeUnit(i, roleNone))
		}
	}
	return out
}

// Within reports whether u (a place or a body of a place) lies inside the
// place p on date at: p is u's place or one of its ancestors then.
func (u Unit) Within(p Unit, at time.Time) bool {
	x := u.Place()
	p = p.Place()
	if x.v == 0 || p.v == 0 {
		return false
	}
	for x.v != 0 {
		if x == p {
			return true
		}
		x = x.ParentAt(at)
	}
	return false
}
