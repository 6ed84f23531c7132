// Copyright 2026 The vnorg Authors. All rights reserved.

// Orgchart prints the organization chart of a province on one or more dates:
// the province's Party committee and its organs, its people's council,
// people's committee and Front committee, its court, procuracy, police and
// military command, and the districts (until 1 July 2025) or communes under
// it with their Party committees.
//
// Usage:
//
//	go run ./examples/orgchart [-communes] [PROVINCE [DATE ...]]
//
// PROVINCE is a name or code ("tỉnh Ninh Bình", "37"); the dates default to
// 9 July 2020 and 1 July 2025, before and after the reorganization.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vnorg/vnorg/orgunit"
)

func main() {
	communes := flag.Bool("communes", false, "list every commune, not only their number")
	flag.Parse()
	args := flag.Args()
	province := "tỉnh Ninh Bình"
	if len(args) > 0 {
		province, args = args[0], args[1:]
	}
	if len(args) == 0 {
		args = []string{"2020-07-09", "2025-07-01"}
	}
	var dates []time.Time
	for _, a := range args {
		t, err := time.Parse("2006-01-02", a)
		if err != nil {
			fmt.Fprintf(os.Stderr, "orgchart: date %q: want YYYY-MM-DD\n", a)
			os.Exit(2)
		}
		dates = append(dates, t)
	}
	if err := run(os.Stdout, province, dates, *communes); err != nil {
		fmt.Fprintln(os.Stderr, "orgchart:", err)
		os.Exit(1)
	}
}

// run prints the chart of the province on each date.
func run(w io.Writer, province string, dates []time.Time, communes bool) error {
	for i, at := range dates {
		if i > 0 {
			fmt.Fprintln(w)
		}
		p := findProvince(province, at)
		if !p.IsValid() {
			return fmt.Errorf("no province %q on %s", province, at.Format("2006-01-02"))
		}
		chart(w, p, at, communes)
	}
	return nil
}

// findProvince returns the province with the given code or name on date at.
func findProvince(s string, at time.Time) orgunit.Unit {
	for p := range orgunit.Places(at) {
		if p.Level() == orgunit.Province && p.Code() == s {
			return p
		}
	}
	for _, u := range orgunit.Resolve(s, at).Candidates {
		if u.Place().Level() == orgunit.Province {
			return u.Place()
		}
	}
	return orgunit.Unit{}
}

func chart(w io.Writer, p orgunit.Unit, at time.Time, communes bool) {
	fmt.Fprintf(w, "%s (%s) on %s — %s\n", p.Name(), p.Code(), at.Format("2006-01-02"), p.English())
	if preds := p.Predecessors(); len(preds) > 0 {
		var names []string
		for _, q := range preds {
			names = append(names, q.Name())
		}
		fmt.Fprintf(w, "  formed from %s (%s)\n", strings.Join(names, ", "), p.Act())
	}
	// The bodies of the province, each with the bodies under it (the
	// Party committee's organs, the people's committee's departments).
	bodies := inForce(p.Bodies(), at)
	under := map[orgunit.Unit][]string{}
	var top []orgunit.Unit
	for _, b := range bodies {
		if up := b.Parent(); up.Place() == p {
			under[up] = append(under[up], b.Name())
			continue
		}
		top = append(top, b)
	}
	children := p.Children(at)
	for i, b := range top {
		line := b.Name() + " — " + b.English()
		if up := b.Parent(); up.IsValid() {
			line += " (under " + up.Name() + ")"
		}
		more := i < len(top)-1 || len(children) > 0
		tree(w, "", []string{line}, more)
		indent := "   "
		if more {
			indent = "│  "
		}
		tree(w, indent, under[b], false)
	}
	if len(children) == 0 {
		return
	}
	fmt.Fprintf(w, "└─ %s\n", summary(children))
	var lines []string
	for _, c := range children {
		line := fmt.Sprintf("%s (%s)", c.Name(), c.Code())
		if pc, ok := c.Body(orgunit.KindPartyCommittee); ok && pc.InForce(at) {
			line += " — " + pc.Name()
		}
		if c.Level() == orgunit.District {
			line += ", " + summary(c.Children(at))
		} else if !communes {
			continue
		}
		lines = append(lines, line)
	}
	tree(w, "   ", lines, false)
}

// tree prints lines as branches under prefix; more says that siblings follow.
func tree(w io.Writer, prefix string, lines []string, more bool) {
	for i, l := range lines {
		branch := "├─"
		if i == len(lines)-1 && !more {
			branch = "└─"
		}
		fmt.Fprintf(w, "%s%s %s\n", prefix, branch, l)
	}
}

// summary counts places by kind: "8 district-level units: 6 rural_district, 2 provincial_city".
func summary(us []orgunit.Unit) string {
	if len(us) == 0 {
		return "no communes"
	}
	counts := map[orgunit.Kind]int{}
	var kinds []orgunit.Kind
	for _, u := range us {
		if counts[u.Kind()] == 0 {
			kinds = append(kinds, u.Kind())
		}
		counts[u.Kind()]++
	}
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
	}
	what := "communes"
	if us[0].Level() == orgunit.District {
		what = "district-level units"
	}
	return fmt.Sprintf("%d %s (%s)", len(us), what, strings.Join(parts, ", "))
}

func inForce(us []orgunit.Unit, at time.Time) []orgunit.Unit {
	var out []orgunit.Unit
	for _, u := range us {
		if u.InForce(at) {
			out = append(out, u)
		}
	}
	return out
}
