package s3test

import (
	"os/exec"
	"syscall"
)

// killWithParent makes the kernel kill MinIO if the test process dies
// without running its cleanups (a timeout panic, SIGKILL).
func killWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
