// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"iter"
	"strings"
)

// A Fix is one kind of change that lenient parsing made to read a code. Its
// [Fix.String] is a stable snake_case name, used in JSON.
type Fix uint8

const (
	// FixNFC: the input was not in Unicode normalization form C.
	FixNFC Fix = iota + 1
	// FixLookalike: a look-alike character was replaced: Ð (U+00D0) by Đ,
	// a full-width or Cyrillic capital by its ASCII letter.
	FixLookalike
	// FixDash: an en dash, em dash, minus sign or other dash became '-'.
	FixDash
	// FixPrefix: a prefix such as "Số:", "số" or "Luật số:" was removed.
	FixPrefix
	// FixSpaces: spaces around a separator, or Unicode spaces, were removed.
	FixSpaces
	// FixMissingHyphen: the hyphen between the number and the type was
	// missing (37QĐ/TW, 84 QĐ/TWĐTN).
	FixMissingHyphen
	// FixSeparator: a separator was wrong (290-QĐ-TW → 290-QĐ/TW,
	// 01/QCPH/UBND-UBMTTQ → 01/QCPH-UBND-UBMTTQ).
	FixSeparator
	// FixPartyInStateStyle: a Party code was written in the State's form
	// (217/QĐ-TW → 217-QĐ/TW); the issuer decides the system, unless the
	// type is one only the State issues (25/CĐ-TW stays).
	FixPartyInStateStyle
	// FixStateInPartyStyle: a State code was written in the Party's form
	// (03-NQ/CP → 03/NQ-CP).
	FixStateInPartyStyle
	// FixLeadingZero: a number below 10 lacked its leading zero, or a
	// number had extra ones (7 → 07, 005 → 05).
	FixLeadingZero
	// FixCase: an abbreviation was not in its official case (nq/tw → NQ/TW,
	// QĐI → QĐi, Ttr → TTr).
	FixCase
	// FixDiacritics: an abbreviation had lost its diacritics (QD → QĐ,
	// ND → NĐ, HDND → HĐND), where that is unambiguous, or carried OCR noise
	// (TƯ → TU). HD (hướng dẫn) and DA (dự án) are codes of their own and
	// stay as they are.
	FixDiacritics

	numFixes = iota
)

var fixNames = [numFixes + 1]string{
	FixNFC:               "nfc",
	FixLookalike:         "lookalike",
	FixDash:              "dash",
	FixPrefix:            "prefix",
	FixSpaces:            "spaces",
	FixMissingHyphen:     "missing_hyphen",
	FixSeparator:         "separator",
	FixPartyInStateStyle: "party_in_state_style",
	FixStateInPartyStyle: "state_in_party_style",
	FixLeadingZero:       "leading_zero",
	FixCase:              "case",
	FixDiacritics:        "diacritics",
}

var fixDescriptions = [numFixes + 1]string{
	FixNFC:               "composed the characters (Unicode NFC)",
	FixLookalike:         "replaced a look-alike character",
	FixDash:              "replaced a dash by a hyphen",
	FixPrefix:            `removed the prefix ("Số:")`,
	FixSpaces:            "removed spaces",
	FixMissingHyphen:     "added the hyphen between number and type",
	FixSeparator:         "corrected a separator",
	FixPartyInStateStyle: "rewrote a Party code written in the State's form",
	FixStateInPartyStyle: "rewrote a State code written in the Party's form",
	FixLeadingZero:       "wrote the number with its leading zero",
	FixCase:              "restored the official case",
	FixDiacritics:        "restored the diacritics",
}

// String returns the stable snake_case name of the fix ("separator",
// "diacritics"), or "" for an unknown value.
func (f Fix) String() string {
	if f == 0 || int(f) > numFixes {
		return ""
	}
	return fixNames[f]
}

// Description returns a short English sentence saying what the fix did.
func (f Fix) Description() string {
	if f == 0 || int(f) > numFixes {
		return ""
	}
	return fixDescriptions[f]
}

// MarshalText implements [encoding.TextMarshaler] with the name of the fix.
func (f Fix) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// ParseFix returns the Fix with the given name, and false when there is none.
func ParseFix(name string) (Fix, bool) {
	for f := Fix(1); int(f) <= numFixes; f++ {
		if fixNames[f] == name {
			return f, true
		}
	}
	return 0, false
}

// Fixes is a set of fixes. The zero Fixes is the empty set: nothing was
// changed.
type Fixes uint32

func fixBit(f Fix) Fixes { return 1 << f }

// Has reports whether f is in the set.
func (fs Fixes) Has(f Fix) bool { return fs&fixBit(f) != 0 }

// Len returns the number of fixes in the set.
func (fs Fixes) Len() int {
	n := 0
	for range fs.All() {
		n++
	}
	return n
}

// All yields the fixes of the set in the order of their values.
func (fs Fixes) All() iter.Seq[Fix] {
	return func(yield func(Fix) bool) {
		for f := Fix(1); int(f) <= numFixes; f++ {
			if fs.Has(f) && !yield(f) {
				return
			}
		}
	}
}

// Names returns the names of the fixes in the set, never nil.
func (fs Fixes) Names() []string {
	names := []string{}
	for f := range fs.All() {
		names = append(names, f.String())
	}
	return names
}

// String returns the names of the fixes separated by commas, or "" for the
// empty set.
func (fs Fixes) String() string { return strings.Join(fs.Names(), ",") }
