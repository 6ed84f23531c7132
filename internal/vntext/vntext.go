// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalization form C. It returns s itself, without
// allocating, when s is already in NFC (every ASCII string is). Invalid UTF-8
// is passed through unchanged.
func NFC(s string) string {
	if isNFC(s) {
		return s
	}
	return string(appendNFC(make([]byte, 0, len(s)), s, nil, 0))
}

// AppendNFC appends s in NFC to dst and returns the extended buffer.
func AppendNFC(dst []byte, s string) []byte {
	if isNFC(s) {
		return append(dst, s...)
	}
	return appendNFC(dst, s, nil, 0)
}

// isNFC reports whether s is certainly in NFC, without allocating (unlike
// norm.Form.IsNormalString). A false answer means "maybe not".
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x300 && r <= 0x36F {
			return false // a combining mark: maybe not
		}
		if !plainRune(r) || r == utf8.RuneError && size == 1 {
			// Not a character of Vietnamese text: norm decides.
			return norm.NFC.QuickSpanString(s) == len(s)
		}
		i += size
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// A Mask is a set of classes of look-alike characters, as given to [Repair]
// and reported by it.
type Mask uint8

const (
	// Eth maps Ð and ð (U+00D0, U+00F0) to Đ and đ (U+0110, U+0111).
	Eth Mask = 1 << iota
	// Dashes maps the dash family U+2010..U+2015 and the minus sign U+2212
	// to the hyphen-minus '-'.
	Dashes
	// Wide maps full-width ASCII forms U+FF01..U+FF5E to ASCII.
	Wide
	// Cyrillic maps Cyrillic capitals that look like Latin capitals
	// (А В Е К М Н О Р С Т Х, Ѕ І Ј) to those Latin capitals. Use it on codes
	// and abbreviations only: it would damage Russian text.
	Cyrillic
	// Spaces maps no-break and other Unicode spaces to ' ', and removes
	// zero-width spaces, joiners and the byte order mark.
	Spaces

	// All is every class.
	All = Eth | Dashes | Wide | Cyrillic | Spaces
	// Text is every class that is safe on running Vietnamese text.
	Text = Eth | Dashes | Wide | Spaces
)

// repairRune returns the replacement of r under m, the class that applies,
// and whether r is to be removed.
func repairRune(r rune, m Mask) (rune, Mask, bool) {
	switch {
	case r < 0xA0:
		return r, 0, false
	case r == 0xD0 && m&Eth != 0:
		return 'Đ', Eth, false
	case r == 0xF0 && m&Eth != 0:
		return 'đ', Eth, false
	case (r >= 0x2010 && r <= 0x2015 || r == 0x2212) && m&Dashes != 0:
		return '-', Dashes, false
	case r >= 0xFF01 && r <= 0xFF5E && m&Wide != 0:
		return r - 0xFEE0, Wide, false
	case r >= 0x0400 && r <= 0x042F && m&Cyrillic != 0:
		if l := cyrillicLatin[r-0x0400]; l != 0 {
			return rune(l), Cyrillic, false
		}
	case m&Spaces != 0:
		switch r {
		case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
			return 0, Spaces, true
		}
		if unicode.IsSpace(r) || r == 0x202F {
			return ' ', Spaces, false
		}
	}
	return r, 0, false
}

// cyrillicLatin maps U+0400..U+042F to the Latin capital it looks like, or 0.
var cyrillicLatin = [0x30]byte{
	0x05: 'S', 0x06: 'I', 0x08: 'J',
	0x10: 'A', 0x12: 'B', 0x15: 'E', 0x1A: 'K', 0x1C: 'M', 0x1D: 'H',
	0x1E: 'O', 0x20: 'P', 0x21: 'C', 0x22: 'T', 0x25: 'X',
}

// Repair replaces the look-alike characters of the classes in m and returns
// the result with the classes it actually changed. It returns s itself when
// nothing changed. Invalid UTF-8 bytes are kept as they are, and so is a
// zero-width character just before a stray continuation byte, so that the
// result never holds a character the input did not.
func Repair(s string, m Mask) (string, Mask) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, c, _ := repairRune(r, m); c != 0 {
			b, changed := AppendRepair(make([]byte, 0, len(s)), s, m)
			return string(b), changed
		}
		i += size
	}
	return s, 0
}

// AppendRepair appends s to dst with the look-alikes of the classes in m
// replaced, and reports the classes it changed.
func AppendRepair(dst []byte, s string, m Mask) ([]byte, Mask) {
	var changed Mask
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, c)
			i++
			continue
		}
		nr, class, drop := repairRune(r, m)
		if drop && i+size < len(s) && s[i+size]&0xC0 == 0x80 {
			// A stray continuation byte follows: dropping r could join it
			// to invalid bytes before r into a new character.
			nr, class, drop = r, 0, false
		}
		changed |= class
		switch {
		case drop:
		case class == 0:
			dst = append(dst, s[i:i+size]...)
		default:
			dst = utf8.AppendRune(dst, nr)
		}
		i += size
	}
	return dst, changed
}

// Fold returns s with its diacritics removed: Đ → D, đ → d, ơ → o, Ầ → A.
// Case is kept. It returns s itself when s is ASCII.
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends s to dst with its diacritics removed, as [Fold] does, and
// returns the extended buffer. It does not allocate when dst has room. Combining
// marks (U+0300..U+036F) are dropped, so decomposed input folds like
// precomposed input; Ð and ð fold like Đ and đ. Other characters, and invalid
// UTF-8 bytes, are copied unchanged.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if f := FoldRune(r); f != 0 {
			dst = append(dst, f)
		} else if !(r >= 0x0300 && r <= 0x036F) {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

// FoldRune returns the ASCII letter that r folds to, or 0 when r has no
// diacritic to remove (ASCII runes return 0 too).
func FoldRune(r rune) byte {
	switch {
	case r >= 0x00C0 && r <= 0x024F:
		if f := latinFold[r-0x00C0]; f != 0 {
			return f
		}
		switch r {
		case 0xD0:
			return 'D'
		case 0xF0:
			return 'd'
		}
	case r >= 0x1E00 && r <= 0x1EFF:
		return latinExtAddFold[r-0x1E00]
	}
	return 0
}

// The tone machinery: a toned vowel is a base vowel and one of five tones.
const (
	toneGrave = iota + 1
	toneAcute
	toneHook
	toneTilde
	toneDot
)

// tonedVowels lists, for each base vowel that can take part in an old-style
// pair, its five toned forms in tone order.
var tonedVowels = map[rune]string{
	'a': "àáảãạ", 'e': "èéẻẽẹ", 'y': "ỳýỷỹỵ", 'o': "òóỏõọ", 'u': "ùúủũụ",
	'A': "ÀÁẢÃẠ", 'E': "ÈÉẺẼẸ", 'Y': "ỲÝỶỸỴ", 'O': "ÒÓỎÕỌ", 'U': "ÙÚỦŨỤ",
}

// toneOf maps a toned a, e or y (either case) to its base vowel and tone;
// toned maps a base o or u and a tone to the toned vowel.
var (
	toneOf = map[rune][2]rune{}
	toned  = map[[2]rune]rune{}
)

func init() {
	for base, forms := range tonedVowels {
		for i, r := range []rune(forms) {
			t := rune(i + toneGrave)
			switch base {
			case 'a', 'e', 'y', 'A', 'E', 'Y':
				toneOf[r] = [2]rune{base, t}
			default:
				toned[[2]rune{base, t}] = r
			}
		}
	}
}

// moveTone decides one old-placement pair. prev is the rune before r, and
// beforePrev the one before prev; next is the rune after r (or -1 at the end).
// When prev+r is an old-style pair that ends its syllable (oà, uỷ, but not
// quý, hoàng, khuỷu) it returns the new prev and r (ò+a, ủ+y).
func moveTone(beforePrev, prev, r, next rune) (rune, rune, bool) {
	bt, ok := toneOf[r]
	if !ok {
		return prev, r, false
	}
	lp, lb := unicode.ToLower(prev), unicode.ToLower(bt[0])
	if !(lp == 'o' && (lb == 'a' || lb == 'e') || lp == 'u' && lb == 'y') {
		return prev, r, false
	}
	if next >= 0 && isWordRune(next) {
		return prev, r, false
	}
	if lp == 'u' && (beforePrev == 'q' || beforePrev == 'Q') {
		return prev, r, false
	}
	np, ok := toned[[2]rune{prev, bt[1]}]
	if !ok {
		return prev, r, false
	}
	return np, bt[0], true
}

// AppendTone appends s to dst with tone marks moved from the old placement to
// the new one where a vowel pair ends a syllable: oà → òa, oé → óe, uỷ → ủy
// (and their capitals: Uỷ → Ủy, HOÀ → HÒA). "Hoàng" and "khuỷu" keep their
// marks, since the pair does not end the syllable there, and "quý" keeps its
// mark, since its u belongs to the consonant qu. s should be in NFC.
func AppendTone(dst []byte, s string) []byte {
	beforePrev, prev, prevSize := rune(-1), rune(-1), 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := rune(-1)
		if i+size < len(s) {
			next, _ = utf8.DecodeRuneInString(s[i+size:])
		}
		if np, nr, ok := moveTone(beforePrev, prev, r, next); ok {
			dst = dst[:len(dst)-prevSize]
			dst = utf8.AppendRune(dst, np)
			dst = utf8.AppendRune(dst, nr)
			prevSize = utf8.RuneLen(nr)
			beforePrev, prev = np, nr
			i += size
			continue
		}
		dst = append(dst, s[i:i+size]...)
		beforePrev, prev, prevSize = prev, r, size
		i += size
	}
	return dst
}

// Tone returns s with tone marks in the new placement, as [AppendTone] does.
// It returns s itself when nothing moves.
func Tone(s string) string {
	beforePrev, prev := rune(-1), rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= utf8.RuneSelf {
			next := rune(-1)
			if i+size < len(s) {
				next, _ = utf8.DecodeRuneInString(s[i+size:])
			}
			if _, _, ok := moveTone(beforePrev, prev, r, next); ok {
				return string(AppendTone(make([]byte, 0, len(s)), s))
			}
		}
		beforePrev, prev = prev, r
		i += size
	}
	return s
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}

// AppendKey appends a matching key for s to dst: NFC, look-alikes of class
// [Text] repaired, tone marks in the new placement, lower case, and runs of
// white space folded to one space with none at either end. With fold set,
// diacritics are removed as well, so that "Thanh uy Ninh Binh" and
// "Thành ủy Ninh Bình" have the same key. Invalid UTF-8 bytes become U+FFFD,
// so a key is always valid UTF-8. It does not allocate when s is in NFC and
// dst has room.
func AppendKey(dst []byte, s string, fold bool) []byte {
	if !isNFC(s) {
		s = NFC(s)
	}
	start := len(dst)
	space := false
	// beforePrev and prev are the last two runes appended (lower case, before folding).
	beforePrev, prev, prevSize := rune(-1), rune(-1), 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= utf8.RuneSelf {
			if r == utf8.RuneError && size == 1 {
				if space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = false
				dst = utf8.AppendRune(dst, utf8.RuneError)
				beforePrev, prev, prevSize = prev, r, 3
				continue
			}
			nr, _, drop := repairRune(r, Text)
			if drop {
				continue
			}
			r = nr
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' {
			space = true
			continue
		}
		r = unicode.ToLower(r)
		if fold {
			if f := FoldRune(r); f != 0 {
				r = rune(f)
			} else if r >= 0x0300 && r <= 0x036F {
				continue // dropped: no space is written for it either
			}
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
			beforePrev, prev, prevSize = -1, ' ', 1
		}
		space = false
		if !fold {
			next := rune(-1)
			if i < len(s) {
				next, _ = utf8.DecodeRuneInString(s[i:])
			}
			if np, nr, ok := moveTone(beforePrev, prev, r, next); ok {
				dst = utf8.AppendRune(dst[:len(dst)-prevSize], np)
				prev, r = np, nr
			}
		}
		n := len(dst)
		dst = utf8.AppendRune(dst, r)
		beforePrev, prev, prevSize = prev, r, len(dst)-n
	}
	return dst
}

// Key returns the matching key of s, as [AppendKey] builds it.
func Key(s string, fold bool) string {
	return string(AppendKey(make([]byte, 0, len(s)), s, fold))
}

// EqualFold reports whether a and b have the same key, without diacritics when
// fold is set.
func EqualFold(a, b string, fold bool) bool {
	var ka, kb [128]byte
	return string(AppendKey(ka[:0], a, fold)) == string(AppendKey(kb[:0], b, fold))
}
