// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// newEncoder returns a JSON Lines encoder that writes Vietnamese text as it
// is (no \u escapes for <, > and &).
func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// dateLayout is the form of every date on the command line and in the JSON.
const dateLayout = "2006-01-02"

// parseAt reads the value of an --at flag: a date YYYY-MM-DD, or "" for today
// (in UTC). The result is midnight UTC of that day.
func parseAt(s string) (time.Time, error) {
	if s == "" {
		now := time.Now().UTC()
		return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--at %q: want a date YYYY-MM-DD", s)
	}
	return t, nil
}

// formatDate gives a date as YYYY-MM-DD, or "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}
