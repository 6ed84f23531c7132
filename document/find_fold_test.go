// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"fmt"
	"slices"
	"strings"
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

// reversedSyllableBefore is how wordBefore read the last syllable before
// lastSyllables: it appends the letters that end at end, folded to
// lower-case ASCII, last letter first, and returns them and where they
// start, or nil when there are none or too many.
func reversedSyllableBefore(dst []byte, text string, end int) ([]byte, int) {
	i := end
	for i > 0 {
		c := text[i-1]
		var f byte
		size := 1
		switch {
		case c < utf8.RuneSelf:
			if f = c | 0x20; f < 'a' || f > 'z' {
				f = 0
			}
		case c >= 0xC0:
		case i >= 3 && text[i-3] == 0xE1 && (text[i-2] == 0xBA || text[i-2] == 0xBB):
			f, size = fold3[int(text[i-2]-0xBA)<<6|int(c&0x3F)], 3
		case i >= 2 && text[i-2] >= 0xC3 && text[i-2] <= 0xC7:
			f, size = fold2[int(text[i-2]-0xC3)<<6|int(c&0x3F)], 2
		}
		if f == 0 {
			break
		}
		if len(dst) == cap(dst) {
			return nil, 0
		}
		dst = append(dst, f)
		i -= size
	}
	if len(dst) == 0 {
		return nil, 0
	}
	return dst, i
}

// wordBeforeRef is wordBefore as it was before lastSyllables: the whole
// syllable read with reversedSyllableBefore, then looked up in a map.
func wordBeforeRef(text string, end int, bySyllable map[string][]int) (int, int) {
	var buf [maxSyllable]byte
	last, lastStart := reversedSyllableBefore(buf[:0], text, end)
	if last == nil {
		return -1, -1
	}
	for _, k := range bySyllable[string(last)] {
		key := typeWords[k].key
		prefix := key[:len(key)-len(last)]
		start := matchBackward(text, lastStart, prefix)
		if start < 0 {
			continue
		}
		if prefix == "" && !isUpperAt(text, start) {
			continue
		}
		return k, start
	}
	return -1, -1
}

// TestWordBeforeTrie checks wordBefore against wordBeforeRef at every
// offset of a text full of type words, numbers and other words.
func TestWordBeforeTrie(t *testing.T) {
	bySyllable := map[string][]int{}
	var b strings.Builder
	for k, w := range typeWords {
		last := []byte(w.key[strings.LastIndexByte(w.key, ' ')+1:])
		slices.Reverse(last)
		bySyllable[string(last)] = append(bySyllable[string(last)], k)
		fmt.Fprintf(&b, "%s %d, %s số %d; %s\n%sx %d ", w.word, k, strings.ToUpper(w.word), k, strings.ToLower(w.word), w.word, k)
	}
	text := b.String() + benchText(1<<14) + " khoảng năm ngày tháng pháp luật luậtt Luật LUẬT Lệnh\xe1\xbb xyzxyzxyzxyzxyz định"
	found := 0
	for end := 0; end <= len(text); end++ {
		wk, ws := wordBeforeRef(text, end, bySyllable)
		if wk >= 0 {
			found++
		}
		k, s := wordBefore(text, end)
		if k != wk || s != ws {
			t.Fatalf("wordBefore(%q) = %d, %d, want %d, %d", text[max(0, end-20):end], k, s, wk, ws)
		}
	}
	assert.Greater(t, found, 3*len(typeWords), "type words found")
	written := 0
	for _, ok := range lastSyllables.written {
		if ok {
			written++
		}
	}
	assert.Greater(t, written, len(typeWords)/2, "type words compared as written")
}

// typeWordAtRef is typeWordAt without the bytewise comparison and without
// the index: every type word of two syllables or more is tried.
func typeWordAtRef(text string, i int) bool {
	for _, w := range typeWords {
		if strings.IndexByte(w.key, ' ') >= 0 && matchForward(text, i, w.key) {
			return true
		}
	}
	return false
}

// TestTypeWordAtWritten checks typeWordAt against typeWordAtRef at every
// offset of a text full of type words as written and otherwise.
func TestTypeWordAtWritten(t *testing.T) {
	var b strings.Builder
	for _, w := range typeWords {
		fmt.Fprintf(&b, "%s x %sx %s\n%s; %s-", w.word, w.word, strings.ToUpper(w.word), strings.ToLower(w.word), w.word)
	}
	text := b.String() + benchText(1<<12) + " Chỉ  thị Chỉ\nthị Chỉ thịx Chỉ thị\xe1\xbb"
	found := 0
	for i := 0; i < len(text); i++ {
		want := typeWordAtRef(text, i)
		if want {
			found++
		}
		if got := typeWordAt(text, i); got != want {
			t.Fatalf("typeWordAt(%q) = %v, want %v", text[i:min(len(text), i+20)], got, want)
		}
	}
	written := 0
	for _, ok := range writtenForward {
		if ok {
			written++
		}
	}
	assert.Greater(t, found, len(typeWords), "type words found")
	assert.Greater(t, written, len(typeWords)/2, "type words compared as written")
}

// TestNonDigitMask checks nonDigitMask for every byte at every position,
// next to digits and non-digits.
func TestNonDigitMask(t *testing.T) {
	for p := 0; p < 8; p++ {
		for b := 0; b < 256; b++ {
			for _, other := range []byte{'0', '9', 'a', 0x80, 0xFF, 0x00, '/', ':'} {
				w := []byte{other, other, other, other, other, other, other, other}
				w[p] = byte(b)
				m := nonDigitMask(vntext.Load64(string(w)))
				for j, c := range w {
					want := c < '0' || c > '9'
					if got := m>>(8*j+7)&1 == 1; got != want {
						t.Fatalf("nonDigitMask(%q) byte %d = %v, want %v", w, j, got, want)
					}
				}
				if m&^(0x8080808080808080) != 0 {
					t.Fatalf("nonDigitMask(%q) = %#x has other bits", w, m)
				}
			}
		}
	}
}
