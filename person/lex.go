// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnorg/vnorg/internal/vntext"
)

// key returns the matching key of a word or phrase: NFC, look-alikes
// repaired, tone marks in the new placement, lower case, single spaces.
func key(s string) string { return vntext.Key(s, false) }

type entryKind uint8

const (
	eTitle entryKind = iota + 1
	eMembership
	eHonorific
	eModifier
	eFamily
)

// An entry is what a phrase of the lexicon stands for: a row of one table.
type entry struct {
	kind entryKind
	idx  int
}

// A trie maps phrases, word by word, to their entries.
type trie struct {
	next    wordMap[*trie] // next by the word's key
	forms   wordMap[*trie] // next by the word as written: its key, Capitalized and in CAPITALS
	entries []entry
}

func newTrie() *trie { return &trie{} }

// add files e under the words of phrase, by their keys as key makes them.
func (t *trie) add(phrase string, e entry, key func(string) string) {
	n := t
	for _, w := range splitWords(phrase) {
		k := key(w)
		c, ok := n.next.get(k)
		if !ok {
			c = &trie{}
			n.next.set(k, c)
			for _, f := range writtenForms(k) {
				if !n.forms.has(f) {
					n.forms.set(f, c)
				}
			}
		}
		n = c
	}
	n.entries = append(n.entries, e)
}

// writtenForms returns the ways running text writes a word whose key is k:
// as k, Capitalized and in CAPITALS.
func writtenForms(k string) []string {
	r, size := utf8.DecodeRuneInString(k)
	return []string{k, string(unicode.ToUpper(r)) + k[size:], strings.ToUpper(k)}
}

// simpleForm reports whether the word w is its own key, or its key with the
// first letter in upper case: NFC, no look-alike, no capital after the first
// letter, no old tone placement. A simple word that is not among the
// written forms of a set of keys (see writtenForms) has no key in the set.
// It looks at bytes only: anything outside the Vietnamese letters is not
// simple.
func simpleForm(w string) bool {
	if w == "" {
		return false
	}
	i := 1
	if c := w[0]; c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(w)
		if caseOf(r) == 0 || r == 0xD0 || r == 0xF0 {
			return false
		}
		i = size
	}
	for i < len(w) {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
		case c == 0xC3:
			// à-ý, not Ð ð or a capital.
			if i+1 >= len(w) || w[i+1] < 0xA0 || w[i+1] == 0xB0 {
				return false
			}
			i += 2
		case c == 0xC4 || c == 0xC5 || c == 0xC6:
			// ă đ ĩ ũ ơ ư.
			if i+1 >= len(w) {
				return false
			}
			switch r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F); r {
			case 0x0103, 0x0111, 0x0129, 0x0169, 0x01A1, 0x01B0:
			default:
				return false
			}
			i += 2
		case c == 0xE1:
			// ạ-ỹ, the odd code points of U+1EA0-U+1EF9.
			if i+2 >= len(w) || w[i+1] != 0xBA && w[i+1] != 0xBB || w[i+2]&1 == 0 || w[i+1] == 0xBB && w[i+2] > 0xB9 {
				return false
			}
			i += 3
		default:
			return false
		}
	}
	return !oldToneEnd(w)
}

// finish calls f with every first word of the trie.
func (t *trie) finish(f func(string)) {
	for _, k := range t.next.keys {
		f(k)
	}
}

// rootOf returns the node of the first word tk in the trie t (the lexicon),
// remembering it in the token.
func rootOf(t *trie, tk *token) *trie {
	if !tk.rootDone {
		tk.root, _ = t.next.get(tk.key)
		tk.rootDone = true
	}
	return tk.root
}

// splitWords splits a phrase of the data files into words as the tokenizer
// would: on spaces only (the data never writes punctuation between words).
func splitWords(s string) []string { return strings.Fields(s) }

// A tokKind tells words from punctuation.
type tokKind uint8

const (
	tWord tokKind = iota + 1
	tPunct
)

// A token is a word or a punctuation mark of the input, with its byte offsets
// and, for words, its matching key.
type token struct {
	start, end int // byte offsets into the text
	kind       tokKind
	punct      byte  // the punctuation mark, '-' for every dash, '\n' for a line break
	upper      bool  // the first letter is upper case
	caps       bool  // every letter is upper case (and there are two or more)
	digit      bool  // the first character is a digit
	lit        uint8 // in text without diacritics, 1 + the index in codeWords of the word key stands for, or 0
	nl         int   // line breaks before this token
	key        string
	root       *trie // the lexicon node of key, once looked up
	rootDone   bool
	name       uint8 // whether the word can be part of a name: 0 not known yet, 1 yes, 2 no
	hon, mod   uint8 // 1 + the words of the honorific or modifier at this token, 0 not known yet
	honIdx     uint16
	modIdx     uint16
}

// lk returns the key the code compares with its words ("và", "đảng"): the
// key, or in text without diacritics the word of codeWords it stands for
// ("va" → "và").
func (t *token) lk() string {
	if t.lit != 0 {
		return codeWords[t.lit-1]
	}
	return t.key
}

// litIs reports whether the token stands for the word w of codeWords.
func (t *token) litIs(w string) bool { return t.lit != 0 && codeWords[t.lit-1] == w }

// oneOf reports whether k is one of ws.
func oneOf(k string, ws ...string) bool {
	for _, w := range ws {
		if k == w {
			return true
		}
	}
	return false
}

// isWordRune reports whether r continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if caseOf(r) != 0 {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// joiners may sit inside a word when a word character follows: T.Ư, TP.HCM,
// KH-ĐT, TT&TT, đ/c, H'Hen.
func isJoiner(r rune) bool {
	return r == '.' || r == '-' || r == '&' || r == '/' || r == '\'' || r == '’'
}

// dotted are the abbreviations whose final period belongs to the word, in
// lower case: TP. and Q. (thành phố, quận), TSKH., KS. and LS., and the
// titles of data/honorifics.tsv written with a final period (PGS., ThS.BS.).
var dotted = func() map[string]bool {
	m := map[string]bool{"tp": true, "q": true, "tskh": true, "ks": true, "ls": true}
	rows, _ := readTSV("honorifics.tsv", 4)
	for _, f := range rows {
		if w, ok := strings.CutSuffix(f[0], "."); ok {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}()

// dottedWord reports whether w, in any case, is one of the dotted
// abbreviations, without allocating: they are short and ASCII.
func dottedWord(w string) bool {
	var buf [8]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return dotted[string(buf[:len(w)])]
}

// periodBelongs reports whether the period before offset j belongs to the
// abbreviation before it ("TP. Hồ Chí Minh", "GS. Nguyễn Văn An") rather
// than ending a sentence: more of the line follows it.
func periodBelongs(text string, j, to int) bool {
	for j < to && text[j] == ' ' {
		j++
	}
	return j < to && text[j] != '\n' && text[j] != '\r'
}

// A tokenizer cuts text into tokens, reusing its buffers between calls.
type tokenizer struct {
	toks []token
	keys []byte // arena of the tokens' keys

	// lits maps the keys of words written without diacritics to the
	// words of codeWords they stand for (see token.lit); nil for text
	// with diacritics.
	lits map[string][2]uint8
}

// reset empties the tokenizer for the next text.
func (z *tokenizer) reset() {
	z.toks = z.toks[:0]
	z.keys = z.keys[:0]
}

// tokenize appends the tokens of text[from:to] to z.toks, offsets relative
// to text.
func (z *tokenizer) tokenize(text string, from, to int) {
	nl := 0
	for i := from; i < to; {
		c := text[i]
		if c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			switch c {
			case ' ', '\t', '\r', '\f', '\v':
			case '\n':
				nl++
			default:
				z.toks = append(z.toks, token{start: i, end: i + 1, kind: tPunct, punct: c, nl: nl})
				nl = 0
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			p := byte('?')
			switch {
			case r == utf8.RuneError:
				p = '?'
			case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
				p = '-'
			case unicode.IsSpace(r):
				i += size
				continue
			case r == 0x200B || r == 0xFEFF:
				i += size
				continue
			case r == '“' || r == '”' || r == '„':
				p = '"'
			case r == '‘' || r == '’':
				p = '\''
			case r == '…':
				p = '.'
			}
			z.toks = append(z.toks, token{start: i, end: i + size, kind: tPunct, punct: p, nl: nl})
			nl = 0
			i += size
			continue
		}
		// A word: find its end and, on the way, whether its key is the word
		// itself (lower case, NFC, no look-alike), the common case that
		// needs no copy.
		start := i
		if c := caseOf(r); c == 'l' || c == 0 && r < utf8.RuneSelf {
			// A word in lower case (or a number): its key is itself unless
			// it is decomposed, holds ð, or ends in the old tone placement.
			end, slow := lowerWordEnd(text, start, i+size, to)
			w := text[start:end]
			tk := token{start: start, end: end, kind: tWord, nl: nl, key: w, digit: '0' <= r && r <= '9'}
			if slow {
				koff := len(z.keys)
				z.keys = appendKey(z.keys, w)
				if len(z.keys) > koff {
					tk.key = unsafe.String(&z.keys[koff], len(z.keys)-koff)
				}
			}
			if end < to && text[end] == '.' && dotted[tk.key] && periodBelongs(text, end+1, to) {
				end++
				tk.end = end
				tk.key = text[start:end]
			}
			nl = 0
			if z.lits != nil {
				tk.lit = z.lits[tk.key][0]
			}
			z.toks = append(z.toks, tk)
			i = end
			continue
		}
		i += size
		upper, lowerSeen, slow := 0, false, false
		var prev, last rune
		note := func(r rune) {
			switch c := caseOf(r); c {
			case 'U':
				upper++
			case 'l':
				lowerSeen = true
			case 'm':
				slow = true
			}
			if r == 0xD0 || r == 0xF0 {
				slow = true
			}
			prev, last = last, r
		}
		note(r)
		first := r
		for i < to {
			c := text[i]
			if c < utf8.RuneSelf {
				if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
					lowerSeen = lowerSeen || c >= 'a'
					prev, last = last, rune(c)
					i++
					continue
				}
				if 'A' <= c && c <= 'Z' {
					upper++
					prev, last = last, rune(c)
					i++
					continue
				}
			}
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				note(r)
				i += size
				continue
			}
			if isJoiner(r) && i+size < to {
				r2, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(r2) {
					i += size
					prev, last = 0, 0
					continue
				}
			}
			break
		}
		w := text[start:i]
		if (prev == 'o' || prev == 'u' || prev == 'O' || prev == 'U') && oldToneEnd(w) {
			slow = true
		}
		tk := token{start: start, end: i, kind: tWord, nl: nl}
		if upper == 0 && !slow {
			tk.key = w
			if i < to && text[i] == '.' && dotted[w] && periodBelongs(text, i+1, to) {
				i++
				tk.end = i
				tk.key = text[start:i]
			}
		} else {
			koff := len(z.keys)
			if upper == 1 && !slow && caseOf(first) == 'U' {
				// Capitalized: only the first letter changes.
				z.keys = utf8.AppendRune(z.keys, toLower(first))
				z.keys = append(z.keys, w[utf8.RuneLen(first):]...)
			} else {
				z.keys = appendKey(z.keys, w)
			}
			if i < to && text[i] == '.' && dotted[string(z.keys[koff:])] && periodBelongs(text, i+1, to) {
				i++
				tk.end = i
				z.keys = append(z.keys, '.')
			}
			// The key is a view of the arena: the arena only grows while
			// this text is read, and keys never leave the parser.
			if len(z.keys) > koff {
				tk.key = unsafe.String(&z.keys[koff], len(z.keys)-koff)
			}
		}
		nl = 0
		tk.upper = upper > 0 && caseOf(first) == 'U'
		tk.digit = '0' <= first && first <= '9'
		tk.caps = upper >= 2 && !lowerSeen
		if z.lits != nil {
			tk.lit = z.lits[tk.key][1]
		}
		z.toks = append(z.toks, tk)
	}
}

// lowerWordEnd returns the end of a word in lower case that starts at start
// and whose first character ends at i, and whether its key needs work: combining marks, ð,
// a capital inside, or the old tone placement at its end. Bytes of
// multi-byte characters are letters, except for punctuation and spaces from
// the U+0080 and U+2000 blocks, which are checked.
func lowerWordEnd(text string, start, i, to int) (int, bool) {
	slow := false
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiLetterOrDigit(c) {
				slow = slow || 'A' <= c && c <= 'Z'
				i++
				continue
			}
			if isJoiner(rune(c)) && i+1 < to {
				r2, _ := utf8.DecodeRuneInString(text[i+1:])
				if isWordRune(r2) {
					i++
					continue
				}
			}
			break
		}
		switch {
		case c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF:
			// Punctuation, spaces, CJK punctuation, full-width forms.
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				return i, slow
			}
			slow = slow || caseOf(r) != 'l'
			i += size
			continue
		case c == 0xCC || c == 0xCD:
			slow = true
		case c == 0xC3 && i+1 < to && (text[i+1] == 0x90 || text[i+1] == 0xB0):
			slow = true // Ð, ð
		case c == 0xC3 && i+1 < to && text[i+1] < 0x9F || c == 0xE1 && i+2 < to && text[i+1] >= 0xBA && text[i+2]&1 == 0:
			slow = true // a capital inside
		}
		i++
	}
	if !slow && oldToneEnd(text[start:i]) {
		slow = true
	}
	return i, slow
}

func asciiLetterOrDigit(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// oldTones are the toned vowels that the old tone placement writes after o
// or u at the end of a syllable (hoà, uỷ).
const oldTones = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"

// oldToneEnd reports whether the word w ends in the old tone placement: o or
// u, then a toned a, e or y ("hoà", "uỷ"). After q the u belongs to the
// consonant and the tone is where both placements put it ("quá", "Quý").
func oldToneEnd(w string) bool {
	// Every old tone is two or three bytes long and comes after o or u: look
	// at the byte before the last character before decoding anything.
	n := len(w)
	if n < 3 || w[n-1] < utf8.RuneSelf {
		return false
	}
	if o := w[n-3] | 0x20; o != 'o' && o != 'u' {
		if n < 4 || w[n-4]|0x20 != 'o' && w[n-4]|0x20 != 'u' {
			return false
		}
	}
	last, size := utf8.DecodeLastRuneInString(w)
	if size < 2 || len(w) <= size || !strings.ContainsRune(oldTones, last) {
		return false
	}
	switch w[len(w)-size-1] {
	case 'o', 'O':
		return true
	case 'u', 'U':
		return len(w) < size+2 || w[len(w)-size-2]|0x20 != 'q'
	}
	return false
}

// caseOf classifies a rune of a word: 'U' upper-case letter, 'l' lower-case
// letter, 'm' combining mark, 0 other. Vietnamese letters are looked up
// without the unicode tables.
func caseOf(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return 'U'
		case 'a' <= r && r <= 'z':
			return 'l'
		}
		return 0
	case r >= 0x00C0 && r <= 0x00DE && r != 0xD7:
		return 'U'
	case r >= 0x00DF && r <= 0x00FF && r != 0xF7:
		return 'l'
	case r >= 0x1EA0 && r <= 0x1EF9, r == 0x0102 || r == 0x0103, r == 0x0110 || r == 0x0111,
		r == 0x0128 || r == 0x0129, r == 0x0168 || r == 0x0169:
		if r&1 == 0 {
			return 'U'
		}
		return 'l'
	case r == 0x01A0 || r == 0x01AF:
		return 'U'
	case r == 0x01A1 || r == 0x01B0:
		return 'l'
	case r >= 0x0300 && r <= 0x036F:
		return 'm'
	case unicode.IsUpper(r):
		return 'U'
	case unicode.IsLower(r):
		return 'l'
	case unicode.Is(unicode.Mn, r):
		return 'm'
	}
	return 0
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// appendKey appends the key of one word: lower case, tone marks in the new
// placement, Ð as Đ. Words in NFC with the tone mark already placed (nearly
// all of them) take a fast path that does not allocate; the rest go through
// [vntext.AppendKey].
func appendKey(dst []byte, w string) []byte {
	start := len(dst)
	var prev rune
	last := rune(0)
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r >= 0x0300 && r <= 0x036F, r == utf8.RuneError:
			return vntext.AppendKey(dst[:start], w, false)
		case r == 0xD0 || r == 0xF0:
			dst = utf8.AppendRune(dst, 'đ')
		default:
			r = toLower(r)
			dst = utf8.AppendRune(dst, r)
		}
		prev, last = last, r
	}
	if (prev == 'o' || prev == 'u') && oldToneEnd(w) {
		return vntext.AppendKey(dst[:start], w, false)
	}
	return dst
}

// longest returns the entries of the longest phrase of the lexicon that starts
// at toks[i] and the number of tokens it spans, only over word tokens, among
// those that accept takes (given the token after the phrase).
func (t *trie) longest(toks []token, i int, accept func(e entry, end int) bool) (entry, int) {
	n := t
	var best entry
	bestN := 0
	for j := i; j < len(toks) && toks[j].kind == tWord; j++ {
		if j > i && toks[j].nl > 0 && !(toks[j].nl == 1 && !toks[j].digit && (!toks[j].upper || bestN == 0)) {
			// A phrase does not run on to the next line, unless the line
			// is broken inside it: before a word in lower case ("Giám\nđốc
			// Sở Nội vụ"), or after words that are no phrase yet
			// ("Phó\nTổng Giám đốc").
			break
		}
		var c *trie
		if j == i && n == t {
			c = rootOf(t, &toks[j])
		} else {
			c, _ = n.next.get(toks[j].key)
		}
		if c == nil {
			break
		}
		n = c
		for _, e := range n.entries {
			if accept == nil || accept(e, j+1) {
				best, bestN = e, j-i+1
				break
			}
		}
	}
	return best, bestN
}

// toLower is unicode.ToLower with the Vietnamese letters looked up without
// the unicode tables.
func toLower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x00C0 && r <= 0x00DE && r != 0xD7:
		return r + 0x20
	case r >= 0x1EA0 && r <= 0x1EF9, r == 0x0102, r == 0x0110, r == 0x0128, r == 0x0168:
		return r | 1
	case r == 0x01A0 || r == 0x01AF:
		return r + 1
	case r >= 0x00DF && r <= 0x00FF, r >= 0x1EA1 && r <= 0x1EF9 && r&1 == 1:
		return r
	}
	return unicode.ToLower(r)
}
