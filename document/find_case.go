// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"unicode"
	"unicode/utf8"
)

// Letter case of the runes Vietnamese text is written with, looked up by
// their bytes: the two-byte forms C3..C7 xx (U+00C0..U+01FF) and the
// three-byte forms E1 BA xx and E1 BB xx (U+1E80..U+1EFF). The tables are
// built from unicode.IsUpper and unicode.IsLower, so they agree with them.
const (
	caseUpper = 1 << iota
	caseLower
)

var case2, case3 = func() (t2 [5 << 6]uint8, t3 [2 << 6]uint8) {
	class := func(r rune) (c uint8) {
		if unicode.IsUpper(r) {
			c |= caseUpper
		}
		if unicode.IsLower(r) {
			c |= caseLower
		}
		return c
	}
	for i := range t2 {
		t2[i] = class(rune(0xC0 + i))
	}
	for i := range t3 {
		t3[i] = class(rune(0x1E80 + i))
	}
	return t2, t3
}()

// caseAt returns the case bits of the rune at i < len(text) and its size,
// as utf8.DecodeRuneInString and unicode.IsUpper and IsLower give them.
func caseAt(text string, i int) (uint8, int) {
	c := text[i]
	switch {
	case c < utf8.RuneSelf:
		switch {
		case 'A' <= c && c <= 'Z':
			return caseUpper, 1
		case 'a' <= c && c <= 'z':
			return caseLower, 1
		}
		return 0, 1
	case c >= 0xC3 && c <= 0xC7 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		return case2[int(c-0xC3)<<6|int(text[i+1]&0x3F)], 2
	case c == 0xE1 && i+2 < len(text) && (text[i+1] == 0xBA || text[i+1] == 0xBB) && text[i+2]&0xC0 == 0x80:
		return case3[int(text[i+1]-0xBA)<<6|int(text[i+2]&0x3F)], 3
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	var k uint8
	if unicode.IsUpper(r) {
		k |= caseUpper
	}
	if unicode.IsLower(r) {
		k |= caseLower
	}
	return k, size
}
