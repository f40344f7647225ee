// Command gen derives sitrep's embedded gazetteer from GeoNames dumps.
//
//	go run ./internal/gen -src ../../shared/geonames -out data -words /usr/share/dict/words
//
// It reads countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt and
// cities500.txt.gz and writes:
//
//	data/places.tsv   one place per line (countries, admin1, admin2, populated places)
//	data/names.bin    the name index: sorted FNV-1a hashes of normalised names → places
//	data/common.txt   place names that are also common English words (from -words)
//	data/PROVENANCE.md what was read, when, and how many of each
//
// The output is deterministic: the same dumps give the same bytes.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/gazetteer"
)

type place struct {
	id       int
	name     string
	kind     string // country, admin1, admin2 or a GeoNames feature code
	cc       string
	a1, a2   string
	lat, lon float64
	pop      int64
	names    []string // primary first
}

func main() {
	src := flag.String("src", "../../shared/geonames", "folder with the GeoNames dumps")
	out := flag.String("out", "data", "output folder")
	words := flag.String("words", "/usr/share/dict/words", "English word list for common.txt (kept as is when absent)")
	flag.Parse()
	if err := run(*src, *out, *words); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out, wordsPath string) error {
	words, err := readWords(wordsPath)
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(src, "cities500.txt.gz"), words)
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(src, "countryInfo.txt"), cities)
	if err != nil {
		return err
	}
	admin1, err := readAdmin(filepath.Join(src, "admin1CodesASCII.txt"), "admin1", cities)
	if err != nil {
		return err
	}
	admin2, err := readAdmin(filepath.Join(src, "admin2Codes.txt"), "admin2", cities)
	if err != nil {
		return err
	}
	all := append(append(append(countries, admin1...), admin2...), cities...)

	var tsv bytes.Buffer
	fmt.Fprintf(&tsv, "#sitrep-places v1\t%d\n", len(all))
	for _, p := range all {
		fmt.Fprintf(&tsv, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", p.id, clean(p.name), p.kind, p.cc, p.a1, p.a2,
			strconv.FormatFloat(p.lat, 'f', 5, 64), strconv.FormatFloat(p.lon, 'f', 5, 64), p.pop)
	}
	if err := os.WriteFile(filepath.Join(out, "places.tsv"), tsv.Bytes(), 0o644); err != nil {
		return err
	}

	// Name index: key hash → postings (row index, bit 31 set for a primary name).
	postings := map[uint64][]uint32{}
	prefixes := map[uint64]bool{}
	singleWord := map[string]bool{}
	for row, p := range all {
		seen := map[string]bool{}
		for i, n := range p.names {
			ws := gazetteer.Words(n)
			key := gazetteer.KeyWords(ws)
			if key == "" || seen[key] || len(ws) > 6 {
				continue
			}
			seen[key] = true
			v := uint32(row)
			if i == 0 || (p.kind != "country" && i == 1) {
				v |= 1 << 31
			}
			h := gazetteer.Hash(key)
			postings[h] = append(postings[h], v)
			kw := strings.Fields(key)
			if len(kw) == 1 {
				singleWord[key] = true
			}
			ph := gazetteer.Hash(kw[0])
			for j := 1; j < len(kw); j++ {
				prefixes[ph] = true
				ph = gazetteer.HashExtend(ph, kw[j])
			}
		}
	}
	for h := range prefixes {
		if _, ok := postings[h]; !ok {
			postings[h] = nil
		}
	}
	hashes := make([]uint64, 0, len(postings))
	for h := range postings {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	var bin bytes.Buffer
	bin.WriteString("SGZ1")
	binary.Write(&bin, binary.LittleEndian, uint32(len(hashes)))
	for _, h := range hashes {
		binary.Write(&bin, binary.LittleEndian, h)
	}
	var flat []uint32
	for _, h := range hashes {
		off := uint32(len(flat))
		if prefixes[h] {
			off |= 1 << 31
		}
		binary.Write(&bin, binary.LittleEndian, off)
		ps := postings[h]
		sort.Slice(ps, func(i, j int) bool { return ps[i]&^(1<<31) < ps[j]&^(1<<31) })
		flat = append(flat, ps...)
	}
	binary.Write(&bin, binary.LittleEndian, uint32(len(flat))) // sentinel offset
	for _, v := range flat {
		binary.Write(&bin, binary.LittleEndian, v)
	}
	if err := os.WriteFile(filepath.Join(out, "names.bin"), bin.Bytes(), 0o644); err != nil {
		return err
	}

	commonCount, err := writeCommon(wordsPath, filepath.Join(out, "common.txt"), singleWord)
	if err != nil {
		return err
	}
	prov := fmt.Sprintf(`# Provenance of the embedded gazetteer

Derived by `+"`go generate ./gazetteer/...`"+` (gazetteer/internal/gen) from GeoNames dumps
(https://www.geonames.org, CC BY 4.0): countryInfo.txt, admin1CodesASCII.txt,
admin2Codes.txt and cities500.txt.gz as shipped in shared/geonames.

Dumps dated (cities500.txt.gz modification time): %s

| what | rows |
|---|---|
| countries | %d |
| admin1 areas | %d |
| admin2 areas | %d |
| populated places (500+ people) | %d |
| distinct name keys | %d (of which prefix-only: %d) |
| postings | %d |
| common English words that are also place names (common.txt) | %d |

Countries and admin areas carry no point in these dumps; sitrep gives each the
point of its capital (PPLC, PPLA, PPLA2) or, failing that, of its most populous
place. Alternate names are kept when written in Latin script; names with digits
and short all-capital codes are dropped, and so are alternates of four letters or
fewer that are two letters long, lowercase, or an English word or first name of the
word list ("Sam" for Damascus, "Mesa" for Metz). common.txt comes from the Debian
wamerican word list (SCOWL) intersected with the place names.
`, stamp(filepath.Join(src, "cities500.txt.gz")), len(countries), len(admin1), len(admin2), len(cities),
		len(hashes), len(hashes)-countNonNil(postings), len(flat), commonCount)
	return os.WriteFile(filepath.Join(out, "PROVENANCE.md"), []byte(prov), 0o644)
}

// stamp dates the output by its source, so the same dumps give the same bytes.
func stamp(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "unknown"
	}
	return fi.ModTime().UTC().Format(time.DateOnly)
}

func countNonNil(m map[uint64][]uint32) int {
	n := 0
	for _, v := range m {
		if v != nil {
			n++
		}
	}
	return n
}

func clean(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }

func readCities(path string, words map[string]bool) ([]*place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var out []*place
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			continue
		}
		id, _ := strconv.Atoi(c[0])
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		p := &place{id: id, name: c[1], kind: c[7], cc: c[8], a1: c[10], a2: c[11], lat: lat, lon: lon, pop: pop}
		p.names = append(p.names, c[1], c[2])
		if c[3] != "" {
			for _, a := range strings.Split(c[3], ",") {
				if usableAlt(a) && !shortWord(a, words) {
					p.names = append(p.names, a)
				}
			}
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, sc.Err()
}

// usableAlt keeps Latin-script alternate names without digits that are not
// short all-capital codes (airport and postal codes ride along in the dumps).
func usableAlt(a string) bool {
	if len(a) < 2 || len(a) > 60 {
		return false
	}
	letters, upper := 0, 0
	for _, r := range a {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.In(r, unicode.Latin) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 2 || (upper == letters && letters <= 4) {
		return false
	}
	return true
}

// shortWord reports an alternate name of four letters or fewer that is no
// name of its own: two letters ("St" for Sète, "Br" for Bar), a lowercase
// transliteration ("bld" for Balad, "bin" for Vienna), or an English word or
// first name (words: "Sam" for Damascus, "Mesa" for Metz, "I've" for Iwye).
// Such alternates match prose far more often than the place; "Kut", "Tuz"
// and "Fao" stay.
func shortWord(a string, words map[string]bool) bool {
	letters := 0
	for _, r := range a {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters > 4 {
		return false
	}
	return letters < 3 || !unicode.IsUpper([]rune(a)[0]) || words[gazetteer.Key(a)]
}

// readWords reads the English word list (proper names and contractions too)
// as name keys, to filter alternate names; absent, it filters nothing.
func readWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		fmt.Fprintf(os.Stderr, "gen: %s absent; short alternate names that are English words are kept\n", path)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" {
			set[gazetteer.Key(w)] = true // "Šam" meets "Sam", "Ive" meets "I've"
		}
	}
	return set, nil
}

// countryAliases are the short forms the press uses that countryInfo lacks.
var countryAliases = map[string][]string{
	"US": {"U.S.", "USA", "U.S.A.", "United States of America", "America"},
	"GB": {"UK", "U.K.", "Britain", "Great Britain"},
	"AE": {"UAE", "U.A.E.", "Emirates"},
	"RU": {"Russian Federation"},
	"SY": {"Syrian Arab Republic"},
	"IR": {"Islamic Republic of Iran"},
	"KR": {"South Korea", "Korea"},
	"KP": {"North Korea", "DPRK"},
	"CD": {"DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo"},
	"CG": {"Congo-Brazzaville", "Republic of Congo"},
	"CI": {"Ivory Coast", "Cote d'Ivoire"},
	"MM": {"Burma"},
	"CZ": {"Czech Republic"},
	"NL": {"Holland", "The Netherlands"},
	"VA": {"Vatican", "Holy See"},
	"PS": {"Palestinian Territories", "Palestinian territories"},
	"TR": {"Türkiye", "Turkiye"},
}

func readCountries(path string, cities []*place) ([]*place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	best := map[string]*place{}
	for _, c := range cities {
		if b := best[c.cc]; b == nil || rank(c, "PPLC") > rank(b, "PPLC") {
			best[c.cc] = c
		}
	}
	var out []*place
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 17 {
			continue
		}
		id, _ := strconv.Atoi(c[16])
		pop, _ := strconv.ParseInt(c[7], 10, 64)
		p := &place{id: id, name: c[4], kind: "country", cc: c[0], pop: pop}
		p.names = append(p.names, c[4])
		p.names = append(p.names, countryAliases[c[0]]...)
		if cap := best[c[0]]; cap != nil {
			p.lat, p.lon = cap.lat, cap.lon
		}
		out = append(out, p)
	}
	return out, nil
}

var adminSuffixes = []string{" Governorate", " Province", " Region", " District", " Oblast", " County",
	" State", " Municipality", " Prefecture", " Department", " Muhafazat", " Qada", " Qadaa"}

func readAdmin(path, kind string, cities []*place) ([]*place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	capCode := "PPLA"
	if kind == "admin2" {
		capCode = "PPLA2"
	}
	best := map[string]*place{}
	pops := map[string]int64{}
	for _, c := range cities {
		k := c.cc + "." + c.a1
		if kind == "admin2" {
			k += "." + c.a2
		}
		pops[k] += c.pop
		if b := best[k]; b == nil || rank(c, capCode) > rank(b, capCode) {
			best[k] = c
		}
	}
	var out []*place
	for _, line := range strings.Split(string(b), "\n") {
		c := strings.Split(line, "\t")
		if len(c) < 4 {
			continue
		}
		id, _ := strconv.Atoi(strings.TrimSpace(c[3]))
		code := strings.Split(c[0], ".")
		p := &place{id: id, name: c[1], kind: kind, cc: code[0], a1: code[1], pop: pops[c[0]]}
		if kind == "admin2" && len(code) > 2 {
			p.a2 = code[2]
		}
		p.names = append(p.names, c[1], c[2])
		for _, n := range []string{c[1], c[2]} {
			for _, s := range adminSuffixes {
				if strings.HasSuffix(n, s) && len(n) > len(s)+2 {
					p.names = append(p.names, strings.TrimSuffix(n, s))
				}
			}
		}
		if bp := best[c[0]]; bp != nil {
			p.lat, p.lon = bp.lat, bp.lon
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// rank orders candidate capitals: the named capital code first, then population.
func rank(p *place, capCode string) int64 {
	r := p.pop
	if p.kind == capCode || (capCode == "PPLA" && p.kind == "PPLC") {
		r += 1 << 40
	}
	return r
}

func writeCommon(wordsPath, out string, names map[string]bool) (int, error) {
	f, err := os.Open(wordsPath)
	if err != nil {
		if os.IsNotExist(err) {
			fmt.Fprintf(os.Stderr, "gen: %s absent; keeping %s as it is\n", wordsPath, out)
			b, _ := os.ReadFile(out)
			return bytes.Count(b, []byte("\n")), nil
		}
		return 0, err
	}
	defer f.Close()
	set := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.ContainsAny(w, "'") || !unicode.IsLower([]rune(w)[0]) {
			continue
		}
		k := gazetteer.Key(w)
		if names[k] {
			set[k] = true
		}
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		return 0, err
	}
	list := make([]string, 0, len(set))
	for w := range set {
		list = append(list, w)
	}
	sort.Strings(list)
	var b bytes.Buffer
	b.WriteString("# Place names that are also common lowercase English words (generated; see PROVENANCE.md)\n")
	for _, w := range list {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return len(list), os.WriteFile(out, b.Bytes(), 0o644)
}
