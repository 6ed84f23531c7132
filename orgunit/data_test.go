// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// countKinds counts the places in force on a date by kind.
func countKinds(at time.Time) map[Kind]int {
	n := map[Kind]int{}
	for u := range Places(at) {
		n[u.Kind()]++
	}
	return n
}

func levelCount(n map[Kind]int, l Level) int {
	total := 0
	for k, c := range n {
		if kindLevel(k) == l {
			total += c
		}
	}
	return total
}

func kindLevel(k Kind) Level {
	for _, t := range placeTypes[1:] {
		if t.kind == k {
			return t.level
		}
	}
	return 0
}

// The counts per date, from the official lists and the figures the
// reference confirms (administrative-units.md §0, §4.1, §2.7).
func TestCounts(t *testing.T) {
	tests := []struct {
		at                      string
		tinh, tptw              int
		districts               int
		xa, phuong, thitran, dk int
	}{
		// The September 2024 list: 58 + 5, 699 districts, 10,542 communes.
		{"2024-09-14", 58, 5, 699, 8149, 1775, 618, 0},
		{"2024-12-31", 58, 5, 699, 8149, 1775, 618, 0},
		// After the arrangements of 1 January and 1 March 2025: 57 + 6,
		// 696 districts, 10,035 communes.
		{"2025-03-01", 57, 6, 696, 7692, 1726, 617, 0},
		{"2025-06-30", 57, 6, 696, 7692, 1726, 617, 0},
		// Two levels: 28 + 6, 3,321 communes = 2,621 xã + 687 phường + 13 đặc khu.
		{"2025-07-01", 28, 6, 0, 2621, 687, 0, 13},
		{"2026-04-29", 28, 6, 0, 2621, 687, 0, 13},
		// Đồng Nai a centrally-run city, 10 xã → phường.
		{"2026-04-30", 27, 7, 0, 2611, 697, 0, 13},
		{"2026-11-25", 27, 7, 0, 2611, 697, 0, 13},
	}
	for _, tt := range tests {
		n := countKinds(date(tt.at))
		assert.Equal(t, tt.tinh, n[KindProvince], "%s tỉnh", tt.at)
		assert.Equal(t, tt.tptw, n[KindCentralCity], "%s thành phố trực thuộc TW", tt.at)
		assert.Equal(t, tt.districts, levelCount(n, District), "%s districts", tt.at)
		assert.Equal(t, tt.xa, n[KindCommune], "%s xã", tt.at)
		assert.Equal(t, tt.phuong, n[KindWard], "%s phường", tt.at)
		assert.Equal(t, tt.thitran, n[KindTownship], "%s thị trấn", tt.at)
		assert.Equal(t, tt.dk, n[KindSpecialZone], "%s đặc khu", tt.at)
	}
	// Huế a centrally-run city from 1 January 2025 (175/2024/QH15): 57 + 6.
	n := countKinds(date("2025-01-01"))
	assert.Equal(t, 57, n[KindProvince])
	assert.Equal(t, 6, n[KindCentralCity])
	assert.Equal(t, 63, levelCount(countKinds(date("2025-06-30")), Province))
	assert.Equal(t, 34, levelCount(countKinds(date("2025-07-01")), Province))
	assert.Equal(t, 3321, levelCount(countKinds(date("2025-07-01")), Commune))
}

// The 2021 list (63 / 705 / 10,599) and the resolutions dated in
// changes_2022-2024: 510/NQ-UBTVQH15 (1 July 2022: two xã → thị trấn),
// 569 and 570/NQ-UBTVQH15 (1 October 2022: one xã → thị trấn, four xã and
// thị trấn Chơn Thành → phường, huyện Chơn Thành → thị xã).
func TestCounts2021To2024(t *testing.T) {
	tests := []struct {
		at                                  string
		districts, xa, phuong, thitran, all int
	}{
		{"2022-04-10", 705, 8255, 1732, 612, 10599},
		{"2022-07-01", 705, 8253, 1732, 614, 10599},
		{"2022-10-01", 705, 8248, 1737, 614, 10599},
		// Changes between the lists without a dated act end by the later list.
		{"2024-09-13", 705, 8248, 1737, 614, 10599},
		{"2024-09-14", 699, 8149, 1775, 618, 10542},
	}
	for _, tt := range tests {
		n := countKinds(date(tt.at))
		assert.Equal(t, 63, levelCount(n, Province), tt.at)
		assert.Equal(t, tt.districts, levelCount(n, District), tt.at)
		assert.Equal(t, tt.xa, n[KindCommune], "%s xã", tt.at)
		assert.Equal(t, tt.phuong, n[KindWard], "%s phường", tt.at)
		assert.Equal(t, tt.thitran, n[KindTownship], "%s thị trấn", tt.at)
		assert.Equal(t, tt.all, levelCount(n, Commune), tt.at)
	}
	// Thị xã Phổ Yên became a city on 10 April 2022 (469/NQ-UBTVQH15); the
	// 2021 list already shows the city, so the registry starts it then.
	u := mustLookup(t, "place/172@2022-04-10")
	assert.Equal(t, "Thành phố Phổ Yên", u.Name())
	assert.Equal(t, "469/NQ-UBTVQH15", u.Act())
	// Huyện Chơn Thành → thị xã, 1 October 2022.
	old := mustLookup(t, "place/697")
	assert.Equal(t, "Huyện Chơn Thành", old.Name())
	assert.Equal(t, date("2022-10-01"), old.To())
	assert.Equal(t, "570/NQ-UBTVQH15", old.EndAct())
	assert.Equal(t, "Thị ủy Chơn Thành", Resolve("Thị ủy Chơn Thành", date("2023-01-01")).Best().Name())
	assert.False(t, Resolve("Thị ủy Chơn Thành", date("2022-09-30")).Found())
}

// allBodies returns every central body, whatever its dates.
func allBodies() func(func(Unit) bool) {
	return func(yield func(Unit) bool) {
		for i := range reg().bodies {
			if !yield(bodyUnit(int32(i))) {
				return
			}
		}
	}
}

func mustLookup(t *testing.T, id string) Unit {
	t.Helper()
	u, ok := Lookup(id)
	require.True(t, ok, "Lookup(%q)", id)
	return u
}

// The Ninh Bình story: the district-level city 369 until 1 January 2025,
// then Hoa Lư city; the new province of 1 July 2025.
func TestNinhBinh(t *testing.T) {
	city := mustLookup(t, "place/369")
	assert.Equal(t, "Thành phố Ninh Bình", city.Name())
	assert.Equal(t, KindProvincialCity, city.Kind())
	assert.Equal(t, District, city.Level())
	assert.True(t, city.InForce(date("2020-07-09")))
	assert.True(t, city.InForce(date("2024-12-31")))
	assert.False(t, city.InForce(date("2025-01-01")))
	assert.Equal(t, date("2025-01-01"), city.To())
	assert.False(t, city.EndedBy())
	assert.Equal(t, "1318/NQ-UBTVQH15", city.EndAct())
	assert.Equal(t, "place/37", city.Parent().ID())

	succ := city.Successors()
	require.Len(t, succ, 1)
	hoaLu := succ[0].Unit
	assert.Equal(t, "place/374@2025-01-01", hoaLu.ID())
	assert.Equal(t, "Thành phố Hoa Lư", hoaLu.Name())
	assert.Equal(t, MergedInto, succ[0].Relation)
	assert.Equal(t, "1318/NQ-UBTVQH15", succ[0].Act)
	assert.Equal(t, date("2025-01-01"), hoaLu.From())
	assert.Equal(t, date("2025-07-01"), hoaLu.To())
	assert.ElementsMatch(t, []string{"place/369", "place/374"}, ids(hoaLu.Predecessors()))

	kimSon := mustLookup(t, "place/376/party-committee")
	assert.Equal(t, "Huyện ủy Kim Sơn", kimSon.Name())
	assert.Equal(t, date("2025-07-01"), kimSon.To())
	assert.Equal(t, "60-NQ/TW", kimSon.EndAct())
	assert.Equal(t, "203/2025/QH15", mustLookup(t, "place/376/peoples-committee").EndAct())

	committee, ok := city.Body(KindPartyCommittee)
	require.True(t, ok)
	assert.Equal(t, "Thành ủy Ninh Bình", committee.Name())
	assert.Equal(t, "Tỉnh ủy Ninh Bình", committee.Parent().Name())
	assert.Equal(t, "place/37/party-committee", committee.Parent().ID())
	assert.Equal(t, "Ninh Binh City Party Committee", committee.English())

	oldProv := mustLookup(t, "place/37")
	assert.Equal(t, date("2025-07-01"), oldProv.To())
	newProv := mustLookup(t, "place/37@2025-07-01")
	assert.Equal(t, "Tỉnh Ninh Bình", newProv.Name())
	assert.Equal(t, "202/2025/QH15", newProv.Act())
	assert.ElementsMatch(t, []string{"place/35", "place/36", "place/37"}, ids(newProv.Predecessors()))
	n := 0
	for range newProv.Children(date("2025-07-01")) {
		n++
	}
	assert.Equal(t, 129, n, "communes of Ninh Bình on 1 July 2025")
}

func ids(us []Unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.ID())
	}
	return out
}

// Each central change of 2025, the day before and the day of.
func TestCentralChanges2025(t *testing.T) {
	tests := []struct {
		id     string
		change string
		starts bool // the unit starts on change (else it ends)
	}{
		{"party/tw/ban-tuyen-giao", "2025-02-03", false},
		{"party/tw/ban-dan-van", "2025-02-03", false},
		{"party/tw/ban-doi-ngoai", "2025-02-03", false},
		{"party/tw/ban-kinh-te", "2025-02-03", false},
		{"party/tw/ban-tuyen-giao-dan-van", "2025-02-03", true},
		{"party/tw/ban-chinh-sach-chien-luoc", "2025-02-03", true},
		{"state/bo-ke-hoach-dau-tu", "2025-03-01", false},
		{"state/bo-giao-thong-van-tai", "2025-03-01", false},
		{"state/bo-tai-nguyen-moi-truong", "2025-03-01", false},
		{"state/bo-nong-nghiep-ptnt", "2025-03-01", false},
		{"state/bo-thong-tin-truyen-thong", "2025-03-01", false},
		{"state/bo-lao-dong-tbxh", "2025-03-01", false},
		{"state/uy-ban-dan-toc", "2025-03-01", false},
		{"state/bo-nong-nghiep-moi-truong", "2025-03-01", true},
		{"state/bo-dan-toc-ton-giao", "2025-03-01", true},
	}
	for _, tt := range tests {
		u := mustLookup(t, tt.id)
		day := date(tt.change)
		before := day.AddDate(0, 0, -1)
		assert.Equal(t, !tt.starts, u.InForce(before), "%s on the day before %s", tt.id, tt.change)
		assert.Equal(t, tt.starts, u.InForce(day), "%s on %s", tt.id, tt.change)
		if !tt.starts {
			assert.NotEmpty(t, u.Successors(), "%s successors", tt.id)
			for _, s := range u.Successors() {
				assert.True(t, s.Unit.InForce(day), "%s successor %s", tt.id, s.Unit)
			}
		}
	}
	// Every central body that began or ended in 2025, from the data: in
	// force from the day it began, not on the day before; not in force from
	// the day it ended, and its successors in force that day.
	y2025, y2026 := date("2025-01-01"), date("2026-01-01")
	changes := 0
	for u := range allBodies() {
		if from := u.From(); !from.Before(y2025) && from.Before(y2026) {
			changes++
			assert.False(t, u.InForce(from.AddDate(0, 0, -1)), "%s on the day before it began", u)
			assert.True(t, u.InForce(from), "%s on the day it began", u)
		}
		if to := u.To(); !to.Before(y2025) && to.Before(y2026) {
			changes++
			assert.True(t, u.InForce(to.AddDate(0, 0, -1)), "%s on the day before it ended", u)
			assert.False(t, u.InForce(to), "%s on the day it ended", u)
			// The reference records the two blocs as terminated while four
			// new Party organizations were created, without saying which
			// took over their work, so they have no successor.
			noSuccessor := u.ID() == "party/tw/khoi-co-quan" || u.ID() == "party/tw/khoi-doanh-nghiep"
			assert.Equal(t, noSuccessor, len(u.Successors()) == 0, "%s: successors %v", u, u.Successors())
			for _, s := range u.Successors() {
				assert.True(t, s.Unit.InForce(to), "%s: successor %s not in force on %s", u, s.Unit, to)
				assert.Equal(t, to, s.From, "%s → %s", u, s.Unit)
			}
		}
	}
	// 34 from the Party and Government changes, 6 from the end of the
	// three high courts and the three high procuracies on 1 July 2025.
	assert.Equal(t, 40, changes, "beginnings and ends of central bodies in 2025")
	for _, id := range []string{"party/tw/ban-to-chuc", "party/tw/ban-noi-chinh", "state/bo-tai-chinh", "state/bo-xay-dung"} {
		u := mustLookup(t, id)
		assert.True(t, u.InForce(date("2025-02-02")) && u.InForce(date("2025-03-01")), id)
	}
	n := 0
	for u := range CentralBodies(date("2025-03-01")) {
		if u.Kind() == KindMinistry {
			n++
		}
	}
	assert.Equal(t, 14, n, "ministries from 1 March 2025 (176/2025/QH15)")
	n = 0
	for u := range CentralBodies(date("2025-02-28")) {
		if u.Kind() == KindMinistry {
			n++
		}
	}
	assert.Equal(t, 18, n, "ministries before 1 March 2025")
}

// The consistency of the embedded data: IDs unique and round-tripping,
// versions of a code not overlapping, successors starting when their
// predecessor ends, parents in force.
func TestDataConsistency(t *testing.T) {
	r := reg()
	seen := map[string]bool{}
	for i := range r.places {
		p := &r.places[i]
		u := placeUnit(int32(i), roleNone)
		id := u.ID()
		require.False(t, seen[id], "duplicate id %s", id)
		seen[id] = true
		back, ok := Lookup(id)
		require.True(t, ok, id)
		require.Equal(t, u, back, id)
		for _, b := range u.Bodies() {
			back, ok := Lookup(b.ID())
			require.True(t, ok, b.ID())
			require.Equal(t, b, back, b.ID())
		}
		if p.parentCode != "" {
			require.GreaterOrEqual(t, p.parent, int32(0), id)
			pp := &r.places[p.parent]
			_, ok := pp.span.intersect(p.span)
			require.True(t, ok, "%s: parent %s not in force with it", id, placeID(pp))
			require.Less(t, placeTypes[pp.typ].level, placeTypes[p.typ].level, id)
		}
		assert.NotEmpty(t, p.source, id)
		assert.Equal(t, p.code != "" && len(p.code) == map[Level]int{Province: 2, District: 3, Commune: 5}[placeTypes[p.typ].level], true, "code %s", id)
	}
	for code, rows := range r.byCode {
		for a := 1; a < len(rows); a++ {
			prev, cur := r.places[rows[a-1]].span, r.places[rows[a]].span
			require.True(t, prev.to != 0 && cur.from != 0 && prev.to <= cur.from, "code %s: versions overlap", code)
		}
	}
	for from, ss := range r.succ {
		for _, s := range ss {
			require.Equal(t, from.To(), s.date.time(), "%s → %s", from, s.to)
			require.True(t, s.to.InForce(s.date.time()), "%s → %s: successor not in force on %s", from, s.to, s.date.time())
		}
	}
	for i := range r.bodies {
		u := bodyUnit(int32(i))
		back, ok := Lookup(u.ID())
		require.True(t, ok)
		require.Equal(t, u, back)
		assert.NotEmpty(t, u.English(), u.ID())
		assert.NotEmpty(t, u.Source(), u.ID())
	}
}

// Every act and source cited in the data files is a document code of the
// forms the files use or a key of sources.tsv.
func TestDataSources(t *testing.T) {
	b, err := os.ReadFile("data/sources.tsv")
	require.NoError(t, err)
	keys := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n")[1:] {
		if line != "" && line[0] != '#' {
			keys[strings.SplitN(line, "\t", 2)[0]] = true
		}
	}
	communeAct := func(s string) bool {
		var n int
		_, err := fmt.Sscanf(s, "%d/NQ-UBTVQH15", &n)
		return err == nil && n >= 1654 && n <= 1687
	}
	r := reg()
	for i := range r.places {
		p := &r.places[i]
		for _, a := range []string{p.act, p.endAct} {
			assert.True(t, a == "" || keys[a] || communeAct(a), "place %s: act %q not in sources.tsv", placeID(p), a)
		}
		for _, s := range strings.Split(p.source, ",") {
			assert.True(t, keys[s], "place %s: source %q not in sources.tsv", placeID(p), s)
		}
	}
	for _, b := range r.bodies {
		for _, a := range []string{b.act, b.endAct} {
			assert.True(t, a == "" || keys[a], "body %s: act %q not in sources.tsv", b.id, a)
		}
	}
	for _, d := range r.depts {
		for _, a := range []string{d.act, d.endAct} {
			assert.True(t, a == "" || keys[a], "department %s: act %q not in sources.tsv", d.slug, a)
		}
	}
	for ro := roleParty; ro < numRoles; ro++ {
		for _, a := range []string{roles[ro].act, roles[ro].endAct} {
			assert.True(t, a == "" || keys[a], "role %s: act %q not in sources.tsv", roles[ro].slug, a)
		}
	}
}
