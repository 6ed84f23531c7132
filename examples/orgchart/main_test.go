// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func dates(ss ...string) []time.Time {
	var out []time.Time
	for _, s := range ss {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			panic(err)
		}
		out = append(out, t)
	}
	return out
}

// The chart of Ninh Bình before and after the reorganization, against a
// golden file.
func TestChartNinhBinh(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, "tỉnh Ninh Bình", dates("2020-07-09", "2025-07-01"), false))
	got := buf.String()
	golden := filepath.Join("testdata", "ninhbinh.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)

	before, after, ok := strings.Cut(got, "\n\n")
	require.True(t, ok)
	assert.Contains(t, before, "Thành phố Ninh Bình (369) — Thành ủy Ninh Bình")
	assert.Contains(t, before, "8 district-level units")
	assert.Contains(t, before, "Ban Dân vận Tỉnh ủy Ninh Bình")
	assert.NotContains(t, after, "Huyện")
	assert.Contains(t, after, "formed from Tỉnh Hà Nam, Tỉnh Nam Định, Tỉnh Ninh Bình (202/2025/QH15)")
	assert.Contains(t, after, "129 communes (32 ward, 97 commune)")
	assert.Contains(t, after, "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình")
}

func TestChartByCodeAndCommunes(t *testing.T) {
	var byName, byCode bytes.Buffer
	require.NoError(t, run(&byName, "Quảng Ninh", dates("2025-09-01"), true))
	require.NoError(t, run(&byCode, "22", dates("2025-09-01"), true))
	assert.Equal(t, byName.String(), byCode.String())
	out := byCode.String()
	assert.Contains(t, out, "54 communes")
	assert.Contains(t, out, "Đặc khu Vân Đồn (06994) — Đảng ủy đặc khu Vân Đồn")
	assert.Equal(t, 54, strings.Count(out, "   ├─")+strings.Count(out, "   └─"))
}

func TestChartUnknownProvince(t *testing.T) {
	var buf bytes.Buffer
	err := run(&buf, "tỉnh Hà Nam", dates("2025-07-01"), false)
	assert.ErrorContains(t, err, `no province "tỉnh Hà Nam" on 2025-07-01`)
}
