// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Document describes an official document as a text cites or heads it:
// Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy.
// Fields that the text does not give are zero.
type Document struct {
	// Type is the Vietnamese name of the document's type ("Quyết định",
	// "Quy định", "Luật"). The type word of the text settles what the code
	// leaves open: the Party's QĐ is both Quyết định and Quy định, and a
	// Tờ trình is sometimes coded TT.
	Type string
	// English is an English gloss of the type ("decision").
	English string
	// Code is the document's code, zero for a reference without one
	// ("Nghị quyết số 18").
	Code Code
	// Number is the number as the text writes it ("18" in "Nghị quyết số
	// 18", "7" in "7/QĐ-UBND"); the canonical number of a code is
	// Code.Number() ("07").
	Number string
	// Issuer is the issuing body as the text names it ("Ban Thường vụ Tỉnh
	// ủy"), or "" when the text does not name it; see [Document.IssuerName].
	Issuer string
	// Date is the date of the document (midnight UTC), or the zero time.
	Date time.Time
	// Place is where the document was issued, when the text says it.
	Place string
	// Summary is the trích yếu, what the document is about ("về việc ...").
	Summary string
}

// IssuerName returns the issuing body: the one the text names, or else the
// one the code's issuer abbreviation names as of the document's date.
func (d Document) IssuerName() string {
	if d.Issuer != "" {
		return d.Issuer
	}
	return d.Code.IssuerName(d.Date)
}

// String returns the reference in its usual written form, such as
// "Quyết định số 226-QĐ/TU ngày 12/03/2019 của Ban Thường vụ Tỉnh ủy".
func (d Document) String() string {
	var b strings.Builder
	if d.Type != "" {
		b.WriteString(d.Type)
	}
	num := d.Number
	if d.Code.IsValid() {
		num = d.Code.String()
	}
	if num != "" {
		if b.Len() > 0 {
			b.WriteString(" số ")
		}
		b.WriteString(num)
	}
	if !d.Date.IsZero() {
		b.WriteString(" ngày ")
		b.WriteString(d.Date.Format("02/01/2006"))
	}
	if d.Issuer != "" {
		b.WriteString(" của ")
		b.WriteString(d.Issuer)
	}
	if d.Summary != "" {
		b.WriteString(" về ")
		b.WriteString(d.Summary)
	}
	return b.String()
}

// ParseReference parses a phrase that cites a document: an optional type
// word, an optional "số" (with or without a colon), a code read leniently or
// a bare number, then optionally a date ("ngày 12/3/2019", "ngày 25 tháng 02
// năm 2010", "30-5-2012", "9.1.2025"), an issuer ("của Ban Thường vụ Tỉnh
// ủy") and a summary ("về việc ..."). It returns the fixes made to the code.
// A bare number needs a type word ("Nghị quyết số 18").
func ParseReference(s string) (Document, Fixes, error) {
	s = vntext.NFC(s)
	t := strings.TrimSpace(s)
	lead := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	fail := func(off int, msg string) (Document, Fixes, error) {
		if off >= 0 {
			off += lead
		}
		return Document{}, 0, &ParseError{Input: s, Offset: off, Err: syntaxErr(msg)}
	}
	if t == "" {
		return fail(-1, "empty reference")
	}
	var m Match
	found := false
	for m = range Find(t) {
		found = true
		break
	}
	if !found {
		// No reference: say why the first number is not a code, if it
		// looks like one.
		i := strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' })
		if i < 0 {
			return fail(-1, "no document number")
		}
		if _, _, err := Lenient.Parse(codeText(t, i)); err != nil {
			if pe, ok := err.(*ParseError); ok {
				pe.Input, pe.Offset = s, -1
			}
			return Document{}, 0, err
		}
		return fail(i, "not a document reference")
	}
	if m.Start != 0 {
		return fail(m.Start, "unexpected text before the reference")
	}
	d := m.Document
	rest := strings.TrimLeft(t[m.tail:], ",;: ")
	if rest != "" {
		w, after, _ := strings.Cut(rest, " ")
		switch strings.ToLower(w) {
		case "về", "v/v":
			d.Summary = strings.TrimRight(strings.TrimSpace(after), ".;")
		default:
			if strings.Trim(rest, ".;") != "" {
				return fail(len(t)-len(rest), "unexpected text after the reference")
			}
		}
	}
	return d, m.Fixes, nil
}

// codeText returns the extent of a code candidate that starts at the digit
// at i, or the digits alone.
func codeText(t string, i int) string {
	if e := codeExtent(t, i); e > i {
		return t[i:e]
	}
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	return t[i:j]
}

// typeWords are the words that name a kind of document, longest key first,
// so that "Nghị quyết liên tịch" wins over "Nghị quyết".
// They are built by loadData.
var typeWords []wordRow

func sortTypeWords() {
	typeWords = slices.Clone(wordRows)
	slices.SortStableFunc(typeWords, func(a, b wordRow) int { return cmp.Compare(len(b.key), len(a.key)) })
	byFirstSyllable = syllableIndex{}
	lastSyllables = syllableTrie{next: make([][26]uint16, 1), words: make([][]int, 1)}
	var firsts []string
	for _, w := range typeWords {
		if first, _, ok := strings.Cut(w.word, " "); ok {
			firsts = append(firsts, first)
		}
	}
	typeWordFirsts = newWordSet(firsts...)
	setShadowed()
	for k, w := range typeWords {
		first, _, _ := strings.Cut(w.key, " ")
		last := w.key[strings.LastIndexByte(w.key, ' ')+1:]
		if strings.IndexByte(w.key, ' ') >= 0 && !shadowed[k] {
			byFirstSyllable.add(first, k)
		}
		rev := []byte(last)
		slices.Reverse(rev)
		lastSyllables.add(string(rev), k)
	}
	lastSyllables.setWritten()
	setWrittenForward()
}

// lastSyllables has the last syllables of the type words, reversed, in a
// trie that wordBefore walks backwards from a word's end: a word that ends
// no type word ("khoảng", "năm") mostly fails after a letter or two.
var lastSyllables syllableTrie

// A syllableTrie holds folded syllables, letters a to z, read last letter
// first. State 0 is the root, which must exist; a next state of 0 means no
// syllable goes on with that letter.
type syllableTrie struct {
	next  [][26]uint16
	words [][]int // the type words whose last syllable ends at the state
	// written[k] is true when wordBefore may compare the type word k as
	// the data writes it bytewise: read by lastSyllableBefore and
	// matchBackward, it matches itself whole.
	written []bool
}

// setWritten sets t.written for the type words.
func (t *syllableTrie) setWritten() {
	t.written = make([]bool, len(typeWords))
	for k, w := range typeWords {
		last := w.key[strings.LastIndexByte(w.key, ' ')+1:]
		want := 0
		for i := len(last) - 1; i >= 0 && want >= 0 && last[i] >= 'a' && last[i] <= 'z'; i-- {
			if want = int(t.next[want][last[i]-'a']); want == 0 {
				want = -1
			}
		}
		st, start, n := lastSyllableBefore(w.word, len(w.word))
		t.written[k] = st > 0 && st == want && n == len(last) &&
			matchBackward(w.word, start, w.key[:len(w.key)-n]) == 0
	}
}

// add adds the reversed syllable rev of the type word k. A syllable with a
// byte other than a-z, or longer than maxSyllable, is left out:
// wordBefore never reads one.
func (t *syllableTrie) add(rev string, k int) {
	if rev == "" || len(rev) > maxSyllable {
		return
	}
	for i := 0; i < len(rev); i++ {
		if rev[i] < 'a' || rev[i] > 'z' {
			return
		}
	}
	s := 0
	for i := 0; i < len(rev); i++ {
		l := rev[i] - 'a'
		if t.next[s][l] == 0 {
			t.next = append(t.next, [26]uint16{})
			t.words = append(t.words, nil)
			t.next[s][l] = uint16(len(t.next) - 1)
		}
		s = int(t.next[s][l])
	}
	// A key already there gives the same answer, and wordBefore returns
	// the first word that matches: a second row with the same key
	// (Party and State rows) is never the answer.
	for _, w := range t.words[s] {
		if typeWords[w].key == typeWords[k].key {
			return
		}
	}
	t.words[s] = append(t.words[s], k)
}

// typeWordFirsts has the first words, as written in the data, of the type
// words of two syllables or more: a cheap test before typeWordAt.
var typeWordFirsts *wordSet

// byFirstSyllable indexes the type words of two syllables or more that no
// shorter one starts (see shadowed) by the first syllable of their keys,
// longest key first: what typeWordAt needs.
var byFirstSyllable syllableIndex

// A syllableIndex maps a folded syllable to the type words that have it,
// in a small open-addressing table: looking up a syllable of running text,
// which mostly misses, costs a hash and a comparison or two.
type syllableIndex struct {
	keys  [256]string
	words [256][]int
}

func (x *syllableIndex) slot(key []byte) int {
	n := len(key)
	h := uint32(n)*0x9E3779B1 ^ uint32(key[0])*0x85EBCA6B ^ uint32(key[n-1])*0xC2B2AE35 ^ uint32(key[n/2])*0x27D4EB2F
	h ^= h >> 15
	for i := int(h & 255); ; i = (i + 1) & 255 {
		if x.keys[i] == "" || x.keys[i] == string(key) {
			return i
		}
	}
}

func (x *syllableIndex) add(key string, k int) {
	i := x.slot([]byte(key))
	x.keys[i] = key
	x.words[i] = append(x.words[i], k)
}

// get returns the type words whose syllable is key.
func (x *syllableIndex) get(key []byte) []int {
	return x.words[x.slot(key)]
}

// maxSyllable bounds the bytes of a folded syllable ("nghieng" has 7).
const maxSyllable = 12

// syllableAt appends the letters that start at i, folded to lower-case
// ASCII, and returns nil when there are none or too many.
func syllableAt(dst []byte, text string, i int) []byte {
	for i < len(text) {
		f, size := foldAt(text, i)
		if f == 0 {
			break
		}
		if len(dst) == cap(dst) {
			return nil
		}
		dst = append(dst, f)
		i += size
	}
	if len(dst) == 0 {
		return nil
	}
	return dst
}

// foldAt returns the lower-case ASCII letter that the letter at i folds to
// (ố → o, Đ → d, A → a) and the letter's size in bytes, or 0 when no
// Vietnamese letter starts at i. It decodes the two- and three-byte forms
// of Vietnamese letters by hand: this is the inner loop of Find.
func foldAt(text string, i int) (byte, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiFold[c], 1
	}
	return foldAtSlow(text, i)
}

// foldAtSlow is foldAt for a non-ASCII byte.
func foldAtSlow(text string, i int) (byte, int) {
	switch c := text[i]; {
	case c >= 0xC3 && c <= 0xC7 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		return fold2[int(c-0xC3)<<6|int(text[i+1]&0x3F)], 2
	case c == 0xE1 && i+2 < len(text) && (text[i+1] == 0xBA || text[i+1] == 0xBB) && text[i+2]&0xC0 == 0x80:
		return fold3[int(text[i+1]-0xBA)<<6|int(text[i+2]&0x3F)], 3
	case c == 0xE1 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
		return 0, 3
	}
	return 0, 1
}

// fold2 and fold3 are vntext.FoldRune, in lower case, for the two-byte
// forms C3..C7 xx (U+00C0..U+01FF) and the three-byte forms E1 BA xx and
// E1 BB xx (U+1E80..U+1EFF) of Vietnamese letters, indexed by their bytes.
var fold2, fold3 = func() (t2 [5 << 6]byte, t3 [2 << 6]byte) {
	for i := range t2 {
		if f := vntext.FoldRune(rune(0xC0 + i)); f != 0 {
			t2[i] = f | 0x20
		}
	}
	for i := range t3 {
		if f := vntext.FoldRune(rune(0x1E80 + i)); f != 0 {
			t3[i] = f | 0x20
		}
	}
	return t2, t3
}()

// foldBefore is foldAt for the letter that ends at i. Small enough to be
// inlined, it reads an ASCII byte itself.
func foldBefore(text string, i int) (byte, int) {
	if i > 0 {
		if c := text[i-1]; c < utf8.RuneSelf {
			return asciiFold[c], 1
		}
	}
	return foldBeforeSlow(text, i)
}

// asciiFold maps an ASCII letter to its lower case, any other byte to 0.
var asciiFold = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = byte(c+'a'-'A'), byte(c+'a'-'A')
	}
	return t
}()

// foldBeforeSlow is foldBefore for a non-ASCII byte before i, or i == 0.
func foldBeforeSlow(text string, i int) (byte, int) {
	if i == 0 {
		return 0, 0
	}
	switch c := text[i-1]; {
	case c >= 0xC0:
	case i >= 3 && text[i-3] == 0xE1 && (text[i-2] == 0xBA || text[i-2] == 0xBB):
		return fold3[int(text[i-2]-0xBA)<<6|int(c&0x3F)], 3
	case i >= 2 && text[i-2] >= 0xC3 && text[i-2] <= 0xC7:
		return fold2[int(text[i-2]-0xC3)<<6|int(c&0x3F)], 2
	}
	return 0, 0
}

// wordBefore finds a type word that ends at end in text (folded, case and
// diacritics ignored, any run of white space matching one space). It returns
// the index in typeWords and the start, or -1.
func wordBefore(text string, end int) (int, int) {
	st, lastStart, n := lastSyllableBefore(text, end)
	if st <= 0 {
		return -1, -1
	}
	for _, k := range lastSyllables.words[st] {
		// The last syllable matches: match what comes before it. The type
		// word as the data writes it ("Quyết định") is compared bytewise.
		key := typeWords[k].key
		prefix := key[:len(key)-n]
		var start int
		if w := typeWords[k].word; lastSyllables.written[k] && len(w) <= end && text[end-len(w):end] == w {
			start = end - len(w)
			if start > 0 && (text[start-1] >= utf8.RuneSelf || asciiFold[text[start-1]] != 0 || isDigit(text[start-1])) &&
				!wordStartOK(text, start) {
				start = -1
			}
		} else {
			start = matchBackward(text, lastStart, prefix)
		}
		if start < 0 {
			continue
		}
		// A one-syllable word (Luật, Lệnh) in lower case is part of other
		// words ("pháp luật số ..."): it needs its capital.
		if prefix == "" && !isUpperAt(text, start) {
			continue
		}
		return k, start
	}
	return -1, -1
}

// lastSyllableBefore reads the letters that end at end backwards through
// lastSyllables. It returns the state reached, where the letters start and
// how many there are; the state is 0 when there are no letters and -1 when
// they end no type word.
func lastSyllableBefore(text string, end int) (st, start, n int) {
	start = end
	trie := lastSyllables.next
	for start > 0 {
		// foldBefore, in line.
		var f byte
		size := 1
		switch c := text[start-1]; {
		case c < utf8.RuneSelf:
			f = asciiFold[c]
		case c >= 0xC0:
		case start >= 3 && text[start-3] == 0xE1 && (text[start-2] == 0xBA || text[start-2] == 0xBB):
			f, size = fold3[int(text[start-2]-0xBA)<<6|int(c&0x3F)], 3
		case start >= 2 && text[start-2] >= 0xC3 && text[start-2] <= 0xC7:
			f, size = fold2[int(text[start-2]-0xC3)<<6|int(c&0x3F)], 2
		}
		if f == 0 {
			break
		}
		l := f - 'a'
		if l >= 26 {
			return -1, 0, 0
		}
		next := trie[st][l]
		if next == 0 {
			return -1, 0, 0
		}
		st, start, n = int(next), start-size, n+1
	}
	return st, start, n
}

// matchBackward matches the folded key against text ending at end and
// returns the start of the match, or -1. The word must start at a word
// boundary, or right after a lower-case letter when it starts with a capital
// (words glued together: "tạiTờ trình").
func matchBackward(text string, end int, key string) int {
	i, k := end, len(key)
	for k > 0 {
		if i == 0 {
			return -1
		}
		if key[k-1] == ' ' {
			j := i
			for j > 0 && i-j < maxGap && isSpaceByte(text[j-1]) {
				j--
			}
			if j == i {
				return -1
			}
			i, k = j, k-1
			continue
		}
		f, size := asciiFold[text[i-1]], 1
		if text[i-1] >= utf8.RuneSelf {
			f, size = foldBeforeSlow(text, i)
		}
		if f == 0 || f != key[k-1] {
			return -1
		}
		i -= size
		k--
	}
	if !wordStartOK(text, i) {
		return -1
	}
	return i
}

// wordStartOK reports whether a word may start at i: at a word boundary, or
// with a capital right after a lower-case letter.
func wordStartOK(text string, i int) bool {
	if i > 0 {
		prev := rune(text[i-1])
		if prev >= utf8.RuneSelf {
			prev, _ = utf8.DecodeLastRuneInString(text[:i])
		}
		if isWordRune(prev) {
			first, _ := utf8.DecodeRuneInString(text[i:])
			if !(unicode.IsLower(prev) && unicode.IsUpper(first)) {
				return false
			}
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// maxGap bounds the white space between the words of a reference that Find
// looks back over, so that no byte is read more than a few times.
const maxGap = 32

// soBefore finds the word "số" (any case, with an optional colon, and white
// space around) that ends at end, and returns its start, or -1.
func soBefore(text string, end int) int {
	return soBeforeGap(text, end, spacesBefore(text, end))
}

// spacesBefore returns the start of the white space (maxGap bytes at most)
// that ends at end.
func spacesBefore(text string, end int) int {
	i := end
	for i > 0 && end-i < maxGap && spaceByte[text[i-1]] {
		i--
	}
	return i
}

// spaceByte is isSpaceByte as a table.
var spaceByte = [256]bool{' ': true, '\n': true, '\r': true, '\t': true}

// soBeforeGap is soBefore with i = spacesBefore(text, end).
func soBeforeGap(text string, end, i int) int {
	if i > 0 && text[i-1] == ':' {
		i--
		for i > 0 && end-i < 2*maxGap && text[i-1] == ' ' {
			i--
		}
	}
	// "số" and "SỐ" end in the bytes E1 BB 91 and E1 BB 90.
	if i < 4 || text[i-1] != 0x91 && text[i-1] != 0x90 || text[i-2] != 0xBB {
		return -1
	}
	// "số" is s E1 BB 91, "Số" S E1 BB 91, "SỐ" S E1 BB 90.
	if text[i-3] != 0xE1 || text[i-4] != 'S' && (text[i-4] != 's' || text[i-1] != 0x91) {
		return -1
	}
	start := i - 4
	if start > 0 {
		prev := rune(text[start-1])
		if prev >= utf8.RuneSelf {
			prev, _ = utf8.DecodeLastRuneInString(text[:start])
		}
		if isWordRune(prev) {
			return -1
		}
	}
	return start
}

// referenceBefore extends a reference that starts at the code (or number)
// at a backwards over "số" and a type word. It returns the new start, the
// index of the type word in typeWords (or -1) and the end of the type word.
func referenceBefore(text string, a int) (start, word, wordEnd int) {
	start = a
	j := spacesBefore(text, a)
	// soBeforeGap needs a colon or the last byte of "số" before the gap.
	if j > 0 && (text[j-1] == ':' || text[j-1] == 0x91 || text[j-1] == 0x90) {
		if s := soBeforeGap(text, a, j); s >= 0 {
			start = s
			if j = spacesBefore(text, start); j == start {
				// "số" glued to the word before it: no type word.
				return start, -1, -1
			}
		}
	}
	// wordBefore needs a letter before j that ends a type word: an ASCII
	// byte is judged here (the same in NFC and NFD), but for the colon of
	// "Số:".
	if j == 0 || text[j-1] < utf8.RuneSelf && !mayEndTypeWord(text[j-1]) {
		if j > 0 && text[j-1] == ':' && start == a && marksAt(text, j-8) {
			return decomposedBefore(text, a, start) // "Số:" in NFD
		}
		return start, -1, -1
	}
	if k, ws := wordBefore(text, j); k >= 0 {
		return ws, k, j
	}
	if marksAt(text, j-8) {
		return decomposedBefore(text, a, start)
	}
	return start, -1, -1
}

// mayEndTypeWord reports whether the ASCII byte c may be the last letter
// of a type word, in any case, with or without diacritics.
func mayEndTypeWord(c byte) bool {
	return asciiFold[c] != 0 && lastSyllables.next[0][asciiFold[c]-'a'] != 0
}

// afterReference reads what may follow a code in a reference: a date and an
// issuer phrase. It returns them and the offset after them.
func afterReference(text string, e int) (time.Time, string, int) {
	var date time.Time
	i := e
	j := skipSpaces(text, i, len(text))
	if j < len(text) && (text[j] == ',' || text[j] == '(') {
		j = skipSpaces(text, j+1, len(text))
	}
	// The date follows "ngày", or stands alone in brackets or after a comma.
	at := -1
	k, ok := 0, false
	if mayStartWord(text, j, 'n') {
		k, ok = wordAt(text, j, "ngay")
	}
	if ok {
		at = skipSpaces(text, k, len(text))
	} else if j > e && (text[j-1] == '(' || text[e] == ',') {
		at = j
	}
	if at >= 0 {
		if d, end, ok := dateAt(text, at); ok {
			date, i = d, end
			if i < len(text) && text[i] == ')' {
				i++
			}
		}
	}
	j = skipSpaces(text, i, len(text))
	if j < len(text) && text[j] == ',' {
		j = skipSpaces(text, j+1, len(text))
	}
	if mayStartWord(text, j, 'c') {
		if k, ok := wordAt(text, j, "cua"); ok {
			if name, end := issuerPhrase(text, skipSpaces(text, k, len(text))); name != "" {
				return date, name, end
			}
		}
	}
	// In NFD, "ngày" and "của" start with their ASCII letters, after a gap,
	// a comma or a bracket.
	if k := skipSpaces(text, e, len(text)); k < len(text) && mayStartNFD[text[k]] && marksAt(text, k) {
		return decomposedAfter(text, e, date, i)
	}
	return date, "", i
}

// mayStartNFD has the bytes that may start what afterReference reads, when
// it is decomposed.
var mayStartNFD = [256]bool{'n': true, 'N': true, 'c': true, 'C': true, ',': true, '(': true}

// mayStartWord reports whether the word whose folded first letter is the
// lower-case ASCII letter first may start at j: wordAt fails where this
// fails.
func mayStartWord(text string, j int, first byte) bool {
	return j < len(text) && (text[j]|0x20 == first || text[j] >= utf8.RuneSelf)
}

// wordAt matches the folded lower-case ASCII word w at i, followed by a
// non-letter, and returns the offset after it.
func wordAt(text string, i int, w string) (int, bool) {
	for k := 0; k < len(w); k++ {
		if i >= len(text) {
			return 0, false
		}
		f, size := asciiFold[text[i]], 1
		if text[i] >= utf8.RuneSelf {
			f, size = foldLowerAt(text, i)
		}
		if f != w[k] {
			return 0, false
		}
		i += size
	}
	if wordRuneAt(text, i) {
		return 0, false
	}
	return i, true
}

// foldLowerAt returns the rune at i folded as [vntext.FoldRune] folds it and
// put in lower case, and its size: an ASCII byte as it is (a capital in
// lower case), 0 for a rune that does not fold. It decodes the two- and
// three-byte forms of Vietnamese letters by hand.
func foldLowerAt(text string, i int) (byte, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c, 1
	}
	if f, size := foldAtSlow(text, i); f != 0 {
		return f, size
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	f := vntext.FoldRune(r)
	if 'A' <= f && f <= 'Z' {
		f += 'a' - 'A'
	}
	return f, size
}

// wordRuneAt reports whether a letter, a digit or a combining mark starts
// at i.
func wordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// dateAt reads a date at i: 25/02/2010, 25-2-2010, 9.1.2025, 06 / 7 /2005,
// or 25 tháng 02 năm 2010. It returns the date and the offset after it.
func dateAt(text string, i int) (time.Time, int, bool) {
	day, i, ok := numberAt(text, i, 2)
	if !ok {
		return time.Time{}, 0, false
	}
	var month, year int
	j := skipSpaces(text, i, len(text))
	k, ok := 0, false
	if mayStartWord(text, j, 't') {
		k, ok = wordAt(text, j, "thang")
	}
	if ok {
		if month, i, ok = numberAt(text, skipSpaces(text, k, len(text)), 2); !ok {
			return time.Time{}, 0, false
		}
		k, ok := wordAt(text, skipSpaces(text, i, len(text)), "nam")
		if !ok {
			return time.Time{}, 0, false
		}
		if year, i, ok = numberAt(text, skipSpaces(text, k, len(text)), 4); !ok {
			return time.Time{}, 0, false
		}
	} else {
		if j >= len(text) || (text[j] != '/' && text[j] != '-' && text[j] != '.') {
			return time.Time{}, 0, false
		}
		sep := text[j]
		if month, i, ok = numberAt(text, skipSpaces(text, j+1, len(text)), 2); !ok {
			return time.Time{}, 0, false
		}
		j = skipSpaces(text, i, len(text))
		if j >= len(text) || text[j] != sep {
			return time.Time{}, 0, false
		}
		if year, i, ok = numberAt(text, skipSpaces(text, j+1, len(text)), 4); !ok {
			return time.Time{}, 0, false
		}
	}
	if year < 1945 || year > nextYear || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return time.Time{}, 0, false
	}
	return dateUTC(year, month, day), i, true
}

// daysIn returns the number of days in the month (1 to 12) of the year.
func daysIn(year, month int) int {
	if month == 2 {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + (month+month>>3)&1
}

// dateUTC is time.Date(year, month, day, 0, 0, 0, 0, time.UTC) for a valid
// date after year 0, without time.Date's normalization: the days since
// 1970 by the civil calendar (H. Hinnant's days_from_civil).
func dateUTC(year, month, day int) time.Time {
	if month <= 2 {
		year--
	}
	era := year / 400
	yoe := year - era*400
	doy := (153*((month+9)%12)+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468
	return time.Unix(int64(days)*86400, 0).UTC()
}

// numberAt reads 1 to max digits at i (exactly 4 when max is 4), not
// followed by another digit.
func numberAt(text string, i, max int) (int, int, bool) {
	n, j := 0, i
	for j < len(text) && isDigit(text[j]) && j-i < max {
		n = n*10 + int(text[j]-'0')
		j++
	}
	if j == i || j < len(text) && isDigit(text[j]) || max == 4 && j-i != 4 {
		return 0, 0, false
	}
	return n, j, true
}

// issuerStops are words that end an issuer phrase (compared in lower case).
var issuerStops = newWordSet(
	"về", "v/v", "ngày", "đã", "đến", "với", "tại", "trong", "để", "thì", "là", "được",
	"nhằm", "theo", "có", "đối", "khi", "cho", "sau", "trước", "này", "đó", "thực", "triển",
	"số", "gồm", "nay", "thi", "cùng", "kèm", "vv", "sửa", "bổ", "hủy", "bãi", "mà", "như",
	"nêu", "sẽ", "quy", "hướng", "phê", "chỉ", "yêu", "giao", "tổ", "năm", "tháng", "lần",
	"các", "những", "một", "trên", "dưới", "đề", "ký", "gửi", "triệu", "tiếp",
)

// A wordSet is a small set of words in an open-addressing table: a lookup
// costs a cheap hash and a comparison or two, which matters in Find.
type wordSet struct {
	keys [128]string
	// lens has, for each first byte, bit n set when a word of n bytes (63:
	// of 63 or more) starts with it: most words are dropped without a hash.
	lens [256]uint64
}

func newWordSet(words ...string) *wordSet {
	ws := &wordSet{}
	for _, w := range words {
		ws.keys[ws.slot(w)] = w
		if w != "" {
			ws.lens[w[0]] |= 1 << min(len(w), 63)
		}
	}
	return ws
}

func (ws *wordSet) slot(w string) int {
	for i := int(fastHash(w) & 127); ; i = (i + 1) & 127 {
		if ws.keys[i] == "" || ws.keys[i] == w {
			return i
		}
	}
}

// has reports whether w is in the set.
func (ws *wordSet) has(w string) bool {
	if w == "" || ws.lens[w[0]]&(1<<min(len(w), 63)) == 0 {
		return false
	}
	for i := int(fastHash(w) & 127); ; i = (i + 1) & 127 {
		switch ws.keys[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// issuerPhrase reads the name of an issuing body at i: words up to
// punctuation, a line break, a stop word or a type word ("Hướng dẫn"), at
// most 14 words. "và" continues the name only before a capital (Ban Tuyên
// giáo và Dân vận), and a name starts with a capital.
func issuerPhrase(text string, i int) (string, int) {
	start, end := i, i
	var buf [64]byte
	for w := 0; w < 14 && i < len(text); w++ {
		j, t := i, text[:min(len(text), i+len(buf)+1)] // a word longer than buf ends the name
		for j < len(t) && wordByte[t[j]] {
			j++
		}
		if j == i || j-i > len(buf) {
			break
		}
		word := text[i:j]
		upper := 'A' <= word[0] && word[0] <= 'Z' || word[0] >= utf8.RuneSelf && isUpperAt(word, 0)
		if w == 0 && !upper {
			// A body's name starts with a capital (Ban, Bộ, UBND, Thủ tướng).
			break
		}
		// A capital then an ASCII lower-case letter is no all-capitals word.
		if !upper || !(len(word) > 1 && 'a' <= word[1] && word[1] <= 'z') && allUpper(word) {
			// Stop words are in lower case, or in an all-capitals heading.
			lower := word
			if upper {
				lower = string(appendLower(buf[:0], word))
			}
			if issuerStops.has(lower) {
				break
			}
			if lower == "ban" && !upper {
				if _, ok := wordAt(text, skipSpaces(text, j, len(text)), "hanh"); ok {
					break // "ban hành"
				}
			}
			if lower == "và" {
				k := skipSpaces(text, j, len(text))
				if !isUpperAt(text, k) || typeWordAt(text, k) {
					break
				}
			}
		}
		if w > 0 && upper && typeWordFirsts.has(word) && typeWordAt(text, i) {
			break
		}
		end = j
		// Only a single space (or "-", "&") joins the words of a name.
		if j < len(text) && (text[j] == ' ' || text[j] == '-' || text[j] == '&') {
			i = j + 1
			continue
		}
		break
	}
	if end == start {
		return "", start
	}
	return text[start:end], end
}

// wordByte has the bytes that may be part of a Vietnamese word: ASCII
// letters and digits, the lead bytes of Latin letters with diacritics
// (C3..C7, E1), of combining marks (CC, CD), and continuation bytes. It
// leaves out the lead bytes of punctuation (C2, E2: no-break space, « »,
// dashes, quotation marks, ellipsis).
var wordByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			0x80 <= c && c <= 0xBF || 0xC3 <= c && c <= 0xC7 || c == 0xCC || c == 0xCD || c == 0xE1
	}
	return t
}()

// allUpper reports whether word has no lower-case letter.
func allUpper(word string) bool {
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		k, size := caseAt(word, i)
		if k&caseLower != 0 {
			return false
		}
		i += size
	}
	return true
}

// typeWordAt reports whether a type word of two syllables or more starts at i.
func typeWordAt(text string, i int) bool {
	var buf [maxSyllable]byte
	first := syllableAt(buf[:0], text, i)
	if first == nil {
		return false
	}
	for _, k := range byFirstSyllable.get(first) {
		key := typeWords[k].key
		// The type word as the data writes it ("Chỉ thị") is compared
		// bytewise first.
		if w := typeWords[k].word; writtenForward[k] && strings.HasPrefix(text[i:], w) {
			if !wordRuneAt(text, i+len(w)) {
				return true
			}
			continue
		}
		if matchForward(text, i, key) {
			return true
		}
	}
	return false
}

// writtenForward[k] is true when typeWordAt may compare the type word k as
// the data writes it bytewise: matchForward reads it whole, to its end.
var writtenForward []bool

// shadowed[k] is true when a shorter type word of two syllables or more
// starts type word k, syllable for syllable ("Quyết định" of "Quyết định
// giám đốc thẩm"): wherever k matches, that one does, so typeWordAt, which
// asks only whether some type word starts at i, need not look at k.
var shadowed []bool

func setShadowed() {
	shadowed = make([]bool, len(typeWords))
	for k, w := range typeWords {
		for _, v := range typeWords {
			if strings.IndexByte(v.key, ' ') >= 0 && strings.HasPrefix(w.key, v.key+" ") {
				shadowed[k] = true
				break
			}
		}
	}
}

func setWrittenForward() {
	writtenForward = make([]bool, len(typeWords))
	for k, w := range typeWords {
		writtenForward[k] = matchForward(w.word, 0, w.key) && !matchForward(w.word+"x", 0, w.key)
	}
}

// matchForward matches the folded key at i, followed by a non-letter.
func matchForward(text string, i int, key string) bool {
	for k := 0; k < len(key); {
		if i >= len(text) {
			return false
		}
		if key[k] == ' ' {
			if !isSpaceByte(text[i]) {
				return false
			}
			for i < len(text) && isSpaceByte(text[i]) {
				i++
			}
			k++
			continue
		}
		f, size := foldLowerAt(text, i)
		if f != key[k] {
			return false
		}
		i += size
		k++
	}
	return !wordRuneAt(text, i)
}
