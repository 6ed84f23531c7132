// Copyright 2026 The vnorg Authors. All rights reserved.

// Command vnorg reads Vietnamese document codes, Party, State and Front units,
// officials and their positions, and prints what it finds as JSON Lines.
//
// Usage:
//
//	vnorg code [--strict] [CODE ...]
//	vnorg unit [--at YYYY-MM-DD] NAME ...
//	vnorg units --at YYYY-MM-DD [--level LEVEL] [--in CODE_OR_NAME] [--bodies]
//	vnorg title [--at YYYY-MM-DD] TEXT ...
//	vnorg person [--at YYYY-MM-DD] TEXT ...
//	vnorg extract [--at YYYY-MM-DD] [--jobs N] [FILE|DIR ...]
//
// Each subcommand prints one JSON object per line. The exit status is 0 when
// every input was handled without error, 1 otherwise, and 2 on usage errors.
// Run "vnorg help SUBCOMMAND" for the fields of each subcommand.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// A command is one subcommand of vnorg. Each lives in its own file and
// registers itself in that file's init function.
type command struct {
	name    string
	usage   string // one line: the arguments
	summary string // one line: what it does
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.run([]string{"-h"}, stdin, stdout, stderr)
			}
		}
		usage(stdout)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "vnorg: unknown command %q\n", name)
		usage(stderr)
		return 2
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: vnorg COMMAND [ARGS]")
	fmt.Fprintln(w)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  vnorg %s %s\n      %s\n", c.name, c.usage, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, strings.TrimSpace("Each command prints one JSON object per line. Run 'vnorg help COMMAND' for details."))
}
