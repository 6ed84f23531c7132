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

// The court, procuracy, police and military command of a province: names,
// abbreviations, English, kinds, parents and the law each rests on. They
// follow the province's own validity.
func TestProvinceCourtProcuracyPoliceMilitary(t *testing.T) {
	const (
		court     = "Luật Tổ chức Tòa án nhân dân số 62/2014/QH13 (Tòa án nhân dân cấp tỉnh), kept by Luật Tổ chức Tòa án nhân dân số 34/2024/QH15"
		procuracy = "Luật Tổ chức Viện kiểm sát nhân dân số 63/2014/QH13"
		police    = "Luật Công an nhân dân số 37/2018/QH14 (Công an tỉnh, thành phố trực thuộc trung ương)"
		military  = "Luật Quốc phòng số 22/2018/QH14 (cơ quan quân sự địa phương: Bộ Chỉ huy quân sự tỉnh)"
	)
	tests := []struct {
		id, name, alias, english string
		kind                     Kind
		parent, source           string
	}{
		{"place/37/peoples-court", "Tòa án nhân dân tỉnh Ninh Bình", "TAND tỉnh Ninh Bình",
			"Ninh Binh Provincial People's Court", KindPeoplesCourt, "state/tand-toi-cao", court},
		{"place/01/peoples-court", "Tòa án nhân dân thành phố Hà Nội", "TAND thành phố Hà Nội",
			"Ha Noi City People's Court", KindPeoplesCourt, "state/tand-toi-cao", court},
		{"place/37@2025-07-01/peoples-procuracy", "Viện kiểm sát nhân dân tỉnh Ninh Bình", "VKSND tỉnh Ninh Bình",
			"Ninh Binh Provincial People's Procuracy", KindPeoplesProcuracy, "state/vksnd-toi-cao", procuracy},
		{"place/37/police", "Công an tỉnh Ninh Bình", "",
			"Ninh Binh Provincial Police", KindPolice, "state/bo-cong-an", police},
		{"place/01/police", "Công an thành phố Hà Nội", "", "Ha Noi City Police", KindPolice, "state/bo-cong-an", police},
		{"place/79@2025-07-01/police", "Công an Thành phố Hồ Chí Minh", "",
			"Ho Chi Minh City Police", KindPolice, "state/bo-cong-an", police},
		{"place/37@2025-07-01/military-command", "Bộ Chỉ huy Quân sự tỉnh Ninh Bình", "Bộ CHQS tỉnh Ninh Bình",
			"Ninh Binh Provincial Military Command", KindMilitaryCommand, "state/bo-quoc-phong", military},
		{"place/48/military-command", "Bộ Chỉ huy Quân sự thành phố Đà Nẵng", "Bộ CHQS thành phố Đà Nẵng",
			"Da Nang City Military Command", KindMilitaryCommand, "state/bo-quoc-phong", military},
	}
	for _, tt := range tests {
		u := mustLookup(t, tt.id)
		assert.Equal(t, tt.name, u.Name(), tt.id)
		assert.Equal(t, tt.name, u.ShortName(), tt.id)
		if tt.alias == "" {
			assert.Nil(t, u.Aliases(), tt.id)
		} else {
			assert.Equal(t, []string{tt.alias}, u.Aliases(), tt.id)
		}
		assert.Equal(t, tt.english, u.English(), tt.id)
		assert.Equal(t, tt.kind, u.Kind(), tt.id)
		assert.True(t, u.Kind().IsState(), tt.id)
		assert.Equal(t, Province, u.Level(), tt.id)
		assert.Equal(t, tt.parent, u.Parent().ID(), tt.id)
		assert.Equal(t, tt.source, u.Source(), tt.id)
		assert.Equal(t, u.Place().From(), u.From(), tt.id)
		assert.Equal(t, u.Place().To(), u.To(), tt.id)
		back, ok := u.Place().Body(tt.kind)
		assert.True(t, ok, tt.id)
		assert.Equal(t, u, back, tt.id)
		// The full name and the abbreviation resolve to it on a day it
		// is in force.
		at := date("2020-07-09")
		if !u.InForce(at) {
			at = date("2026-01-15")
		}
		for _, n := range append([]string{tt.name}, u.Aliases()...) {
			assert.Equal(t, tt.id, Resolve(n, at).Best().ID(), "Resolve(%q, %s)", n, at.Format("2006-01-02"))
		}
	}

	// A province that merged on 1 July 2025: its police became the new
	// province's, by the province's act.
	old := mustLookup(t, "place/35/police")
	assert.Equal(t, "Công an tỉnh Hà Nam", old.Name())
	assert.Equal(t, date("2025-07-01"), old.To())
	assert.Equal(t, "202/2025/QH15", old.EndAct())
	succ := old.Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "place/37@2025-07-01/police", succ[0].Unit.ID())
	assert.Equal(t, MergedInto, succ[0].Relation)
	assert.Equal(t, "202/2025/QH15", succ[0].Act)
	res := Resolve("Công an tỉnh Hà Nam", date("2026-01-15"))
	require.False(t, res.Found())
	require.NotEmpty(t, res.Instead())
	assert.Equal(t, "Công an tỉnh Ninh Bình", res.Instead()[0].Unit.Name())

	// No district or commune bodies of these kinds; no Bộ Chỉ huy Quân sự
	// in Hà Nội and Thành phố Hồ Chí Minh (Bộ Tư lệnh Thủ đô, Bộ Tư lệnh
	// Thành phố).
	for _, tt := range []struct {
		place string
		kind  Kind
	}{
		{"place/369", KindPolice},
		{"place/376", KindPeoplesCourt},
		{"place/19741", KindPeoplesProcuracy},
		{"place/376", KindMilitaryCommand},
		{"place/01", KindMilitaryCommand},
		{"place/79", KindMilitaryCommand},
		{"place/79@2025-07-01", KindMilitaryCommand},
	} {
		_, ok := mustLookup(t, tt.place).Body(tt.kind)
		assert.False(t, ok, "%s %s", tt.place, tt.kind)
	}
	_, ok := Lookup("place/01/military-command")
	assert.False(t, ok)
	_, ok = Lookup("place/369/police")
	assert.False(t, ok)
}

// A body of a place whose kind rests on an act of its own gives that act as
// its source; any other gives the lists its place appears in.
func TestSourceOfBodiesOfPlaces(t *testing.T) {
	assert.Equal(t, "NĐ 150/2025/NĐ-CP", mustLookup(t, "place/72/so-xay-dung").Source())
	assert.Equal(t, mustLookup(t, "place/37").Source(), mustLookup(t, "place/37/peoples-committee").Source())
	assert.Equal(t, "v2021,v2024,v2025", mustLookup(t, "place/37/party-committee").Source())
}

// The kinds keep their numbers: new kinds go after the existing ones of
// their block.
func TestKindNumbers(t *testing.T) {
	for _, tt := range []struct {
		k    Kind
		n    int
		name string
	}{
		{KindPeoplesCouncil, 77, "peoples_council"},
		{KindCouncilStandingOffice, 80, "council_standing_office"},
		{KindPeoplesCourt, 81, "peoples_court"},
		{KindPeoplesProcuracy, 82, "peoples_procuracy"},
		{KindPolice, 83, "police"},
		{KindMilitaryCommand, 84, "military_command"},
		{KindFatherlandFront, 96, "fatherland_front"},
	} {
		assert.Equal(t, tt.n, int(tt.k), tt.name)
		assert.Equal(t, tt.name, tt.k.String())
		back, ok := ParseKind(tt.name)
		assert.True(t, ok, tt.name)
		assert.Equal(t, tt.k, back)
	}
}
