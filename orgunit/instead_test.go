// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What was in force instead of a name that was not, following successors
// forward or predecessors back.
func TestResolveInstead(t *testing.T) {
	tests := []struct {
		name, at string
		want     []string // IDs of Instead().Unit
		rel      Relation // of the first
		act      string   // of the first
	}{
		{"Ban Dân vận Trung ương", "2026-01-15", []string{"party/tw/ban-tuyen-giao-dan-van"}, MergedInto, ""},
		{"Ban Kinh tế Trung ương", "2025-02-03", []string{"party/tw/ban-chinh-sach-chien-luoc"}, RenamedTo, ""},
		{"Ban Tuyên giáo và Dân vận Trung ương", "2025-02-02", []string{"party/tw/ban-tuyen-giao", "party/tw/ban-dan-van"}, MergedInto, ""},
		{"Bộ Nông nghiệp và Môi trường", "2025-02-28", []string{"state/bo-nong-nghiep-ptnt", "state/bo-tai-nguyen-moi-truong"}, MergedInto, "176/2025/QH15"},
		{"Bộ Kế hoạch và Đầu tư", "2025-03-01", []string{"state/bo-tai-chinh"}, MergedInto, "176/2025/QH15"},
		{"Thành ủy Ninh Bình", "2025-03-01", []string{"place/374@2025-01-01/party-committee"}, MergedInto, "1318/NQ-UBTVQH15"},
		{"UBND tỉnh Hà Nam", "2025-08-01", []string{"place/37@2025-07-01/peoples-committee"}, MergedInto, "202/2025/QH15"},
		// Two steps: Thừa Thiên Huế → Thành phố Huế (1 January 2025).
		{"Tỉnh ủy Thừa Thiên Huế", "2025-09-01", []string{"place/46@2025-01-01/party-committee"}, RenamedTo, "175/2024/QH15"},
		// The committees of the National Assembly, 2021 and 2025.
		{"Ủy ban Tư pháp của Quốc hội", "2025-03-01", []string{"state/uy-ban-phap-luat-tu-phap"}, MergedInto, ""},
		{"Ủy ban Xã hội", "2020-07-09", []string{"state/uy-ban-cac-van-de-xa-hoi"}, RenamedTo, "65/2020/QH14"},
		{"Ủy ban Dân nguyện và Giám sát", "2024-01-01", []string{"state/ban-dan-nguyen"}, RenamedTo, ""},
		// The provincial committee's Party board gave way to its Party
		// organization, in the province the old one became.
		{"Ban cán sự đảng UBND tỉnh Hà Nam", "2025-09-01", []string{"place/37@2025-07-01/committee-party-committee"}, MergedInto, "202/2025/QH15"},
		{"Ban cán sự đảng UBND tỉnh Quảng Ninh", "2025-09-01", []string{"place/22/committee-party-committee"}, SupersededBy, ""},
		// The district level ended with no successor.
		{"HĐND huyện Kim Thành", "2026-01-01", nil, 0, ""},
	}
	for _, tt := range tests {
		res := Resolve(tt.name, date(tt.at))
		require.False(t, res.Found(), tt.name)
		got := res.Instead()
		var ids []string
		for _, x := range got {
			ids = append(ids, x.Unit.ID())
			assert.True(t, x.Unit.InForce(date(tt.at)), "%s: %s not in force", tt.name, x.Unit)
			assert.Contains(t, res.Elsewhere, x.Of, tt.name)
		}
		assert.ElementsMatch(t, tt.want, ids, "Resolve(%q, %s).Instead()", tt.name, tt.at)
		if len(got) > 0 {
			assert.Equal(t, tt.rel, got[0].Relation, tt.name)
			assert.Equal(t, tt.act, got[0].Act, tt.name)
		}
	}
	assert.Nil(t, Resolve("Ban Dân vận Trung ương", date("2020-01-01")).Instead())
}

func TestResultErr(t *testing.T) {
	assert.NoError(t, Resolve("Ban Dân vận Trung ương", date("2020-01-01")).Err())

	err := Resolve("HĐND huyện Kim Thành", date("2026-01-01")).Err()
	var nf *NotInForceError
	require.True(t, errors.As(err, &nf))
	assert.ErrorIs(t, err, ErrNotFound)
	assert.Equal(t, "HĐND huyện Kim Thành", nf.Name)
	assert.Equal(t, "place/293/peoples-council", nf.Elsewhere[0].ID())
	assert.Empty(t, nf.Instead)
	assert.Equal(t, `orgunit: "HĐND huyện Kim Thành" names no unit in force on 2026-01-01: `+
		`Hội đồng nhân dân huyện Kim Thành ended on 2025-07-01 (203/2025/QH15)`, err.Error())

	// A chain that reaches nothing in force names its steps.
	err = Resolve("Ban Thường vụ Thành ủy Ninh Bình", date("2026-01-01")).Err()
	assert.Equal(t, `orgunit: "Ban Thường vụ Thành ủy Ninh Bình" names no unit in force on 2026-01-01: `+
		`Ban Thường vụ Thành ủy Ninh Bình ended on 2025-01-01 (1318/NQ-UBTVQH15), merged into `+
		`Ban Thường vụ Thành ủy Hoa Lư (which ended on 2025-07-01, 60-NQ/TW)`, err.Error())

	err = Resolve("Ban Khoa giáo Trung ương", date("2020-01-01")).Err()
	var nu *NoUnitError
	require.True(t, errors.As(err, &nu))
	assert.ErrorIs(t, err, ErrNotFound)
	assert.Equal(t, `orgunit: "Ban Khoa giáo Trung ương" names no known unit`, err.Error())
	assert.False(t, nu.NoPlace)

	for _, name := range []string{"Tỉnh ủy", "UBND tỉnh", "Ban Tổ chức Tỉnh ủy", "HĐND xã"} {
		err = Resolve(name, date("2020-01-01")).Err()
		require.True(t, errors.As(err, &nu), name)
		assert.True(t, nu.NoPlace, name)
		assert.Equal(t, "orgunit: "+quote(name)+" names a body of a place but not the place (give a context)", err.Error())
	}
}
