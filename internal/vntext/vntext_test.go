// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// vietnameseLetters is every letter of the Vietnamese alphabet with every
// tone, in both cases: the 12 vowel letters times 6 tones, plus the
// consonants that carry a mark (đ).
func vietnameseLetters() []rune {
	var out []rune
	vowels := "aăâeêioôơuưy"
	marks := []rune{0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323}
	for _, v := range vowels {
		for _, m := range marks {
			for _, c := range []rune{v, unicode.ToUpper(v)} {
				s := string(c)
				if m != 0 {
					s += string(m)
				}
				r, _ := utf8.DecodeRuneInString(norm.NFC.String(s))
				out = append(out, r)
			}
		}
	}
	return append(out, 'đ', 'Đ')
}

// slowFold is the definition AppendFold must agree with: the x/text chain
// NFD → remove Mn → NFC, plus Đ → D and đ → d, which that chain leaves alone.
func slowFold(s string) string {
	chain := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(chain, s)
	if err != nil {
		panic(err)
	}
	return strings.NewReplacer("Đ", "D", "đ", "d").Replace(out)
}

func TestFoldMatchesXText(t *testing.T) {
	letters := vietnameseLetters()
	require.Len(t, letters, 12*6*2+2)
	for _, r := range letters {
		assert.Equal(t, slowFold(string(r)), Fold(string(r)), "Fold(%q)", r)
	}
	// Every rune of the two tables, not only Vietnamese letters.
	for _, block := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			if r == 0xD0 || r == 0xF0 {
				continue // look-alikes of Đ/đ, folded on purpose
			}
			want := slowFold(string(r))
			if len(want) != 1 {
				want = string(r) // no single ASCII letter: kept as it is
			}
			assert.Equal(t, want, Fold(string(r)), "Fold(%U)", r)
		}
	}
	for _, s := range sampleSentences {
		assert.Equal(t, slowFold(s), Fold(s), "Fold(%q)", s)
		// Decomposed input folds like precomposed input.
		assert.Equal(t, Fold(s), Fold(norm.NFD.String(s)), "Fold(NFD(%q))", s)
	}
}

// Sentences written for these tests, in the style of provincial news items.
var sampleSentences = []string{
	"Đồng chí Trần Văn Hưởng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu.",
	"Ủy ban nhân dân tỉnh Khánh Hòa ban hành Quyết định số 05/QĐ-UBND ngày 9/1/2025.",
	"Thực hiện Nghị quyết số 18-NQ/TW về tinh gọn bộ máy, Đảng ủy xã Phú Mỹ họp phiên thường kỳ.",
	"Hội đồng nhân dân thành phố thông qua nghị quyết về quy hoạch khu đô thị mới Ngũ Hành Sơn.",
	"Chủ tịch Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk thăm hỏi đồng bào Ê Đê ở buôn Ako Dhông.",
}

func TestFoldAllocs(t *testing.T) {
	buf := make([]byte, 0, 1024)
	s := strings.Join(sampleSentences, " ")
	allocs := testing.AllocsPerRun(100, func() {
		buf = AppendFold(buf[:0], s)
	})
	assert.Zero(t, allocs, "AppendFold allocations")
	allocs = testing.AllocsPerRun(100, func() {
		buf = AppendKey(buf[:0], s, true)
		buf = AppendKey(buf[:0], s, false)
	})
	assert.Zero(t, allocs, "AppendKey allocations on NFC input")
	allocs = testing.AllocsPerRun(100, func() {
		_ = NFC(s)
		_, _ = Repair(s, All)
		_ = Tone(sampleSentences[0])
	})
	assert.Zero(t, allocs, "NFC, Repair, Tone allocations when nothing changes")
}

func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("Thành ủy Ninh Bình")
	assert.NotEqual(t, "Thành ủy Ninh Bình", nfd)
	assert.Equal(t, "Thành ủy Ninh Bình", NFC(nfd))
	assert.Equal(t, "Thành ủy Ninh Bình", string(AppendNFC([]byte(nil), nfd)))
	assert.Equal(t, "abc\xff", NFC("abc\xff"))
}

func TestTone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"Hoà Bình", "Hòa Bình"},
		{"HOÀ BÌNH", "HÒA BÌNH"},
		{"Uỷ ban", "Ủy ban"},
		{"UỶ BAN", "ỦY BAN"},
		{"Thuỷ lợi", "Thủy lợi"},
		{"khoẻ", "khỏe"},
		{"thoả thuận", "thỏa thuận"},
		{"Khánh Hoà,", "Khánh Hòa,"},
		// The pair does not end the syllable: nothing moves.
		{"Hoàng", "Hoàng"},
		{"khuỷu tay", "khuỷu tay"},
		{"hoạch", "hoạch"},
		// qu + y: the u belongs to the consonant.
		{"quý", "quý"},
		{"Quỳnh", "Quỳnh"},
		{"Quý", "Quý"},
		// Already new placement, or nothing to do.
		{"hòa", "hòa"},
		{"Ủy ban", "Ủy ban"},
		{"", ""},
		{"\xffoà", "\xffòa"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Tone(tt.in), "Tone(%q)", tt.in)
		assert.Equal(t, tt.want, string(AppendTone(nil, tt.in)), "AppendTone(%q)", tt.in)
	}
}

func TestRepair(t *testing.T) {
	tests := []struct {
		in   string
		mask Mask
		want string
		got  Mask
	}{
		{"290-QÐ/TW", All, "290-QĐ/TW", Eth},
		{"ðảng", Text, "đảng", Eth},
		{"15/2020/NĐ–CP", All, "15/2020/NĐ-CP", Dashes},
		{"15/2020/NĐ−CP", All, "15/2020/NĐ-CP", Dashes},
		{"１５/ＱĐ-ＵＢＮＤ", All, "15/QĐ-UBND", Wide},
		{"123/QĐ-UВND", All, "123/QĐ-UBND", Cyrillic},
		{"123/QĐ-UВND", Text, "123/QĐ-UВND", 0},
		{"Số:\u00a015", All, "Số: 15", Spaces},
		{"15\u200b/QĐ", All, "15/QĐ", Spaces},
		{"QÐ–TW", Eth, "QĐ–TW", Eth},
		{"already fine", All, "already fine", 0},
		{"bad\xffbyte Ð", All, "bad\xffbyte Đ", Eth},
		// Dropping the zero-width space would join the stray bytes around
		// it into "Ｌ", a character the text never held.
		{"\xef\xbc\u200b\xac0", All, "\xef\xbc\u200b\xac0", 0},
		{"\xef\xbc\u200b\u200b\xac0", All, "\xef\xbc\u200b\xac0", Spaces},
	}
	for _, tt := range tests {
		got, m := Repair(tt.in, tt.mask)
		assert.Equal(t, tt.want, got, "Repair(%q, %v)", tt.in, tt.mask)
		assert.Equal(t, tt.got, m, "Repair(%q, %v) mask", tt.in, tt.mask)
	}
}

func TestKey(t *testing.T) {
	same := [][]string{
		{"Thành ủy Ninh Bình", "THÀNH ỦY NINH BÌNH", "Thành uỷ  Ninh Bình", norm.NFD.String("Thành ủy Ninh Bình"), " thành ủy\nninh bình "},
		{"Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà"},
		{"Đảng ủy", "Ðảng ủy"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			assert.Equal(t, Key(group[0], false), Key(s, false), "Key(%q) vs Key(%q)", group[0], s)
			assert.True(t, EqualFold(group[0], s, false), "EqualFold(%q, %q)", group[0], s)
		}
	}
	assert.Equal(t, "thanh uy ninh binh", Key("Thanh uy Ninh Binh", true))
	assert.Equal(t, "thanh uy ninh binh", Key("Thành Ủy Ninh Bình", true))
	assert.True(t, EqualFold("Thanh uy Ninh Binh", "Thành ủy Ninh Bình", true))
	assert.False(t, EqualFold("Thanh uy Ninh Binh", "Thành ủy Ninh Bình", false))
	assert.False(t, EqualFold("Ban Dân vận", "Ban Tuyên giáo", true))
	assert.Equal(t, "", Key("   ", false))
}

// TestConcurrent runs every function from many goroutines at once; run it
// with -race (CI does).
func TestConcurrent(t *testing.T) {
	s := strings.Join(sampleSentences, " ")
	want := [4]string{Fold(s), Key(s, true), Key(s, false), Tone("Uỷ ban hoà giải")}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 0, 512)
			for range 200 {
				got := [4]string{string(AppendFold(buf[:0], s)), Key(s, true), Key(s, false), Tone("Uỷ ban hoà giải")}
				if got != want {
					t.Errorf("concurrent result %q, want %q", got, want)
					return
				}
				_ = NFC(norm.NFD.String(s))
			}
		}()
	}
	wg.Wait()
}

func FuzzKey(f *testing.F) {
	for _, s := range sampleSentences {
		f.Add(s)
	}
	f.Add("Uỷ ban hoà giải quý khuỷu")           // old tone placement, exceptions
	f.Add(norm.NFD.String("Thành ủy Ninh Bình")) // decomposed
	f.Add("290-QÐ–TW\u00a0\u200b１５ＵВ")           // look-alikes of every class
	f.Add("\xff\xfe invalid \xc3")               // invalid UTF-8
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s, false)
		if k2 := Key(k, false); k2 != k && utf8.ValidString(s) {
			t.Errorf("Key not idempotent: Key(%q) = %q, Key of that = %q", s, k, k2)
		}
		fk := Key(s, true)
		if utf8.ValidString(s) && Key(fk, true) != fk {
			t.Errorf("folded Key not idempotent for %q", s)
		}
		if utf8.ValidString(s) && Key(k, true) != fk {
			t.Errorf("Key(Key(%q, false), true) = %q, want %q", s, Key(k, true), fk)
		}
		for _, r := range fk {
			if FoldRune(r) != 0 {
				t.Errorf("folded key %q of %q keeps %q", fk, s, r)
			}
		}
		if utf8.ValidString(s) {
			folded := Fold(NFC(s))
			if want := slowFold(NFC(s)); folded != want && !strings.ContainsAny(s, "Ðð") && !hasUnfoldableMark(s) {
				t.Errorf("Fold(%q) = %q, x/text gives %q", s, folded, want)
			}
		}
		r, m := Repair(s, All)
		if r2, m2 := Repair(r, All); r2 != r || m2 != 0 {
			t.Errorf("Repair not idempotent on %q: %q then %q (%v)", s, r, r2, m2)
		}
		if m == 0 && r != s {
			t.Errorf("Repair(%q) changed text but reported no class", s)
		}
	})
}

// hasUnfoldableMark reports whether s holds a nonspacing mark that the x/text
// chain removes but AppendFold keeps on purpose (marks outside U+0300..U+036F,
// on letters outside the Latin tables).
func hasUnfoldableMark(s string) bool {
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) && !(r >= 0x0300 && r <= 0x036F) {
			return true
		}
		if unicode.Is(unicode.Mn, r) {
			// A combining mark on a base outside the tables (Greek, Cyrillic...)
			// is removed by AppendFold too, so it agrees.
			continue
		}
	}
	// Precomposed letters outside the tables that decompose (Greek ά, Cyrillic й)
	for _, r := range s {
		if r >= utf8.RuneSelf && FoldRune(r) == 0 && norm.NFD.String(string(r)) != string(r) {
			return true
		}
	}
	return false
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, s := range sampleSentences {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func BenchmarkFold(b *testing.B) {
	text := benchText()
	b.Run("table", func(b *testing.B) {
		buf := make([]byte, 0, len(text))
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			buf = AppendFold(buf[:0], text)
		}
	})
	b.Run("xtext-chain", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			_ = slowFold(text)
		}
	})
	b.Run("utf8.Valid", func(b *testing.B) {
		bs := []byte(text)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			_ = utf8.Valid(bs)
		}
	})
}

func BenchmarkKey(b *testing.B) {
	buf := make([]byte, 0, 128)
	for _, name := range []string{"Ban Thường vụ Thành ủy Ninh Bình", "Uỷ ban nhân dân tỉnh Khánh Hoà"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf = AppendKey(buf[:0], name, true)
			}
		})
	}
}
