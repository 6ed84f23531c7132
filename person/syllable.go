// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Vietnamese syllable is an initial consonant (or none), a vowel nucleus
// and a final consonant (or none): "nguyễn" is ng-uyê-n, "văn" v-ă-n. Names
// written in capitals ("ông NGUYỄN VĂN AN") are told from abbreviations
// written in capitals (UBND, TVTU, HĐND, TW) by this shape: no abbreviation
// of a unit reads as a run of syllables that opens with a family name.

// initials are the initial consonants of Vietnamese syllables, without
// diacritics (đ is d), longest first where one is the prefix of another.
var initials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// finals are the final consonants of Vietnamese syllables.
var finals = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

// isSyllable reports whether the key of a word (lower case) has the shape of
// one Vietnamese syllable.
func isSyllable(k string) bool {
	if k == "" || len(k) > 24 {
		return false
	}
	var buf [24]byte
	f := vntext.AppendFold(buf[:0], k)
	s := string(f)
	for _, c := range f {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	for _, in := range initials {
		if strings.HasPrefix(s, in) {
			if in == "gi" && (len(s) == 2 || strings.IndexByte("aeiouy", s[2]) < 0) {
				in = "g" // "gìn", "gì": the i is the vowel
			}
			s = s[len(in):]
			break
		}
	}
	v := 0
	for v < len(s) && strings.IndexByte("aeiouy", s[v]) >= 0 {
		v++
	}
	return v >= 1 && v <= 3 && finals[s[v:]]
}

// capsNameRun returns the end of a name written in capitals that starts at
// i ("NGUYỄN VĂN AN"): a known family name in capitals, then one to four
// words in capitals, each of the shape of a syllable, on the same line. It
// returns i when there is none.
//
// In a headline the name is followed by its verb, in capitals too ("BÍ THƯ
// TỈNH ỦY NGUYỄN VĂN AN TIẾP XÚC CỬ TRI"): a word that ends a unit (see
// stopWords) ends the name there when more capitals follow it, unless it is
// a middle name (without diacritics VAN is both văn and vẫn).
func (p *parser) capsNameRun(i int) int {
	if !p.capsWord(i) || !p.familyAt(i) {
		return i
	}
	j := i + 1
	for j < len(p.toks) && j-i < 5 && p.capsWord(j) && p.toks[j].nl == 0 && isSyllable(p.toks[j].key) {
		if p.capsWord(j+1) && p.toks[j+1].nl == 0 && (p.t.stop.has(p.toks[j].key) && !p.t.middles.has(p.toks[j].key) || j-i == 3 && p.toks[i+1].lk() == "văn") {
			// A verb in capitals, or a fourth word after Văn: a man's
			// name with Văn has three words ("TRẦN VĂN BÌNH KIỂM TRA").
			break
		}
		j++
	}
	if j-i < 2 {
		return i
	}
	return j
}

// capsWord reports whether toks[i] is a word in capitals: two or more
// letters, all capitals, or a single capital letter ("HỜ A VẢNG").
func (p *parser) capsWord(i int) bool {
	if !p.word(i) {
		return false
	}
	t := &p.toks[i]
	return t.caps || t.upper && utf8.RuneCountInString(t.key) == 1
}

// capsCarve is carve for a unit written in capitals, as headlines write a
// title before a name ("PHÓ CHỦ TỊCH UBND TỈNH NGUYỄN VĂN AN"): the first
// name in capitals (see capsNameRun) after which the unit before it is whole
// (a known unit, or one that ends with a level word or a committee word
// such as "UBND TỈNH", "TỈNH ỦY"), or right at a when there is no unit
// ("PHÓ THỦ TƯỚNG LÊ VĂN THÀNH"). It returns the name's start and end, or
// -1.
func (p *parser) capsCarve(a, e int) (int, int) {
	for k := a; k < e; k++ {
		if !p.capsWord(k) && !(p.word(k) && p.toks[k].digit) && !(k > a && p.punct(k, ',')) || k > a && p.toks[k].nl > 0 {
			// Words in capitals, or digits; a comma inside a unit's name
			// ("BAN CHÍNH SÁCH, CHIẾN LƯỢC TRUNG ƯƠNG").
			return -1, -1
		}
	}
	for s := a; s < e; s++ {
		ne := p.capsNameRun(s)
		if ne == s || ne > e || isPlace(p.span(s, ne), &p.c) {
			continue
		}
		if s > a && p.levelEnd(s-1) && p.placeOpens(s, ne) {
			// "UBND TỈNH CAO BẰNG NÔNG QUỐC HƯNG": the place, then the name.
			continue
		}
		if s == a || p.levelEnd(s-1) || p.committeeWord(s-1) || p.knownUnit(a, s) {
			if ne-s >= 4 {
				// Four words or more may run into the headline's verb
				// ("... TỈNH TỪ MINH KHANG KIỂM TRA ..."): a shorter name
				// that the text writes again in running text wins.
				if later := p.capsNameLater(s, ne); later > s {
					ne = later
				}
			}
			return s, ne
		}
	}
	// A family name the tables lack: the name is read when the text goes on
	// to write it in running text ("PHÓ CHỦ TỊCH UBND TỈNH HỜ A VẢNG THĂM
	// ...", then "ông Hờ A Vảng, Phó Chủ tịch UBND tỉnh").
	for s := a + 1; s < e; s++ {
		// The unit before the name is whole: it does not go on over the
		// next words ("ỦY BAN MTTQ VIỆT NAM TỈNH A THUẬN").
		whole := p.knownUnit(a, s) && !p.knownUnit(a, s+1) && (s+2 > e || !p.knownUnit(a, s+2))
		if p.levelEnd(s-1) || p.committeeWord(s-1) || whole {
			if ne := p.capsNameLater(s, e); ne > s {
				return s, ne
			}
		}
	}
	return -1, -1
}

// laterWindow is how far past a line in capitals capsNameLater looks for
// the name written in running text, and laterTries how many names one call
// of Find looks for, so that the work stays linear in the text.
const (
	laterWindow = 4 << 10
	laterTries  = 256
)

// capsNameLater returns the end of a name in capitals that starts at i and
// ends by e (whose family name the tables lack, or whose length is in
// doubt), when the next laterWindow
// bytes of the text write the same words with only their first letters in
// capitals ("HỜ A VẢNG", then "Hờ A Vảng"); the longest such name of two
// to four words of the shape of syllables. It returns i otherwise.
func (p *parser) capsNameLater(i, e int) int {
	j := i
	for j < e && j-i < 4 && p.capsWord(j) && (j == i || p.toks[j].nl == 0 && !p.levelStart(j)) && isSyllable(p.toks[j].key) {
		j++
	}
	from := p.toks[min(j, len(p.toks)-1)].start
	window := p.text[from:min(len(p.text), from+laterWindow)]
	var buf [96]byte
	for ; j-i >= 2; j-- {
		if p.c.laterTries >= laterTries {
			return i
		}
		p.c.laterTries++
		b := buf[:0]
		for k := i; k < j; k++ {
			if k > i {
				b = append(b, ' ')
			}
			w := p.toks[k].key
			r, size := utf8.DecodeRuneInString(w)
			b = utf8.AppendRune(b, unicode.ToUpper(r))
			b = append(b, w[size:]...)
		}
		name := string(b)
		if at := strings.Index(window, name); at >= 0 {
			if end := at + len(name); (end == len(window) || !wordByte(window[end])) && !isPlace(p.span(i, j), &p.c) {
				return j
			}
		}
	}
	return i
}

// placeOpens reports whether the words [s, e) open with a province's or a
// district's name of one to three words, with words left after it.
func (p *parser) placeOpens(s, e int) bool {
	return p.placeWithin(s, e-1)
}

// placeWithin reports whether the words from s open a province's or a
// district's name of one to three words that ends by end.
func (p *parser) placeWithin(s, end int) bool {
	for m := 1; m <= 3 && s+m <= end && p.word(s+m-1); m++ {
		if isPlace(p.span(s, s+m), &p.c) {
			return true
		}
	}
	return false
}

// capsNameIn reports whether the unit of the segment s holds a name in
// capitals (see capsCarve): a headline ("PHÓ THỦ TƯỚNG LÊ VĂN THÀNH DỰ HỘI
// NGHỊ"), not the title line of a signature block.
func (p *parser) capsNameIn(s seg) bool {
	if s.orgEnd <= s.orgStart || !p.capsWord(s.orgStart) {
		return false
	}
	ns, _ := p.capsCarve(s.orgStart, s.orgEnd)
	return ns >= 0
}
