// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseName(t *testing.T) {
	tests := []struct {
		in                    string
		family, middle, given string
		baptismal             string
		familyLast            bool
		wantErr               error
	}{
		{in: "Nguyễn Phước Lộc", family: "Nguyễn", middle: "Phước", given: "Lộc"},
		{in: "Lê Hữu Quý", family: "Lê", middle: "Hữu", given: "Quý"},
		{in: "Tô Lâm", family: "Tô", given: "Lâm"},
		{in: "Trương Thị Ngọc Ánh", family: "Trương", middle: "Thị Ngọc", given: "Ánh"},
		{in: "Hầu A Lềnh", family: "Hầu", middle: "A", given: "Lềnh"},
		{in: "  Đặng   Xuân Phong ", family: "Đặng", middle: "Xuân", given: "Phong"},
		// Compound family names, kept whole.
		{in: "Tôn Thất Bách", family: "Tôn Thất", given: "Bách"},
		{in: "Tôn Nữ Thị Ninh", family: "Tôn Nữ", middle: "Thị", given: "Ninh"},
		{in: "Âu Dương Lân", family: "Âu Dương", given: "Lân"},
		// Âu alone is a family of its own.
		{in: "Âu Thế Thái", family: "Âu", middle: "Thế", given: "Thái"},
		// Two words that could be a compound family are a family and a given name.
		{in: "Tôn Thất", family: "Tôn", given: "Thất"},
		// Ê Đê names: family last.
		{in: "Y Thanh Hà Niê Kđăm", family: "Niê Kđăm", middle: "Y", given: "Thanh Hà", familyLast: true},
		{in: "H'Hen Niê", family: "Niê", given: "H'Hen", familyLast: true},
		{in: "Y Bih Mlô", family: "Mlô", middle: "Y", given: "Bih", familyLast: true},
		// A family not in the data: the last word.
		{in: "Y Ngông Buôn Krông", family: "Krông", middle: "Y", given: "Ngông Buôn", familyLast: true},
		// A baptismal name before the family name.
		{in: "Phêrô Trần Văn Khải", baptismal: "Phêrô", family: "Trần", middle: "Văn", given: "Khải"},
		{in: "Giuse Nguyễn Năng", baptismal: "Giuse", family: "Nguyễn", given: "Năng"},
		// Not before a family that opens the name, nor in a name of two words.
		{in: "Rơ Mah Thuận", family: "Rơ Mah", given: "Thuận"},
		{in: "Giuse Nguyễn", family: "Giuse", given: "Nguyễn"},
		// Korean romanization: the given name joins its syllables with a hyphen.
		{in: "Park Jun-ho", family: "Park", given: "Jun-ho"},
		{in: "Xay-nha-vông Phết", wantErr: ErrSyntax},
		{in: "Park Jun-Ho", wantErr: ErrSyntax},
		// Decomposed input is put in NFC.
		{in: "Nguye\u0302\u0303n Va\u0306n An", family: "Nguyễn", middle: "Văn", given: "An"},
		{in: "", wantErr: ErrEmpty},
		{in: "Lâm", wantErr: ErrSyntax},
		{in: "nguyễn văn an", wantErr: ErrSyntax},
		{in: "Nguyễn Văn 3", wantErr: ErrSyntax},
		{in: "Nguyễn, Văn An", wantErr: ErrSyntax},
	}
	for _, tt := range tests {
		n, err := ParseName(tt.in)
		if tt.wantErr != nil {
			require.Error(t, err, "ParseName(%q)", tt.in)
			assert.ErrorIs(t, err, tt.wantErr, "ParseName(%q)", tt.in)
			var pe *ParseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, "ParseName", pe.Func)
			assert.Equal(t, tt.in, pe.Input)
			assert.Equal(t, Name{}, n, "ParseName(%q) returns the zero Name on error", tt.in)
			continue
		}
		require.NoError(t, err, "ParseName(%q)", tt.in)
		assert.Equal(t, tt.family, n.Family(), "ParseName(%q).Family()", tt.in)
		assert.Equal(t, tt.middle, n.Middle(), "ParseName(%q).Middle()", tt.in)
		assert.Equal(t, tt.given, n.Given(), "ParseName(%q).Given()", tt.in)
		assert.Equal(t, tt.baptismal, n.Baptismal(), "ParseName(%q).Baptismal()", tt.in)
		assert.Equal(t, tt.familyLast, n.FamilyLast(), "ParseName(%q).FamilyLast()", tt.in)
		// String gives the name back, and parses to the same Name.
		again, err := ParseName(n.String())
		require.NoError(t, err)
		assert.Equal(t, n, again, "ParseName(ParseName(%q).String())", tt.in)
	}
}

func TestParseNameErrorMessage(t *testing.T) {
	_, err := ParseName("Lâm")
	assert.EqualError(t, err, `person: ParseName "Lâm": not recognized: want a family name and a given name (at "Lâm")`)
	_, err = ParseName("")
	assert.EqualError(t, err, `person: ParseName "": empty input`)
}

func TestNameText(t *testing.T) {
	n := MustParseName("Nguyễn Phước Lộc")
	b, err := n.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "Nguyễn Phước Lộc", string(b))
	var m Name
	require.NoError(t, m.UnmarshalText(b))
	assert.Equal(t, n, m)
	require.NoError(t, m.UnmarshalText(nil))
	assert.Equal(t, Name{}, m)
	assert.False(t, m.IsValid())
	assert.Equal(t, "", m.String())
	assert.Error(t, m.UnmarshalText([]byte("x")))
}

func TestCompareSort(t *testing.T) {
	// One ordered list: by given name, then middle, then family, with
	// Vietnamese collation (Anh < Ăn < Ân, d < đ, o < ô < ơ, u < ư).
	ordered := []string{
		"Trần Văn Anh",
		"Lê Văn Ăn",
		"Nguyễn Văn Ân",
		"Phạm Thị Dung",
		"Bùi Văn Đông",
		"Lê Thị Hoa",
		"Nguyễn Thị Hoa",
		"Đỗ Văn Ngọc Hoa",
		"Hồ Văn Oanh",
		"Vũ Văn Ôn",
		"Lý Văn Ơn",
		"Phan Văn Út",
		"Mai Văn Ưng",
	}
	names := make([]Name, len(ordered))
	for i, s := range ordered {
		names[i] = MustParseName(s)
	}
	c := NewCollator()
	for i := range names {
		for j := range names {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			assert.Equal(t, want, c.Compare(names[i], names[j]), "Compare(%q, %q)", ordered[i], ordered[j])
		}
	}
	assert.Equal(t, -1, Compare(Name{}, names[0]), "the zero Name sorts first")
	shuffled := slices.Clone(names)
	slices.Reverse(shuffled)
	shuffled[0], shuffled[5] = shuffled[5], shuffled[0]
	Sort(shuffled)
	assert.Equal(t, names, shuffled)
}

func TestSortConcurrent(t *testing.T) {
	// Each Sort has its own collator, so concurrent sorts are safe (run with -race).
	done := make(chan bool)
	for range 4 {
		go func() {
			ns := []Name{MustParseName("Lê Văn Ăn"), MustParseName("Trần Văn Anh"), MustParseName("Nguyễn Văn Ân")}
			Sort(ns)
			done <- ns[0].Given() == "Anh" && ns[2].Given() == "Ân"
		}()
	}
	for range 4 {
		assert.True(t, <-done)
	}
}
