// Copyright 2026 The vnorg Authors. All rights reserved.

// Command validate checks document codes the way a document-management
// system would before filing them: it reads each code leniently, files it
// under its canonical form, explains every fix it had to make, warns about
// issuers it does not know (or that did not exist on the filing date), and
// rejects what is not a code.
//
// Usage:
//
//	go run ./examples/validate [--at YYYY-MM-DD] [CODE ...]
//
// With no CODE it reads one code per line from standard input, or, when
// standard input is a terminal, the bundled sample list codes.txt.
package main

import (
	"bufio"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vnorg/vnorg/document"
)

//go:embed codes.txt
var sample string

func main() {
	var stdin io.Reader = os.Stdin
	if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		stdin = strings.NewReader(sample)
	}
	os.Exit(run(os.Args[1:], stdin, os.Stdout, os.Stderr))
}

// run validates the codes and returns the exit status: 0 when every code
// can be filed, 1 when some were rejected, 2 on usage errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	atFlag := fs.String("at", "", "filing date YYYY-MM-DD, for the issuers that existed then (default: any date)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var at time.Time
	if *atFlag != "" {
		var err error
		if at, err = time.Parse(time.DateOnly, *atFlag); err != nil {
			fmt.Fprintf(stderr, "validate: --at %q: want YYYY-MM-DD\n", *atFlag)
			return 2
		}
	}
	codes := fs.Args()
	if len(codes) == 0 {
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			if s := strings.TrimSpace(sc.Text()); s != "" {
				codes = append(codes, s)
			}
		}
	}
	filed, rejected := 0, 0
	for _, in := range codes {
		if validate(stdout, in, at) {
			filed++
		} else {
			rejected++
		}
	}
	fmt.Fprintf(stdout, "%d filed, %d rejected\n", filed, rejected)
	if rejected > 0 {
		return 1
	}
	return 0
}

// validate reports on one code and says whether it can be filed.
func validate(w io.Writer, in string, at time.Time) bool {
	c, fixes, err := document.Lenient.Parse(in)
	if err != nil {
		fmt.Fprintf(w, "REJECT %q\n", in)
		fmt.Fprintf(w, "       %v\n", err)
		return false
	}
	status := "OK    "
	if fixes != 0 {
		status = "FIXED "
	}
	fmt.Fprintf(w, "%s %q → %s (%s, %s)\n", status, in, c, c.System(), describe(c, at))
	for f := range fixes.All() {
		fmt.Fprintf(w, "       fix %s: %s\n", f, f.Description())
	}
	switch {
	case c.System() == document.Court:
		fmt.Fprintln(w, "       note: a court's code does not name the court; file it with the court's name and the date")
	case !c.KnownIssuer():
		fmt.Fprintf(w, "       note: issuer %q is not in the reference data (local bodies set their own); filed as written\n", c.Issuer())
	case c.IssuerName(at) == "":
		fmt.Fprintf(w, "       warning: issuer %q did not exist on %s\n", c.Issuer(), at.Format(time.DateOnly))
	}
	if c.System() == document.Party {
		fmt.Fprintln(w, "       note: Party numbers restart each committee term; file it with its date")
	}
	return true
}

// describe names the type and the issuer of a code.
func describe(c document.Code, at time.Time) string {
	t := c.TypeName()
	if c.System() == document.Court {
		if t == "" {
			t = "case record"
		}
		return t + ", case " + c.CaseKind() + ", proceeding " + c.Proceeding()
	}
	if t == "" {
		t = "type not settled by the code"
	}
	if name := c.IssuerName(at); name != "" {
		return t + " of " + name
	}
	return t
}
