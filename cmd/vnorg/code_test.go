// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCodeCmd(t *testing.T, stdin string, args ...string) (int, []map[string]any, string) {
	t.Helper()
	var out, errb bytes.Buffer
	status := run(append([]string{"code"}, args...), strings.NewReader(stdin), &out, &errb)
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		lines = append(lines, m)
	}
	return status, lines, errb.String()
}

func TestCodeCommand(t *testing.T) {
	status, lines, _ := runCodeCmd(t, "", "290-QĐ-TW", "Số: 15/2020/ND-CP")
	assert.Equal(t, 0, status)
	require.Len(t, lines, 2)
	assert.Equal(t, map[string]any{
		"input": "290-QĐ-TW", "valid": true, "canonical": "290-QĐ/TW", "system": "party",
		"number": "290", "year": nil, "type": "Quyết định", "type_abbr": "QĐ", "issuer_abbr": "TW",
		"issuer": "Ban Chấp hành Trung ương Đảng", "known_issuer": true, "fixes": []any{"separator"}, "error": "",
	}, lines[0])
	assert.Equal(t, map[string]any{
		"input": "Số: 15/2020/ND-CP", "valid": true, "canonical": "15/2020/NĐ-CP", "system": "state",
		"number": "15", "year": float64(2020), "type": "Nghị định", "type_abbr": "NĐ", "issuer_abbr": "CP",
		"issuer": "Chính phủ", "known_issuer": true, "fixes": []any{"prefix", "diacritics"}, "error": "",
	}, lines[1])
}

func TestCodeCommandCourt(t *testing.T) {
	status, lines, _ := runCodeCmd(t, "", "58/2023/HNGD - ST")
	assert.Equal(t, 0, status)
	require.Len(t, lines, 1)
	assert.Equal(t, map[string]any{
		"input": "58/2023/HNGD - ST", "valid": true, "canonical": "58/2023/HNGĐ-ST", "system": "court",
		"number": "58", "year": float64(2023), "type": "Bản án", "type_abbr": "", "issuer_abbr": "",
		"issuer": "", "case_kind": "HNGĐ", "proceeding": "ST", "known_issuer": false,
		"fixes": []any{"spaces", "diacritics"}, "error": "",
	}, lines[0])
}

func TestCodeCommandStrict(t *testing.T) {
	status, lines, _ := runCodeCmd(t, "", "--strict", "290-QĐ/TW", "290-QĐ-TW")
	assert.Equal(t, 1, status)
	require.Len(t, lines, 2)
	assert.Equal(t, true, lines[0]["valid"])
	assert.Equal(t, false, lines[1]["valid"])
	assert.Equal(t, "", lines[1]["canonical"])
	assert.Equal(t, []any{}, lines[1]["fixes"])
	assert.Equal(t, `document: parse "290-QĐ-TW": want '/' between type and issuer (at "-TW")`, lines[1]["error"])
}

func TestCodeCommandStdin(t *testing.T) {
	status, lines, _ := runCodeCmd(t, "4912/UBND-NC\n\n12/KH-XYZ\nnot a code\n")
	assert.Equal(t, 1, status)
	require.Len(t, lines, 3)
	assert.Equal(t, "4912/UBND-NC", lines[0]["canonical"])
	assert.Equal(t, "Công văn", lines[0]["type"])
	assert.Equal(t, "", lines[0]["type_abbr"])
	assert.Equal(t, false, lines[1]["known_issuer"])
	assert.Equal(t, "", lines[1]["issuer"])
	assert.Equal(t, true, lines[1]["valid"])
	assert.Equal(t, false, lines[2]["valid"])
	assert.Contains(t, lines[2]["error"], "document: parse")
}

func TestCodeCommandUsage(t *testing.T) {
	status, lines, errs := runCodeCmd(t, "", "--bogus")
	assert.Equal(t, 2, status)
	assert.Empty(t, lines)
	assert.Contains(t, errs, "usage: vnorg code")
}
