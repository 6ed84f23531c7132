// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"slices"
	"time"
)

// An Option changes how [Resolve] reads a name.
type Option struct {
	context Unit
}

// WithContext gives the place or body a text is about, so that names
// without a place ("Tỉnh ủy", "UBND tỉnh", "Ban Tổ chức Tỉnh ủy") resolve
// inside it, and names of places that several units share are ranked with
// those inside it first.
func WithContext(u Unit) Option { return Option{context: u} }

// A Result is what [Resolve] found for a name on a date.
type Result struct {
	Input      string    // the name as given
	At         time.Time // the date asked about
	Candidates []Unit    // units of that name in force on At, best first
	Elsewhere  []Unit    // units of that name in force only at other dates, nearest first

	noPlace bool    // the name is a body of a place that it does not name, and no context gave one
	npRole  role    // when noPlace: the body
	npTypes typeSet // when noPlace: the types of place the name allows
}

// Generic describes a name of a body of a place that names no place and had
// no context to take one from ("Tỉnh ủy", "UBND tỉnh", "Đảng ủy xã", "Sở
// Xây dựng", "Công an tỉnh"): the kind of body and its English name
// without the place ("Provincial Party Committee", "Commune People's
// Committee", "Department of Construction", "Provincial Police"). ok is
// false for any other result, when no body of the kind existed on the
// date, and when the registry derives no body of the kind for the places
// the name allows ("Công an xã": the police of communes are not derived).
func (r Result) Generic() (kind Kind, english string, ok bool) {
	if !r.noPlace || r.Found() || len(r.Elsewhere) > 0 {
		return 0, "", false
	}
	d := dayOf(r.At)
	info := reg().info(r.npRole)
	if info == nil || !info.window.contains(d) {
		// No body of that kind existed on the date.
		return 0, "", false
	}
	var ts typeSet
	for t := ptTinh; t < numPlaceTypes; t++ {
		lv := placeTypes[t].level
		if r.npTypes.has(t) && reg().typeSpan[t].contains(d) && info.levels&(1<<lv) != 0 &&
			(lv != Commune || info.communes == 0 || info.communes.has(t)) {
			ts |= typesOf(t)
		}
	}
	if ts == 0 {
		// No place of those types existed on the date (a district after
		// 30 June 2025), or none of them has such a body (the police of
		// a commune is not derived).
		return 0, "", false
	}
	attr, name := genericPlace(ts)
	return info.kind, info.englishFor(attr, name), true
}

// Found reports whether a unit of the name was in force on the date.
func (r Result) Found() bool { return len(r.Candidates) > 0 }

// Best returns the first candidate, or the zero Unit when there is none.
func (r Result) Best() Unit {
	if len(r.Candidates) == 0 {
		return Unit{}
	}
	return r.Candidates[0]
}

// Resolve returns the units that the name of a Party, State or Front body or
// of a place denotes on date at: "Ban Dân vận Trung ương", "Thành ủy Ninh
// Bình", "UBND tỉnh Khánh Hòa", "Ban Thường vụ Tỉnh ủy", "Đảng ủy xã Phú
// Mỹ", "tỉnh Quảng Ninh".
//
// It reads abbreviations (UBND, HĐND, MTTQ, UBMTTQ, BTV, BCH, BCT, BBT,
// UBKT, TAND, VKSND, CHQS, TW, T.Ư, TƯ, TU, HU, ĐU, TP., Q.), any
// capitalization, names without diacritics and either tone placement
// ("Uỷ"/"Ủy"). A name that gives no place resolves inside the context
// given by [WithContext]. Units of the name that were not in force on the
// date are listed in [Result.Elsewhere], so a caller can say what existed
// instead.
//
// Resolve is safe for concurrent use. Names longer than 400 bytes are not
// read (nothing is found); the work is linear in the length of the name.
func Resolve(name string, at time.Time, opts ...Option) Result {
	res := Result{Input: name, At: at}
	var o Option
	for _, x := range opts {
		if x.context.v != 0 {
			o.context = x.context
		}
	}
	var m matcher
	if !m.q.parse(name) || m.q.ntok == 0 {
		return res
	}
	m.r, m.at = reg(), dayOf(at)
	if o.context.IsValid() {
		m.ctx = o.context
	}
	m.run()
	res.Candidates, res.Elsewhere = m.results()
	res.noPlace = m.noPlace && len(res.Candidates) == 0 && len(res.Elsewhere) == 0
	res.npRole, res.npTypes = m.npRole, m.npTypes
	return res
}

type match struct {
	u     Unit
	score int
	dist  day
}

// A matcher collects the units a query names. It keeps its matches in an
// array with a count, spilling to the heap only past maxHits, so that it can
// live on the stack.
type matcher struct {
	r   *registry
	q   query
	at  day
	ctx Unit
	nh  int
	// noPlace records a body of a place named without its place and
	// without a context to take it from: body npRole of a place of one of
	// the types npTypes.
	noPlace bool
	npRole  role
	npTypes typeSet
	hits    [maxHits]match
	extra   []match
}

const maxHits = 24

func (m *matcher) all() []match {
	if m.extra != nil {
		return append(m.hits[:m.nh:m.nh], m.extra...)
	}
	return m.hits[:m.nh]
}

// add adds u with a score (higher first among units in force) and reports
// whether u is in force on the date.
func (m *matcher) add(u Unit, score int) bool {
	for _, h := range m.all() {
		if h.u == u {
			return h.dist == 0
		}
	}
	v, ok := u.view()
	if !ok {
		return false
	}
	var dist day
	switch {
	case v.span.contains(m.at):
	case v.span.to != 0 && m.at >= v.span.to:
		dist = m.at - v.span.to + 1
	default:
		dist = v.span.from - m.at
	}
	h := match{u: u, score: score, dist: dist}
	if m.nh < maxHits {
		m.hits[m.nh] = h
		m.nh++
	} else {
		m.extra = append(m.extra, h)
	}
	return dist == 0
}

func (m *matcher) results() (cands, elsewhere []Unit) {
	hits := m.all()
	slices.SortStableFunc(hits, func(a, b match) int {
		if a.dist != b.dist {
			if a.dist < b.dist {
				return -1
			}
			return 1
		}
		return b.score - a.score
	})
	if len(hits) == 0 {
		return nil, nil
	}
	// One allocation for both lists: the hits are sorted in force first.
	all := make([]Unit, len(hits))
	n := 0
	for i, h := range hits {
		all[i] = h.u
		if h.dist == 0 {
			n++
		}
	}
	if n > 0 {
		cands = all[:n:n]
	}
	if n < len(all) {
		elsewhere = all[n:]
	}
	return cands, elsewhere
}

// Words that start the organs of a Party committee.
var organs = [...]struct {
	phrase string
	ro     role
}{
	{"ban thuong vu", roleStandingBoard},
	{"thuong vu", roleStandingBoard},
	{"thuong truc", roleStandingOffice},
	{"uy ban kiem tra", roleInspection},
	{"ban to chuc", roleOrganization},
	{"ban tuyen giao dan van", rolePropMass},
	{"ban tuyen giao", rolePropaganda},
	{"ban dan van", roleMassMobilization},
	{"ban noi chinh", roleInternal},
	{"ban xay dung dang", roleBuildingParty},
	{"van phong", roleOffice},
	{"ban chap hanh dang bo", roleParty},
	{"ban chap hanh", roleParty},
	{"dai hoi dai bieu", roleCongress},
	{"dai hoi", roleCongress},
}

// The names of Party committees, and the places they belong to.
var committees = [...]struct {
	phrase string
	types  typeSet
}{
	{"tinh uy", provinceTypes &^ typesOf(ptTPTW)},
	{"thanh uy", cityTypes},
	{"huyen uy", typesOf(ptHuyen)},
	{"quan uy", typesOf(ptQuan)},
	{"thi uy", typesOf(ptThiXa)},
	{"dang uy", communeTypes},
	{"dang bo", anyType},
}

// Words that start the State and Front bodies of a place.
var stateBodies = [...]struct {
	phrase string
	ro     role
}{
	{"van phong uy ban nhan dan", roleCommitteeOffice},
	{"thuong truc hoi dong nhan dan", roleCouncilStanding},
	{"ban can su dang uy ban nhan dan", roleCommitteeBoard},
	{"dang doan hoi dong nhan dan", roleCouncilDelegation},
	{"dang uy uy ban nhan dan", roleCommitteePartyOrg},
	{"dang bo uy ban nhan dan", roleCommitteePartyOrg},
	{"dang uy khoi cac co quan", roleAgenciesBloc},
	{"dang bo khoi cac co quan", roleAgenciesBloc},
	{"dang uy khoi doanh nghiep", roleEnterprisesBloc},
	{"dang bo khoi doanh nghiep", roleEnterprisesBloc},
	{"dang doan uy ban mat tran to quoc viet nam", roleFrontDelegation},
	{"dang doan uy ban mat tran to quoc", roleFrontDelegation},
	{"dang doan mat tran to quoc viet nam", roleFrontDelegation},
	{"dang doan mat tran to quoc", roleFrontDelegation},
	{"dang uy cac co quan dang", rolePartyAgencies},
	{"dang bo cac co quan dang", rolePartyAgencies},
	{"hoi dong nhan dan", roleCouncil},
	{"uy ban nhan dan", roleCommittee},
	{"uy ban mat tran to quoc viet nam", roleFront},
	{"uy ban mat tran to quoc", roleFront},
	{"mat tran to quoc viet nam", roleFront},
	{"mat tran to quoc", roleFront},
	{"doan dai bieu quoc hoi", roleNADelegation},
	{"hoi lien hiep phu nu", roleWomen},
	{"hoi phu nu", roleWomen},
	{"hoi nong dan", roleFarmers},
	{"hoi cuu chien binh", roleVeterans},
	{"lien doan lao dong", roleLabour},
	{"doan dai bieu", roleNADelegation},
	{"toa an nhan dan", roleCourt},
	{"toa an", roleCourt},
	{"vien kiem sat nhan dan", roleProcuracy},
	{"vien kiem sat", roleProcuracy},
	{"cong an", rolePolice},
	{"bo chi huy quan su", roleMilitary},
}

// The Youth Union committees of places.
var youthWords = [...]struct {
	phrase, raw string
	types       typeSet
}{
	{"tinh doan", "tỉnh đoàn", typesOf(ptTinh)},
	{"thanh doan", "thành đoàn", cityTypes},
	{"huyen doan", "huyện đoàn", typesOf(ptHuyen)},
	{"quan doan", "quận đoàn", typesOf(ptQuan)},
	{"thi doan", "thị đoàn", typesOf(ptThiXa)},
}

// Type words before a place's name.
var typeWords = [...]struct {
	phrase string
	types  typeSet
}{
	{"thanh pho", cityTypes},
	{"thu do", typesOf(ptTPTW)},
	{"thi xa", typesOf(ptThiXa)},
	{"thi tran", typesOf(ptThiTran)},
	{"dac khu", typesOf(ptDacKhu)},
	{"tinh", typesOf(ptTinh)},
	{"quan", typesOf(ptQuan)},
	{"huyen", typesOf(ptHuyen)},
	{"xa", typesOf(ptXa)},
	{"phuong", typesOf(ptPhuong)},
}

func (m *matcher) typeWord(i int) (int, typeSet) {
	for _, t := range typeWords {
		if n := m.q.match(i, t.phrase); n > 0 {
			return n, t.types
		}
	}
	return 0, 0
}

func (m *matcher) run() {
	q := &m.q
	nt := q.ntok
	// Central bodies by name or alias.
	if m.bodies(0, nt) {
		return
	}
	// A term or tenure at the end ("khóa XII", "nhiệm kỳ 2020-2025") does
	// not change the unit.
	for i := nt - 2; i > 0 && i >= nt-5; i-- {
		if k := max(q.match(i, "khoa"), q.match(i, "nhiem ky"), q.match(i, "lan thu")); k > 0 && q.termNumbers(i+k, nt) {
			nt = i
		}
	}
	if m.bodies(0, nt) {
		return
	}
	// "(cũ)", "(mới)": the old or new unit of a reorganization; the date
	// tells them apart.
	if nt > 1 && q.tokArr[nt-1].sep && (q.match(nt-1, "cu") > 0 || q.match(nt-1, "moi") > 0) {
		nt--
	}
	for _, suffix := range [...]string{"dang cong san viet nam", "dang", "viet nam"} {
		if k := q.match(nt-wordCount(suffix), suffix); k > 0 && nt-k > 0 && m.bodies(0, nt-k) {
			return
		}
	}
	// "Ủy ban Kinh tế và Tài chính của Quốc hội": a body, "của" and the
	// body it belongs to.
	for c := 1; c < nt-1; c++ {
		if q.match(c, "cua") > 0 && m.bodiesOf(0, c, c+1, nt) {
			return
		}
	}
	m.roles(nt)
}

// bodiesOf adds the central bodies named by words i..j-1 whose parent is a
// body named by words k..l-1.
func (m *matcher) bodiesOf(i, j, k, l int) bool {
	parents := m.r.bodyByKey[string(m.q.phrase(k, l))]
	if len(parents) == 0 {
		return false
	}
	found := false
	for _, b := range m.r.bodyByKey[string(m.q.phrase(i, j))] {
		if slices.Contains(parents, m.r.bodies[b].parent) {
			m.add(bodyUnit(b), 0)
			found = true
		}
	}
	return found
}

// roles resolves words 0..nt-1 as a body of a place, or a place.
func (m *matcher) roles(nt int) {
	q := &m.q
	// A department of a province: "Sở Xây dựng tỉnh Tây Ninh".
	for k := min(nt, 16); k >= 2; k-- {
		if d, ok := m.r.deptByKey[string(q.phrase(0, k))]; ok {
			m.places(k, nt, d, provinceTypes)
			return
		}
	}
	i := 0
	ro := roleNone
	types := anyType
	party, committee := false, false
	for _, s := range stateBodies {
		if n := q.match(i, s.phrase); n > 0 {
			ro, i = s.ro, i+n
			break
		}
	}
	if ro == roleNone {
		for _, y := range youthWords {
			// "Quân đoàn" (an army corps) folds like "Quận đoàn".
			if n := q.match(i, y.phrase); n > 0 && (!q.accented(i, i+n) || q.raw(i, i+n, y.raw)) {
				m.places(i+n, nt, roleYouth, y.types)
				return
			}
		}
		for _, o := range organs {
			if n := q.match(i, o.phrase); n > 0 {
				ro, i = o.ro, i+n
				party = true
				break
			}
		}
		for _, c := range committees {
			if n := q.match(i, c.phrase); n > 0 {
				if ro == roleNone {
					ro = roleParty
				}
				types, committee = c.types, true
				if c.phrase == "tinh uy" && q.tokArr[i].rs < 0 {
					// TU in a document code or a byline is the committee
					// of a centrally-run city too.
					types = provinceTypes
				}
				i += n
				break
			}
		}
	}
	if party && !committee && i < nt && q.match(i, "trung uong") > 0 {
		return // a central organ the registry does not know
	}
	if ro == roleNone && i == nt {
		return
	}
	m.places(i, nt, ro, types)
}

func wordCount(s string) int {
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n++
		}
	}
	return n
}

// bodies adds the central bodies named by words i..j-1.
func (m *matcher) bodies(i, j int) bool {
	if i >= j {
		return false
	}
	list := m.r.bodyByKey[string(m.q.phrase(i, j))]
	for _, b := range list {
		m.add(bodyUnit(b), 0)
	}
	return len(list) > 0
}

// A qual is a place named after the first one ("…, tỉnh Quảng Ninh"), which
// must contain it.
type qual struct {
	i, j  int
	types typeSet
}

// places resolves words i..nt-1 as a place, and adds body ro of each match.
// A type word first ("tỉnh", "quận") restricts the place's type, unless the
// place's name starts with the same word ("Quản Bạ" folds to "quan ba"); a
// type word later starts a place containing the first ("xã Hải Khê, huyện
// Hải Lăng"), unless it is part of the name. The readings are tried in that
// order until one finds a unit in force.
func (m *matcher) places(i, nt int, ro role, types typeSet) {
	n, ts := m.typeWord(i)
	if n > 0 && (i+n < nt || ro != roleNone) {
		if i+n == nt {
			m.fromContext(ro, types&ts)
			return
		}
		if m.placesFrom(i+n, nt, ro, types&ts, true) || m.placesFrom(i+n, nt, ro, types&ts, false) {
			return
		}
	}
	if i == nt {
		m.fromContext(ro, types)
		return
	}
	if !m.placesFrom(i, nt, ro, types, true) {
		m.placesFrom(i, nt, ro, types, false)
	}
}

// placesFrom resolves words i..nt-1 as the name of a place of the given
// types, followed by qualifying places when split is set. It reports whether
// it found a unit in force.
func (m *matcher) placesFrom(i, nt int, ro role, types typeSet, split bool) bool {
	q := &m.q
	if types == 0 {
		return false
	}
	j := i + 1
	var quals [4]qual
	nq := 0
	if !split {
		j = nt
	}
	for j < nt && !q.tokArr[j].sep {
		if n, _ := m.typeWord(j); n > 0 && j+n < nt {
			break
		}
		j++
	}
	for k := j; k < nt && nq < len(quals); {
		n, ts := m.typeWord(k)
		if n == 0 {
			ts = anyType
		}
		a := k + n
		b := a
		for b < nt && (b == a || !q.tokArr[b].sep) {
			if b > a {
				if n2, _ := m.typeWord(b); n2 > 0 && b+n2 < nt {
					break
				}
			}
			b++
		}
		if a == b {
			return false
		}
		quals[nq] = qual{a, b, ts}
		nq++
		k = b
	}
	// A name written with diacritics must match them (tone placement
	// aside); one written without matches any, exact spellings first.
	rows := m.r.byName[string(q.phrase(i, j))]
	strict := q.accented(i, j)
	if strict {
		any := false
		for _, pi := range rows {
			if q.raw(i, j, m.r.places[pi].name) {
				any = true
				break
			}
		}
		strict = any
	}
	ctxProv := m.contextProvince()
	found := false
	for _, pi := range rows {
		p := &m.r.places[pi]
		if !types.has(p.typ) || !m.within(p, quals[:nq]) {
			continue
		}
		if ro != roleNone {
			if _, _, _, ok := m.r.roleSpan(p, ro); !ok {
				continue
			}
		}
		score := 0
		if q.raw(i, j, p.name) {
			score += 4
		} else if strict {
			continue
		}
		if ctxProv != "" && m.r.provinceCode(pi) == ctxProv {
			score += 2
		}
		if placeTypes[p.typ].level == Province {
			score++
		}
		if m.add(placeUnit(pi, ro), score) {
			found = true
		}
	}
	return found
}

// within reports whether place p lies inside the places of quals.
func (m *matcher) within(p *placeRec, quals []qual) bool {
	for _, ql := range quals {
		key := m.q.phrase(ql.i, ql.j)
		found := false
		for code := p.parentCode; code != "" && !found; {
			rows := m.r.byCode[code]
			if len(rows) == 0 {
				break
			}
			for _, ri := range rows {
				a := &m.r.places[ri]
				if a.key == string(key) && ql.types.has(a.typ) {
					found = true
				}
			}
			code = m.r.places[rows[0]].parentCode
		}
		if !found {
			return false
		}
	}
	return true
}

// provinceCode returns the code of the province place i lies in.
func (r *registry) provinceCode(i int32) string {
	p := &r.places[i]
	for p.parent >= 0 {
		p = &r.places[p.parent]
	}
	return p.code
}

func (m *matcher) contextProvince() string {
	if m.ctx.v == 0 {
		return ""
	}
	p := m.ctx.Place()
	if p.v == 0 {
		return ""
	}
	return m.r.provinceCode(p.index())
}

// fromContext adds body ro of the context's place, or of the nearest place
// above it, whose type is in types.
func (m *matcher) fromContext(ro role, types typeSet) {
	if ro == roleNone {
		return
	}
	p := m.ctx.Place()
	if p.v == 0 {
		if !m.noPlace {
			m.noPlace, m.npRole, m.npTypes = true, ro, types
		}
		if ro == roleFront && types == anyType {
			if b, ok := m.r.bodyByID["front/tw"]; ok {
				m.add(bodyUnit(b), 0)
			}
		}
		return
	}
	t := m.at.time()
	for p.v != 0 {
		pr := &m.r.places[p.index()]
		if types.has(pr.typ) {
			if _, _, _, ok := m.r.roleSpan(pr, ro); ok {
				m.add(placeUnit(p.index(), ro), 0)
			}
			return
		}
		p = p.ParentAt(t)
	}
}
