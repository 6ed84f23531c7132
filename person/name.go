// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Name is a person's full name split into family name, middle name(s) and
// given name. Kinh names write the family name first ("Nguyễn Phước Lộc":
// family Nguyễn, middle Phước, given Lộc); Ê Đê names write it last, after
// the given name and the marker Y (men) or H' (women) ("Y Thanh Hà Niê
// Kđăm": middle Y, given Thanh Hà, family Niê Kđăm). Compound family names
// (Tôn Thất, Tôn Nữ, Âu Dương) are kept whole.
//
// Names are comparable with ==; the zero Name is invalid and means "no name".
type Name struct {
	baptismal             string
	family, middle, given string
	familyLast            bool
}

// Family returns the family name (họ).
func (n Name) Family() string { return n.family }

// Middle returns the middle name(s) (tên đệm), "" if none.
func (n Name) Middle() string { return n.middle }

// Given returns the given name (tên).
func (n Name) Given() string { return n.given }

// Baptismal returns the baptismal name (tên thánh) written before the
// family name ("Phêrô" of "Phêrô Trần Văn Khải"), "" if none. It is read
// when the first of three words or more is no family name and the second
// is one.
func (n Name) Baptismal() string { return n.baptismal }

// FamilyLast reports whether the family name is written last (Ê Đê names).
func (n Name) FamilyLast() bool { return n.familyLast }

// IsValid reports whether n is a parsed name rather than the zero Name.
func (n Name) IsValid() bool { return n.given != "" }

// String returns the full name in the order it is written, or "" for the
// zero Name.
func (n Name) String() string {
	parts := make([]string, 0, 3)
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if n.familyLast {
		add(n.middle)
		add(n.given)
		add(n.family)
	} else {
		add(n.baptismal)
		add(n.family)
		add(n.middle)
		add(n.given)
	}
	return strings.Join(parts, " ")
}

// MarshalText implements [encoding.TextMarshaler]: the full name.
func (n Name) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; "" gives the zero Name.
func (n *Name) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = Name{}
		return nil
	}
	v, err := ParseName(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// ParseName parses a full Vietnamese name. Every word must be made of letters
// (an apostrophe may follow the H of an Ê Đê woman's name) and start with a
// capital, or the whole name may be written in capitals; there must be two
// words or more. The input is put in NFC and runs of spaces are folded.
func ParseName(s string) (Name, error) {
	words := strings.Fields(vntext.NFC(s))
	if len(words) == 0 {
		return Name{}, &ParseError{Func: "ParseName", Input: s, Offset: -1, Err: ErrEmpty}
	}
	if len(words) < 2 {
		return Name{}, &ParseError{Func: "ParseName", Input: s, Offset: 0, Err: ErrSyntax, Detail: "want a family name and a given name"}
	}
	for _, w := range words {
		if !isNameWord(w) {
			return Name{}, &ParseError{Func: "ParseName", Input: s, Offset: strings.Index(s, w), Err: ErrSyntax, Detail: "not a word of a name"}
		}
	}
	return splitName(words), nil
}

// MustParseName is like [ParseName] but panics on error. It is intended for
// tests and examples with hard-coded names.
func MustParseName(s string) Name {
	n, err := ParseName(s)
	if err != nil {
		panic(err)
	}
	return n
}

// isNameWord reports whether w can be a word of a name: letters, an
// apostrophe after a leading H (H'Hen), a capital first letter; or a given
// name of Korean romanization ("Park Jun-ho", see koreanGiven).
func isNameWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	for i, r := range w {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == '-' && i > 0 && i+1 < len(w) && koreanGiven(w) {
			continue
		}
		if (r == '\'' || r == '’') && i == 1 && first < utf8.RuneSelf {
			// H'Hen, Y'Jút, K'Dạ: the names of peoples of the Central
			// Highlands join a letter to the name with an apostrophe.
			continue
		}
		return false
	}
	return true
}

// koreanGiven reports whether w is a given name as the romanization of
// Korean writes it: two syllables of ASCII letters joined by one hyphen,
// the second in lower case ("Jun-ho", "Jae-in"). Vietnamese spelling of Lao
// and other names joins syllables with hyphens too ("Xay-nha-vông"), but
// with diacritics, and such a name is not read: which of its words is the
// family is not known.
func koreanGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || len(b) < 2 || strings.Contains(b, "-") {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || c == '-' || i == 0 && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// splitName splits the words of a name into its parts.
func splitName(words []string) Name {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = key(w)
	}
	return splitNameKeys(words, keys)
}

// splitNameKeys is splitName given the keys of the words.
func splitNameKeys(words, keys []string) Name {
	t := data()
	k0 := keys[0]
	if t.ethnic.has(k0) || len(words[0]) > 2 && (strings.HasPrefix(words[0], "H'") || strings.HasPrefix(words[0], "H’")) {
		return splitFamilyLast(words, keys)
	}
	if len(words) == 1 {
		return Name{given: words[0]} // a name of one word: "K'Dạ"
	}
	var n Name
	if len(words) >= 3 && !t.isFamily(keys[0]) && t.isFamily(keys[1]) {
		// "Phêrô Trần Văn Khải", "Giuse Nguyễn Năng".
		n.baptismal = words[0]
		words, keys = words[1:], keys[1:]
	}
	fam := 1
	if len(words) >= 3 {
		if _, n := t.lex.longestWords(keys, func(e entry) bool { return e.kind == eFamily && !t.families[e.idx].last }); n > 1 {
			fam = n
		}
	}
	n.family, n.given = strings.Join(words[:fam], " "), words[len(words)-1]
	if len(words)-fam > 1 {
		n.middle = strings.Join(words[fam:len(words)-1], " ")
	}
	return n
}

// isFamily reports whether the key k opens a family name written first: a
// family of one word, or the first word of a family of two that is no
// family alone (Rơ of Rơ Mah).
func (t *tables) isFamily(k string) bool {
	return t.familyKey.has(k) || t.familyHeads.has(k)
}

// splitFamilyLast splits an Ê Đê name: the marker Y or H' (when written as a
// word of its own) is the middle name, the family name is the longest known
// family at the end, or else the last word.
func splitFamilyLast(words, keys []string) Name {
	t := data()
	n := Name{familyLast: true}
	rest, restKeys := words, keys
	if t.ethnic.has(keys[0]) {
		n.middle = words[0]
		rest, restKeys = words[1:], keys[1:]
	}
	fam := 1
	for k := min(3, len(rest)-1); k >= 2; k-- {
		if _, m := t.lex.longestWords(restKeys[len(rest)-k:], func(e entry) bool { return e.kind == eFamily && t.families[e.idx].last }); m == k {
			fam = k
			break
		}
	}
	if len(rest) <= fam {
		fam = len(rest) - 1
	}
	if fam == 0 {
		n.given = strings.Join(rest, " ")
		return n
	}
	n.family = strings.Join(rest[len(rest)-fam:], " ")
	n.given = strings.Join(rest[:len(rest)-fam], " ")
	return n
}

// longestWords is [trie.longest] over the keys of plain words.
func (t *trie) longestWords(keys []string, accept func(entry) bool) (entry, int) {
	n := t
	var best entry
	bestN := 0
	for j, k := range keys {
		c, _ := n.next.get(k)
		if c == nil {
			break
		}
		n = c
		for _, e := range n.entries {
			if accept(e) {
				best, bestN = e, j+1
				break
			}
		}
	}
	return best, bestN
}

// Compare compares two names the way Vietnamese lists order people: by given
// name, then middle name, then family name, each with Vietnamese collation
// (Anh < Ăn < Ân, d < đ, o < ô < ơ). It returns -1, 0 or +1. The zero Name
// sorts first. Compare builds a collator for each call; to sort many names
// use [Sort] or [NewCollator].
func Compare(a, b Name) int {
	return NewCollator().Compare(a, b)
}

// A Collator compares names with Vietnamese collation. A Collator is not safe
// for concurrent use: create one per goroutine.
type Collator struct {
	c *collate.Collator
}

// NewCollator returns a Collator for Vietnamese names.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Compare is like the package function [Compare], with c's collator.
func (c *Collator) Compare(a, b Name) int {
	if r := c.c.CompareString(a.given, b.given); r != 0 {
		return r
	}
	if r := c.c.CompareString(a.middle, b.middle); r != 0 {
		return r
	}
	if r := c.c.CompareString(a.family, b.family); r != 0 {
		return r
	}
	if r := c.c.CompareString(a.baptismal, b.baptismal); r != 0 {
		return r
	}
	switch {
	case a.familyLast == b.familyLast:
		return 0
	case !a.familyLast:
		return -1
	}
	return 1
}

// Sort sorts names in place in the order of [Compare], stably.
func Sort(names []Name) {
	c := NewCollator()
	slices.SortStableFunc(names, c.Compare)
}
