package textfmt

import (
	"strings"
	"testing"
)

func TestLooksXferlog(t *testing.T) {
	f := func(in string, want bool) {
		t.Helper()
		if got := LooksXferlog([]byte(in)); got != want {
			t.Errorf("LooksXferlog(%q) = %v, want %v", in, got, want)
		}
	}
	f("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 * c", true)
	f("Mon Nov  3 20:02:25 2026 1 ftp.example.com 12 /pub/my file.txt b CT i a anonymous ftp 0 * i", true)
	f("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 /home/jdoe/photos.zip x _ o r jdoe ftp 0 * c", false) // type
	f("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 *", false)   // short
	f("Mon Nov 23 20:02:25 2026 34x 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 * c", false)
	f("2026-11-23 20:02:25 2026 3 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 * c", false)
	f("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 a _ o r jdoe ftp 0 * c", false) // no file name
}

func TestSplitXferlog(t *testing.T) {
	f := func(in, want string) {
		t.Helper()
		rec := []byte(in)
		var parts []string
		for _, fd := range SplitXferlog(nil, rec) {
			parts = append(parts, string(fd.Name)+"="+string(rec[fd.Start:fd.End]))
		}
		if got := strings.Join(parts, " "); got != want {
			t.Errorf("SplitXferlog(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	f("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 * c",
		"time=Mon Nov 23 20:02:25 2026 transfer-time=345 remote-host=203.0.113.116 file-size=7930156 filename=/home/jdoe/photos.zip "+
			"transfer-type=a special-action-flag=_ direction=o access-mode=r username=jdoe service-name=ftp authentication-method=0 authenticated-user-id=* completion-status=c")
	f("Mon Nov  3 20:02:25 2026 1 h 12 /pub/my file.txt b _ i a anonymous ftp 0 * i",
		"time=Mon Nov  3 20:02:25 2026 transfer-time=1 remote-host=h file-size=12 filename=/pub/my file.txt "+
			"transfer-type=b special-action-flag=_ direction=i access-mode=a username=anonymous service-name=ftp authentication-method=0 authenticated-user-id=* completion-status=i")
}

func TestXferlogNoAllocs(t *testing.T) {
	rec := []byte("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 * c")
	dst := make([]Field, 0, 16)
	if n := testing.AllocsPerRun(100, func() {
		if !LooksXferlog(rec) {
			t.Fatal("not recognised")
		}
		dst = SplitXferlog(dst[:0], rec)
	}); n != 0 {
		t.Errorf("xferlog: %v allocations", n)
	}
}

// FuzzXferlog: what LooksXferlog accepts splits into its fourteen fields,
// in order, without overlap.
func FuzzXferlog(f *testing.F) {
	f.Add("Mon Nov 23 20:02:25 2026 345 203.0.113.116 7930156 /home/jdoe/photos.zip a _ o r jdoe ftp 0 * c")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fs := SplitXferlog(nil, rec) // any bytes: no panic
		if !LooksXferlog(rec) {
			return
		}
		if len(fs) != len(xferNames) {
			t.Fatalf("%d fields: %q", len(fs), in)
		}
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(in) || string(fd.Name) != string(xferNames[i]) {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
