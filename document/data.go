// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

// The reference data, embedded from the reviewable files in data/.
var (
	//go:embed data/types.tsv
	typesTSV string
	//go:embed data/issuers.tsv
	issuersTSV string
	//go:embed data/terms.tsv
	termsTSV string
	//go:embed data/words.tsv
	wordsTSV string
	//go:embed data/court.tsv
	courtTSV string
)

// A typeRow is one row of data/types.tsv.
type typeRow struct {
	sys      System
	abbr     string
	name     string
	english  string
	from, to time.Time
	source   string
}

// An issuerRow is one row of data/issuers.tsv. sys is 0 for the Front.
type issuerRow struct {
	sys      System
	front    bool
	abbr     string
	name     string
	english  string
	from, to time.Time
	source   string
}

// A termRow is one row of data/terms.tsv.
type termRow struct {
	term     int
	from, to int
	source   string
}

// A wordRow is one type word: a name from types.tsv or a row of words.tsv.
type wordRow struct {
	word    string
	key     string // lower case, folded
	sys     System // 0 for any
	abbr    string
	english string
	name    string // the type the word names when it is longer ("Bản án" for "Bản án hình sự phúc thẩm"), or ""
}

// typeName returns the name of the type the word names.
func (w *wordRow) typeName() string {
	if w.name != "" {
		return w.name
	}
	return w.word
}

// An index finds rows by abbreviation: as written, in lower case, and in
// lower case with diacritics removed. A folded key shared by two different
// abbreviations maps to -1: it is ambiguous (HD hướng dẫn and HĐ hợp đồng).
type index struct {
	exact  map[string]int
	lower  map[string]int
	folded map[string]int
	role   uint8 // suspParty, suspState or suspIssuer: which rows of fastTable it is
}

func newIndex(role uint8) index {
	return index{exact: map[string]int{}, lower: map[string]int{}, folded: map[string]int{}, role: role}
}

func (x index) add(abbr string, i int) {
	if _, ok := x.exact[abbr]; ok {
		return // keep the first row as the default reading
	}
	x.exact[abbr] = i
	x.lower[string(appendLower(nil, abbr))] = i
	f := string(appendFoldLower(nil, abbr))
	if j, ok := x.folded[f]; ok && j != i {
		x.folded[f] = -1
		return
	}
	x.folded[f] = i
}

var (
	typeRows   []typeRow
	issuerRows []issuerRow
	termRows   []termRow
	wordRows   []wordRow

	partyTypes, stateTypes index
	issuerIndex            index
)

func init() {
	if err := loadData(); err != nil {
		panic("document: embedded data: " + err.Error())
	}
}

// loadData parses the embedded files into the tables and indexes.
func loadData() error {
	partyTypes, stateTypes, issuerIndex = newIndex(suspParty), newIndex(suspState), newIndex(suspIssuer)
	partyPrefixes = map[string]bool{}
	err := readTSV("types.tsv", typesTSV, 7, func(f []string) error {
		sys, err := parseSystem(f[0])
		if err != nil {
			return err
		}
		from, to, err := parseValidity(f[4], f[5])
		if err != nil {
			return err
		}
		typeRows = append(typeRows, typeRow{sys, f[1], f[2], f[3], from, to, f[6]})
		x := stateTypes
		if sys == Party {
			x = partyTypes
		}
		x.add(f[1], len(typeRows)-1)
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV("issuers.tsv", issuersTSV, 7, func(f []string) error {
		r := issuerRow{abbr: f[1], name: f[2], english: f[3], source: f[6]}
		if f[0] == "front" {
			r.front = true
		} else {
			sys, err := parseSystem(f[0])
			if err != nil {
				return err
			}
			r.sys = sys
		}
		from, to, err := parseValidity(f[4], f[5])
		if err != nil {
			return err
		}
		r.from, r.to = from, to
		issuerRows = append(issuerRows, r)
		issuerIndex.add(f[1], len(issuerRows)-1)
		addPartyPrefix(f[1], r.sys)
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV("terms.tsv", termsTSV, 4, func(f []string) error {
		var r termRow
		var err error
		if r.term, err = strconv.Atoi(f[0]); err != nil {
			return err
		}
		if r.from, err = strconv.Atoi(f[1]); err != nil {
			return err
		}
		if r.to, err = strconv.Atoi(f[2]); err != nil {
			return err
		}
		r.source = f[3]
		termRows = append(termRows, r)
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV("court.tsv", courtTSV, 9, func(f []string) error {
		switch f[0] {
		case "case", "stage", "act":
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		from, to, err := parseValidity(f[6], f[7])
		if err != nil {
			return err
		}
		courtRows = append(courtRows, courtRow{kind: f[0], abbr: f[1], name: f[2], english: f[3],
			typ: f[4], typeEnglish: f[5], from: from, to: to, source: f[8]})
		return nil
	})
	if err != nil {
		return err
	}
	buildCourtParts()
	seen := map[string]bool{}
	for _, t := range typeRows {
		key := string(appendFoldLower(nil, t.name))
		if seen[key+t.sys.String()] {
			continue
		}
		seen[key+t.sys.String()] = true
		wordRows = append(wordRows, wordRow{word: t.name, key: key, sys: t.sys, abbr: t.abbr, english: t.english})
	}
	defer func() {
		sortTypeWords()
		buildFastTable()
	}()
	err = readTSV("words.tsv", wordsTSV, 5, func(f []string) error {
		var sys System
		if f[1] != "any" {
			var err error
			if sys, err = parseSystem(f[1]); err != nil {
				return err
			}
		}
		wordRows = append(wordRows, wordRow{word: f[0], key: string(appendFoldLower(nil, f[0])), sys: sys, abbr: f[2], english: f[3]})
		return nil
	})
	if err != nil {
		return err
	}
	addCourtWords()
	return nil
}

// addCourtWords adds the phrases that name a court's judgment with its
// stage, and its kind of case before it, and the decision to bring a case
// to trial, from court.tsv: "Bản án hình sự phúc thẩm", "Bản án sơ thẩm",
// "Quyết định đưa vụ án ra xét xử". Each names the type Bản án or Quyết
// định. Few last syllables are added (thẩm, xử), since each one costs the
// look back from every number.
func addCourtWords() {
	add := func(r courtRow, parts ...string) {
		word := strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " ")
		wordRows = append(wordRows, wordRow{word: word, key: string(appendFoldLower(nil, word)), sys: Court, english: r.typeEnglish, name: r.typ})
	}
	var kases []string
	for _, r := range courtRows {
		if r.kind == "case" {
			kases = append(kases, strings.ReplaceAll(r.name, ",", ""))
		}
	}
	for _, r := range courtRows {
		switch {
		case r.kind == "stage" && r.typ != "":
			// "Bản án sơ thẩm", "Bản án hình sự phúc thẩm".
			for _, k := range append([]string{""}, kases...) {
				add(r, r.typ, k, r.name)
			}
		case r.kind == "act" && r.typ != "" && r.name != r.typ:
			// "Quyết định đưa vụ án ra xét xử".
			add(r, r.name)
		}
	}
}

// readTSV calls row for each data line of a tab-separated file with a header
// line, skipping comments (#) and blank lines. Every line must have n fields.
func readTSV(name, data string, n int, row func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	header := true
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(f), n)
		}
		if header {
			header = false
			continue
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	return sc.Err()
}

func parseSystem(s string) (System, error) {
	switch s {
	case "party":
		return Party, nil
	case "state":
		return State, nil
	case "court":
		return Court, nil
	}
	return 0, fmt.Errorf("unknown system %q", s)
}

func parseValidity(from, to string) (time.Time, time.Time, error) {
	var f, t time.Time
	var err error
	if from != "" {
		if f, err = time.Parse(time.DateOnly, from); err != nil {
			return f, t, err
		}
	}
	if to != "" {
		if t, err = time.Parse(time.DateOnly, to); err != nil {
			return f, t, err
		}
	}
	return f, t, nil
}

// validAt reports whether a row valid from..to (zero = open) applies at the
// day of at. The zero at matches every row.
func validAt(from, to, at time.Time) bool {
	if at.IsZero() {
		return true
	}
	day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
	return (from.IsZero() || !day.Before(from)) && (to.IsZero() || !day.After(to))
}

// appendLower appends s in lower case.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, c)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += size
	}
	return dst
}

// appendFoldLower appends s in lower case with diacritics removed.
func appendFoldLower(dst []byte, s string) []byte {
	start := len(dst)
	dst = vntext.AppendFold(dst, s)
	for i := start; i < len(dst); i++ {
		if c := dst[i]; 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// lookup finds s in x: as written, then in lower case (fixes FixCase), then,
// when allowFold is set, folded (fixes FixDiacritics). It returns the row
// index or -1.
func (x index) lookup(s string, allowFold bool) (int, Fixes) {
	if k := lookupIndex(s); k != 0 {
		e := &fastTable[k-1]
		i := e.issuer
		switch x.role {
		case suspParty:
			i = e.partyType
		case suspState:
			i = e.stateType
		}
		if i >= 0 {
			return int(i), 0
		}
	}
	if len(s) > maxGroup {
		return -1, 0
	}
	var buf [2 * maxGroup]byte
	if i, ok := x.lower[string(appendLower(buf[:0], s))]; ok {
		return i, fixBit(FixCase)
	}
	if !allowFold || !foldable(s) {
		return -1, 0
	}
	if i, ok := x.folded[string(appendFoldLower(buf[:0], s))]; ok && i >= 0 {
		return i, fixBit(FixDiacritics)
	}
	return -1, 0
}

// foldable reports whether s may be matched with its diacritics restored or
// changed: it is ASCII, or its only other letters are Ư and ư, which stand
// for U in codes mangled by OCR and keyboards (TƯ for TU).
func foldable(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && r != 'Ư' && r != 'ư' {
			return false
		}
	}
	return true
}

// termYears returns the years of a National Assembly term.
func termYears(term int) (from, to int, ok bool) {
	for _, r := range termRows {
		if r.term == term {
			return r.from, r.to, true
		}
	}
	return 0, 0, false
}
