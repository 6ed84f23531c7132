// Copyright 2026 The vnorg Authors. All rights reserved.

package person_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/vnorg/vnorg/person"
)

func ExampleParseName() {
	n, err := person.ParseName("Nguyễn Phước Lộc")
	if err != nil {
		panic(err)
	}
	fmt.Printf("family %s, middle %s, given %s\n", n.Family(), n.Middle(), n.Given())

	// An Ê Đê name writes the family name last.
	e := person.MustParseName("Y Thanh Hà Niê Kđăm")
	fmt.Printf("family %s, middle %s, given %s\n", e.Family(), e.Middle(), e.Given())
	// Output:
	// family Nguyễn, middle Phước, given Lộc
	// family Niê Kđăm, middle Y, given Thanh Hà
}

func ExampleName_Baptismal() {
	// A Catholic's baptismal name comes before the family name.
	n := person.MustParseName("Phêrô Trần Văn Khải")
	fmt.Printf("baptismal %s, family %s, middle %s, given %s\n", n.Baptismal(), n.Family(), n.Middle(), n.Given())
	// Output:
	// baptismal Phêrô, family Trần, middle Văn, given Khải
}

func ExampleSort() {
	names := []person.Name{
		person.MustParseName("Trần Văn Ân"),
		person.MustParseName("Lê Thị Anh"),
		person.MustParseName("Nguyễn Văn Ăn"),
		person.MustParseName("Phạm Minh Đức"),
		person.MustParseName("Bùi Văn Dũng"),
	}
	person.Sort(names)
	for _, n := range names {
		fmt.Println(n)
	}
	// Output:
	// Lê Thị Anh
	// Nguyễn Văn Ăn
	// Trần Văn Ân
	// Bùi Văn Dũng
	// Phạm Minh Đức
}

func ExampleParseTitle() {
	at := time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Phó trưởng Ban Dân vận Trung ương",
		"Trưởng Ban Tổ chức TW",
		"nguyên Phó Bí thư Thường trực Tỉnh ủy",
		"PCT UBND tỉnh",
	} {
		p, err := person.ParseTitle(s, person.At(at))
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s | %s | %s | %v\n", p.Title(), p.Rank(), p.Org(), p.ModifierSet().Strings())
	}
	// Output:
	// Phó trưởng Ban | deputy | Ban Dân vận Trung ương | []
	// Trưởng Ban | head | Ban Tổ chức TW | []
	// Phó Bí thư Thường trực | deputy | Tỉnh ủy | [former]
	// PCT | deputy | UBND tỉnh | []
}

func ExampleParseTitle_errors() {
	_, err := person.ParseTitle("Nguyễn Văn An")
	fmt.Println(err)
	var pe *person.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Func, errors.Is(err, person.ErrSyntax))
	}
	// Output:
	// person: ParseTitle "Nguyễn Văn An": not recognized: want an office (at "Nguyễn Văn An")
	// ParseTitle true
}

func ExampleParseMention() {
	m, err := person.ParseMention("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình")
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Honorific, "|", m.Name)
	for _, ms := range m.Memberships {
		fmt.Println(ms.Text(), "=", ms.Expansion())
	}
	for _, p := range m.Positions {
		fmt.Println(p.Title(), "|", p.Org())
	}
	// Output:
	// đồng chí | Lê Hữu Quý
	// TVTU = Ủy viên Ban Thường vụ Tỉnh ủy
	// Bí thư | Thành ủy Ninh Bình
}

func ExampleFind() {
	text := "Tiếp đoàn có ông Lê Quốc Hưng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; " +
		"cùng các Phó Chủ tịch UBND tỉnh: Hoàng Minh Đức và Vũ Thị Hạnh."
	for m := range person.Find(text) {
		fmt.Printf("%d:%d %s\n", m.Start, m.End, m.Mention.Name)
		for _, p := range m.Mention.Positions {
			fmt.Printf("  %s | %s\n", p.Title(), p.Org())
		}
	}
	// Output:
	// 18:112 Lê Quốc Hưng
	//   Phó Bí thư Thường trực | Huyện ủy
	//   Chủ tịch | HĐND huyện
	// 156:174 Hoàng Minh Đức
	//   Phó Chủ tịch | UBND tỉnh
	// 179:195 Vũ Thị Hạnh
	//   Phó Chủ tịch | UBND tỉnh
}

// Find reads text written without diacritics, names in capitals and
// headlines as well.
func ExampleFind_messyText() {
	for _, text := range []string{
		"Giao ong Nguyen Van Tam, Chanh Van phong HDND va UBND huyen, theo doi thuc hien.",
		"Điều 1. Bổ nhiệm ông TRẦN VĂN BÌNH, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính.",
		"BÍ THƯ TỈNH ỦY LÊ VĂN AN TIẾP XÚC CỬ TRI",
	} {
		for m := range person.Find(text, person.At(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))) {
			p := m.Mention.Positions[0]
			fmt.Printf("%s | %s | %s | %s\n", m.Mention.Name, p.Title(), p.Org(), p.English())
		}
	}
	// Output:
	// Nguyen Van Tam | Chanh Van phong | Van phong HDND va UBND huyen | Chief of Van phong HDND va UBND huyen
	// TRẦN VĂN BÌNH | Phó Giám đốc | Sở Tài chính | Deputy Director of the Department of Finance
	// LÊ VĂN AN | BÍ THƯ | TỈNH ỦY | Secretary of the Provincial Party Committee
}

func ExampleExportPopolo() {
	m := person.MustParseMention("ông Lê Quốc Hưng, Tỉnh ủy viên, Chủ tịch HĐND thành phố")
	out := person.ExportPopolo([]person.Record{{Mention: m, Start: time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC)}})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out.Persons); err != nil {
		panic(err)
	}
	fmt.Println(len(out.Memberships), out.Memberships[0].Label, out.Memberships[0].StartDate)
	// Output:
	// [
	//  {
	//   "id": "person:le-quoc-hung",
	//   "name": "Lê Quốc Hưng",
	//   "family_name": "Lê",
	//   "given_name": "Hưng",
	//   "additional_name": "Quốc",
	//   "sort_name": "Hưng Quốc Lê"
	//  }
	// ]
	// 2 Chủ tịch HĐND thành phố 2021-06-01
}

func ExamplePosition_Unit() {
	p := person.MustParseTitle("Phó trưởng Ban Dân vận Trung ương", person.At(time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)))
	u := p.Unit()
	fmt.Println(u.Name(), "until", u.To().Format("2006-01-02"))
	fmt.Println(p.English())

	// After the merger the words remain, the unit does not resolve.
	later := person.MustParseTitle("Phó trưởng Ban Dân vận Trung ương", person.At(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(later.Org(), later.Unit().IsValid())
	// Output:
	// Ban Dân vận Trung ương until 2025-02-03
	// Deputy Head of the Party Central Committee's Commission for Mass Mobilization
	// Ban Dân vận Trung ương false
}

func ExampleMention_English() {
	m := person.MustParseMention("đồng chí Lê Hữu Quý, TVTU, Bí thư Thành ủy Ninh Bình", person.At(time.Date(2020, 7, 9, 0, 0, 0, 0, time.UTC)))
	fmt.Println(m.English())
	// Output:
	// Secretary of the Ninh Binh City Party Committee, member of the Standing Board of the Provincial Party Committee
}
