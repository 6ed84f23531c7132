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

func TestTitleCommand(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"title", "--at", "2020-07-09", "Phó trưởng Ban Dân vận Trung ương", "nguyên Bí thư Tỉnh ủy", "xyz"}, nil, &out, &errb)
	assert.Equal(t, 1, code, "one input is invalid")
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3)
	var got []map[string]any
	for _, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m))
		got = append(got, m)
		for _, k := range []string{"input", "title", "rank", "org", "org_unit", "modifiers", "english", "error"} {
			assert.Contains(t, m, k)
		}
	}
	assert.Equal(t, "Phó trưởng Ban", got[0]["title"])
	assert.Equal(t, "deputy", got[0]["rank"])
	assert.Equal(t, "Ban Dân vận Trung ương", got[0]["org"])
	assert.Equal(t, []any{}, got[0]["modifiers"])
	// Ban Dân vận Trung ương existed on 9 July 2020.
	unit, ok := got[0]["org_unit"].(map[string]any)
	require.True(t, ok, "org_unit resolved: %v", got[0]["org_unit"])
	assert.Equal(t, "Ban Dân vận Trung ương", unit["name"])
	assert.Equal(t, "Deputy Head of the Party Central Committee's Commission for Mass Mobilization", got[0]["english"])
	assert.Nil(t, got[1]["org_unit"], "Tỉnh ủy without a place is not resolved")
	assert.Equal(t, []any{"former"}, got[1]["modifiers"])
	assert.Contains(t, got[2]["error"], `person: ParseTitle "xyz"`)
	assert.Equal(t, "", got[0]["error"], "the contract's error field is always there, empty on success")
}

func TestTitleCommandStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"title"}, strings.NewReader("Trưởng Ban Tổ chức TW\n\nPCT UBND tỉnh\n"), &out, &errb)
	assert.Equal(t, 0, code)
	assert.Equal(t, 2, strings.Count(out.String(), "\n"))
	assert.Contains(t, out.String(), `"org":"Ban Tổ chức TW"`)
}

func TestTitleCommandUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"title", "--at", "9/7/2020", "Bí thư"}, nil, &out, &errb))
	assert.Contains(t, errb.String(), "--at")
	assert.Equal(t, 2, run([]string{"title", "--bogus"}, nil, &out, &errb))
}

func TestTitleCommandAt(t *testing.T) {
	// Ban Dân vận Trung ương was merged on 3 February 2025.
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"title", "--at", "2025-06-01", "Phó trưởng Ban Dân vận Trung ương"}, nil, &out, &errb))
	assert.Contains(t, out.String(), `"org_unit":null`)
}
