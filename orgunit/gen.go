// Copyright 2026 The vnorg Authors. All rights reserved.

//go:build ignore

// Gen builds the place tables in data/ from the administrative-unit
// snapshots in ../../shared/reference/data (read at generation time only):
//
//	go run gen.go [-ref ../../shared/reference/data]
//
// It writes data/provinces.tsv, data/districts.tsv, data/communes.tsv and
// data/place_successors.tsv. Identical observations of a unit in consecutive
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
	"slices"
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

	// Districts (2024 and 2025 snapshots; the level ends 01/07/2025).
	distType := func(provFull, full string) string {
		switch {
		case strings.HasPrefix(full, "Quận "):
			return "quan"
		case strings.HasPrefix(full, "Huyện "):
			return "huyen"
		case strings.HasPrefix(full, "Thị xã "):
			return "thi_xa"
		case strings.HasPrefix(full, "Thành phố "):
			if provType(provFull) == "tp_tw" {
				return "tp_tp" // Thủ Đức: a city in a centrally-run city
			}
			return "tp_tinh"
		}
		log.Fatalf("district type of %q", full)
		return ""
	}
	communeType := func(full string) string {
		f := strings.ToLower(full)
		switch {
		case strings.HasPrefix(f, "xã "):
			return "xa"
		case strings.HasPrefix(f, "phường "):
			return "phuong"
		case strings.HasPrefix(f, "thị trấn "):
			return "thi_tran"
		case strings.HasPrefix(f, "đặc khu "):
			return "dac_khu"
		}
		log.Fatalf("commune type of %q", full)
		return ""
	}
	var dObs, cObs [][]obs
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
	ruleFor := func(level, code, parent string) (event, bool) {
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
	mergeLevel := func(level string, all [][]obs, endAct func(r *row) string) []*row {
		var out []*row
		cur := map[string]*row{}
		for _, o := range all[0] {
			r := &row{code: o.code, typ: o.typ, name: o.name, parent: o.parent, source: []string{o.snap}}
			cur[o.code] = r
			out = append(out, r)
		}
		seen := map[string]bool{}
		for _, o := range all[1] {
			seen[o.code] = true
			if r := cur[o.code]; r != nil && r.typ == o.typ && r.name == o.name && r.parent == o.parent {
				r.source = append(r.source, o.snap)
				continue
			}
			r := &row{code: o.code, typ: o.typ, name: o.name, parent: o.parent, source: []string{o.snap}}
			if e, ok := ruleFor(level, o.code, o.parent); ok {
				r.from, r.act = e.date, e.act
			} else {
				r.from, r.fromBy = snap2025, true
			}
			if old := cur[o.code]; old != nil {
				old.to, old.toBy, old.endAct = r.from, r.fromBy, r.act
			}
			cur[o.code] = r
			out = append(out, r)
		}
		for _, r := range out {
			if r.to != "" {
				continue
			}
			if !seen[r.code] || !slices.Contains(r.source, "v2025") {
				// Gone before the 2025 snapshot.
				if e, ok := ruleFor(level, r.code, r.parent); ok {
					r.to, r.endAct = e.date, e.act
				} else {
					r.to, r.toBy = snap2025, true
				}
				continue
			}
			r.to, r.endAct = day2025Jul, endAct(r)
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
	lastPre := map[string]*row{}
	for _, r := range communes {
		if r.to == day2025Jul {
			lastPre[r.code] = r
		}
	}
	for _, p := range s3 {
		for _, w := range p.Wards {
			code := w.Code
			if c, ok := codeFix[code]; ok {
				code = c
			}
			res := resOf[p.Code]
			r := &row{code: code, typ: communeType(w.FullName), name: norm(w.Name), parent: p.Code, from: day2025Jul, act: res, source: []string{"v2026"}}
			if dongNaiPhuong[code] {
				if r.typ != "phuong" {
					log.Fatalf("Đồng Nai %s is %s", code, r.typ)
				}
				r.typ, r.to, r.endAct = "xa", dayDongNai, "237/NQ-UBTVQH16"
				r2 := &row{code: code, typ: "phuong", name: r.name, parent: p.Code, from: dayDongNai, act: "237/NQ-UBTVQH16", source: []string{"v2026"}}
				communes = append(communes, r, r2)
				succs = append(succs, succ{r.id(), "renamed_to", r2.id(), dayDongNai, "237/NQ-UBTVQH16", "237/NQ-UBTVQH16"})
			} else {
				communes = append(communes, r)
			}
			if old := lastPre[code]; old != nil {
				// Each new commune reuses the code of one predecessor.
				succs = append(succs, succ{old.id(), "merged_into", r.id(), day2025Jul, res, "code-reuse"})
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
	b.WriteString("from\trelation\tto\tdate\tact\tsource\n")
	for _, s := range ss {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", s.from, s.rel, s.to, s.date, s.act, s.source)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
