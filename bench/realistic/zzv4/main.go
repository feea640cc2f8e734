package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/redactd/redactd/bench/realistic"
	"github.com/redactd/redactd/bench/realistic/suite"
	"github.com/redactd/redactd/rules"
)

func main() {
	realistic.IncludePending()
	f := suite.Engine(rules.Default().Engine())
	for _, s := range realistic.Corpus(1, 6, 45) {
		if s.Format != os.Args[1] {
			continue
		}
		rf := f(s.Format)
		for _, r := range s.Records {
			out, _, _ := rf(s.Format, r.Line)
			o := string(out)
			for _, v := range r.Planted {
				if strings.Contains(o, v.Text) {
					fmt.Printf("LEAK %s %q\n  %s\n", v.Category, v.Text, o)
				}
			}
			for _, v := range r.Keep {
				ok := false
				for _, fm := range append(v.Forms, v.Text) {
					if strings.Contains(o, fm) { ok = true }
				}
				if !ok { fmt.Printf("DESTROY %s %q\n  %s\n", v.Category, v.Text, o) }
			}
		}
	}
}
