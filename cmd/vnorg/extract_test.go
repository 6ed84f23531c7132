// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type extractLine struct {
	File      string           `json:"file"`
	Error     string           `json:"error"`
	Documents []map[string]any `json:"documents"`
	People    []map[string]any `json:"people"`
}

func runExtractCmd(t *testing.T, stdin string, args ...string) (int, []extractLine, []string) {
	t.Helper()
	var out, errb bytes.Buffer
	status := run(append([]string{"extract"}, args...), strings.NewReader(stdin), &out, &errb)
	var lines []extractLine
	var raw []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if l == "" {
			continue
		}
		var x extractLine
		require.NoError(t, json.Unmarshal([]byte(l), &x), l)
		lines = append(lines, x)
		raw = append(raw, l)
	}
	return status, lines, raw
}

// checkSpans asserts that every item's text is the file's bytes at [start:end].
func checkSpans(t *testing.T, data []byte, x extractLine) {
	t.Helper()
	for _, item := range append(append([]map[string]any{}, x.Documents...), x.People...) {
		start, end := int(item["start"].(float64)), int(item["end"].(float64))
		require.True(t, start >= 0 && start <= end && end <= len(data), "span %d:%d in %d bytes", start, end, len(data))
		assert.Equal(t, string(data[start:end]), item["text"], "%s [%d:%d]", x.File, start, end)
	}
}

func canonicals(x extractLine) []string {
	var out []string
	for _, d := range x.Documents {
		out = append(out, d["canonical"].(string))
	}
	return out
}

func TestExtractArticle(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "article", "article.txt")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	status, lines, raw := runExtractCmd(t, "", "--at", "2020-07-09", path)
	require.Equal(t, 0, status)
	require.Len(t, lines, 1)
	x := lines[0]
	assert.Equal(t, path, x.File)
	checkSpans(t, data, x)
	assert.Equal(t, []string{"290-QĐ/TW", "226-QĐ/TU", "04/2015/NĐ-CP", "05-CT/TW", "42/2013/QH13", "25-NQ/TW"}, canonicals(x))

	first := x.Documents[0]
	assert.Equal(t, "Quyết định 290-QĐ-TW", first["text"])
	assert.Equal(t, []any{"separator"}, first["fixes"])
	assert.Equal(t, "Bộ Chính trị", first["issuer"])
	assert.Equal(t, "2010-02-25", first["date"])
	assert.Equal(t, "290", first["number"])
	assert.Nil(t, first["year"])
	assert.EqualValues(t, 2015, x.Documents[2]["year"])

	// The contract's field names, all present.
	for _, k := range []string{"text", "start", "end", "canonical", "system", "number", "year", "type", "type_abbr", "issuer_abbr", "issuer", "date", "fixes"} {
		assert.Contains(t, first, k)
	}
	assert.Contains(t, raw[0], `"text":"Quyết định 290-QĐ-TW"`, "text is written as UTF-8, not escaped")

	var quy map[string]any
	for _, p := range x.People {
		if p["name"] == "Lê Hữu Quý" && len(p["positions"].([]any)) > 0 {
			quy = p
			break
		}
	}
	require.NotNil(t, quy, "Lê Hữu Quý found with a position: %v", x.People)
	assert.Equal(t, "đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình", quy["text"])
	assert.Equal(t, "đồng chí", quy["honorific"])
	assert.Equal(t, []any{"TVTU"}, quy["memberships"])
	pos := quy["positions"].([]any)[0].(map[string]any)
	assert.Equal(t, "Bí thư", pos["title"])
	assert.Equal(t, "Thành ủy Ninh Bình", pos["org"])
	assert.Equal(t, []any{}, pos["modifiers"])
	for _, k := range []string{"text", "title", "org", "modifiers", "english"} {
		assert.Contains(t, pos, k)
	}
	// As of 9 July 2020, Thành ủy Ninh Bình is the district-level city committee.
	unit := pos["org_unit"].(map[string]any)
	assert.Equal(t, "district", unit["level"])
}

func TestExtractCourtCodes(t *testing.T) {
	in := "Tòa án tỉnh tuyên Bản án hình sự sơ thẩm số 24/2025/HS-ST ngày 3/6/2025, thực hiện Nghị định số 15/2020/NĐ-CP."
	status, lines, _ := runExtractCmd(t, in)
	require.Equal(t, 0, status)
	require.Len(t, lines, 1)
	x := lines[0]
	checkSpans(t, []byte(in), x)
	assert.Equal(t, []string{"24/2025/HS-ST", "15/2020/NĐ-CP"}, canonicals(x))
	court, state := x.Documents[0], x.Documents[1]
	assert.Equal(t, "Bản án hình sự sơ thẩm số 24/2025/HS-ST", court["text"])
	assert.Equal(t, "court", court["system"])
	assert.Equal(t, "Bản án", court["type"])
	assert.Equal(t, "HS", court["case_kind"])
	assert.Equal(t, "ST", court["proceeding"])
	assert.Equal(t, "", court["issuer_abbr"])
	assert.Equal(t, "2025-06-03", court["date"])
	// The two fields are added for a court's code only.
	assert.NotContains(t, state, "case_kind")
	assert.NotContains(t, state, "proceeding")
}

func TestExtractDirectoryAndErrors(t *testing.T) {
	dir := filepath.Join("testdata", "extract", "dir")
	missing := filepath.Join("testdata", "extract", "missing.txt")
	status, lines, _ := runExtractCmd(t, "", "--jobs", "3", missing, dir)
	assert.Equal(t, 1, status, "a missing and an invalid file make the status 1")
	var files []string
	for _, x := range lines {
		files = append(files, x.File)
	}
	// Input order: the arguments as given, each directory walked in lexical order;
	// only .txt files.
	assert.Equal(t, []string{
		missing,
		filepath.Join(dir, "a.txt"),
		filepath.Join(dir, "sub", "b.txt"),
		filepath.Join(dir, "sub", "bad.txt"),
	}, files)
	assert.Contains(t, lines[0].Error, "no such file")
	assert.Nil(t, lines[0].Documents)
	assert.Empty(t, lines[1].Error)
	assert.Equal(t, []string{"30/2020/NĐ-CP", "58/KH-UBND", "30/2020/NĐ-CP", "1234/UBND-VP"}, canonicals(lines[1]))
	assert.Equal(t, "Nghị định\nsố 30/2020/NĐ-CP", lines[1].Documents[2]["text"], "a code broken across a line is one reference")
	assert.Equal(t, []string{"290-QĐ/TW", "226-QĐ/TU"}, canonicals(lines[2]))
	bad, err := os.ReadFile(lines[3].File)
	require.NoError(t, err)
	assert.Equal(t, fmt.Sprintf("not valid UTF-8 at byte %d", bytes.IndexByte(bad, 0xff)), lines[3].Error)
	assert.Nil(t, lines[3].Documents, "nothing is reported from an invalid file")

	for _, x := range lines[1:3] {
		data, err := os.ReadFile(x.File)
		require.NoError(t, err)
		checkSpans(t, data, x)
	}
}

func TestExtractStdin(t *testing.T) {
	status, lines, _ := runExtractCmd(t, "Căn cứ Nghị định số 15/2020/ND-CP ngày 3/2/2020 của Chính phủ;\n")
	assert.Equal(t, 0, status)
	require.Len(t, lines, 1)
	assert.Equal(t, "-", lines[0].File)
	assert.Equal(t, []string{"15/2020/NĐ-CP"}, canonicals(lines[0]))
	assert.Equal(t, []any{"diacritics"}, lines[0].Documents[0]["fixes"])
}

func TestExtractUsage(t *testing.T) {
	status, _, _ := runExtractCmd(t, "", "--jobs", "0")
	assert.Equal(t, 2, status)
	status, _, _ = runExtractCmd(t, "", "--at", "9/7/2020")
	assert.Equal(t, 2, status)
}

// --context gives the unit the text is about: "Tỉnh ủy" and "UBND tỉnh"
// resolve inside it. Without it they resolve to nothing (org_unit null) and
// their English names the body without its place.
func TestExtractContext(t *testing.T) {
	const text = "Dự hội nghị có đồng chí Trần Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n"
	positions := func(x extractLine) (ids, english []string) {
		require.Len(t, x.People, 1)
		for _, p := range x.People[0]["positions"].([]any) {
			pos := p.(map[string]any)
			id := ""
			if u, ok := pos["org_unit"].(map[string]any); ok {
				id = u["id"].(string)
			}
			ids = append(ids, id)
			english = append(english, pos["english"].(string))
		}
		return ids, english
	}
	for _, c := range []string{"tỉnh Ninh Bình", "place/37"} {
		status, lines, _ := runExtractCmd(t, text, "--at", "2020-07-09", "--context", c)
		require.Equal(t, 0, status)
		ids, english := positions(lines[0])
		assert.Equal(t, []string{"place/37/party-committee", "place/37/peoples-committee"}, ids, c)
		assert.Equal(t, []string{"Deputy Secretary of the Ninh Binh Provincial Party Committee", "Chairman of the Ninh Binh Provincial People's Committee"}, english, c)
	}
	status, lines, _ := runExtractCmd(t, text, "--at", "2020-07-09")
	require.Equal(t, 0, status)
	ids, english := positions(lines[0])
	assert.Equal(t, []string{"", ""}, ids)
	assert.Equal(t, []string{"Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee"}, english)

	// A name of several units, or of none, is a usage error that says so.
	for _, c := range []string{"Ninh Bình", "Tỉnh Không Có"} {
		var out, errb bytes.Buffer
		status := run([]string{"extract", "--at", "2020-07-09", "--context", c}, strings.NewReader(text), &out, &errb)
		assert.Equal(t, 2, status, c)
		assert.Empty(t, out.String())
		assert.Contains(t, errb.String(), "--context")
	}
	var out, errb bytes.Buffer
	run([]string{"extract", "--at", "2020-07-09", "--context", "Ninh Bình"}, strings.NewReader(text), &out, &errb)
	assert.Contains(t, errb.String(), "place/37 Tỉnh Ninh Bình")
}

// TestExtractBlocks reads a text much larger than the block size, with
// references and officials everywhere, including across block boundaries,
// and checks that streaming finds exactly what one pass over the whole text
// finds, and that the spools spill to disk and back intact.
func TestExtractBlocks(t *testing.T) {
	var b strings.Builder
	sentences := []string{
		"Thực hiện Quyết định 290-QĐ-TW của Bộ Chính trị và Nghị định số 30/2020/NĐ-CP, ",
		"đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình phát biểu chỉ đạo. ",
		"Ủy ban nhân dân tỉnh ban hành Quyết định số\n05/QĐ-UBND ngày 9/1/2025.\n",
		"Theo Công văn 4912/UBND-NC, ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh, kiểm tra.\n\n",
	}
	for i := 0; b.Len() < 300_000; i++ {
		b.WriteString(sentences[i%len(sentences)])
	}
	text := b.String()
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))

	_, whole, _ := runExtractCmd(t, "", "--at", "2020-07-09", path)

	defer func(b, o, s int) { extractBlock, extractOverlap, spoolMemory = b, o, s }(extractBlock, extractOverlap, spoolMemory)
	extractBlock, extractOverlap, spoolMemory = 4093, 1024, 10_000
	_, streamed, _ := runExtractCmd(t, "", "--at", "2020-07-09", path)

	require.Len(t, whole, 1)
	require.Len(t, streamed, 1)
	checkSpans(t, []byte(text), streamed[0])
	assert.Equal(t, len(whole[0].Documents), len(streamed[0].Documents))
	assert.Equal(t, len(whole[0].People), len(streamed[0].People))
	assert.Equal(t, whole[0], streamed[0])
	assert.Greater(t, len(streamed[0].Documents), 3000)
}

func TestChooseCut(t *testing.T) {
	tests := []struct {
		buf   string
		limit int
		want  int
	}{
		// Only the last quarter before the limit is searched: [12:16] here.
		{"a\n\naaaaaaaaa\n\nb\nb cc dd", 16, 14},
		{"a\n\naaaaaaaaa\nb b cc dd", 16, 13},
		{"a\n\naaaaaaaaa b cc dd", 16, 15},
		{"a\n\naaaaaaaaaaaaaaaaaa", 16, 16},
		{"a\n\naaaaaaaaaaaaĐaaa", 16, 15}, // never inside a character
		{"short", 0, 5},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, chooseCut([]byte(tt.buf), tt.limit), "chooseCut(%q, %d)", tt.buf, tt.limit)
	}
}
