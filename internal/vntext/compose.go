// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Composition of decomposed Vietnamese. Text typed with a "Unicode tổ hợp"
// keyboard setting, or copied from systems that store NFD, writes the
// diacritics as combining marks: "Quyết" as "Quye\u0302\u0301t" or
// "Quyê\u0301t". x/text/unicode/norm puts any text in NFC, at some tens of
// MB/s on such text; appendNFC does the same for the characters Vietnamese
// text is made of, a base letter and its marks at a time through a table,
// and hands whatever else it meets to norm. A fuzz test checks that both
// always agree.

// composed maps a letter followed by one or two combining marks to the
// precomposed letter that NFC makes of them (see composeKey): "a" U+0302
// U+0301 and "â" U+0301 → ấ. Every entry is checked against norm when the
// table is built, from the letters of the Latin blocks that decompose; it
// is built on the first decomposed text.
var composed = sync.OnceValue(func() map[uint64]rune {
	m := map[uint64]rune{}
	add := func(rs []rune, r rune) {
		if k, ok := composeKey(rs); ok && norm.NFC.String(string(rs)) == string(r) {
			m[k] = r
		}
	}
	var marks, bases []rune
	for c := 'A'; c <= 'z'; c++ {
		bases = append(bases, c)
	}
	seen := map[rune]bool{}
	for _, block := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			d := []rune(norm.NFD.String(string(r)))
			if norm.NFC.String(string(r)) != string(r) {
				continue
			}
			bases = append(bases, r)
			for _, mk := range d[1:] {
				if !seen[mk] {
					seen[mk] = true
					marks = append(marks, mk)
				}
			}
			if len(d) == 3 {
				add(d, r)
				add([]rune{d[0], d[2], d[1]}, r)
			}
		}
	}
	for _, b := range bases {
		for _, mk := range marks {
			if c := []rune(norm.NFC.String(string([]rune{b, mk}))); len(c) == 1 {
				add([]rune{b, mk}, c[0])
			}
		}
	}
	return m
})

// composeKey packs a letter and one or two combining marks of
// U+0300..U+036F into a key of composed.
func composeKey(rs []rune) (uint64, bool) {
	if len(rs) < 2 || len(rs) > 3 {
		return 0, false
	}
	k := uint64(rs[0]) << 16
	for i, m := range rs[1:] {
		if m < 0x300 || m > 0x36F {
			return 0, false
		}
		k |= uint64(m-0x300+1) << (8 * (1 - i))
	}
	return k, true
}

// plainRune reports whether NFC leaves r as it is wherever it stands, as
// long as no combining mark follows it: ASCII, the Latin letters up to
// U+02FF, Latin Extended Additional (ạ..ỹ) and the punctuation and currency
// signs of U+2002..U+20CF (not U+2000 and U+2001, which NFC replaces).
func plainRune(r rune) bool {
	return r < 0x300 || r >= 0x1E00 && r <= 0x1EFF || r >= 0x2002 && r <= 0x20CF
}

// appendNFC appends s in NFC to dst. When off is not nil, it also appends
// to *off, for each byte appended, the offset in s it comes from, as
// NFCOffsets documents; start is the offset of s in the text that offsets
// count in.
func appendNFC(dst []byte, s string, off *[]int, start int) []byte {
	i := 0     // s[:i] is written
	base := -1 // the last letter, when nothing NFC may change stands after it
	last := 0  // the start of the last character read
	from := -1 // where norm must read from, once the loop stops early
	for j := 0; j < len(s) && from < 0; {
		c := s[j]
		if c < utf8.RuneSelf {
			base, last = j, j
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r >= 0x300 && r <= 0x36F {
			// A letter and its marks, a segment of its own as long as
			// what follows is plain; or marks with no letter before them
			// (s starts inside a syllable, or they follow an invalid
			// byte), which norm reads alone.
			seg := base
			if seg < 0 {
				seg = j
			}
			var rs [3]rune
			rs[0], _ = utf8.DecodeRuneInString(s[seg:])
			e, n := j, 1
			for e < len(s) {
				m, msize := utf8.DecodeRuneInString(s[e:])
				if m < 0x300 || m > 0x36F {
					break
				}
				if n < 3 {
					rs[n] = m
				}
				n++
				e += msize
			}
			if e < len(s) && s[e] >= utf8.RuneSelf {
				if next, _ := utf8.DecodeRuneInString(s[e:]); !plainRune(next) {
					from = seg // norm reads from the segment on
					break
				}
			}
			dst = appendRaw(dst, s[i:seg], off, start+i)
			k := len(dst)
			key, ok := composeKey(rs[:min(n, 3)])
			if cr, found := composed()[key]; base >= 0 && ok && n <= 3 && found {
				dst = utf8.AppendRune(dst, cr)
			} else {
				dst = norm.NFC.AppendString(dst, s[seg:e])
			}
			if off != nil {
				for range len(dst) - k {
					*off = append(*off, start+seg)
				}
			}
			i, j, base, last = e, e, -1, e
			continue
		}
		if r == utf8.RuneError && size == 1 {
			// An invalid byte (s may start or end inside a character)
			// passes through, and no mark composes with it.
			base, last = -1, j
			j++
			continue
		}
		if !plainRune(r) {
			// A character NFC may change: norm reads the rest, from the
			// character before it, which it may compose with.
			from = max(last, i)
			break
		}
		base, last = j, j
		j += size
	}
	if from < 0 {
		return appendRaw(dst, s[i:], off, start+i)
	}
	dst = appendRaw(dst, s[i:from], off, start+i)
	return appendNorm(dst, s[from:], off, start+from)
}

// appendRaw appends s, which NFC leaves as it is, with the offset of the
// start of each byte's character.
func appendRaw(dst []byte, s string, off *[]int, start int) []byte {
	if off != nil {
		at := start
		for j := 0; j < len(s); j++ {
			if utf8.RuneStart(s[j]) {
				at = start + j
			}
			*off = append(*off, at)
		}
	}
	return append(dst, s...)
}

// appendNorm appends s in NFC as norm writes it. Runs that norm leaves as
// they are map byte by byte; a segment it changes maps to the segment's
// start.
func appendNorm(dst []byte, s string, off *[]int, start int) []byte {
	if off == nil {
		return norm.NFC.AppendString(dst, s)
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		p := it.Pos()
		seg := it.Next()
		q := it.Pos()
		if string(seg) == s[p:q] {
			dst = appendRaw(dst, s[p:q], off, start+p)
			continue
		}
		dst = append(dst, seg...)
		for range seg {
			*off = append(*off, start+p)
		}
	}
	return dst
}
