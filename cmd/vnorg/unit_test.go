// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runLines(t *testing.T, args []string, stdin string) (lines []map[string]any, status int, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errb)
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		lines = append(lines, m)
	}
	return lines, status, errb.String()
}

var unitFields = []string{"id", "name", "kind", "level", "code", "parent", "from", "to", "english", "successors", "act"}

func checkUnitFields(t *testing.T, u any) map[string]any {
	t.Helper()
	m, ok := u.(map[string]any)
	require.True(t, ok, "unit %v", u)
	for _, f := range unitFields {
		assert.Contains(t, m, f)
	}
	assert.Len(t, m, len(unitFields), "unit fields %v", m)
	return m
}

func TestUnitCommand(t *testing.T) {
	lines, status, _ := runLines(t, []string{"unit", "--at", "2020-07-09", "Thành ủy Ninh Bình", "Thành ủy Hà Nội"}, "")
	require.Equal(t, 0, status)
	require.Len(t, lines, 2)
	l := lines[0]
	assert.Equal(t, "Thành ủy Ninh Bình", l["input"])
	assert.Equal(t, "2020-07-09", l["at"])
	assert.Equal(t, true, l["found"])
	assert.Equal(t, "", l["error"])
	assert.Len(t, l, 6, "the fields input, at, found, candidates, elsewhere, error: %v", l)
	cands := l["candidates"].([]any)
	require.Len(t, cands, 1)
	u := checkUnitFields(t, cands[0])
	assert.Equal(t, "place/369/party-committee", u["id"])
	assert.Equal(t, "district", u["level"])
	assert.Equal(t, "party_committee", u["kind"])
	assert.Equal(t, "369", u["code"])
	assert.Equal(t, "Tỉnh ủy Ninh Bình", u["parent"])
	assert.Equal(t, "2025-01-01", u["to"])
	assert.Equal(t, "Ninh Binh City Party Committee", u["english"])
	succ := u["successors"].([]any)
	require.Len(t, succ, 1)
	assert.Equal(t, map[string]any{"name": "Thành ủy Hoa Lư", "from": "2025-01-01", "act": "1318/NQ-UBTVQH15"}, succ[0])
	assert.Equal(t, []any{}, l["elsewhere"])

	u = checkUnitFields(t, lines[1]["candidates"].([]any)[0])
	assert.Equal(t, "province", u["level"])
}

func TestUnitCommandNotInForce(t *testing.T) {
	lines, status, _ := runLines(t, []string{"unit", "--at", "2026-01-15", "Ban Dân vận Trung ương"}, "")
	assert.Equal(t, 1, status)
	require.Len(t, lines, 1)
	assert.Equal(t, false, lines[0]["found"])
	assert.Equal(t, []any{}, lines[0]["candidates"])
	assert.Equal(t, `orgunit: "Ban Dân vận Trung ương" names no unit in force on 2026-01-15: `+
		`Ban Dân vận Trung ương ended on 2025-02-03; in force instead: Ban Tuyên giáo và Dân vận Trung ương`, lines[0]["error"])
	assert.Len(t, lines[0], 6)
	else_ := lines[0]["elsewhere"].([]any)
	require.Len(t, else_, 1)
	u := checkUnitFields(t, else_[0])
	assert.Equal(t, "2025-02-03", u["to"])
	assert.Equal(t, "Ban Tuyên giáo và Dân vận Trung ương", u["successors"].([]any)[0].(map[string]any)["name"])
}

// A name not yet in force names what it was formed from; one that
// denotes nothing says so.
func TestUnitCommandErrors(t *testing.T) {
	lines, status, _ := runLines(t, []string{"unit", "--at", "2020-07-09", "Bộ Nông nghiệp và Môi trường", "Ban Khoa giáo Trung ương"}, "")
	assert.Equal(t, 1, status)
	require.Len(t, lines, 2)
	assert.Equal(t, `orgunit: "Bộ Nông nghiệp và Môi trường" names no unit in force on 2020-07-09: `+
		`Bộ Nông nghiệp và Môi trường began on 2025-03-01 (176/2025/QH15); `+
		`formed from Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài nguyên và Môi trường`, lines[0]["error"])
	assert.Equal(t, `orgunit: "Ban Khoa giáo Trung ương" names no known unit`, lines[1]["error"])
	assert.Equal(t, []any{}, lines[1]["elsewhere"])
}

func TestUnitCommandStdin(t *testing.T) {
	lines, status, _ := runLines(t, []string{"unit", "--at", "2025-09-01"}, "UBND tỉnh Khánh Hòa\n\nBộ Nông nghiệp và Môi trường\n")
	assert.Equal(t, 0, status)
	require.Len(t, lines, 2)
	assert.Equal(t, "Ủy ban nhân dân tỉnh Khánh Hòa", checkUnitFields(t, lines[0]["candidates"].([]any)[0])["name"])
	assert.Equal(t, "state/bo-nong-nghiep-moi-truong", checkUnitFields(t, lines[1]["candidates"].([]any)[0])["id"])
}

func TestUnitsCommand(t *testing.T) {
	tests := []struct {
		args []string
		n    int
	}{
		{[]string{"units", "--at", "2025-06-30", "--level", "province"}, 63},
		{[]string{"units", "--at", "2025-07-01", "--level", "province"}, 34},
		{[]string{"units", "--at", "2025-07-01", "--level", "district"}, 0},
		{[]string{"units", "--at", "2025-07-01", "--level", "commune"}, 3321},
		{[]string{"units", "--at", "2025-07-01", "--in", "37"}, 129},
		{[]string{"units", "--at", "2025-07-01", "--in", "tỉnh Ninh Bình", "--level", "commune"}, 129},
		{[]string{"units", "--at", "2020-07-09", "--in", "37", "--level", "district"}, 8},
		{[]string{"units", "--at", "2020-07-09", "--in", "369", "--level", "commune"}, 14},
	}
	for _, tt := range tests {
		lines, status, errs := runLines(t, tt.args, "")
		assert.Equal(t, 0, status, "%v: %s", tt.args, errs)
		assert.Len(t, lines, tt.n, "%v", tt.args)
		for _, l := range lines {
			checkUnitFields(t, l)
		}
	}
}

func TestUnitsCommandBodies(t *testing.T) {
	lines, status, _ := runLines(t, []string{"units", "--at", "2025-03-01", "--bodies", "--level", "central"}, "")
	require.Equal(t, 0, status)
	names := map[string]bool{}
	for _, l := range lines {
		names[l["name"].(string)] = true
		assert.Equal(t, "central", l["level"])
	}
	assert.True(t, names["Bộ Nông nghiệp và Môi trường"])
	assert.True(t, names["Ban Tuyên giáo và Dân vận Trung ương"])
	assert.False(t, names["Ban Dân vận Trung ương"])
	assert.False(t, names["Bộ Tài nguyên và Môi trường"])

	lines, status, _ = runLines(t, []string{"units", "--at", "2020-07-09", "--bodies", "--in", "369"}, "")
	require.Equal(t, 0, status)
	names = map[string]bool{}
	for _, l := range lines {
		names[l["name"].(string)] = true
	}
	assert.True(t, names["Thành ủy Ninh Bình"])
	assert.True(t, names["Ủy ban nhân dân thành phố Ninh Bình"])
	assert.False(t, names["Tỉnh ủy Ninh Bình"])
}

func TestUnitsCommandUsage(t *testing.T) {
	for _, args := range [][]string{
		{"units", "--at", "2025-13-01"},
		{"units", "--level", "central"},
		{"units", "--level", "region"},
		{"units", "extra"},
		{"unit", "--at", "yesterday", "Tỉnh ủy"},
		{"unit"},
	} {
		_, status, errs := runLines(t, args, "")
		assert.Equal(t, 2, status, "%v", args)
		assert.NotEmpty(t, errs, "%v", args)
	}
	_, status, _ := runLines(t, []string{"units", "--at", "2025-07-01", "--in", "99"}, "")
	assert.Equal(t, 1, status)
}
