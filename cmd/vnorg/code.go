// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vnorg/vnorg/document"
)

func init() {
	register(&command{
		name:    "code",
		usage:   "[--strict] [CODE ...]",
		summary: "parse, normalize and validate document codes (\"290-QĐ-TW\", \"Số: 15/2020/ND-CP\")",
		run:     runCode,
	})
}

// codeJSON is one line of "vnorg code". The field names are a contract.
type codeJSON struct {
	Input string `json:"input"`
	Valid bool   `json:"valid"`
	codeFields
	KnownIssuer bool     `json:"known_issuer"`
	Fixes       []string `json:"fixes"`
	Error       string   `json:"error"`
}

// codeFields describe a code in the JSON of "vnorg code" and "vnorg extract".
type codeFields struct {
	Canonical  string `json:"canonical"`
	System     string `json:"system"`
	Number     string `json:"number"`
	Year       *int   `json:"year"`
	Type       string `json:"type"`
	TypeAbbr   string `json:"type_abbr"`
	IssuerAbbr string `json:"issuer_abbr"`
	Issuer     string `json:"issuer"`
	// CaseKind and Proceeding are set for a court's code only
	// (112/2024/HS-ST: "HS", "ST"), and left out otherwise.
	CaseKind   string `json:"case_kind,omitempty"`
	Proceeding string `json:"proceeding,omitempty"`
}

// newCodeFields describes c, with the name its issuer had on the day at
// (any day for the zero time). The zero Code gives empty fields.
func newCodeFields(c document.Code, at time.Time) codeFields {
	if !c.IsValid() {
		return codeFields{}
	}
	f := codeFields{
		Canonical:  c.String(),
		System:     c.System().String(),
		Number:     c.Number(),
		Type:       c.TypeName(),
		TypeAbbr:   c.Type(),
		IssuerAbbr: c.Issuer(),
		Issuer:     c.IssuerName(at),
		CaseKind:   c.CaseKind(),
		Proceeding: c.Proceeding(),
	}
	if y := c.Year(); y != 0 {
		f.Year = &y
	}
	return f
}

func runCode(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	strict := fs.Bool("strict", false, "accept only codes in their official, canonical form")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: vnorg code [--strict] [CODE ...]")
		fmt.Fprintln(stderr, "Reads one code per line from standard input when no CODE is given, and prints for each one")
		fmt.Fprintln(stderr, `{"input", "valid", "canonical", "system", "number", "year", "type", "type_abbr", "issuer_abbr", "issuer", "known_issuer", "fixes", "error"}`)
		fmt.Fprintln(stderr, `and, for a court's code (112/2024/HS-ST), "case_kind" and "proceeding".`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	mode := document.Lenient
	if *strict {
		mode = document.Strict
	}
	enc := newEncoder(stdout)
	status := 0
	each := func(in string) bool {
		out := codeOutput(mode, in)
		if !out.Valid {
			status = 1
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "vnorg code:", err)
			status = 1
			return false
		}
		return true
	}
	if fs.NArg() > 0 {
		for _, in := range fs.Args() {
			if !each(in) {
				break
			}
		}
		return status
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		in := strings.TrimSpace(sc.Text())
		if in == "" {
			continue
		}
		if !each(in) {
			return status
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(stderr, "vnorg code:", err)
		return 1
	}
	return status
}

// codeOutput parses one input in the given mode.
func codeOutput(mode document.Mode, in string) codeJSON {
	out := codeJSON{Input: in, Fixes: []string{}}
	c, fixes, err := mode.Parse(in)
	if err != nil {
		out.Error = err.Error()
		return out
	}
	out.Valid = true
	out.codeFields = newCodeFields(c, time.Time{})
	out.KnownIssuer = c.KnownIssuer()
	out.Fixes = fixes.Names()
	return out
}
