// Copyright 2026 The vnorg Authors. All rights reserved.

package document_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/vnorg/vnorg/document"
)

func ExampleParse() {
	c, err := document.Parse("15/2020/NĐ-CP")
	if err != nil {
		panic(err)
	}
	fmt.Println(c.System(), c.Number(), c.Year(), c.Type(), c.Issuer())
	fmt.Println(c.TypeName(), "của", c.IssuerName(time.Time{}))
	// Output:
	// state 15 2020 NĐ CP
	// Nghị định của Chính phủ
}

func ExampleParse_errors() {
	_, err := document.Parse("290-QĐ-TW")
	fmt.Println(err)
	fmt.Println(errors.Is(err, document.ErrSyntax))

	_, err = document.Parse("15/2020/XX-CP")
	var unknown *document.UnknownValueError
	fmt.Println(errors.As(err, &unknown), unknown.Kind, unknown.Value)

	_, err = document.Parse("80/2022/QH13")
	fmt.Println(err, errors.Is(err, document.ErrRange))
	// Output:
	// document: parse "290-QĐ-TW": want '/' between type and issuer (at "-TW")
	// true
	// true type XX
	// document: parse "80/2022/QH13": year outside the legislature term (at "QH13") true
}

func ExampleMode_Parse() {
	for _, s := range []string{"290-QĐ-TW", "217/QĐ-TW", "Số: 15 / 2020/ND-CP", "07-QĐI/TW", "2/2019/QÐ-UBND"} {
		c, fixes, err := document.Lenient.Parse(s)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-20s %-16s %s\n", s, c, fixes)
	}
	// Output:
	// 290-QĐ-TW            290-QĐ/TW        separator
	// 217/QĐ-TW            217-QĐ/TW        party_in_state_style
	// Số: 15 / 2020/ND-CP  15/2020/NĐ-CP    prefix,spaces,diacritics
	// 07-QĐI/TW            07-QĐi/TW        case
	// 2/2019/QÐ-UBND       02/2019/QĐ-UBND  lookalike,leading_zero
}

func ExampleCode_String() {
	c, _, _ := document.Lenient.Parse("8/Ttr-SYT")
	fmt.Println(c.String(), c.TypeName(), c.KnownIssuer())
	// Output: 08/TTr-SYT Tờ trình true
}

func ExampleCode_CaseKind() {
	for _, s := range []string{"Bản án số: 112/2024/HS-ST", "37/2023/QDST-HNGD"} {
		c, fixes, err := document.Lenient.Parse(s)
		if err != nil {
			panic(err)
		}
		fmt.Println(c, c.System(), c.TypeName(), c.CaseKind(), c.Proceeding(), fixes)
	}
	// Output:
	// 112/2024/HS-ST court Bản án HS ST prefix
	// 37/2023/QĐST-HNGĐ court Quyết định HNGĐ QĐST diacritics
}

func ExampleCode_IssuerName() {
	c := document.MustParse("06-KH/BDVTW")
	fmt.Printf("%q\n", c.IssuerName(time.Date(2020, 2, 19, 0, 0, 0, 0, time.UTC)))
	fmt.Printf("%q\n", c.IssuerName(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)))
	// Output:
	// "Ban Dân vận Trung ương"
	// ""
}

func ExampleParseReference() {
	d, _, err := document.ParseReference("Quyết định số 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Type, d.Code, d.Date.Format("2006-01-02"), d.Issuer)

	// The type word settles what the Party's QĐ leaves open.
	d, _, _ = document.ParseReference("Quy định số 37-QĐ/TW ngày 25 tháng 10 năm 2021")
	fmt.Println(d.Type, d.Code.TypeName(), d.Date.Format("2006-01-02"))
	// Output:
	// Quyết định 226-QĐ/TU 2019-03-12 Ban Thường vụ Tỉnh ủy
	// Quy định Quyết định 2021-10-25
}

func ExampleFind() {
	text := "Thực hiện Quyết định 290-QĐ-TW ngày 25/02/2010 của Bộ Chính trị và Nghị định\n" +
		"số 30/2020/NĐ-CP, ban hành ngày 5.3.2020, Chỉ thị 35 vẫn còn hiệu lực; gọi 0229.3871.555, tỉ số 2-1."
	for m := range document.Find(text) {
		fmt.Printf("%q %q %s\n", text[m.Start:m.End], m.Code, m.Type)
	}
	// Output:
	// "Quyết định 290-QĐ-TW" "290-QĐ/TW" Quyết định
	// "Nghị định\nsố 30/2020/NĐ-CP" "30/2020/NĐ-CP" Nghị định
	// "Chỉ thị 35" "" Chỉ thị
}
