// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenMatch is one line of testdata/article.golden.
type goldenMatch struct {
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Canonical string   `json:"canonical"`
	Number    string   `json:"number"`
	Type      string   `json:"type"`
	Date      string   `json:"date"`
	Issuer    string   `json:"issuer"`
	Fixes     []string `json:"fixes"`
}

// TestFindGolden runs Find over an article written for the project, in the
// style of a provincial Party document, and compares with the golden file
// (go test -run TestFindGolden -update rewrites it).
func TestFindGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	require.NoError(t, err)
	text := string(b)
	var lines []string
	for m := range Find(text) {
		g := goldenMatch{Text: text[m.Start:m.End], Start: m.Start, End: m.End, Canonical: m.Code.String(),
			Number: m.Number, Type: m.Type, Issuer: m.Issuer, Fixes: m.Fixes.Names()}
		if !m.Date.IsZero() {
			g.Date = m.Date.Format(time.DateOnly)
		}
		line, err := json.Marshal(g)
		require.NoError(t, err)
		lines = append(lines, string(line))
	}
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		require.NoError(t, os.WriteFile("testdata/article.golden", []byte(got), 0o644))
	}
	want, err := os.ReadFile("testdata/article.golden")
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}
