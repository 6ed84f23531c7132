// Copyright 2026 The vnorg Authors. All rights reserved.

package documenttest_test

import (
	"testing"

	"github.com/vnorg/vnorg/document/documenttest"
)

// In a test of your own, check that the codes your program stores are
// canonical and that it reads what users type.
func Example() {
	t := &testing.T{} // in a real test, the *testing.T of the test function
	documenttest.Canonical(t, "226-QĐ/TU")
	documenttest.Normalizes(t, "Số: 226 - QĐ/TU", "226-QĐ/TU")
	documenttest.NotCode(t, "24/7")
	// Output:
}
