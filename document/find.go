// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"iter"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Match is a document reference found in a text by [Find].
// text[m.Start:m.End] is the reference: the type word and "số" when the text
// has them, and the code ("Quyết định số 226-QĐ/TU") or the bare number of a
// reference without a code ("Chỉ thị 35"). The date and the issuer phrase
// that may follow are read into the embedded [Document] but are not part of
// the span.
type Match struct {
	// Start and End are byte offsets into the text.
	Start, End int
	// Document holds the code (zero for a reference without one), the
	// type, the number, and the date and issuer when the text gives them.
	Document
	// Fixes are the changes lenient parsing made to read the code.
	Fixes Fixes
	// TypeWord is the type word as written ("Nghị quyết", "KẾT LUẬN"), or "".
	TypeWord string

	tail int // offset after the date and issuer phrase
}

// Find returns the document references in text, in order, as an iterator.
// It reads text once, anchored on digits next to '/' or '-': codes are read
// leniently (see [Lenient]), "số" and a type word before them join the
// reference, and a line break inside a reference does not end it. A type
// word followed by a bare number ("Nghị quyết số 18", "Chỉ thị 35") is a
// reference without a code. Dates, phone numbers, scores, fractions, file
// paths and URLs are not codes. Decomposed text (NFD) reads as the same
// text in NFC would; text that is not valid UTF-8 is read as far as it can
// be; offsets are always into text as given.
//
// Find allocates only for the matches it yields.
func Find(text string) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		n := len(text)
		var m Match // zero between matches: matchAt writes it only when it succeeds
		for i := 0; i < n; {
			if i = nextDigit(text, i); i >= n {
				return
			}
			a := i
			if i <= n-8 {
				if nd := nonDigitMask(vntext.Load64(text[i : i+8])); nd != 0 {
					i += bits.TrailingZeros64(nd) >> 3
				} else {
					for i += 8; i < n && isDigit(text[i]); i++ {
					}
				}
			} else {
				for i++; i < n && isDigit(text[i]); i++ {
				}
			}
			if a > 0 && beforeDigit[text[a-1]] != bdYes && (beforeDigit[text[a-1]] == bdNo || !codeStart(text, a)) ||
				!matchAt(&m, text, a, i) {
				// The numbers chained to this one (12/3/2019, 5,5%,
				// 0229.3871) start no code either: codeStart rejects
				// digits after '/', and after '.', ',', '-' or ':' that
				// follows a digit.
				for i+1 < n && chainByte[text[i]] && isDigit(text[i+1]) {
					for i += 2; i < n && isDigit(text[i]); i++ {
					}
				}
				continue
			}
			if !yield(m) {
				return
			}
			i = max(i, m.End)
			m = Match{}
		}
	}
}

// nextDigit returns the offset of the first ASCII digit at or after i, or
// len(text). It reads eight bytes at a time, 32 per step while no digit
// shows.
func nextDigit(text string, i int) int {
	const ones = 0x0101010101010101
	// Digits often come close together (12/3/2019, 5,5%): one word first.
	if i <= len(text)-8 {
		if m := digitMask(vntext.Load64(text[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for ; i <= len(text)-32; i += 32 {
		// digitMask of four words, the high bits kept once.
		b := text[i : i+32]
		y0 := vntext.Load64(b[0:8]) ^ ones*'0'
		y1 := vntext.Load64(b[8:16]) ^ ones*'0'
		y2 := vntext.Load64(b[16:24]) ^ ones*'0'
		y3 := vntext.Load64(b[24:32]) ^ ones*'0'
		if ((y0-ones*10)&^y0|(y1-ones*10)&^y1|(y2-ones*10)&^y2|(y3-ones*10)&^y3)&(ones*0x80) != 0 {
			switch {
			case digitMask(y0^ones*'0') != 0:
				return i + bits.TrailingZeros64(digitMask(y0^ones*'0'))>>3
			case digitMask(y1^ones*'0') != 0:
				return i + 8 + bits.TrailingZeros64(digitMask(y1^ones*'0'))>>3
			case digitMask(y2^ones*'0') != 0:
				return i + 16 + bits.TrailingZeros64(digitMask(y2^ones*'0'))>>3
			}
			return i + 24 + bits.TrailingZeros64(digitMask(y3^ones*'0'))>>3
		}
	}
	for ; i <= len(text)-8; i += 8 {
		if m := digitMask(vntext.Load64(text[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(text); i++ {
		if isDigit(text[i]) {
			return i
		}
	}
	return i
}

// nonDigitMask has the high bit set in every byte of x that is not an ASCII
// digit, exactly: no carry crosses bytes.
func nonDigitMask(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x ^ ones*'0'
	return ((y & (ones * 0x7F)) + ones*(0x80-10) | y) & (ones * 0x80)
}

// digitMask has the high bit set in the lowest byte of x that is an ASCII
// digit, and none below it; bytes above it may be flagged too (a borrow
// runs upwards), so only the lowest flag is meaningful, which is all
// nextDigit uses. Zero when x has no digit. (XOR with '0' maps the digits
// to 0..9, then "determine if a word has a byte less than n", from Sean
// Eron Anderson's bit twiddling hacks.)
func digitMask(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x ^ ones*'0'
	return (y - ones*10) &^ y & (ones * 0x80)
}

// beforeDigit classifies the byte before a run of digits, for codeStart:
// bdYes and bdNo decide, bdAsk needs codeStart.
var beforeDigit = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf || c == '.' || c == ',' || c == '-' || c == ':':
			t[c] = bdAsk
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || strings.IndexByte(`/\_=#@+%&$~`, byte(c)) >= 0:
			t[c] = bdNo
		}
	}
	return t
}()

const (
	bdYes = iota
	bdNo
	bdAsk
)

// chainByte has the bytes that chain numbers: '/', '.', ',', '-', ':'.
var chainByte = [256]bool{'/': true, '.': true, ',': true, '-': true, ':': true}

// codeStart reports whether a code or bare number may start at the digit at
// a, judging by what comes before it.
func codeStart(text string, a int) bool {
	if a == 0 {
		return true
	}
	c := text[a-1]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(text[:a])
		if !unicode.IsLetter(r) {
			return true
		}
		// Only "số" may be glued to the number (số82/2005/QĐ-UBND).
		return soBefore(text, a) >= 0
	}
	switch {
	case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		return false
	case c == '/' || c == '\\' || c == '_' || c == '=' || c == '#' || c == '@' ||
		c == '+' || c == '%' || c == '&' || c == '$' || c == '~':
		return false
	case c == '.' || c == ',' || c == '-' || c == ':':
		if a < 2 {
			return true
		}
		if c == ':' {
			return !isDigit(text[a-2])
		}
		if p := text[a-2]; p < utf8.RuneSelf {
			return !isWordRune(rune(p))
		}
		r, _ := utf8.DecodeLastRuneInString(text[:a-1])
		return !isWordRune(r)
	}
	return true
}

// sepAt returns the size of a separator at i: '/', '-', or a dash of the
// U+2010..U+2015 family or U+2212 (3 bytes), else 0.
func sepAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	switch c := text[i]; {
	case c == '/' || c == '-':
		return 1
	case c == 0xE2 && i+2 < len(text):
		if text[i+1] == 0x80 && text[i+2] >= 0x90 && text[i+2] <= 0x95 ||
			text[i+1] == 0x88 && text[i+2] == 0x92 {
			return 3
		}
	}
	return 0
}

// skipGap skips white space inside a code: at most a few spaces (no-break
// spaces too) and one line break.
func skipGap(text string, i int) int {
	if i < len(text) && !gapByte[text[i]] {
		return i
	}
	return skipGapSlow(text, i)
}

// gapByte has the bytes that start white space in a code.
var gapByte = [256]bool{' ': true, '\t': true, '\r': true, '\n': true, 0xC2: true}

// skipGapSlow is skipGap past the first byte.
func skipGapSlow(text string, i int) int {
	j, lines := i, 0
	for j < len(text) && j-i < 8 {
		switch {
		case text[j] == '\n':
			if lines++; lines > 1 {
				return i
			}
		case isSpaceByte(text[j]):
		case text[j] == 0xC2 && j+1 < len(text) && text[j+1] == 0xA0: // no-break space
			j++
		default:
			return j
		}
		j++
	}
	return j
}

// codeExtent returns the end of the code candidate that starts with the
// digits at a, or -1 when no separator and group follow the digits.
func codeExtent(text string, a int) int {
	i := a
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return codeExtentAt(text, a, i)
}

// codeExtentAt is codeExtent for the digits text[a:i].
func codeExtentAt(text string, a, i int) int {
	n := len(text)
	if i-a > maxNumberDigits {
		return -1
	}
	// The first separator, or a missing hyphen (37QĐ/TW, 84 QĐ/TWĐTN).
	j := skipGap(text, i)
	var k int
	if size := sepAt(text, j); size > 0 {
		k = skipGap(text, j+size)
	} else if j == i && isGroupByte(text, i, n) {
		k = i
	} else if j == i+1 && text[i] == ' ' && isUpperAt(text, j) {
		g := groupEnd(text, j, n)
		if g >= n || text[g] != '/' {
			return -1
		}
		k = j
	} else {
		return -1
	}
	end, first := -1, k
	for groups := 0; groups < maxGroups; groups++ {
		g := groupEnd(text, k, n)
		if g == k || g-k > maxGroup {
			break
		}
		end = g
		j := skipGap(text, g)
		size := sepAt(text, j)
		if size == 0 {
			break
		}
		next := skipGap(text, j+size)
		if j > g && next > j+size && text[j] != '/' && hasLetter(text[k:g]) && hasLetter(text[first:k]) {
			// A dash with space on both sides after a type and an issuer
			// is prose ("Nghị quyết 43-NQ/TW – GĐ Sở ..."), not a group.
			break
		}
		k = next
	}
	if end-a > maxInput {
		return -1
	}
	return end
}

func isUpperAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	k, _ := caseAt(text, i)
	return k&caseUpper != 0
}

// hasLetter reports whether s may have a letter: an ASCII letter or any
// non-ASCII byte (the parser decides about those).
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c|0x20 && c|0x20 <= 'z' {
			return true
		}
	}
	return false
}

// mayBeURL reports whether inURL may hold: false when no '/', '\\', '@' or
// '.' follows the candidate and white space (or nothing) stands before it.
func mayBeURL(text string, a, e int) bool {
	return e < len(text) && urlAfter[text[e]] || a > 0 && !spaceByte[text[a-1]]
}

// urlAfter has the bytes after a code candidate that inURL looks at.
var urlAfter = [256]bool{'/': true, '\\': true, '@': true, '.': true}

// inURL reports whether the code candidate text[a:e] is part of a URL or a
// file path.
func inURL(text string, a, e int) bool {
	if e < len(text) && (text[e] == '/' || text[e] == '\\' || text[e] == '@' || text[e] == '.' && isGroupByte(text, e+1, len(text))) {
		return true
	}
	s := a
	for s > 0 && a-s < 256 && !isSpaceByte(text[s-1]) {
		s--
	}
	if s == a {
		// The candidate starts a word: only what follows it could make it
		// part of a path.
		return false
	}
	w := text[s:e]
	return strings.Contains(w, "://") || strings.Contains(w, "www.") || strings.IndexByte(w, '\\') >= 0
}

// matchAt reads the reference whose code or number starts at a, with the
// digits ending at b.
func matchAt(m *Match, text string, a, b int) bool {
	if b < len(text) && afterNumber[text[b]] && !numbersOnly(text, b) &&
		!(text[b] == ' ' && b+1 < len(text) && text[b+1] < utf8.RuneSelf && noCodeAfterSpace[text[b+1]]) &&
		!spaceThenLower(text, b) {
		if matchCode(m, text, a, b) {
			return true
		}
	}
	// A bare number after a type word.
	if !bareEnd(text, b) || b-a > 5 {
		return false
	}
	start, k, wordEnd := referenceBefore(text, a)
	if k < 0 {
		return false
	}
	m.End = b
	m.Number = text[a:b]
	m.fillFrom(text, start, k, wordEnd, b)
	return true
}

// afterNumber has the bytes that may follow the number of a code: white
// space, a separator, the lead byte of a dash, a letter (ASCII or the lead
// byte of a Vietnamese letter). codeExtentAt fails on any other.
var afterNumber = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isSpaceByte(byte(c)) || c == 0xC2 || c == '/' || c == '-' || c == 0xE2 ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || 0xC3 <= c && c <= 0xC7 || c == 0xE1
	}
	return t
}()

// numbersOnly reports whether the code candidate whose number ends at b,
// before a '/' or a '-', can have no letter: digits, '/' and '-' follow up
// to a byte that can neither join a group nor start a gap (12/7/2020, 2-1).
// codeExtentAt reads no further than that byte, so hasLetter would fail.
// It reads at most maxInput bytes (no code is longer) and answers false
// past them, so that a long run of digits and separators costs the same
// at each of its numbers.
func numbersOnly(text string, b int) bool {
	if c := text[b]; c != '/' && c != '-' {
		return false
	}
	t, s := b+1, text[:min(len(text), b+1+maxInput)]
	for t < len(s) && (isDigit(s[t]) || s[t] == '/' || s[t] == '-') {
		t++
	}
	if t == len(s) && len(s) < len(text) {
		return false
	}
	return t == len(text) || !mayContinue[text[t]]
}

// spaceThenLower reports whether one space, then a byte that starts no
// separator, no white space and no capital, follow the number that ends at
// b (khoảng 250 đại biểu): codeExtentAt finds no separator and no missing
// hyphen there.
func spaceThenLower(text string, b int) bool {
	if text[b] != ' ' || b+1 >= len(text) {
		return false
	}
	if c := text[b+1]; c < utf8.RuneSelf {
		return noCodeAfterSpace[c]
	} else if c == 0xC2 || c == 0xE2 {
		return false
	}
	return !isUpperAt(text, b+1)
}

// noCodeAfterSpace has the ASCII bytes that, after a space after a number,
// start no separator, no white space and no capital.
var noCodeAfterSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = !gapByte[c] && c != '/' && c != '-' && !('A' <= c && c <= 'Z')
	}
	return t
}()

// mayContinue has the bytes that may continue a code after a group or a
// separator: letters (any byte of a non-ASCII rune), '&', '.', white space.
var mayContinue = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' ||
			c == '&' || c == '.' || isSpaceByte(byte(c))
	}
	return t
}()

// matchCode reads the reference whose code starts at a, with the digits
// ending at b.
func matchCode(m *Match, text string, a, b int) bool {
	if e := codeExtentAt(text, a, b); e > 0 && hasLetter(text[b:e]) && !(mayBeURL(text, a, e) && inURL(text, a, e)) {
		if c, ok := parseFast(text[a:e], true); ok && standsInText(c, text, a) {
			m.End, m.Code, m.Number = e, c, text[a:b]
			m.fill(text, a, e)
			return true
		}
		if c, ok := parseFastSeparator(text[a:e]); ok && standsInText(c, text, a) {
			m.End, m.Code, m.Fixes, m.Number = e, c, fixBit(FixSeparator), text[a:b]
			m.fill(text, a, e)
			return true
		}
		return matchLenient(m, text, a, b, e)
	}
	return false
}

// matchLenient is matchCode for a code the fast path does not read: the
// general parser, leniently. The extent may have taken in what follows the
// code ("12/UBND-VX - Kế hoạch", "15/QĐ-UBND.Theo đó"): it drops a
// trailing group, twice at most, until the rest reads as a code. A date
// ("9/7/2020 – Sáng") reads as no code in any of these tries, and is turned
// away before them.
func matchLenient(m *Match, text string, a, b, e int) bool {
	if _, _, ok := dateAt(text, a); ok {
		return false
	}
	for try := 0; try < 3 && e > b; try++ {
		p := parser{input: text[a:e], s: text[a:e], lenient: true, inText: true}
		if c, ok := p.parse(); ok && standsInText(c, text, a) {
			m.End, m.Code, m.Fixes, m.Number = e, c, p.fixes, text[a:b]
			m.fill(text, a, e)
			return true
		}
		e = dropGroup(text, b, e)
	}
	return false
}

// doubtfulAlone reports whether c, read in running text, is a code only when
// a type word or "số" stands before it: a công văn form with no year whose
// unknown issuer holds a digit reads as well as a room, a block or a lot
// number ("phòng 302/A2", "lô 15-B3").
func doubtfulAlone(c Code) bool {
	return c.typLen == 0 && c.year == 0 && digitInUnknownIssuer(c)
}

// digitInUnknownIssuer reports whether the first issuer group of c has a
// digit and is no known issuer.
func digitInUnknownIssuer(c Code) bool {
	first, _, _ := strings.Cut(c.Issuer(), "-")
	return strings.ContainsAny(first, "0123456789") && !c.KnownIssuer()
}

// standsInText reports whether the code c, read at a, is a document's code
// given the words before it: a doubtful one needs a type word or "số", one
// of a bare unknown issuer a type word.
func standsInText(c Code, text string, a int) bool {
	return (!doubtfulAlone(c) || hasContext(text, a)) && (!bareUnknownIssuer(c) || typeWordBefore(text, a))
}

// bareUnknownIssuer reports whether c is a State code of a number and one
// issuer group that the tables do not know, with no type, year or unit
// ("05/XL"): a letter's code names the issuer and its unit (123/UBND-VP),
// so alone it is as likely a bid package's or a lot's number ("Gói thầu số
// 05/XL").
func bareUnknownIssuer(c Code) bool {
	if c.sys != State || c.typLen != 0 || c.year != 0 {
		return false
	}
	iss := c.issuer()
	if strings.IndexByte(iss, '-') >= 0 {
		return false
	}
	if i, _ := issuerIndex.lookup(iss, false); i >= 0 {
		return false
	}
	_, _, term := splitTerm(iss) // QH15
	return !term
}

// typeWordBefore reports whether a type word (Công văn, Quyết định) stands
// before the code that starts at a.
func typeWordBefore(text string, a int) bool {
	_, k, _ := referenceBefore(text, a)
	return k >= 0
}

// hasContext reports whether a type word or "số" stands before the code or
// number that starts at a.
func hasContext(text string, a int) bool {
	start, k, _ := referenceBefore(text, a)
	return k >= 0 || start < a
}

// dropGroup returns the end of the code candidate text[:e] without its last
// group and the separator (or dot) and white space before it, or b when
// only the number would remain.
func dropGroup(text string, b, e int) int {
	i := e
	for i > b {
		c := text[i-1]
		if c == '/' || c == '-' || c == '.' || isSpaceByte(c) || i-3 >= b && sepAt(text, i-3) == 3 {
			break
		}
		i--
	}
	for i > b && (text[i-1] == '/' || text[i-1] == '-' || text[i-1] == '.' || isSpaceByte(text[i-1])) {
		i--
	}
	for i > b && i >= 3 && sepAt(text, i-3) == 3 {
		i -= 3
		for i > b && isSpaceByte(text[i-1]) {
			i--
		}
	}
	return i
}

// bareEnd reports whether the number ending at b stands alone: not followed
// by a letter, a digit group or a separator.
func bareEnd(text string, b int) bool {
	if b >= len(text) {
		return true
	}
	switch c := text[b]; c {
	case ' ', '\n', '\r', '\t', ')', ';', '"':
		return true
	case ',', '.', ':':
		return b+1 >= len(text) || !isDigit(text[b+1])
	}
	return false
}

// fill completes a match whose code (or number) spans text[a:e]: the type
// word and "số" before it, and the date and issuer after it.
func (m *Match) fill(text string, a, e int) {
	start, k, wordEnd := referenceBefore(text, a)
	m.fillFrom(text, start, k, wordEnd, e)
}

// fillFrom is fill with what referenceBefore returned.
func (m *Match) fillFrom(text string, start, k, wordEnd, e int) {
	m.Start = start
	if k >= 0 {
		w := &typeWords[k]
		m.TypeWord = text[start:wordEnd]
		m.Type, m.English = w.typeName(), w.english
		if w.abbr == "" && w.sys == 0 && m.Code.TypeName() != "" && w.key == "van ban" {
			m.Type, m.English = m.Code.TypeName(), m.Code.TypeEnglish()
		}
	} else {
		m.Type, m.English = m.Code.TypeName(), m.Code.TypeEnglish()
		if m.Type == "" && isLawCode(m.Code) {
			if w, ok := lawBefore(text, start); ok {
				m.Type, m.English = w.typeName(), w.english
			}
		}
	}
	m.Date, m.Issuer, m.tail = afterReference(text, e)
}

// isLawCode reports whether c has the form of a law, an ordinance or a
// resolution of the National Assembly or its Standing Committee
// (72/2025/QH15, 02/2012/UBTVQH13): a year, no type, an issuer with a term.
func isLawCode(c Code) bool {
	iss := c.Issuer()
	return c.Year() != 0 && c.Type() == "" && (strings.HasPrefix(iss, "QH") || strings.HasPrefix(iss, "UBTVQH"))
}

// namedLawBefore finds the type word of a law cited by its name before its
// number, "Luật Tiếp công dân số 42/2013/QH13", "Bộ luật Lao động số
// 45/2019/QH14": within the same clause (letters and spaces only, a dozen
// words at most) before i, the word Luật, Bộ luật or Pháp lệnh followed by
// a capitalized name.
func namedLawBefore(text string, i int) (wordRow, bool) {
	var next string // the word after the one being read
	for w := 0; w < 12 && i > 0; w++ {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := lettersBefore(text, j)
		if k == j || (k > 0 && text[k-1] != ' ' && text[k-1] != '\n') {
			return wordRow{}, false
		}
		word := text[k:j]
		var want string
		switch word {
		case "Luật":
			want = "Luật"
			if p := prevWord(text, k); p == "Bộ" {
				want = "Bộ luật"
			}
		case "luật":
			if prevWord(text, k) == "Bộ" {
				want = "Bộ luật"
			}
		case "lệnh":
			if prevWord(text, k) == "Pháp" {
				want = "Pháp lệnh"
			}
		}
		if want != "" && next != "" && isUpperAt(next, 0) {
			for _, t := range typeWords {
				if t.word == want {
					return t, true
				}
			}
		}
		next, i = word, k
	}
	return wordRow{}, false
}

// prevWord returns the word that ends one space before i, or "".
func prevWord(text string, i int) string {
	if i < 2 || text[i-1] != ' ' {
		return ""
	}
	return text[lettersBefore(text, i-1) : i-1]
}

// lettersBefore returns the start of the run of letters that ends at j.
func lettersBefore(text string, j int) int {
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	return k
}
