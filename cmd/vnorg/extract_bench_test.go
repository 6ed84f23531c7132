// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vnorg/vnorg/document"
	"github.com/vnorg/vnorg/person"
)

// benchText is about 1 MiB of our own Vietnamese text: the bundled article
// and the test passages of this package, repeated.
func benchText(b *testing.B) string {
	return repeatFiles(b, "\n",
		filepath.Join("..", "..", "examples", "article", "article.txt"),
		filepath.Join("testdata", "extract", "dir", "a.txt"),
		filepath.Join("testdata", "extract", "dir", "sub", "b.txt"))
}

// evalText is about 1 MiB of the passages of the evaluation sets
// (testdata/eval*), written for this project in the style of news and
// official documents: denser in officials and in documents than benchText,
// about as dense as the passages of the shared corpus.
func evalText(b *testing.B) string {
	files, err := filepath.Glob(filepath.Join("testdata", "eval*", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatal("no passages", err)
	}
	return repeatFiles(b, "\n\n", files...)
}

// repeatFiles returns the files joined by sep, repeated to 1 MiB or more.
func repeatFiles(b *testing.B, sep string, files ...string) string {
	b.Helper()
	var parts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	unit := strings.Join(parts, sep)
	return strings.Repeat(unit, (1<<20)/len(unit)+1)
}

// codeRegexp is the baseline: a regular expression for the document codes
// of both systems, as a quick extractor would write it.
var codeRegexp = regexp.MustCompile(`(?i)\b\d{1,5}(?:/\d{4})?[-/][\p{L}.]{1,12}(?:[-/][\p{L}\d.]{1,12}){0,4}`)

// BenchmarkExtract measures extraction on the same text as two baselines in
// the same run: utf8.Valid (reading the text once) and a regexp extractor of
// document codes. Compare the MB/s columns as ratios.
func BenchmarkExtract(b *testing.B) {
	benchExtract(b, benchText(b))
}

// BenchmarkExtractEvalText is BenchmarkExtract on the passages of the
// evaluation sets, where most sentences name an official or a document.
func BenchmarkExtractEvalText(b *testing.B) {
	benchExtract(b, evalText(b))
}

func benchExtract(b *testing.B, text string) {
	bs := []byte(text)
	at := time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)
	documents := func() (n int) {
		for range document.Find(text) {
			n++
		}
		return n
	}
	people := func() (n int) {
		for range person.Find(text, person.At(at)) {
			n++
		}
		return n
	}
	for _, bm := range []struct {
		name  string
		found func() int // how many things it found; 0 fails the benchmark
	}{
		{"baseline=utf8.Valid", func() int {
			if utf8.Valid(bs) {
				return 1
			}
			return 0
		}},
		{"baseline=regexp", func() int { return len(codeRegexp.FindAllStringIndex(text, -1)) }},
		{"documents", documents},
		{"people", people},
		{"both", func() int { return documents() + people() }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if bm.found() == 0 {
					b.Fatal("nothing found")
				}
			}
		})
	}
}
