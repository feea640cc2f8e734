package redact

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPUClock says whether threadCPU is a CPU clock; elsewhere it is
// the wall clock.
const threadCPUClock = true

const clockThreadCPUTimeID = 3 // CLOCK_THREAD_CPUTIME_ID

// threadCPU returns the CPU time the calling OS thread has used. Time the
// thread spends descheduled (other goroutines, other processes, a busy
// host) does not count. The caller holds runtime.LockOSThread. About
// 100-200ns: it is a system call (the vDSO does not serve thread clocks).
func threadCPU() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic("BUG: clock_gettime(CLOCK_THREAD_CPUTIME_ID): " + e.Error())
	}
	return time.Duration(ts.Nano())
}
