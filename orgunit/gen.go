// Copyright 2026 The vnorg Authors. All rights reserved.

//go:build ignore

// Gen builds the place tables in data/ from the administrative-unit
// snapshots in ../../shared/reference/data (read at generation time only):
//
//	go run gen.go [-ref ../../shared/reference/data]
//
// It writes data/provinces.tsv, data/districts.tsv, data/communes.tsv and
// data/place_successors.tsv. The successors that follow from the rows (a
// unit of the same code and name continuing under a new type, a commune of
// 1 July 2025 keeping a predecessor's code) are derived when the registry
// loads and not written. Identical observations of a unit in consecutive
// snapshots are merged into one row. Dates come from the acts where an act
// is known (see the rules below and data/sources.tsv); otherwise a boundary
// is recorded as "known by" the snapshot date (column by), never invented.
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/vnorg/vnorg/internal/vntext"
)

// Snapshot dates used as "known by" bounds. The 2025 release describes the
// state after the arrangements of 01/03/2025 (data/README.md), so a unit seen
// first in it is known to exist by 2025-03-01.
const (
	snap2024 = "2024-09-14"
	snap2025 = "2025-03-01"

	day2025Jul = "2025-07-01" // 202/2025/QH15, 203/2025/QH15, 1654–1687/NQ-UBTVQH15
	dayDongNai = "2026-04-30" // 30/2026/QH16, 237/NQ-UBTVQH16
)

// Acts with a known date of effect for changes between the 2024 and 2025
// snapshots (administrative-units.md §1), by province code or district code.
var provinceRule = map[string]event{
	"46": {"2025-01-01", "1314/NQ-UBTVQH15"}, // Huế arrangement
	"37": {"2025-01-01", "1318/NQ-UBTVQH15"}, // Ninh Bình: TP Ninh Bình + huyện Hoa Lư → TP Hoa Lư
	"14": {"2025-03-01", "1280/NQ-UBTVQH15"}, // Sơn La arrangement
}
var districtRule = map[string]event{
	"754": {"2025-03-01", "1365/NQ-UBTVQH15"}, // TP Phú Mỹ (Bà Rịa - Vũng Tàu)
}

// The ten xã of Đồng Nai that became phường on 30/04/2026 (237/NQ-UBTVQH16).
var dongNaiPhuong = map[string]bool{
	"25270": true, "25357": true, "25363": true, "26116": true, "26170": true,
	"26248": true, "26326": true, "26368": true, "26425": true, "26485": true,
}

// patchRule gives the act and date of effect of the changes between the 2021
// and 2024 lists that changes_2022-2024/ dates, by unit code.
var patchRule map[string]event

// One patch file covers two resolutions with the same date of effect; its
// README says which unit each concerns.
var patchDecreeFix = map[string]string{"28471": "569/NQ-UBTVQH15"} // thị trấn Bình Phú (Tiền Giang)

// Code corrections after the snapshots (data/README.md).
var codeFix = map[string]string{"06978": "06970"} // xã Ba Chẽ (Quảng Ninh)

type event struct{ date, act string }

type jsonUnit struct {
	Code, Name, FullName        string
	District                    []jsonUnit
	Ward                        []jsonUnit
	Wards                       []jsonUnit
	AdministrativeUnitShortName string
}

type obs struct {
	code, typ, name, parent string
	snap                    string // v2024, v2025, v2026
}

type row struct {
	code, typ, name, parent string
	from, to                string
	fromBy, toBy            bool
	act, endAct             string
	source                  []string
}

func (r *row) id() string {
	start := r.from
	if start == "" {
		return "place/" + r.code
	}
	return "place/" + r.code + "@" + start
}

type succ struct{ from, rel, to, date, act, source string }

func main() {
	ref := flag.String("ref", "../../shared/reference/data", "directory of the reference snapshots")
	flag.Parse()
	var s1, s2, s3 []jsonUnit
	s0 := loadSQL(filepath.Join(*ref, "units_2021-11-06.sql"))
	patchRule = loadPatches(filepath.Join(*ref, "changes_2022-2024"))
	load(filepath.Join(*ref, "units_2024-09-14.json"), &s1)
	load(filepath.Join(*ref, "units_2025-06.json"), &s2)
	load(filepath.Join(*ref, "units_2026-07-25.json"), &s3)
	mm := loadMergeMap(filepath.Join(*ref, "provinces_2025_merge_map.csv"))

	// Old province code → new province (code) and its commune resolution.
	newOf := map[string]string{}
	for _, m := range mm {
		for _, p := range m.preds {
			newOf[p] = m.code
		}
	}
	resOf := map[string]string{}
	mergedNew := map[string]bool{}
	for _, m := range mm {
		resOf[m.code] = m.res
		mergedNew[m.code] = m.merged
	}

	// Province observations.
	provType := func(full string) string {
		if strings.HasPrefix(full, "Thành phố ") {
			return "tp_tw"
		}
		return "tinh"
	}
	var provinces, districts, communes []*row
	var succs []succ

	provOf := map[string]string{} // district code → province code (pre-2025)
	provinceRows := map[string][]*row{}
	for _, p := range s1 {
		r := &row{code: p.Code, typ: provType(p.FullName), name: norm(p.Name), source: []string{"v2024"}}
		provinces = append(provinces, r)
		provinceRows[p.Code] = append(provinceRows[p.Code], r)
	}
	for _, f := range s0["provinces"] {
		rows := provinceRows[f[0]]
		if len(rows) == 0 || rows[0].name != normSQL(f[1]) {
			log.Fatalf("province %s changed between 2021 and 2024", f[0])
		}
		rows[0].source = append([]string{"v2021"}, rows[0].source...)
	}
	for _, p := range s2 {
		last := provinceRows[p.Code][len(provinceRows[p.Code])-1]
		typ, name := provType(p.FullName), norm(p.Name)
		if last.typ == typ && last.name == name {
			last.source = append(last.source, "v2025")
			continue
		}
		if p.Code != "46" {
			log.Fatalf("unexpected province change %s", p.Code)
		}
		// Thừa Thiên Huế → Thành phố Huế, 175/2024/QH15, in force 01/01/2025.
		last.to, last.endAct = "2025-01-01", "175/2024/QH15"
		r := &row{code: p.Code, typ: typ, name: name, from: "2025-01-01", act: "175/2024/QH15", source: []string{"v2025"}}
		provinces = append(provinces, r)
		provinceRows[p.Code] = append(provinceRows[p.Code], r)
		succs = append(succs, succ{last.id(), "renamed_to", r.id(), "2025-01-01", "175/2024/QH15", "175/2024/QH15"})
	}
	for _, p := range s3 {
		typ, name := provType(p.FullName), norm(p.Name)
		rows := provinceRows[p.Code]
		if !mergedNew[p.Code] {
			last := rows[len(rows)-1]
			if last.name != name || last.typ != typ {
				log.Fatalf("unmerged province %s changed", p.Code)
			}
			last.source = append(last.source, "v2026")
			continue
		}
		r := &row{code: p.Code, typ: typ, name: name, from: day2025Jul, act: "202/2025/QH15", source: []string{"v2026"}}
		if p.Code == "75" {
			// Tỉnh Đồng Nai (01/07/2025) → Thành phố Đồng Nai (30/04/2026).
			r.typ, r.to, r.endAct = "tinh", dayDongNai, "30/2026/QH16"
			provinces = append(provinces, r)
			r2 := &row{code: p.Code, typ: typ, name: name, from: dayDongNai, act: "30/2026/QH16", source: []string{"v2026"}}
			provinces = append(provinces, r2)
			succs = append(succs, succ{r.id(), "renamed_to", r2.id(), dayDongNai, "30/2026/QH16", "30/2026/QH16"})
		} else {
			provinces = append(provinces, r)
		}
		for _, pc := range mmPreds(mm, p.Code) {
			old := provinceRows[pc][len(provinceRows[pc])-1]
			old.to, old.endAct = day2025Jul, "202/2025/QH15"
			succs = append(succs, succ{old.id(), "merged_into", r.id(), day2025Jul, "202/2025/QH15", "202/2025/QH15"})
		}
	}

	// typeOf returns the type key of a unit from the word its full name
	// starts with, among the words of one level.
	typeOf := func(full string, words [][2]string) string {
		f := strings.ToLower(full)
		for _, w := range words {
			if strings.HasPrefix(f, w[0]) {
				return w[1]
			}
		}
		log.Fatalf("type of %q", full)
		return ""
	}
	// Districts (2024 and 2025 snapshots; the level ends 01/07/2025).
	distType := func(provFull, full string) string {
		typ := typeOf(full, [][2]string{{"quận ", "quan"}, {"huyện ", "huyen"}, {"thị xã ", "thi_xa"}, {"thành phố ", "tp_tinh"}})
		if typ == "tp_tinh" && provType(provFull) == "tp_tw" {
			return "tp_tp" // Thủ Đức: a city in a centrally-run city
		}
		return typ
	}
	communeType := func(full string) string {
		return typeOf(full, [][2]string{{"xã ", "xa"}, {"phường ", "phuong"}, {"thị trấn ", "thi_tran"}, {"đặc khu ", "dac_khu"}})
	}
	var dObs, cObs [][]obs
	// The 2021 list, with the unit types of its administrative_units table.
	sqlTypes := map[string]string{"1": "tp_tw", "2": "tinh", "3": "tp_tp", "4": "tp_tinh", "5": "quan",
		"6": "thi_xa", "7": "huyen", "8": "phuong", "9": "thi_tran", "10": "xa"}
	var d21, c21 []obs
	for _, f := range s0["districts"] {
		d21 = append(d21, obs{f[0], sqlTypes[f[7]], normSQL(f[1]), f[6], "v2021"})
	}
	for _, f := range s0["wards"] {
		c21 = append(c21, obs{f[0], sqlTypes[f[7]], normSQL(f[1]), f[6], "v2021"})
	}
	dObs = append(dObs, d21)
	cObs = append(cObs, c21)
	for i, s := range [][]jsonUnit{s1, s2} {
		snap := []string{"v2024", "v2025"}[i]
		var d, c []obs
		for _, p := range s {
			for _, x := range p.District {
				d = append(d, obs{x.Code, distType(p.FullName, x.FullName), norm(x.Name), p.Code, snap})
				provOf[x.Code] = p.Code
				for _, w := range x.Ward {
					c = append(c, obs{w.Code, communeType(w.FullName), norm(w.Name), x.Code, snap})
				}
			}
		}
		dObs = append(dObs, d)
		cObs = append(cObs, c)
	}
	// ruleFor returns the act of a change between snapshot k-1 and k.
	ruleFor := func(k int, level, code, parent string) (event, bool) {
		if k == 1 {
			e, ok := patchRule[code]
			return e, ok
		}
		dist := code
		if level == "commune" {
			dist = parent
		}
		if e, ok := districtRule[dist]; ok {
			return e, true
		}
		e, ok := provinceRule[provOf[dist]]
		return e, ok
	}
	snapDates := []string{"", snap2024, snap2025}
	mergeLevel := func(level string, all [][]obs, endAct func(r *row) string) []*row {
		var out []*row
		cur := map[string]*row{}
		for k, snapshot := range all {
			seen := map[string]bool{}
			for _, o := range snapshot {
				seen[o.code] = true
				r := cur[o.code]
				if r != nil && r.to == "" && r.typ == o.typ && r.name == o.name && r.parent == o.parent {
					r.source = append(r.source, o.snap)
					continue
				}
				nr := &row{code: o.code, typ: o.typ, name: o.name, parent: o.parent, source: []string{o.snap}}
				if k > 0 {
					if e, ok := ruleFor(k, level, o.code, o.parent); ok {
						nr.from, nr.act = e.date, e.act
					} else {
						nr.from, nr.fromBy = snapDates[k], true
					}
				}
				if r != nil && r.to == "" {
					r.to, r.toBy, r.endAct = nr.from, nr.fromBy, nr.act
				}
				cur[o.code] = nr
				out = append(out, nr)
			}
			if k == 0 {
				continue
			}
			for _, r := range out {
				if r.to != "" || seen[r.code] {
					continue
				}
				// Gone before snapshot k.
				if e, ok := ruleFor(k, level, r.code, r.parent); ok {
					r.to, r.endAct = e.date, e.act
				} else {
					r.to, r.toBy = snapDates[k], true
				}
			}
		}
		first := map[string]bool{}
		for _, r := range out {
			if r.to == "" {
				r.to, r.endAct = day2025Jul, endAct(r)
			}
			// A dated change already in the 2021 list (469/NQ-UBTVQH15
			// took effect on 10/04/2022): the unit starts on that date.
			if e, ok := patchRule[r.code]; ok && !first[r.code] && r.from == "" && r.source[0] == "v2021" && r.endAct != e.act {
				r.from, r.act = e.date, e.act
			}
			first[r.code] = true
		}
		return out
	}
	districts = mergeLevel("district", dObs, func(*row) string { return "203/2025/QH15" })
	communes = mergeLevel("commune", cObs, func(r *row) string { return resOf[newOf[provOf[r.parent]]] })

	// District-level successors known from the acts: TP Ninh Bình (369) and
	// huyện Hoa Lư (374) → TP Hoa Lư (374), 1318/NQ-UBTVQH15, 01/01/2025.
	var hoaLu *row
	for _, r := range districts {
		if r.code == "374" && r.from == "2025-01-01" {
			hoaLu = r
		}
	}
	for _, r := range districts {
		if (r.code == "369" || r.code == "374") && r.to == "2025-01-01" {
			succs = append(succs, succ{r.id(), "merged_into", hoaLu.id(), "2025-01-01", "1318/NQ-UBTVQH15", "1318/NQ-UBTVQH15"})
		}
	}

	// Communes from 01/07/2025.
	for _, p := range s3 {
		for _, w := range p.Wards {
			code := w.Code
			if c, ok := codeFix[code]; ok {
				code = c
			}
			r := &row{code: code, typ: communeType(w.FullName), name: norm(w.Name), parent: p.Code, from: day2025Jul, act: resOf[p.Code], source: []string{"v2026"}}
			if dongNaiPhuong[code] {
				if r.typ != "phuong" {
					log.Fatalf("Đồng Nai %s is %s", code, r.typ)
				}
				r.typ, r.to, r.endAct = "xa", dayDongNai, "237/NQ-UBTVQH16"
				r2 := &row{code: code, typ: "phuong", name: r.name, parent: p.Code, from: dayDongNai, act: "237/NQ-UBTVQH16", source: []string{"v2026"}}
				communes = append(communes, r, r2)
			} else {
				communes = append(communes, r)
			}
		}
	}

	writeRows("data/provinces.tsv", provinces)
	writeRows("data/districts.tsv", districts)
	writeRows("data/communes.tsv", communes)
	writeSuccs("data/place_successors.tsv", succs)
	fmt.Printf("provinces %d, districts %d, communes %d rows, successors %d\n", len(provinces), len(districts), len(communes), len(succs))
}

// norm gives a name in NFC with tone marks in the new placement (Hòa, Thủy),
// the form of the official lists; one snapshot uses the old placement.
func norm(s string) string { return vntext.Tone(vntext.NFC(strings.TrimSpace(s))) }

type mergeRow struct {
	code, res string
	preds     []string
	merged    bool
}

func mmPreds(mm []mergeRow, code string) []string {
	for _, m := range mm {
		if m.code == code {
			return m.preds
		}
	}
	return nil
}

func loadMergeMap(path string) []mergeRow {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	var out []mergeRow
	for _, r := range recs[1:] {
		out = append(out, mergeRow{code: r[0], preds: strings.Split(r[4], ";"), merged: r[6] == "true", res: r[13]})
	}
	return out
}

func load(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatal(err)
	}
}

const header = "# Generated by gen.go from the snapshots named in the source column (see sources.tsv). DO NOT EDIT.\n"

const succHeader = "# Successors the rows do not imply (see gen.go); the others are derived on loading.\n"

func writeRows(path string, rows []*row) {
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("code\ttype\tname\tparent\tfrom\tto\tby\tact\tend_act\tsource\n")
	for _, r := range rows {
		var by []string
		if r.fromBy {
			by = append(by, "from")
		}
		if r.toBy {
			by = append(by, "to")
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.code, r.typ, r.name, r.parent,
			r.from, r.to, strings.Join(by, ","), r.act, r.endAct, strings.Join(r.source, ","))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

func writeSuccs(path string, ss []succ) {
	var b strings.Builder
	b.WriteString(header)
	b.WriteString(succHeader)
	b.WriteString("from\trelation\tto\tdate\tact\tsource\n")
	for _, s := range ss {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", s.from, s.rel, s.to, s.date, s.act, s.source)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

var (
	insertRE = regexp.MustCompile(`(?s)INSERT INTO (\w+) \([^)]*\) VALUES\s*(.*?);`)
	tupleRE  = regexp.MustCompile(`\(((?:'(?:[^']|'')*'|\d+|NULL)(?:,(?:'(?:[^']|'')*'|\d+|NULL))*)\)`)
	valueRE  = regexp.MustCompile(`'((?:[^']|'')*)'|(\d+)|NULL`)
)

// loadSQL reads the INSERT statements of the 2021 list, by table.
func loadSQL(path string) map[string][][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	out := map[string][][]string{}
	for _, m := range insertRE.FindAllStringSubmatch(string(b), -1) {
		for _, t := range tupleRE.FindAllStringSubmatch(m[2], -1) {
			var row []string
			for _, v := range valueRE.FindAllStringSubmatch(t[1], -1) {
				if v[2] != "" {
					row = append(row, v[2])
				} else {
					row = append(row, strings.ReplaceAll(v[1], "''", "'"))
				}
			}
			out[m[1]] = append(out[m[1]], row)
		}
	}
	return out
}

// normSQL normalizes a name of the 2021 list: runs of spaces, and numbered
// wards written "06" where the later lists write "6".
func normSQL(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if t := strings.TrimLeft(s, "0"); t != "" && t != s && strings.Trim(s, "0123456789") == "" {
		s = t
	}
	return norm(s)
}

var (
	decreeRE = regexp.MustCompile(`Decree: (\S+)`)
	codesRE  = regexp.MustCompile(`WHERE code(?: IN \(([^)]*)\)| ?= ?'(\d+)')`)
	effectRE = regexp.MustCompile(`# Nghị định (\S+)[\s\S]*?Ngày có hiệu lực\*\*: (\d\d)/(\d\d)/(\d{4})`)
)

// loadPatches reads the dated resolutions of changes_2022-2024/: the codes
// each patch changes, and the date of effect its README gives.
func loadPatches(dir string) map[string]event {
	effect := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(dir, "*README.md"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range effectRE.FindAllStringSubmatch(string(b), -1) {
			effect[m[1]] = m[4] + "-" + m[3] + "-" + m[2]
		}
	}
	rules := map[string]event{}
	files, _ = filepath.Glob(filepath.Join(dir, "*.sql"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		decree := ""
		for _, line := range strings.Split(string(b), "\n") {
			if m := decreeRE.FindStringSubmatch(line); m != nil {
				decree = m[1]
			}
			date, ok := effect[decree]
			if !ok {
				continue
			}
			for _, m := range codesRE.FindAllStringSubmatch(line, -1) {
				list := m[2]
				if m[1] != "" {
					list = m[1]
				}
				for _, c := range strings.Split(list, ",") {
					c = strings.Trim(strings.TrimSpace(c), "'")
					rules[c] = event{date, decree}
					if d, ok := patchDecreeFix[c]; ok {
						rules[c] = event{date, d}
					}
				}
			}
		}
	}
	return rules
}
