// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"

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
func (p *parser) capsNameRun(i int) int {
	if !p.word(i) || !p.toks[i].caps || !p.familyAt(i) {
		return i
	}
	j := i + 1
	for j < len(p.toks) && j-i < 5 && p.word(j) && p.toks[j].caps && p.toks[j].nl == 0 && isSyllable(p.toks[j].key) {
		j++
	}
	if j-i < 2 {
		return i
	}
	return j
}
