// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordMap fills maps of every size through the change from a scan to a
// table and its growth, and finds each word, and no other.
func TestWordMap(t *testing.T) {
	for _, n := range []int{0, 1, smallWordMap, smallWordMap + 1, 33, 100, 1000} {
		var m wordMap[*trie]
		nodes := make([]*trie, n)
		for i := range n {
			nodes[i] = &trie{}
			m.set(fmt.Sprintf("từ%d", i), nodes[i])
		}
		for i := range n {
			got, ok := m.get(fmt.Sprintf("từ%d", i))
			assert.True(t, ok)
			assert.Same(t, nodes[i], got, "n=%d word %d", n, i)
		}
		for _, w := range []string{"", "từ", fmt.Sprintf("từ%d", n), "tu0"} {
			assert.False(t, m.has(w), "n=%d %q", n, w)
		}
	}
	// The root of the lexicon is a table, and finds its first words.
	lex := data().lex
	assert.NotNil(t, lex.next.slots)
	for _, k := range []string{"bí", "phó", "chủ", "ủy", "đồng"} {
		assert.True(t, lex.next.has(k), k)
	}
	assert.False(t, lex.next.has("xyz"))
}
