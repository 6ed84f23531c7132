// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"fmt"
	"io"

	"github.com/vnorg/vnorg/person"
)

func init() {
	register(&command{
		name:    "person",
		usage:   "[--at YYYY-MM-DD] TEXT ...",
		summary: "parse mentions of officials (\"đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình\")",
		run:     runPerson,
	})
}

type nameJSON struct {
	Family    string `json:"family"`
	Middle    string `json:"middle"`
	Given     string `json:"given"`
	Full      string `json:"full"`
	Baptismal string `json:"baptismal,omitempty"`
}

type membershipJSON struct {
	Text        string `json:"text"`
	Expansion   string `json:"expansion"`
	English     string `json:"english"`
	Unconfirmed bool   `json:"unconfirmed"`
}

type positionJSON struct {
	Title     string    `json:"title"`
	Org       string    `json:"org"`
	OrgUnit   *unitJSON `json:"org_unit,omitempty"`
	Modifiers []string  `json:"modifiers"`
	English   string    `json:"english"`
}

// personJSON is one line of "vnorg person".
type personJSON struct {
	Input       string           `json:"input"`
	Honorific   string           `json:"honorific"`
	Rank        string           `json:"rank,omitempty"`
	Academic    string           `json:"academic,omitempty"`
	Name        *nameJSON        `json:"name"`
	Memberships []membershipJSON `json:"memberships"`
	Positions   []positionJSON   `json:"positions"`
	Error       string           `json:"error"`
}

func runPerson(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	t, texts, code := textFlags("person", `{"input", "honorific", "name": {"family", "middle", "given", "full", "baptismal" (only when there is one)}, "memberships", "positions": [{"title", "org", "modifiers", "english"}], "error"}`, args, stdin, stderr)
	if code >= 0 {
		return code
	}
	enc := newEncoder(stdout)
	status := 0
	for _, in := range texts {
		out := personJSON{Input: in, Memberships: []membershipJSON{}, Positions: []positionJSON{}}
		m, err := person.ParseMention(in, person.At(t))
		if err != nil {
			out.Error = err.Error()
			status = 1
		} else {
			out.Honorific, out.Rank, out.Academic = m.Honorific, m.Rank, m.Academic
			out.Name = &nameJSON{Family: m.Name.Family(), Middle: m.Name.Middle(), Given: m.Name.Given(), Full: m.Name.String(), Baptismal: m.Name.Baptismal()}
			for _, ms := range m.Memberships {
				out.Memberships = append(out.Memberships, membershipJSON{Text: ms.Text(), Expansion: ms.Expansion(), English: ms.English(), Unconfirmed: ms.Unconfirmed()})
			}
			for _, p := range m.Positions {
				out.Positions = append(out.Positions, positionJSON{Title: p.Title(), Org: p.Org(), OrgUnit: unitOf(p), Modifiers: p.ModifierSet().Strings(), English: p.English()})
			}
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "vnorg person:", err)
			return 1
		}
	}
	return status
}

// unitJSON is a resolved unit in the output of title and person.
type unitJSON struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	English string `json:"english,omitempty"`
	Level   string `json:"level,omitempty"`
	Kind    string `json:"kind,omitempty"`
}

// unitOf returns the resolved unit of p, or nil.
func unitOf(p person.Position) *unitJSON {
	u := p.Unit()
	if !u.IsValid() {
		return nil
	}
	return &unitJSON{ID: u.ID(), Name: u.Name(), English: u.English(), Level: u.Level().String(), Kind: u.Kind().String()}
}
