// Copyright 2026 The vnorg Authors. All rights reserved.

// Command article reads the sample article bundled with it (a provincial
// Party news item of 9 July 2020, written for this project) and prints the
// documents it cites and the officials it names, with their positions
// resolved as of the article's date, in Vietnamese and in English.
//
// Usage:
//
//	go run ./examples/article [FILE]
//
// With FILE it reads that text instead, still as of 9 July 2020 unless
// --at says otherwise.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vnorg/vnorg/document"
	"github.com/vnorg/vnorg/person"
)

//go:embed article.txt
var article string

// articleDate is the date of the bundled article.
var articleDate = time.Date(2020, time.July, 9, 0, 0, 0, 0, time.UTC)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("article", flag.ContinueOnError)
	fs.SetOutput(stderr)
	atFlag := fs.String("at", articleDate.Format(time.DateOnly), "the article's date, YYYY-MM-DD")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	at, err := time.Parse(time.DateOnly, *atFlag)
	if err != nil {
		fmt.Fprintf(stderr, "article: --at %q: want YYYY-MM-DD\n", *atFlag)
		return 2
	}
	text := article
	if fs.NArg() > 0 {
		b, err := os.ReadFile(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "article:", err)
			return 1
		}
		text = string(b)
	}
	report(stdout, text, at)
	return 0
}

// report prints the documents and the officials of text as of at.
func report(w io.Writer, text string, at time.Time) {
	fmt.Fprintf(w, "Văn bản / Documents (as of %s)\n", at.Format(time.DateOnly))
	for m := range document.Find(text) {
		fmt.Fprintf(w, "- %s", text[m.Start:m.End])
		if m.Code.IsValid() {
			fmt.Fprintf(w, " → %s", m.Code)
			if m.Fixes != 0 {
				fmt.Fprintf(w, " (fixed: %s)", strings.Join(m.Fixes.Names(), ", "))
			}
		}
		fmt.Fprintln(w)
		issuer := m.Issuer
		if issuer == "" {
			issuer = m.Code.IssuerName(at)
		}
		if issuer != "" {
			fmt.Fprintf(w, "    %s của %s\n", m.Type, issuer)
		}
		if m.English != "" {
			fmt.Fprintf(w, "    %s %s", capitalize(m.English), m.Code)
			if !m.Date.IsZero() {
				fmt.Fprintf(w, " of %s", m.Date.Format("2 January 2006"))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "\nCán bộ / Officials (as of %s)\n", at.Format(time.DateOnly))
	for m := range person.Find(text, person.At(at)) {
		mention := m.Mention
		fmt.Fprintf(w, "- %s: %s\n", mention.Name, mention.English())
		for _, ms := range mention.Memberships {
			fmt.Fprintf(w, "    %s = %s\n", ms.Text(), ms.Expansion())
		}
		for _, p := range mention.Positions {
			fmt.Fprintf(w, "    %s", p)
			if u := p.Unit(); u.IsValid() {
				fmt.Fprintf(w, " [%s, %s level", u.Name(), u.Level())
				if parent := u.Parent(); parent.IsValid() {
					fmt.Fprintf(w, ", under %s", parent.Name())
				}
				fmt.Fprint(w, "]")
			}
			fmt.Fprintln(w)
		}
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
