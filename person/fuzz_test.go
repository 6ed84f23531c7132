// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnorg/vnorg/internal/vntext"
)

var fuzzSeeds = []string{
	"Phó trưởng Ban Dân vận Trung ương",           // a title with a shared word
	"Trưởng Ban Tổ chức TW",                       // an abbreviated unit
	"nguyên Quyền Chủ tịch UBND tỉnh",             // two modifiers
	"Phó Bí thư Thường trực chuyên trách Đảng ủy", // a standing qualifier
	"đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình",
	"Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng", // titles before the name
	"ông Phan Văn Hùng (sinh năm 1970), Phó Giám đốc Sở Y tế",
	"các Phó Chủ tịch UBND tỉnh: Hoàng Minh Đức, Vũ Thị Hạnh và Đỗ Quang Khải",
	"BÍ THƯ\n\n(đã ký)\n\nTrần Thị Lan", // a signature block
	"Y Thanh Hà Niê Kđăm",               // an Ê Đê name
	"\xff(((((,,,,----Bí thư",           // invalid UTF-8 and punctuation
	"Tỉnh uỷ viên, Phó Chủ tịch - Tổng Thư ký",
	"à", "hoà", "ý kiến", // a word of one accented letter; the old tone placement
	// Text without diacritics, read with the folded tables.
	"Ong Tran Van Nam, Truong ban Dan van Tinh uy, Giam doc So Ke hoach va Dau tu tinh",
	"PHO CHU TICH UBND TINH NGUYEN VAN AN",
	"cac Pho Chu tich Hoi dong nhan dan tinh: Le Van A, Vu Thi B va Do Van C",
}

// FuzzParseTitle checks that ParseTitle never panics, returns the zero
// Position exactly on error, keeps the title and unit words from the input,
// and is deterministic.
func FuzzParseTitle(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseTitle(s)
		if err != nil {
			if p != (Position{}) {
				t.Fatalf("ParseTitle(%q) = %v, %v: want the zero Position on error", s, p, err)
			}
			if !strings.HasPrefix(err.Error(), "person: ParseTitle ") {
				t.Fatalf("ParseTitle(%q): error %q lacks the prefix", s, err)
			}
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParseTitle(%q) = invalid Position without error", s)
		}
		for _, w := range strings.Fields(p.Title()) {
			if !strings.Contains(s, w) {
				t.Fatalf("ParseTitle(%q).Title() = %q: word %q not in the input", s, p.Title(), w)
			}
		}
		if p.English() == "" {
			t.Fatalf("ParseTitle(%q).English() is empty", s)
		}
		if q, _ := ParseTitle(s); q != p {
			t.Fatalf("ParseTitle(%q) is not deterministic", s)
		}
	})
}

// FuzzParseMention checks that ParseMention never panics, that a mention
// has a valid name and an office or a membership, and that the name's words
// come from the input.
func FuzzParseMention(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMention(s)
		if err != nil {
			if m.Name.IsValid() || m.Positions != nil || m.Memberships != nil {
				t.Fatalf("ParseMention(%q): partial result on error", s)
			}
			return
		}
		if !m.Name.IsValid() {
			t.Fatalf("ParseMention(%q): no name", s)
		}
		if len(m.Positions)+len(m.Memberships) == 0 {
			t.Fatalf("ParseMention(%q): no office", s)
		}
		// A name is given in NFC with the look-alike Ð ð read as Đ đ, so its
		// words are looked for in the input read the same way.
		norm, _ := vntext.Repair(vntext.NFC(s), vntext.Eth)
		for _, w := range strings.Fields(m.Name.String()) {
			if !strings.Contains(s, w) && !strings.Contains(norm, w) {
				t.Fatalf("ParseMention(%q): name word %q not in the input", s, w)
			}
		}
		if n, err := ParseName(m.Name.String()); err != nil || n != m.Name {
			t.Fatalf("ParseMention(%q): name %q does not parse back: %v", s, m.Name, err)
		}
	})
}

// FuzzFind checks that every match is a span of the input, in order,
// without overlap unless one mention names another ("Thư ký đồng chí X").
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add(passage)
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for m := range Find(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("Find(%q): bad span %d:%d", s, m.Start, m.End)
			}
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("Find(%q): Text %q is not the span", s, m.Text)
			}
			if !utf8.ValidString(m.Text) && utf8.ValidString(s) {
				t.Fatalf("Find(%q): span cuts a character", s)
			}
			if m.Start < last {
				t.Fatalf("Find(%q): matches out of order", s)
			}
			last = m.Start
			if !m.Mention.Name.IsValid() {
				t.Fatalf("Find(%q): match %q without a name", s, m.Text)
			}
			for _, ps := range m.PositionSpans {
				if ps.Start < 0 || ps.End > len(s) || s[ps.Start:ps.End] != ps.Text {
					t.Fatalf("Find(%q): bad position span", s)
				}
			}
		}
	})
}

// FuzzParseName checks the String round trip.
func FuzzParseName(f *testing.F) {
	for _, s := range []string{"Nguyễn Phước Lộc", "Tôn Nữ Thị Ninh", "Y Thanh Hà Niê Kđăm", "H'Hen Niê", "a b", "Lê  Văn\tAn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseName(s)
		if err != nil {
			if n != (Name{}) {
				t.Fatalf("ParseName(%q): partial result on error", s)
			}
			return
		}
		again, err := ParseName(n.String())
		if err != nil || again != n {
			t.Fatalf("ParseName(%q) = %#v; ParseName(%q) = %#v, %v", s, n, n.String(), again, err)
		}
		if n.Given() == "" || (n.Family() == "" && !n.FamilyLast()) {
			t.Fatalf("ParseName(%q) = %#v: missing parts", s, n)
		}
	})
}
