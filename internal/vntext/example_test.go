// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext_test

import (
	"fmt"

	"github.com/vnorg/vnorg/internal/vntext"
)

func ExampleFold() {
	fmt.Println(vntext.Fold("Đảng ủy xã Phú Mỹ"))
	// Output: Dang uy xa Phu My
}

func ExampleRepair() {
	s, fixed := vntext.Repair("290-QÐ–TW", vntext.All)
	fmt.Println(s, fixed&vntext.Eth != 0, fixed&vntext.Dashes != 0)
	// Output: 290-QĐ-TW true true
}

func ExampleKey() {
	fmt.Println(vntext.Key("UỶ BAN NHÂN DÂN tỉnh Khánh Hoà", false))
	fmt.Println(vntext.Key("Thanh uy Ninh Binh", true) == vntext.Key("Thành ủy Ninh Bình", true))
	// Output:
	// ủy ban nhân dân tỉnh khánh hòa
	// true
}
