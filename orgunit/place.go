// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"strings"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A placeType is the type of an administrative unit, as the data files name it.
type placeType uint8

const (
	ptTinh placeType = 1 + iota
	ptTPTW
	ptQuan
	ptHuyen
	ptThiXa
	ptTPTinh
	ptTPTP
	ptPhuong
	ptXa
	ptThiTran
	ptDacKhu
	numPlaceTypes
)

type placeTypeInfo struct {
	key     string // in the data files
	level   Level
	kind    Kind
	word    string // the type word inside a body's name: "tỉnh", "thành phố"
	title   string // the type word starting the place's own name: "Tỉnh"
	party   string // the Party committee word: "Tỉnh ủy", "Đảng ủy xã"
	english string // "Province", "District"
}

var placeTypes = [numPlaceTypes]placeTypeInfo{
	ptTinh:    {"tinh", Province, KindProvince, "tỉnh", "Tỉnh", "Tỉnh ủy", "Province"},
	ptTPTW:    {"tp_tw", Province, KindCentralCity, "thành phố", "Thành phố", "Thành ủy", "City"},
	ptQuan:    {"quan", District, KindUrbanDistrict, "quận", "Quận", "Quận ủy", "District"},
	ptHuyen:   {"huyen", District, KindRuralDistrict, "huyện", "Huyện", "Huyện ủy", "District"},
	ptThiXa:   {"thi_xa", District, KindTown, "thị xã", "Thị xã", "Thị ủy", "Town"},
	ptTPTinh:  {"tp_tinh", District, KindProvincialCity, "thành phố", "Thành phố", "Thành ủy", "City"},
	ptTPTP:    {"tp_tp", District, KindMunicipalCity, "thành phố", "Thành phố", "Thành ủy", "City"},
	ptPhuong:  {"phuong", Commune, KindWard, "phường", "Phường", "Đảng ủy phường", "Ward"},
	ptXa:      {"xa", Commune, KindCommune, "xã", "Xã", "Đảng ủy xã", "Commune"},
	ptThiTran: {"thi_tran", Commune, KindTownship, "thị trấn", "Thị trấn", "Đảng ủy thị trấn", "Township"},
	ptDacKhu:  {"dac_khu", Commune, KindSpecialZone, "đặc khu", "Đặc khu", "Đảng ủy đặc khu", "Special Zone"},
}

func placeTypeByKey(s string) placeType {
	for i := ptTinh; i < numPlaceTypes; i++ {
		if placeTypes[i].key == s {
			return i
		}
	}
	return 0
}

// A typeSet is a set of place types.
type typeSet uint16

func typesOf(ts ...placeType) typeSet {
	var s typeSet
	for _, t := range ts {
		s |= 1 << t
	}
	return s
}

func (s typeSet) has(t placeType) bool { return s&(1<<t) != 0 }

const anyType typeSet = 1<<numPlaceTypes - 2

var (
	provinceTypes = typesOf(ptTinh, ptTPTW)
	communeTypes  = typesOf(ptPhuong, ptXa, ptThiTran, ptDacKhu)
	cityTypes     = typesOf(ptTPTW, ptTPTinh, ptTPTP)
)

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// fullName is the place's own name: "Tỉnh Khánh Hòa", "Quận 1".
func (p *placeRec) fullName() string {
	return placeTypes[p.typ].title + " " + p.name
}

// inName is the place as it follows a body's name: "tỉnh Khánh Hòa",
// "Quận 1", "Thành phố Hồ Chí Minh".
func (p *placeRec) inName() string {
	info := placeTypes[p.typ]
	if isDigits(p.name) || p.typ == ptTPTW && p.name == "Hồ Chí Minh" {
		return info.title + " " + p.name
	}
	return info.word + " " + p.name
}

// partyName is the name of the place's Party committee: "Tỉnh ủy Khánh
// Hòa", "Thành ủy Ninh Bình", "Đảng ủy xã Phú Mỹ", "Quận ủy Quận 1".
func (p *placeRec) partyName() string {
	info := placeTypes[p.typ]
	switch {
	case isDigits(p.name):
		if info.level == Commune {
			return "Đảng ủy " + info.title + " " + p.name
		}
		return info.party + " " + info.title + " " + p.name
	case p.typ == ptTPTW && p.name == "Hồ Chí Minh":
		return "Thành ủy Thành phố Hồ Chí Minh"
	}
	return info.party + " " + p.name
}

// youthName is the name of the place's Youth Union committee: "Tỉnh đoàn
// Ninh Bình", "Thành đoàn Hà Nội", "Huyện đoàn Kim Sơn".
func (p *placeRec) youthName() string {
	word := strings.Replace(placeTypes[p.typ].party, " ủy", " đoàn", 1)
	if isDigits(p.name) {
		return word + " " + placeTypes[p.typ].title + " " + p.name
	}
	if p.typ == ptTPTW && p.name == "Hồ Chí Minh" {
		return "Thành đoàn Thành phố Hồ Chí Minh"
	}
	return word + " " + p.name
}

// englishName is the place in English: "Khanh Hoa Province", "District 1".
func (p *placeRec) englishName() string {
	info := placeTypes[p.typ]
	if isDigits(p.name) {
		return info.english + " " + p.name
	}
	return vntext.Fold(p.name) + " " + info.english
}

// englishAttr is the place as an attribute: "Khanh Hoa Provincial",
// "Ha Noi City", "Kim Thanh District".
func (p *placeRec) englishAttr() string {
	if p.typ == ptTinh {
		return vntext.Fold(p.name) + " " + p.typ.englishAttr()
	}
	return p.englishName()
}

// englishAttr is the type as an attribute: "Provincial" for a province,
// else the type's English word ("District", "City").
func (t placeType) englishAttr() string {
	if t == ptTinh {
		return "Provincial"
	}
	return placeTypes[t].english
}
