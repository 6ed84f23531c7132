// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"strconv"
	"strings"
	"time"
)

// A System is the system of rules a document code follows: the Party's,
// the State's, or the courts' for the records of a case. The zero System is
// none.
type System uint8

const (
	// Party is the Communist Party of Vietnam's form NUMBER-TYPE/ISSUER
	// (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW), e.g. 226-QĐ/TU.
	Party System = iota + 1
	// State is the State's form NUMBER[/YEAR]/TYPE-ISSUER (Nghị định
	// 30/2020/NĐ-CP, Luật 80/2015/QH13), e.g. 15/2020/NĐ-CP, 123/QĐ-UBND.
	State
	// Court is the form the courts number the records of a case with
	// (Nghị quyết 01/2017/NQ-HĐTP, 05/2017/NQ-HĐTP of the Council of
	// Judges): NUMBER/YEAR/CASE-STAGE for a judgment (bản án),
	// NUMBER/YEAR/ACT STAGE-CASE for a decision or a case acceptance, e.g.
	// 112/2024/HS-ST, 37/2023/QĐST-HNGĐ. See [Code.CaseKind] and
	// [Code.Proceeding].
	Court
)

// String returns "party", "state", "court", or "" for the zero System.
func (s System) String() string {
	switch s {
	case Party:
		return "party"
	case State:
		return "state"
	case Court:
		return "court"
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler].
func (s System) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// A Code is the number and symbol (số, ký hiệu) of a Vietnamese official
// document, such as 226-QĐ/TU, 15/2020/NĐ-CP or 4912/UBND-NC.
//
// A Code is a small comparable value: two codes are == when their canonical
// forms are equal. The zero Code is not a valid code; [Code.IsValid]
// reports false for it and [Code.String] returns "".
//
// Party numbers restart with every committee term and State numbers every
// year (or every legislature term), so a Code alone does not identify a
// document: two different 99-QĐ/TW exist, from 2012 and 2017.
type Code struct {
	// sym is the symbol after the number and the year, in canonical form:
	// "QĐ/TU", "CV/VPTW/nb", "NĐ-CP", "UBND-NC", "QH13".
	sym    string
	number uint32
	year   uint16
	extra  uint16 // Party: offset in sym of what follows a further '/' (nb), or 0
	typLen uint8  // bytes of the type at the start of sym; 0 for a công văn or a law
	term   uint8
	sys    System
}

// typ returns the type abbreviation, "" when there is none.
func (c Code) typ() string { return c.sym[:c.typLen] }

// issuer returns the issuer groups: for a State code every group after the
// type, joined with '-'; for a Party code the part between the type and any
// further slash.
func (c Code) issuer() string {
	if c.sys == Court {
		return "" // the court is not written in the code
	}
	s := c.sym
	if c.typLen > 0 {
		s = s[c.typLen+1:]
	}
	if c.extra > 0 {
		s = s[:int(c.extra)-int(c.typLen)-2]
	}
	return s
}

// extraPart returns the part of a Party code after a further slash.
func (c Code) extraPart() string {
	if c.extra == 0 {
		return ""
	}
	return c.sym[c.extra:]
}

// maxNumberDigits bounds the number of a code.
const maxNumberDigits = 7

// IsValid reports whether c is a code, as opposed to the zero Code.
func (c Code) IsValid() bool { return c.sys != 0 }

// System returns the system of the code, or 0 for the zero Code.
func (c Code) System() System { return c.sys }

// Number returns the number of the code in canonical digits: at least two
// ("05", "290"), "" for the zero Code.
func (c Code) Number() string {
	if !c.IsValid() {
		return ""
	}
	return string(appendNumber(nil, c.number))
}

// NumberValue returns the number of the code as an integer, 0 for the zero Code.
func (c Code) NumberValue() int { return int(c.number) }

// Year returns the year written in the code (15/2020/NĐ-CP), or 0 when the
// code has none (every Party code and administrative State codes).
func (c Code) Year() int { return int(c.year) }

// Term returns the National Assembly term written in the code (13 in
// 80/2015/QH13 and 1656/NQ-UBTVQH15), or 0 when it has none.
func (c Code) Term() int { return int(c.term) }

// Type returns the type abbreviation in its official case ("QĐ", "TTr",
// "QĐi"), or "" when the code has none: a State công văn (4912/UBND-NC) or a
// law, National Assembly resolution or ordinance (80/2015/QH13).
func (c Code) Type() string { return c.typ() }

// Issuer returns the issuer group of the code as written in canonical form:
// "TW", "UBND", "VPCP-BNV", "STP-XDVB", "TT.HĐND-UBND", "QH13". For a State
// code it holds every group after the type, including drafting units; for a
// Party code, the part between the type and any further slash; "" for a
// court's code, which does not name the court.
func (c Code) Issuer() string { return c.issuer() }

// Extra returns the groups after a further slash in a Party code ("nb" in
// 5053-CV/VPTW/nb), or "".
func (c Code) Extra() string { return c.extraPart() }

// IsLegal reports whether c has the form of a legal normative document: a
// State code with a year (15/2020/NĐ-CP, 80/2015/QH13).
func (c Code) IsLegal() bool { return c.sys == State && c.year != 0 }

// TypeName returns the Vietnamese name of the code's type ("Quyết định",
// "Tờ trình", "Công văn" for a State code without a type), or "" when it is
// not known or not settled by the code alone (a law code such as
// 80/2015/QH13 may be a Luật or a Nghị quyết). The Party abbreviation QĐ
// names both Quyết định and Quy định; TypeName gives Quyết định, and the
// words around a code settle it (see [ParseReference]).
func (c Code) TypeName() string {
	name, _ := c.typeNames()
	return name
}

// TypeEnglish returns an English gloss of the type ("decision"), or "".
func (c Code) TypeEnglish() string {
	_, english := c.typeNames()
	return english
}

// typeNames returns the Vietnamese name and the English gloss of the type.
func (c Code) typeNames() (name, english string) {
	if r := c.typeRow(); r != nil {
		return r.name, r.english
	}
	if c.sys == State && c.typLen == 0 && c.year == 0 {
		return "Công văn", "official letter"
	}
	if c.sys == Court {
		return c.courtTypeNames()
	}
	return "", ""
}

// KnownType reports whether the type abbreviation is in the reference data.
// A công văn has no type and reports true.
func (c Code) KnownType() bool {
	if c.typ() == "" {
		return c.IsValid()
	}
	return c.typeRow() != nil
}

func (c Code) typeRow() *typeRow {
	if c.typ() == "" {
		return nil
	}
	x := stateTypes
	if c.sys == Party {
		x = partyTypes
	}
	if i, ok := x.exact[c.typ()]; ok {
		return &typeRows[i]
	}
	return nil
}

// issuerGroups returns the issuer groups the name lookup uses: the first
// group, or every group of a joint document (TTLT, NQLT, QCPH) or a joint
// issuer such as TT.HĐND-UBND.
func (c Code) issuerGroups() []string {
	issuer := c.issuer()
	if issuer == "" {
		return nil
	}
	first, _, _ := strings.Cut(issuer, "-")
	switch c.typ() {
	case "TTLT", "NQLT", "QCPH":
		return strings.Split(issuer, "-")
	}
	if strings.HasPrefix(first, "TT.") {
		return strings.Split(issuer, "-")
	}
	return []string{first}
}

// KnownIssuer reports whether the issuing body of the code (its first issuer
// group) is in the reference data. Local bodies set their own abbreviations,
// so many valid codes have an unknown issuer.
func (c Code) KnownIssuer() bool {
	g := c.issuerGroups()
	if len(g) == 0 {
		return false
	}
	_, ok := issuerByAbbr(g[0], time.Time{}, c.sys)
	return ok
}

// IssuerName returns the name of the issuing body as of the day at, or ""
// when it is unknown or did not exist then (BDVTW names Ban Dân vận Trung
// ương until 2 February 2025). The zero at matches any date. The groups of a
// joint document are named in order, separated by ", ". A local body is
// named generically ("Ủy ban nhân dân"): the code does not say which
// province.
func (c Code) IssuerName(at time.Time) string {
	var names []string
	for _, g := range c.issuerGroups() {
		if n, ok := issuerByAbbr(g, at, c.sys); ok {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// issuerByAbbr returns the name of the body an issuer group names at a date
// in a code of the system sys: an issuer of the other system's codes names
// no body there (TW in the State's "25/CĐ-TW" is not the Party's Central
// Committee).
func issuerByAbbr(g string, at time.Time, sys System) (string, bool) {
	if body, term, ok := splitTerm(g); ok {
		name := "Quốc hội"
		if body == "UBTVQH" {
			name = "Ủy ban Thường vụ Quốc hội"
		}
		return name + " khóa " + roman(term), true
	}
	for i := range issuerRows {
		if r := &issuerRows[i]; r.abbr == g && validAt(r.from, r.to, at) && (r.sys == 0 || r.sys == sys) {
			return r.name, true
		}
	}
	return "", false
}

// splitTerm splits a National Assembly issuer group such as QH13 or
// UBTVQH15 into the body and the term.
func splitTerm(g string) (body string, term int, ok bool) {
	i := len(g)
	for i > 0 && g[i-1] >= '0' && g[i-1] <= '9' {
		i--
	}
	if i == len(g) || len(g)-i > 2 || g[i] == '0' {
		return "", 0, false
	}
	switch g[:i] {
	case "QH", "UBTVQH":
	default:
		return "", 0, false
	}
	n, _ := strconv.Atoi(g[i:])
	return g[:i], n, true
}

// roman writes 1..39 in Roman numerals, as legislature terms are named.
func roman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// String returns the canonical form of the code, or "" for the zero Code.
func (c Code) String() string {
	if !c.IsValid() {
		return ""
	}
	var buf [64]byte
	return string(c.AppendTo(buf[:0]))
}

// AppendTo appends the canonical form of c (nothing for the zero Code) to b
// and returns the extended buffer.
func (c Code) AppendTo(b []byte) []byte {
	switch c.sys {
	case Party:
		b = appendNumber(b, c.number)
		b = append(b, '-')
		b = append(b, c.sym...)
	case State, Court:
		b = appendNumber(b, c.number)
		b = append(b, '/')
		if c.year != 0 {
			b = strconv.AppendUint(b, uint64(c.year), 10)
			b = append(b, '/')
		}
		b = append(b, c.sym...)
	}
	return b
}

// AppendText implements [encoding.TextAppender]: it appends the canonical
// form, as [Code.AppendTo] does.
func (c Code) AppendText(b []byte) ([]byte, error) { return c.AppendTo(b), nil }

// MarshalText implements [encoding.TextMarshaler]. The zero Code marshals to
// the empty text.
func (c Code) MarshalText() ([]byte, error) { return c.AppendTo(nil), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]. It parses strictly:
// the text must be a code in canonical form. The empty text unmarshals to
// the zero Code.
func (c *Code) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Code{}
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Compare returns an integer comparing two codes: by system, issuer, type,
// year and number, and then by the rest, so that it is a total order
// consistent with ==. The zero Code sorts first.
func (c Code) Compare(d Code) int {
	switch {
	case c.sys != d.sys:
		return cmpInt(int(c.sys), int(d.sys))
	case c.issuer() != d.issuer():
		return strings.Compare(c.issuer(), d.issuer())
	case c.typ() != d.typ():
		return strings.Compare(c.typ(), d.typ())
	case c.year != d.year:
		return cmpInt(int(c.year), int(d.year))
	case c.number != d.number:
		return cmpInt(int(c.number), int(d.number))
	case c.term != d.term:
		return cmpInt(int(c.term), int(d.term))
	}
	return strings.Compare(c.sym, d.sym) // the extra part, or a court's symbol

}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// appendNumber appends n with at least two digits.
func appendNumber(b []byte, n uint32) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendUint(b, uint64(n), 10)
}
