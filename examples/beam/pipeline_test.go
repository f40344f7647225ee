package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestMain runs the pipelines of this package on prism, Beam's local runner.
func TestMain(m *testing.M) { ptest.Main(m) }

// TestMatchesCLI runs the pipeline over testdata/articles and a JSONL file
// with a bad line, and compares its records, line by line, with those of
// `sitrep extract` over the same files: the same records (Beam writes them in
// no particular order, so both sides are sorted) and the same input errors.
func TestMatchesCLI(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.CopyFS(in, os.DirFS(filepath.Join(root, "testdata/articles"))); err != nil {
		t.Fatal(err)
	}
	wire := `{"id": "w1", "text": "Gunmen killed two policemen in Tarmiyah on Sunday.", "published": "2019-02-11"}
{"id": "w2", "text": broken
{"id": "w3", "maintext": "A roadside bomb wounded three soldiers in Diyala."}
`
	if err := os.WriteFile(filepath.Join(in, "wire.jsonl"), []byte(wire), 0o644); err != nil {
		t.Fatal(err)
	}

	bin := filepath.Join(dir, "sitrep")
	build := exec.Command("go", "build", "-o", bin, "./cmd/sitrep")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building sitrep: %v\n%s", err, out)
	}
	cli := exec.Command(bin, "extract", "--quiet", "--published", "2019-05-06", in)
	var stderr strings.Builder
	cli.Stderr = &stderr
	want, err := cli.Output()
	if code := cli.ProcessState.ExitCode(); code != 1 { // 1: an input had errors
		t.Fatalf("sitrep extract: exit %d (%v), want 1\n%s", code, err, stderr.String())
	}

	out, errsOut := filepath.Join(dir, "records.jsonl"), filepath.Join(dir, "errors.txt")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(in, "*"), Output: out, Errors: errsOut, Published: "2019-05-06", MaxBytes: 10 << 20})
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := sortedLines(string(got)), sortedLines(string(want))
	if len(wantLines) < 15 {
		t.Fatalf("sitrep extract gave %d records; want the test articles and two JSONL lines", len(wantLines))
	}
	if !slices.Equal(gotLines, wantLines) {
		for i := range max(len(gotLines), len(wantLines)) {
			g, w := at(gotLines, i), at(wantLines, i)
			if g != w {
				t.Errorf("record %d differs:\nbeam: %.300s\ncli:  %.300s", i, g, w)
				break
			}
		}
		t.Fatalf("beam wrote %d records, sitrep extract %d", len(gotLines), len(wantLines))
	}
	gotErrs, err := os.ReadFile(errsOut)
	if err != nil {
		t.Fatal(err)
	}
	const bad = "wire.jsonl:2: malformed JSON"
	if !strings.Contains(string(gotErrs), bad) || !strings.Contains(stderr.String(), bad) {
		t.Errorf("input errors: beam %q, cli %q; want both to name %q", gotErrs, stderr.String(), bad)
	}
}

func sortedLines(s string) []string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(l)
	return l
}

func at(l []string, i int) string {
	if i < len(l) {
		return l[i]
	}
	return "(none)"
}
