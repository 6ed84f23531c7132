// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Title strings as the reference (party-state-positions.md §4) records them.
func TestParseTitle(t *testing.T) {
	tests := []struct {
		in       string
		title    string
		office   string
		rank     Rank
		org      string
		mods     Modifier
		standing bool
		seat     bool
	}{
		{in: "Phó trưởng Ban Dân vận Trung ương", title: "Phó trưởng Ban", office: "Phó Trưởng ban", rank: Deputy, org: "Ban Dân vận Trung ương"},
		{in: "Phó Trưởng Ban Dân vận Trung ương", title: "Phó Trưởng Ban", office: "Phó Trưởng ban", rank: Deputy, org: "Ban Dân vận Trung ương"},
		{in: "Phó trưởng ban Tuyên giáo và Dân vận Trung ương", title: "Phó trưởng ban", office: "Phó Trưởng ban", rank: Deputy, org: "Ban Tuyên giáo và Dân vận Trung ương"},
		{in: "Phó Trưởng ban Thường trực Ban Nội chính Trung ương", title: "Phó Trưởng ban Thường trực", office: "Phó Trưởng ban", rank: Deputy, org: "Ban Nội chính Trung ương", standing: true},
		{in: "Phó trưởng Ban Thường trực Ban Tổ chức Trung ương", title: "Phó trưởng Ban Thường trực", office: "Phó Trưởng ban", rank: Deputy, org: "Ban Tổ chức Trung ương", standing: true},
		{in: "phó trưởng ban", title: "phó trưởng ban", office: "Phó Trưởng ban", rank: Deputy},
		{in: "Trưởng ban Tổ chức Trung ương", title: "Trưởng ban", office: "Trưởng ban", rank: Head, org: "Ban Tổ chức Trung ương"},
		{in: "Trưởng Ban Tổ chức TW", title: "Trưởng Ban", office: "Trưởng ban", rank: Head, org: "Ban Tổ chức TW"},
		{in: "Trưởng ban Tuyên giáo - Dân vận Trung ương", title: "Trưởng ban", office: "Trưởng ban", rank: Head, org: "Ban Tuyên giáo - Dân vận Trung ương"},
		{in: "Trưởng ban Tổ chức T.Ư", title: "Trưởng ban", office: "Trưởng ban", rank: Head, org: "Ban Tổ chức T.Ư"},
		{in: "Bộ trưởng Quốc phòng", title: "Bộ trưởng", office: "Bộ trưởng", rank: Head, org: "Bộ Quốc phòng"},
		{in: "Bộ trưởng Bộ Nội vụ", title: "Bộ trưởng", office: "Bộ trưởng", rank: Head, org: "Bộ Nội vụ"},
		{in: "Chánh Văn phòng Trung ương Đảng", title: "Chánh Văn phòng", office: "Chánh Văn phòng", rank: Head, org: "Văn phòng Trung ương Đảng"},
		{in: "Trưởng Đoàn ĐBQH tỉnh", title: "Trưởng Đoàn", office: "Trưởng Đoàn", rank: Head, org: "Đoàn ĐBQH tỉnh"},
		{in: "Phó Bí thư Thường trực", title: "Phó Bí thư Thường trực", office: "Phó Bí thư", rank: Deputy, standing: true},
		{in: "Phó bí thư thường trực", title: "Phó bí thư thường trực", office: "Phó Bí thư", rank: Deputy, standing: true},
		{in: "Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh", title: "Phó Bí thư Thường trực chuyên trách", office: "Phó Bí thư", rank: Deputy, org: "Đảng ủy UBND tỉnh", standing: true},
		{in: "Phó bí thư Tỉnh ủy", title: "Phó bí thư", office: "Phó Bí thư", rank: Deputy, org: "Tỉnh ủy"},
		{in: "Phó Bí thư Tỉnh uỷ", title: "Phó Bí thư", office: "Phó Bí thư", rank: Deputy, org: "Tỉnh uỷ"},
		{in: "Bí thư Thành ủy Ninh Bình", title: "Bí thư", office: "Bí thư", rank: Head, org: "Thành ủy Ninh Bình"},
		{in: "Bí thư TU", title: "Bí thư", office: "Bí thư", rank: Head, org: "TU"},
		{in: "Tổng Bí thư", title: "Tổng Bí thư", office: "Tổng Bí thư", rank: Head},
		{in: "Thường trực Ban Bí thư", title: "Thường trực", office: "Thường trực", rank: Member, org: "Ban Bí thư"},
		{in: "Chủ nhiệm Ủy ban Kiểm tra Trung ương", title: "Chủ nhiệm", office: "Chủ nhiệm", rank: Head, org: "Ủy ban Kiểm tra Trung ương"},
		{in: "Phó Chủ nhiệm Thường trực", title: "Phó Chủ nhiệm Thường trực", office: "Phó Chủ nhiệm", rank: Deputy, standing: true},
		{in: "PCT UBND tỉnh", title: "PCT", office: "Phó Chủ tịch", rank: Deputy, org: "UBND tỉnh"},
		{in: "CT UBMTTQ", title: "CT", office: "Chủ tịch", rank: Head, org: "UBMTTQ"},
		{in: "Chủ tịch UBND tỉnh Khánh Hòa", title: "Chủ tịch", office: "Chủ tịch", rank: Head, org: "UBND tỉnh Khánh Hòa"},
		{in: "Chủ tịch nước", title: "Chủ tịch nước", office: "Chủ tịch nước", rank: Head},
		{in: "Phó Thủ tướng Thường trực", title: "Phó Thủ tướng Thường trực", office: "Phó Thủ tướng", rank: Deputy, standing: true},
		{in: "Giám đốc Sở Nội vụ", title: "Giám đốc", office: "Giám đốc", rank: Head, org: "Sở Nội vụ"},
		{in: "Cục trưởng Cục Cảnh sát giao thông (Bộ Công an)", title: "Cục trưởng", office: "Cục trưởng", rank: Head, org: "Cục Cảnh sát giao thông (Bộ Công an)"},
		{in: "Chủ tịch UBND thị xã Quảng Yên, tỉnh Quảng Ninh", title: "Chủ tịch", office: "Chủ tịch", rank: Head, org: "UBND thị xã Quảng Yên, tỉnh Quảng Ninh"},
		// Modifiers, kept apart from the title.
		{in: "nguyên Bí thư Tỉnh ủy", title: "Bí thư", office: "Bí thư", rank: Head, org: "Tỉnh ủy", mods: Former},
		{in: "tân Bí thư Tỉnh ủy", title: "Bí thư", office: "Bí thư", rank: Head, org: "Tỉnh ủy", mods: New},
		{in: "Quyền Bộ trưởng Bộ Ngoại giao", title: "Bộ trưởng", office: "Bộ trưởng", rank: Head, org: "Bộ Ngoại giao", mods: Acting},
		{in: "Q. Chủ tịch", title: "Chủ tịch", office: "Chủ tịch", rank: Head, mods: Acting},
		{in: "kiêm Tổng Thư ký", title: "Tổng Thư ký", office: "Tổng Thư ký", rank: Head, mods: Concurrent},
		{in: "nguyên Quyền Chủ tịch UBND tỉnh", title: "Chủ tịch", office: "Chủ tịch", rank: Head, org: "UBND tỉnh", mods: Former | Acting},
		{in: "phụ trách UBND tỉnh", title: "phụ trách", org: "UBND tỉnh", mods: InCharge},
		// Memberships read as titles.
		{in: "TVTU", title: "TVTU", office: "Ủy viên", rank: Member, seat: true},
		{in: "Ủy viên Bộ Chính trị", title: "Ủy viên Bộ Chính trị", office: "Ủy viên", rank: Member, seat: true},
		{in: "Ủy viên Ban Thường vụ Tỉnh ủy", title: "Ủy viên Ban Thường vụ Tỉnh ủy", office: "Ủy viên", rank: Member, seat: true},
		{in: "Ủy viên dự khuyết Trung ương Đảng", title: "Ủy viên dự khuyết Trung ương Đảng", office: "Ủy viên", rank: Member, seat: true},
		{in: "Ủy viên UBND tỉnh", title: "Ủy viên", office: "Ủy viên", rank: Member, org: "UBND tỉnh"},
	}
	for _, tt := range tests {
		p, err := ParseTitle(tt.in)
		require.NoError(t, err, "ParseTitle(%q)", tt.in)
		assert.True(t, p.IsValid())
		assert.Equal(t, tt.title, p.Title(), "ParseTitle(%q).Title()", tt.in)
		assert.Equal(t, tt.office, p.Office().String(), "ParseTitle(%q).Office()", tt.in)
		assert.Equal(t, tt.rank, p.Rank(), "ParseTitle(%q).Rank()", tt.in)
		assert.Equal(t, tt.org, p.Org(), "ParseTitle(%q).Org()", tt.in)
		assert.Equal(t, tt.mods, p.ModifierSet(), "ParseTitle(%q).ModifierSet()", tt.in)
		assert.Equal(t, tt.standing, p.Standing(), "ParseTitle(%q).Standing()", tt.in)
		assert.Equal(t, tt.seat, p.IsMembership(), "ParseTitle(%q).IsMembership()", tt.in)
		assert.NotEmpty(t, p.English(), "ParseTitle(%q).English()", tt.in)
	}
}

func TestParseTitleErrors(t *testing.T) {
	for _, tt := range []struct {
		in, msg string
		err     error
	}{
		{"", `person: ParseTitle "": empty input`, ErrEmpty},
		{"   ", `person: ParseTitle "   ": empty input`, ErrEmpty},
		{"Nguyễn Văn An", `person: ParseTitle "Nguyễn Văn An": not recognized: want an office (at "Nguyễn Văn An")`, ErrSyntax},
		{"nguyên", `person: ParseTitle "nguyên": not recognized: want an office (at "nguyên")`, ErrSyntax},
		{"TVTU Ninh Bình", `person: ParseTitle "TVTU Ninh Bình": not recognized: text after the title (at "Ninh Bình")`, ErrSyntax},
	} {
		p, err := ParseTitle(tt.in)
		require.Error(t, err, "ParseTitle(%q)", tt.in)
		assert.EqualError(t, err, tt.msg)
		assert.ErrorIs(t, err, tt.err)
		var pe *ParseError
		assert.True(t, errors.As(err, &pe))
		assert.Equal(t, Position{}, p, "ParseTitle(%q) returns the zero Position on error", tt.in)
		assert.Panics(t, func() { MustParseTitle(tt.in) })
	}
}

func TestTitleEnglish(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Phó Bí thư Thường trực", "Standing Deputy Secretary"},
		{"Phó Thủ tướng Thường trực", "Permanent Deputy Prime Minister"},
		{"nguyên Chủ tịch nước", "former President"},
		{"Quyền Bí thư", "Acting Secretary"},
		{"TVTU", "member of the Standing Board of the Provincial Party Committee"},
		{"Tổng Bí thư", "General Secretary"},
		// The head of a procuracy, a court or an institute: the words after
		// the title decide the English.
		{"Viện trưởng VKSND tối cao", "Procurator General of the Supreme People's Procuracy"},
		{"Phó Viện trưởng Viện Kiểm sát nhân dân tối cao", "Deputy Procurator General of the Supreme People's Procuracy"},
		{"Viện trưởng VKSND huyện", "Chief Procurator of VKSND huyện"},
		{"Viện trưởng Viện Nghiên cứu lập pháp", "Director of Viện Nghiên cứu lập pháp"},
		{"Chánh án TANDTC", "Chief Justice of the Supreme People's Court"},
		{"Phó Chánh án TAND tỉnh", "Deputy Chief Judge of the Provincial People's Court"},
	} {
		assert.Equal(t, tt.want, MustParseTitle(tt.in).English(), "ParseTitle(%q).English()", tt.in)
	}
	// The office is the same, whatever the words after it.
	assert.Equal(t, MustParseTitle("Viện trưởng VKSND huyện").Office(), MustParseTitle("Viện trưởng Viện Nghiên cứu lập pháp").Office())
	assert.Equal(t, "Director", MustParseTitle("Viện trưởng VKSND huyện").Office().English())
}

func TestModifierText(t *testing.T) {
	all := Former | New | Acting | Concurrent | InCharge | Alternate
	assert.Equal(t, "former,new,acting,concurrent,in_charge,alternate", all.String())
	assert.Equal(t, []string{"former", "new", "acting", "concurrent", "in_charge", "alternate"}, all.Strings())
	assert.Equal(t, []string{}, Modifier(0).Strings())
	for _, m := range all.List() {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Modifier
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
	}
	var m Modifier
	require.NoError(t, m.UnmarshalText([]byte("former,acting")))
	assert.Equal(t, Former|Acting, m)
	assert.Error(t, m.UnmarshalText([]byte("retired")))
	var r Rank
	require.NoError(t, r.UnmarshalText([]byte("deputy")))
	assert.Equal(t, Deputy, r)
	assert.Error(t, r.UnmarshalText([]byte("boss")))
}

func TestPositionString(t *testing.T) {
	assert.Equal(t, "nguyên Bí thư Tỉnh ủy Yên Bái", MustParseTitle("nguyên Bí thư Tỉnh ủy Yên Bái").String())
	assert.Equal(t, "", Position{}.String())
	assert.Equal(t, "", Position{}.English())
	p1 := MustParseTitle("Phó trưởng Ban Dân vận Trung ương")
	p2 := MustParseTitle("Phó trưởng Ban Dân vận Trung ương")
	assert.True(t, p1 == p2, "positions are comparable")
}

// TestData checks the data files: every row parses, has a source, and the
// tables agree with each other.
func TestData(t *testing.T) {
	d := data()
	require.Empty(t, d.tableErrs)
	require.NotEmpty(t, d.titles)
	for _, r := range d.titles {
		assert.NotEmpty(t, r.source, "titles.tsv %q", r.form)
		_, ok := d.offices[key(r.title)]
		assert.True(t, ok, "titles.tsv %q: office %q has no row of its own", r.form, r.title)
		if r.form != r.title && !strings.EqualFold(r.form, r.title) {
			// An abbreviation: its office row must say the same.
			o := d.titles[d.offices[key(r.title)]]
			assert.Equal(t, o.rank, r.rank, "titles.tsv %q: rank differs from %q", r.form, r.title)
			assert.Equal(t, o.english, r.english, "titles.tsv %q: English differs from %q", r.form, r.title)
		}
		if r.unit != "" {
			// The shared word is a word of the title.
			assert.Contains(t, key(r.title), key(r.unit), "titles.tsv %q: unit %q", r.form, r.unit)
		}
	}
	seen := map[string]bool{}
	for _, r := range d.memberships {
		k := key(r.form)
		assert.False(t, seen[k], "memberships.tsv: %q twice", r.form)
		seen[k] = true
		assert.NotEmpty(t, r.source)
	}
	for _, r := range d.honorifics {
		assert.NotEmpty(t, r.source)
		assert.NotZero(t, r.kind)
	}
	for _, r := range d.modifiers {
		assert.NotZero(t, r.mod, "modifiers.tsv %q", r.form)
	}
	for _, r := range d.families {
		assert.NotEmpty(t, r.source)
		n := MustParseName(r.family + " Văn An")
		if !r.last {
			assert.Equal(t, r.family, n.Family(), "families.tsv %q", r.family)
		}
	}
}

// TestPositionStringShared checks that a word the unit shares with the title
// is written once by String and by the Popolo labels, while Org keeps it.
func TestPositionStringShared(t *testing.T) {
	tests := []struct {
		in, org, str, label string
	}{
		{"Phó trưởng Ban Dân vận Trung ương", "Ban Dân vận Trung ương", "Phó trưởng Ban Dân vận Trung ương", "Phó Trưởng ban Dân vận Trung ương"},
		{"Trưởng Ban Tổ chức TW", "Ban Tổ chức TW", "Trưởng Ban Tổ chức TW", "Trưởng ban Tổ chức TW"},
		{"Phó Trưởng ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban Tuyên giáo Tỉnh ủy"},
		{"Chánh Văn phòng Huyện ủy", "Văn phòng Huyện ủy", "Chánh Văn phòng Huyện ủy", "Chánh Văn phòng Huyện ủy"},
		{"nguyên Trưởng Ban Nội chính Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "nguyên Trưởng Ban Nội chính Tỉnh ủy", "Trưởng ban Nội chính Tỉnh ủy"},
		// Nothing shared: the unit is written in full after the title.
		{"Bộ trưởng Bộ Tài chính", "Bộ Tài chính", "Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tài chính"},
		{"Trưởng ban Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Trưởng ban Ban Tuyên giáo Tỉnh ủy", "Trưởng ban Ban Tuyên giáo Tỉnh ủy"},
		// The title's first word names the unit: restored in Org only.
		{"Bộ trưởng Quốc phòng", "Bộ Quốc phòng", "Bộ trưởng Quốc phòng", "Bộ trưởng Quốc phòng"},
		{"Bí thư Tỉnh ủy Nam Định", "Tỉnh ủy Nam Định", "Bí thư Tỉnh ủy Nam Định", "Bí thư Tỉnh ủy Nam Định"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := ParseTitle(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.org, p.Org())
			assert.Equal(t, tt.str, p.String())
			out := ExportPopolo([]Record{{Mention: Mention{Name: MustParseName("Trần Văn Nam"), Positions: []Position{p}}}})
			require.Len(t, out.Posts, 1)
			assert.Equal(t, tt.label, out.Posts[0].Label)
			require.Len(t, out.Memberships, 1)
			assert.Equal(t, tt.str, out.Memberships[0].Label)
		})
	}
}
