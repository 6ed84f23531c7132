// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"strings"
	"testing"
	"time"

	"github.com/vnorg/vnorg/internal/vntext"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// found is what a test expects of one match.
type found struct {
	span, code, typ, date, issuer string
}

func findAll(text string) []found {
	var out []found
	for m := range Find(text) {
		f := found{span: text[m.Start:m.End], code: m.Code.String(), typ: m.Type, issuer: m.Issuer}
		if !m.Date.IsZero() {
			f.date = m.Date.Format(time.DateOnly)
		}
		if !m.Code.IsValid() {
			f.code = "#" + m.Number
		}
		out = append(out, f)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []found
	}{
		{"party reference with date and issuer",
			"Thực hiện Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy, các cấp ủy đã rà soát.",
			[]found{{"Quyết định số 226-QĐ/TU", "226-QĐ/TU", "Quyết định", "2019-03-12", "Ban Thường vụ Tỉnh ủy"}}},
		{"hyphen for slash, no số",
			"Hội nghị quán triệt Quyết định 290-QĐ-TW của Bộ Chính trị về công tác dân vận.",
			[]found{{"Quyết định 290-QĐ-TW", "290-QĐ/TW", "Quyết định", "", "Bộ Chính trị"}}},
		{"type word settles QĐ",
			"Theo Quy định số 37-QĐ/TW ngày 25 tháng 10 năm 2021, đảng viên không được làm 19 điều.",
			[]found{{"Quy định số 37-QĐ/TW", "37-QĐ/TW", "Quy định", "2021-10-25", ""}}},
		{"court judgments and decisions",
			"Tòa án nhân dân tỉnh đã tuyên Bản án hình sự sơ thẩm số 112/2024/HS-ST ngày 05/3/2024; bị cáo kháng cáo, Bản án phúc thẩm số 45/2024/HS-PT giữ nguyên. Theo Quyết định đưa vụ án ra xét xử số 23/2021/QĐXXST- HS, phiên tòa mở ngày 25/02/2021.",
			[]found{
				{"Bản án hình sự sơ thẩm số 112/2024/HS-ST", "112/2024/HS-ST", "Bản án", "2024-03-05", ""},
				{"Bản án phúc thẩm số 45/2024/HS-PT", "45/2024/HS-PT", "Bản án", "", ""},
				{"Quyết định đưa vụ án ra xét xử số 23/2021/QĐXXST- HS", "23/2021/QĐXXST-HS", "Quyết định", "", ""},
			}},
		{"court code without a type word",
			"vụ án đã được thụ lý số 06/2021/TLST-DS và xét xử theo 58/2023/HNGD-ST.",
			[]found{
				{"số 06/2021/TLST-DS", "06/2021/TLST-DS", "", "", ""},
				{"58/2023/HNGD-ST", "58/2023/HNGĐ-ST", "Bản án", "", ""},
			}},
		{"line break before the code",
			"căn cứ Nghị định\nsố 43/2011/NĐ-CP của Chính phủ",
			[]found{{"Nghị định\nsố 43/2011/NĐ-CP", "43/2011/NĐ-CP", "Nghị định", "", "Chính phủ"}}},
		{"line break after Số:",
			"Số:\n15/2022/NQ-HĐND",
			[]found{{"Số:\n15/2022/NQ-HĐND", "15/2022/NQ-HĐND", "Nghị quyết", "", ""}}},
		{"line break inside the code",
			"theo Công văn số 1234/UBND-\nVX ngày 5-6-2024",
			[]found{{"Công văn số 1234/UBND-\nVX", "1234/UBND-VX", "Công văn", "2024-06-05", ""}}},
		{"a law cited by its name before its number",
			"Thực hiện Luật Tiếp công dân số 42/2013/QH13 và Bộ luật Lao động số 45/2019/QH14, theo luật số 01/2024/QH15.",
			[]found{
				{"số 42/2013/QH13", "42/2013/QH13", "Luật", "", ""},
				{"số 45/2019/QH14", "45/2019/QH14", "Bộ luật", "", ""},
				{"số 01/2024/QH15", "01/2024/QH15", "", "", ""},
			}},
		{"room and lot numbers are not codes, unless cited as one",
			"Họp tại phòng 302/A2, lô 15-B3; theo Công văn số 57/B2-TH và văn bản 12/C03-P4 của Cục.",
			[]found{{"Công văn số 57/B2-TH", "57/B2-TH", "Công văn", "", ""}, {"văn bản 12/C03-P4", "12/C03-P4", "Công văn", "", "Cục"}}},
		{"an inspectorate's codes: TTr after the type is the issuer",
			"Theo Quyết định số 12/QĐ-TTr ngày 3/2/2025 của Thanh tra tỉnh và Kết luận số 45/KL-TTr, Sở đã trình Tờ trình số 8/TTr-SYT.",
			[]found{
				{"Quyết định số 12/QĐ-TTr", "12/QĐ-TTr", "Quyết định", "2025-02-03", "Thanh tra tỉnh"},
				{"Kết luận số 45/KL-TTr", "45/KL-TTr", "Kết luận", "", ""},
				{"Tờ trình số 8/TTr-SYT", "08/TTr-SYT", "Tờ trình", "", ""},
			}},
		{"a drafting unit's abbreviation in mixed case",
			"Sở đã ban hành Công văn số 1256/SGDĐT-GDTrH hướng dẫn phúc khảo; theo Quyết định số 15/QĐ-UBND.Theo đó, tỉnh giao.",
			[]found{
				{"Công văn số 1256/SGDĐT-GDTrH", "1256/SGDĐT-GDTrH", "Công văn", "", ""},
				{"Quyết định số 15/QĐ-UBND", "15/QĐ-UBND", "Quyết định", "", ""},
			}},
		{"a dash with spaces after a whole code is prose",
			"Nghị quyết 43-NQ/TW – GĐ Sở trình bày; Thông tư 05/2023/TT – BNV vẫn áp dụng.",
			[]found{
				{"Nghị quyết 43-NQ/TW", "43-NQ/TW", "Nghị quyết", "", ""},
				{"Thông tư 05/2023/TT – BNV", "05/2023/TT-BNV", "Thông tư", "", ""},
			}},
		{"references without a code",
			"Thực hiện Nghị quyết số 18 và Chỉ thị 35 của Bộ Chính trị, tỉnh đã ban hành kế hoạch.",
			[]found{{"Nghị quyết số 18", "#18", "Nghị quyết", "", ""}, {"Chỉ thị 35", "#35", "Chỉ thị", "", "Bộ Chính trị"}}},
		{"dates, phones, scores, fractions, percentages are not codes",
			"Ngày 12/3/2019, lúc 14h30, gọi 0912-345-678 hoặc (024) 3825.1234; tỉ số 2-1; đạt 3/4 chỉ tiêu, tăng 7,2%; 24/7.",
			nil},
		{"a date followed by a dash and words is not a code",
			"HÀ NỘI, 9/7/2020 – Sáng nay, đoàn công tác làm việc; 15-6-2021 - Chiều cùng ngày, 1/10/2022/Theo kế hoạch, tỉnh họp.",
			nil},
		{"URLs and file paths are not codes",
			"Xem https://vanban.gov.vn/15/2020/ND-CP.html, tệp C:\\vanban\\15-2020-ND-CP.doc và /srv/files/123/QĐ-UBND.pdf hoặc www.x.vn/12/KH-UBND.",
			nil},
		{"look-alikes, dashes, spaces",
			"Quyết định số 2/2019/QÐ–UBND và Nghị quyết 16 - NQ/TW",
			[]found{{"Quyết định số 2/2019/QÐ–UBND", "02/2019/QĐ-UBND", "Quyết định", "", ""}, {"Nghị quyết 16 - NQ/TW", "16-NQ/TW", "Nghị quyết", "", ""}}},
		{"Party code in State style, State code in Party style",
			"Chỉ thị số 22/CT-TW và Nghị quyết 03-NQ/CP ngày 9.1.2025",
			[]found{{"Chỉ thị số 22/CT-TW", "22-CT/TW", "Chỉ thị", "", ""}, {"Nghị quyết 03-NQ/CP", "03/NQ-CP", "Nghị quyết", "2025-01-09", ""}}},
		{"all capitals and scrambled diacritics",
			"QUY ĐỊNH SỐ 07-QĐI/TW; Kết lúận số 121-KL/TW",
			[]found{{"QUY ĐỊNH SỐ 07-QĐI/TW", "07-QĐi/TW", "Quy định", "", ""}, {"Kết lúận số 121-KL/TW", "121-KL/TW", "Kết luận", "", ""}}},
		{"the word for a generic document takes the code's type",
			"văn bản số 238/UBND-KGVX ngày 19/3/2018",
			[]found{{"văn bản số 238/UBND-KGVX", "238/UBND-KGVX", "Công văn", "2018-03-19", ""}}},
		{"a law named between type word and code",
			"Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và pháp luật số 5",
			[]found{{"số 72/2025/QH15", "72/2025/QH15", "Luật", "", ""}}},
		{"glued words and glued số",
			"tạiTờ trình số 350/TTr-SXD; số82/2005/QĐ-UBND",
			[]found{{"Tờ trình số 350/TTr-SXD", "350/TTr-SXD", "Tờ trình", "", ""}, {"số82/2005/QĐ-UBND", "82/2005/QĐ-UBND", "Quyết định", "", ""}}},
		{"a list of codes after one type word",
			"các Tờ trình số: 421/TTr-STC ngày 29/10/2025 và 501/TTr-STC.",
			[]found{{"Tờ trình số: 421/TTr-STC", "421/TTr-STC", "Tờ trình", "2025-10-29", ""}, {"501/TTr-STC", "501/TTr-STC", "Tờ trình", "", ""}}},
		{"lower-case unknown groups are words, not codes",
			"khoản 2/điều 3 và 5-chương",
			nil},
		{"addresses, plates, sizes are not codes",
			"nhà số 15/2B đường Lê Lợi, xe 29A-123.45, lớp 12A1, tốc độ 100 km/h, 20H tối",
			nil},
		{"a number and one unknown group need a type word, not số alone",
			"Gói thầu số 05/XL có giá trị 412 tỷ đồng; Công văn số 123/XYZ gửi các sở; lô số 7/KD",
			[]found{{"Công văn số 123/XYZ", "123/XYZ", "Công văn", "", ""}}},
		{"no-break spaces around a separator",
			"Quyết định 15\u00a0/\u00a0QĐ-UBND",
			[]found{{"Quyết định 15\u00a0/\u00a0QĐ-UBND", "15/QĐ-UBND", "Quyết định", "", ""}}},
		{"what follows a code is not part of it",
			"Công văn số 12/UBND-VX - Kế hoạch năm; Quyết định số 15/QĐ-UBND.Theo đó; Quyết định 226-QĐ/TU-ngày",
			[]found{{"Công văn số 12/UBND-VX", "12/UBND-VX", "Công văn", "", ""}, {"Quyết định số 15/QĐ-UBND", "15/QĐ-UBND", "Quyết định", "", ""}, {"Quyết định 226-QĐ/TU", "226-QĐ/TU", "Quyết định", "", ""}}},
		{"the issuer phrase ends before a verb",
			"Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều",
			[]found{{"Nghị định số 34/2016/NĐ-CP", "34/2016/NĐ-CP", "Nghị định", "2016-05-14", "Chính phủ"}}},
		{"old decree codes without a type",
			"Nghị định số 12/CP ngày 1/3/1995",
			[]found{{"Nghị định số 12/CP", "12/CP", "Nghị định", "1995-03-01", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, findAll(tt.text))
		})
	}
}

func TestFindStop(t *testing.T) {
	text := strings.Repeat("Quyết định 290-QĐ-TW; ", 10)
	n := 0
	for range Find(text) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

func TestFindInvalidUTF8(t *testing.T) {
	text := "\xff\xfeQuyết định số 226-QĐ/TU\xff 12/QĐ-\xffUBND"
	got := findAll(text)
	require.NotEmpty(t, got)
	assert.Equal(t, "226-QĐ/TU", got[0].code)
}

func TestFindHuge(t *testing.T) {
	// A long run of digits, separators and letters stays linear and bounded.
	text := strings.Repeat("1/", 100000) + strings.Repeat("A-", 100000) + strings.Repeat("9", 100000)
	for m := range Find(text) {
		assert.LessOrEqual(t, m.End-m.Start, 2*maxInput)
	}
}

func TestParseReference(t *testing.T) {
	tests := []struct {
		in                         string
		typ, code, date, issuer, s string
	}{
		{"Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy", "Quyết định", "226-QĐ/TU", "2019-03-12", "Ban Thường vụ Tỉnh ủy", ""},
		{"Nghị định 30/2020/NĐ-CP", "Nghị định", "30/2020/NĐ-CP", "", "", ""},
		{"Quy định số 07-QĐi/TW", "Quy định", "07-QĐi/TW", "", "", ""},
		{"Quyết định số 99-QĐ/TW ngày 30-5-2012", "Quyết định", "99-QĐ/TW", "2012-05-30", "", ""},
		{"Nghị quyết 03-NQ/CP ngày 9.1.2025", "Nghị quyết", "03/NQ-CP", "2025-01-09", "", ""},
		{"Quyết định 290-QĐ/TW ngày 25 tháng 02 năm 2010 của Bộ Chính trị", "Quyết định", "290-QĐ/TW", "2010-02-25", "Bộ Chính trị", ""},
		{"Luật số 80/2015/QH13 ngày 06 / 7 /2015", "Luật", "80/2015/QH13", "2015-07-06", "", ""},
		{"Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", "Nghị định", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ", "công tác văn thư"},
		{"Nghị quyết số 18", "Nghị quyết", "", "", "", ""},
	}
	for _, tt := range tests {
		d, _, err := ParseReference(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.typ, d.Type, tt.in)
		assert.Equal(t, tt.code, d.Code.String(), tt.in)
		date := ""
		if !d.Date.IsZero() {
			date = d.Date.Format(time.DateOnly)
		}
		assert.Equal(t, tt.date, date, tt.in)
		assert.Equal(t, tt.issuer, d.Issuer, tt.in)
		assert.Equal(t, tt.s, d.Summary, tt.in)
	}
	for _, bad := range []string{"", "Quyết định", "ngày 12/3/2019", "xem Quyết định số 226-QĐ/TU", "Quyết định số 226-QĐ/TU rồi", "15/2020/XX-CP"} {
		_, _, err := ParseReference(bad)
		assert.Error(t, err, bad)
	}
	d, _, _ := ParseReference("Quyết định số 7/QĐ-UBND")
	assert.Equal(t, "7", d.Number)
	assert.Equal(t, "07", d.Code.Number())
	d, _, _ = ParseReference("Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy")
	assert.Equal(t, "Quyết định số 226-QĐ/TU ngày 12/03/2019 của Ban Thường vụ Tỉnh ủy", d.String())
	assert.Equal(t, "Ban Thường vụ Tỉnh ủy", d.IssuerName())
	d, _, _ = ParseReference("Kế hoạch 06-KH/BDVTW ngày 19/02/2020")
	assert.Equal(t, "Ban Dân vận Trung ương", d.IssuerName())
}

func TestDateAt(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"25/02/2010", "2010-02-25"}, {"25-2-2010", "2010-02-25"}, {"9.1.2025", "2025-01-09"},
		{"06 / 7 /2005", "2005-07-06"}, {"25 tháng 02 năm 2010", "2010-02-25"}, {"ngày", ""},
		{"31/2/2020", ""}, {"12/3/19", ""}, {"12/13/2020", ""}, {"12/3-2020", ""}, {"1/1/1900", ""},
	} {
		d, _, ok := dateAt(tt.in, 0)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

// TestFoldAt checks the byte tables of foldAt against vntext.FoldRune for
// every letter of the ranges Vietnamese uses.
func TestFoldAt(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		s := string(r) + "x"
		f, size := foldAt(s, 0)
		want := vntext.FoldRune(r)
		if r < 0x80 {
			if l := byte(r) | 0x20; 'a' <= l && l <= 'z' {
				want = l
			}
		}
		if want != 0 {
			want |= 0x20
		}
		if r >= 0x80 && !(r >= 0xC0 && r < 0x200 || r >= 0x1E80 && r < 0x1F00) {
			want = 0
		}
		require.Equal(t, want, f, "foldAt(%U)", r)
		if f != 0 {
			require.Equal(t, len(string(r)), size, "size of %U", r)
			b, bsize := foldBefore(s[:len(string(r))], len(string(r)))
			require.Equal(t, f, b, "foldBefore(%U)", r)
			require.Equal(t, size, bsize)
		}
	}
}

func TestReversedSyllableBefore(t *testing.T) {
	for _, tt := range []struct {
		text, want string
		start      int
	}{
		{"Quyết định", "hnid", len("Quyết ")},
		{"Chỉ thị", "iht", len("Chỉ ")},
		{"xem 12", "", 0},
		{"ĐỊNH", "hnid", 0},
		{"“Luật", "taul", len("“")},
		{"quá-dàiquádàiquádài", "", 0},
	} {
		var buf [maxSyllable]byte
		got, start := reversedSyllableBefore(buf[:0], tt.text, len(tt.text))
		assert.Equal(t, tt.want, string(got), tt.text)
		assert.Equal(t, tt.start, start, tt.text)
	}
}

func TestDropGroup(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"12/UBND-VX - Kế", "12/UBND-VX"},
		{"15/QĐ-UBND.Theo", "15/QĐ-UBND"},
		{"12/QĐ–Đồng", "12/QĐ"},
		{"12/QĐ-\nAB", "12/QĐ"},
		{"12/X", "12"},
	} {
		assert.Equal(t, tt.want, tt.text[:dropGroup(tt.text, 2, len(tt.text))], tt.text)
	}
}

func TestParseReferenceErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"  xem Quyết định số 226-QĐ/TU", `document: parse "  xem Quyết định số 226-QĐ/TU": unexpected text before the reference (at "Quyết định số 226-QĐ/TU")`},
		{"Quyết định số 226-QĐ/TU rồi", `document: parse "Quyết định số 226-QĐ/TU rồi": unexpected text after the reference (at "rồi")`},
		{"Quyết định", `document: parse "Quyết định": no document number`},
		{"15/2020/XX-CP", `document: parse "15/2020/XX-CP": unknown type "XX"`},
	} {
		_, _, err := ParseReference(tt.in)
		require.Error(t, err, tt.in)
		assert.Equal(t, tt.want, err.Error())
	}
}

// pathological returns inputs of about n bytes built to make a careless
// scanner read the same bytes again and again.
func pathological(n int) map[string]string {
	return map[string]string{
		"spaces before numbers": "Chỉ thị" + strings.Repeat(" ", n) + strings.Repeat("5 ", n/2),
		"long words":            strings.Repeat("a", n) + " 12/QĐ-" + strings.Repeat("B", n),
		"many số":               strings.Repeat("số ", n/4) + "12/QĐ-UBND",
		"many type words":       strings.Repeat("Quyết định ", n/11) + "số 5",
		"separators":            strings.Repeat("1/-", n/3),
		"dates":                 strings.Repeat("12/3/2019 ", n/10),
		"long issuer words":     strings.Repeat("5/QĐ-UBND của "+strings.Repeat("B", 4096)+" ", n/4120),
	}
}

// TestFindPathological runs Find over inputs built to make a careless
// scanner read the same bytes again and again; it must finish, and find
// what is there. BenchmarkFindPathological measures the speed on the same
// inputs.
func TestFindPathological(t *testing.T) {
	inputs := pathological(1 << 18)
	for name, text := range inputs {
		count := 0
		for range Find(text) {
			count++
		}
		t.Logf("%s: %d matches", name, count)
	}
	count := 0
	for m := range Find(inputs["many type words"]) {
		assert.Equal(t, "5", m.Number)
		count++
	}
	assert.Equal(t, 1, count)
}

// Text in NFD (diacritics as combining marks) reads as the same text in
// NFC: the same references, with their type words, dates and issuers, and
// spans over the decomposed bytes that read the same.
func TestFindDecomposed(t *testing.T) {
	texts := []string{
		benchText(1 << 14),
		"Căn cứ Nghị định số 30/2020/NĐ-\nCP ngày 05 tháng 3 năm 2020 của Chính phủ; Chỉ thị số 05 của Ban Thường vụ Tỉnh ủy.",
		"Thực hiện Luật Tiếp công dân số 42/2013/QH13 và Nghị quyết số 18 ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII.",
		"Số: 226-QĐ/TU\nQUYẾT ĐỊNH SỐ 15/QĐ-UBND ngày 9.1.2025 của Ủy ban nhân dân tỉnh",
	}
	for _, nfc := range texts {
		nfd := norm.NFD.String(nfc)
		require.NotEqual(t, nfc, nfd)
		var want, got []Match
		for m := range Find(nfc) {
			want = append(want, m)
		}
		for m := range Find(nfd) {
			got = append(got, m)
		}
		require.NotEmpty(t, want)
		require.Len(t, got, len(want))
		for i := range want {
			w, g := want[i], got[i]
			assert.Equal(t, nfc[w.Start:w.End], norm.NFC.String(nfd[g.Start:g.End]))
			assert.Equal(t, w.Code, g.Code)
			assert.Equal(t, w.Number, g.Number)
			assert.Equal(t, w.Type, g.Type, w.Code.String())
			assert.Equal(t, w.TypeWord, norm.NFC.String(g.TypeWord))
			assert.Equal(t, w.Date, g.Date, w.Code.String())
			assert.Equal(t, w.Issuer, g.Issuer, w.Code.String())
		}
	}
}
