package redact

import (
	"bufio"
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	r := mustEngine(t, DefaultOptions()).NewRedactor()
	f, err := os.Open("/tmp/probe.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		out, _ := r.Redact(nil, line, FormatAuto)
		again, _ := r.Redact(nil, out, FormatAuto)
		t.Logf("\n in  %s\n out %s\n 2x  %s", line, out, again)
	}
}
