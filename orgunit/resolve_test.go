// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Names in the style of officials' titles in news, with the unit each must
// resolve to on the date, best candidate first.
func TestResolve(t *testing.T) {
	tests := []struct {
		name, at string
		want     string // ID of the best candidate; "" = none in force
		wantName string // its name, when checked
		n        int    // number of candidates, when checked (0 = unchecked)
	}{
		// The examples of the issue.
		{"Ban Thường vụ Thành ủy Ninh Bình", "2020-07-09", "place/369/standing-board", "Ban Thường vụ Thành ủy Ninh Bình", 1},
		{"UBND tỉnh Khánh Hòa", "2026-01-15", "place/56@2025-07-01/peoples-committee", "Ủy ban nhân dân tỉnh Khánh Hòa", 1},
		{"Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "2025-09-02", "place/66@2025-07-01/front-committee", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", 1},
		{"Ban Dân vận Trung ương", "2020-07-09", "party/tw/ban-dan-van", "Ban Dân vận Trung ương", 1},
		{"Ban Tuyên giáo và Dân vận Trung ương", "2025-10-01", "party/tw/ban-tuyen-giao-dan-van", "", 1},
		{"Đảng ủy xã Phú Mỹ", "2025-08-01", "place/08236@2025-07-01/party-committee", "Đảng ủy xã Phú Mỹ", 2},
		{"Đảng ủy xã Phu My", "2025-08-01", "place/08236@2025-07-01/party-committee", "Đảng ủy xã Phú Mỹ", 3}, // Phú Mỹ ×2, Phù Mỹ
		{"HĐND huyện Kim Thành", "2023-05-10", "place/293/peoples-council", "Hội đồng nhân dân huyện Kim Thành", 1},
		{"Bộ Nông nghiệp và Môi trường", "2025-04-01", "state/bo-nong-nghiep-moi-truong", "", 1},
		{"Ban Tổ chức TW", "2019-01-01", "party/tw/ban-to-chuc", "Ban Tổ chức Trung ương", 1},
		{"Thành ủy Ninh Bình", "2020-07-09", "place/369/party-committee", "Thành ủy Ninh Bình", 1},
		{"Thành ủy Hà Nội", "2020-07-09", "place/01/party-committee", "Thành ủy Hà Nội", 1},
		// The high courts and procuracies, from 1 June 2015 to 30 June 2025.
		{"TAND cấp cao tại Đà Nẵng", "2021-05-04", "state/tand-cap-cao/da-nang", "Tòa án nhân dân cấp cao tại Đà Nẵng", 1},
		{"VKSND cấp cao tại TP.HCM", "2024-11-20", "state/vksnd-cap-cao/tp-hcm", "Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh", 1},
		{"Tòa án nhân dân cấp cao tại Hà Nội", "2015-05-31", "", "", 0},
		{"Tòa án nhân dân cấp cao tại Hà Nội", "2025-07-01", "", "", 0},

		// Abbreviations.
		{"BTV Tỉnh ủy Quảng Ninh", "2022-03-01", "place/22/standing-board", "Ban Thường vụ Tỉnh ủy Quảng Ninh", 1},
		{"BCH Đảng bộ tỉnh Thanh Hóa", "2021-03-01", "place/38/party-committee", "Tỉnh ủy Thanh Hóa", 1},
		{"UBKT Tỉnh ủy Lâm Đồng", "2024-03-01", "place/68/inspection-commission", "Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng", 1},
		{"UBKT TW", "2023-03-01", "party/tw/ubkt", "Ủy ban Kiểm tra Trung ương", 1},
		{"BCT", "2023-03-01", "party/tw/bo-chinh-tri", "Bộ Chính trị", 1},
		{"BBT", "2023-03-01", "party/tw/ban-bi-thu", "", 1},
		{"BCH T.Ư Đảng Cộng sản Việt Nam", "2021-02-01", "party/tw/bch", "", 1},
		{"Ban Tổ chức T.Ư", "2021-02-01", "party/tw/ban-to-chuc", "", 1},
		{"Ban Tuyên giáo TƯ", "2021-02-01", "party/tw/ban-tuyen-giao", "", 1},
		{"UBTƯ MTTQ Việt Nam", "2022-01-01", "front/tw", "", 1},
		{"UBMTTQ tỉnh Hậu Giang", "2022-01-01", "place/93/front-committee", "", 1},
		{"MTTQ tỉnh Hậu Giang", "2022-01-01", "place/93/front-committee", "", 1},
		{"UBND TP. Hồ Chí Minh", "2022-01-01", "place/79/peoples-committee", "Ủy ban nhân dân Thành phố Hồ Chí Minh", 1},
		{"Thành ủy TP.HCM", "2022-01-01", "place/79/party-committee", "Thành ủy Thành phố Hồ Chí Minh", 1},
		{"UBND TP Đà Nẵng", "2022-01-01", "place/48/peoples-committee", "", 1},
		{"UBND Q.1", "2022-01-01", "place/760/peoples-committee", "Ủy ban nhân dân Quận 1", 1},
		{"Quận ủy Q. Ba Đình", "2022-01-01", "place/001/party-committee", "Quận ủy Ba Đình", 1},
		{"Đoàn ĐBQH tỉnh Ninh Bình", "2022-01-01", "place/37/na-delegation", "Đoàn đại biểu Quốc hội tỉnh Ninh Bình", 1},
		{"ĐU xã Hải Khê", "2022-01-01", "place/19741/party-committee", "Đảng ủy xã Hải Khê", 1},

		// A body named with "của" and the body it belongs to; another
		// body after "của" names nothing.
		{"Ủy ban Kinh tế và Tài chính của Quốc hội", "2025-06-12", "state/uy-ban-kinh-te-tai-chinh", "Ủy ban Kinh tế và Tài chính", 1},
		{"Ủy ban Pháp luật và Tư pháp của Quốc hội", "2025-06-12", "state/uy-ban-phap-luat-tu-phap", "", 1},
		{"Ủy ban Kinh tế và Tài chính của Chính phủ", "2025-06-12", "", "", 0},

		// Case, diacritics, tone placement, spacing.
		{"Thanh uy Ninh Binh", "2020-07-09", "place/369/party-committee", "", 1},
		{"THÀNH ỦY NINH BÌNH", "2020-07-09", "place/369/party-committee", "", 1},
		{"Uỷ ban nhân dân tỉnh Khánh Hoà", "2026-01-15", "place/56@2025-07-01/peoples-committee", "", 1},
		{"ban dan van trung uong", "2020-07-09", "party/tw/ban-dan-van", "", 1},
		{"  Ban  Tổ   chức\tTrung ương ", "2020-07-09", "party/tw/ban-to-chuc", "", 1},
		{"Ban Tuyên giáo - Dân vận Trung ương", "2025-10-01", "party/tw/ban-tuyen-giao-dan-van", "", 1},
		{"Ban Chính sách, chiến lược Trung ương", "2025-10-01", "party/tw/ban-chinh-sach-chien-luoc", "", 1},
		{"Ban Tổ chức Trung ương khóa XII", "2017-01-01", "party/tw/ban-to-chuc", "", 1},

		{"Văn phòng UBND tỉnh Hậu Giang", "2022-01-01", "place/93/committee-office", "Văn phòng Ủy ban nhân dân tỉnh Hậu Giang", 1},
		{"Tỉnh ủy Hải Dương (cũ)", "2024-01-01", "place/30/party-committee", "Tỉnh ủy Hải Dương", 1},
		{"Tỉnh ủy Hải Dương (cũ)", "2025-08-01", "", "", 0},

		// Party bodies in the provincial State bodies.
		{"Ban cán sự đảng UBND tỉnh Quảng Nam", "2022-01-01", "place/49/committee-party-board", "Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Nam", 1},
		{"Đảng đoàn HĐND tỉnh Quảng Nam", "2022-01-01", "place/49/council-party-delegation", "Đảng đoàn Hội đồng nhân dân tỉnh Quảng Nam", 1},
		{"Đảng ủy UBND tỉnh Tuyên Quang", "2025-10-01", "place/08@2025-07-01/committee-party-committee", "Đảng ủy Ủy ban nhân dân tỉnh Tuyên Quang", 1},
		{"Ban cán sự đảng UBND tỉnh Tuyên Quang", "2025-10-01", "", "", 0},

		{"Đảng ủy Khối các cơ quan tỉnh Quảng Trị", "2023-01-01", "place/45/agencies-bloc-party-committee", "Đảng ủy Khối các cơ quan tỉnh Quảng Trị", 1},
		{"Đảng bộ các cơ quan Đảng tỉnh Quảng Trị", "2025-09-01", "place/44@2025-07-01/party-agencies-party-committee", "Đảng ủy các cơ quan Đảng tỉnh Quảng Trị", 1},

		// No people's council in the quận and phường of Hồ Chí Minh City
		// from 1 July 2021 (131/2020/QH14).
		{"HĐND Quận 1", "2021-06-30", "place/760/peoples-council", "Hội đồng nhân dân Quận 1", 1},
		{"HĐND Quận 1", "2021-07-01", "", "", 0},
		{"UBND Quận 1", "2021-07-01", "place/760/peoples-committee", "", 1},
		{"HĐND huyện Cần Giờ", "2022-01-01", "place/787/peoples-council", "", 1},
		{"Thành ủy Thủ Đức", "2022-01-01", "place/769/party-committee", "Thành ủy Thủ Đức", 1},
		{"Tỉnh ủy Thừa Thiên Huế", "2024-06-01", "place/46/party-committee", "Tỉnh ủy Thừa Thiên Huế", 1},
		{"Tỉnh ủy Thừa Thiên Huế", "2025-01-01", "", "", 0},

		// Front member organizations.
		{"Hội LHPN tỉnh Ninh Bình", "2022-01-01", "place/37/womens-union", "Hội Liên hiệp Phụ nữ tỉnh Ninh Bình", 1},
		{"Tỉnh đoàn Ninh Bình", "2022-01-01", "place/37/youth-union", "Tỉnh đoàn Ninh Bình", 1},
		{"Thành đoàn Hà Nội", "2022-01-01", "place/01/youth-union", "Thành đoàn Hà Nội", 1},
		{"Thành đoàn TP.HCM", "2022-01-01", "place/79/youth-union", "Thành đoàn Thành phố Hồ Chí Minh", 1},
		{"Quân đoàn 1", "2022-01-01", "", "", 0},
		{"Hội CCB huyện Kim Sơn", "2022-01-01", "place/376/veterans-association", "Hội Cựu chiến binh huyện Kim Sơn", 1},
		{"LĐLĐ tỉnh Thanh Hóa", "2022-01-01", "place/38/labour-confederation", "Liên đoàn Lao động tỉnh Thanh Hóa", 1},
		{"Hội Nông dân xã Hải Khê", "2022-01-01", "place/19741/farmers-union", "", 1},

		// Departments of provinces.
		{"Sở Xây dựng tỉnh Tây Ninh", "2022-01-01", "place/72/so-xay-dung", "Sở Xây dựng tỉnh Tây Ninh", 1},
		{"Sở Giao thông Vận tải tỉnh Tây Ninh", "2022-01-01", "place/72/so-giao-thong-van-tai", "Sở Giao thông vận tải tỉnh Tây Ninh", 1},
		{"Sở TT&TT tỉnh Hậu Giang", "2022-01-01", "place/93/so-thong-tin-truyen-thong", "Sở Thông tin và Truyền thông tỉnh Hậu Giang", 1},
		{"Sở KH-ĐT TP.HCM", "2022-01-01", "place/79/so-ke-hoach-dau-tu", "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh", 1},
		{"Sở Nông nghiệp và Môi trường tỉnh Ninh Bình", "2025-08-01", "place/37@2025-07-01/so-nong-nghiep-moi-truong", "", 1},
		{"Sở Kế hoạch và Đầu tư tỉnh Ninh Bình", "2025-08-01", "", "", 0},

		// The court, procuracy, police and military command of a
		// province, before and after 1 July 2025; none is derived at
		// district or commune level.
		{"Tòa án nhân dân tỉnh Ninh Bình", "2020-07-09", "place/37/peoples-court", "Tòa án nhân dân tỉnh Ninh Bình", 1},
		{"TAND tỉnh Ninh Bình", "2026-01-15", "place/37@2025-07-01/peoples-court", "Tòa án nhân dân tỉnh Ninh Bình", 1},
		{"TAND thành phố Hà Nội", "2026-01-15", "place/01/peoples-court", "Tòa án nhân dân thành phố Hà Nội", 1},
		{"Viện kiểm sát nhân dân thành phố Hà Nội", "2020-07-09", "place/01/peoples-procuracy", "Viện kiểm sát nhân dân thành phố Hà Nội", 1},
		{"VKSND tỉnh Nghệ An", "2026-01-15", "place/40/peoples-procuracy", "Viện kiểm sát nhân dân tỉnh Nghệ An", 1},
		{"Viện KSND tỉnh Nghệ An", "2020-07-09", "place/40/peoples-procuracy", "", 1},
		{"Công an tỉnh Ninh Bình", "2020-07-09", "place/37/police", "Công an tỉnh Ninh Bình", 1},
		{"Công an tỉnh Ninh Bình", "2026-01-15", "place/37@2025-07-01/police", "Công an tỉnh Ninh Bình", 1},
		{"Công an tỉnh Hà Nam", "2026-01-15", "", "", 0}, // merged into Ninh Bình
		{"Công an TP.HCM", "2026-01-15", "place/79@2025-07-01/police", "Công an Thành phố Hồ Chí Minh", 1},
		{"Công an Hà Nội", "2020-07-09", "place/01/police", "Công an thành phố Hà Nội", 1},
		{"Công an Ninh Bình", "2020-07-09", "place/37/police", "", 1}, // not the city of Ninh Bình
		{"Bộ Chỉ huy Quân sự tỉnh Ninh Bình", "2026-01-15", "place/37@2025-07-01/military-command", "Bộ Chỉ huy Quân sự tỉnh Ninh Bình", 1},
		{"Bộ CHQS tỉnh Gia Lai", "2020-07-09", "place/64/military-command", "Bộ Chỉ huy Quân sự tỉnh Gia Lai", 1},
		{"Bộ CHQS tỉnh Gia Lai", "2026-01-15", "place/52@2025-07-01/military-command", "Bộ Chỉ huy Quân sự tỉnh Gia Lai", 1},
		{"Bộ Chỉ huy Quân sự thành phố Hà Nội", "2020-07-09", "", "", 0}, // Bộ Tư lệnh Thủ đô Hà Nội
		{"Công an huyện Kim Sơn", "2020-07-09", "", "", 0},
		{"TAND huyện Kim Sơn", "2020-07-09", "", "", 0},
		{"TAND tối cao", "2020-07-09", "state/tand-toi-cao", "Tòa án nhân dân tối cao", 1},
		{"VKSND tối cao", "2026-01-15", "state/vksnd-toi-cao", "Viện kiểm sát nhân dân tối cao", 1},

		// An abbreviation in parentheses repeats the words before it; a
		// place in parentheses at the end qualifies the name.
		{"Sở Thông tin và Truyền thông (TT&TT) Hậu Giang", "2022-01-01", "place/93/so-thong-tin-truyen-thong", "", 1},
		{"Ủy ban nhân dân (UBND) tỉnh Hậu Giang", "2022-01-01", "place/93/peoples-committee", "", 1},
		{"Sở KH-ĐT (TP.HCM)", "2022-01-01", "place/79/so-ke-hoach-dau-tu", "", 1},

		// Diacritics that are written must match.
		{"HĐND xã Cẩm Thủy", "2020-01-01", "", "", 0}, // Cẩm Thủy was a huyện; xã Cam Thủy does not match
		{"HĐND xã Cẩm Thủy", "2025-08-01", "place/15127@2025-07-01/peoples-council", "Hội đồng nhân dân xã Cẩm Thủy", 1},

		// Places qualified by their parents.
		{"UBND thị xã Đông Triều, tỉnh Quảng Ninh", "2019-06-01", "place/205/peoples-committee", "Ủy ban nhân dân thị xã Đông Triều", 1},
		{"UBND xã Hải Khê (huyện Hải Lăng)", "2019-06-01", "place/19741/peoples-committee", "", 1},
		{"Huyện uỷ Hải Lăng, tỉnh Quảng Trị", "2019-06-01", "place/470/party-committee", "Huyện ủy Hải Lăng", 1},

		// Dates: a name that did not exist then.
		{"Thành ủy Ninh Bình", "2026-01-15", "", "", 0},
		{"Ban Dân vận Trung ương", "2025-02-03", "", "", 0},
		{"Ban Tuyên giáo và Dân vận Trung ương", "2025-02-02", "", "", 0},
		{"Tỉnh ủy Bắc Giang", "2025-07-01", "", "", 0},
		{"Thành ủy Huế", "2020-01-01", "place/474/party-committee", "Thành ủy Huế", 1},
		{"Thành ủy Huế", "2025-03-01", "place/46@2025-01-01/party-committee", "Thành ủy Huế", 1},
		{"Tỉnh ủy Ninh Bình", "2025-06-30", "place/37/party-committee", "", 1},
		{"Tỉnh ủy Ninh Bình", "2025-07-01", "place/37@2025-07-01/party-committee", "", 1},

		// Not units.
		{"", "2020-01-01", "", "", 0},
		{"Nguyễn Văn A", "2020-01-01", "", "", 0},
		{"Tỉnh ủy", "2020-01-01", "", "", 0}, // no place and no context
		{"Ban Khoa giáo Trung ương", "2020-01-01", "", "", 0},
	}
	for _, tt := range tests {
		res := Resolve(tt.name, date(tt.at))
		assert.Equal(t, tt.want, res.Best().ID(), "Resolve(%q, %s)", tt.name, tt.at)
		assert.Equal(t, tt.want != "", res.Found(), "Resolve(%q, %s).Found()", tt.name, tt.at)
		if tt.wantName != "" {
			assert.Equal(t, tt.wantName, res.Best().Name(), "Resolve(%q, %s) name", tt.name, tt.at)
		}
		if tt.n > 0 {
			assert.Len(t, res.Candidates, tt.n, "Resolve(%q, %s) candidates %v", tt.name, tt.at, res.Candidates)
		}
		for _, u := range res.Candidates {
			assert.True(t, u.InForce(date(tt.at)), "Resolve(%q, %s): candidate %s not in force", tt.name, tt.at, u)
		}
		for _, u := range res.Elsewhere {
			assert.False(t, u.InForce(date(tt.at)), "Resolve(%q, %s): elsewhere %s in force", tt.name, tt.at, u)
		}
	}
}

// A name that did not exist on the date names what existed instead.
func TestResolveElsewhere(t *testing.T) {
	res := Resolve("Thành ủy Ninh Bình", date("2026-01-15"))
	require.False(t, res.Found())
	require.Len(t, res.Elsewhere, 1)
	old := res.Elsewhere[0]
	assert.Equal(t, "place/369/party-committee", old.ID())
	succ := old.Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Thành ủy Hoa Lư", succ[0].Unit.Name())
	assert.Equal(t, "1318/NQ-UBTVQH15", succ[0].Act)
	assert.Equal(t, date("2025-01-01"), succ[0].From)

	res = Resolve("Ban Dân vận Trung ương", date("2026-01-15"))
	require.Len(t, res.Elsewhere, 1)
	succ = res.Elsewhere[0].Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Ban Tuyên giáo và Dân vận Trung ương", succ[0].Unit.Name())
	assert.Equal(t, MergedInto, succ[0].Relation)

	// The high courts ended on 1 July 2025: the Supreme Court took over
	// their appeals.
	res = Resolve("TAND cấp cao tại Hà Nội", date("2025-09-01"))
	require.False(t, res.Found())
	require.Len(t, res.Elsewhere, 1)
	succ = res.Elsewhere[0].Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Tòa án nhân dân tối cao", succ[0].Unit.Name())
	assert.Equal(t, SupersededBy, succ[0].Relation)
	assert.Equal(t, "81/2025/UBTVQH15", succ[0].Act)

	// A province that merged: the successor is the new province's committee.
	res = Resolve("UBND tỉnh Hà Nam", date("2025-08-01"))
	require.False(t, res.Found())
	require.NotEmpty(t, res.Elsewhere)
	succ = res.Elsewhere[0].Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Ủy ban nhân dân tỉnh Ninh Bình", succ[0].Unit.Name())
	assert.Equal(t, "202/2025/QH15", succ[0].Act)

	// Thừa Thiên Huế became Thành phố Huế.
	res = Resolve("Tỉnh ủy Thừa Thiên Huế", date("2025-03-01"))
	require.Len(t, res.Elsewhere, 1)
	succ = res.Elsewhere[0].Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Thành ủy Huế", succ[0].Unit.Name())
	assert.Equal(t, RenamedTo, succ[0].Relation)
	assert.Equal(t, "175/2024/QH15", succ[0].Act)

	// A department that merged: the successor is the department that took
	// over, in the province the old one became.
	res = Resolve("Sở Kế hoạch và Đầu tư tỉnh Hà Nam", date("2025-08-01"))
	require.NotEmpty(t, res.Elsewhere)
	succ = res.Elsewhere[0].Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Sở Tài chính tỉnh Ninh Bình", succ[0].Unit.Name())
	assert.Equal(t, "place/37@2025-07-01/so-tai-chinh", succ[0].Unit.ID())
	assert.Equal(t, "Ủy ban nhân dân tỉnh Ninh Bình", succ[0].Unit.Parent().Name())

	// A provincial commission merged in 2025.
	comm := mustLookup(t, "place/22/propaganda-commission")
	assert.True(t, comm.EndedBy())
	succ = comm.Successors()
	require.Len(t, succ, 1)
	assert.Equal(t, "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh", succ[0].Unit.Name())

	// Several communes share a name: all are candidates, exact spelling first.
	res = Resolve("Đảng ủy xã Phù Mỹ", date("2025-08-01"))
	require.NotEmpty(t, res.Candidates)
	assert.Equal(t, "Đảng ủy xã Phù Mỹ", res.Best().Name())
}

func TestResolveContext(t *testing.T) {
	qn := mustLookup(t, "place/22")
	commune := Resolve("xã Hải Khê", date("2019-06-01")).Best()
	require.True(t, commune.IsValid())
	ninhBinhCity := mustLookup(t, "place/369/party-committee")
	ninhBinh2025 := mustLookup(t, "place/37@2025-07-01")
	tests := []struct {
		name string
		ctx  Unit
		at   string
		want string
	}{
		{"Tỉnh ủy", qn, "2022-01-01", "place/22/party-committee"},
		{"UBND tỉnh", qn, "2022-01-01", "place/22/peoples-committee"},
		{"Ban Tổ chức Tỉnh ủy", qn, "2022-01-01", "place/22/organization-commission"},
		{"Ban Tổ chức TU", qn, "2022-01-01", "place/22/organization-commission"},
		{"Ban Nội chính Tỉnh ủy", qn, "2022-01-01", "place/22/internal-affairs-commission"},
		{"Ban Tuyên giáo và Dân vận Tỉnh ủy", qn, "2025-09-01", "place/22/propaganda-mass-mobilization-commission"},
		{"Ủy ban MTTQ Việt Nam tỉnh", qn, "2022-01-01", "place/22/front-committee"},
		{"HĐND xã", commune, "2019-06-01", "place/19741/peoples-council"},
		{"UBND huyện", commune, "2019-06-01", "place/470/peoples-committee"},
		{"UBND tỉnh", commune, "2019-06-01", "place/45/peoples-committee"},
		{"Huyện ủy", commune, "2019-06-01", "place/470/party-committee"},
		{"Đảng ủy", commune, "2019-06-01", "place/19741/party-committee"},
		{"Ban Thường vụ Thành ủy", ninhBinhCity, "2020-07-09", "place/369/standing-board"},
		{"Ban Tổ chức TU", mustLookup(t, "place/01"), "2022-01-01", "place/01/organization-commission"},
		{"Văn phòng UBND tỉnh", qn, "2022-01-01", "place/22/committee-office"},
		{"Sở Xây dựng", qn, "2022-01-01", "place/22/so-xay-dung"},
		{"Sở KH-ĐT", commune, "2019-06-01", "place/45/so-ke-hoach-dau-tu"},
		{"Tỉnh ủy", ninhBinhCity, "2020-07-09", "place/37/party-committee"},
		{"Công an tỉnh", qn, "2022-01-01", "place/22/police"},
		{"TAND tỉnh", commune, "2019-06-01", "place/45/peoples-court"},
		{"VKSND tỉnh", ninhBinh2025, "2026-01-15", "place/37@2025-07-01/peoples-procuracy"},
		{"Bộ CHQS tỉnh", qn, "2022-01-01", "place/22/military-command"},
		{"Bộ Chỉ huy Quân sự tỉnh", ninhBinhCity, "2020-07-09", "place/37/military-command"},
		{"Công an thành phố", mustLookup(t, "place/01"), "2026-01-15", "place/01/police"},
		{"Công an huyện", commune, "2019-06-01", ""}, // not derived
		{"Công an xã", commune, "2019-06-01", ""},
	}
	for _, tt := range tests {
		res := Resolve(tt.name, date(tt.at), WithContext(tt.ctx))
		assert.Equal(t, tt.want, res.Best().ID(), "Resolve(%q, %s, WithContext(%s))", tt.name, tt.at, tt.ctx)
	}
	// Context ranks the candidates inside it first.
	res := Resolve("Đảng ủy xã Phú Mỹ", date("2025-08-01"), WithContext(mustLookup(t, "place/96@2025-07-01")))
	require.NotEmpty(t, res.Candidates)
	assert.Equal(t, "96", res.Best().Parent().Code())
}

// Resolve and the methods of the units and results it returns are safe
// for concurrent use, and give every goroutine the same answers (run with
// -race).
func TestResolveConcurrent(t *testing.T) {
	cases := []struct{ name, at string }{
		{"Ban Thường vụ Thành ủy Ninh Bình", "2020-07-09"},
		{"Ban Dân vận Trung ương", "2026-01-15"},
		{"Đảng ủy xã Phú Mỹ", "2025-08-01"},
		{"Bộ Nông nghiệp và Môi trường", "2020-07-09"},
		{"UBND tỉnh Hà Nam", "2025-08-01"},
	}
	describe := func(name, at string) string {
		res := Resolve(name, date(at))
		var b strings.Builder
		for _, u := range append(res.Candidates, res.Elsewhere...) {
			b.WriteString(u.ID() + u.Name() + u.English() + u.Parent().ID())
			for _, s := range u.Successors() {
				b.WriteString(s.Unit.ID())
			}
			for _, x := range u.Bodies() {
				b.WriteString(x.ID())
			}
		}
		for _, x := range res.Instead() {
			b.WriteString(x.Unit.ID())
		}
		if err := res.Err(); err != nil {
			b.WriteString(err.Error())
		}
		return b.String()
	}
	want := make([]string, len(cases))
	for i, c := range cases {
		want[i] = describe(c.name, c.at)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				k := (g + i) % len(cases)
				if got := describe(cases[k].name, cases[k].at); got != want[k] {
					t.Errorf("concurrent %q: %q, want %q", cases[k].name, got, want[k])
				}
			}
		}()
	}
	wg.Wait()
}

func TestResolveLongInput(t *testing.T) {
	long := strings.Repeat("Ban Thường vụ ", 100) + "Tỉnh ủy Quảng Ninh"
	res := Resolve(long, date("2022-01-01"))
	assert.False(t, res.Found())
	assert.Equal(t, long, res.Input)
}

// Resolve allocates only the list of units it returns.
func TestResolveAllocs(t *testing.T) {
	at := date("2020-07-09")
	Resolve("warm up", at)
	for _, tt := range []struct {
		name string
		max  float64
	}{
		{"Nguyễn Văn A", 0},
		{"Ban Dân vận Trung ương", 1},
		{"Ban Thường vụ Thành ủy Ninh Bình", 1},
		{"UBND thị xã Đông Triều, tỉnh Quảng Ninh", 1},
		{"Đảng ủy xã Phú Mỹ", 1},
	} {
		got := testing.AllocsPerRun(100, func() { Resolve(tt.name, at) })
		assert.LessOrEqual(t, got, tt.max, "allocations of Resolve(%q)", tt.name)
	}
}

// A body named without its place, and no context, has a kind and an
// English name without the place, as long as bodies of that kind existed.
func TestResolveGeneric(t *testing.T) {
	tests := []struct {
		name, at string
		kind     Kind
		english  string // "" = not generic
	}{
		{"Tỉnh ủy", "2020-07-09", KindPartyCommittee, "Provincial Party Committee"},
		{"Thành ủy", "2020-07-09", KindPartyCommittee, "City Party Committee"},
		{"Đảng ủy xã", "2025-09-01", KindPartyCommittee, "Commune Party Committee"},
		{"Đảng ủy", "2025-09-01", KindPartyCommittee, "Party Committee"}, // a commune, ward or special zone
		{"UBND tỉnh", "2026-01-15", KindPeoplesCommittee, "Provincial People's Committee"},
		{"HĐND huyện", "2023-05-10", KindPeoplesCouncil, "District People's Council"},
		{"Ủy ban MTTQ Việt Nam tỉnh", "2022-01-01", KindFatherlandFront, "Vietnam Fatherland Front Committee of the Province"},
		{"Văn phòng UBND tỉnh", "2022-01-01", KindStateOffice, "Office of the Provincial People's Committee"},
		{"Sở Xây dựng", "2022-01-01", KindDepartment, "Department of Construction"}, // a province or a central city
		{"Sở Tài chính tỉnh", "2022-01-01", KindDepartment, "Provincial Department of Finance"},
		{"BTV Tỉnh ủy", "2022-03-01", KindStandingBoard, "Standing Board of the Provincial Party Committee"},
		{"Tỉnh đoàn", "2022-03-01", KindMassOrganization, "Provincial Youth Union"},
		{"Đảng ủy Khối các cơ quan tỉnh", "2024-01-01", KindPartyOrganization, "Party Committee of the Provincial Agencies' Bloc"},
		{"Công an tỉnh", "2026-01-15", KindPolice, "Provincial Police"},
		{"TAND tỉnh", "2020-07-09", KindPeoplesCourt, "Provincial People's Court"},
		{"Tòa án nhân dân tỉnh", "2026-01-15", KindPeoplesCourt, "Provincial People's Court"},
		{"VKSND tỉnh", "2026-01-15", KindPeoplesProcuracy, "Provincial People's Procuracy"},
		{"Bộ CHQS tỉnh", "2026-01-15", KindMilitaryCommand, "Provincial Military Command"},
		{"Công an thành phố", "2020-07-09", KindPolice, "City Police"}, // a centrally-run city: the provincial cities' police is not derived
		// No body of the kind on the date.
		{"Đảng ủy Khối các cơ quan tỉnh", "2025-09-01", 0, ""},
		// No body of the kind at that level: the police, courts and
		// procuracies of districts and communes are not derived.
		{"Công an huyện", "2020-07-09", 0, ""},
		{"Công an xã", "2026-01-15", 0, ""},
		{"VKSND huyện", "2020-07-09", 0, ""},
		{"Huyện ủy", "2025-09-01", 0, ""},
		// Not a body without its place.
		{"Tỉnh ủy Ninh Bình", "2020-07-09", 0, ""},
		{"Ban Dân vận Trung ương", "2020-07-09", 0, ""},
		{"Hội Chữ thập đỏ", "2020-07-09", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name+"@"+tt.at, func(t *testing.T) {
			kind, english, ok := Resolve(tt.name, date(tt.at)).Generic()
			assert.Equal(t, tt.english != "", ok)
			assert.Equal(t, tt.kind, kind)
			assert.Equal(t, tt.english, english)
		})
	}
}
