// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// composeSamples are decomposed in the ways text gets decomposed: NFD,
// the "Unicode tổ hợp" keyboard form (base vowels precomposed, tone marks
// combining), marks out of canonical order, and characters the table does
// not know.
var composeSamples = []string{
	"Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy",
	"Ủy ban nhân dân tỉnh Khánh Hòa; HỘI ĐỒNG NHÂN DÂN",
	"Quyê\u0301t đi\u0323nh; Nghi\u0323 quyê\u0301t; Ủy ban; ậ as â\u0323 and a\u0323\u0302 and a\u0302\u0323",
	"a\u0301\u0323 e\u0302\u0301 o\u031b\u0300 u\u031b\u0303 y\u0309", // marks in a non-canonical order
	"x\u0301 ñ n\u0303 Å A\u030a \u212b \u2000 a\u0341 \u0301lead ₫ “quote” — 中文 e\u0301\u0301",
	"a\u0301\xffb \xcc a\u0301", // invalid UTF-8
}

func TestAppendNFC(t *testing.T) {
	for _, nfc := range composeSamples {
		for _, s := range []string{nfc, norm.NFD.String(nfc)} {
			got := string(appendNFC(nil, s, nil, 0))
			if utf8.ValidString(s) {
				assert.Equal(t, norm.NFC.String(s), got, "%q", s)
			}
			var off []int
			withOff := string(appendNFC(nil, s, &off, 0))
			assert.Equal(t, got, withOff)
			assert.Len(t, off, len(got), "%q", s)
		}
	}
	// The table holds the letters of Vietnamese, in both decomposed forms.
	for _, r := range "ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựÁÀẢÃẠĂÂÊÔƠƯ" {
		d := norm.NFD.String(string(r))
		assert.Equal(t, string(r), string(appendNFC(nil, d, nil, 0)))
	}
}

func FuzzAppendNFC(f *testing.F) {
	for _, s := range composeSamples {
		f.Add(s)
		f.Add(norm.NFD.String(s))
	}
	f.Fuzz(func(t *testing.T, s string) {
		var off []int
		got := appendNFC(nil, s, &off, 0)
		if len(off) != len(got) {
			t.Fatalf("%q: %d offsets for %d bytes", s, len(off), len(got))
		}
		for i := 1; i < len(off); i++ {
			if off[i-1] > off[i] || off[i] >= len(s) {
				t.Fatalf("%q: offsets %v", s, off)
			}
		}
		want := norm.NFC.String(s)
		if utf8.ValidString(s) && string(got) != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
		if isNFC(s) && want != s {
			t.Fatalf("isNFC(%q) but NFC is %q", s, want)
		}
	})
}

// BenchmarkNFC puts decomposed Vietnamese in NFC, against norm in the same
// run (compare the MB/s columns as ratios).
func BenchmarkNFC(b *testing.B) {
	src := norm.NFD.String(strings.Repeat(composeSamples[0]+" về việc kiện toàn nhân sự Ủy ban Kiểm tra. ", 20))
	b.Run("baseline=norm", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			_ = norm.NFC.String(src)
		}
	})
	b.Run("NFC", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			_ = NFC(src)
		}
	})
}
