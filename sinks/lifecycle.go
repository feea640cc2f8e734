package sinks

import (
	"errors"
	"fmt"
)

// Retention is how long an archive keeps objects of one class.
type Retention struct {
	Class string
	Days  int
}

func validateRetention(classes []Retention) error {
	var errs []error
	seen := map[string]bool{}
	for i, c := range classes {
		if err := ValidClass(c.Class); err != nil {
			errs = append(errs, fmt.Errorf("classes[%d]: %w", i, err))
		}
		if c.Days < 1 {
			errs = append(errs, fmt.Errorf("classes[%d] %q: days %d: must be at least 1", i, c.Class, c.Days))
		}
		if seen[c.Class] {
			errs = append(errs, fmt.Errorf("classes[%d]: class %q listed twice", i, c.Class))
		}
		seen[c.Class] = true
	}
	return errors.Join(errs...)
}
