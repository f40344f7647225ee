package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/sitrep/sitrep/extract"
)

type testOptions struct {
	IO     ioStreams
	Dir    string
	Update bool
	Res    resourceOptions
}

func newCmdTest(ios ioStreams) *cobra.Command {
	opts := &testOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "test [DIR]",
		Short: "Run the regression suite: compare extraction with <name>.expected.yaml files",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = "testdata"
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			return runTest(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Update, "update", false, "rewrite the expected files from the current output (review before committing)")
	cmd.Flags().StringVar(&opts.Res.RulesDir, "rules", "", "folder of YAML overlays")
	return cmd
}

// suiteCase is an article with its expected file.
type suiteCase struct{ article, expected string }

// findCases walks dir for articles that have <name>.expected.yaml beside them.
func findCases(dir string) ([]suiteCase, error) {
	var cases []suiteCase
	err := filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() || !extract.IsInput(p) {
			return nil
		}
		exp := strings.TrimSuffix(p, filepath.Ext(p)) + ".expected.yaml"
		if _, err := os.Stat(exp); err == nil {
			cases = append(cases, suiteCase{p, exp})
		}
		return nil
	})
	sort.Slice(cases, func(i, j int) bool { return cases[i].article < cases[j].article })
	return cases, err
}

// readExpected reads an expected file strictly: unknown keys are errors.
func readExpected(path string) (extract.Expected, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return extract.Expected{}, err
	}
	return extract.ParseExpected(path, data)
}

func runTest(o *testOptions) error {
	x, err := buildExtractor(o.Res)
	if err != nil {
		return err
	}
	cases, err := findCases(o.Dir)
	if err != nil {
		return err
	}
	if len(cases) == 0 {
		return fmt.Errorf("%s: no articles with .expected.yaml files", o.Dir)
	}
	scores := extract.NewScores()
	for _, c := range cases {
		data, err := os.ReadFile(c.article)
		if err != nil {
			return err
		}
		arts, errs := extract.ParseInput(c.article, "", data)
		if len(errs) > 0 {
			return errs[0]
		}
		if len(arts) != 1 {
			return fmt.Errorf("%s: a suite article must hold exactly one article", c.article)
		}
		var want extract.Expected
		if !o.Update {
			if want, err = readExpected(c.expected); err != nil {
				return err
			}
		}
		xc := x
		if want.Reference != "" {
			ref, ok := extract.ParseISODate(want.Reference)
			if !ok || ref.Precision != "day" {
				return fmt.Errorf("%s: reference %q: want a date as YYYY-MM-DD", c.expected, want.Reference)
			}
			xc = x.WithReference(ref)
		}
		rec := xc.Extract(arts[0])
		if o.Update {
			b, err := yaml.Marshal(extract.ExpectedFrom(rec))
			if err != nil {
				return err
			}
			head := "# Expected facts for " + filepath.Base(c.article) + ". Written by `sitrep test --update`:\n# review every line against the article before committing.\n"
			if err := os.WriteFile(c.expected, append([]byte(head), b...), 0o644); err != nil {
				return err
			}
			continue
		}
		scores.Compare(arts[0].ID, want, rec)
	}
	if o.Update {
		fmt.Fprintf(o.IO.Out, "updated %d expected files in %s: review them before committing\n", len(cases), o.Dir)
		return nil
	}
	printScores(o.IO.Out, scores, len(cases))
	if n := len(scores.Mismatches) + len(scores.Stale); n > 0 {
		return &mismatchError{n}
	}
	return nil
}

func printScores(w interface{ Write([]byte) (int, error) }, s *extract.Scores, n int) {
	fmt.Fprintf(w, "%-22s %5s %5s %5s %6s %6s %6s\n", "field", "tp", "fp", "fn", "P", "R", "F1")
	for _, name := range s.FieldNames() {
		f := s.Fields[name]
		fmt.Fprintf(w, "%-22s %5d %5d %5d %6.3f %6.3f %6.3f\n", name, f.TP, f.FP, f.FN, f.P(), f.R(), f.F1())
	}
	for _, m := range s.Mismatches {
		fmt.Fprintln(w, "MISMATCH "+m.String())
	}
	for _, m := range s.Known {
		fmt.Fprintln(w, "KNOWN GAP "+m.String())
	}
	for _, g := range s.Stale {
		fmt.Fprintln(w, "FIXED (remove from known_gaps) "+g)
	}
	fmt.Fprintf(w, "%d articles, %d mismatches, %d known gaps\n", n, len(s.Mismatches), len(s.Known))
}
