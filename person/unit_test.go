// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnorg/vnorg/orgunit"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestUnitResolution(t *testing.T) {
	p := MustParseTitle("Phó trưởng Ban Dân vận Trung ương", At(day(2020, 7, 9)))
	require.True(t, p.Unit().IsValid())
	assert.Equal(t, "Ban Dân vận Trung ương", p.Unit().Name())
	assert.Equal(t, "Deputy Head of the Party Central Committee's Commission for Mass Mobilization", p.English())

	// Merged on 3 February 2025: the words stay, the unit does not resolve.
	p = MustParseTitle("Phó trưởng Ban Dân vận Trung ương", At(day(2025, 6, 1)))
	assert.False(t, p.Unit().IsValid())
	assert.Equal(t, "Ban Dân vận Trung ương", p.Org())

	p = MustParseTitle("Chủ tịch UBND tỉnh Khánh Hòa", At(day(2020, 7, 9)))
	assert.Equal(t, "Chairman of the Khanh Hoa Provincial People's Committee", p.English())

	// A unit without its place resolves in the context given.
	nb := orgunit.Resolve("Tỉnh ủy Ninh Bình", day(2020, 7, 9)).Best()
	require.True(t, nb.IsValid())
	assert.False(t, MustParseTitle("Phó bí thư Tỉnh ủy", At(day(2020, 7, 9))).Unit().IsValid())
	p = MustParseTitle("Phó bí thư Tỉnh ủy", At(day(2020, 7, 9)), InContext(nb))
	assert.Equal(t, nb, p.Unit())
	assert.Equal(t, "Deputy Secretary of the Ninh Binh Provincial Party Committee", p.English())
}

func TestPositionEnglishUnits(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Chánh Văn phòng Trung ương Đảng", "Chief of the Party Central Committee's Office"},
		{"Bộ trưởng Quốc phòng", "Minister of National Defence"},
		{"Thủ tướng Chính phủ", "Prime Minister of the Socialist Republic of Viet Nam"},
		{"Trưởng ban Tổ chức Trung ương", "Head of the Party Central Committee's Organisation Commission"},
		{"nguyên Bí thư Huyện ủy Hải Lăng", "former Secretary of the Hai Lang District Party Committee"},
		{"Phó Bí thư Thường trực Tỉnh ủy Ninh Bình", "Standing Deputy Secretary of the Ninh Binh Provincial Party Committee"},
	} {
		assert.Equal(t, tt.want, MustParseTitle(tt.in, At(day(2020, 7, 9))).English(), "ParseTitle(%q).English()", tt.in)
	}
}

func TestMentionEnglish(t *testing.T) {
	m := MustParseMention("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình", At(day(2020, 7, 9)))
	assert.Equal(t, "Secretary of the Ninh Binh City Party Committee, member of the Standing Board of the Provincial Party Committee", m.English())
}

func TestFindAt(t *testing.T) {
	text := "Cùng dự hội nghị, đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình phát biểu."
	var got []Match
	for m := range Find(text, At(day(2020, 7, 9))) {
		got = append(got, m)
	}
	require.Len(t, got, 1)
	u := got[0].Mention.Positions[0].Unit()
	require.True(t, u.IsValid())
	assert.Equal(t, orgunit.District, u.Level(), "Thành ủy Ninh Bình was a city (district-level) committee in 2020")
}

func TestExportPopolo(t *testing.T) {
	at := day(2020, 7, 9)
	recs := []Record{
		{Mention: MustParseMention("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình", At(at)), Start: day(2020, 1, 1), Source: "test"},
		{Mention: MustParseMention("ông Lê Hữu Quý, nguyên Phó Bí thư Thành ủy Ninh Bình", At(at))},
		{Mention: MustParseMention("ông Trần Văn Nam, Phó Chủ tịch HĐND tỉnh", At(at))},
	}
	p := ExportPopolo(recs)
	require.Len(t, p.Persons, 2)
	assert.Equal(t, "person:le-huu-quy", p.Persons[0].ID)
	// Thành ủy Ninh Bình resolved once; HĐND tỉnh, unresolved, by its words.
	require.Len(t, p.Organizations, 2)
	var resolved PopoloOrganization
	for _, o := range p.Organizations {
		if o.Name == "Thành ủy Ninh Bình" {
			resolved = o
		}
	}
	assert.Equal(t, "2025-01-01", resolved.DissolutionDate, "the city merged into Hoa Lư")
	assert.NotEmpty(t, resolved.ParentID)
	assert.Equal(t, "Ninh Binh City Party Committee", resolved.OtherNames[0].Name)
	require.Len(t, p.Posts, 3)
	require.Len(t, p.Memberships, 4)
	assert.Equal(t, "2020-01-01", p.Memberships[0].StartDate)
	assert.Equal(t, "", p.Memberships[2].StartDate, "a former post takes no dates from the record")
	assert.Equal(t, []PopoloSource{{URL: "test"}}, p.Memberships[0].Sources)
	b, err := p.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(b), `"persons":[`)
	assert.Contains(t, string(b), `"post_id":"post:bi-thu@`)
}
