package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/extract"
	"github.com/sitrep/sitrep/gazetteer"
)

// resourceOptions are the flags that change the resources.
type resourceOptions struct {
	RulesDir  string
	Gazetteer []string
	Published string
}

// buildExtractor loads the embedded resources and the user's overlays:
// every .yaml/.yml file in --rules DIR may hold places:, actors:/unattributed:
// and attack_types: sections; --gazetteer files are GeoNames dumps.
func buildExtractor(o resourceOptions) (*extract.Extractor, error) {
	var opts []extract.Option
	if o.Published != "" {
		d, ok := extract.ParseISODate(o.Published)
		if !ok || d.Precision != "day" {
			return nil, fmt.Errorf("--published %q: want a date as YYYY-MM-DD", o.Published)
		}
		opts = append(opts, extract.WithPublished(d))
	}
	if o.RulesDir == "" && len(o.Gazetteer) == 0 {
		return extract.New(opts...)
	}
	gz, err := gazetteer.New()
	if err != nil {
		return nil, err
	}
	if err := gz.AddCurated(); err != nil {
		return nil, err
	}
	actors, err := gazetteer.DefaultActors()
	if err != nil {
		return nil, err
	}
	rules, err := extract.DefaultRules()
	if err != nil {
		return nil, err
	}
	var problems []string
	for _, g := range o.Gazetteer {
		places, err := readGeoNames(g)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		gz.AddPlaces(places)
	}
	if o.RulesDir != "" {
		fi, err := os.Stat(o.RulesDir)
		if err != nil {
			return nil, fmt.Errorf("--rules: %v", err)
		}
		if !fi.IsDir() {
			return nil, fmt.Errorf("--rules %s: not a folder", o.RulesDir)
		}
		var files []string
		filepath.WalkDir(o.RulesDir, func(p string, de os.DirEntry, err error) error {
			if err == nil && !de.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				problems = append(problems, err.Error())
				continue
			}
			for _, add := range []func(string, []byte) error{gz.AddYAML, actors.AddYAML, rules.AddYAML} {
				if err := add(f, data); err != nil {
					problems = append(problems, err.Error())
				}
			}
		}
	}
	if len(problems) > 0 {
		return nil, errors.New("bad rule or gazetteer files:\n" + strings.Join(dedupe(problems), "\n"))
	}
	return extract.New(append(opts, extract.WithGazetteer(gz), extract.WithActors(actors), extract.WithRules(rules))...)
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		for _, l := range strings.Split(x, "\n") {
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return out
}

func readGeoNames(path string) ([]*gazetteer.Place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	places, ps := gazetteer.ReadGeoNames(path, f, fi.Size())
	if len(ps) > 0 {
		return nil, ps.Err()
	}
	return places, nil
}
