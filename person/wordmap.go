// Copyright 2026 The vnorg Authors. All rights reserved.

package person

// A wordMap maps the words that follow a node of the lexicon (their keys,
// or the ways text writes them) to the next nodes. Most nodes have a few
// words after them, which a scan finds faster than a hash; the root has
// hundreds, which an open-addressing table finds with a cheap hash of the
// word's first bytes and length. The lexicon is looked up several times
// for every word of a mention, so this is a hot path. It is built once and
// only read afterwards.
type wordMap struct {
	keys  []string
	nodes []*trie
	slots []uint32 // 1 + index into keys, by hash, a power of two in length, at most half full; nil while the map is small
}

// smallWordMap is the size up to which a wordMap is scanned.
const smallWordMap = 8

// get returns the node of word k, or nil.
func (m *wordMap) get(k string) *trie {
	if m.slots == nil {
		for i, w := range m.keys {
			if len(w) == len(k) && w == k {
				return m.nodes[i]
			}
		}
		return nil
	}
	mask := uint32(len(m.slots) - 1)
	for i := wordHash(k) & mask; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s == 0 {
			return nil
		}
		if m.keys[s-1] == k {
			return m.nodes[s-1]
		}
	}
}

// set files node n under word k, which must not be there yet.
func (m *wordMap) set(k string, n *trie) {
	m.keys = append(m.keys, k)
	m.nodes = append(m.nodes, n)
	if len(m.keys) <= smallWordMap {
		return
	}
	if 2*len(m.keys) > len(m.slots) {
		size := 64
		for size < 4*len(m.keys) {
			size *= 2
		}
		m.slots = make([]uint32, size)
		for i := range m.keys[:len(m.keys)-1] {
			m.put(i)
		}
	}
	m.put(len(m.keys) - 1)
}

func (m *wordMap) put(i int) {
	mask := uint32(len(m.slots) - 1)
	for j := wordHash(m.keys[i]) & mask; ; j = (j + 1) & mask {
		if m.slots[j] == 0 {
			m.slots[j] = uint32(i + 1)
			return
		}
	}
}

// wordHash mixes the length and the first, second and last bytes of w.
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[min(1, n-1)])*0xC2B2AE3D ^ uint32(w[n-1])*0x27D4EB2F
	return h ^ h>>15
}
