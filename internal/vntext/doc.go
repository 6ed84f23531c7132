// Copyright 2026 The vnorg Authors. All rights reserved.

// Package vntext holds the Unicode machinery that every vnorg package shares:
// NFC at public boundaries, repair of look-alike characters, diacritic folding
// and old/new tone placement, and the matching keys built from them.
//
// # Normal forms
//
// Vietnamese text arrives precomposed (NFC), decomposed (NFD), or mixed.
// [NFC] returns its input unchanged, without allocating, when it is already
// in NFC, which is the common case. Decomposed letters are composed through
// a table of the Latin letters (a letter and one or two marks at a time,
// about 7× the speed of x/text/unicode/norm on decomposed Vietnamese);
// norm reads whatever the table does not know, so the result is always
// norm's.
//
// # Look-alikes
//
// Real documents write Đ as Ð (U+00D0, the Icelandic eth), hyphens as en
// dashes or minus signs, and codes with full-width or Cyrillic capitals.
// [Repair] maps them to the intended characters and reports which classes it
// changed, so that callers can say exactly what they fixed.
//
// # Folding and tone placement
//
// [AppendFold] removes diacritics (Đ → D, ơ → o, ầ → a) through a generated
// table; it matches the x/text chain NFD → remove Mn → NFC plus đ → d, and
// appends into the caller's buffer without allocating. [AppendTone] moves
// tone marks from the old placement to the new one (hoà → hòa, uỷ → ủy) where
// the vowel pair ends the syllable. [AppendKey] combines these with lower
// casing and white-space folding into a key for comparing names.
//
// # Concurrency
//
// Every function of this package is stateless and safe for concurrent use by
// multiple goroutines. (The package never shares an x/text transformer,
// caser or collator, which are not.)
//
//go:generate go run gen.go -output tables.go
package vntext
