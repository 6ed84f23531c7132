// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A passage written for these tests in the style of a provincial news item.
const passage = `Sáng 12/3, đoàn công tác của Ban Dân vận Trung ương do đồng chí Nguyễn Văn Minh, Phó trưởng Ban Dân vận Trung ương dẫn đầu đã có buổi làm việc với Thành ủy. Tiếp đoàn có đồng chí Trần Thị Lan, TVTU, Bí thư Thành ủy; ông Lê Quốc Hưng - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.

Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Phạm Văn Tâm kiêm nhiệm Giám đốc Sở Tài chính cho biết tỉnh đã hoàn thành kế hoạch. Dự hội nghị còn có các Phó Chủ tịch UBND tỉnh: Hoàng Minh Đức, Vũ Thị Hạnh và Đỗ Quang Khải.

Ông Bùi Văn Nam giữ chức Giám đốc Sở Xây dựng từ năm 2019. Bà Ngô Thị Mai là Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.

TM. BAN THƯỜNG VỤ
BÍ THƯ

(đã ký)

Trần Thị Lan`

func TestFind(t *testing.T) {
	type want struct {
		text, name string
		positions  []wantPos
		mem        []string
	}
	wants := []want{
		{text: "đồng chí Nguyễn Văn Minh, Phó trưởng Ban Dân vận Trung ương", name: "Nguyễn Văn Minh",
			positions: []wantPos{{"Phó trưởng Ban", "Ban Dân vận Trung ương", 0}}},
		{text: "đồng chí Trần Thị Lan, TVTU, Bí thư Thành ủy", name: "Trần Thị Lan",
			positions: []wantPos{{"Bí thư", "Thành ủy", 0}}, mem: []string{"TVTU"}},
		{text: "ông Lê Quốc Hưng - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện", name: "Lê Quốc Hưng",
			positions: []wantPos{{"Phó Bí thư Thường trực", "Huyện ủy", 0}, {"Chủ tịch", "HĐND huyện", 0}}},
		{text: "Phó Chủ tịch UBND tỉnh Phạm Văn Tâm kiêm nhiệm Giám đốc Sở Tài chính", name: "Phạm Văn Tâm",
			positions: []wantPos{{"Phó Chủ tịch", "UBND tỉnh", 0}, {"Giám đốc", "Sở Tài chính", Concurrent}}},
		{text: "Hoàng Minh Đức", name: "Hoàng Minh Đức", positions: []wantPos{{"Phó Chủ tịch", "UBND tỉnh", 0}}},
		{text: "Vũ Thị Hạnh", name: "Vũ Thị Hạnh", positions: []wantPos{{"Phó Chủ tịch", "UBND tỉnh", 0}}},
		{text: "Đỗ Quang Khải", name: "Đỗ Quang Khải", positions: []wantPos{{"Phó Chủ tịch", "UBND tỉnh", 0}}},
		{text: "BÍ THƯ\n\n(đã ký)\n\nTrần Thị Lan", name: "Trần Thị Lan", positions: []wantPos{{"Bí thư", "", 0}}},
	}
	var got []Match
	for m := range Find(passage) {
		got = append(got, m)
	}
	require.Len(t, got, len(wants))
	for i, w := range wants {
		m := got[i]
		assert.Equal(t, w.text, m.Text)
		assert.Equal(t, m.Text, passage[m.Start:m.End], "Text is the span")
		assert.Equal(t, w.name, m.Mention.Name.String())
		var pos []wantPos
		for _, p := range m.Mention.Positions {
			pos = append(pos, wantPos{p.Title(), p.Org(), p.ModifierSet()})
		}
		assert.Equal(t, w.positions, pos, "%q", m.Text)
		var mem []string
		for _, x := range m.Mention.Memberships {
			mem = append(mem, x.Text())
		}
		assert.Equal(t, w.mem, mem, "%q", m.Text)
		require.Len(t, m.PositionSpans, len(m.Mention.Positions))
		for _, s := range m.PositionSpans {
			assert.Equal(t, s.Text, passage[s.Start:s.End])
		}
	}
}

func TestFindSentenceEnd(t *testing.T) {
	// The period after "TP" ends the sentence here.
	text := "Dự có ông Phan Văn Mãi, Chủ tịch UBND TP.\nÔng Mãi phát biểu."
	got := slices.Collect(Find(text))
	require.Len(t, got, 1)
	assert.Equal(t, "ông Phan Văn Mãi, Chủ tịch UBND TP", got[0].Text)
}

func TestFindMore(t *testing.T) {
	for _, tt := range []struct {
		text  string
		spans []string
	}{
		// "nguyên" inside a unit's name is no modifier.
		{"Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh cùng dự.",
			[]string{"Phó Thủ tướng Trần Hồng Hà", "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh"}},
		// A signature signed for the head.
		{"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An", []string{"PHÓ CHỦ TỊCH\n\n\nNguyễn Văn An"}},
		// Offices in parentheses.
		{"ông Nguyễn Văn Bình (Phó Chủ tịch UBND tỉnh) và ông Trần Văn Cường (Giám đốc Sở Xây dựng).",
			[]string{"ông Nguyễn Văn Bình (Phó Chủ tịch UBND tỉnh)", "ông Trần Văn Cường (Giám đốc Sở Xây dựng)"}},
		// Addressees and duties name offices, not people.
		{"Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.", nil},
		{"Nơi nhận:\n- Thủ tướng Chính phủ;\n- Bộ trưởng các Bộ;\n- Lưu: VT.", nil},
		{"Tư tưởng Hồ Chí Minh về xây dựng Đảng vẫn còn nguyên giá trị.", nil},
		// A two-word place after a unit is no name.
		{"Bí thư Tỉnh ủy Lâm Đồng phát biểu.", nil},
	} {
		var spans []string
		for m := range Find(tt.text) {
			spans = append(spans, m.Text)
		}
		assert.Equal(t, tt.spans, spans, "Find(%q)", tt.text)
	}
}

func TestFindForms(t *testing.T) {
	// Decomposed text, Ð for Đ and the old tone placement give the same
	// mentions; names come out in NFC, with Đ.
	want := slices.Collect(Find(passage))
	for _, text := range []string{
		norm.NFD.String(passage),
		strings.ReplaceAll(passage, "Đ", "Ð"),
		strings.ReplaceAll(passage, "ủy", "uỷ"),
	} {
		got := slices.Collect(Find(text))
		require.Len(t, got, len(want))
		for i := range got {
			assert.Equal(t, want[i].Mention.Name.String(), got[i].Mention.Name.String())
			assert.Equal(t, got[i].Text, text[got[i].Start:got[i].End])
			assert.Len(t, got[i].Mention.Positions, len(want[i].Mention.Positions))
		}
	}
}

func TestFindStop(t *testing.T) {
	n := 0
	for range Find(passage) {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n, "the iterator stops when asked")
}

func TestFindNothing(t *testing.T) {
	for _, s := range []string{
		"",
		"Hội nghị diễn ra tại Hà Nội, Chủ tịch nước gửi thư chúc mừng.",
		"Ông Nguyễn Văn An giữ chức Giám đốc Sở Tài chính.",
		"Bà Lê Thị Bình hiện là Phó Chủ tịch UBND huyện.",
		"đồng chí Phó trưởng Ban Kinh tế Trung ương phát biểu",
		"\xff\xfe Bí thư \x00 Tỉnh ủy",
	} {
		got := slices.Collect(Find(s))
		assert.Empty(t, got, "Find(%q)", s)
	}
}

func TestFindLong(t *testing.T) {
	// A text far longer than a chunk, without blank lines: every mention is
	// found, with offsets into the whole text.
	var b strings.Builder
	const n = 3000
	for b.Len() < 50*maxWindow {
		b.WriteString("Dự hội nghị có đồng chí Nguyễn Văn Minh, Phó Bí thư Tỉnh ủy. ")
	}
	text := b.String()
	count := 0
	for m := range Find(text) {
		count++
		assert.Equal(t, "đồng chí Nguyễn Văn Minh, Phó Bí thư Tỉnh ủy", text[m.Start:m.End])
	}
	assert.Equal(t, strings.Count(text, "đồng chí"), count)
	_ = n
}

// TestMayEndSentence checks the eight-byte test against sentenceByte for
// every byte in every position.
func TestMayEndSentence(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			if got := mayEndSentence(vntext.Load64(string(b))); got != sentenceByte[c] {
				t.Fatalf("byte %#x at %d: %v, want %v", c, pos, got, sentenceByte[c])
			}
		}
	}
}
