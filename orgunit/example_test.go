// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit_test

import (
	"fmt"
	"time"

	"github.com/vnorg/vnorg/orgunit"
)

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func ExampleResolve() {
	// In July 2020 "Thành ủy Ninh Bình" was the committee of the
	// district-level city, under the provincial committee.
	res := orgunit.Resolve("Thành ủy Ninh Bình", day("2020-07-09"))
	u := res.Best()
	fmt.Println(u.Name(), "|", u.Level(), "|", u.Code())
	fmt.Println(u.English())
	fmt.Println("parent:", u.Parent().Name(), "|", u.Parent().Level())

	// "Thành ủy Hà Nội" is the committee of a centrally-run city.
	u = orgunit.Resolve("Thanh uy Ha Noi", day("2020-07-09")).Best()
	fmt.Println(u.Name(), "|", u.Level())
	// Output:
	// Thành ủy Ninh Bình | district | 369
	// Ninh Binh City Party Committee
	// parent: Tỉnh ủy Ninh Bình | province
	// Thành ủy Hà Nội | province
}

func ExampleResolve_elsewhere() {
	// The city of Ninh Bình was merged into Hoa Lư city on 1 January 2025,
	// so in 2026 the name denotes nothing in force; Elsewhere says what it
	// was and what it became.
	res := orgunit.Resolve("Thành ủy Ninh Bình", day("2026-01-15"))
	fmt.Println("found:", res.Found())
	for _, u := range res.Elsewhere {
		fmt.Println(u.Name(), "until", u.To().Format("2006-01-02"))
		for _, s := range u.Successors() {
			fmt.Println(" ", s.Relation, s.Unit.Name(), s.From.Format("2006-01-02"), s.Act)
		}
	}
	// Output:
	// found: false
	// Thành ủy Ninh Bình until 2025-01-01
	//   merged_into Thành ủy Hoa Lư 2025-01-01 1318/NQ-UBTVQH15
}

func ExampleResolve_highCourt() {
	// The high courts worked from 1 June 2015 to 30 June 2025; the Supreme
	// Court then took over their appeals.
	u := orgunit.Resolve("TAND cấp cao tại Đà Nẵng", day("2021-05-04")).Best()
	fmt.Println(u.Name(), "|", u.English(), "|", u.Parent().Name())
	res := orgunit.Resolve("TAND cấp cao tại Đà Nẵng", day("2025-09-01"))
	for _, s := range res.Elsewhere[0].Successors() {
		fmt.Println(s.Relation, s.Unit.Name(), s.From.Format("2006-01-02"), s.Act)
	}
	// Output:
	// Tòa án nhân dân cấp cao tại Đà Nẵng | High People's Court in Da Nang | Tòa án nhân dân tối cao
	// superseded_by Tòa án nhân dân tối cao 2025-07-01 81/2025/UBTVQH15
}

func ExampleResolve_abbreviations() {
	for _, name := range []string{"UBND tỉnh Khánh Hoà", "BTV Tỉnh ủy Quảng Ninh", "Ban Tổ chức T.Ư", "UBMTTQ tỉnh Đắk Lắk"} {
		u := orgunit.Resolve(name, day("2025-09-01")).Best()
		fmt.Printf("%s → %s (%s)\n", name, u.Name(), u.Kind())
	}
	// Output:
	// UBND tỉnh Khánh Hoà → Ủy ban nhân dân tỉnh Khánh Hòa (peoples_committee)
	// BTV Tỉnh ủy Quảng Ninh → Ban Thường vụ Tỉnh ủy Quảng Ninh (standing_board)
	// Ban Tổ chức T.Ư → Ban Tổ chức Trung ương (organization_commission)
	// UBMTTQ tỉnh Đắk Lắk → Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk (fatherland_front)
}

func ExampleWithContext() {
	// An article about Quảng Ninh says only "Ban Tổ chức Tỉnh ủy".
	qn := orgunit.Resolve("tỉnh Quảng Ninh", day("2022-01-01")).Best()
	u := orgunit.Resolve("Ban Tổ chức Tỉnh ủy", day("2022-01-01"), orgunit.WithContext(qn)).Best()
	fmt.Println(u.Name())
	// Output:
	// Ban Tổ chức Tỉnh ủy Quảng Ninh
}

func ExampleLookup() {
	u, ok := orgunit.Lookup("place/24@2025-07-01")
	fmt.Println(ok, u.Name(), u.From().Format("2006-01-02"), u.Act())
	old, _ := orgunit.Lookup("place/24")
	fmt.Println(old.Name(), old.To().Format("2006-01-02"))
	_, ok = orgunit.Lookup("place/99")
	fmt.Println(ok)
	// Output:
	// true Tỉnh Bắc Ninh 2025-07-01 202/2025/QH15
	// Tỉnh Bắc Giang 2025-07-01
	// false
}

func ExampleUnit_Successors() {
	u, _ := orgunit.Lookup("state/bo-tai-nguyen-moi-truong")
	for _, s := range u.Successors() {
		fmt.Println(s.Relation, s.Unit.Name(), s.From.Format("2006-01-02"), s.Act)
	}
	// Output:
	// merged_into Bộ Nông nghiệp và Môi trường 2025-03-01 176/2025/QH15
}

func ExamplePlaces() {
	count := func(at string) (provinces, communes int) {
		for u := range orgunit.Places(day(at)) {
			switch u.Level() {
			case orgunit.Province:
				provinces++
			case orgunit.Commune:
				communes++
			}
		}
		return
	}
	fmt.Println(count("2025-06-30"))
	fmt.Println(count("2025-07-01"))
	// Output:
	// 63 10035
	// 34 3321
}

func ExampleUnit_Bodies() {
	u, _ := orgunit.Lookup("place/37@2025-07-01")
	departments := 0
	for _, b := range u.Bodies() {
		if b.Kind() == orgunit.KindDepartment {
			departments++
			continue
		}
		fmt.Println(b.Name())
	}
	fmt.Println("and", departments, "departments (sở)")
	// Output:
	// Tỉnh ủy Ninh Bình
	// Đại hội đại biểu Đảng bộ tỉnh Ninh Bình
	// Ban Thường vụ Tỉnh ủy Ninh Bình
	// Thường trực Tỉnh ủy Ninh Bình
	// Ủy ban Kiểm tra Tỉnh ủy Ninh Bình
	// Ban Tổ chức Tỉnh ủy Ninh Bình
	// Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình
	// Ban Nội chính Tỉnh ủy Ninh Bình
	// Văn phòng Tỉnh ủy Ninh Bình
	// Hội đồng nhân dân tỉnh Ninh Bình
	// Thường trực Hội đồng nhân dân tỉnh Ninh Bình
	// Ủy ban nhân dân tỉnh Ninh Bình
	// Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình
	// Đoàn đại biểu Quốc hội tỉnh Ninh Bình
	// Văn phòng Ủy ban nhân dân tỉnh Ninh Bình
	// Đảng ủy Ủy ban nhân dân tỉnh Ninh Bình
	// Hội Liên hiệp Phụ nữ tỉnh Ninh Bình
	// Hội Nông dân tỉnh Ninh Bình
	// Hội Cựu chiến binh tỉnh Ninh Bình
	// Liên đoàn Lao động tỉnh Ninh Bình
	// Tỉnh đoàn Ninh Bình
	// Đảng ủy các cơ quan Đảng tỉnh Ninh Bình
	// Tòa án nhân dân tỉnh Ninh Bình
	// Viện kiểm sát nhân dân tỉnh Ninh Bình
	// Công an tỉnh Ninh Bình
	// Bộ Chỉ huy Quân sự tỉnh Ninh Bình
	// and 10 departments (sở)
}

func ExampleUnit_UnmarshalText() {
	var u orgunit.Unit
	err := u.UnmarshalText([]byte("place/00"))
	fmt.Println(err)
	// Output:
	// orgunit: unknown unit id "place/00"
}

func ExampleResult_Instead() {
	// Ban Tuyên giáo và Dân vận Trung ương did not exist in 2020: it was
	// formed on 3 February 2025 from two commissions in force then.
	res := orgunit.Resolve("Ban Tuyên giáo và Dân vận Trung ương", day("2020-07-09"))
	for _, x := range res.Instead() {
		fmt.Println(x.Unit.Name(), x.Relation, x.From.Format("2006-01-02"))
	}
	fmt.Println(res.Err())
	// Output:
	// Ban Tuyên giáo Trung ương merged_into 2025-02-03
	// Ban Dân vận Trung ương merged_into 2025-02-03
	// orgunit: "Ban Tuyên giáo và Dân vận Trung ương" names no unit in force on 2020-07-09: Ban Tuyên giáo và Dân vận Trung ương began on 2025-02-03; formed from Ban Tuyên giáo Trung ương, Ban Dân vận Trung ương
}

func ExampleUnit_Aliases() {
	for _, id := range []string{"party/tw/ban-dan-van", "place/56/peoples-committee", "place/369/standing-board"} {
		u, _ := orgunit.Lookup(id)
		fmt.Println(u.Name(), "→", u.Aliases())
	}
	// Output:
	// Ban Dân vận Trung ương → [Ban DVTW Ban Dân vận Trung ương Đảng]
	// Ủy ban nhân dân tỉnh Khánh Hòa → [UBND tỉnh Khánh Hòa]
	// Ban Thường vụ Thành ủy Ninh Bình → [BTV Thành ủy Ninh Bình]
}

func ExampleResult_Generic() {
	// "UBND tỉnh" names no province: without a context it resolves to
	// nothing, but says what kind of body it is.
	res := orgunit.Resolve("UBND tỉnh", day("2020-07-09"))
	kind, english, ok := res.Generic()
	fmt.Println(res.Found(), ok, kind, english)
	// Districts ended on 1 July 2025: a Huyện ủy named after that is not
	// a body that existed.
	_, _, ok = orgunit.Resolve("Huyện ủy", day("2025-09-01")).Generic()
	fmt.Println(ok)
	// Output:
	// false true peoples_committee Provincial People's Committee
	// false
}
