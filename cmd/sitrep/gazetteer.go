package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
)

type gazOptions struct {
	IO   ioStreams
	Args []string
}

func newCmdGazetteer(ios ioStreams) *cobra.Command {
	cmd := &cobra.Command{Use: "gazetteer", Short: "Look up, count and check places"}
	lookup := &cobra.Command{
		Use: "lookup NAME", Short: "Show every candidate place for a name", Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLookup(&gazOptions{IO: ios, Args: args})
		},
	}
	stats := &cobra.Command{
		Use: "stats", Short: "Count what the embedded gazetteer and actor dictionary hold", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runStats(&gazOptions{IO: ios}) },
	}
	check := &cobra.Command{
		Use: "check FILE", Short: "Validate a user gazetteer file (GeoNames dump) or a --rules YAML file", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runCheck(&gazOptions{IO: ios, Args: args}) },
	}
	cmd.AddCommand(lookup, stats, check)
	return cmd
}

func runLookup(o *gazOptions) error {
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	name := strings.Join(o.Args, " ")
	cands := g.Lookup(name)
	if len(cands) == 0 {
		fmt.Fprintf(o.IO.Out, "%q: no place of that name (key %q)\n", name, gazetteer.Key(name))
		return nil
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i].Place, cands[j].Place
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		if a.Population != b.Population {
			return a.Population > b.Population
		}
		return a.ID < b.ID
	})
	common := ""
	if g.IsCommonWord(gazetteer.Key(name)) {
		common = " (also a common English word: needs context such as \"in X\" or \"X, <country>\")"
	}
	fmt.Fprintf(o.IO.Out, "%q: %d candidates%s\n", name, len(cands), common)
	for _, c := range cands {
		p := c.Place
		alt := "alternate name"
		if c.Primary {
			alt = "own name"
		}
		fmt.Fprintf(o.IO.Out, "%-18s %-28s %-10s %s %-22s %9.4f %9.4f pop=%d priority=%d (%s)\n", p.ID, p.Name, p.Kind, p.Country,
			p.Admin1, p.Lat, p.Lon, p.Population, p.Priority, alt)
	}
	return nil
}

func runStats(o *gazOptions) error {
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	a, err := gazetteer.DefaultActors()
	if err != nil {
		return err
	}
	s := g.Stats()
	fmt.Fprintf(o.IO.Out, "GeoNames rows:      %d\n  countries:        %d\n  admin1 areas:     %d\n  admin2 areas:     %d\n  populated places: %d\nname keys:          %d\ncurated places:     %d (%d names)\ncommon-word names:  %d\nstations:           %d\nactors:             %d\n",
		s.GeoNamesRows, s.Countries, s.Admin1, s.Admin2, s.Populated, s.NameKeys, s.Curated, s.CuratedNames, s.CommonWords, s.Stations, a.Len())
	return nil
}

func runCheck(o *gazOptions) error {
	path := o.Args[0]
	if strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml") {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		g, err := gazetteer.New()
		if err != nil {
			return err
		}
		var problems []string
		if err := g.AddYAML(path, data); err != nil {
			problems = append(problems, err.Error())
		}
		if err := gazetteer.NewActors().AddYAML(path, data); err != nil {
			problems = append(problems, err.Error())
		}
		rules, err := extract.DefaultRules()
		if err != nil {
			return err
		}
		if err := rules.AddYAML(path, data); err != nil {
			problems = append(problems, err.Error())
		}
		if len(problems) > 0 {
			fmt.Fprintln(o.IO.Out, strings.Join(dedupe(problems), "\n"))
			return &inputsFailedError{len(problems)}
		}
		fmt.Fprintf(o.IO.Out, "%s: ok\n", path)
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	places, ps := gazetteer.ReadGeoNames(path, f, fi.Size())
	for _, p := range ps {
		fmt.Fprintln(o.IO.Out, p.Error())
	}
	if len(ps) > 0 {
		return &inputsFailedError{len(ps)}
	}
	fmt.Fprintf(o.IO.Out, "%s: ok, %d places\n", path, len(places))
	return nil
}
