// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The baselines: a regexp parser of the same codes, and a regexp extractor.
// Regular expressions are allowed here, as baselines, and nowhere else.
var (
	reParty = regexp.MustCompile(`^(\d+)-([\p{L}\d]+)/([\p{L}\d.&]+(?:-[\p{L}\d.&]+)*)(?:/(.+))?$`)
	reState = regexp.MustCompile(`^(\d+)/(?:(\d{4})/)?([\p{L}\d.&]+)((?:-[\p{L}\d.&]+)*)$`)
	reFind  = regexp.MustCompile(`\d+\s*[-/–]\s*(?:\d{4}\s*/\s*)?\p{L}[\p{L}\d.&]*(?:\s*[-/–]\s*[\p{L}\d.&]+)*`)
)

// regexpParse is the baseline: a regexp-based parser of canonical codes that
// does the same lookups as Parse and builds the same Code.
func regexpParse(s string) (Code, bool) {
	var c Code
	if m := reParty.FindStringSubmatch(s); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil || n == 0 {
			return c, false
		}
		if _, ok := partyTypes.exact[m[2]]; !ok {
			return c, false
		}
		if i, ok := issuerIndex.exact[m[3]]; ok && issuerRows[i].sys == State {
			return c, false
		}
		c = Code{sys: Party, number: uint32(n), sym: s[len(m[1])+1:], typLen: uint8(len(m[2]))}
		if m[4] != "" {
			c.extra = uint16(len(m[2]) + 1 + len(m[3]) + 1)
		}
		return c, true
	}
	m := reState.FindStringSubmatch(s)
	if m == nil {
		return c, false
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n == 0 {
		return c, false
	}
	c = Code{sys: State, number: uint32(n)}
	if m[2] != "" {
		y, _ := strconv.Atoi(m[2])
		c.year = uint16(y)
	}
	c.sym = m[3] + m[4]
	if _, ok := stateTypes.exact[m[3]]; ok && m[4] != "" {
		c.typLen = uint8(len(m[3]))
		c.sym = s[len(s)-len(c.sym):]
	}
	first := strings.TrimPrefix(m[4], "-")
	first, _, _ = strings.Cut(first, "-")
	if c.typLen == 0 {
		first = m[3]
	}
	if i, ok := issuerIndex.exact[first]; ok && issuerRows[i].sys == Party {
		return c, false
	}
	return c, true
}

var benchCodes = []string{"226-QĐ/TU", "15/2020/NĐ-CP", "4912/UBND-NC", "02/2011/TTLT-VPCP-BNV"}

func BenchmarkParse(b *testing.B) {
	for _, s := range benchCodes {
		b.Run("strict/"+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, s := range []string{"226-QĐ/TU", "290-QĐ-TW", "Số: 15 / 2020/ND-CP", "217/QĐ-TW", "15/2014/QÐ-UBND"} {
		b.Run("lenient/"+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Lenient.Parse(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, s := range benchCodes {
		b.Run("regexp/"+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := regexpParse(s); !ok {
					b.Fatal("no match")
				}
			}
		})
	}
}

// benchText builds about n bytes of Vietnamese text, written by us in the
// style of provincial news and official letters. Like the real passages of
// the project's corpus, it has a document reference every 500 to 600 bytes
// and a run of digits (dates, figures, phone numbers, scores) every 80 to
// 100 bytes.
func benchText(n int) string {
	prose := []string{
		"Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận, triển khai nhiệm vụ trọng tâm những tháng cuối năm.",
		"Đồng chí Bí thư Thành ủy nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ và phát huy vai trò của người đứng đầu.",
		"Các đại biểu thảo luận sôi nổi, đề xuất nhiều giải pháp thiết thực để thực hiện thắng lợi nghị quyết đại hội.",
		"Công tác cải cách hành chính được đẩy mạnh, mức độ hài lòng của người dân và doanh nghiệp tiếp tục được cải thiện.",
		"Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phối hợp chặt chẽ trong công tác vận động quần chúng.",
	}
	figures := []string{
		"Sáng %d/7/2020, hội nghị khai mạc tại hội trường trung tâm, với khoảng %d đại biểu tham dự.",
		"Tỷ lệ hộ nghèo giảm còn %d,5%%, thu nhập bình quân đầu người tăng %d,2%% so với cùng kỳ năm trước.",
		"Mọi ý kiến đóng góp xin gửi về Văn phòng, điện thoại 0229.3871.%03d, trước ngày %d tháng 02 năm 2020.",
		"Trận chung kết kết thúc với tỉ số 2-1, khoảng %d khán giả có mặt, chiếm %d%% sức chứa của sân.",
	}
	refs := []string{
		"Thực hiện Quyết định số %d-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy, các cấp ủy đã rà soát quy chế làm việc.",
		"Theo Nghị định %d/2020/NĐ-CP về công tác văn thư, số và ký hiệu văn bản phải được ghi đầy đủ.",
		"UBND tỉnh ban hành Công văn số %d/UBND-NC hướng dẫn các sở, ngành triển khai kế hoạch.",
		"Hội nghị quán triệt Nghị quyết số %d-NQ/TW của Bộ Chính trị và Chỉ thị %d về công tác cán bộ.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		switch {
		case i%6 == 5:
			fmt.Fprintf(&b, refs[i/6%len(refs)], 10+i%900, 10+i%40)
		case i%2 == 1:
			fmt.Fprintf(&b, figures[i/2%len(figures)], 1+i%28, 10+i%90)
		default:
			b.WriteString(prose[i%len(prose)])
		}
		if i%7 == 6 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

var sinkInt int

func BenchmarkFind(b *testing.B) {
	text := benchText(1 << 20)
	b.Run("Find", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for range Find(text) {
				n++
			}
			sinkInt = n
		}
	})
	b.Run("utf8.Valid", func(b *testing.B) {
		data := []byte(text)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if !utf8.Valid(data) {
				b.Fatal("invalid")
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = len(reFind.FindAllStringIndex(text, -1))
		}
	})
	b.Run("regexp-references", func(b *testing.B) {
		re := referenceRegexp()
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			sinkInt = len(re.FindAllStringIndex(text, -1))
		}
	})
}

// referenceRegexp is the second baseline: a regexp extractor of what Find
// reports, the reference phrase around a code (a type word from the data,
// in any case, "số" or "Số:", and the code with the separators, dashes and
// spaces that Find reads), as a program without this package would write it.
func referenceRegexp() *regexp.Regexp {
	seen := map[string]bool{}
	var words []string
	for _, t := range typeRows {
		if w := strings.ToLower(t.name); !seen[w] {
			seen[w] = true
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	return regexp.MustCompile(`(?i)(?:(?:` + strings.Join(words, "|") + `)\s+)?(?:số\s*:?\s*)?` +
		`\d+\s*[-/–—]\s*(?:\d{4}\s*/\s*)?\p{L}[\p{L}\d.&]*(?:\s*[-/–—]\s*[\p{L}\d.&]+)*`)
}

// BenchmarkFindPathological reads the inputs of TestFindPathological: a
// scanner that reads the same bytes again and again shows here as a speed
// far below that of BenchmarkFind.
func BenchmarkFindPathological(b *testing.B) {
	for name, text := range pathological(1 << 18) {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				n := 0
				for range Find(text) {
					n++
				}
				sinkInt = n
			}
		})
	}
}
