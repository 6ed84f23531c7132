// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
)

// DataVersion identifies the embedded tables; it changes whenever data/
// changes.
const DataVersion = "2026.11.3"

// SourceDate is the date of the newest source the embedded tables reflect:
// the administrative-unit list released on 25 July 2026.
const SourceDate = "2026-07-25"

// The data files, embedded as strings so that the registry's strings share
// the binary's read-only data rather than copies.
var (
	//go:embed data/provinces.tsv
	provincesTSV string
	//go:embed data/districts.tsv
	districtsTSV string
	//go:embed data/communes.tsv
	communesTSV string
	//go:embed data/place_successors.tsv
	placeSuccessorsTSV string
	//go:embed data/bodies.tsv
	bodiesTSV string
	//go:embed data/body_successors.tsv
	bodySuccessorsTSV string
	//go:embed data/departments.tsv
	departmentsTSV string
)

var dataFiles = map[string]*string{
	"provinces.tsv": &provincesTSV, "districts.tsv": &districtsTSV, "communes.tsv": &communesTSV,
	"place_successors.tsv": &placeSuccessorsTSV, "bodies.tsv": &bodiesTSV, "body_successors.tsv": &bodySuccessorsTSV,
	"departments.tsv": &departmentsTSV,
}

// A day is a date as days since 1970-01-01 (UTC). The zero day means
// "unbounded": no known start, or still in force.
type day int32

// maxDay stands for "the latest date" when a validity is open.
const maxDay day = 1 << 30

func dayOf(t time.Time) day {
	y, m, d := t.Date()
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Unix(int64(d)*86400, 0).UTC()
}

func parseDay(s string) (day, error) {
	if s == "" {
		return 0, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, err
	}
	return dayOf(t), nil
}

// span is a validity period [from, to). fromBy and toBy mark bounds that are
// only known by a date (a snapshot), not from an act.
type span struct {
	from, to     day
	fromBy, toBy bool
}

func (s span) contains(d day) bool {
	return (s.from == 0 || d >= s.from) && (s.to == 0 || d < s.to)
}

// intersect returns the overlap of s and o; ok is false when they do not overlap.
func (s span) intersect(o span) (r span, ok bool) {
	r = s
	if o.from != 0 && (r.from == 0 || o.from > r.from) {
		r.from, r.fromBy = o.from, o.fromBy
	} else if o.from != 0 && o.from == r.from {
		// Known by a date that one of them starts on exactly: the overlap
		// starts then.
		r.fromBy = r.fromBy && o.fromBy
	}
	if o.to != 0 && (r.to == 0 || o.to < r.to) {
		r.to, r.toBy = o.to, o.toBy
	} else if o.to != 0 && o.to == r.to {
		// One ends exactly then, the other by then: the overlap ends
		// by then.
		r.toBy = r.toBy || o.toBy
	}
	return r, r.from == 0 || r.to == 0 || r.from < r.to
}

type placeRec struct {
	code, name  string
	parentCode  string
	typ         placeType
	parent      int32 // the parent row in force last during this row, -1 for none
	span        span
	act, endAct string
	source      string
	key         string // folded matching key of name
}

type bodyRec struct {
	id, name, english string
	aliases           []string
	kind              Kind
	level             Level
	parent            int32
	span              span
	act, endAct       string
	source            string
}

type succRec struct {
	to   Unit
	rel  Relation
	date day
	act  string
}

type registry struct {
	places    []placeRec
	bodies    []bodyRec
	succ      map[Unit][]succRec // successors of places and bodies (roles are derived)
	pred      map[Unit][]Unit
	byCode    map[string][]int32 // place code → rows, oldest first
	byName    map[string][]int32 // folded place name → rows
	children  map[string][]int32 // parent code → rows
	bodyByKey map[string][]int32 // folded name or alias → bodies
	bodyByID  map[string]int32
	depts     []roleInfo          // departments of provinces, as roles from roleDeptBase
	deptByKey map[string]role     // folded name or alias → department
	typeSpan  [numPlaceTypes]span // from the first to the last day a place of each type was in force
}

var (
	regOnce sync.Once
	regData *registry
)

// reg returns the registry, loading it from the embedded files on first use.
// The embedded files are checked by the tests, so a failure here is a build
// defect and panics.
func reg() *registry {
	regOnce.Do(func() {
		r, err := load()
		if err != nil {
			panic("orgunit: embedded data: " + err.Error())
		}
		regData = r
	})
	return regData
}

// tsvRows returns the rows of an embedded TSV file without its comments and
// header, checking that each has n fields.
func tsvRows(name string, n int) ([][]string, error) {
	text, ok := dataFiles[name]
	if !ok {
		return nil, fmt.Errorf("no data file %s", name)
	}
	var rows [][]string
	header := true
	for i, line := range strings.Split(*text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", name, i+1, len(f), n)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func parseSpan(from, to, by string) (span, error) {
	var s span
	var err error
	if s.from, err = parseDay(from); err != nil {
		return s, err
	}
	if s.to, err = parseDay(to); err != nil {
		return s, err
	}
	for _, b := range strings.Split(by, ",") {
		switch b {
		case "from":
			s.fromBy = true
		case "to":
			s.toBy = true
		case "":
		default:
			return s, fmt.Errorf("bad by %q", by)
		}
	}
	if s.from != 0 && s.to != 0 && s.from >= s.to {
		return s, fmt.Errorf("empty validity %s..%s", from, to)
	}
	return s, nil
}

func load() (*registry, error) {
	r := &registry{
		succ:      map[Unit][]succRec{},
		pred:      map[Unit][]Unit{},
		byCode:    map[string][]int32{},
		byName:    map[string][]int32{},
		children:  map[string][]int32{},
		bodyByKey: map[string][]int32{},
		bodyByID:  map[string]int32{},
		deptByKey: map[string]role{},
	}
	for _, file := range [...]string{"provinces.tsv", "districts.tsv", "communes.tsv"} {
		rows, err := tsvRows(file, 10)
		if err != nil {
			return nil, err
		}
		for _, f := range rows {
			typ := placeTypeByKey(f[1])
			if typ == 0 {
				return nil, fmt.Errorf("%s: code %s: bad type %q", file, f[0], f[1])
			}
			sp, err := parseSpan(f[4], f[5], f[6])
			if err != nil {
				return nil, fmt.Errorf("%s: code %s: %v", file, f[0], err)
			}
			i := int32(len(r.places))
			p := placeRec{code: f[0], typ: typ, name: f[2], parentCode: f[3], parent: -1, span: sp,
				act: f[7], endAct: f[8], source: f[9], key: foldKey(f[2])}
			r.places = append(r.places, p)
			r.byCode[p.code] = append(r.byCode[p.code], i)
			r.byName[p.key] = append(r.byName[p.key], i)
			if p.parentCode != "" {
				r.children[p.parentCode] = append(r.children[p.parentCode], i)
			}
		}
	}
	// Link each row to the parent row in force last during its validity,
	// and see when places of each type were in force.
	var seen [numPlaceTypes]bool
	for i := range r.places {
		p := &r.places[i]
		if ts := &r.typeSpan[p.typ]; !seen[p.typ] {
			*ts, seen[p.typ] = p.span, true
		} else {
			ts.from = min(ts.from, p.span.from) // 0: open, the earliest
			if p.span.to == 0 || ts.to == 0 {
				ts.to = 0
			} else {
				ts.to = max(ts.to, p.span.to)
			}
		}
		if p.parentCode == "" {
			continue
		}
		last := maxDay
		if p.span.to != 0 {
			last = p.span.to - 1
		}
		p.parent = r.placeAt(p.parentCode, last, p.span)
		if p.parent < 0 {
			return nil, fmt.Errorf("place %s: no parent %s", p.code, p.parentCode)
		}
	}
	rows, err := tsvRows("bodies.tsv", 13)
	if err != nil {
		return nil, err
	}
	for _, f := range rows {
		k, ok := ParseKind(f[1])
		if !ok {
			return nil, fmt.Errorf("bodies.tsv: %s: bad kind %q", f[0], f[1])
		}
		lv, ok := ParseLevel(f[2])
		if !ok {
			return nil, fmt.Errorf("bodies.tsv: %s: bad level %q", f[0], f[2])
		}
		sp, err := parseSpan(f[7], f[8], f[9])
		if err != nil {
			return nil, fmt.Errorf("bodies.tsv: %s: %v", f[0], err)
		}
		if _, dup := r.bodyByID[f[0]]; dup {
			return nil, fmt.Errorf("bodies.tsv: duplicate id %s", f[0])
		}
		b := bodyRec{id: f[0], kind: k, level: lv, name: f[3], english: f[5], parent: -1, span: sp,
			act: f[10], endAct: f[11], source: f[12]}
		if f[4] != "" {
			b.aliases = strings.Split(f[4], "|")
		}
		i := int32(len(r.bodies))
		r.bodies = append(r.bodies, b)
		r.bodyByID[b.id] = i
		for _, n := range append([]string{b.name}, b.aliases...) {
			k := phraseKey(n)
			if !containsInt32(r.bodyByKey[k], i) {
				r.bodyByKey[k] = append(r.bodyByKey[k], i)
			}
		}
	}
	for i := range r.bodies {
		b := &r.bodies[i]
		if rows[i][6] == "" {
			continue
		}
		p, ok := r.bodyByID[rows[i][6]]
		if !ok {
			return nil, fmt.Errorf("bodies.tsv: %s: unknown parent %s", b.id, rows[i][6])
		}
		b.parent = p
	}
	if err := r.loadDepartments(); err != nil {
		return nil, err
	}
	for _, file := range [...]string{"place_successors.tsv", "body_successors.tsv"} {
		rows, err := tsvRows(file, 6)
		if err != nil {
			return nil, err
		}
		for _, f := range rows {
			from, ok1 := r.lookup(f[0])
			to, ok2 := r.lookup(f[2])
			rel := parseRelation(f[1])
			d, err := parseDay(f[3])
			if !ok1 || !ok2 || rel == 0 || err != nil {
				return nil, fmt.Errorf("%s: bad row %q", file, strings.Join(f, "\t"))
			}
			r.succ[from] = append(r.succ[from], succRec{to: to, rel: rel, date: d, act: f[4]})
			r.pred[to] = append(r.pred[to], from)
		}
	}
	r.deriveSuccessors()
	return r, nil
}

// deriveSuccessors links the versions of a code that the rows imply: a unit
// that continues under the same name with a new type (huyện → thị xã, xã →
// phường) is renamed_to the new version, and a commune of before 1 July 2025
// whose code a new commune keeps (QĐ 19/2025/QĐ-TTg) is merged_into it.
func (r *registry) deriveSuccessors() {
	jul2025 := mustDay("2025-07-01")
	for _, rows := range r.byCode {
		for k := 1; k < len(rows); k++ {
			a, b := &r.places[rows[k-1]], &r.places[rows[k]]
			from, to := placeUnit(rows[k-1], roleNone), placeUnit(rows[k], roleNone)
			if a.span.to == 0 || a.span.to != b.span.from || len(r.succ[from]) > 0 {
				continue
			}
			var rel Relation
			switch {
			case a.name == b.name:
				rel = RenamedTo
			case placeTypes[a.typ].level == Commune && a.span.to == jul2025:
				rel = MergedInto
			default:
				continue
			}
			r.succ[from] = append(r.succ[from], succRec{to: to, rel: rel, date: a.span.to, act: b.act})
			r.pred[to] = append(r.pred[to], from)
		}
	}
}

// placeAt returns the row of code in force on d, or, when none is, the row
// in force last within s. It returns -1 when there is none.
func (r *registry) placeAt(code string, d day, s span) int32 {
	rows := r.byCode[code]
	for j := len(rows) - 1; j >= 0; j-- {
		if r.places[rows[j]].span.contains(d) {
			return rows[j]
		}
	}
	for j := len(rows) - 1; j >= 0; j-- {
		if _, ok := r.places[rows[j]].span.intersect(s); ok {
			return rows[j]
		}
	}
	return -1
}

func containsInt32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (r *registry) loadDepartments() error {
	rows, err := tsvRows("departments.tsv", 12)
	if err != nil {
		return err
	}
	if len(rows) > maxDepts {
		return fmt.Errorf("departments.tsv: %d rows, at most %d", len(rows), maxDepts)
	}
	succ := make([]string, len(rows))
	for i, f := range rows {
		sp, err := parseSpan(f[5], f[6], f[7])
		if err != nil {
			return fmt.Errorf("departments.tsv: %s: %v", f[0], err)
		}
		if _, ok := r.bodyByID[f[4]]; !ok {
			return fmt.Errorf("departments.tsv: %s: unknown ministry %s", f[0], f[4])
		}
		ro := roleDeptBase + role(i)
		r.depts = append(r.depts, roleInfo{slug: f[0], kind: KindDepartment, levels: atProvince, parentRole: roleCommittee,
			prefix: f[1], english: f[3], window: sp, act: f[8], endAct: f[9], source: f[11]})
		for _, n := range append([]string{f[1]}, strings.Split(f[2], "|")...) {
			if n != "" {
				r.deptByKey[phraseKey(n)] = ro
			}
		}
		succ[i] = f[10]
	}
	for i, s := range succ {
		if s == "" {
			continue
		}
		ro := r.roleBySlug(s)
		if ro < roleDeptBase {
			return fmt.Errorf("departments.tsv: %s: unknown successor %s", r.depts[i].slug, s)
		}
		r.depts[i].successor = ro
	}
	return nil
}
