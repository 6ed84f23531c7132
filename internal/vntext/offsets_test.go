// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestNFCOffsets(t *testing.T) {
	// NFC text comes back as it is, with no table.
	s, off := NFCOffsets("Quyết định số 226-QĐ/TU")
	assert.Equal(t, "Quyết định số 226-QĐ/TU", s)
	assert.Nil(t, off)

	for _, nfc := range []string{
		"Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy",
		"Nghị định số 30/2020/NĐ-CP",
		"Ủy ban nhân dân tỉnh Khánh Hòa",
		"a\u0301\u0323 and e\u0302\u0301", // marks in a non-canonical order
	} {
		src := norm.NFD.String(nfc)
		got, off := NFCOffsets(src)
		require.Equal(t, norm.NFC.String(src), got)
		require.Len(t, off, len(got)+1)
		assert.Equal(t, len(src), off[len(got)])
		// Every word of the result maps back to the same word of the
		// source, in NFD.
		for i := 0; i < len(got); {
			j := strings.IndexByte(got[i:], ' ')
			if j < 0 {
				j = len(got) - i
			}
			w := got[i : i+j]
			assert.Equal(t, norm.NFD.String(w), src[off[i]:off[i+j]], "word %q", w)
			i += j + 1
		}
		// Offsets never go backwards.
		for i := 1; i < len(off); i++ {
			assert.LessOrEqual(t, off[i-1], off[i])
		}
	}
	// Invalid UTF-8 passes through with its offsets.
	got, off := NFCOffsets("a\u0301\xffb")
	assert.Equal(t, "á\xffb", got)
	assert.Equal(t, []int{0, 0, 3, 4, 5}, off)
}

func FuzzNFCOffsets(f *testing.F) {
	f.Add("Nghi\u0323 đi\u0323nh số 30/2020/NĐ-CP")
	f.Add("\xff\u0301a")
	f.Fuzz(func(t *testing.T, s string) {
		got, off := NFCOffsets(s)
		if off == nil {
			if got != s {
				t.Fatalf("NFC text changed: %q → %q", s, got)
			}
			return
		}
		if len(off) != len(got)+1 || off[len(got)] != len(s) {
			t.Fatalf("%q: %d offsets for %d bytes", s, len(off), len(got))
		}
		for i := 1; i < len(off); i++ {
			if off[i-1] > off[i] || off[i] > len(s) {
				t.Fatalf("%q: offsets %v", s, off)
			}
		}
		// Around invalid UTF-8, x/text normalizes a segment alone and the
		// whole text differently; only valid text must come out in NFC.
		if want := norm.NFC.String(s); got != want && utf8.ValidString(s) {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	})
}

// BenchmarkNFCOffsets normalizes a decomposed reference with its offsets,
// against norm.NFC.String over the same bytes in the same run (compare the
// MB/s columns as ratios).
func BenchmarkNFCOffsets(b *testing.B) {
	src := norm.NFD.String(strings.Repeat("Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy về việc kiện toàn nhân sự. ", 12))
	b.Run("baseline=norm.NFC.String", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			_ = norm.NFC.String(src)
		}
	})
	b.Run("NFCOffsets", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			_, _ = NFCOffsets(src)
		}
	})
}
