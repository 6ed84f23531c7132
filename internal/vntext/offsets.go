// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFCOffsets returns s in NFC and, for each byte offset i of the result
// (0 <= i <= len(result)), off[i], an offset in s that reads the same: where
// normalization changed a segment (a base letter and its marks), every byte
// of the segment's result maps to the segment's start in s; elsewhere a
// byte maps to the start of its character in s. An offset of the result at
// a character boundary therefore maps to the same boundary in s, so a span
// found in the result maps back to the span of s that reads the same
// (off[end] for an end offset). It lets a reader that understands only NFC
// report offsets into decomposed text. When s is already in NFC the result
// is s and off is nil: offsets are the same. Invalid UTF-8 is passed
// through, and the marks right after it may be left as they are.
//
// The text is read with one [norm.Iter], which hands over runs already in
// NFC whole: the cost is a copy for those and a normalization for the
// segments that change, with three allocations in all.
func NFCOffsets(s string) (string, []int) {
	if isNFC(s) {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	off := make([]int, 0, len(s)+1)
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		p := it.Pos()
		seg := it.Next()
		q := it.Pos()
		out = append(out, seg...)
		if string(seg) != s[p:q] {
			for range seg {
				off = append(off, p)
			}
			continue
		}
		start := p
		for j := p; j < q; j++ {
			if !utf8.RuneStart(s[j]) {
				off = append(off, start)
				continue
			}
			start = j
			off = append(off, j)
		}
	}
	off = append(off, len(s))
	return string(out), off
}
