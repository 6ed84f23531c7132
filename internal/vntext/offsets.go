// Copyright 2026 The vnorg Authors. All rights reserved.

package vntext

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
// Letters and their marks are composed through a table (see appendNFC);
// norm reads what the table does not know.
func NFCOffsets(s string) (string, []int) {
	if isNFC(s) {
		return s, nil
	}
	off := make([]int, 0, len(s)+1)
	out := appendNFC(make([]byte, 0, len(s)), s, &off, 0)
	off = append(off, len(s))
	return string(out), off
}
