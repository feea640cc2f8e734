package bench

import (
	"syscall"
	"time"
	"unsafe"
)

// ClockName names what the guard times ops with.
const ClockName = "thread CPU time"

const clockThreadCPUTimeID = 3 // CLOCK_THREAD_CPUTIME_ID

// threadTime returns the CPU time consumed by the calling OS thread. Time
// the thread spends descheduled (other processes on a loaded machine) does
// not count, which is what makes the guard usable on shared CI runners. The
// caller must hold runtime.LockOSThread.
func threadTime() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic("BUG: clock_gettime(CLOCK_THREAD_CPUTIME_ID): " + e.Error())
	}
	return time.Duration(ts.Nano())
}
