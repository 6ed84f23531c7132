// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"errors"
	"fmt"
	"strings"
)

// A Rank is the place of an office in its unit: the head, a deputy, a
// member, or staff working for the head. The zero Rank means unknown.
type Rank uint8

const (
	Head   Rank = iota + 1 // Bí thư, Chủ tịch, Trưởng ban, Bộ trưởng, Giám đốc, ...
	Deputy                 // Phó Bí thư, Phó Chủ tịch, Thứ trưởng, ...
	Member                 // Ủy viên, Đại biểu Quốc hội, Thường trực Ban Bí thư
	Staff                  // Trợ lý, Thư ký
)

var rankNames = [...]string{"", "head", "deputy", "member", "staff"}

// String returns "head", "deputy", "member", "staff", or "" for the zero Rank.
func (r Rank) String() string {
	if int(r) < len(rankNames) {
		return rankNames[r]
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler].
func (r Rank) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is the zero Rank.
func (r *Rank) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	v, ok := parseRank(string(b))
	if !ok {
		return fmt.Errorf("person: unknown rank %q", b)
	}
	*r = v
	return nil
}

// A Status says how well the reference data backs a form: confirmed by a
// source, partial (one weak source, or seen only as a token), or
// unconfirmed (the reference marks it ❓). The zero Status means unknown.
type Status uint8

const (
	Confirmed   Status = iota + 1 // a source confirms it
	Partial                       // one weak source, or seen only as a token
	Unconfirmed                   // the reference marks it ❓
)

// String returns "confirmed", "partial", "unconfirmed", or "".
func (s Status) String() string {
	switch s {
	case Confirmed:
		return "confirmed"
	case Partial:
		return "partial"
	case Unconfirmed:
		return "unconfirmed"
	}
	return ""
}

// A Modifier qualifies an office without being part of it: nguyên (former),
// tân (new), Quyền (acting), kiêm (concurrent), phụ trách (in charge), dự
// khuyết (alternate). "Thường trực" (standing) is part of the office, not a
// Modifier; see [Position.Standing].
type Modifier uint8

const (
	Former     Modifier = 1 << iota // nguyên
	New                             // tân
	Acting                          // Quyền, Q.
	Concurrent                      // kiêm, kiêm nhiệm, đồng thời
	InCharge                        // phụ trách
	Alternate                       // dự khuyết
)

var modifierNames = [...]string{"former", "new", "acting", "concurrent", "in_charge", "alternate"}

// String returns the JSON name of a single modifier ("former", "new",
// "acting", "concurrent", "in_charge", "alternate"), or the names of a set
// joined by commas.
func (m Modifier) String() string {
	var b strings.Builder
	for i, n := range modifierNames {
		if m&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// MarshalText implements [encoding.TextMarshaler].
func (m Modifier) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: a comma-separated
// list of names, "" for none.
func (m *Modifier) UnmarshalText(b []byte) error {
	var v Modifier
	for _, f := range strings.Split(string(b), ",") {
		if f == "" {
			continue
		}
		x, ok := parseModifier(f)
		if !ok {
			return fmt.Errorf("person: unknown modifier %q", f)
		}
		v |= x
	}
	*m = v
	return nil
}

// List returns the single modifiers of the set, in a fixed order.
func (m Modifier) List() []Modifier {
	var out []Modifier
	for i := range modifierNames {
		if m&(1<<i) != 0 {
			out = append(out, 1<<i)
		}
	}
	return out
}

// Strings returns the JSON names of the single modifiers of the set; never nil.
func (m Modifier) Strings() []string {
	out := []string{}
	for i, n := range modifierNames {
		if m&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

func parseModifier(s string) (Modifier, bool) {
	for i, n := range modifierNames {
		if n == s {
			return 1 << i, true
		}
	}
	return 0, false
}

// ErrSyntax reports input that holds no name, title or mention where one
// was expected.
var ErrSyntax = errors.New("not recognized")

// ErrEmpty reports empty input.
var ErrEmpty = errors.New("empty input")

// A ParseError reports input that could not be read. Use errors.As to get
// one, and errors.Is with [ErrSyntax] or [ErrEmpty] for its cause.
type ParseError struct {
	Func   string // "ParseName", "ParseTitle", "ParseMention"
	Input  string // the input as given
	Offset int    // byte offset of the trouble in Input, -1 if none
	Err    error  // the cause
	Detail string // what was expected, may be ""
}

// Error returns `person: ParseTitle "xyz": not recognized (at "yz")`.
func (e *ParseError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "person: %s %q: %v", e.Func, e.Input, e.Err)
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Offset >= 0 && e.Offset < len(e.Input) {
		fmt.Fprintf(&b, " (at %q)", e.Input[e.Offset:])
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }
