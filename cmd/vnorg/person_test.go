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

func TestPersonCommand(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"person", "--at", "2020-07-09", "đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình", "Bí thư Tỉnh ủy"}, nil, &out, &errb)
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 2)
	var p personJSON
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &p))
	assert.Equal(t, "đồng chí", p.Honorific)
	require.NotNil(t, p.Name)
	assert.Equal(t, nameJSON{Family: "Lê", Middle: "Hữu", Given: "Quý", Full: "Lê Hữu Quý"}, *p.Name)
	require.Len(t, p.Memberships, 1)
	assert.Equal(t, "TVTU", p.Memberships[0].Text)
	assert.Equal(t, "Ủy viên Ban Thường vụ Tỉnh ủy", p.Memberships[0].Expansion)
	require.Len(t, p.Positions, 1)
	assert.Equal(t, "Bí thư", p.Positions[0].Title)
	assert.Equal(t, "Thành ủy Ninh Bình", p.Positions[0].Org)
	assert.Equal(t, []string{}, p.Positions[0].Modifiers)
	assert.NotEmpty(t, p.Positions[0].English)
	assert.Empty(t, p.Error)

	var bad map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &bad))
	assert.Contains(t, bad["error"], "person: ParseMention")
	assert.Nil(t, bad["name"])
	for _, k := range []string{"input", "honorific", "name", "memberships", "positions", "error"} {
		assert.Contains(t, bad, k)
	}
}

func TestPersonCommandHelp(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"help", "person"}, nil, &out, &errb))
	assert.Contains(t, errb.String(), "usage: vnorg person")
}
