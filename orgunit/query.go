// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// The bounds on what Resolve reads: a unit's name is short, and anything
// longer is not one. They keep Resolve linear and its buffers on the stack.
const (
	maxInput  = 400 // bytes
	maxTokens = 48
)

// A tok is one word of a query: its folded, canonical form (abbreviations
// expanded) in query.fold, and its original text in query.norm.
type tok struct {
	fs, fe int32 // folded form: fold[fs:fe]
	rs, re int32 // original: norm[rs:re]; rs < 0 for the words of an expansion
	sep    bool  // a comma, semicolon or parenthesis comes before it
}

// A query is a name split into words. Folded words are written to foldArr
// separated by one space, so the words i..j-1 are
// foldArr[tokArr[i].fs:tokArr[j-1].fe]. It keeps counts rather than slices
// of its own arrays so that it can live on the stack.
type query struct {
	norm    string
	ntok    int // words in tokArr
	nfold   int // bytes in foldArr
	tokArr  [maxTokens]tok
	foldArr [2 * maxInput]byte
}

// Abbreviations that only count in this exact spelling (TU is Tỉnh ủy, while
// "Tư" in "Bộ Tư pháp" folds to "tu" too).
var exactAbbr = map[string]string{
	"TU": "tinh uy", "HU": "huyen uy", "ĐU": "dang uy", "TƯ": "trung uong",
	"Q": "quan", "P": "phuong", // only with a dot: "Q.", "P."
}

// Abbreviations matched on the folded, lower-case word, dots removed.
var foldAbbr = map[string]string{
	"tw": "trung uong", "t.u": "trung uong", "t.w": "trung uong", "ubtw": "uy ban trung uong",
	"ubtu": "uy ban trung uong", "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
	"mttq": "mat tran to quoc", "mttqvn": "mat tran to quoc viet nam", "ubmttq": "uy ban mat tran to quoc",
	"ubmttqvn": "uy ban mat tran to quoc viet nam", "ub": "uy ban", "btv": "ban thuong vu",
	"bch": "ban chap hanh", "bchtw": "ban chap hanh trung uong", "bchtu": "ban chap hanh trung uong",
	"bct": "bo chinh tri", "bbt": "ban bi thu", "ubkt": "uy ban kiem tra", "ubkttw": "uy ban kiem tra trung uong",
	"tp": "thanh pho", "tphcm": "thanh pho ho chi minh", "hcm": "ho chi minh", "vn": "viet nam",
	"ubtvqh": "uy ban thuong vu quoc hoi", "qh": "quoc hoi", "dbqh": "dai bieu quoc hoi", "tx": "thi xa",
	"lhpn": "lien hiep phu nu", "ccb": "cuu chien binh", "ldld": "lien doan lao dong",
	"tand": "toa an nhan dan", "vksnd": "vien kiem sat nhan dan", "ksnd": "kiem sat nhan dan", "chqs": "chi huy quan su",
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// parse splits s into q's words. It reports false when s is too long to be
// a unit's name.
func (q *query) parse(s string) bool {
	q.ntok, q.nfold = 0, 0
	if len(s) > maxInput {
		return false
	}
	s = vntext.NFC(s)
	s, _ = vntext.Repair(s, vntext.Text)
	s = vntext.Tone(s)
	q.norm = s
	sep := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if r == '(' {
				if k := abbrevGroup(s, i); k > i {
					i = k // "Sở Thông tin và Truyền thông (TT&TT) Hậu Giang"
					continue
				}
			}
			switch r {
			case ',', ';', '(', ')', ':', '/':
				sep = true
			}
			i += size
			continue
		}
		// A run of word runes, with the dots and ampersands inside it
		// ("T.Ư", "TP.HCM", "KH&ĐT").
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) || (r == '.' || r == '&') && j+size < len(s) && startsWord(s[j+size:]) {
				j += size
				continue
			}
			break
		}
		dot := j < len(s) && s[j] == '.'
		if !q.word(i, j, dot, sep) {
			return false
		}
		sep = false
		i = j
	}
	return true
}

// abbrevGroup returns the end of a parenthesized abbreviation at s[i] that
// repeats the words before it ("(TT&TT)", "(UBND)"): short, with no space
// and no lower-case letter, and followed by more of the name. It returns i
// when there is none; a group at the end, such as "(TP.HCM)", qualifies
// the name and is kept.
func abbrevGroup(s string, i int) int {
	const maxAbbrev = 24
	for k := i + 1; k < len(s) && k <= i+maxAbbrev; {
		r, size := utf8.DecodeRuneInString(s[k:])
		switch {
		case r == ')':
			if k == i+1 {
				return i
			}
			for j := k + 1; j < len(s); {
				r, size := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r) {
					return k + 1
				}
				j += size
			}
			return i
		case r == ' ' || unicode.IsLower(r) || r == '(':
			return i
		}
		k += size
	}
	return i
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// word adds the run norm[i:j] (dot: a dot follows it).
func (q *query) word(i, j int, dot, sep bool) bool {
	run := q.norm[i:j]
	if exp, ok := exactAbbr[run]; ok && (run != "Q" && run != "P" || dot) {
		return q.expand(exp, sep)
	}
	var buf [64]byte
	f := foldLower(buf[:0], run)
	if exp, ok := foldAbbr[string(f)]; ok {
		return q.expand(exp, sep)
	}
	// Split at inner dots and ampersands that are not part of an
	// abbreviation.
	start := i
	for k := i; k <= j; k++ {
		if k == j || q.norm[k] == '.' || q.norm[k] == '&' {
			if k > start {
				if k-start != j-i {
					if !q.word(start, k, k < j && q.norm[k] == '.', sep) {
						return false
					}
					sep = false
				} else if !q.add(start, k, sep) {
					return false
				}
			}
			start = k + 1
		}
	}
	return true
}

// add appends the word norm[i:j], folded; "và", which joins the words of
// names in either spelling, is left out.
func (q *query) add(i, j int, sep bool) bool {
	var buf [64]byte
	w := foldLower(buf[:0], q.norm[i:j])
	if string(w) == "va" {
		return true
	}
	return q.push(w, i, j, sep)
}

// push appends a folded word; rs < 0 marks the words of an expansion.
func (q *query) push(w []byte, rs, re int, sep bool) bool {
	fs := q.nfold
	if fs > 0 {
		fs++
	}
	if q.ntok == maxTokens || fs+len(w) > len(q.foldArr) {
		return false
	}
	if fs > 0 {
		q.foldArr[fs-1] = ' '
	}
	q.nfold = fs + copy(q.foldArr[fs:], w)
	q.tokArr[q.ntok] = tok{fs: int32(fs), fe: int32(q.nfold), rs: int32(rs), re: int32(re), sep: sep}
	q.ntok++
	return true
}

// expand appends the words of an abbreviation's expansion.
func (q *query) expand(exp string, sep bool) bool {
	for start, k := 0, 0; k <= len(exp); k++ {
		if k < len(exp) && exp[k] != ' ' {
			continue
		}
		var buf [32]byte
		if !q.push(append(buf[:0], exp[start:k]...), -1, -1, sep) {
			return false
		}
		sep = false
		start = k + 1
	}
	return true
}

// foldLower appends s to dst without diacritics, in lower case, dropping
// dots and ampersands.
func foldLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c == '.' || c == '&':
				if i > 0 && i+1 < len(s) && c == '.' {
					dst = append(dst, '.') // keep inner dots: "t.u"
				}
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if f := vntext.FoldRune(r); f != 0 {
			if f >= 'A' && f <= 'Z' {
				f += 'a' - 'A'
			}
			dst = append(dst, f)
		} else if !unicode.Is(unicode.Mn, r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// phrase returns the folded words i..j-1 joined by spaces.
func (q *query) phrase(i, j int) []byte {
	if i >= j {
		return nil
	}
	return q.foldArr[q.tokArr[i].fs:q.tokArr[j-1].fe]
}

// match reports how many words of q from i spell phrase, or 0.
func (q *query) match(i int, phrase string) int {
	n := 1
	for k := 0; k < len(phrase); k++ {
		if phrase[k] == ' ' {
			n++
		}
	}
	if i < 0 || i+n > q.ntok {
		return 0
	}
	if string(q.phrase(i, i+n)) != phrase {
		return 0
	}
	return n
}

// raw reports whether the original words i..j-1 spell name, ignoring case
// and spacing but not diacritics; expansions never do.
func (q *query) raw(i, j int, name string) bool {
	k := 0
	for t := i; t < j; t++ {
		tk := q.tokArr[t]
		if tk.rs < 0 {
			return false
		}
		for k < len(name) && name[k] == ' ' {
			k++
		}
		w := q.norm[tk.rs:tk.re]
		for len(w) > 0 {
			r1, s1 := utf8.DecodeRuneInString(w)
			if k >= len(name) {
				return false
			}
			r2, s2 := utf8.DecodeRuneInString(name[k:])
			if r2 == '-' || r2 == '.' || r2 == '\'' {
				k += s2
				continue
			}
			if unicode.ToLower(r1) != unicode.ToLower(r2) {
				return false
			}
			w, k = w[s1:], k+s2
		}
	}
	for k < len(name) && (name[k] == ' ' || name[k] == '-') {
		k++
	}
	return k == len(name)
}

// phraseKey returns the matching key of a name: its words folded, with
// abbreviations expanded, joined by spaces.
func phraseKey(s string) string {
	var q query
	if !q.parse(s) {
		return ""
	}
	return string(q.foldArr[:q.nfold])
}

// foldKey is the matching key of a place's name.
func foldKey(s string) string { return phraseKey(s) }

// termNumbers reports whether words i..j-1 are the number of a term: roman
// numerals or digits ("XII", "2020 2025").
func (q *query) termNumbers(i, j int) bool {
	if i >= j {
		return false
	}
	for t := i; t < j; t++ {
		for _, c := range q.phrase(t, t+1) {
			if !(c >= '0' && c <= '9' || c == 'i' || c == 'v' || c == 'x' || c == 'l') {
				return false
			}
		}
	}
	return true
}

// accented reports whether the original words i..j-1 carry diacritics.
func (q *query) accented(i, j int) bool {
	for t := i; t < j; t++ {
		tk := q.tokArr[t]
		if tk.rs < 0 {
			continue
		}
		for _, c := range []byte(q.norm[tk.rs:tk.re]) {
			if c >= utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}
