package sinks

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
)

// Dir is an archive in a local (or NFS) directory with the same key layout
// and encoding as S3: the key is the path below the root. Writes are atomic:
// a temporary file in the object's directory is written and fsynced, then
// hard-linked to its final name, which fails if that name exists (so a key is
// never replaced, like If-None-Match on S3), then removed; the directory is
// fsynced. A crash leaves at worst a temporary file whose name starts with
// ".tmp-" (ignored by List, removed by the Janitor), never a partial object.
// Metadata lives inside each file, see meta.go.
//
// Put reports success or ErrExists only once the object's directory entry
// and the entries of the directories above it are synced: a directory whose
// sync failed, or that another Put created and has not synced yet, is synced
// by the next Put below it, and ErrExists (a retry, or a replay after a
// restart) syncs the whole chain up to the root first.
//
// Dir needs a filesystem with hard links (local filesystems and NFS have
// them). A Dir is safe for concurrent use.
type Dir struct {
	root string

	mu       sync.Mutex
	unsynced map[string]bool // directories created whose entry may not be on disk yet
}

// NewDir returns an archive rooted at root, creating the directory if
// needed.
func NewDir(root string) (*Dir, error) {
	if root == "" {
		return nil, errors.New("archive directory is empty")
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("archive directory %q: %w", root, err)
	}
	if err := os.MkdirAll(abs, 0o750); err != nil {
		return nil, fmt.Errorf("cannot create archive directory %q: %w", root, err)
	}
	return &Dir{root: abs, unsynced: map[string]bool{}}, nil
}

// Root returns the archive's absolute directory.
func (d *Dir) Root() string { return d.root }

// Prefix returns the key prefix callers put in Key.Prefix: always "" for a
// directory archive.
func (d *Dir) Prefix() string { return "" }

func (d *Dir) String() string { return URL{Scheme: "file", Dir: filepath.ToSlash(d.root)}.String() }

func (d *Dir) path(key string) string { return filepath.Join(d.root, filepath.FromSlash(key)) }

// Put implements Archive. An object that is not valid (its key, its
// metadata) is a permanent error; a failing filesystem is not.
func (d *Dir) Put(ctx context.Context, obj Object) error {
	k, err := checkObject(&obj)
	if err != nil {
		return Permanent(fmt.Errorf("cannot write %q: %w", obj.Key, err))
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("cannot write %q: %w", obj.Key, err)
	}
	head, err := appendMetaFrame(nil, k.Codec, obj.Meta)
	if err != nil {
		return Permanent(fmt.Errorf("cannot write %q: %w", obj.Key, err))
	}
	// The janitor may delete an expired partition while a late batch for it
	// is being written: the directory vanishes; make it again.
	for attempt := 0; ; attempt++ {
		err = d.put(obj.Key, head, obj.Body)
		if err == nil || attempt == 4 || errors.Is(err, ErrExists) || !errors.Is(err, fs.ErrNotExist) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("cannot write %q: %w", obj.Key, err)
	}
	return nil
}

func (d *Dir) put(key string, head, body []byte) error {
	final := d.path(key)
	dir := filepath.Dir(final)
	if _, err := os.Lstat(final); err == nil {
		return d.existing(dir)
	}
	if err := d.mkdirs(dir); err != nil {
		return err
	}
	if testHookAfterMkdirs != nil {
		testHookAfterMkdirs(dir)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(final)+"-*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // after Link, only the final name remains
	if err := writeSyncClose(tmp, head, body); err != nil {
		return err
	}
	if err := os.Link(tmpName, final); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return d.existing(dir)
		}
		return err
	}
	if err := os.Remove(tmpName); err != nil {
		return fmt.Errorf("removing temporary file: %w", err)
	}
	d.markUnsynced(dir)
	return d.syncUnsynced(dir)
}

// existing returns ErrExists for an object in dir once dir and every
// directory above it up to the root are synced: the object may be the one
// an earlier Put linked before its directory sync failed (the caller then
// retried), or before the process died. Until the syncs succeed it returns
// their error, which a caller retries, rather than ErrExists, which a caller
// takes as "durable".
func (d *Dir) existing(dir string) error {
	for p := dir; len(p) >= len(d.root); p = filepath.Dir(p) {
		if err := syncDir(p); err != nil {
			return err
		}
		d.mu.Lock()
		delete(d.unsynced, p)
		d.mu.Unlock()
		if p == d.root {
			break
		}
	}
	return ErrExists
}

func (d *Dir) markUnsynced(dirs ...string) {
	d.mu.Lock()
	for _, p := range dirs {
		d.unsynced[p] = true
	}
	d.mu.Unlock()
}

// syncUnsynced syncs dir and the directories above it that are marked
// unsynced, deepest first, and unmarks each one synced. A directory stays
// marked after a failed sync, so the next Put below it tries again.
func (d *Dir) syncUnsynced(dir string) error {
	var todo []string
	d.mu.Lock()
	for p := range d.unsynced {
		if p == dir || strings.HasPrefix(dir, p+string(filepath.Separator)) {
			todo = append(todo, p)
		}
	}
	d.mu.Unlock()
	slices.SortFunc(todo, func(a, b string) int { return len(b) - len(a) })
	for _, p := range todo {
		if err := syncDir(p); err != nil {
			return err
		}
		d.mu.Lock()
		delete(d.unsynced, p)
		d.mu.Unlock()
	}
	return nil
}

// testHookAfterMkdirs lets a test delete the directory at the worst moment.
var testHookAfterMkdirs func(dir string)

func writeSyncClose(f *os.File, head, body []byte) error {
	_, err := f.Write(head)
	if err == nil {
		_, err = f.Write(body)
	}
	if err == nil {
		err = f.Chmod(0o640)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// mkdirs creates dir and marks every directory it creates and the parent of
// the topmost one unsynced: put syncs them after the link, so the new entries
// survive a crash. They are marked before they are created, so a concurrent
// Put that finds them made syncs them too instead of trusting syncs that may
// not have run yet, and they stay marked until a sync succeeds.
func (d *Dir) mkdirs(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	var created []string
	for p := dir; len(p) > len(d.root); p = filepath.Dir(p) {
		if _, err := os.Stat(p); err == nil {
			break
		}
		created = append(created, p)
	}
	if len(created) > 0 {
		d.markUnsynced(append(created, filepath.Dir(created[len(created)-1]))...)
	}
	return os.MkdirAll(dir, 0o750)
}

// testHookSyncDir, if set, runs before each directory sync; an error it
// returns is the sync's error.
var testHookSyncDir func(dir string) error

func syncDir(dir string) error {
	if testHookSyncDir != nil {
		if err := testHookSyncDir(dir); err != nil {
			return fmt.Errorf("cannot sync directory %q: %w", dir, err)
		}
	}
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot sync directory %q: %w", dir, err)
	}
	return nil
}

// Stat implements Archive.
func (d *Dir) Stat(ctx context.Context, key string) (Meta, error) {
	k, err := ParseKey(key)
	if err != nil {
		return Meta{}, fmt.Errorf("cannot stat %q: %w", key, err)
	}
	f, err := os.Open(d.path(key))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Meta{}, fmt.Errorf("cannot stat %q: %w", key, ErrNotFound)
		}
		return Meta{}, fmt.Errorf("cannot stat %q: %w", key, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Meta{}, fmt.Errorf("cannot stat %q: %w", key, err)
	}
	var m Meta
	if k.Codec == CodecParquet {
		m, err = parquetMeta(f, fi.Size())
	} else {
		m, _, err = readMetaFrame(f, k.Codec)
	}
	if err != nil {
		return Meta{}, fmt.Errorf("cannot stat %q: %w", key, err)
	}
	m.Size = fi.Size()
	return m, nil
}

// Get implements Archive. It returns the compressed body without the
// metadata frame: the same bytes an S3 archive returns.
func (d *Dir) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	k, err := ParseKey(key)
	if err != nil {
		return nil, fmt.Errorf("cannot read %q: %w", key, err)
	}
	f, err := os.Open(d.path(key))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("cannot read %q: %w", key, ErrNotFound)
		}
		return nil, fmt.Errorf("cannot read %q: %w", key, err)
	}
	if k.Codec == CodecParquet {
		return f, nil // no frame: the metadata is in the file's footer
	}
	_, n, err := readMetaFrame(f, k.Codec)
	if err == nil {
		_, err = f.Seek(n, io.SeekStart)
	} else if errors.Is(err, errNoMeta) {
		_, err = f.Seek(0, io.SeekStart) // a file copied in from elsewhere
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot read %q: %w", key, err)
	}
	return f, nil
}

// List implements Archive. Sizes are file sizes, which include the metadata
// frame (a few hundred bytes). Files and directories whose names start with
// '.' (temporary files) are skipped.
func (d *Dir) List(ctx context.Context, prefix string, fn func(key string, size int64) error) error {
	start := ""
	if i := strings.LastIndexByte(prefix, '/'); i >= 0 {
		start = prefix[:i+1]
	}
	if err := d.walk(ctx, start, prefix, fn); err != nil {
		return fmt.Errorf("cannot list %q in %s: %w", prefix, d, err)
	}
	return nil
}

// walk lists the directory rel (a key prefix ending in '/', or "") in the
// lexical order of keys: a directory sorts as its name plus '/'.
func (d *Dir) walk(ctx context.Context, rel, prefix string, fn func(string, int64) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	entries, err := os.ReadDir(d.path(rel))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return nil
		}
		return err
	}
	sortName := func(e fs.DirEntry) string {
		if e.IsDir() {
			return e.Name() + "/"
		}
		return e.Name()
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(sortName(a), sortName(b)) })
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		key := rel + e.Name()
		switch {
		case e.IsDir():
			key += "/"
			if strings.HasPrefix(key, prefix) || strings.HasPrefix(prefix, key) {
				if err := d.walk(ctx, key, prefix, fn); err != nil {
					return err
				}
			}
		case e.Type().IsRegular() && strings.HasPrefix(key, prefix):
			fi, err := e.Info()
			if errors.Is(err, fs.ErrNotExist) {
				continue // deleted by the janitor meanwhile
			}
			if err != nil {
				return err
			}
			if err := fn(key, fi.Size()); err != nil {
				return err
			}
		}
	}
	return nil
}

// ListDirs calls fn for every directory one level below prefix (which ends
// in '/'), as prefix + name + "/", in lexical order; see S3.ListDirs.
// Directories whose names start with '.' are skipped.
func (d *Dir) ListDirs(ctx context.Context, prefix string, fn func(dir string) error) error {
	entries, err := os.ReadDir(d.path(prefix))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot list %q in %s: %w", prefix, d, err)
	}
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			if err := fn(prefix + e.Name() + "/"); err != nil {
				return err
			}
		}
	}
	return nil
}
