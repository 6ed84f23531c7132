// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnorg/vnorg/internal/vntext"
)

// TestTokenKeys checks the fast paths of the tokenizer and of appendKey
// against vntext.Key: capitalized words, words in capitals, the old tone
// placement (hoà → hòa) and the u of qu, which keeps its tone (quá).
func TestTokenKeys(t *testing.T) {
	words := []string{
		"quá", "quả", "Quý", "QUÁ", "quỷ", "Quảng", "hoà", "Hoà", "HOÀ", "thuỷ", "Uỷ", "uỷ", "khoẻ",
		"hòa", "Ủy", "ủy", "Tỉnh", "TỈNH", "Đồng", "đồng", "ca\u0301c", "Ðồng", "T.Ư", "KH-ĐT", "Nguyễn",
	}
	for _, w := range words {
		want := vntext.Key(w, false)
		assert.Equal(t, want, string(appendKey(nil, w)), "appendKey(%q)", w)
		var z tokenizer
		z.tokenize(w, 0, len(w))
		require.Len(t, z.toks, 1, "tokens of %q", w)
		assert.Equal(t, want, z.toks[0].key, "token key of %q", w)
		if simpleForm(w) {
			// A simple word is its key, or its key capitalized.
			r := []rune(w)
			assert.Equal(t, want, string(append([]rune{toLower(r[0])}, r[1:]...)), "simpleForm(%q)", w)
		}
	}
}
