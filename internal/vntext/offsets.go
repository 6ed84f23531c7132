// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

import "golang.org/x/text/unicode/norm"

// NFCOffsets returns s in NFC and, for each byte offset i of the result
// (0 <= i <= len(result)), off[i], the offset in s of the start of the
// normalization segment that byte i comes from. An offset of the result at
// a segment boundary (before a base letter, a digit, a space or a
// punctuation mark) maps to the offset of the same boundary in s, so a span
// found in the result maps back to the span of s that reads the same
// (off[end] for an end offset). It lets a reader that understands only NFC
// report offsets into decomposed text. When s is already in NFC the result
// is s and off is nil: offsets are the same. Invalid UTF-8 is passed
// through, and the marks right after it may be left as they are.
func NFCOffsets(s string) (string, []int) {
	if isNFC(s) {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	off := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		k := len(out)
		out = norm.NFC.AppendString(out, s[i:i+n])
		for range len(out) - k {
			off = append(off, i)
		}
		i += n
	}
	off = append(off, len(s))
	return string(out), off
}
