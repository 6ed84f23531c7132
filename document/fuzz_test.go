// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are codes and near-codes in the forms real text uses.
var fuzzSeeds = []string{
	"226-QĐ/TU", "290-QĐ-TW", "15/2020/NĐ-CP", "Số: 15 / 2020/ND-CP", "217/QĐ-TW",
	"03-NQ/CP", "37QĐ/TW", "84 QĐ/TWĐTN", "07-QĐI/TW", "15/2014/QÐ-UBND",
	"01/QCPH/UBND-UBMTTQ", "06/QC-TT.HĐND-UBND", "80/2015/QH13", "4912/UBND-NC",
	"5053-CV/VPTW/nb", "7500/QĐ–UBND", "445-KL/TƯ", "12/3/2019", "\xff\xfe", "0/QĐ-UBND",
	"Luật số: 80/2015/QH13", "1656/NQ-UBTVQH15", "2231/SNV-CCHC&PC",
	"112/2024/HS-ST", "37/2023/QĐST-HNGĐ", "Bản án số: 58/2023/HNGD - ST",
}

// FuzzParse checks that whatever Parse accepts is canonical: it prints back
// as the input, parses again to the same code, and reads leniently with no
// fix.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			checkParseError(t, s, err)
			if c != (Code{}) {
				t.Fatalf("Parse(%q) = %v with error", s, c)
			}
			return
		}
		if c.String() != s {
			t.Fatalf("Parse(%q).String() = %q", s, c.String())
		}
		c2, err := Parse(c.String())
		if err != nil || c2 != c {
			t.Fatalf("Parse(%q) = %v, %v; want %v", c.String(), c2, err, c)
		}
		c3, fixes, err := Lenient.Parse(s)
		if err != nil || c3 != c || fixes != 0 {
			t.Fatalf("Lenient.Parse(%q) = %v, %v, %v; want %v with no fixes", s, c3, fixes, err, c)
		}
		var u Code
		b, _ := c.MarshalText()
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Fatalf("text round trip of %v: %v, %v", c, u, err)
		}
	})
}

// FuzzLenient checks that the canonical form of whatever Lenient.Parse reads
// parses strictly to the same code, and that lenient parsing of a canonical
// code changes nothing.
func FuzzLenient(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, fixes, err := Lenient.Parse(s)
		if err != nil {
			checkParseError(t, s, err)
			return
		}
		canon := c.String()
		c2, err := Parse(canon)
		if err != nil || c2 != c {
			t.Fatalf("Lenient.Parse(%q) = %q, but Parse(%q) = %v, %v", s, canon, canon, c2, err)
		}
		c3, f3, err := Lenient.Parse(canon)
		if err != nil || c3 != c || f3 != 0 {
			t.Fatalf("Lenient.Parse(%q) = %v, %v, %v; want no fixes", canon, c3, f3, err)
		}
		if (fixes == 0) != (canon == s) {
			t.Fatalf("Lenient.Parse(%q) = %q with fixes %q", s, canon, fixes)
		}
	})
}

func checkParseError(t *testing.T, s string, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Input != s {
		t.Fatalf("error %v of %q is not a *ParseError of the input", err, s)
	}
	if !strings.HasPrefix(err.Error(), "document: parse ") {
		t.Fatalf("error %q lacks the package prefix", err)
	}
	var ue *UnknownValueError
	if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) && !errors.As(err, &ue) {
		t.Fatalf("error %v of %q has no kind", err, s)
	}
}

// FuzzFind checks that matches are ordered, do not overlap, lie within the
// text, and carry codes in canonical form that contain the digits of the
// span.
func FuzzFind(f *testing.F) {
	f.Add("Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy")
	f.Add("Nghị định\nsố 43/2011/NĐ-CP và Chỉ thị 35, gọi 0912-345-678, tỉ số 2-1, www.x.vn/15/2020/ND-CP")
	f.Add("Số:\n15/2022/NQ-HĐND; Nghị quyết số 18 ngày 25 tháng 02 năm 2010")
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for m := range Find(text) {
			if m.Start < prev || m.Start > m.End || m.End > len(text) {
				t.Fatalf("match [%d:%d] after %d in %q", m.Start, m.End, prev, text)
			}
			prev = m.End
			span := text[m.Start:m.End]
			if utf8.ValidString(text) && !utf8.ValidString(span) {
				t.Fatalf("span %q is not valid UTF-8", span)
			}
			if m.Code.IsValid() {
				if c, err := Parse(m.Code.String()); err != nil || c != m.Code {
					t.Fatalf("match %q: code %v does not parse strictly: %v", span, m.Code, err)
				}
				n := strings.TrimLeft(m.Code.Number(), "0")
				if !strings.Contains(span, n) {
					t.Fatalf("match %q does not contain its number %s", span, n)
				}
			} else if m.Number == "" || !strings.Contains(span, m.Number) {
				t.Fatalf("bare match %q without its number %q", span, m.Number)
			}
		}
	})
}

// FuzzParseReference checks that a parsed reference's code is canonical.
func FuzzParseReference(f *testing.F) {
	f.Add("Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy")
	f.Add("Nghị quyết số 18 ngày 25 tháng 02 năm 2010")
	f.Add("Nghị định 30/2020/NĐ-CP về công tác văn thư")
	f.Fuzz(func(t *testing.T, s string) {
		d, _, err := ParseReference(s)
		if err != nil {
			if d != (Document{}) {
				t.Fatalf("ParseReference(%q) = %v with error", s, d)
			}
			return
		}
		if d.Code.IsValid() {
			if c, err := Parse(d.Code.String()); err != nil || c != d.Code {
				t.Fatalf("ParseReference(%q): code %v does not parse strictly", s, d.Code)
			}
		} else if d.Number == "" {
			t.Fatalf("ParseReference(%q) = %+v without code or number", s, d)
		}
	})
}

// FuzzFastPath checks that the fast path for canonical codes agrees with the
// general parser wherever it answers.
func FuzzFastPath(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("12/QD-UBND")
	f.Add("12/HDND-X")
	f.Add("12-QĐI/TW")
	f.Add("290-QĐ-TW")
	f.Add("12-HD-BTGTW")
	f.Fuzz(func(t *testing.T, s string) {
		if fast, ok := parseFast(s, false); ok {
			slow, fixes, err := Strict.parseSlow(s)
			if err != nil || fixes != 0 || slow != fast {
				t.Fatalf("parseFast(%q) = %#v; general parser: %#v, %v, %v", s, fast, slow, fixes, err)
			}
		}
		if fast, ok := parseFast(s, true); ok {
			p := parser{input: s, s: s, lenient: true, inText: true}
			slow, ok := p.parse()
			if !ok || p.fixes != 0 || slow != fast {
				t.Fatalf("parseFast(%q, true) = %#v; general parser in text: %#v, %v, %v", s, fast, slow, p.fixes, p.err)
			}
		}
		if fast, ok := parseFastSeparator(s); ok {
			p := parser{input: s, s: s, lenient: true, inText: true}
			slow, ok := p.parse()
			if !ok || p.fixes != fixBit(FixSeparator) || slow != fast {
				t.Fatalf("parseFastSeparator(%q) = %#v; general parser in text: %#v, %v, %v", s, fast, slow, p.fixes, p.err)
			}
		}
	})
}
