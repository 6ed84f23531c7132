// Copyright 2026 The vnorg Authors. All rights reserved.

package documenttest

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnorg/vnorg/document"
)

// recorder is a TestingT that records failures instead of failing.
type recorder struct{ msgs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

func TestAssertions(t *testing.T) {
	tests := []struct {
		name  string
		check func(assert.TestingT) bool
		pass  bool
		msg   string
	}{
		{"valid", func(t assert.TestingT) bool { return ValidCode(t, "290-QĐ-TW") }, true, ""},
		{"valid fails", func(t assert.TestingT) bool { return ValidCode(t, "hello") }, false, `"hello" is not a document code`},
		{"canonical", func(t assert.TestingT) bool { return Canonical(t, "290-QĐ/TW") }, true, ""},
		{"canonical fails", func(t assert.TestingT) bool { return Canonical(t, "290-QĐ-TW") }, false, `its canonical form is "290-QĐ/TW"`},
		{"not code", func(t assert.TestingT) bool { return NotCode(t, "12/3/2019") }, true, ""},
		{"not code fails", func(t assert.TestingT) bool { return NotCode(t, "12/QĐ-UBND") }, false, `is the document code "12/QĐ-UBND"`},
		{"normalizes", func(t assert.TestingT) bool { return Normalizes(t, "Số: 15/2020/ND-CP", "15/2020/NĐ-CP") }, true, ""},
		{"normalizes fails", func(t assert.TestingT) bool { return Normalizes(t, "217/QĐ-TW", "217/QĐ-TW") }, false, `normalizes to "217-QĐ/TW"`},
		{"fixes", func(t assert.TestingT) bool {
			return HasFixes(t, "2/2019/QÐ-UBND", []document.Fix{document.FixLeadingZero, document.FixLookalike})
		}, true, ""},
		{"fixes fail", func(t assert.TestingT) bool { return HasFixes(t, "290-QĐ-TW", nil) }, false, "fixes [separator], want []"},
		{"finds", func(t assert.TestingT) bool {
			return FindsCodes(t, "Theo Quyết định 290-QĐ-TW và Nghị định số 30/2020/NĐ-CP ngày 5/3/2020.", []string{"290-QĐ/TW", "30/2020/NĐ-CP"})
		}, true, ""},
		{"finds fails", func(t assert.TestingT) bool { return FindsCodes(t, "ngày 12/3/2019", []string{"12/3"}) }, false, `found codes [], want ["12/3"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			assert.Equal(t, tt.pass, tt.check(&r))
			if tt.pass {
				assert.Empty(t, r.msgs)
				return
			}
			if assert.Len(t, r.msgs, 1) {
				assert.Contains(t, r.msgs[0], tt.msg)
			}
		})
	}
}
