// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import "time"

// unitRef is the resolved unit of a position. Until orgunit is wired in it
// holds nothing.
type unitRef = struct{}

// resolveUnit resolves the unit written org as of the configured date.
func resolveUnit(org string, c *config) unitRef { return unitRef{} }

// unitEnglish returns the English name of a resolved unit, or "".
func unitEnglish(u unitRef) string { return "" }

// isPlace reports whether words name a place (a province, a city) rather
// than a person, as of the configured date.
func isPlace(words string, c *config) bool { return false }

// unitFacts is what the Popolo export needs of a resolved unit.
type unitFacts struct {
	id, name, english, kind, parentID string
	from, to                          time.Time
}

// factsOf returns the facts of a resolved unit; ok is false when u is not
// resolved.
func factsOf(u unitRef) (unitFacts, bool) { return unitFacts{}, false }
