package gazetteer

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Embedded GeoNames-derived data; see data/PROVENANCE.md and generate.go.
var (
	//go:embed data/places.tsv
	placesTSV []byte
	//go:embed data/names.bin
	namesBin []byte
	//go:embed data/common.txt
	commonTxt string
)

// Place is one resolvable place: a GeoNames row or a curated entry.
type Place struct {
	ID         string  `json:"id" yaml:"id"`
	Name       string  `json:"name" yaml:"name"`
	Kind       string  `json:"kind" yaml:"kind"`
	Country    string  `json:"country,omitempty" yaml:"country,omitempty"`
	Admin1     string  `json:"admin1,omitempty" yaml:"admin1,omitempty"`
	Admin2     string  `json:"admin2,omitempty" yaml:"admin2,omitempty"`
	Lat        float64 `json:"lat" yaml:"lat"`
	Lon        float64 `json:"lon" yaml:"lon"`
	Population int64   `json:"population,omitempty" yaml:"population,omitempty"`
	// Priority is a curated boost (0 for GeoNames rows).
	Priority int `json:"-" yaml:"-"`
	// Source names where the entry came from: "geonames", a file:line.
	Source string `json:"-" yaml:"-"`
	a1code string
}

// IsArea reports countries and administrative areas.
func (p *Place) IsArea() bool {
	return p.Kind == "country" || p.Kind == "admin1" || p.Kind == "admin2"
}

// Candidate is one place a name may refer to.
type Candidate struct {
	Place *Place
	// Primary is true when the name is the place's own name rather than an
	// alternate (a translation, an old name).
	Primary bool
}

// Gazetteer resolves normalised names to places. It is immutable once built
// and safe for concurrent use.
type Gazetteer struct {
	rows     []uint32 // byte offset of each row in placesTSV
	nkeys    int
	hashes   []byte // nkeys little-endian uint64, sorted
	offs     []byte // nkeys+1 little-endian uint32 (bit 31: key is a prefix of a longer name)
	postings []byte // little-endian uint32 row indices (bit 31: primary name)

	extra       []*Place          // curated and user places
	override    map[string]*Place // curated versions of GeoNames rows, by id
	extraNames  map[uint64][]Candidate
	extraPrefix map[uint64]bool
	common      map[string]bool
	stations    map[string]*Station // broadcasters by call sign

	country map[string]int          // cc → row
	admin1  map[string]int          // "IQ.15" → row
	admin2  map[string]string       // "IQ.15.xxx" → name
	cache   []atomic.Pointer[Place] // parsed rows, filled on first use

	capOnce  sync.Once
	capitals map[string]*Place
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer (GeoNames plus the curated overlay),
// built once per process.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = New()
		if defaultErr == nil {
			defaultErr = defaultGaz.AddCurated()
		}
	})
	return defaultGaz, defaultErr
}

// New builds a gazetteer over the embedded GeoNames data alone.
func New() (*Gazetteer, error) {
	g := &Gazetteer{
		extraNames:  map[uint64][]Candidate{},
		override:    map[string]*Place{},
		extraPrefix: map[uint64]bool{},
		country:     map[string]int{},
		admin1:      map[string]int{},
		admin2:      map[string]string{},
	}
	if len(namesBin) < 8 || string(namesBin[:4]) != "SGZ1" {
		return nil, fmt.Errorf("gazetteer: embedded names.bin is corrupt")
	}
	g.nkeys = int(binary.LittleEndian.Uint32(namesBin[4:8]))
	p := 8
	g.hashes = namesBin[p : p+8*g.nkeys]
	p += 8 * g.nkeys
	g.offs = namesBin[p : p+4*(g.nkeys+1)]
	p += 4 * (g.nkeys + 1)
	g.postings = namesBin[p:]

	nl := bytes.IndexByte(placesTSV, '\n')
	head := strings.Split(string(placesTSV[:nl]), "\t")
	n, _ := strconv.Atoi(head[len(head)-1])
	g.rows = make([]uint32, 0, n)
	for off := nl + 1; off < len(placesTSV); {
		g.rows = append(g.rows, uint32(off))
		e := bytes.IndexByte(placesTSV[off:], '\n')
		if e < 0 {
			break
		}
		off += e + 1
	}
	// Countries and admin areas come first in the file.
	for i, off := range g.rows {
		line := placesTSV[off:]
		c := fields(line, 6)
		switch string(c[2]) {
		case "country":
			g.country[string(c[3])] = i
		case "admin1":
			g.admin1[string(c[3])+"."+string(c[4])] = i
		case "admin2":
			g.admin2[string(c[3])+"."+string(c[4])+"."+string(c[5])] = string(c[1])
		default:
			goto done
		}
	}
done:
	g.cache = make([]atomic.Pointer[Place], len(g.rows))
	g.common = map[string]bool{}
	for _, l := range strings.Split(commonTxt, "\n") {
		if l != "" && l[0] != '#' {
			g.common[l] = true
		}
	}
	return g, nil
}

// fields splits the first n tab-separated fields of a line.
func fields(line []byte, n int) [][]byte {
	out := make([][]byte, 0, n)
	for len(out) < n {
		t := bytes.IndexAny(line, "\t\n")
		if t < 0 {
			out = append(out, line)
			break
		}
		out = append(out, line[:t])
		if line[t] == '\n' {
			break
		}
		line = line[t+1:]
	}
	return out
}

// row parses one GeoNames row, caching the result.
func (g *Gazetteer) row(i int) *Place {
	if p := g.cache[i].Load(); p != nil {
		return p
	}
	c := fields(placesTSV[g.rows[i]:], 9)
	p := &Place{ID: "geonames:" + string(c[0]), Name: string(c[1]), Kind: string(c[2]), Country: string(c[3]), Source: "geonames"}
	p.Lat, _ = strconv.ParseFloat(string(c[6]), 64)
	p.Lon, _ = strconv.ParseFloat(string(c[7]), 64)
	p.Population, _ = strconv.ParseInt(string(c[8]), 10, 64)
	if p.Kind != "country" && len(c[4]) > 0 {
		p.a1code = string(c[3]) + "." + string(c[4])
		if r, ok := g.admin1[p.a1code]; ok && p.Kind != "admin1" {
			p.Admin1 = string(fields(placesTSV[g.rows[r]:], 2)[1])
		} else if p.Kind == "admin1" {
			p.Admin1 = p.Name
		}
		if len(c[5]) > 0 {
			p.Admin2 = g.admin2[p.a1code+"."+string(c[5])]
		}
	}
	if g.cache[i].CompareAndSwap(nil, p) {
		return p
	}
	return g.cache[i].Load()
}

// lookupHash finds a key hash in the embedded index by interpolation search
// (the hashes are uniform), returning the postings range and prefix flag.
func (g *Gazetteer) lookupHash(h uint64) (lo, hi uint32, prefix, ok bool) {
	a, b := 0, g.nkeys-1
	at := func(i int) uint64 { return binary.LittleEndian.Uint64(g.hashes[8*i:]) }
	for a <= b {
		ha, hb := at(a), at(b)
		if h < ha || h > hb {
			return 0, 0, false, false
		}
		var m int
		if hb == ha {
			m = a
		} else {
			m = a + int(float64(b-a)*(float64(h-ha)/float64(hb-ha)))
		}
		if m < a {
			m = a
		} else if m > b {
			m = b
		}
		hm := at(m)
		switch {
		case hm == h:
			o := binary.LittleEndian.Uint32(g.offs[4*m:])
			e := binary.LittleEndian.Uint32(g.offs[4*(m+1):]) &^ (1 << 31)
			return o &^ (1 << 31), e, o&(1<<31) != 0, true
		case hm < h:
			a = m + 1
		default:
			b = m - 1
		}
	}
	return 0, 0, false, false
}

// LookupHash returns the candidates for a key hash (see Hash and HashExtend)
// and whether longer names start with this key.
func (g *Gazetteer) LookupHash(h uint64) (cands []Candidate, prefix bool) {
	if lo, hi, pre, ok := g.lookupHash(h); ok {
		prefix = pre
		for i := lo; i < hi; i++ {
			v := binary.LittleEndian.Uint32(g.postings[4*i:])
			cands = append(cands, Candidate{Place: g.row(int(v &^ (1 << 31))), Primary: v&(1<<31) != 0})
		}
	}
	if len(g.override) > 0 {
		for i := range cands {
			if o, ok := g.override[cands[i].Place.ID]; ok {
				cands[i].Place = o
			}
		}
	}
	if ex, ok := g.extraNames[h]; ok {
		cands = mergeCandidates(cands, ex)
	}
	if g.extraPrefix[h] {
		prefix = true
	}
	return cands, prefix
}

// mergeCandidates adds curated candidates; a curated entry that names a
// GeoNames id replaces nothing but marks that place with its priority.
func mergeCandidates(cands, ex []Candidate) []Candidate {
	for _, e := range ex {
		dup := false
		for i := range cands {
			if cands[i].Place.ID == e.Place.ID {
				dup = true
				if e.Place.Source != "geonames" || e.Place.Priority > cands[i].Place.Priority {
					cands[i].Place = e.Place // a curated entry overrides the row it names
				}
				cands[i].Primary = cands[i].Primary || e.Primary
			}
		}
		if !dup {
			cands = append(cands, e)
		}
	}
	return cands
}

// Lookup returns every candidate for a name, in no particular order.
func (g *Gazetteer) Lookup(name string) []Candidate {
	c, _ := g.LookupHash(Hash(Key(name)))
	return c
}

// IsCommonWord reports a single-word name key that is also a common English
// word ("reading", "mobile", "hit"): such a name needs context to be a place.
func (g *Gazetteer) IsCommonWord(key string) bool { return g.common[key] }

// Country returns the country place for an ISO code.
func (g *Gazetteer) Country(cc string) *Place {
	if r, ok := g.country[cc]; ok {
		return g.row(r)
	}
	return nil
}

// Capital returns a country's capital (the PPLC populated place), or nil.
func (g *Gazetteer) Capital(cc string) *Place {
	g.capOnce.Do(func() {
		g.capitals = map[string]*Place{}
		for i := len(g.country) + len(g.admin1) + len(g.admin2); i < len(g.rows); i++ {
			c := fields(placesTSV[g.rows[i]:], 4)
			if string(c[2]) == "PPLC" {
				p := g.row(i)
				if old, ok := g.capitals[p.Country]; !ok || p.Population > old.Population {
					g.capitals[p.Country] = p
				}
			}
		}
	})
	return g.capitals[cc]
}

// Admin1 returns the first-level division of a "CC.code" key ("US.AL"), or
// nil.
func (g *Gazetteer) Admin1(code string) *Place {
	if r, ok := g.admin1[code]; ok {
		return g.row(r)
	}
	return nil
}

// Admin1Code returns "CC.code" for a place's admin1 ("" when unknown).
func (p *Place) Admin1Code() string { return p.a1code }

// admin1ByName finds a country's admin1 row by (normalised) name.
func (g *Gazetteer) admin1ByName(cc, name string) *Place {
	k := Key(name)
	for code, r := range g.admin1 {
		if strings.HasPrefix(code, cc+".") {
			p := g.row(r)
			if Key(p.Name) == k {
				return p
			}
		}
	}
	for _, c := range g.Lookup(name) {
		if c.Place.Kind == "admin1" && c.Place.Country == cc {
			return c.Place
		}
	}
	return nil
}

// Stats summarises the gazetteer.
type Stats struct {
	GeoNamesRows int
	Countries    int
	Admin1       int
	Admin2       int
	Populated    int
	NameKeys     int
	Curated      int
	CuratedNames int
	CommonWords  int
	Stations     int
}

// Stats counts what the gazetteer holds.
func (g *Gazetteer) Stats() Stats {
	s := Stats{GeoNamesRows: len(g.rows), Countries: len(g.country), Admin1: len(g.admin1), Admin2: len(g.admin2),
		NameKeys: g.nkeys, Curated: len(g.extra), CuratedNames: len(g.extraNames), CommonWords: len(g.common),
		Stations: len(g.stations)}
	s.Populated = s.GeoNamesRows - s.Countries - s.Admin1 - s.Admin2
	return s
}

// HasPoint reports a place with a known location. GeoNames gives an
// administrative area no point; the generator takes its largest town's, and
// an area with no town of 500 people (20,000 admin2 areas, such as Iraq's
// Taji District) keeps 0,0, which is no place.
func (p *Place) HasPoint() bool { return p.Lat != 0 || p.Lon != 0 }

// Point returns the place's latitude and longitude, nil when it has none
// (HasPoint): an output omits what it does not know.
func (p *Place) Point() (lat, lon *float64) {
	if !p.HasPoint() {
		return nil, nil
	}
	pt := [2]float64{p.Lat, p.Lon} // one allocation for both
	return &pt[0], &pt[1]
}

// Within reports whether two points are at most km apart; a latitude
// difference alone rules most pairs out without trigonometry. A place with
// no point (0,0: HasPoint) is near nothing.
func Within(lat1, lon1, lat2, lon2, km float64) bool {
	if lat1 == 0 && lon1 == 0 || lat2 == 0 && lon2 == 0 {
		return false
	}
	if math.Abs(lat1-lat2)*111.2 > km {
		return false
	}
	return Distance(lat1, lon1, lat2, lon2) <= km
}

// Distance is the great-circle distance in km.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
