//go:build !linux

package redact

import "time"

// threadCPUClock says whether threadCPU is a CPU clock: not on this
// system, where pattern timeouts are wall time and so depend on load.
const threadCPUClock = false

var wallStart = time.Now()

// threadCPU returns the wall time since the process started, in place of
// the thread's CPU time.
func threadCPU() time.Duration { return time.Since(wallStart) }
