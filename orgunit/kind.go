// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

// A Level is the tier of the political system a unit belongs to. The zero
// Level means none.
type Level uint8

// The levels. District is the tier of quận, huyện, thị xã and provincial
// cities, which ended on 1 July 2025 (Nghị quyết 203/2025/QH15).
const (
	Central Level = 1 + iota
	Province
	District
	Commune
)

var levelNames = [...]string{"", "central", "province", "district", "commune"}

// String returns "central", "province", "district", "commune", or "" for the
// zero Level.
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return ""
}

// ParseLevel returns the Level named by s, as [Level.String] spells it, and
// whether s named one.
func ParseLevel(s string) (Level, bool) {
	for i, n := range levelNames {
		if i > 0 && n == s {
			return Level(i), true
		}
	}
	return 0, false
}

// A Kind says what a unit is: a place of some type, or a Party, State or
// Front body. The zero Kind means none.
type Kind uint16

// The kinds of places (administrative units).
const (
	KindProvince       Kind = 1 + iota // tỉnh
	KindCentralCity                    // thành phố trực thuộc trung ương
	KindUrbanDistrict                  // quận
	KindRuralDistrict                  // huyện
	KindTown                           // thị xã
	KindProvincialCity                 // thành phố thuộc tỉnh
	KindMunicipalCity                  // thành phố thuộc thành phố trực thuộc trung ương (Thủ Đức)
	KindWard                           // phường
	KindCommune                        // xã
	KindTownship                       // thị trấn
	KindSpecialZone                    // đặc khu
)

// The kinds of Party bodies.
const (
	KindPartyCongress                        Kind = 32 + iota // Đại hội đại biểu (toàn quốc, Đảng bộ tỉnh, huyện, xã)
	KindPartyCommittee                                        // Ban Chấp hành: Trung ương, Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy
	KindPolitburo                                             // Bộ Chính trị
	KindSecretariat                                           // Ban Bí thư
	KindStandingBoard                                         // Ban Thường vụ
	KindStandingOffice                                        // Thường trực
	KindInspectionCommission                                  // Ủy ban Kiểm tra
	KindOrganizationCommission                                // Ban Tổ chức
	KindPropagandaCommission                                  // Ban Tuyên giáo
	KindMassMobilizationCommission                            // Ban Dân vận
	KindPropagandaMassMobilizationCommission                  // Ban Tuyên giáo và Dân vận
	KindEconomicCommission                                    // Ban Kinh tế
	KindPolicyStrategyCommission                              // Ban Chính sách, chiến lược
	KindExternalRelationsCommission                           // Ban Đối ngoại
	KindInternalAffairsCommission                             // Ban Nội chính
	KindPartyOffice                                           // Văn phòng
	KindMilitaryCommission                                    // Quân ủy Trung ương
	KindPartyOrganization                                     // Đảng bộ khối, Đảng bộ các cơ quan
	KindPartyCell                                             // Chi bộ; the registry holds none: no official list names the cells
	KindPartyDelegation                                       // Đảng đoàn
	KindPartyAffairsBoard                                     // Ban cán sự đảng
	KindPartyBuildingCommission                               // Ban Xây dựng Đảng (of a commune's committee, from 1 July 2025)
)

// The kinds of State bodies.
const (
	KindNationalAssembly      Kind = 64 + iota // Quốc hội
	KindNAStandingCommittee                    // Ủy ban Thường vụ Quốc hội
	KindNACommittee                            // Hội đồng Dân tộc, Ủy ban của Quốc hội
	KindNADelegation                           // Đoàn đại biểu Quốc hội tỉnh
	KindPresident                              // Chủ tịch nước
	KindStateOffice                            // Văn phòng Quốc hội, Văn phòng Chủ tịch nước
	KindGovernment                             // Chính phủ
	KindPrimeMinister                          // Thủ tướng Chính phủ
	KindMinistry                               // Bộ
	KindMinisterialAgency                      // cơ quan ngang bộ
	KindSupremeCourt                           // Tòa án nhân dân tối cao
	KindSupremeProcuracy                       // Viện kiểm sát nhân dân tối cao
	KindStateAudit                             // Kiểm toán nhà nước
	KindPeoplesCouncil                         // Hội đồng nhân dân
	KindPeoplesCommittee                       // Ủy ban nhân dân
	KindDepartment                             // Sở
	KindCouncilStandingOffice                  // Thường trực Hội đồng nhân dân
	KindPeoplesCourt                           // Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương
	KindPeoplesProcuracy                       // Viện kiểm sát nhân dân tỉnh, thành phố trực thuộc trung ương
	KindPolice                                 // Công an tỉnh, thành phố trực thuộc trung ương
	KindMilitaryCommand                        // Bộ Chỉ huy Quân sự tỉnh, thành phố trực thuộc trung ương
	KindHighCourt                              // Tòa án nhân dân cấp cao (Hà Nội, Đà Nẵng, TP Hồ Chí Minh), 2015 to 2025
	KindHighProcuracy                          // Viện kiểm sát nhân dân cấp cao, 2015 to 2025
)

// The kinds of Front bodies.
const (
	KindFatherlandFront  Kind = 96 + iota // Ủy ban Mặt trận Tổ quốc Việt Nam
	KindMassOrganization                  // member organizations: Công đoàn, Hội Nông dân, Đoàn Thanh niên...
)

var kindNames = map[Kind]string{
	KindProvince: "province", KindCentralCity: "central_city", KindUrbanDistrict: "urban_district",
	KindRuralDistrict: "rural_district", KindTown: "town", KindProvincialCity: "provincial_city",
	KindMunicipalCity: "municipal_city", KindWard: "ward", KindCommune: "commune",
	KindTownship: "township", KindSpecialZone: "special_zone",

	KindPartyCongress: "party_congress", KindPartyCommittee: "party_committee", KindPolitburo: "politburo",
	KindSecretariat: "secretariat", KindStandingBoard: "standing_board", KindStandingOffice: "standing_office",
	KindInspectionCommission: "inspection_commission", KindOrganizationCommission: "organization_commission",
	KindPropagandaCommission: "propaganda_commission", KindMassMobilizationCommission: "mass_mobilization_commission",
	KindPropagandaMassMobilizationCommission: "propaganda_mass_mobilization_commission",
	KindEconomicCommission:                   "economic_commission", KindPolicyStrategyCommission: "policy_strategy_commission",
	KindExternalRelationsCommission: "external_relations_commission",
	KindInternalAffairsCommission:   "internal_affairs_commission", KindPartyOffice: "party_office",
	KindMilitaryCommission: "military_commission", KindPartyOrganization: "party_organization",
	KindPartyCell: "party_cell", KindPartyDelegation: "party_delegation", KindPartyAffairsBoard: "party_affairs_board",
	KindPartyBuildingCommission: "party_building_commission",

	KindNationalAssembly: "national_assembly", KindNAStandingCommittee: "na_standing_committee",
	KindNACommittee: "na_committee", KindNADelegation: "na_delegation", KindPresident: "president",
	KindStateOffice: "state_office", KindGovernment: "government", KindPrimeMinister: "prime_minister",
	KindMinistry: "ministry", KindMinisterialAgency: "ministerial_agency", KindSupremeCourt: "supreme_court",
	KindSupremeProcuracy: "supreme_procuracy", KindStateAudit: "state_audit",
	KindPeoplesCouncil: "peoples_council", KindPeoplesCommittee: "peoples_committee", KindDepartment: "department",
	KindCouncilStandingOffice: "council_standing_office", KindPeoplesCourt: "peoples_court",
	KindPeoplesProcuracy: "peoples_procuracy", KindPolice: "police", KindMilitaryCommand: "military_command",
	KindHighCourt: "high_court", KindHighProcuracy: "high_procuracy",

	KindFatherlandFront: "fatherland_front", KindMassOrganization: "mass_organization",
}

var kindByName = func() map[string]Kind {
	m := make(map[string]Kind, len(kindNames))
	for k, n := range kindNames {
		m[n] = k
	}
	return m
}()

// String returns the stable snake_case name of k ("party_committee",
// "peoples_committee", "province"), or "" for the zero or an unknown Kind.
func (k Kind) String() string { return kindNames[k] }

// ParseKind returns the Kind named s, as [Kind.String] spells it, and whether
// s named one.
func ParseKind(s string) (Kind, bool) {
	k, ok := kindByName[s]
	return k, ok
}

// IsPlace reports whether k is a kind of administrative unit (a place) rather
// than a body.
func (k Kind) IsPlace() bool { return k >= KindProvince && k <= KindSpecialZone }

// IsParty reports whether k is a kind of Party body.
func (k Kind) IsParty() bool { return k >= KindPartyCongress && k < KindNationalAssembly }

// IsState reports whether k is a kind of State body.
func (k Kind) IsState() bool { return k >= KindNationalAssembly && k < KindFatherlandFront }

// IsFront reports whether k is a kind of Front body.
func (k Kind) IsFront() bool { return k >= KindFatherlandFront && k <= KindMassOrganization }

// A Relation says how a unit that ended led to another.
type Relation uint8

// The relations between a unit and its successor.
const (
	MergedInto   Relation = 1 + iota // merged with others into the successor
	RenamedTo                        // continued under a new name or type
	SplitInto                        // divided; the successor is one of the parts
	SupersededBy                     // ended; the successor took over its work
)

var relationNames = [...]string{"", "merged_into", "renamed_to", "split_into", "superseded_by"}

// String returns "merged_into", "renamed_to", "split_into" or
// "superseded_by", or "" for the zero Relation.
func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return ""
}

func parseRelation(s string) Relation {
	for i, n := range relationNames {
		if i > 0 && n == s {
			return Relation(i)
		}
	}
	return 0
}
