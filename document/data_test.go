// Copyright 2026 The vnorg Authors. All rights reserved.

package document

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDataConsistency checks the embedded reference data: every row has a
// source, validity periods are ordered and do not overlap, and the parser
// reads every abbreviation of the data back as itself.
func TestDataConsistency(t *testing.T) {
	require.NotEmpty(t, typeRows)
	require.NotEmpty(t, issuerRows)
	require.NotEmpty(t, termRows)
	for _, r := range typeRows {
		assert.NotEmpty(t, r.source, "type %s", r.abbr)
		assert.NotEmpty(t, r.name, "type %s", r.abbr)
		assert.NotEmpty(t, r.english, "type %s", r.abbr)
		if !r.from.IsZero() && !r.to.IsZero() {
			assert.True(t, r.from.Before(r.to), "type %s: from after to", r.abbr)
		}
	}
	// Only the Party's QĐ names two types (Quyết định and Quy định).
	seen := map[string]int{}
	for _, r := range typeRows {
		seen[r.sys.String()+" "+r.abbr]++
	}
	for k, n := range seen {
		if k == "party QĐ" {
			assert.Equal(t, 2, n)
			continue
		}
		assert.Equal(t, 1, n, "type %s listed %d times", k, n)
	}
	require.NotEmpty(t, courtRows)
	kinds := map[string]int{}
	for _, r := range courtRows {
		assert.NotEmpty(t, r.source, "court %s", r.abbr)
		assert.NotEmpty(t, r.name, "court %s", r.abbr)
		assert.NotEmpty(t, r.english, "court %s", r.abbr)
		kinds[r.kind]++
	}
	for _, r := range courtRows {
		if r.typ != "" {
			// The type of a court's record is a type word of its own.
			assert.True(t, slices.ContainsFunc(wordRows, func(w wordRow) bool { return w.word == r.typ && w.name == "" }), "court %s: type %q", r.abbr, r.typ)
			assert.NotEmpty(t, r.typeEnglish, "court %s", r.abbr)
		}
	}
	assert.Equal(t, 6, kinds["case"], "kinds of case")
	assert.Equal(t, 4, kinds["stage"], "stages")
	// Every part of a court's code has one reading without its diacritics:
	// no key is shared by two parts.
	assert.Equal(t, kinds["case"]+kinds["stage"]*(1+kinds["act"]), len(courtParts))
	byAbbr := map[string][]issuerRow{}
	for _, r := range issuerRows {
		assert.NotEmpty(t, r.source, "issuer %s", r.abbr)
		assert.NotEmpty(t, r.name, "issuer %s", r.abbr)
		if !r.from.IsZero() && !r.to.IsZero() {
			assert.True(t, r.from.Before(r.to), "issuer %s: from after to", r.abbr)
		}
		byAbbr[r.abbr] = append(byAbbr[r.abbr], r)
	}
	for abbr, rows := range byAbbr {
		for i := 1; i < len(rows); i++ {
			prev, cur := rows[i-1], rows[i]
			assert.False(t, prev.to.IsZero() || cur.from.IsZero() || !prev.to.Before(cur.from),
				"issuer %s: rows %d and %d overlap", abbr, i-1, i)
		}
	}
	for i, r := range termRows {
		assert.NotEmpty(t, r.source)
		assert.Less(t, r.from, r.to)
		if i > 0 {
			assert.Equal(t, termRows[i-1].term+1, r.term, "terms are consecutive")
			assert.Equal(t, termRows[i-1].to, r.from, "term %d starts when %d ends", r.term, r.term-1)
		}
	}
}

// TestDataAmbiguity pins down which abbreviations differ only by Đ: those
// stay as written when their diacritics are missing.
func TestDataAmbiguity(t *testing.T) {
	var ambiguous []string
	for k, i := range stateTypes.folded {
		if i < 0 {
			ambiguous = append(ambiguous, k)
		}
	}
	slices.Sort(ambiguous)
	assert.Equal(t, []string{"da", "hd"}, ambiguous)
	for k, i := range issuerIndex.folded {
		assert.GreaterOrEqual(t, i, 0, "issuer key %q is ambiguous", k)
	}
}

// TestDataParses parses a code built from every abbreviation in the data.
func TestDataParses(t *testing.T) {
	for _, r := range typeRows {
		var s string
		if r.sys == Party {
			s = "01-" + r.abbr + "/TW"
		} else {
			s = "01/" + r.abbr + "-UBND"
		}
		c, err := Parse(s)
		require.NoError(t, err, s)
		assert.Equal(t, r.abbr, c.Type(), s)
		assert.Equal(t, r.sys, c.System(), s)
		assert.True(t, c.KnownType(), s)
		assert.NotEmpty(t, c.TypeName(), s)
	}
	for _, r := range issuerRows {
		var s string
		switch {
		case r.sys == Party:
			s = "01-NQ/" + r.abbr
		case r.sys == State && (r.abbr == "QH" || r.abbr == "UBTVQH"):
			s = "01/2022/" + r.abbr + "15"
		default:
			s = "01/QĐ-" + r.abbr
		}
		c, err := Parse(s)
		require.NoError(t, err, s)
		if r.sys != 0 {
			assert.Equal(t, r.sys, c.System(), s)
		}
		assert.True(t, c.KnownIssuer(), s)
		assert.NotEmpty(t, c.IssuerName(r.from), s)
	}
	for _, w := range wordRows {
		assert.NotEmpty(t, w.key)
		assert.NotEmpty(t, w.english, w.word)
	}
}
