// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func BenchmarkParseTitle(b *testing.B) {
	for _, in := range []string{"Phó trưởng Ban Dân vận Trung ương", "PCT UBND tỉnh", "nguyên Bí thư Tỉnh ủy Yên Bái"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := ParseTitle(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseMention(b *testing.B) {
	for _, in := range []string{
		"đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình",
		"TVTU, Trưởng Ban Nội chính Tỉnh ủy, Chủ tịch Hội Luật gia tỉnh Trần Văn Sơn",
	} {
		b.Run(strings.Fields(in)[0], func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := ParseMention(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseName(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseName("Nguyễn Phước Lộc"); err != nil {
			b.Fatal(err)
		}
	}
}

// prose is text without officials, written for the benchmarks in the style
// of a provincial news item.
const prose = `Theo số liệu Sở Công Thương vừa công bố, trong quý I năm nay tỉnh thu hút thêm 12 dự án với tổng vốn đăng ký hơn 3.500 tỷ đồng; các sở, ngành đã phối hợp chặt chẽ để tháo gỡ khó khăn cho doanh nghiệp, rút ngắn thời gian giải quyết thủ tục hành chính và đẩy mạnh chuyển đổi số trong cơ quan nhà nước.

Năm nay, tỉnh tập trung hoàn thiện hạ tầng giao thông kết nối các khu công nghiệp, nâng cao chất lượng nguồn nhân lực và cải thiện môi trường đầu tư. Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được triển khai sâu rộng tới từng chi bộ.

Hội nghị cũng bàn phương án chuẩn bị đại hội của các đảng bộ cơ sở cho nhiệm kỳ mới, bảo đảm đúng quy định của Điều lệ Đảng và hướng dẫn của cấp trên; công tác chuẩn bị nhân sự được thực hiện chặt chẽ, dân chủ, khách quan.

`

// benchText is about 1 MiB of our own sample text: the test passage with its
// officials, and prose, about as dense in officials as news.
var benchText = func() string {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(passage)
		sb.WriteString("\n\n")
		sb.WriteString(prose)
		sb.WriteString(prose)
	}
	return sb.String()
}()

// BenchmarkFind reads two texts, each with utf8.Valid over the same bytes
// as a baseline in the same run (compare the MB/s columns as ratios): news
// as dense in officials as benchText, and prose without officials, where
// Find only skims.
func BenchmarkFind(b *testing.B) {
	for _, tt := range []struct{ name, text string }{
		{"news", benchText},
		{"prose", strings.Repeat(prose, (1<<20)/len(prose)+1)},
	} {
		b.Run("text="+tt.name+"/baseline=utf8.Valid", func(b *testing.B) {
			b.SetBytes(int64(len(tt.text)))
			for b.Loop() {
				if !utf8.ValidString(tt.text) {
					b.Fatal("invalid")
				}
			}
		})
		b.Run("text="+tt.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(tt.text)))
			n := 0
			for b.Loop() {
				for range Find(tt.text) {
					n++
				}
			}
			if n == 0 && tt.name == "news" {
				b.Fatal("no match")
			}
		})
	}
}

// BenchmarkRegexpNames is a baseline: a regexp for "honorific + name" alone.
func BenchmarkRegexpNames(b *testing.B) {
	re := regexp.MustCompile(`(?:đồng chí|ông|bà) (?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*`)
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		if len(re.FindAllStringIndex(benchText, -1)) == 0 {
			b.Fatal("no match")
		}
	}
}

// BenchmarkFindAdversarial reads texts made to make Find work hard: titles
// whose units never end, names without offices, brackets. The rate is far
// below that of news, but the work per byte stays bounded.
func BenchmarkFindAdversarial(b *testing.B) {
	for _, tt := range []struct{ name, unit string }{
		{"endless-unit", "Bí thư Ban "},
		{"names", "ông Trần Văn An, "},
		{"lists", "các Phó Chủ tịch: "},
		{"brackets", "(((( "},
	} {
		text := strings.Repeat(tt.unit, (256<<10)/len(tt.unit))
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for range Find(text) {
				}
			}
		})
	}
}
