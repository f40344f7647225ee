package extract_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/sitrep/sitrep/extract"
)

var update = flag.Bool("update", false, "rewrite testdata expected files from the current output (review the diff before committing)")

// runSuite extracts every article in dir that has an expected file and
// compares field by field; texts come from textDir (the same folder for
// testdata/articles, ../shared/seeds for the seeds).
func runSuite(t *testing.T, dir, textDir string) {
	t.Helper()
	exps, err := filepath.Glob(filepath.Join(dir, "*.expected.yaml"))
	if err != nil || len(exps) == 0 {
		t.Fatalf("no expected files in %s (%v)", dir, err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	total := extract.NewScores()
	for _, exp := range exps {
		name := strings.TrimSuffix(filepath.Base(exp), ".expected.yaml")
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(textDir, name+".txt")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			arts, errs := extract.ParseInput(path, "", data)
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("%s: %v", path, errs)
			}
			edata, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			want, err := extract.ParseExpected(exp, edata)
			if err != nil {
				t.Fatal(err)
			}
			xc := x
			if want.Reference != "" {
				ref, ok := extract.ParseISODate(want.Reference)
				if !ok {
					t.Fatalf("%s: bad reference %q", exp, want.Reference)
				}
				xc = x.WithReference(ref)
			}
			rec := xc.Extract(arts[0])
			if *update {
				b, _ := yaml.Marshal(extract.ExpectedFrom(rec))
				os.WriteFile(exp, append([]byte("# Written by go test -update: review every line against the article.\n"), b...), 0o644)
				return
			}
			s := extract.NewScores()
			s.Compare(arts[0].ID, want, rec)
			total.Compare(arts[0].ID, want, rec)
			for _, m := range s.Mismatches {
				t.Errorf("%s", m)
			}
			for _, g := range s.Stale {
				t.Errorf("known gap %s no longer mismatches: remove it from %s", g, exp)
			}
			for _, m := range s.Known {
				t.Logf("known gap: %s", m)
			}
		})
	}
	for _, name := range total.FieldNames() {
		f := total.Fields[name]
		t.Logf("%-20s P=%.3f R=%.3f F1=%.3f", name, f.P(), f.R(), f.F1())
	}
}

// TestArticles is the regression suite over testdata/articles: articles the
// sitrep authors wrote, each with facts reviewed by hand.
func TestArticles(t *testing.T) {
	runSuite(t, "../testdata/articles", "../testdata/articles")
}

// TestSeeds checks the five seed articles against the facts in
// testdata/seeds. The seed texts are third-party and stay out of the
// repository; the test reads them from ../shared/seeds.
func TestSeeds(t *testing.T) {
	const textDir = "../../shared/seeds"
	if _, err := os.Stat(textDir); err != nil {
		t.Skipf("seed texts not found at %s (they live outside the repository): %v", textDir, err)
	}
	runSuite(t, "../testdata/seeds", textDir)
}
