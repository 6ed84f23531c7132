// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"time"

	"github.com/vnorg/vnorg/internal/vntext"
)

// Decomposed text. The words around a code ("Quyết định số", "ngày", "của
// Bộ Chính trị") are read in NFC. Text in NFD writes the diacritics as
// combining marks (U+0300..U+036F, lead bytes 0xCC and 0xCD), which nearly
// every Vietnamese word has; where marks stand near a code, its context is
// read from an NFC copy of the bytes around it and the offsets are mapped
// back to the text as given.

const (
	// lookBehind and lookAhead bound the NFC copy: more than a type word,
	// "số" and a law's name before a code (namedLawBefore reads a dozen
	// words), and a date and an issuer phrase of 14 words after it.
	lookBehind = 256
	lookAhead  = 512
)

// marksAt reports whether the eight bytes from i hold the lead byte of a
// combining mark (bytes out of the text count as none). Eight bytes hold
// the last syllable of a type word with its marks, or the marks of the
// syllable before it ("Thông tri"), and the start of "ngày" or "của" after
// a gap. It runs on many numbers of running text, inline.
func marksAt(text string, i int) bool {
	for k := max(i, 0); k < min(i+8, len(text)); k++ {
		if text[k]&0xFE == 0xCC {
			return true
		}
	}
	return false
}

// An nfcWindow is the NFC form of text[lo:hi] with the offsets of its bytes
// in text.
type nfcWindow struct {
	lo  int
	n   string
	off []int // see vntext.NFCOffsets; nil when text[lo:hi] is NFC
}

func newNFCWindow(text string, lo, hi int) nfcWindow {
	n, off := vntext.NFCOffsets(text[lo:hi])
	return nfcWindow{lo: lo, n: n, off: off}
}

// out returns the offset in text of the offset i of w.n, for a window that
// was not in NFC (off is not nil).
func (w *nfcWindow) out(i int) int { return w.lo + w.off[i] }

// decomposedBefore is where referenceBefore goes when it found no type
// word before the code at a (start is what it found: a, or the start of
// "số") and combining marks stand before the gap (see marksAt): it reads
// the context again in NFC.
func decomposedBefore(text string, a, start int) (int, int, int) {
	lo := max(0, a-lookBehind)
	w := newNFCWindow(text, lo, a)
	if w.off == nil || w.n == text[lo:a] {
		return start, -1, -1 // marks that do not compose: nothing to read again
	}
	s, word, wordEnd := referenceBefore(w.n, len(w.n))
	if word >= 0 {
		wordEnd = w.out(wordEnd)
	}
	return w.out(s), word, wordEnd
}

// decomposedAfter is where afterReference goes when it found no issuer
// after the code that ends at e (date and tail are what it found) and
// combining marks follow the gap after e (see marksAt): it reads the date
// and the issuer again in NFC.
func decomposedAfter(text string, e int, date time.Time, tail int) (time.Time, string, int) {
	hi := min(len(text), e+lookAhead)
	w := newNFCWindow(text, e, hi)
	if w.off == nil || w.n == text[e:hi] {
		return date, "", tail
	}
	d, issuer, t := afterReference(w.n, 0)
	return d, issuer, w.out(t)
}

// lawBefore is namedLawBefore for text that may be decomposed.
func lawBefore(text string, i int) (wordRow, bool) {
	if !marksAt(text, i-8) && !marksAt(text, i-16) {
		return namedLawBefore(text, i)
	}
	w := newNFCWindow(text, max(0, i-lookBehind), i) // namedLawBefore does not come back here
	return namedLawBefore(w.n, len(w.n))
}
