// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// A Unit is a place (province, district, commune) or a Party, State or Front
// body, in one version: a unit whose name, type or territory changed is a
// new Unit, linked to the old one by [Unit.Successors].
//
// Units are small comparable values; the zero Unit means none and is not
// valid. They refer to the embedded registry and are safe for concurrent use.
type Unit struct {
	v uint32 // role<<24 | place+1, or bodyTag<<24 | body+1; 0 = none
}

const (
	bodyTag  = 0xFF
	indexMax = 1<<24 - 1
)

func placeUnit(i int32, ro role) Unit { return Unit{uint32(ro)<<24 | uint32(i+1)} }
func bodyUnit(i int32) Unit           { return Unit{bodyTag<<24 | uint32(i+1)} }

func (u Unit) tag() uint32  { return u.v >> 24 }
func (u Unit) index() int32 { return int32(u.v&indexMax) - 1 }
func (u Unit) role() role   { return role(u.tag()) }
func (u Unit) isBody() bool { return u.tag() == bodyTag }

// IsValid reports whether u is a unit of the registry (not the zero Unit).
func (u Unit) IsValid() bool {
	if u.v == 0 {
		return false
	}
	r := reg()
	i := u.index()
	if u.isBody() {
		return i >= 0 && int(i) < len(r.bodies)
	}
	return i >= 0 && int(i) < len(r.places) && (u.role() == roleNone || r.info(u.role()) != nil)
}

// view is what the methods of a valid Unit read.
type view struct {
	r      *registry
	p      *placeRec // nil for a body
	b      *bodyRec  // nil for a place or a derived body
	ro     role
	span   span
	act    string
	endAct string
}

func (u Unit) view() (view, bool) {
	if !u.IsValid() {
		return view{}, false
	}
	r := reg()
	if u.isBody() {
		b := &r.bodies[u.index()]
		return view{r: r, b: b, span: b.span, act: b.act, endAct: b.endAct}, true
	}
	p := &r.places[u.index()]
	v := view{r: r, p: p, ro: u.role(), span: p.span, act: p.act, endAct: p.endAct}
	if v.ro != roleNone {
		var ok bool
		v.span, v.act, v.endAct, ok = r.roleSpan(p, v.ro)
		if !ok {
			return view{}, false
		}
	}
	return v, true
}

// ID returns the stable identifier of u: "party/tw/ban-dan-van",
// "place/24@2025-07-01" (province code 24 from that date), "place/369" (a
// place whose start is before the registry's sources), or a body of a place
// such as "place/369/party-committee". [Lookup] reverses it. It returns ""
// for the zero Unit.
func (u Unit) ID() string {
	v, ok := u.view()
	if !ok {
		return ""
	}
	if v.b != nil {
		return v.b.id
	}
	id := placeID(v.p)
	if v.ro != roleNone {
		id += "/" + v.r.info(v.ro).slug
	}
	return id
}

func placeID(p *placeRec) string {
	if p.span.from == 0 {
		return "place/" + p.code
	}
	return "place/" + p.code + "@" + p.span.from.time().Format("2006-01-02")
}

// String returns the ID of u, or "invalid Unit" for the zero Unit.
func (u Unit) String() string {
	if id := u.ID(); id != "" {
		return id
	}
	return "invalid Unit"
}

// MarshalText returns the ID of u; the zero Unit marshals to "".
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.ID()), nil }

// UnmarshalText sets u to the unit with the ID in text; "" gives the zero
// Unit.
func (u *Unit) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*u = Unit{}
		return nil
	}
	x, ok := Lookup(string(text))
	if !ok {
		return &UnknownIDError{ID: string(text)}
	}
	*u = x
	return nil
}

// ErrUnknownID is wrapped by the error of [Unit.UnmarshalText] for an ID
// that names no unit.
var ErrUnknownID = errors.New("unknown unit id")

// An UnknownIDError reports an ID that names no unit of the registry.
type UnknownIDError struct {
	ID string
}

// Error returns the message, with the package prefix and the ID quoted.
func (e *UnknownIDError) Error() string { return "orgunit: unknown unit id " + quote(e.ID) }

// Unwrap returns [ErrUnknownID].
func (e *UnknownIDError) Unwrap() error { return ErrUnknownID }

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// Name returns the official Vietnamese name of u: "Ban Dân vận Trung ương",
// "Thành ủy Ninh Bình", "Ủy ban nhân dân tỉnh Khánh Hòa", "Tỉnh Khánh Hòa".
func (u Unit) Name() string {
	v, ok := u.view()
	if !ok {
		return ""
	}
	if v.b != nil {
		return v.b.name
	}
	if v.ro == roleNone {
		return v.p.fullName()
	}
	return v.r.info(v.ro).nameOf(v.p)
}

// ShortName returns the name of a place without its type ("Khánh Hòa"), and
// the name of any other unit as [Unit.Name] does.
func (u Unit) ShortName() string {
	v, ok := u.view()
	if !ok {
		return ""
	}
	if v.p != nil && v.ro == roleNone {
		return v.p.name
	}
	return u.Name()
}

// Aliases returns other names text uses for u: the short names and
// abbreviations of a central body ("Ban DVTW", "BCT"), the usual
// abbreviation of a body of a place ("UBND tỉnh Khánh Hòa", "BTV Tỉnh ủy
// Ninh Bình"), the name of a place without its type ("Khánh Hòa"). Each
// resolves to u on a date it is in force, possibly among other units. It
// returns nil when there is none.
func (u Unit) Aliases() []string {
	v, ok := u.view()
	switch {
	case !ok:
		return nil
	case v.b != nil:
		return slices.Clone(v.b.aliases)
	case v.ro == roleNone:
		return []string{v.p.name}
	}
	if a := v.r.info(v.ro).abbrevOf(v.p); a != "" {
		return []string{a}
	}
	return nil
}

// English returns the English name of u: State bodies as in Thông tư
// 03/2009/TT-BNG ("Ministry of Finance", "Khanh Hoa Provincial People's
// Committee"), Party bodies in the forms official media use ("Party Central
// Committee's Commission for Mass Mobilization", "Ninh Binh City Party
// Committee").
func (u Unit) English() string {
	v, ok := u.view()
	if !ok {
		return ""
	}
	if v.b != nil {
		return v.b.english
	}
	if v.ro == roleNone {
		return v.p.englishName()
	}
	return v.r.info(v.ro).englishOf(v.p)
}

// Kind returns what u is, or 0 for the zero Unit.
func (u Unit) Kind() Kind {
	v, ok := u.view()
	switch {
	case !ok:
		return 0
	case v.b != nil:
		return v.b.kind
	case v.ro == roleNone:
		return placeTypes[v.p.typ].kind
	}
	return v.r.info(v.ro).kind
}

// Level returns the tier of u, or 0 for the zero Unit.
func (u Unit) Level() Level {
	v, ok := u.view()
	switch {
	case !ok:
		return 0
	case v.b != nil:
		return v.b.level
	}
	return placeTypes[v.p.typ].level
}

// Code returns the official code of the place u is or belongs to (2 digits
// for a province, 3 for a district, 5 for a commune), or "" for a central
// body.
func (u Unit) Code() string {
	v, ok := u.view()
	if !ok || v.p == nil {
		return ""
	}
	return v.p.code
}

// Place returns the place u belongs to: u itself for a place, the place of a
// local body, and the zero Unit for a central body.
func (u Unit) Place() Unit {
	v, ok := u.view()
	if !ok || v.p == nil {
		return Unit{}
	}
	return placeUnit(u.index(), roleNone)
}

// Parent returns the unit u reports to: the province of a district, the
// district (before 1 July 2025) or province of a commune, the Tỉnh ủy of a
// Huyện ủy, the Party committee of a standing board or commission, the
// Central Committee of a Tỉnh ủy, the Government of a provincial people's
// committee, the Ministry of Public Security of a provincial police. Where
// the parent changed during u's validity it is the parent of u's last day;
// see [Unit.ParentAt]. It returns the zero Unit at the top.
func (u Unit) Parent() Unit {
	v, ok := u.view()
	if !ok {
		return Unit{}
	}
	if v.b != nil {
		if v.b.parent < 0 {
			return Unit{}
		}
		return bodyUnit(v.b.parent)
	}
	return v.r.parentOf(v.p, u.index(), v.ro, v.p.parent)
}

// ParentAt returns the parent of u on date t, which differs from
// [Unit.Parent] when the parent place changed (Thừa Thiên Huế became Thành
// phố Huế on 1 January 2025 while its districts stayed).
func (u Unit) ParentAt(t time.Time) Unit {
	v, ok := u.view()
	if !ok {
		return Unit{}
	}
	if v.b != nil || v.p.parentCode == "" {
		return u.Parent()
	}
	pi := v.r.placeAt(v.p.parentCode, dayOf(t), v.p.span)
	return v.r.parentOf(v.p, u.index(), v.ro, pi)
}

func (r *registry) parentOf(p *placeRec, i int32, ro role, parentPlace int32) Unit {
	if ro == roleNone {
		if parentPlace < 0 {
			return Unit{}
		}
		return placeUnit(parentPlace, roleNone)
	}
	info := r.info(ro)
	if !info.up {
		pr := info.parentRole
		if pr == roleNone {
			pr = roleParty
		}
		return placeUnit(i, pr)
	}
	if parentPlace < 0 {
		if b, ok := r.bodyByID[info.central]; ok {
			return bodyUnit(b)
		}
		return Unit{}
	}
	if info.upRole != roleNone {
		ro = info.upRole
	}
	if _, _, _, ok := r.roleSpan(&r.places[parentPlace], ro); !ok {
		return Unit{}
	}
	return placeUnit(parentPlace, ro)
}

// From returns the first day u was in force, or the zero Time when that is
// not known: the unit predates the registry's sources, or is only known to
// exist by a date (see [Unit.KnownBy]).
func (u Unit) From() time.Time {
	v, ok := u.view()
	if !ok || v.span.fromBy {
		return time.Time{}
	}
	return v.span.from.time()
}

// KnownBy returns, for a unit whose first day is not known, the date by
// which a source shows it in force (an administrative-unit list); the zero
// Time otherwise. [Unit.InForce] counts the unit in force from that date.
func (u Unit) KnownBy() time.Time {
	v, ok := u.view()
	if !ok || !v.span.fromBy {
		return time.Time{}
	}
	return v.span.from.time()
}

// To returns the day u ceased to be in force (exclusive), or the zero Time
// when it still is. When [Unit.EndedBy] reports true the exact day is not
// known and To is the date by which a source shows it gone.
func (u Unit) To() time.Time {
	v, ok := u.view()
	if !ok {
		return time.Time{}
	}
	return v.span.to.time()
}

// EndedBy reports whether [Unit.To] is only the date by which u is known to
// have ended, not the day it ended.
func (u Unit) EndedBy() bool {
	v, ok := u.view()
	return ok && v.span.toBy
}

// InForce reports whether u was in force on the day of t (in t's location).
// A unit only known to exist by a date counts from that date; one with no
// known start counts from before any date.
func (u Unit) InForce(t time.Time) bool {
	v, ok := u.view()
	return ok && v.span.contains(dayOf(t))
}

// Act returns the act that created u, as a document code ("202/2025/QH15",
// "1318/NQ-UBTVQH15"), or "" when not recorded.
func (u Unit) Act() string {
	v, ok := u.view()
	if !ok {
		return ""
	}
	return docCode(v.act)
}

// EndAct returns the act that ended u, as a document code, or "" when u is
// in force or the act is not recorded.
func (u Unit) EndAct() string {
	v, ok := u.view()
	if !ok {
		return ""
	}
	return docCode(v.endAct)
}

// A Successor is a unit that took over from one that ended.
type Successor struct {
	Unit     Unit
	Relation Relation
	From     time.Time // the day the change took effect
	Act      string    // the act that made it, as a document code, or ""
}

// Successors returns the units that u became, or nil. For a body of a place
// (a Tỉnh ủy, a people's committee, a department) they are the bodies, in
// force when it ended, of the same place or of the places the place became,
// of the same kind or of the kind that took over (Ban Tuyên giáo và Dân vận
// for Ban Tuyên giáo, Sở Tài chính for Sở Kế hoạch và Đầu tư).
func (u Unit) Successors() []Successor {
	v, ok := u.view()
	if !ok {
		return nil
	}
	if v.ro == roleNone {
		var out []Successor
		for _, s := range v.r.succ[u] {
			out = append(out, Successor{Unit: s.to, Relation: s.rel, From: s.date.time(), Act: docCode(s.act)})
		}
		return out
	}
	end := v.span.to
	if end == 0 {
		return nil
	}
	type target struct {
		place int32
		rel   Relation
		act   string
	}
	targets := []target{{place: u.index(), rel: MergedInto, act: v.endAct}}
	for _, s := range v.r.succ[placeUnit(u.index(), roleNone)] {
		targets = append(targets, target{place: s.to.index(), rel: s.rel, act: s.act})
	}
	kinds := []role{v.ro}
	if s := v.r.info(v.ro).successor; s != roleNone {
		kinds = append(kinds, s)
	}
	var out []Successor
	for _, t := range targets {
		for _, ro := range kinds {
			x := placeUnit(t.place, ro)
			if x == u || slices.ContainsFunc(out, func(s Successor) bool { return s.Unit == x }) {
				continue
			}
			if xv, ok := x.view(); ok && xv.span.contains(end) {
				rel := t.rel
				if t.place == u.index() && ro != v.ro && v.r.info(v.ro).succRel != 0 {
					rel = v.r.info(v.ro).succRel
				}
				out = append(out, Successor{Unit: x, Relation: rel, From: end.time(), Act: docCode(t.act)})
			}
		}
	}
	return out
}

// docCode returns an act as a document code, or "" for the keys of
// sources.tsv that name no single document.
func docCode(act string) string {
	switch act {
	case "tw-2025-02-03", "qh-2025-02-18", "ban-2012":
		return ""
	}
	return act
}

// Predecessors returns the units that became u, or nil.
func (u Unit) Predecessors() []Unit {
	v, ok := u.view()
	if !ok {
		return nil
	}
	base := u
	if v.ro != roleNone {
		base = placeUnit(u.index(), roleNone)
	}
	var out []Unit
	for _, p := range v.r.pred[base] {
		if v.ro != roleNone {
			if _, _, _, ok := v.r.roleSpan(&v.r.places[p.index()], v.ro); !ok {
				continue
			}
			p = placeUnit(p.index(), v.ro)
		}
		out = append(out, p)
	}
	return out
}

// Source returns where the registry's facts about u come from: the
// administrative-unit lists it appears in (see data/sources.tsv) or the
// reference notes. For a body of a place whose kind rests on an act of its
// own (a department; a province's court, procuracy, police or military
// command) it is that act rather than the place's lists: "Luật Công an
// nhân dân số 37/2018/QH14 (Công an tỉnh, thành phố trực thuộc trung
// ương)".
func (u Unit) Source() string {
	v, ok := u.view()
	switch {
	case !ok:
		return ""
	case v.b != nil:
		return v.b.source
	case v.ro != roleNone:
		if s := v.r.info(v.ro).source; s != "" {
			return s
		}
	}
	return v.p.source
}

// Body returns the body of kind k of place u (its Party committee, people's
// committee, people's council, Front committee, one of the committee's
// organs, or a province's court, procuracy, police or military command),
// and whether the place has one. u may be a place or a body of a place.
func (u Unit) Body(k Kind) (Unit, bool) {
	v, ok := u.view()
	if !ok || v.p == nil {
		return Unit{}, false
	}
	for _, ro := range v.r.allRoles() {
		if v.r.info(ro).kind != k {
			continue
		}
		if _, _, _, ok := v.r.roleSpan(v.p, ro); ok {
			return placeUnit(u.index(), ro), true
		}
	}
	return Unit{}, false
}

// Bodies returns the bodies of the place u, Party committee first.
func (u Unit) Bodies() []Unit {
	v, ok := u.view()
	if !ok || v.p == nil {
		return nil
	}
	var out []Unit
	for _, ro := range v.r.allRoles() {
		if _, _, _, ok := v.r.roleSpan(v.p, ro); ok {
			out = append(out, placeUnit(u.index(), ro))
		}
	}
	return out
}

// Lookup returns the unit with the given ID, as [Unit.ID] gives it.
func Lookup(id string) (Unit, bool) { return reg().lookup(id) }

func (r *registry) lookup(id string) (Unit, bool) {
	if rest, ok := strings.CutPrefix(id, "place/"); ok {
		ro := roleNone
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			ro = r.roleBySlug(rest[i+1:])
			if ro == roleNone {
				return Unit{}, false
			}
			rest = rest[:i]
		}
		code, date, _ := strings.Cut(rest, "@")
		var from day
		if date != "" {
			d, err := parseDay(date)
			if err != nil || d == 0 {
				return Unit{}, false
			}
			from = d
		}
		for _, i := range r.byCode[code] {
			if r.places[i].span.from == from {
				if ro != roleNone {
					if _, _, _, ok := r.roleSpan(&r.places[i], ro); !ok {
						return Unit{}, false
					}
				}
				return placeUnit(i, ro), true
			}
		}
		return Unit{}, false
	}
	if i, ok := r.bodyByID[id]; ok {
		return bodyUnit(i), true
	}
	return Unit{}, false
}
