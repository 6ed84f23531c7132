// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"errors"
	"strconv"
)

var (
	// ErrSyntax is the error, usable with [errors.Is], of an input that is
	// not a code, or (in strict mode) not a code in canonical form.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange is the error, usable with [errors.Is], of a well-formed code
	// that cannot be real: number 0, a year before 1945 or after next year,
	// a National Assembly term that does not match the year.
	ErrRange = errors.New("value out of range")
)

// A ParseError records a failed parse of a code. Err is a reason that wraps
// [ErrSyntax] or [ErrRange], or an [*UnknownValueError].
type ParseError struct {
	Input  string // the input as given
	Offset int    // byte offset in Input where the problem is
	Err    error
}

// Error returns a message of the form
//
//	document: parse "290-QĐ-TW": want '/' between type and issuer (at "-TW")
func (e *ParseError) Error() string {
	s := "document: parse " + strconv.Quote(e.Input) + ": " + e.Err.Error()
	if e.Offset >= 0 && e.Offset < len(e.Input) {
		s += " (at " + strconv.Quote(e.Input[e.Offset:]) + ")"
	}
	return s
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// An UnknownValueError reports a well-formed abbreviation that the reference
// data does not know, where a known one is required (a legal normative code
// such as 15/2020/XX-CP must have a known type).
type UnknownValueError struct {
	Kind  string // "type" or "issuer"
	Value string
}

// Error returns a message such as `unknown type "XX"`.
func (e *UnknownValueError) Error() string {
	return "unknown " + e.Kind + " " + strconv.Quote(e.Value)
}

// reason is a message that wraps a sentinel.
type reason struct {
	msg  string
	kind error
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.kind }

func syntaxErr(msg string) error { return &reason{msg, ErrSyntax} }
func rangeErr(msg string) error  { return &reason{msg, ErrRange} }
