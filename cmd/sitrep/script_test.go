package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/sitrep/sitrep/extract"
	"go.yaml.in/yaml/v3"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"sitrep": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the CLI scenarios in testdata/script/*.txtar through
// Main, as a user would: formats, stdin, -o, -j determinism, bad inputs,
// rule overlays, the regression suite and the gazetteer commands.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// writebytes FILE GOSTRING: write bytes a test file cannot hold as text (NUL, bad UTF-8)
			"writebytes": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writebytes FILE GOSTRING")
				}
				b, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b), 0o644))
			},
			// records FORMAT FILE N: FILE parses as FORMAT (jsonl, json, yaml) with N records
			"records": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: records FORMAT FILE N")
				}
				data := ts.ReadFile(args[1])
				n := 0
				switch args[0] {
				case "jsonl":
					sc := bufio.NewScanner(strings.NewReader(data))
					sc.Buffer(make([]byte, 1<<20), 1<<26)
					for sc.Scan() {
						var v map[string]any
						if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
							ts.Fatalf("line %d: %v", n+1, err)
						}
						if _, ok := v["article"]; !ok {
							ts.Fatalf("line %d: no article field", n+1)
						}
						n++
					}
				case "json":
					var v []map[string]any
					if err := json.Unmarshal([]byte(data), &v); err != nil {
						ts.Fatalf("not a JSON array: %v", err)
					}
					n = len(v)
				case "yaml":
					dec := yaml.NewDecoder(strings.NewReader(data))
					for {
						var v map[string]any
						if err := dec.Decode(&v); err != nil {
							if err.Error() == "EOF" {
								break
							}
							ts.Fatalf("not a YAML stream: %v", err)
						}
						n++
					}
				default:
					ts.Fatalf("unknown format %s", args[0])
				}
				want, _ := strconv.Atoi(args[2])
				if (n == want) == neg {
					ts.Fatalf("%s holds %d records, want %d", args[1], n, want)
				}
			},
			// noglob PATTERN: no file matches (no temp files left behind)
			"noglob": func(ts *testscript.TestScript, neg bool, args []string) {
				m, _ := filepath.Glob(ts.MkAbs(args[0]))
				if len(m) > 0 {
					ts.Fatalf("files left: %s", strings.Join(m, ", "))
				}
			},
		},
		Setup: func(env *testscript.Env) error {
			// the tests need the repository's testdata for some scenarios
			wd, err := os.Getwd()
			if err != nil {
				return err
			}
			env.Setenv("REPO", filepath.Join(wd, "..", ".."))
			return nil
		},
	})
}

func TestExitCodes(t *testing.T) {
	var out, errb strings.Builder
	ios := ioStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errb}
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"unknown flag", []string{"extract", "--nope", "x"}, exitConfig},
		{"bad format", []string{"extract", "--format", "xml", "x"}, exitConfig},
		{"bad published", []string{"extract", "--published", "July 4", "x"}, exitConfig},
		{"missing input", []string{"extract", "--quiet", "does-not-exist.txt"}, exitInputs},
		{"no args", []string{"extract"}, exitConfig},
	}
	for _, c := range cases {
		if got := run(c.args, ios); got != c.want {
			t.Errorf("run(%q) = %d; want %d (stderr: %s)", c.args, got, c.want, errb.String())
		}
	}
	fmt.Fprint(&out, "")
}

// TestExtractOnePanic: a bug that panics on one article becomes that input's
// error line (file, JSONL line, reason, stack), with no record, instead of
// ending the run and losing the other articles' records.
func TestExtractOnePanic(t *testing.T) {
	u := &unit{art: &extract.Article{ID: "a7", Path: "in.jsonl", Line: 7}}
	rec, ok := extractOne(func(extract.Article) extract.Record { panic("index out of range [-1]") }, u)
	if ok || rec.Article.ID != "" {
		t.Fatalf("extractOne after a panic = %+v, %v; want no record", rec.Article, ok)
	}
	if len(u.errs) != 1 || !strings.HasPrefix(u.errs[0], `in.jsonl:7: internal error extracting article "a7"`) ||
		!strings.Contains(u.errs[0], "index out of range [-1]") || !strings.Contains(u.errs[0], "goroutine") {
		t.Fatalf("errors = %q; want one naming in.jsonl:7, the panic and its stack", u.errs)
	}
	u = &unit{art: &extract.Article{ID: "b", Path: "b.txt"}}
	if rec, ok := extractOne(func(a extract.Article) extract.Record { return extract.Record{Article: extract.ArticleInfo{ID: a.ID}} }, u); !ok || rec.Article.ID != "b" || len(u.errs) != 0 {
		t.Fatalf("extractOne without a panic = %+v, %v, %q", rec.Article, ok, u.errs)
	}
}
