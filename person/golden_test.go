// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenMatch is what the golden file records of a match.
type goldenMatch struct {
	Text        string         `json:"text"`
	Start       int            `json:"start"`
	End         int            `json:"end"`
	Honorific   string         `json:"honorific,omitempty"`
	Rank        string         `json:"rank,omitempty"`
	Name        string         `json:"name"`
	Memberships []string       `json:"memberships,omitempty"`
	Positions   []goldenPosPos `json:"positions"`
}

type goldenPosPos struct {
	Text      string   `json:"text"`
	Title     string   `json:"title"`
	Org       string   `json:"org,omitempty"`
	Modifiers []string `json:"modifiers,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	English   string   `json:"english"`
}

// TestFindGolden runs Find over testdata/find.txt, a passage written for
// this test, and compares with testdata/find.golden. Run with -update to
// rewrite the golden file after a deliberate change, and review the diff.
func TestFindGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "find.txt"))
	require.NoError(t, err)
	var got bytes.Buffer
	enc := json.NewEncoder(&got)
	enc.SetEscapeHTML(false)
	for m := range Find(string(text), At(time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC))) {
		g := goldenMatch{Text: m.Text, Start: m.Start, End: m.End, Honorific: m.Mention.Honorific, Rank: m.Mention.Rank, Name: m.Mention.Name.String()}
		for _, ms := range m.Mention.Memberships {
			g.Memberships = append(g.Memberships, ms.Text())
		}
		for i, p := range m.Mention.Positions {
			gp := goldenPosPos{Text: m.PositionSpans[i].Text, Title: p.Title(), Org: p.Org(), English: p.English()}
			if mods := p.ModifierSet().Strings(); len(mods) > 0 {
				gp.Modifiers = mods
			}
			if u := p.Unit(); u.IsValid() {
				gp.Unit = u.ID()
			}
			g.Positions = append(g.Positions, gp)
		}
		require.NoError(t, enc.Encode(g))
	}
	path := filepath.Join("testdata", "find.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, got.Bytes(), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -run TestFindGolden -update to create it")
	require.Equal(t, string(want), got.String())
}
