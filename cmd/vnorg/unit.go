// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/vnorg/vnorg/orgunit"
)

func init() {
	register(&command{
		name:    "unit",
		usage:   "[--at YYYY-MM-DD] NAME ...",
		summary: "resolve names of Party, State and Front bodies and places (\"Thành ủy Ninh Bình\") on a date",
		run:     runUnit,
	})
	register(&command{
		name:    "units",
		usage:   "--at YYYY-MM-DD [--level LEVEL] [--in CODE_OR_NAME] [--bodies]",
		summary: "list the places (or, with --bodies, the bodies) in force on a date",
		run:     runUnits,
	})
}

// orgUnitJSON is one unit in the output of unit and units.
type orgUnitJSON struct {
	ID         string          `json:"id"`
	Name       string          `json:"name"`
	Kind       string          `json:"kind"`
	Level      string          `json:"level"`
	Code       string          `json:"code"`
	Parent     string          `json:"parent"`
	From       string          `json:"from"`
	To         string          `json:"to"`
	English    string          `json:"english"`
	Successors []successorJSON `json:"successors"`
	Act        string          `json:"act"`
}

type successorJSON struct {
	Name string `json:"name"`
	From string `json:"from"`
	Act  string `json:"act"`
}

// resolveJSON is one line of "vnorg unit".
type resolveJSON struct {
	Input      string        `json:"input"`
	At         string        `json:"at"`
	Found      bool          `json:"found"`
	Candidates []orgUnitJSON `json:"candidates"`
	Elsewhere  []orgUnitJSON `json:"elsewhere"`
	Error      string        `json:"error"`
}

func orgUnitOf(u orgunit.Unit) orgUnitJSON {
	out := orgUnitJSON{
		ID: u.ID(), Name: u.Name(), Kind: u.Kind().String(), Level: u.Level().String(), Code: u.Code(),
		Parent: u.Parent().Name(), From: formatDate(u.From()), To: formatDate(u.To()),
		English: u.English(), Act: u.Act(), Successors: []successorJSON{},
	}
	for _, s := range u.Successors() {
		out.Successors = append(out.Successors, successorJSON{Name: s.Unit.Name(), From: formatDate(s.From), Act: s.Act})
	}
	return out
}

func orgUnitsOf(us []orgunit.Unit) []orgUnitJSON {
	out := make([]orgUnitJSON, 0, len(us))
	for _, u := range us {
		out = append(out, orgUnitOf(u))
	}
	return out
}

func runUnit(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	at := fs.String("at", "", "the date `YYYY-MM-DD` (default today)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: vnorg unit [--at YYYY-MM-DD] NAME ...")
		fmt.Fprintln(stderr, "Resolves each NAME (or each line of the input) on the date and prints")
		fmt.Fprintln(stderr, `{"input", "at", "found", "candidates", "elsewhere", "error"}, each unit as`)
		fmt.Fprintln(stderr, `{"id", "name", "kind", "level", "code", "parent", "from", "to", "english", "successors": [{"name", "from", "act"}], "act"}.`)
		fmt.Fprintln(stderr, `"parent" is the parent unit's name; "error" is "" when found, else it says what was in force instead.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	t, err := parseAt(*at)
	if err != nil {
		fmt.Fprintln(stderr, "vnorg unit:", err)
		return 2
	}
	names := inputs(fs.Args(), stdin)
	if len(names) == 0 {
		fs.Usage()
		return 2
	}
	enc := newEncoder(stdout)
	status := 0
	for _, name := range names {
		res := orgunit.Resolve(name, t)
		out := resolveJSON{Input: name, At: formatDate(t), Found: res.Found(),
			Candidates: orgUnitsOf(res.Candidates), Elsewhere: orgUnitsOf(res.Elsewhere)}
		if err := res.Err(); err != nil {
			// The message says when the nearest unit of the name began
			// or ended, by which act, and what was in force instead.
			status = 1
			out.Error = err.Error()
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "vnorg unit:", err)
			return 1
		}
	}
	return status
}

func runUnits(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("units", flag.ContinueOnError)
	fs.SetOutput(stderr)
	at := fs.String("at", "", "the date `YYYY-MM-DD` (default today)")
	levelFlag := fs.String("level", "", "only units of this `level`: province, district, commune (central with --bodies)")
	in := fs.String("in", "", "only units inside this place, by `code or name` (\"37\", \"tỉnh Ninh Bình\")")
	bodies := fs.Bool("bodies", false, "list the Party, State and Front bodies instead of the places")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: vnorg units --at YYYY-MM-DD [--level LEVEL] [--in CODE_OR_NAME] [--bodies]")
		fmt.Fprintln(stderr, "Lists the units in force on the date, one JSON object per line:")
		fmt.Fprintln(stderr, `{"id", "name", "kind", "level", "code", "parent", "from", "to", "english", "successors", "act"}.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vnorg units: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	t, err := parseAt(*at)
	if err != nil {
		fmt.Fprintln(stderr, "vnorg units:", err)
		return 2
	}
	var level orgunit.Level
	if *levelFlag != "" {
		l, ok := orgunit.ParseLevel(*levelFlag)
		if !ok || l == orgunit.Central && !*bodies {
			fmt.Fprintf(stderr, "vnorg units: --level %q: want province, district or commune (or central with --bodies)\n", *levelFlag)
			return 2
		}
		level = l
	}
	var within orgunit.Unit
	if *in != "" {
		within = placeNamed(*in, t)
		if !within.IsValid() {
			fmt.Fprintf(stderr, "vnorg units: --in %q: no place of that code or name on %s\n", *in, formatDate(t))
			return 1
		}
	}
	enc := newEncoder(stdout)
	emit := func(u orgunit.Unit) bool {
		if level != 0 && u.Level() != level {
			return true
		}
		if within.IsValid() && (u == within || !u.Within(within, t)) {
			return true
		}
		if err := enc.Encode(orgUnitOf(u)); err != nil {
			fmt.Fprintln(stderr, "vnorg units:", err)
			return false
		}
		return true
	}
	if *bodies && !within.IsValid() {
		for u := range orgunit.CentralBodies(t) {
			if !emit(u) {
				return 1
			}
		}
	}
	if *bodies && level == orgunit.Central {
		return 0
	}
	for p := range orgunit.Places(t) {
		if !*bodies {
			if !emit(p) {
				return 1
			}
			continue
		}
		for _, b := range p.Bodies() {
			if b.InForce(t) && !emit(b) {
				return 1
			}
		}
	}
	return 0
}

// placeNamed returns the place in force on t with the given code, or the
// best place or body of a place that the name resolves to.
func placeNamed(s string, t time.Time) orgunit.Unit {
	if isCode(s) {
		for p := range orgunit.Places(t) {
			if p.Code() == s {
				return p
			}
		}
		return orgunit.Unit{}
	}
	return orgunit.Resolve(s, t).Best().Place()
}

func isCode(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
