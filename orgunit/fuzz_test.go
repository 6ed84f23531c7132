// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzResolve checks properties of Resolve on any input: candidates are in
// force on the date and elsewhere units are not, no unit appears twice, the
// answer does not depend on earlier calls, the best candidate's own name
// resolves back to it, Err is nil exactly when a unit is found, and what
// Instead names was in force on the date.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"Ban Thường vụ Thành ủy Ninh Bình", // a standing board of a district-level committee
		"UBND tỉnh Khánh Hòa",              // abbreviation and a province
		"Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk",
		"Đảng ủy xã Phú Mỹ", // several candidates
		"UBND xã Hải Khê (huyện Hải Lăng)",
		"Thành ủy TP.HCM",
		"Ban Tổ chức T.Ư khóa XII",
		"UBND Q.1",
		"T.Ư.", "..", "Q.", ",(,", "và và", "(A)(B)(", "Sở Xây dựng (SXD) Tây Ninh",
		"Uỷ ban nhân dân tỉnh Khánh Hoà",
		"Công an tỉnh Hà Nam", "Bộ CHQS tỉnh Gia Lai", "TAND tối cao", // bodies of a province; a central one
		"\xff\xfe", "Ð", "ｕｂｎｄ",
	} {
		f.Add(s, int32(18453)) // 2020-07-09
		f.Add(s, int32(20454)) // 2026-01-01
	}
	f.Fuzz(func(t *testing.T, s string, d int32) {
		d = d%30000 + 10000 // 1997 .. 2079
		if d < 10000 {
			d += 30000
		}
		at := day(d).time()
		res := Resolve(s, at)
		if res.Input != s || !res.At.Equal(at) {
			t.Fatalf("Resolve(%q): input or date not kept", s)
		}
		seen := map[Unit]bool{}
		for _, u := range res.Candidates {
			if !u.IsValid() || !u.InForce(at) || seen[u] {
				t.Fatalf("Resolve(%q, %v): bad candidate %v", s, at, u)
			}
			seen[u] = true
		}
		for _, u := range res.Elsewhere {
			if !u.IsValid() || u.InForce(at) || seen[u] {
				t.Fatalf("Resolve(%q, %v): bad elsewhere %v", s, at, u)
			}
			seen[u] = true
		}
		if (res.Err() == nil) != res.Found() {
			t.Fatalf("Resolve(%q, %v): Err %v with Found %v", s, at, res.Err(), res.Found())
		}
		for _, x := range res.Instead() {
			if !x.Unit.InForce(at) || !slices.Contains(res.Elsewhere, x.Of) {
				t.Fatalf("Resolve(%q, %v): bad replacement %v of %v", s, at, x.Unit, x.Of)
			}
		}
		again := Resolve(s, at)
		if !slices.Equal(again.Candidates, res.Candidates) || !slices.Equal(again.Elsewhere, res.Elsewhere) {
			t.Fatalf("Resolve(%q) not deterministic", s)
		}
		if b := res.Best(); b.IsValid() {
			if !utf8.ValidString(b.Name()) {
				t.Fatalf("invalid UTF-8 name %q", b.Name())
			}
			back := Resolve(b.Name(), at)
			if !slices.Contains(back.Candidates, b) {
				t.Fatalf("Resolve(%q) best %v; Resolve(its name %q) = %v", s, b, b.Name(), back.Candidates)
			}
		}
	})
}

// Every unit's own name and aliases resolve to it on a date it is in force:
// all provinces, districts and their bodies, and a sample of communes.
func TestResolveOwnNames(t *testing.T) {
	r := reg()
	failures, checked := 0, 0
	for i := range r.places {
		p := &r.places[i]
		if placeTypes[p.typ].level == Commune && i%5 != 0 {
			continue
		}
		u := placeUnit(int32(i), roleNone)
		for _, x := range append([]Unit{u}, u.Bodies()...) {
			v, _ := x.view()
			at := v.span.from.time()
			if v.span.from == 0 {
				at = v.span.to.time().AddDate(0, 0, -1)
				if v.span.to == 0 {
					at = date("2026-07-25")
				}
			}
			for _, name := range append([]string{x.Name()}, x.Aliases()...) {
				checked++
				res := Resolve(name, at)
				if !slices.Contains(res.Candidates, x) {
					failures++
					if failures <= 20 {
						t.Errorf("Resolve(%q, %s) = %v, want %v among them", name, at.Format("2006-01-02"), res.Candidates, x)
					}
				}
			}
		}
	}
	for i := range r.bodies {
		u := bodyUnit(int32(i))
		for _, n := range append([]string{u.Name()}, u.Aliases()...) {
			v, _ := u.view()
			at := date("2020-01-01")
			if v.span.from != 0 {
				at = v.span.from.time()
			}
			if res := Resolve(n, at); !slices.Contains(res.Candidates, u) {
				t.Errorf("Resolve(%q, %s) = %v, want %v", n, at.Format("2006-01-02"), res.Candidates, u)
			}
		}
	}
	t.Logf("%d own names resolved", checked)
	if failures > 20 {
		t.Errorf("%d failures in all", failures)
	}
}
