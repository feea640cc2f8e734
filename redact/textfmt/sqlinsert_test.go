package textfmt

import (
	"strings"
	"testing"
)

func TestSplitSQLInsert(t *testing.T) {
	for _, c := range []struct {
		in, want string
		looks    bool // LooksSQLInsert reads the first tuple only
	}{
		{"x - insert into users (email, first_name) values ('a@b.example', 'Jane')", "email=a@b.example first_name=Jane", true},
		{"INSERT INTO `c` (`id`,`name`) VALUES (7,'Jane O''Brien'),(8, 'Bob' )", "id=7 name=Jane O''Brien id=8 name=Bob", true},
		{"INSERT INTO public.t (a) VALUES (now());", "a=now()", true},
		{"insert into t (a, b) values (1)", "", false},             // fewer values than columns
		{"insert into t (a) values (1), (1, 2)", "", true},         // a later tuple does not match
		{"insert into t (a) values (concat('x', 'y'))", "", false}, // a literal inside an expression
		{"insert into t values (1, 2)", "", false},                 // no column list
		{"we insert into the queue (fast) values (1)", "", false},  // "the queue" is no table name before '('
		{"reinsert into t (a) values (1)", "", false},              // not the keyword
		{"INSERT INTO t (a) VALUES ('unterminated", "", false},
		// Every statement of a line: p6spy's prepared SQL, then its literals.
		{"1|3|statement|connection 4|url jdbc:x|insert into t (a, b) values (?, ?)|insert into t (a, b) values ('Jane', 7)", "a=? b=? a=Jane b=7", true},
		{"insert into t (a) values (1); insert into u (b) values (2, 3)", "a=1", true}, // the second does not parse
	} {
		var got []string
		for _, f := range SplitSQLInsert(nil, []byte(c.in)) {
			got = append(got, string(f.Name)+"="+c.in[f.Start:f.End])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.in, g, c.want)
		}
		if LooksSQLInsert([]byte(c.in)) != c.looks {
			t.Errorf("%q: LooksSQLInsert is %v", c.in, !c.looks)
		}
	}
}

func TestSQLInsertAllocs(t *testing.T) {
	rec := []byte("LOG:  statement: INSERT INTO accounts (username, dob) VALUES ('jdoe', '1985-03-14');")
	fs := make([]Field, 0, 8)
	if n := testing.AllocsPerRun(100, func() {
		_ = LooksSQLInsert(rec)
		fs = SplitSQLInsert(fs[:0], rec)
	}); n != 0 {
		t.Fatalf("%v allocations", n)
	}
}

// FuzzSQLInsert: any bytes: no panic; the values are in order, inside
// the record, and as many per tuple as the columns.
func FuzzSQLInsert(f *testing.F) {
	f.Add("x - insert into users (email, first_name) values ('a@b.example', 'Jane')")
	f.Add("INSERT INTO `c` (`id`,`name`) VALUES (7,'Jane O''Brien'),(8,'Bob')")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fs := SplitSQLInsert(nil, rec)
		if len(fs) > 0 && !LooksSQLInsert(rec) {
			t.Fatalf("%d fields where LooksSQLInsert is false: %q", len(fs), in)
		}
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
	})
}
