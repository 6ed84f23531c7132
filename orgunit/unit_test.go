// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLevelAndKindNames(t *testing.T) {
	for l := Central; l <= Commune; l++ {
		back, ok := ParseLevel(l.String())
		assert.True(t, ok, l.String())
		assert.Equal(t, l, back)
	}
	assert.Equal(t, "", Level(0).String())
	assert.Equal(t, "", Level(9).String())
	_, ok := ParseLevel("")
	assert.False(t, ok)

	seen := map[string]bool{}
	for k, name := range kindNames {
		require.NotEmpty(t, name)
		require.False(t, seen[name], "duplicate kind name %s", name)
		seen[name] = true
		back, ok := ParseKind(name)
		assert.True(t, ok)
		assert.Equal(t, k, back)
		n := 0
		for _, is := range []bool{k.IsPlace(), k.IsParty(), k.IsState(), k.IsFront()} {
			if is {
				n++
			}
		}
		assert.Equal(t, 1, n, "kind %s must be exactly one of place, party, state, front", name)
	}
	assert.Equal(t, "", Kind(0).String())
	assert.Equal(t, "merged_into", MergedInto.String())
	assert.Equal(t, "superseded_by", SupersededBy.String())
	assert.Equal(t, "", Relation(0).String())
}

func TestZeroUnit(t *testing.T) {
	var u Unit
	assert.False(t, u.IsValid())
	assert.Equal(t, "", u.ID())
	assert.Equal(t, "invalid Unit", u.String())
	assert.Equal(t, "", u.Name())
	assert.Equal(t, Kind(0), u.Kind())
	assert.Equal(t, Level(0), u.Level())
	assert.False(t, u.Parent().IsValid())
	assert.False(t, u.Place().IsValid())
	assert.True(t, u.From().IsZero())
	assert.True(t, u.To().IsZero())
	assert.False(t, u.InForce(time.Now()))
	assert.Nil(t, u.Successors())
	assert.Nil(t, u.Bodies())
	text, err := u.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(text))
	// A Unit that is not zero but names nothing is not valid either.
	assert.False(t, Unit{v: indexMax}.IsValid())
	assert.False(t, Unit{v: bodyTag<<24 | indexMax}.IsValid())
	assert.False(t, Unit{v: uint32(numRoles+1)<<24 | 1}.IsValid())
}

func TestUnitText(t *testing.T) {
	for _, id := range []string{"place/369", "place/24@2025-07-01", "place/37/party-committee",
		"place/56@2025-07-01/peoples-committee", "party/tw/ban-dan-van", "place/93/so-thong-tin-truyen-thong"} {
		u := mustLookup(t, id)
		text, err := u.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, id, string(text))
		var back Unit
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, u, back)
	}
	var u Unit
	require.NoError(t, u.UnmarshalText(nil))
	assert.False(t, u.IsValid())
	for _, bad := range []string{"place/00", "place/24@2025-07-02", "place/37/no-such-body", "place/22@2025-07-01/propaganda-commission", "party/tw/nothing", "24", "place/24@20250701"} {
		err := u.UnmarshalText([]byte(bad))
		var e *UnknownIDError
		require.True(t, errors.As(err, &e), bad)
		assert.Equal(t, bad, e.ID)
		assert.True(t, errors.Is(err, ErrUnknownID))
		assert.Equal(t, `orgunit: unknown unit id "`+bad+`"`, err.Error())
	}
}

func TestKnownBy(t *testing.T) {
	// A district first seen in the list of 2025 (state after 1 March 2025)
	// with no dated act: its start is only known by then.
	u := mustLookup(t, "place/311@2025-03-01")
	assert.Equal(t, "Thành phố Thủy Nguyên", u.Name())
	assert.True(t, u.From().IsZero())
	assert.Equal(t, date("2025-03-01"), u.KnownBy())
	assert.True(t, u.InForce(date("2025-03-01")))
	assert.False(t, u.InForce(date("2025-02-28")))
	old := mustLookup(t, "place/311")
	assert.Equal(t, "Huyện Thủy Nguyên", old.Name())
	assert.True(t, old.EndedBy())
	assert.Equal(t, date("2025-03-01"), old.To())
	require.Len(t, old.Successors(), 1)
	assert.Equal(t, u, old.Successors()[0].Unit)

	// A body known to end by 1 July 2025, of a province that ended exactly
	// then, ended by then; one known by 1 July 2025, of a province that
	// started exactly then, started then.
	bloc := mustLookup(t, "place/45/agencies-bloc-party-committee")
	assert.Equal(t, date("2025-07-01"), bloc.To())
	assert.True(t, bloc.EndedBy())
	agencies := mustLookup(t, "place/44@2025-07-01/party-agencies-party-committee")
	assert.Equal(t, date("2025-07-01"), agencies.From())
	assert.True(t, agencies.KnownBy().IsZero())
	// Of a province that continued, it is only known by then.
	agencies = mustLookup(t, "place/22/party-agencies-party-committee")
	assert.True(t, agencies.From().IsZero())
	assert.Equal(t, date("2025-07-01"), agencies.KnownBy())
}

// Every kind has units in the registry, stored or derived from places,
// except the Party cell (chi bộ): no official list names the cells.
func TestKindsReachable(t *testing.T) {
	r := reg()
	have := map[Kind]bool{}
	for _, pt := range placeTypes[1:] {
		have[pt.kind] = true
	}
	for _, b := range r.bodies {
		have[b.kind] = true
	}
	for _, ro := range r.allRoles() {
		have[r.info(ro).kind] = true
	}
	var missing []string
	for k, name := range kindNames {
		if !have[k] {
			missing = append(missing, name)
		}
	}
	assert.Equal(t, []string{"party_cell"}, missing)
}

// The bodies of places the issue lists, by their names in text.
func TestResolveBodiesOfPlaces(t *testing.T) {
	tests := []struct{ name, at, id, english string }{
		{"Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII, nhiệm kỳ 2020-2025", "2020-10-15",
			"place/37/party-congress", "Ninh Binh Provincial Party Congress"},
		{"Đại hội Đảng bộ thành phố Ninh Bình", "2020-07-09", "place/369/party-congress", "Ninh Binh City Party Congress"},
		{"Đại hội Đảng bộ xã Hải Khê", "2020-07-09", "place/19741/party-congress", "Hai Khe Commune Party Congress"},
		{"Ban Thường vụ Đảng ủy xã Hải Khê", "2020-07-09", "place/19741/standing-board", ""},
		{"UBKT Huyện ủy Hải Lăng", "2020-07-09", "place/470/inspection-commission", ""},
		{"Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ninh", "2020-07-09", "place/22/enterprises-bloc-party-committee",
			"Party Committee of the Quang Ninh Provincial Enterprises' Bloc"},
		{"Đảng đoàn MTTQ tỉnh Quảng Ninh", "2020-07-09", "place/22/front-party-delegation",
			"Party Delegation of the Vietnam Fatherland Front Committee of Quang Ninh Province"},
		{"Đảng đoàn MTTQ tỉnh Quảng Ninh", "2025-07-01", "", ""},
		{"Đảng ủy đặc khu Vân Đồn", "2025-07-01", "place/06994@2025-07-01/party-committee", ""},
		{"Thường trực HĐND tỉnh Ninh Bình", "2024-03-01", "place/37/council-standing-office",
			"Standing Board of the Ninh Binh Provincial People's Council"},
		{"Thường trực HĐND Quận 1", "2022-01-01", "", ""}, // no council (131/2020/QH14)
		// The commune committees' organs from 1 July 2025 (298-QĐ/TW).
		{"Ban Xây dựng Đảng Đảng ủy phường Hoa Lư", "2025-09-01", "place/14329@2025-07-01/party-building-commission",
			"Party Building Commission of the Hoa Lu Ward Party Committee"},
		{"Ban Xây dựng Đảng Đảng ủy xã Hải Khê", "2022-01-01", "", ""},
		{"Ban Xây dựng Đảng Đảng ủy đặc khu Vân Đồn", "2025-09-01", "", ""},
		{"Ban Tổ chức Đảng ủy đặc khu Phú Quốc", "2025-09-01", "place/31078@2025-07-01/organization-commission",
			"Organisation Commission of the Phu Quoc Special Zone Party Committee"},
		{"Ban Tuyên giáo và Dân vận Đảng ủy đặc khu Vân Đồn", "2025-09-01", "place/06994@2025-07-01/propaganda-mass-mobilization-commission", ""},
		{"Ban Tổ chức Đảng ủy xã Hải Khê", "2022-01-01", "", ""},
	}
	for _, tt := range tests {
		u := Resolve(tt.name, date(tt.at)).Best()
		assert.Equal(t, tt.id, u.ID(), "Resolve(%q, %s)", tt.name, tt.at)
		if tt.english != "" {
			assert.Equal(t, tt.english, u.English(), tt.name)
		}
	}
	// A congress is under the committee of the place above, the
	// provincial one under the Central Committee.
	u := mustLookup(t, "place/369/party-congress")
	assert.Equal(t, "place/37/party-committee", u.Parent().ID())
	assert.Equal(t, "party/tw/bch", mustLookup(t, "place/37/party-congress").Parent().ID())
	assert.False(t, mustLookup(t, "party/tw/dai-hoi").Parent().IsValid())
}
