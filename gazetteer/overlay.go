package gazetteer

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed data/places.yaml
var curatedYAML []byte

//go:embed data/areas.yaml
var areasYAML []byte

//go:embed data/stations.yaml
var stationsYAML []byte

// PlaceKinds are the kinds a curated place may have (GeoNames rows carry
// "country", "admin1", "admin2" or their feature code, such as PPL).
var PlaceKinds = map[string]bool{
	"city": true, "town": true, "village": true, "neighbourhood": true, "district": true, "subdistrict": true,
	"admin1": true, "admin2": true, "region": true, "mountains": true, "mountain": true, "desert": true,
	"river": true, "lake": true, "dam": true, "valley": true, "plain": true, "island": true,
	"border-crossing": true, "base": true, "airport": true, "camp": true, "road": true, "bridge": true,
	"oilfield": true, "area": true, "prison": true, "landmark": true, "continent": true,
}

// Sections are the top-level keys a --rules file may hold; each loader reads
// its own and leaves the others to theirs: places and stations (the
// gazetteer), actors and
// unattributed (the actor dictionary), attack_types and suspects (the
// extraction rules).
var Sections = []string{"places", "stations", "actors", "unattributed", "attack_types", "suspects"}

// OtherSection reports whether k is a section some other loader reads.
func OtherSection(k string, mine ...string) bool {
	for _, m := range mine {
		if k == m {
			return false
		}
	}
	for _, s := range Sections {
		if k == s {
			return true
		}
	}
	return false
}

// UnknownSection is the message for a top-level key no loader reads.
func UnknownSection(k string) string {
	return fmt.Sprintf("unknown top-level key %q (known: %s)", k, strings.Join(Sections, ", "))
}

// IDs checks the ids of one rule file: their form and their uniqueness.
type IDs struct {
	form *regexp.Regexp
	want string         // the form, said in errors
	noun string         // what the ids are called in errors: "id", "call sign"
	seen map[string]int // id → line of first use
}

// NewIDs returns a checker for ids matching form (described by want).
func NewIDs(form *regexp.Regexp, want string) *IDs {
	return &IDs{form: form, want: want, noun: "id", seen: map[string]int{}}
}

// Check returns the problem with an id node ("" when it is fine) and
// remembers the id.
func (c *IDs) Check(v *yaml.Node) string {
	if !c.form.MatchString(v.Value) {
		return fmt.Sprintf("bad %s %q: want %s", c.noun, v.Value, c.want)
	}
	if prev, dup := c.seen[v.Value]; dup {
		return fmt.Sprintf("duplicate %s %q (first at line %d)", c.noun, v.Value, prev)
	}
	c.seen[v.Value] = v.Line
	return ""
}

// Seen reports whether an id was checked in this file.
func (c *IDs) Seen(id string) bool { _, ok := c.seen[id]; return ok }

// Problem is one error in a user file, at a line.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is every error found in a file, in line order.
type Problems []Problem

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return strings.Join(s, "\n")
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
	return ps
}

var (
	curatedID  = regexp.MustCompile(`^(sitrep:[a-z0-9][a-z0-9-]*|geonames:[0-9]+)$`)
	countryISO = regexp.MustCompile(`^[A-Z]{2}$`)
)

var placeKeys = map[string]bool{"id": true, "name": true, "kind": true, "country": true, "admin1": true,
	"admin2": true, "lat": true, "lon": true, "aliases": true, "priority": true, "source": true, "population": true}

// AddYAML adds curated places from a YAML overlay (see doc.go for the format).
// Every problem is reported, each with file:line; nothing is added when
// there is any.
func (g *Gazetteer) AddYAML(file string, data []byte) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return Problems{{File: file, Msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	var ps Problems
	bad := func(n *yaml.Node, f string, a ...any) { ps = append(ps, Problem{file, n.Line, fmt.Sprintf(f, a...)}) }
	if len(root.Content) == 0 {
		return nil
	}
	doc := root.Content[0]
	var list, stationList *yaml.Node
	if doc.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(doc.Content); i += 2 {
			switch k := doc.Content[i].Value; {
			case k == "places":
				list = doc.Content[i+1]
			case k == "stations":
				stationList = doc.Content[i+1]
			case !OtherSection(k, "places", "stations"):
				bad(doc.Content[i], "%s", UnknownSection(k))
			}
		}
	} else {
		list = doc
	}
	stations := g.readStations(file, stationList, &ps)
	if list == nil {
		list = &yaml.Node{Kind: yaml.SequenceNode}
	}
	if list.Kind != yaml.SequenceNode {
		bad(list, "places must be a list of entries")
		return ps.Err()
	}
	type entry struct {
		p       *Place
		aliases []string
		line    int
	}
	var entries []entry
	ids := NewIDs(curatedID, "sitrep:<slug> (lowercase, digits, hyphens) or geonames:<number>")
	for _, n := range list.Content {
		if n.Kind != yaml.MappingNode {
			bad(n, "place entry must be a mapping")
			continue
		}
		p := &Place{Source: fmt.Sprintf("%s:%d", file, n.Line)}
		var aliases []string
		hasLat, hasLon := false, false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if !placeKeys[k.Value] {
				bad(k, "unknown key %q (known: %s)", k.Value, KeyList(placeKeys))
				continue
			}
			switch k.Value {
			case "id":
				p.ID = v.Value
				if msg := ids.Check(v); msg != "" {
					bad(v, "%s", msg)
				}
			case "name":
				p.Name = v.Value
			case "kind":
				p.Kind = v.Value
				if !PlaceKinds[v.Value] {
					bad(v, "unknown kind %q (known: %s)", v.Value, KeyList(PlaceKinds))
				}
			case "country":
				p.Country = v.Value
				if !countryISO.MatchString(v.Value) || g.Country(v.Value) == nil {
					bad(v, "unknown country %q: want an ISO 3166-1 alpha-2 code such as IQ", v.Value)
				}
			case "admin1":
				p.Admin1 = v.Value
			case "admin2":
				p.Admin2 = v.Value
			case "lat", "lon":
				f, err := strconv.ParseFloat(v.Value, 64)
				lim := 90.0
				if k.Value == "lon" {
					lim = 180
				}
				if err != nil || f < -lim || f > lim {
					bad(v, "bad %s %q: want a number between -%v and %v", k.Value, v.Value, lim, lim)
				}
				if k.Value == "lat" {
					p.Lat, hasLat = f, true
				} else {
					p.Lon, hasLon = f, true
				}
			case "priority":
				pr, err := strconv.Atoi(v.Value)
				if err != nil || pr < 0 || pr > 100 {
					bad(v, "bad priority %q: want a whole number from 0 to 100", v.Value)
				}
				p.Priority = pr
			case "population":
				pop, err := strconv.ParseInt(v.Value, 10, 64)
				if err != nil || pop < 0 {
					bad(v, "bad population %q", v.Value)
				}
				p.Population = pop
			case "source":
			case "aliases":
				if v.Kind != yaml.SequenceNode {
					bad(v, "aliases must be a list")
					continue
				}
				for _, a := range v.Content {
					if Key(a.Value) == "" {
						bad(a, "alias %q has no letters", a.Value)
						continue
					}
					aliases = append(aliases, a.Value)
				}
			}
		}
		if p.ID == "" {
			bad(n, "entry has no id")
			continue
		}
		base := (*Place)(nil)
		if strings.HasPrefix(p.ID, "geonames:") {
			base = g.byGeoNamesID(p.ID)
			if base == nil && (p.Name == "" || !hasLat || !hasLon) {
				bad(n, "%s is not in the embedded GeoNames data (give name, kind, lat and lon to add it)", p.ID)
				continue
			}
		}
		if base != nil {
			merged := *base
			merged.Priority, merged.Source = p.Priority, p.Source
			if p.Kind != "" {
				merged.Kind = p.Kind
			}
			if hasLat && hasLon {
				merged.Lat, merged.Lon = p.Lat, p.Lon // an area point where GeoNames gives none
			}
			p = &merged
		} else {
			if p.Name == "" {
				bad(n, "%s has no name", p.ID)
			}
			if p.Kind == "" {
				bad(n, "%s has no kind", p.ID)
			}
			if !hasLat || !hasLon {
				bad(n, "%s needs lat and lon", p.ID)
			}
			if p.Country == "" && p.Kind != "continent" && p.Kind != "region" {
				bad(n, "%s has no country", p.ID)
			} else if p.Admin1 != "" {
				if a := g.admin1ByName(p.Country, p.Admin1); a == nil {
					bad(n, "%s: admin1 %q is not a first-level division of %s in GeoNames", p.ID, p.Admin1, p.Country)
				} else {
					p.Admin1, p.a1code = a.Name, a.a1code
				}
			}
		}
		entries = append(entries, entry{p, aliases, n.Line})
	}
	if err := ps.Err(); err != nil {
		return err
	}
	if g.stations == nil && len(stations) > 0 {
		g.stations = map[string]*Station{}
	}
	maps.Copy(g.stations, stations)
	for _, e := range entries {
		g.extra = append(g.extra, e.p)
		if e.p.Source != "geonames" && strings.HasPrefix(e.p.ID, "geonames:") {
			g.override[e.p.ID] = e.p
		}
		names := append([]string{e.p.Name}, e.aliases...)
		for i, nm := range names {
			if nm == "" {
				continue
			}
			g.addName(nm, Candidate{Place: e.p, Primary: i == 0 || !strings.HasPrefix(e.p.ID, "geonames:")})
		}
	}
	return nil
}

func (g *Gazetteer) addName(name string, c Candidate) {
	ws := strings.Fields(Key(name))
	if len(ws) == 0 {
		return
	}
	h := Hash(ws[0])
	for j := 1; j < len(ws); j++ {
		g.extraPrefix[h] = true
		h = HashExtend(h, ws[j])
	}
	g.extraNames[h] = mergeCandidates(g.extraNames[h], []Candidate{c})
}

// byGeoNamesID finds a row by id: countries by scan, then a binary search in
// each of the admin1, admin2 and populated-place sections (each sorted by id).
func (g *Gazetteer) byGeoNamesID(id string) *Place {
	want, err := strconv.Atoi(strings.TrimPrefix(id, "geonames:"))
	if err != nil {
		return nil
	}
	rowID := func(i int) int {
		line := placesTSV[g.rows[i]:]
		n, _ := strconv.Atoi(string(line[:bytes.IndexByte(line, '\t')]))
		return n
	}
	nc, n1, n2 := len(g.country), len(g.admin1), len(g.admin2)
	for i := 0; i < nc; i++ {
		if rowID(i) == want {
			return g.row(i)
		}
	}
	for _, sec := range [][2]int{{nc, nc + n1}, {nc + n1, nc + n1 + n2}, {nc + n1 + n2, len(g.rows)}} {
		lo, hi := sec[0], sec[1]
		i := lo + sort.Search(hi-lo, func(k int) bool { return rowID(lo+k) >= want })
		if i < hi && rowID(i) == want {
			return g.row(i)
		}
	}
	return nil
}

// KeyList is the sorted, comma-separated list of a set's keys, for an error
// that names what a file may say.
func KeyList(m map[string]bool) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// ReadGeoNames reads a GeoNames dump (the 19-column format of allCountries.txt,
// a country file or cities*.txt; plain, .gz or .zip) and returns its places
// and every malformed line as a Problem.
func ReadGeoNames(name string, r io.ReaderAt, size int64) ([]*Place, Problems) {
	var rd io.Reader = io.NewSectionReader(r, 0, size)
	switch {
	case strings.HasSuffix(name, ".zip"):
		zr, err := zip.NewReader(r, size)
		if err != nil {
			return nil, Problems{{File: name, Msg: "not a zip archive: " + err.Error()}}
		}
		var f *zip.File
		for _, zf := range zr.File {
			if strings.HasSuffix(zf.Name, ".txt") && !strings.Contains(zf.Name, "readme") {
				f = zf
				break
			}
		}
		if f == nil {
			return nil, Problems{{File: name, Msg: "zip archive holds no .txt dump"}}
		}
		rc, err := f.Open()
		if err != nil {
			return nil, Problems{{File: name, Msg: err.Error()}}
		}
		defer rc.Close()
		rd = rc
	case strings.HasSuffix(name, ".gz"):
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return nil, Problems{{File: name, Msg: "not gzip data: " + err.Error()}}
		}
		rd = zr
	}
	var out []*Place
	var ps Problems
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		c := strings.Split(t, "\t")
		if len(c) != 19 {
			ps = append(ps, Problem{name, line, fmt.Sprintf("want 19 tab-separated columns, got %d", len(c))})
			continue
		}
		id, err := strconv.Atoi(c[0])
		if err != nil || id <= 0 {
			ps = append(ps, Problem{name, line, fmt.Sprintf("geonameid %q is not a positive number", c[0])})
			continue
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			ps = append(ps, Problem{name, line, fmt.Sprintf("bad coordinates %q, %q", c[4], c[5])})
			continue
		}
		if c[1] == "" {
			ps = append(ps, Problem{name, line, "empty name"})
			continue
		}
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		p := &Place{ID: "geonames:" + c[0], Name: c[1], Kind: c[7], Country: c[8], Lat: lat, Lon: lon,
			Population: pop, Source: fmt.Sprintf("%s:%d", name, line)}
		p.a1code = c[8] + "." + c[10]
		out = append(out, p)
		names := []string{c[1], c[2]}
		for _, a := range strings.Split(c[3], ",") {
			if a != "" && usable(a) {
				names = append(names, a)
			}
		}
		p.Admin1 = strings.Join(names, "\x00") // resolved in AddPlaces
	}
	if err := sc.Err(); err != nil {
		ps = append(ps, Problem{name, line + 1, "read error: " + err.Error()})
	}
	return out, ps
}

// AddPlaces adds places read by ReadGeoNames.
func (g *Gazetteer) AddPlaces(ps []*Place) {
	for _, p := range ps {
		names := strings.Split(p.Admin1, "\x00")
		p.Admin1 = ""
		if r, ok := g.admin1[p.a1code]; ok {
			p.Admin1 = g.row(r).Name
		}
		g.extra = append(g.extra, p)
		for i, n := range names {
			g.addName(n, Candidate{Place: p, Primary: i < 2})
		}
	}
}

func usable(a string) bool {
	for _, r := range a {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return len(a) > 1
}

// AddCurated adds the embedded curated overlays (data/places.yaml,
// data/areas.yaml and data/stations.yaml).
func (g *Gazetteer) AddCurated() error {
	if err := g.AddYAML("embedded:areas.yaml", areasYAML); err != nil {
		return err
	}
	if err := g.AddYAML("embedded:places.yaml", curatedYAML); err != nil {
		return err
	}
	return g.AddYAML("embedded:stations.yaml", stationsYAML)
}

var (
	callForm    = regexp.MustCompile(`^[KW][A-Z]{2,3}$`)
	stationKeys = map[string]bool{"call": true, "city": true, "admin1": true, "country": true, "word": true, "source": true}
)

// Station is a broadcaster by its call sign, with the city of its market.
type Station struct {
	Call string
	City *Place
	Word bool // the call sign is an English word too ("WAVE", "KING"), a station's only in a station's context
}

// readStations reads a `stations:` list: broadcasters by call sign with the
// city of their market ({call: WSMV, city: Nashville, admin1: Tennessee}).
// The city must be a populated place of that province (the largest of the
// name there is taken); problems go to ps.
func (g *Gazetteer) readStations(file string, list *yaml.Node, ps *Problems) map[string]*Station {
	if list == nil {
		return nil
	}
	bad := func(n *yaml.Node, f string, a ...any) { *ps = append(*ps, Problem{file, n.Line, fmt.Sprintf(f, a...)}) }
	if list.Kind != yaml.SequenceNode {
		bad(list, "stations must be a list of entries")
		return nil
	}
	out := map[string]*Station{}
	calls := &IDs{form: callForm, want: "K or W and two or three more capitals, such as WSMV", noun: "call sign", seen: map[string]int{}}
	for _, n := range list.Content {
		if n.Kind != yaml.MappingNode {
			bad(n, "station entry must be a mapping")
			continue
		}
		var call, city, admin1 string
		country, word := "US", false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch k.Value {
			case "call":
				call = v.Value
				if msg := calls.Check(v); msg != "" {
					bad(v, "%s", msg)
				}
			case "city":
				city = v.Value
			case "admin1":
				admin1 = v.Value
			case "country":
				country = v.Value
			case "word":
				if err := v.Decode(&word); err != nil {
					bad(v, "bad word %q: want true or false", v.Value)
				}
			case "source":
			default:
				bad(k, "unknown key %q (known: %s)", k.Value, KeyList(stationKeys))
			}
		}
		if call == "" || city == "" || admin1 == "" {
			bad(n, "station entry needs call, city and admin1")
			continue
		}
		a := g.admin1ByName(country, admin1)
		if a == nil {
			bad(n, "station %s: admin1 %q is not a first-level division of %s in GeoNames", call, admin1, country)
			continue
		}
		var best *Place
		for _, c := range g.Lookup(city) {
			if p := c.Place; strings.HasPrefix(p.Kind, "PPL") && p.Admin1Code() == a.Admin1Code() && (best == nil || p.Population > best.Population) {
				best = p
			}
		}
		if best == nil {
			bad(n, "station %s: no populated place %q in %s", call, city, a.Name)
			continue
		}
		out[call] = &Station{Call: call, City: best, Word: word}
	}
	return out
}

// Station finds a broadcaster by its call sign ("WSMV": Nashville), or nil.
func (g *Gazetteer) Station(call string) *Station { return g.stations[call] }
