// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vnorg/vnorg/person"
)

func init() {
	register(&command{
		name:    "title",
		usage:   "[--at YYYY-MM-DD] TEXT ...",
		summary: "parse titles (\"Phó trưởng Ban Dân vận Trung ương\") into office, rank, unit and modifiers",
		run:     runTitle,
	})
}

// titleJSON is one line of "vnorg title".
type titleJSON struct {
	Input     string    `json:"input"`
	Title     string    `json:"title"`
	Rank      string    `json:"rank"`
	Org       string    `json:"org"`
	OrgUnit   *unitJSON `json:"org_unit"`
	Modifiers []string  `json:"modifiers"`
	English   string    `json:"english"`
	Error     string    `json:"error"`
}

// inputs returns the arguments, or the non-empty lines of stdin when there
// are none.
func inputs(args []string, stdin io.Reader) []string {
	if len(args) > 0 {
		return args
	}
	var out []string
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func runTitle(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	t, texts, code := textFlags("title", `{"input", "title", "rank", "org", "org_unit", "modifiers", "english", "error"}`, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	enc := newEncoder(stdout)
	status := 0
	for _, in := range texts {
		out := titleJSON{Input: in, Modifiers: []string{}}
		p, err := person.ParseTitle(in, person.At(t))
		if err != nil {
			out.Error = err.Error()
			status = 1
		} else {
			out.Title, out.Rank, out.Org, out.English = p.Title(), p.Rank().String(), p.Org(), p.English()
			out.Modifiers = p.ModifierSet().Strings()
			out.OrgUnit = unitOf(p)
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "vnorg title:", err)
			return 1
		}
	}
	return status
}

// textFlags parses the flags of a command that reads TEXT arguments with
// --at: it returns the date and the texts, or an exit status >= 0 when the
// command is done (help, usage error).
func textFlags(name, fields string, args []string, stdin io.Reader, stderr io.Writer) (time.Time, []string, int) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	at := fs.String("at", "", "resolve units as of this date, YYYY-MM-DD (default today)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: vnorg %s [--at YYYY-MM-DD] TEXT ...\n", name)
		fmt.Fprintln(stderr, "Prints one JSON object per TEXT (or per line of standard input):")
		fmt.Fprintln(stderr, "  "+fields)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return time.Time{}, nil, 0
		}
		return time.Time{}, nil, 2
	}
	t, err := parseAt(*at)
	if err != nil {
		fmt.Fprintf(stderr, "vnorg %s: %v\n", name, err)
		return time.Time{}, nil, 2
	}
	return t, inputs(fs.Args(), stdin), -1
}
