package sinks

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

var errInjected = errors.New("injected EIO")

// syncFaults sets testHookSyncDir: it records every directory synced and
// fails the syncs fail says to fail.
func syncFaults(t *testing.T, fail func(dir string) bool) *[]string {
	t.Helper()
	var synced []string
	testHookSyncDir = func(dir string) error {
		if fail(dir) {
			return errInjected
		}
		synced = append(synced, dir)
		return nil
	}
	t.Cleanup(func() { testHookSyncDir = nil })
	return &synced
}

// chain returns dir and the directories above it up to root, deepest first.
func chain(dir, root string) []string {
	var c []string
	for p := dir; ; p = filepath.Dir(p) {
		c = append(c, p)
		if p == root {
			return c
		}
	}
}

// A retry after the directory sync failed must not take the linked file as
// durable: it syncs the directory chain before reporting ErrExists.
func TestDirSyncFailsAfterLink(t *testing.T) {
	ctx := context.Background()
	d, _ := NewDir(t.TempDir())
	h := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC)
	obj, _ := testObject(t, Key{Class: "access", Topic: "t", Partition: 2, FirstOffset: 9, Hour: h}, 3)
	final := d.path(obj.Key)
	leaf := filepath.Dir(final)
	failures := 1
	synced := syncFaults(t, func(dir string) bool {
		if _, err := os.Lstat(final); err == nil && dir == leaf && failures > 0 {
			failures--
			return true
		}
		return false
	})
	if err := d.Put(ctx, obj); !errors.Is(err, errInjected) || errors.Is(err, ErrExists) {
		t.Fatalf("Put with a failing directory sync: err = %v, want the sync error", err)
	}
	if _, err := os.Lstat(final); err != nil {
		t.Fatalf("the test needs the link to exist: %v", err)
	}

	// The sync fails again on the retry: still not ErrExists.
	failures = 1
	*synced = nil
	if err := d.Put(ctx, obj); !errors.Is(err, errInjected) || errors.Is(err, ErrExists) {
		t.Fatalf("retry with a failing directory sync: err = %v, want the sync error", err)
	}

	*synced = nil
	if err := d.Put(ctx, obj); !errors.Is(err, ErrExists) {
		t.Fatalf("retry: err = %v, want ErrExists", err)
	}
	if want := chain(leaf, d.Root()); !slices.Equal(*synced, want) {
		t.Fatalf("synced before ErrExists: %q, want %q", *synced, want)
	}
	assertNoTemps(t, d.Root())
}

// When the sync of a new partition directory fails, the next Put below it,
// here another Kafka partition's batch for the same hour, syncs it before
// reporting success, although the directory now exists.
func TestDirSyncFailsOnNewDirectory(t *testing.T) {
	ctx := context.Background()
	d, _ := NewDir(t.TempDir())
	h := time.Date(2026, 11, 24, 5, 0, 0, 0, time.UTC)
	obj, _ := testObject(t, Key{Class: "access", Topic: "t", Partition: 0, FirstOffset: 1, Hour: h}, 3)
	leaf := filepath.Dir(d.path(obj.Key))
	dt := filepath.Dir(leaf) // class=access/topic=t/dt=2026-11-24
	failures := 1
	synced := syncFaults(t, func(dir string) bool {
		if dir == dt && failures > 0 {
			failures--
			return true
		}
		return false
	})
	if err := d.Put(ctx, obj); !errors.Is(err, errInjected) {
		t.Fatalf("Put with a failing directory sync: err = %v, want the sync error", err)
	}
	if _, err := os.Stat(leaf); err != nil {
		t.Fatalf("the test needs the directories to exist: %v", err)
	}
	*synced = nil
	other, _ := testObject(t, Key{Class: "access", Topic: "t", Partition: 1, FirstOffset: 1, Hour: h}, 3)
	if err := d.Put(ctx, other); err != nil {
		t.Fatalf("Put of another partition: %v", err)
	}
	// leaf, dt and the directories above dt, which the failed Put did not
	// reach.
	if want := chain(leaf, d.Root()); !slices.Equal(*synced, want) {
		t.Fatalf("synced %q, want %q", *synced, want)
	}
	if len(d.unsynced) != 0 {
		t.Fatalf("directories left unsynced: %v", d.unsynced)
	}

	// A third object in the same, now synced, directory syncs only its own.
	*synced = nil
	third, _ := testObject(t, Key{Class: "access", Topic: "t", Partition: 2, FirstOffset: 1, Hour: h}, 3)
	if err := d.Put(ctx, third); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(*synced, []string{leaf}) {
		t.Fatalf("third object synced %q, want only %s", *synced, leaf)
	}
}
