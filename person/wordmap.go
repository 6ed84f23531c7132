// Copyright 2026 The vnorg Authors. All rights reserved.

package person

// A wordMap maps the words that follow a node of the lexicon (their keys,
// or the ways text writes them) to the next nodes. Most nodes have a few
// words after them, which a scan finds faster than a hash; the root has
// hundreds, which an open-addressing table finds with a cheap hash of the
// word's first bytes and length. The lexicon is looked up several times
// for every word of a mention, so this is a hot path. It is built once and
// only read afterwards.
//
// A wordMap of struct{} is a set of words (see wordSet).
type wordMap[V any] struct {
	keys  []string
	vals  []V
	slots []uint32 // 1 + index into keys, by hash, a power of two in length, at most half full; nil while the map is small
}

// smallWordMap is the size up to which a wordMap is scanned.
const smallWordMap = 8

// A wordSet is a set of words.
type wordSet = wordMap[struct{}]

// index returns the index of word k in m.keys, or -1.
func (m *wordMap[V]) index(k string) int {
	if m.slots == nil {
		for i, w := range m.keys {
			if len(w) == len(k) && w == k {
				return i
			}
		}
		return -1
	}
	mask := uint32(len(m.slots) - 1)
	for i := wordHash(k) & mask; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s == 0 {
			return -1
		}
		if m.keys[s-1] == k {
			return int(s - 1)
		}
	}
}

// get returns the value of word k, and whether k is there.
func (m *wordMap[V]) get(k string) (V, bool) {
	if i := m.index(k); i >= 0 {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

// has reports whether word k is there.
func (m *wordMap[V]) has(k string) bool { return m.index(k) >= 0 }

// add adds word k with the zero value, unless it is there.
func (m *wordMap[V]) add(k string) {
	if !m.has(k) {
		var zero V
		m.set(k, zero)
	}
}

// set files v under word k, which must not be there yet.
func (m *wordMap[V]) set(k string, v V) {
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
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

func (m *wordMap[V]) put(i int) {
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
