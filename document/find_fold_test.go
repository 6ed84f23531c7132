// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/vnorg/vnorg/internal/vntext"
)

// foldLowerRef is foldLowerAt written the slow way, with the standard
// decoder: what the hand-decoding fast paths must agree with.
func foldLowerRef(text string, i int) (byte, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	f := byte(r)
	if r >= utf8.RuneSelf {
		f = vntext.FoldRune(r)
	}
	if 'A' <= f && f <= 'Z' {
		f += 'a' - 'A'
	}
	return f, size
}

// TestFoldLowerAt checks foldLowerAt, wordRuneAt and caseAt, which decode
// Vietnamese letters by hand, against the decoder and package unicode.
func TestFoldLowerAt(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for i := range len(s) {
			f, size := foldLowerAt(s, i)
			wf, wsize := foldLowerRef(s, i)
			if !assert.Equal(t, wf, f, "fold of %q at %d", s, i) {
				return
			}
			if f != 0 {
				assert.Equal(t, wsize, size, "size of %q at %d", s, i)
			}
			r, rsize := utf8.DecodeRuneInString(s[i:])
			assert.Equal(t, isWordRune(r), wordRuneAt(s, i), "word rune %q at %d", s, i)
			k, ksize := caseAt(s, i)
			assert.Equal(t, unicode.IsUpper(r), k&caseUpper != 0, "upper %q at %d", s, i)
			assert.Equal(t, unicode.IsLower(r), k&caseLower != 0, "lower %q at %d", s, i)
			assert.Equal(t, rsize, ksize, "size %q at %d", s, i)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r) + "a")
		check(string(r))
	}
	// Cut and broken sequences.
	for _, s := range []string{"\xe1\xbb", "\xe1\xbb\x41", "\xc4", "\xc4A", "\xe1", "\xff", "\x80\x80", "\xed\xa0\x80"} {
		check(s)
	}
	assert.False(t, wordRuneAt("ab", 2))
}

// TestDateUTC checks dateUTC and daysIn against time.Date.
func TestDateUTC(t *testing.T) {
	for y := 1900; y <= 2500; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				want := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
				if ok := want.Day() == d; ok != (d <= daysIn(y, m)) {
					t.Fatalf("daysIn(%d, %d) = %d", y, m, daysIn(y, m))
				} else if ok && dateUTC(y, m, d) != want {
					t.Fatalf("dateUTC(%d, %d, %d) = %v, want %v", y, m, d, dateUTC(y, m, d), want)
				}
			}
		}
	}
}
