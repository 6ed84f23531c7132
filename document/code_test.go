// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vnorg/vnorg/internal/vntext"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codeCase is one line of testdata/codes.txt.
type codeCase struct {
	line                  int
	input, canonical, err string
	fixes                 []string
}

func readCodeCases(t *testing.T) []codeCase {
	t.Helper()
	f, err := os.Open("testdata/codes.txt")
	require.NoError(t, err)
	defer f.Close()
	var cases []codeCase
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.HasPrefix(s, "#") || strings.TrimSpace(s) == "" && s == "" {
			continue
		}
		fields := strings.Split(s, ";")
		require.Len(t, fields, 4, "codes.txt:%d", line)
		c := codeCase{line: line, input: fields[0], canonical: fields[1], err: fields[3]}
		if fields[2] != "" {
			c.fixes = strings.Split(fields[2], ",")
		}
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	require.Greater(t, len(cases), 80)
	return cases
}

func TestLenientCorpus(t *testing.T) {
	for _, tc := range readCodeCases(t) {
		c, fixes, err := Lenient.Parse(tc.input)
		if tc.canonical == "" {
			require.Error(t, err, "codes.txt:%d: Lenient.Parse(%q) = %v, want error", tc.line, tc.input, c)
			assert.Equal(t, Code{}, c)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.input, pe.Input)
			switch tc.err {
			case "syntax":
				assert.ErrorIs(t, err, ErrSyntax, "codes.txt:%d: %v", tc.line, err)
			case "range":
				assert.ErrorIs(t, err, ErrRange, "codes.txt:%d: %v", tc.line, err)
			case "unknown":
				var ue *UnknownValueError
				assert.ErrorAs(t, err, &ue, "codes.txt:%d: %v", tc.line, err)
			default:
				t.Fatalf("codes.txt:%d: bad error kind %q", tc.line, tc.err)
			}
			continue
		}
		require.NoError(t, err, "codes.txt:%d", tc.line)
		assert.Equal(t, tc.canonical, c.String(), "codes.txt:%d: Lenient.Parse(%q)", tc.line, tc.input)
		want := tc.fixes
		if want == nil {
			want = []string{}
		}
		assert.Equal(t, want, fixes.Names(), "codes.txt:%d: fixes of %q", tc.line, tc.input)

		// The canonical form parses strictly to the same code.
		s, err := Parse(tc.canonical)
		require.NoError(t, err, "codes.txt:%d", tc.line)
		assert.Equal(t, c, s)
		// Strict parsing accepts the input exactly when nothing was fixed.
		_, serr := Parse(tc.input)
		assert.Equal(t, len(tc.fixes) == 0, serr == nil, "codes.txt:%d: Parse(%q) error %v", tc.line, tc.input, serr)
	}
}

func TestParseFields(t *testing.T) {
	tests := []struct {
		in                       string
		sys                      System
		number                   string
		year, term               int
		typ, issuer, extra, name string
		typeName                 string
		known                    bool
	}{
		{"226-QĐ/TU", Party, "226", 0, 0, "QĐ", "TU", "", "Tỉnh ủy", "Quyết định", true},
		{"07-QĐi/TW", Party, "07", 0, 0, "QĐi", "TW", "", "Ban Chấp hành Trung ương Đảng", "Quy định", true},
		{"5053-CV/VPTW/nb", Party, "5053", 0, 0, "CV", "VPTW", "nb", "Văn phòng Trung ương Đảng", "Công văn", true},
		{"85-HD/BTG", Party, "85", 0, 0, "HD", "BTG", "", "", "Hướng dẫn", false},
		{"15/2020/NĐ-CP", State, "15", 2020, 0, "NĐ", "CP", "", "Chính phủ", "Nghị định", true},
		{"05/QĐ-UBND", State, "05", 0, 0, "QĐ", "UBND", "", "Ủy ban nhân dân", "Quyết định", true},
		{"4912/UBND-NC", State, "4912", 0, 0, "", "UBND-NC", "", "Ủy ban nhân dân", "Công văn", true},
		{"80/2015/QH13", State, "80", 2015, 13, "", "QH13", "", "Quốc hội khóa XIII", "", true},
		{"1656/NQ-UBTVQH15", State, "1656", 0, 15, "NQ", "UBTVQH15", "", "Ủy ban Thường vụ Quốc hội khóa XV", "Nghị quyết", true},
		{"02/2011/TTLT-VPCP-BNV", State, "02", 2011, 0, "TTLT", "VPCP-BNV", "", "Văn phòng Chính phủ, Bộ Nội vụ", "Thông tư liên tịch", true},
		{"06/QC-TT.HĐND-UBND", State, "06", 0, 0, "QC", "TT.HĐND-UBND", "", "Thường trực Hội đồng nhân dân, Ủy ban nhân dân", "Quy chế", true},
		{"12/KH-XYZ", State, "12", 0, 0, "KH", "XYZ", "", "", "Kế hoạch", false},
		// A Party issuer names no body in a State code: the telegram of a
		// central steering committee.
		{"25/CĐ-TW", State, "25", 0, 0, "CĐ", "TW", "", "", "Công điện", false},
		{"112/2024/HS-ST", Court, "112", 2024, 0, "", "", "", "", "Bản án", false},
		{"37/2023/QĐST-HNGĐ", Court, "37", 2023, 0, "", "", "", "", "Quyết định", false},
		{"23/2021/QĐXXPT-DS", Court, "23", 2021, 0, "", "", "", "", "Quyết định", false},
		{"06/2021/TLST-HC", Court, "06", 2021, 0, "", "", "", "", "", false},
	}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		require.NoError(t, err, tt.in)
		assert.True(t, c.IsValid())
		assert.Equal(t, tt.sys == State && tt.year != 0, c.IsLegal(), tt.in)
		assert.Equal(t, tt.sys, c.System(), tt.in)
		assert.Equal(t, tt.number, c.Number(), tt.in)
		assert.Equal(t, tt.year, c.Year(), tt.in)
		assert.Equal(t, tt.term, c.Term(), tt.in)
		assert.Equal(t, tt.typ, c.Type(), tt.in)
		assert.Equal(t, tt.issuer, c.Issuer(), tt.in)
		assert.Equal(t, tt.extra, c.Extra(), tt.in)
		assert.Equal(t, tt.name, c.IssuerName(time.Time{}), tt.in)
		assert.Equal(t, tt.typeName, c.TypeName(), tt.in)
		assert.Equal(t, tt.known, c.KnownIssuer(), tt.in)
		assert.Equal(t, tt.in, c.String())
	}
}

func TestCourtCodes(t *testing.T) {
	tests := []struct {
		in, kase, proceeding, english string
	}{
		{"112/2024/HS-ST", "HS", "ST", "judgment"},
		{"38/2021/DS-PT", "DS", "PT", "judgment"},
		{"15/2019/HC-GĐT", "HC", "GĐT", "judgment"},
		{"02/2020/KDTM-TT", "KDTM", "TT", "judgment"},
		{"37/2023/QĐST-HNGĐ", "HNGĐ", "QĐST", "decision"},
		{"23/2021/QĐXXST-LĐ", "LĐ", "QĐXXST", "decision"},
		{"06/2021/TLPT-HS", "HS", "TLPT", ""},
		{"15/2020/NĐ-CP", "", "", "decree"},
		{"226-QĐ/TU", "", "", "decision"},
	}
	for _, tt := range tests {
		c := MustParse(tt.in)
		assert.Equal(t, tt.kase, c.CaseKind(), tt.in)
		assert.Equal(t, tt.proceeding, c.Proceeding(), tt.in)
		assert.Equal(t, tt.english, c.TypeEnglish(), tt.in)
	}
	// The court is not written in its codes.
	c := MustParse("112/2024/HS-ST")
	assert.Equal(t, "", c.Issuer())
	assert.False(t, c.KnownIssuer())
	assert.Equal(t, "", c.IssuerName(time.Time{}))
	assert.True(t, c.KnownType())
	// Two court codes that differ only in their symbol are not equal, and
	// Compare orders them.
	a, b := MustParse("01/2024/DS-ST"), MustParse("01/2024/HS-ST")
	assert.NotEqual(t, a, b)
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(MustParse("01/2024/DS-ST")))
	// A kind of case and a stage are two groups: fused, or with a third
	// group, they are no court's code.
	for _, s := range []string{"25/2010/HSST", "12/2024/HS-ST-PT", "12/HS-ST"} {
		c, _, _ := Lenient.Parse(s)
		assert.NotEqual(t, Court, c.System(), s)
	}
}

func TestStrictErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"290-QĐ-TW", `document: parse "290-QĐ-TW": want '/' between type and issuer (at "-TW")`},
		{"217/QĐ-TW", `document: parse "217/QĐ-TW": Party code in the State's form: want NUMBER-TYPE/ISSUER (at "/QĐ-TW")`},
		{"5/QĐ-UBND", `document: parse "5/QĐ-UBND": want two digits at least, with no other leading zero (at "5/QĐ-UBND")`},
		{"Số: 05/QĐ-UBND", `document: parse "Số: 05/QĐ-UBND": prefix is not part of the code (at "Số: 05/QĐ-UBND")`},
		{"15/2020/ND-CP", `document: parse "15/2020/ND-CP": type not in its official form (at "ND-CP")`},
		{"15/2020/NÐ-CP", `document: parse "15/2020/NÐ-CP": look-alike character (at "Ð-CP")`},
		{"15 /2020/NĐ-CP", `document: parse "15 /2020/NĐ-CP": space around a separator (at " /2020/NĐ-CP")`},
		{"12/qđ-UBND", `document: parse "12/qđ-UBND": type not in its official form (at "qđ-UBND")`},
		{"12/QĐ-abc", `document: parse "12/QĐ-abc": abbreviation in lower case (at "abc")`},
		{"15/2020/XX-CP", `document: parse "15/2020/XX-CP": unknown type "XX" (at "XX-CP")`},
		{"58/2023/HNGD-ST", `document: parse "58/2023/HNGD-ST": abbreviation not in its official form (at "HNGD-ST")`},
		{"112/2024/HS/ST", `document: parse "112/2024/HS/ST": want '-' between the groups of the symbol (at "/ST")`},
		{"80/2022/QH13", `document: parse "80/2022/QH13": year outside the legislature term (at "QH13")`},
		{"12/QĐ-UBND ", `document: parse "12/QĐ-UBND ": trailing space (at " ")`},
		{"", `document: parse "": want a number`},
		{"\xff12/QĐ-UBND", `document: parse "\xff12/QĐ-UBND": invalid UTF-8 (at "\xff12/QĐ-UBND")`},
	}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		require.Error(t, err, "Parse(%q) = %v, want error", tt.in, c)
		assert.Equal(t, tt.want, err.Error())
		assert.Equal(t, Code{}, c)
	}
}

func TestMustParse(t *testing.T) {
	assert.Equal(t, "226-QĐ/TU", MustParse("226-QĐ/TU").String())
	assert.PanicsWithError(t, `document: parse "226-QĐ-TU": want '/' between type and issuer (at "-TU")`, func() { MustParse("226-QĐ-TU") })
}

func TestZeroCode(t *testing.T) {
	var c Code
	assert.False(t, c.IsValid())
	assert.Equal(t, "", c.String())
	assert.Equal(t, "", c.Number())
	assert.Equal(t, System(0), c.System())
	assert.Equal(t, "", c.System().String())
	assert.Equal(t, "", c.TypeName())
	assert.False(t, c.KnownIssuer())
	assert.False(t, c.KnownType())
	b, err := c.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	var d Code
	require.NoError(t, d.UnmarshalText(nil))
	assert.Equal(t, Code{}, d)
}

func TestTextRoundTrip(t *testing.T) {
	type doc struct {
		Code Code `json:"code"`
	}
	for _, s := range []string{"226-QĐ/TU", "15/2020/NĐ-CP", "80/2015/QH13", "5053-CV/VPTW/nb", "06/QC-TT.HĐND-UBND"} {
		b, err := json.Marshal(doc{MustParse(s)})
		require.NoError(t, err)
		assert.Equal(t, `{"code":"`+s+`"}`, string(b))
		var d doc
		require.NoError(t, json.Unmarshal(b, &d))
		assert.Equal(t, MustParse(s), d.Code)
		ab, err := d.Code.AppendText([]byte("x "))
		require.NoError(t, err)
		assert.Equal(t, "x "+s, string(ab))
	}
	var d doc
	err := json.Unmarshal([]byte(`{"code":"290-QĐ-TW"}`), &d)
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "290-QĐ-TW", pe.Input)
}

// TestCompare drives IsValid, String and Compare from one ordered table.
func TestCompare(t *testing.T) {
	ordered := []string{
		"",
		"05-NQ/TU",
		"226-QĐ/TU",
		"18-NQ/TW",
		"57-NQ/TW",
		"07-QĐi/TW",
		"80/2015/QH13",
		"64/2025/QH15",
		"05/QĐ-UBND",
		"123/QĐ-UBND",
		"30/2018/QĐ-UBND",
	}
	codes := make([]Code, len(ordered))
	for i, s := range ordered {
		if s != "" {
			codes[i] = MustParse(s)
		}
		assert.Equal(t, s != "", codes[i].IsValid())
		assert.Equal(t, s, codes[i].String())
	}
	for i := range codes {
		for j := range codes {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			assert.Equal(t, want, codes[i].Compare(codes[j]), "Compare(%q, %q)", ordered[i], ordered[j])
			assert.Equal(t, i == j, codes[i] == codes[j])
		}
	}
	shuffled := slices.Clone(codes)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, Code.Compare)
	assert.Equal(t, codes, shuffled)
}

func TestIssuerValidity(t *testing.T) {
	bdv := MustParse("06-KH/BDVTW")
	assert.Equal(t, "Ban Dân vận Trung ương", bdv.IssuerName(time.Date(2020, 2, 19, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "Ban Dân vận Trung ương", bdv.IssuerName(time.Date(2025, 2, 2, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "", bdv.IssuerName(time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)))
	assert.True(t, bdv.KnownIssuer())
	merged := MustParse("1147-QĐ/BTGDVTW")
	assert.Equal(t, "", merged.IssuerName(time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "Ban Tuyên giáo và Dân vận Trung ương", merged.IssuerName(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)))
	mpi := MustParse("12/2020/TT-BKHĐT")
	assert.Equal(t, "Bộ Kế hoạch và Đầu tư", mpi.IssuerName(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "", mpi.IssuerName(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)))
}

func TestFixes(t *testing.T) {
	for f := Fix(1); int(f) <= numFixes; f++ {
		name := f.String()
		require.NotEmpty(t, name)
		require.NotEmpty(t, f.Description())
		g, ok := ParseFix(name)
		require.True(t, ok)
		assert.Equal(t, f, g)
		b, _ := f.MarshalText()
		assert.Equal(t, name, string(b))
	}
	assert.Equal(t, "", Fix(0).String())
	assert.Equal(t, "", Fix(200).String())
	var none Fixes
	assert.Equal(t, []string{}, none.Names())
	assert.Equal(t, 0, none.Len())
	fs := fixBit(FixCase) | fixBit(FixSeparator)
	assert.Equal(t, "separator,case", fs.String())
	assert.Equal(t, 2, fs.Len())
	assert.True(t, fs.Has(FixCase))
	assert.False(t, fs.Has(FixDash))
}

func TestModeString(t *testing.T) {
	assert.Equal(t, "strict", Strict.String())
	assert.Equal(t, "lenient", Lenient.String())
	assert.Equal(t, "party", Party.String())
	assert.Equal(t, "state", State.String())
	b, _ := State.MarshalText()
	assert.Equal(t, "state", string(b))
}

func TestErrorsAs(t *testing.T) {
	_, _, err := Lenient.Parse("15/2020/XX-CP")
	var ue *UnknownValueError
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, "type", ue.Kind)
	assert.Equal(t, "XX", ue.Value)
	assert.False(t, errors.Is(err, ErrSyntax))
	_, _, err = Lenient.Parse("0/QĐ-UBND")
	assert.ErrorIs(t, err, ErrRange)
}

func TestNoAllocs(t *testing.T) {
	for _, s := range []string{"226-QĐ/TU", "15/2020/NĐ-CP", "4912/UBND-NC", "02/2011/TTLT-VPCP-BNV", "80/2015/QH13"} {
		n := testing.AllocsPerRun(100, func() {
			if _, err := Parse(s); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, n, "Parse(%q) allocates", s)
	}
	n := testing.AllocsPerRun(100, func() {
		if _, _, err := Lenient.Parse("226-QĐ/TU"); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, n, "Lenient.Parse of a canonical code allocates")
}

// TestConcurrent parses and names codes from many goroutines; run it with -race.
func TestConcurrent(t *testing.T) {
	cases := readCodeCases(t)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tc := range cases {
				c, _, _ := Lenient.Parse(tc.input)
				_ = c.IssuerName(time.Time{}) + c.TypeName() + c.String()
			}
			for range Find("Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy") {
			}
		}()
	}
	wg.Wait()
}

// TestFastPathCorpus checks the fast path against the general parser on
// every canonical code of the corpus and every abbreviation of the data, in
// each case, with and without diacritics.
func TestFastPathCorpus(t *testing.T) {
	var inputs []string
	for _, tc := range readCodeCases(t) {
		inputs = append(inputs, tc.input, tc.canonical)
	}
	for _, r := range typeRows {
		for _, a := range []string{r.abbr, strings.ToUpper(r.abbr), strings.ToLower(r.abbr), vntextFoldForTest(r.abbr)} {
			inputs = append(inputs, "12-"+a+"/TW", "12/"+a+"-UBND", "12/2020/"+a+"-CP", "12/"+a)
		}
	}
	for _, r := range issuerRows {
		for _, a := range []string{r.abbr, strings.ToUpper(r.abbr), strings.ToLower(r.abbr), vntextFoldForTest(r.abbr)} {
			inputs = append(inputs, "12-NQ/"+a, "12/QĐ-"+a, "12/"+a+"-VP", "12/2020/NĐ-"+a, "12/NQ-"+a+"-"+a)
		}
	}
	answered := 0
	for _, s := range inputs {
		fast, ok := parseFast(s, false)
		slow, fixes, err := Strict.parseSlow(s)
		if ok {
			answered++
			require.NoError(t, err, "parseFast(%q) answers %v", s, fast)
			assert.Zero(t, fixes)
			assert.Equal(t, slow, fast, s)
		}
	}
	assert.Greater(t, answered, 300)
}

func vntextFoldForTest(s string) string { return vntext.Fold(s) }

// TestRegexpBaseline checks that the benchmark's regexp baseline parses the
// benchmark's codes to the same values as Parse, so that it does the same work.
func TestRegexpBaseline(t *testing.T) {
	for _, s := range benchCodes {
		c, ok := regexpParse(s)
		require.True(t, ok, s)
		assert.Equal(t, MustParse(s), c, s)
	}
}

func TestNextDigit(t *testing.T) {
	s := "Quyết định ngày 12/3 và ‐ các số 0 9 / : ~"
	for i := 0; i <= len(s); i++ {
		want := len(s)
		for j := i; j < len(s); j++ {
			if s[j] >= '0' && s[j] <= '9' {
				want = j
				break
			}
		}
		assert.Equal(t, want, nextDigit(s, i), "nextDigit(%d)", i)
	}
	for b := 0; b < 256; b++ {
		x := uint64(b) << 24
		assert.Equal(t, b >= '0' && b <= '9', digitMask(x) != 0, "byte %#x", b)
	}
	// Every pair of bytes at every position of a word: the lowest flag is
	// the first digit.
	for p := 0; p < 8; p++ {
		for b1 := 0; b1 < 256; b1++ {
			for _, b2 := range []int{'/', '0', '5', '9', ':', 0x80, 0xB0, 0xFF, 0x00} {
				w := []byte("abcdefghij")
				w[p], w[p+1] = byte(b1), byte(b2)
				want := len(w)
				for j, c := range w {
					if c >= '0' && c <= '9' {
						want = j
						break
					}
				}
				require.Equal(t, want, nextDigit(string(w), 0), "%q", w)
			}
		}
	}
}

// TestLatinNFC checks the shortcut against the x/text normalizer.
func TestLatinNFC(t *testing.T) {
	for r := rune(0xC0); r < 0x1F00; r++ {
		if r > 0x24F && r < 0x1E00 {
			continue
		}
		s := "Q" + string(r) + "-UBND"
		if latinNFC(s) {
			assert.Equal(t, s, vntext.NFC(s), "%U", r)
		}
	}
	assert.False(t, latinNFC("QD\u0323"))
}
