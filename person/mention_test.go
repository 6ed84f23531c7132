// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type wantPos struct {
	title, org string
	mods       Modifier
}

type wantMention struct {
	honorific, rank, academic string
	name                      string
	memberships               []string
	positions                 []wantPos
}

func checkMention(t *testing.T, in string, m Mention, w wantMention) {
	t.Helper()
	assert.Equal(t, w.honorific, m.Honorific, "%q: honorific", in)
	assert.Equal(t, w.rank, m.Rank, "%q: rank", in)
	assert.Equal(t, w.academic, m.Academic, "%q: academic", in)
	assert.Equal(t, w.name, m.Name.String(), "%q: name", in)
	var mem []string
	for _, x := range m.Memberships {
		mem = append(mem, x.Text())
	}
	assert.Equal(t, w.memberships, mem, "%q: memberships", in)
	var pos []wantPos
	for _, p := range m.Positions {
		pos = append(pos, wantPos{p.Title(), p.Org(), p.ModifierSet()})
	}
	assert.Equal(t, w.positions, pos, "%q: positions", in)
}

// Mentions as the reference (party-state-positions.md §0, §4.5) and issue 4
// record them.
func TestParseMention(t *testing.T) {
	tests := []struct {
		in   string
		want wantMention
	}{
		{"đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình", wantMention{honorific: "đồng chí", name: "Lê Hữu Quý",
			memberships: []string{"TVTU"}, positions: []wantPos{{"Bí thư", "Thành ủy Ninh Bình", 0}}}},
		{"đồng chí Nguyễn Phước Lộc, Phó trưởng Ban Dân vận Trung ương", wantMention{honorific: "đồng chí", name: "Nguyễn Phước Lộc",
			positions: []wantPos{{"Phó trưởng Ban", "Ban Dân vận Trung ương", 0}}}},
		{"Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh", wantMention{honorific: "Đồng chí", name: "Nguyễn Thị Thanh",
			memberships: []string{"UVT.Ư Đảng"}, positions: []wantPos{{"Bí thư", "Tỉnh ủy", 0}, {"Trưởng đoàn", "Đoàn Đại biểu Quốc hội tỉnh", 0}}}},
		{"Chẩu Văn Lâm, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh", wantMention{name: "Chẩu Văn Lâm",
			memberships: []string{"Ủy viên BCH Trung ương Đảng"}, positions: []wantPos{{"Bí thư", "Tỉnh ủy", 0}, {"Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh", 0}}}},
		{"Nguyễn Hưng Vượng, Ủy viên BTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh", wantMention{name: "Nguyễn Hưng Vượng",
			memberships: []string{"Ủy viên BTV Tỉnh ủy"}, positions: []wantPos{{"Trưởng ban", "Ban Dân vận Tỉnh ủy", 0}, {"Chủ tịch", "Ủy ban MTTQ tỉnh", 0}}}},
		{"ông Trịnh Minh Hoàng, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Ninh Hải", wantMention{honorific: "ông", name: "Trịnh Minh Hoàng",
			memberships: []string{"Tỉnh ủy viên"}, positions: []wantPos{{"Bí thư", "Huyện ủy", 0}, {"Chủ tịch", "HĐND huyện Ninh Hải", 0}}}},
		{"Nông Thị Bích Huệ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh", wantMention{name: "Nông Thị Bích Huệ",
			memberships: []string{"Ủy viên Ban Thường vụ Tỉnh ủy"}, positions: []wantPos{{"Phó Bí thư Thường trực chuyên trách", "Đảng ủy UBND tỉnh", 0}}}},
		{"Đồng chí Đặng Thế Hải, Tỉnh ủy viên, Phó Chủ nhiệm Thường trực", wantMention{honorific: "Đồng chí", name: "Đặng Thế Hải",
			memberships: []string{"Tỉnh ủy viên"}, positions: []wantPos{{"Phó Chủ nhiệm Thường trực", "", 0}}}},
		{"Ông Nguyễn Duy Ngọc, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương", wantMention{honorific: "Ông", name: "Nguyễn Duy Ngọc",
			memberships: []string{"Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng"}, positions: []wantPos{{"Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", 0}}}},
		{"Dương Văn Lượng, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy phường Phan Đình Phùng", wantMention{name: "Dương Văn Lượng",
			memberships: []string{"Ủy viên Ban Chấp hành Đảng bộ tỉnh"}, positions: []wantPos{{"Bí thư", "Đảng ủy phường Phan Đình Phùng", 0}}}},
		{"ông Nguyễn Chiến Thắng, nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh", wantMention{honorific: "ông", name: "Nguyễn Chiến Thắng",
			positions: []wantPos{{"Phó Bí thư", "Tỉnh ủy", Former}, {"Chủ tịch", "UBND tỉnh", Former}}}},
		{"Đại tướng Trịnh Văn Quyết, Trưởng Ban Tuyên giáo và Dân vận Trung ương, Bí thư Trung ương Đảng", wantMention{rank: "Đại tướng", name: "Trịnh Văn Quyết",
			memberships: []string{"Bí thư Trung ương Đảng"}, positions: []wantPos{{"Trưởng Ban", "Ban Tuyên giáo và Dân vận Trung ương", 0}}}},
		{"GS.TS Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị", wantMention{academic: "GS.TS", name: "Nguyễn Xuân Thắng",
			memberships: []string{"Ủy viên Bộ Chính trị"}}},
		{"Thiếu tướng Lâm Phước Nguyên, Giám đốc Công an tỉnh", wantMention{rank: "Thiếu tướng", name: "Lâm Phước Nguyên",
			positions: []wantPos{{"Giám đốc", "Công an tỉnh", 0}}}},
		// Titles before the name.
		{"Phó Chủ tịch UBND tỉnh Nguyễn Văn An", wantMention{name: "Nguyễn Văn An", positions: []wantPos{{"Phó Chủ tịch", "UBND tỉnh", 0}}}},
		{"Chủ nhiệm UBKT Trần Cẩm Tú", wantMention{name: "Trần Cẩm Tú", positions: []wantPos{{"Chủ nhiệm", "UBKT", 0}}}},
		{"tân Bí thư Tỉnh ủy Hà Giang Nguyễn Mạnh Dũng", wantMention{name: "Nguyễn Mạnh Dũng", positions: []wantPos{{"Bí thư", "Tỉnh ủy Hà Giang", New}}}},
		{"Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng", wantMention{name: "Nguyễn Phú Trọng", positions: []wantPos{{"Tổng Bí thư", "", 0}, {"Chủ tịch nước", "", 0}}}},
		{"đồng chí Phó Chủ tịch UBND tỉnh Lê Thị Hoa", wantMention{honorific: "đồng chí", name: "Lê Thị Hoa", positions: []wantPos{{"Phó Chủ tịch", "UBND tỉnh", 0}}}},
		{"Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Sơn", wantMention{rank: "Đại tá", name: "Nguyễn Văn Sơn", positions: []wantPos{{"Giám đốc", "Công an tỉnh", 0}}}},
		{"Chủ tịch UBND TP. Hồ Chí Minh Phan Văn Mãi", wantMention{name: "Phan Văn Mãi", positions: []wantPos{{"Chủ tịch", "UBND TP. Hồ Chí Minh", 0}}}},
		{"Bộ trưởng Công an Tô Lâm", wantMention{name: "Tô Lâm", positions: []wantPos{{"Bộ trưởng", "Bộ Công an", 0}}}},
		{"bà Lê Thị Thu, Phó Trưởng phòng phụ trách Phòng Giáo dục và Đào tạo", wantMention{honorific: "bà", name: "Lê Thị Thu",
			positions: []wantPos{{"Phó Trưởng phòng", "Phòng Giáo dục và Đào tạo", InCharge}}}},
		{"PGS.TS Trần Văn Nam, Hiệu trưởng Trường Đại học Kinh tế", wantMention{academic: "PGS.TS", name: "Trần Văn Nam",
			positions: []wantPos{{"Hiệu trưởng", "Trường Đại học Kinh tế", 0}}}},
		// A list of fields inside a unit's name.
		{"ông Lê Văn Tùng, Giám đốc Sở Khoa học, Công nghệ và Môi trường", wantMention{honorific: "ông", name: "Lê Văn Tùng",
			positions: []wantPos{{"Giám đốc", "Sở Khoa học, Công nghệ và Môi trường", 0}}}},
		{"bà Trần Thị Bích, Phó Trưởng ban Ban Chỉ đạo phòng chống dịch bệnh, cứu hộ cứu nạn và phòng thủ dân sự", wantMention{honorific: "bà", name: "Trần Thị Bích",
			positions: []wantPos{{"Phó Trưởng ban", "Ban Chỉ đạo phòng chống dịch bệnh, cứu hộ cứu nạn và phòng thủ dân sự", 0}}}},
		// kiêm and đồng thời.
		{"bà Lê Thị Hoa, Phó Chủ tịch UBND huyện kiêm Trưởng Phòng Tài chính", wantMention{honorific: "bà", name: "Lê Thị Hoa",
			positions: []wantPos{{"Phó Chủ tịch", "UBND huyện", 0}, {"Trưởng Phòng", "Phòng Tài chính", Concurrent}}}},
		{"ông Trần Văn Bình, Bí thư Huyện ủy, đồng thời là Chủ tịch HĐND huyện", wantMention{honorific: "ông", name: "Trần Văn Bình",
			positions: []wantPos{{"Bí thư", "Huyện ủy", 0}, {"Chủ tịch", "HĐND huyện", Concurrent}}}},
		// A dash joins two offices of one unit.
		{"Hầu A Lềnh, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ", wantMention{name: "Hầu A Lềnh",
			positions: []wantPos{{"Phó Chủ tịch", "Ủy ban Trung ương MTTQ", 0}, {"Tổng Thư ký", "Ủy ban Trung ương MTTQ", 0}}}},
		// Offices in parentheses, and an aside before them.
		{"ông Phan Văn Hùng (nguyên Giám đốc Sở Xây dựng)", wantMention{honorific: "ông", name: "Phan Văn Hùng",
			positions: []wantPos{{"Giám đốc", "Sở Xây dựng", Former}}}},
		{"ông Phan Văn Hùng (sinh năm 1970), Phó Giám đốc Sở Y tế", wantMention{honorific: "ông", name: "Phan Văn Hùng",
			positions: []wantPos{{"Phó Giám đốc", "Sở Y tế", 0}}}},
		{"ông Phan Văn Hùng, Phó Trưởng phòng, được giao phụ trách Phòng", wantMention{honorific: "ông", name: "Phan Văn Hùng",
			positions: []wantPos{{"Phó Trưởng phòng", "", 0}, {"phụ trách", "Phòng", InCharge}}}},
		// Ê Đê name.
		{"ông Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội", wantMention{honorific: "ông", name: "Y Thanh Hà Niê Kđăm",
			positions: []wantPos{{"Phó Chủ tịch", "Quốc hội", 0}}}},
	}
	for _, tt := range tests {
		m, err := ParseMention(tt.in)
		require.NoError(t, err, "ParseMention(%q)", tt.in)
		checkMention(t, tt.in, m, tt.want)
	}
}

func TestParseMentionMembership(t *testing.T) {
	m := MustParseMention("đ/c Lò Văn Tâm, TUV, Bí thư Huyện ủy")
	require.Len(t, m.Memberships, 1)
	tuv := m.Memberships[0]
	assert.Equal(t, "TUV", tuv.Form())
	assert.Equal(t, "Tỉnh ủy viên", tuv.Expansion())
	assert.Equal(t, "member of the Provincial Party Committee", tuv.English())
	assert.True(t, tuv.Unconfirmed(), "TUV is unconfirmed in the reference")
	m = MustParseMention("ông Lò Văn Tâm, nguyên Chủ tịch nước, nguyên Ủy viên Bộ Chính trị")
	require.Len(t, m.Memberships, 1)
	assert.Equal(t, "nguyên Ủy viên Bộ Chính trị", m.Memberships[0].Text())
	assert.Equal(t, []Modifier{Former}, m.Memberships[0].Modifiers())
	assert.False(t, m.Memberships[0].Unconfirmed())
	assert.Equal(t, "former President, former Politburo member", m.English())
}

func TestParseMentionErrors(t *testing.T) {
	for _, tt := range []struct{ in, msg string }{
		{"", `person: ParseMention "": empty input`},
		{"ông Nguyễn Văn An", `person: ParseMention "ông Nguyễn Văn An": not recognized: want a name with an office (at "ông Nguyễn Văn An")`},
		{"Bí thư Tỉnh ủy", `person: ParseMention "Bí thư Tỉnh ủy": not recognized: want a name with an office (at "Bí thư Tỉnh ủy")`},
		{"ông Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu", `person: ParseMention "ông Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu": not recognized: text after the mention (at "phát biểu")`},
	} {
		m, err := ParseMention(tt.in)
		assert.EqualError(t, err, tt.msg)
		assert.Equal(t, Mention{}, m)
		assert.Panics(t, func() { MustParseMention(tt.in) })
	}
}
