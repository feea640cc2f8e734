package textfmt

import (
	"strings"
	"testing"
)

func TestSplitSQLBinds(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// datasource-proxy: a batch of tuples, values unquoted.
		{`Query:["insert into t (first_name, last_name) values (?, ?)"], Params:[(Jane,O'Brien),(Bob,Smith)]`,
			"first_name=Jane last_name=O'Brien first_name=Bob last_name=Smith"},
		{`Query:["update c set first_name=?, dob=? where id=?"], Params:[(Jane,1985-03-14,42)]`,
			"first_name=Jane dob=1985-03-14 id=42"},
		// Numbered markers, a list that ends the record (Ecto).
		{`INSERT INTO "users" ("email","name") VALUES ($2,$1) RETURNING "id" ["Jane Doe", "a@b.example"]`,
			"name=Jane Doe email=a@b.example"},
		// Literals in place of the markers, then the args (Django).
		{`(0.001) INSERT INTO "u" ("username", "email") VALUES ('jdoe', 'a@b.example') RETURNING "u"."id"; args=('jdoe', 'a@b.example'); alias=default`,
			"username=jdoe email=a@b.example"},
		{`UPDATE "u" SET "first_name" = %s WHERE "u"."id" IN (%s, %s); args=('Jane', 7, 8)`, "first_name=Jane id=7 id=8"},
		// A marker without a column, and DEFAULT and NOW() that bind nothing.
		{`Executing (default): INSERT INTO ` + "`c` (`id`,`name`,`t`)" + ` VALUES (DEFAULT,?,NOW()) LIMIT ?; {"bind":["Jane",10]}`,
			"name=Jane"},
		{`query: SELECT * FROM "user" WHERE "email" = $1 AND "last_name" LIKE $2 -- PARAMETERS: ["a@b.example","Doe%"]`,
			"email=a@b.example last_name=Doe%"},
		// Not as many values as markers; a named marker; no list; Rails' pairs.
		{`Query:["update c set a=?, b=?"], Params:[(1,2,3)]`, ""},
		{`select * from t where a = :a params={"a": 1}`, ""},
		{`update t set a = ? where b = ?`, ""},
		{`UPDATE "u" SET "n" = $1 WHERE "u"."id" = $2  [["n", "Marta"], ["id", 42]]`, ""},
		{`moved 3 files into /tmp [ok]`, ""},
	} {
		var got []string
		for _, f := range SplitSQLBinds(nil, []byte(c.in)) {
			got = append(got, string(f.Name)+"="+c.in[f.Start:f.End])
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.in, g, c.want)
		}
		if LooksSQLBinds([]byte(c.in)) != (c.want != "") {
			t.Errorf("%q: LooksSQLBinds is %v", c.in, c.want == "")
		}
	}
}

func TestMarkerColumnsAndBindLine(t *testing.T) {
	cols := func(in string) string {
		var s []string
		for _, c := range MarkerColumns(nil, []byte(in)) {
			s = append(s, in[c[0]:c[1]])
		}
		return strings.Join(s, ",")
	}
	for in, want := range map[string]string{
		"org.hibernate.SQL : insert into person (first_name, last_name, id) values (?, ?, ?)": "first_name,last_name,id",
		"==>  Preparing: UPDATE users SET phone = ? WHERE id = ? LIMIT ?":                     "phone,id,",
		"==>  Preparing: UPDATE users SET phone = ?, x = 1 WHERE id = ?":                      "", // a literal: the values may be in the record
		`INSERT INTO "u" ("a","b") VALUES ($2,$1)`:                                            "b,a",
		"update t set a = ? where b = ? args=(1, 2)":                                          "", // its values are in the record
		"update t set a = ? where id = ?|update t set a = 5 where id = 7":                     "", // and so are these (p6spy)
		"insert into t (a) values (?)|insert into t (a) values ('x')":                         "",
		"GET /search?q=x HTTP/1.1":                                                            "",
	} {
		if g := cols(in); g != want {
			t.Errorf("MarkerColumns(%q) = %q, want %q", in, g, want)
		}
	}
	vals := func(in string) string {
		var s []string
		for _, b := range BindLine(nil, []byte(in)) {
			s = append(s, in[b[0]:b[1]]+"#"+string(rune('0'+b[2])))
		}
		return strings.Join(s, ",")
	}
	for in, want := range map[string]string{
		"TRACE o.h.t.d.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [Jane [x]]": "Jane [x]#2",
		"TRACE org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [Doe]":      "Doe#1",
		"DEBUG ==> Parameters: Jane(String), null, 4155550123(String), 42(Long)":          "Jane#1,4155550123#3,42#4",
		"DEBUG ==> Parameters: Doe, Jane(String)":                                         "Doe, Jane#1",
		"DEBUG ==> Parameters: ":                      "",
		"Parameters: Jane(String)":                    "", // not MyBatis' arrow
		"binding parameter [x] as [VARCHAR] - [Jane]": "",
	} {
		if g := vals(in); g != want {
			t.Errorf("BindLine(%q) = %q, want %q", in, g, want)
		}
	}
}

func TestSQLBindsAllocs(t *testing.T) {
	rec := []byte(`Query:["update c set first_name=?, dob=? where id=?"], Params:[(Jane,1985-03-14,42)]`)
	line := []byte("TRACE binding parameter [2] as [VARCHAR] - [Jane]")
	fs := make([]Field, 0, 8)
	cols := make([][2]int, 0, 8)
	spans := make([][3]int, 0, 8)
	if n := testing.AllocsPerRun(100, func() {
		_ = LooksSQLBinds(rec)
		fs = SplitSQLBinds(fs[:0], rec)
		cols = MarkerColumns(cols[:0], rec)
		spans = BindLine(spans[:0], line)
		_ = HasBindMarker(rec)
	}); n != 0 {
		t.Fatalf("%v allocations", n)
	}
}

// FuzzSQLBinds: any bytes: no panic; the values are in order and inside
// the record; LooksSQLBinds agrees; MarkerColumns and BindLine stay
// inside the record.
func FuzzSQLBinds(f *testing.F) {
	f.Add(`Query:["insert into t (a, b) values (?, ?)"], Params:[(Jane,O'Brien),(Bob,Smith)]`)
	f.Add(`INSERT INTO "u" ("e","n") VALUES ($2,$1) RETURNING "id" ["Jane Doe", "a@b.example"]`)
	f.Add(`UPDATE "u" SET "f" = %s WHERE "u"."id" IN (%s, %s); args=('Jane', 7, 8)`)
	f.Add("binding parameter (1:VARCHAR) <- [Doe]")
	f.Add("==> Parameters: Jane(String), null, 42(Long)")
	f.Fuzz(func(t *testing.T, in string) {
		rec := []byte(in)
		fs := SplitSQLBinds(nil, rec)
		if (len(fs) > 0) != LooksSQLBinds(rec) {
			t.Fatalf("%d fields, LooksSQLBinds %v: %q", len(fs), LooksSQLBinds(rec), in)
		}
		pos := 0
		for i, fd := range fs {
			if int(fd.Start) < pos || fd.End < fd.Start || int(fd.End) > len(rec) || len(fd.Name) == 0 {
				t.Fatalf("field %d [%d:%d] %q after %d: %q", i, fd.Start, fd.End, fd.Name, pos, in)
			}
			pos = int(fd.End)
		}
		for _, c := range MarkerColumns(nil, rec) {
			if c[0] < 0 || c[1] < c[0] || c[1] > len(rec) {
				t.Fatalf("column %v outside %q", c, in)
			}
		}
		for _, b := range BindLine(nil, rec) {
			if b[0] < 0 || b[1] < b[0] || b[1] > len(rec) || b[2] < 1 {
				t.Fatalf("bound value %v outside %q", b, in)
			}
		}
	})
}
