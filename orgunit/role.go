// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"slices"
	"strings"
)

// A role is a body derived from a place: the Party committee, people's
// council, people's committee or Front committee of a province, district or
// commune, the committee's standing board and commissions, and a
// province's court, procuracy, police and military command. The registry
// stores the places only; these bodies are computed from them.
type role uint8

const (
	roleNone role = iota
	roleParty
	roleCongress // Đại hội đại biểu Đảng bộ
	roleStandingBoard
	roleStandingOffice
	roleInspection
	roleOrganization
	rolePropaganda
	roleMassMobilization
	rolePropMass
	roleInternal
	roleOffice
	roleCouncil
	roleCouncilStanding // Thường trực Hội đồng nhân dân
	roleBuildingParty   // Ban Xây dựng Đảng of a commune's committee, from 1 July 2025
	roleCommittee
	roleFront
	roleNADelegation
	roleCommitteeOffice
	roleCouncilDelegation // Đảng đoàn HĐND tỉnh, until 2025
	roleCommitteeBoard    // Ban cán sự đảng UBND tỉnh, until 2025
	roleCommitteePartyOrg // Đảng bộ (Đảng ủy) UBND tỉnh, from 2025
	roleWomen             // Hội Liên hiệp Phụ nữ
	roleFarmers           // Hội Nông dân
	roleVeterans          // Hội Cựu chiến binh
	roleLabour            // Liên đoàn Lao động
	roleYouth             // Tỉnh đoàn, Thành đoàn, Huyện đoàn
	roleAgenciesBloc      // Đảng ủy Khối các cơ quan tỉnh, until 2025
	rolePartyAgencies     // Đảng ủy các cơ quan Đảng tỉnh, from 2025
	roleEnterprisesBloc   // Đảng ủy Khối Doanh nghiệp tỉnh, until 2025
	roleFrontDelegation   // Đảng đoàn Ủy ban MTTQ tỉnh, until 2025
	roleCourt             // Tòa án nhân dân tỉnh
	roleProcuracy         // Viện kiểm sát nhân dân tỉnh
	rolePolice            // Công an tỉnh
	roleMilitary          // Bộ Chỉ huy Quân sự tỉnh
	numRoles
)

const (
	atProvince = 1 << Province
	atDistrict = 1 << District
	atCommune  = 1 << Commune
	atAll      = atProvince | atDistrict | atCommune
)

type roleInfo struct {
	up         bool   // the parent is the same body (or upRole) of the parent place
	upRole     role   // when up, the body of the parent place that is the parent, if not the same
	central    string // the parent of a province's body, when up
	parentRole role   // else the parent is this body of the same place (0: the Party committee)
	slug       string
	successor  role     // the body that took over when this kind ended
	succRel    Relation // how it led to successor in the same place: 0 means MergedInto
	source     string   // the law or note the bodies of this kind rest on, if not their places' lists
	kind       Kind
	levels     uint8
	communes   typeSet // at commune level, only places of these types (0: all)
	prefix     string  // before the Party committee's name, for the committee's organs
	abbr       string  // the abbreviated form of prefix (or of the body's name before the place) in text
	english    string  // before "the <committee>" in English
	window     span    // when this kind of body existed at all
	act        string  // the act that opened the window
	endAct     string  // the act that closed it

	except []string // codes of places whose body of this kind is another, not derived (see roleMilitary)
}

func mustDay(s string) day {
	d, err := parseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

var roles = [numRoles]roleInfo{
	roleParty:          {slug: "party-committee", kind: KindPartyCommittee, levels: atAll, up: true, central: "party/tw/bch"},
	roleStandingBoard:  {slug: "standing-board", kind: KindStandingBoard, levels: atAll, abbr: "BTV ", prefix: "Ban Thường vụ ", english: "Standing Board of the "},
	roleStandingOffice: {slug: "standing-office", kind: KindStandingOffice, levels: atAll, prefix: "Thường trực ", english: "Standing Office of the "},
	roleInspection:     {slug: "inspection-commission", kind: KindInspectionCommission, levels: atAll, abbr: "UBKT ", prefix: "Ủy ban Kiểm tra ", english: "Inspection Commission of the "},
	roleOrganization:   {slug: "organization-commission", kind: KindOrganizationCommission, levels: atAll, communes: typesOf(ptDacKhu), prefix: "Ban Tổ chức ", english: "Organisation Commission of the "},
	rolePropaganda: {slug: "propaganda-commission", kind: KindPropagandaCommission, levels: atProvince | atDistrict, prefix: "Ban Tuyên giáo ", english: "Commission for Communication and Education of the ",
		window: span{to: mustDay("2025-07-01"), toBy: true}, endAct: "329-QĐ/TW", successor: rolePropMass},
	roleMassMobilization: {slug: "mass-mobilization-commission", kind: KindMassMobilizationCommission, levels: atProvince | atDistrict, prefix: "Ban Dân vận ", english: "Mass Mobilisation Commission of the ",
		window: span{to: mustDay("2025-07-01"), toBy: true}, endAct: "329-QĐ/TW", successor: rolePropMass},
	rolePropMass: {slug: "propaganda-mass-mobilization-commission", kind: KindPropagandaMassMobilizationCommission, levels: atProvince | atCommune, communes: typesOf(ptDacKhu), prefix: "Ban Tuyên giáo và Dân vận ", english: "Commission for Information, Education and Mass Mobilisation of the ",
		window: span{from: mustDay("2025-07-01"), fromBy: true}, act: "329-QĐ/TW"},
	roleInternal: {slug: "internal-affairs-commission", kind: KindInternalAffairsCommission, levels: atProvince, prefix: "Ban Nội chính ", english: "Internal Affairs Commission of the ",
		window: span{from: mustDay("2013-12-27"), fromBy: true}, act: "219-QĐ/TW"},
	roleBuildingParty: {slug: "party-building-commission", kind: KindPartyBuildingCommission, levels: atCommune, communes: typesOf(ptXa, ptPhuong),
		prefix: "Ban Xây dựng Đảng ", english: "Party Building Commission of the ",
		window: span{from: mustDay("2025-07-01")}, act: "298-QĐ/TW"},
	roleOffice:          {slug: "party-office", kind: KindPartyOffice, levels: atAll, prefix: "Văn phòng ", english: "Office of the "},
	roleCouncil:         {slug: "peoples-council", kind: KindPeoplesCouncil, levels: atAll, up: true, abbr: "HĐND "},
	roleCommittee:       {slug: "peoples-committee", kind: KindPeoplesCommittee, levels: atAll, up: true, abbr: "UBND ", central: "state/chinh-phu"},
	roleFront:           {slug: "front-committee", kind: KindFatherlandFront, levels: atAll, up: true, abbr: "Ủy ban MTTQ Việt Nam ", central: "front/tw"},
	roleNADelegation:    {slug: "na-delegation", kind: KindNADelegation, levels: atProvince, up: true, abbr: "Đoàn ĐBQH ", central: "state/quoc-hoi"},
	roleCommitteeOffice: {slug: "committee-office", kind: KindStateOffice, levels: atProvince, parentRole: roleCommittee, abbr: "Văn phòng UBND "},
	roleWomen: {slug: "womens-union", kind: KindMassOrganization, levels: atAll, up: true, abbr: "Hội LHPN ", central: "front/tw/hoi-phu-nu",
		prefix: "Hội Liên hiệp Phụ nữ", english: "Women's Union"},
	roleFarmers: {slug: "farmers-union", kind: KindMassOrganization, levels: atAll, up: true, central: "front/tw/hoi-nong-dan",
		prefix: "Hội Nông dân", english: "Farmers' Union"},
	roleVeterans: {slug: "veterans-association", kind: KindMassOrganization, levels: atAll, up: true, abbr: "Hội CCB ", central: "front/tw/hoi-cuu-chien-binh",
		prefix: "Hội Cựu chiến binh", english: "Veterans' Association"},
	roleLabour: {slug: "labour-confederation", kind: KindMassOrganization, levels: atProvince | atDistrict, up: true, abbr: "LĐLĐ ", central: "front/tw/tong-lien-doan",
		prefix: "Liên đoàn Lao động", english: "Confederation of Labour"},
	roleYouth: {slug: "youth-union", kind: KindMassOrganization, levels: atProvince | atDistrict, up: true, central: "front/tw/doan-thanh-nien",
		english: "Youth Union"},
	roleAgenciesBloc: {slug: "agencies-bloc-party-committee", kind: KindPartyOrganization, levels: atProvince,
		prefix: "Đảng ủy Khối các cơ quan ", english: "Party Committee of the %s Agencies' Bloc",
		window: span{to: mustDay("2025-07-01"), toBy: true}},
	rolePartyAgencies: {slug: "party-agencies-party-committee", kind: KindPartyOrganization, levels: atProvince,
		prefix: "Đảng ủy các cơ quan Đảng ", english: "Party Committee of the %s Party Agencies",
		window: span{from: mustDay("2025-07-01"), fromBy: true}},
	roleCongress: {slug: "party-congress", kind: KindPartyCongress, levels: atAll, up: true, upRole: roleParty, central: "party/tw/bch",
		prefix: "Đại hội đại biểu Đảng bộ ", english: "%s Party Congress"},
	roleEnterprisesBloc: {slug: "enterprises-bloc-party-committee", kind: KindPartyOrganization, levels: atProvince,
		prefix: "Đảng ủy Khối Doanh nghiệp ", english: "Party Committee of the %s Enterprises' Bloc",
		window: span{to: mustDay("2025-07-01"), toBy: true}},
	roleFrontDelegation: {slug: "front-party-delegation", kind: KindPartyDelegation, levels: atProvince,
		prefix: "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam ", english: "Party Delegation of the Vietnam Fatherland Front Committee of %s",
		window: span{to: mustDay("2025-07-01"), toBy: true}},
	roleCouncilStanding: {slug: "council-standing-office", kind: KindCouncilStandingOffice, levels: atAll, parentRole: roleCouncil, abbr: "Thường trực HĐND ",
		prefix: "Thường trực Hội đồng nhân dân ", english: "Standing Board of the %s People's Council"},
	roleCouncilDelegation: {slug: "council-party-delegation", kind: KindPartyDelegation, levels: atProvince,
		prefix: "Đảng đoàn Hội đồng nhân dân ", english: "Party Delegation of the %s People's Council",
		window: span{to: mustDay("2025-07-01"), toBy: true}},
	roleCommitteeBoard: {slug: "committee-party-board", kind: KindPartyAffairsBoard, levels: atProvince,
		prefix: "Ban cán sự đảng Ủy ban nhân dân ", english: "Party Civil Affairs Board of the %s People's Committee",
		// The committee's Party organization took over, as the Government's
		// did from its board (party-state-positions.md §1.3, §1.4).
		window: span{to: mustDay("2025-07-01"), toBy: true}, successor: roleCommitteePartyOrg, succRel: SupersededBy},
	roleCommitteePartyOrg: {slug: "committee-party-committee", kind: KindPartyOrganization, levels: atProvince,
		prefix: "Đảng ủy Ủy ban nhân dân ", english: "Party Committee of the %s People's Committee",
		window: span{from: mustDay("2025-07-01"), fromBy: true}},
	// The court, procuracy, police and military command of each province,
	// under the central body, in force with the province. Their district
	// and commune levels are not derived: the registry has no sourced
	// dates for them.
	roleCourt: {slug: "peoples-court", kind: KindPeoplesCourt, levels: atProvince, up: true, central: "state/tand-toi-cao",
		prefix: "Tòa án nhân dân ", abbr: "TAND ", english: "People's Court",
		source: "Luật Tổ chức Tòa án nhân dân số 62/2014/QH13 (Tòa án nhân dân cấp tỉnh), kept by Luật Tổ chức Tòa án nhân dân số 34/2024/QH15"},
	roleProcuracy: {slug: "peoples-procuracy", kind: KindPeoplesProcuracy, levels: atProvince, up: true, central: "state/vksnd-toi-cao",
		prefix: "Viện kiểm sát nhân dân ", abbr: "VKSND ", english: "People's Procuracy",
		source: "Luật Tổ chức Viện kiểm sát nhân dân số 63/2014/QH13"},
	rolePolice: {slug: "police", kind: KindPolice, levels: atProvince, up: true, central: "state/bo-cong-an",
		prefix: "Công an ", english: "Police",
		source: "Luật Công an nhân dân số 37/2018/QH14 (Công an tỉnh, thành phố trực thuộc trung ương)"},
	// Hà Nội and Thành phố Hồ Chí Minh have no Bộ Chỉ huy Quân sự: their
	// local military bodies are the Bộ Tư lệnh Thủ đô Hà Nội and the Bộ Tư
	// lệnh Thành phố Hồ Chí Minh (Luật Dân quân tự vệ 48/2019/QH14, Điều 22,
	// names them beside the Bộ Chỉ huy quân sự cấp tỉnh), which the registry
	// does not hold.
	roleMilitary: {slug: "military-command", kind: KindMilitaryCommand, levels: atProvince, up: true, central: "state/bo-quoc-phong",
		prefix: "Bộ Chỉ huy Quân sự ", abbr: "Bộ CHQS ", english: "Military Command", except: []string{"01", "79"},
		source: "Luật Quốc phòng số 22/2018/QH14 (cơ quan quân sự địa phương: Bộ Chỉ huy quân sự tỉnh)"},
}

// nameOf returns the Vietnamese name of this body of place p.
func (info *roleInfo) nameOf(p *placeRec) string {
	switch info.kind {
	case KindPartyCommittee:
		return p.partyName()
	case KindPeoplesCouncil:
		return "Hội đồng nhân dân " + p.inName()
	case KindPeoplesCommittee:
		return "Ủy ban nhân dân " + p.inName()
	case KindFatherlandFront:
		return "Ủy ban Mặt trận Tổ quốc Việt Nam " + p.inName()
	case KindNADelegation:
		return "Đoàn đại biểu Quốc hội " + p.inName()
	case KindStateOffice:
		return "Văn phòng Ủy ban nhân dân " + p.inName()
	case KindDepartment:
		return info.prefix + " " + p.inName()
	case KindPartyDelegation, KindPartyAffairsBoard, KindPartyOrganization, KindPartyCongress, KindCouncilStandingOffice,
		KindPeoplesCourt, KindPeoplesProcuracy, KindPolice, KindMilitaryCommand:
		return info.prefix + p.inName()
	case KindMassOrganization:
		if info.prefix == "" {
			return p.youthName()
		}
		return info.prefix + " " + p.inName()
	}
	return info.prefix + p.partyName()
}

// abbrevOf returns the name of this body of place p as text abbreviates it
// ("UBND tỉnh Khánh Hòa", "BTV Tỉnh ủy Ninh Bình"), or "" when it has no
// usual abbreviation.
func (info *roleInfo) abbrevOf(p *placeRec) string {
	switch {
	case info.abbr == "":
		return ""
	case info.kind.IsParty():
		return info.abbr + p.partyName()
	}
	return info.abbr + p.inName()
}

// englishOf returns the English name of this body of place p.
func (info *roleInfo) englishOf(p *placeRec) string {
	return info.englishFor(p.englishAttr(), p.englishName())
}

// englishFor returns the English name of this body of a place given as an
// attribute ("Khanh Hoa Provincial") and as a name ("Khanh Hoa Province").
// Either may be empty (a place of no single type, see [genericPlace]): the
// words that would hold it go too.
func (info *roleInfo) englishFor(attr, name string) string {
	var s string
	switch info.kind {
	case KindPartyCommittee:
		s = attr + " Party Committee"
	case KindPeoplesCouncil:
		s = attr + " People's Council"
	case KindPeoplesCommittee:
		s = attr + " People's Committee"
	case KindFatherlandFront:
		s = "Vietnam Fatherland Front Committee of " + name
	case KindNADelegation:
		s = "National Assembly Deputies' Delegation of " + name
	case KindStateOffice:
		s = "Office of the " + attr + " People's Committee"
	case KindPeoplesCourt, KindPeoplesProcuracy, KindPolice, KindMilitaryCommand:
		// "Ninh Binh Provincial People's Court", "Ha Noi City Police".
		s = attr + " " + info.english
	case KindDepartment:
		if strings.HasPrefix(name, "the ") {
			// A place named by its type alone: "Provincial Department of
			// Finance", not "Department of Finance of the Province".
			s = attr + " " + info.english
		} else {
			s = info.english + " of " + name
		}
	case KindPartyDelegation, KindPartyAffairsBoard, KindPartyOrganization, KindPartyCongress, KindCouncilStandingOffice:
		if info.kind == KindPartyDelegation && strings.HasSuffix(info.english, " of %s") {
			s = strings.Replace(info.english, "%s", name, 1)
		} else {
			s = strings.Replace(info.english, "%s", attr, 1)
		}
	case KindMassOrganization:
		if info.prefix == "" {
			s = attr + " " + info.english
		} else {
			s = info.english + " of " + name
		}
	default:
		s = info.english + attr + " Party Committee"
	}
	if attr == "" || name == "" {
		// "Party Committee", "Department of Construction": no place.
		s = strings.TrimSuffix(strings.Join(strings.Fields(s), " "), " of")
	}
	return s
}

// genericPlace returns a place of one of the types ts, named by its type
// alone, as an attribute ("Provincial", "District") and as a name ("the
// Province"); both "" when the types have different English words (Tỉnh
// and Thành phố trực thuộc Trung ương: Province, City).
func genericPlace(ts typeSet) (attr, name string) {
	for t := ptTinh; t < numPlaceTypes; t++ {
		if !ts.has(t) {
			continue
		}
		if name == "" {
			attr, name = t.englishAttr(), "the "+placeTypes[t].english
		} else if name != "the "+placeTypes[t].english {
			return "", ""
		}
	}
	return attr, name
}

// roleDeptBase is the first role of the departments of data/departments.tsv.
const roleDeptBase role = 64

// maxDepts bounds the departments so that their roles fit in a byte.
const maxDepts = 128

// info returns the description of role ro, or nil for none.
func (r *registry) info(ro role) *roleInfo {
	switch {
	case ro >= roleDeptBase:
		if i := int(ro - roleDeptBase); i < len(r.depts) {
			return &r.depts[i]
		}
	case ro > roleNone && ro < numRoles:
		return &roles[ro]
	}
	return nil
}

// allRoles returns the roles of places: the fixed ones, then the departments.
func (r *registry) allRoles() []role {
	out := make([]role, 0, int(numRoles)+len(r.depts))
	for ro := roleParty; ro < numRoles; ro++ {
		out = append(out, ro)
	}
	for i := range r.depts {
		out = append(out, roleDeptBase+role(i))
	}
	return out
}

func (r *registry) roleBySlug(s string) role {
	for _, ro := range r.allRoles() {
		if r.info(ro).slug == s {
			return ro
		}
	}
	return roleNone
}

// hcmcNoCouncil is when Thành phố Hồ Chí Minh had no people's council at
// quận and phường level (Nghị quyết 131/2020/QH14) until the district level
// ended.
var hcmcNoCouncil = span{from: mustDay("2021-07-01"), to: mustDay("2025-07-01")}

// roleSpan returns the validity of role ro of place p, and false when the
// place never had such a body.
func (r *registry) roleSpan(p *placeRec, ro role) (s span, act, endAct string, ok bool) {
	info := r.info(ro)
	if info == nil {
		return span{}, "", "", false
	}
	lv := placeTypes[p.typ].level
	if info.levels&(1<<lv) == 0 || lv == Commune && info.communes != 0 && !info.communes.has(p.typ) {
		// The đặc khu committees alone have a Ban Tổ chức and a Ban
		// Tuyên giáo và Dân vận (298-QĐ/TW).
		return span{}, "", "", false
	}
	if slices.Contains(info.except, p.code) {
		return span{}, "", "", false
	}
	s, ok = p.span.intersect(info.window)
	if !ok {
		return span{}, "", "", false
	}
	act, endAct = p.act, p.endAct
	if s.from != p.span.from {
		act = info.act
	}
	if s.to != p.span.to {
		endAct = info.endAct
	}
	if info.kind.IsParty() && endAct == "203/2025/QH15" {
		// The district-level Party organizations ended by the Party's
		// own resolution.
		endAct = "60-NQ/TW"
	}
	if (ro == roleCouncil || info.parentRole == roleCouncil) && r.inHCMC(p) && (p.typ == ptQuan || p.typ == ptPhuong) {
		// No council at all inside the years without one; a council
		// spanning 2021 ends then.
		if s.from != 0 && s.from >= hcmcNoCouncil.from {
			return span{}, "", "", false
		}
		if s.to == 0 || s.to > hcmcNoCouncil.from {
			s.to, s.toBy, endAct = hcmcNoCouncil.from, false, "131/2020/QH14"
		}
	}
	return s, act, endAct, true
}

// inHCMC reports whether a district or commune of before 1 July 2025 lies
// in Thành phố Hồ Chí Minh.
func (r *registry) inHCMC(p *placeRec) bool {
	for p.parent >= 0 {
		p = &r.places[p.parent]
	}
	return p.code == "79" && p.span.from == 0
}
