// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestArticle runs the example on the bundled article and compares its
// output with the golden file; the facts the article was written around are
// checked one by one as well, so that a golden file rewritten with -update
// cannot hide their loss.
func TestArticle(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errb), errb.String())
	got := out.String()
	for _, want := range []string{
		"Quyết định 290-QĐ-TW → 290-QĐ/TW (fixed: separator)",
		"Quyết định của Bộ Chính trị",
		"Quyết định số 226-QĐ/TU → 226-QĐ/TU",
		"Quyết định của Ban Thường vụ Tỉnh ủy",
		"Lê Hữu Quý: Secretary of the Ninh Binh City Party Committee, member of the Standing Board of the Provincial Party Committee",
		"TVTU = Ủy viên Ban Thường vụ Tỉnh ủy",
		"[Thành ủy Ninh Bình, district level, under Tỉnh ủy Ninh Bình]",
		"Nguyễn Phước Lộc: Deputy Head of the Party Central Committee's Commission for Mass Mobilization",
	} {
		assert.Contains(t, got, want)
	}
	golden := filepath.Join("testdata", "article.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

// TestArticleLaterDate reads the same article as of 2026: the district
// level is gone, so Thành ủy Ninh Bình no longer resolves to the city's
// committee, and Ban Dân vận Trung ương has merged.
func TestArticleLaterDate(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"--at", "2026-01-15"}, &out, &errb), errb.String())
	assert.NotContains(t, out.String(), "district level")
	assert.NotContains(t, out.String(), "[Ban Dân vận Trung ương, central level")
}

func TestArticleUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"--at", "9/7/2020"}, &out, &errb))
	assert.Equal(t, 1, run([]string{"no-such-file.txt"}, &out, &errb))
}
