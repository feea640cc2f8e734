package sinks

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDirCrashHelper is the child process of TestDirCrash: it writes
// objects into $SINKS_CRASH_DIR until it is killed.
func TestDirCrashHelper(t *testing.T) {
	root := os.Getenv("SINKS_CRASH_DIR")
	if root == "" {
		t.Skip("helper process of TestDirCrash")
	}
	d, err := NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := strconv.Atoi(os.Getenv("SINKS_CRASH_BASE"))
	body, err := os.ReadFile(os.Getenv("SINKS_CRASH_BODY"))
	if err != nil {
		t.Fatal(err)
	}
	rawSize, _ := strconv.Atoi(os.Getenv("SINKS_CRASH_RAW"))
	for i := base; ; i++ {
		k := Key{Class: "audit", Topic: "t", Partition: 0, FirstOffset: int64(i), Hour: time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC), Codec: CodecGzip}
		obj := Object{Key: k.String(), Body: body, Meta: Meta{Class: "audit", Records: 40000, FirstOffset: int64(i), LastOffset: int64(i) + 39999, RawSize: int64(rawSize)}}
		if err := d.Put(context.Background(), obj); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// TestDirCrash kills a writer with SIGKILL at random moments: every object
// that is visible afterwards is complete, and only temporary files (which
// List ignores and the janitor removes) can be left behind.
func TestDirCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	root := t.TempDir()
	want := batch(40000) // ~8 MiB raw
	enc, _ := NewEncoder(CodecGzip, 0)
	bodyFile := filepath.Join(t.TempDir(), "body")
	wantBody := enc.Encode(nil, want)
	if err := os.WriteFile(bodyFile, wantBody, 0o600); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 7))
	for round := range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDirCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), "SINKS_CRASH_DIR="+root, "SINKS_CRASH_BASE="+strconv.Itoa(round*1000000),
			"SINKS_CRASH_BODY="+bodyFile, "SINKS_CRASH_RAW="+strconv.Itoa(len(want)))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(200+r.IntN(400)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
	}
	d, _ := NewDir(root)
	dec, _ := NewDecoder(0)
	objects := 0
	err := d.List(context.Background(), "", func(key string, size int64) error {
		objects++
		m, err := d.Stat(context.Background(), key)
		if err != nil {
			return err
		}
		rc, err := d.Get(context.Background(), key)
		if err != nil {
			return err
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		// Every object holds the same body: comparing bytes proves it whole.
		if !bytes.Equal(body, wantBody) || m.RawSize != int64(len(want)) {
			return fmt.Errorf("%s: partial object (%d of %d bytes)", key, len(body), len(wantBody))
		}
		if objects == 1 {
			got, err := dec.Decode(nil, body, CodecGzip)
			if err != nil || !bytes.Equal(got, want) {
				return fmt.Errorf("%s: does not decode to the batch: %v", key, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if objects == 0 {
		t.Fatal("the writer never completed an object: the test proves nothing")
	}
	temps := 0
	filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(e.Name(), ".tmp-") {
			temps++
		}
		return nil
	})
	t.Logf("%d complete objects, %d temporary files left by 5 kills", objects, temps)
	// The janitor removes the leftovers once they are an hour old.
	j, _ := NewJanitor(d, "", []Retention{{"audit", 3650}}, JanitorOptions{Now: func() time.Time { return time.Now().Add(2 * time.Hour) }})
	if _, err := j.RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	assertNoTemps(t, root)
}
