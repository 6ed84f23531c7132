// Copyright 2026 The vnorg Authors. All rights reserved.

// Package documenttest holds assertions about document codes for users' own
// tests, in the style of testify's assert package: each takes the test (any
// [assert.TestingT], such as *testing.T), reports a failure with a message
// that says what was read, and returns whether it passed.
//
//	documenttest.Normalizes(t, "290-QĐ-TW", "290-QĐ/TW")
//	documenttest.Canonical(t, record.Code)
//	documenttest.FindsCodes(t, article, "290-QĐ/TW", "226-QĐ/TU")
package documenttest

import (
	"fmt"
	"slices"

	"github.com/stretchr/testify/assert"
	"github.com/vnorg/vnorg/document"
)

// helper marks the caller as a test helper when the test supports it.
func helper(t assert.TestingT) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
}

// ValidCode asserts that s is a document code as real text writes it: that
// [document.Lenient] reads it.
func ValidCode(t assert.TestingT, s string, msgAndArgs ...any) bool {
	helper(t)
	if _, _, err := document.Lenient.Parse(s); err != nil {
		return assert.Fail(t, fmt.Sprintf("%q is not a document code: %v", s, err), msgAndArgs...)
	}
	return true
}

// Canonical asserts that s is a document code in its official, canonical
// form: that [document.Parse] accepts it.
func Canonical(t assert.TestingT, s string, msgAndArgs ...any) bool {
	helper(t)
	if _, err := document.Parse(s); err != nil {
		msg := fmt.Sprintf("%q is not a canonical document code: %v", s, err)
		if c, _, lerr := document.Lenient.Parse(s); lerr == nil {
			msg += fmt.Sprintf("; its canonical form is %q", c.String())
		}
		return assert.Fail(t, msg, msgAndArgs...)
	}
	return true
}

// NotCode asserts that s is not a document code, even read leniently.
func NotCode(t assert.TestingT, s string, msgAndArgs ...any) bool {
	helper(t)
	if c, _, err := document.Lenient.Parse(s); err == nil {
		return assert.Fail(t, fmt.Sprintf("%q is the document code %q", s, c.String()), msgAndArgs...)
	}
	return true
}

// Normalizes asserts that s reads leniently as the code whose canonical form
// is want.
func Normalizes(t assert.TestingT, s, want string, msgAndArgs ...any) bool {
	helper(t)
	c, fixes, err := document.Lenient.Parse(s)
	if err != nil {
		return assert.Fail(t, fmt.Sprintf("%q is not a document code: %v", s, err), msgAndArgs...)
	}
	if got := c.String(); got != want {
		return assert.Fail(t, fmt.Sprintf("%q normalizes to %q (fixes: %s), want %q", s, got, fixes, want), msgAndArgs...)
	}
	return true
}

// HasFixes asserts that reading s leniently makes exactly the given fixes.
func HasFixes(t assert.TestingT, s string, want []document.Fix, msgAndArgs ...any) bool {
	helper(t)
	_, fixes, err := document.Lenient.Parse(s)
	if err != nil {
		return assert.Fail(t, fmt.Sprintf("%q is not a document code: %v", s, err), msgAndArgs...)
	}
	got := slices.Collect(fixes.All())
	w := slices.Clone(want)
	slices.Sort(w)
	if !slices.Equal(got, w) {
		return assert.Fail(t, fmt.Sprintf("%q: fixes %v, want %v", s, got, w), msgAndArgs...)
	}
	return true
}

// FindsCodes asserts that [document.Find] finds in text exactly the codes
// want (canonical forms, in order). References without a code are ignored.
func FindsCodes(t assert.TestingT, text string, want []string, msgAndArgs ...any) bool {
	helper(t)
	got := []string{}
	for m := range document.Find(text) {
		if m.Code.IsValid() {
			got = append(got, m.Code.String())
		}
	}
	if !slices.Equal(got, want) {
		return assert.Fail(t, fmt.Sprintf("found codes %q, want %q", got, want), msgAndArgs...)
	}
	return true
}
