// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFastFlags checks what the fast path takes from its table: the bits
// fastCls reads as a System, and every key the scan can read found by its
// packed bytes with the flags worked out for it.
func TestFastFlags(t *testing.T) {
	assert.Equal(t, uint16(Party)<<8, ffClsParty)
	assert.Equal(t, uint16(State)<<8, ffClsState)
	keys := 0
	for i := range fastTable {
		e := &fastTable[i]
		if e.key == "" || e.flags == 0 {
			continue
		}
		keys++
		// Alone, at the end of a code, and followed by more.
		for _, s := range []string{e.key, "12/2020/" + e.key, "1-" + e.key + "/TW-VPTW"} {
			start := strings.Index(s, e.key)
			end, f := fastGroupAt(s, start)
			if f == 0 {
				end, f = fastGroupSlow(s, start)
			} else {
				assert.LessOrEqual(t, len(e.key), 8, e.key)
			}
			assert.Equal(t, start+len(e.key), end, s)
			assert.Equal(t, e.flags, f, s)
		}
	}
	assert.Greater(t, keys, 100)
	// A group is found by its whole text, not by its last eight bytes.
	end, f := fastGroupAt("12/2020/XXUBTUMTTQVN", 8)
	assert.Equal(t, 20, end)
	assert.Zero(t, f)
}

// TestFastPathAgrees builds codes from every key of the fast path's table
// and from groups the data does not know, alone and in pairs, in each place
// of a code, and checks that wherever the fast path answers, the general
// parser reads the same code without a fix, strictly and in running text.
func TestFastPathAgrees(t *testing.T) {
	groups := []string{
		"NC", "XDVB", "nb", "Nb", "XTW", "BTu", "QH1", "qh1", "QH13", "qh13", "QH99", "QH0", "UBTVQH15", "2B", "A.B", "A.",
		".A", "Đ", "đ", "ĐU", "X&Y", "123", "2020", "TƯ", "Tw", "BTGTU", "VPTw", "ABCDEFGHI",
	}
	for i := range fastTable {
		if k := fastTable[i].key; k != "" {
			groups = append(groups, k)
		}
	}
	forms := []string{
		"12-G/TW", "12-QĐ/G", "12/G-UBND", "12/QĐ-G", "12/2020/G-CP", "12/2020/NĐ-G", "12/G",
		"12/2015/G", "12-NQ/TW-G", "12-CV/VPTW/G", "12/UBND-NC-G", "12-G/G", "12/G-G",
		"12/2020/G-G", "05/G-QH13", "1656/NQ-G",
	}
	var answered, asked int
	check := func(s string) {
		asked++
		if fast, ok := parseFast(s, false); ok {
			answered++
			slow, fixes, err := Strict.parseSlow(s)
			require.NoError(t, err, "parseFast(%q) answers %v", s, fast)
			require.Zero(t, fixes, s)
			require.Equal(t, slow, fast, s)
		}
		if fast, ok := parseFast(s, true); ok {
			p := parser{input: s, s: s, lenient: true, inText: true}
			slow, ok := p.parse()
			require.True(t, ok, "parseFast(%q, true) answers %v; general parser: %v", s, fast, p.err)
			require.Zero(t, p.fixes, s)
			require.Equal(t, slow, fast, s)
		}
	}
	for _, g := range groups {
		for _, form := range forms {
			check(strings.ReplaceAll(form, "G", g))
		}
	}
	// Pairs of groups, for the classification of the first two.
	for _, a := range groups {
		for _, b := range groups {
			check("12-" + a + "/" + b)
			check("12/" + a + "-" + b)
		}
	}
	t.Logf("%d codes, %d answered by the fast path", asked, answered)
	assert.Greater(t, answered, asked/4, "the fast path answers too rarely")
}

// TestFastSeparatorAgrees checks parseFastSeparator against the general
// parser in text mode, over every key of the table as the type and as the
// issuer of "12-TYPE-ISSUER".
func TestFastSeparatorAgrees(t *testing.T) {
	var groups []string
	for i := range fastTable {
		if k := fastTable[i].key; k != "" {
			groups = append(groups, k)
		}
	}
	groups = append(groups, "Tw", "TƯ", "tu", "QD", "2B", "A.B", "X&Y")
	var answered int
	for _, a := range groups {
		for _, b := range groups {
			s := "290-" + a + "-" + b
			fast, ok := parseFastSeparator(s)
			if !ok {
				continue
			}
			answered++
			p := parser{input: s, s: s, lenient: true, inText: true}
			slow, ok := p.parse()
			require.True(t, ok, "parseFastSeparator(%q) answers %v; general parser: %v", s, fast, p.err)
			require.Equal(t, fixBit(FixSeparator), p.fixes, s)
			require.Equal(t, slow, fast, s)
		}
	}
	t.Logf("%d codes answered by the fast path", answered)
	assert.Positive(t, answered)
	c, ok := parseFastSeparator("290-QĐ-TW")
	require.True(t, ok)
	assert.Equal(t, "290-QĐ/TW", c.String())
	for _, s := range []string{"290-QĐ/TW", "15-QĐ-UBND", "12-KH-TW-X", "290-QĐ", "290/QĐ-TW"} {
		_, ok := parseFastSeparator(s)
		assert.False(t, ok, s)
	}
}
