//go:build !linux

package bench

import "time"

const clockName = "wall clock"

var clockStart = time.Now()

// threadTime falls back to the monotonic wall clock outside Linux.
func threadTime() time.Duration { return time.Since(clockStart) }
