// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

// Load64 reads the first eight bytes of s, little-endian: the word that
// scanners test eight bytes at a time (see document.Find, person.Find). The
// compiler turns it into one load. s must have eight bytes or more.
func Load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
