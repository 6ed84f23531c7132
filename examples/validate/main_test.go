// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunSample(t *testing.T) {
	var out, errb bytes.Buffer
	status := run(nil, strings.NewReader(sample), &out, &errb)
	assert.Equal(t, 1, status, "the sample has codes that must be rejected")
	got := out.String()
	for _, want := range []string{
		`OK     "226-QĐ/TU" → 226-QĐ/TU (party, Quyết định of Tỉnh ủy)`,
		`FIXED  "290-QĐ-TW" → 290-QĐ/TW (party, Quyết định of Ban Chấp hành Trung ương Đảng)`,
		`       fix separator: corrected a separator`,
		`FIXED  "Số: 15 / 2020/ND-CP" → 15/2020/NĐ-CP (state, Nghị định of Chính phủ)`,
		`       fix diacritics: restored the diacritics`,
		`       fix party_in_state_style: rewrote a Party code written in the State's form`,
		`       note: issuer "BQLDA" is not in the reference data`,
		`REJECT "15/2020/XX-CP"`,
		`       document: parse "15/2020/XX-CP": unknown type "XX" (at "XX-CP")`,
		`REJECT "ngày 12/3/2019"`,
		`FIXED  "Bản án số: 112/2024/HS-ST" → 112/2024/HS-ST (court, Bản án, case HS, proceeding ST)`,
		`FIXED  "58/2023/HNGD - ST" → 58/2023/HNGĐ-ST (court, Bản án, case HNGĐ, proceeding ST)`,
		`       note: a court's code does not name the court`,
		"13 filed, 3 rejected",
	} {
		assert.Contains(t, got, want)
	}
	assert.Empty(t, errb.String())
}

func TestRunAt(t *testing.T) {
	var out, errb bytes.Buffer
	status := run([]string{"--at", "2025-06-01", "06-KH/BDVTW"}, nil, &out, &errb)
	assert.Equal(t, 0, status)
	assert.Contains(t, out.String(), `warning: issuer "BDVTW" did not exist on 2025-06-01`)
	assert.Contains(t, out.String(), "1 filed, 0 rejected")

	assert.Equal(t, 2, run([]string{"--at", "June"}, nil, &out, &errb))
}
