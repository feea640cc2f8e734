//go:build !linux

package bench

import "time"

// ClockName names what the guard times ops with.
const ClockName = "wall clock"

var clockStart = time.Now()

// threadTime falls back to the monotonic wall clock outside Linux.
func threadTime() time.Duration { return time.Since(clockStart) }
