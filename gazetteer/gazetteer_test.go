package gazetteer

import (
	"bytes"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	cases := map[string]string{
		"Al-Qa'im": "qaim", "al Qaim": "qaim", "Qaim": "qaim", "Al Qa’im": "qaim",
		"Deir ez-Zor": "deir zor", "Dayr az Zawr": "dayr zawr", "Ar-Raqqah": "raqqah",
		"U.S.": "us", "Diyālá": "diyala", "Ţūz Khūrmātū": "tuz khurmatu", "As Sulaymānīyah": "sulaymaniyah",
		"Washington, D.C.": "washington dc", "As well": "as well",
	}
	for in, want := range cases {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	has := func(name, id string) bool {
		for _, c := range g.Lookup(name) {
			if c.Place.ID == id {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ name, id string }{
		{"Mosul", "geonames:99072"}, {"Makhmour", "geonames:93818"}, {"Hemrin", "sitrep:hamrin-mountains"},
		{"Hamrin", "sitrep:hamrin-mountains"}, {"Baghouz", "sitrep:baghouz"}, {"Iraq", "geonames:99237"},
		{"Nineveh", "geonames:92877"}, {"Saladin", "geonames:91695"}, {"U.S.", "geonames:6252001"},
		{"al-Qaim", "geonames:92138"}, {"Deir al-Zor", "geonames:170794"},
	} {
		if !has(c.name, c.id) {
			t.Errorf("Lookup(%q) lacks %s", c.name, c.id)
		}
	}
	// short alternates that are words or names of their own are gone: "Sam"
	// is no Damascus, "Mesa" no Metz, "St" no Sète; "Kut" is still Al Kut
	for _, c := range []struct{ name, id string }{
		{"Sam", "geonames:170654"}, {"Mesa", "geonames:2994160"}, {"St", "geonames:2974733"}, {"I've", "geonames:627793"},
	} {
		if has(c.name, c.id) {
			t.Errorf("Lookup(%q) has %s", c.name, c.id)
		}
	}
	if !has("Kut", "geonames:99131") {
		t.Errorf("Lookup(%q) lacks Al Kut", "Kut")
	}
	if p := g.Lookup("Mosul")[0].Place; p.Country != "IQ" {
		t.Errorf("Mosul country = %s", p.Country)
	}
	if !g.IsCommonWord("hit") || !g.IsCommonWord("reading") || g.IsCommonWord("mosul") {
		t.Errorf("common words: hit=%v reading=%v mosul=%v", g.IsCommonWord("hit"), g.IsCommonWord("reading"), g.IsCommonWord("mosul"))
	}
	for _, c := range g.Lookup("Mosul") {
		if c.Place.ID == "geonames:99072" && c.Place.Admin1 != "Nineveh" {
			t.Errorf("Mosul admin1 = %q; want Nineveh", c.Place.Admin1)
		}
	}
}

func TestOverlayErrors(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	bad := `places:
- {id: sitrep:a, name: A, kind: town, country: IQ, lat: 33, lon: 44}
- {id: sitrep:a, name: B, kind: town, country: IQ, lat: 33, lon: 44}
- {id: Sitrep:C, name: C, kind: twn, country: XX, lat: 95, lon: 44, colour: red}
- {id: sitrep:d, name: D, kind: town, country: IQ, admin1: Atlantis, lat: 33, lon: 44}
- {id: geonames:1, aliases: [X]}
- {id: sitrep:e, kind: town}
`
	err = g.AddYAML("p.yaml", []byte(bad))
	if err == nil {
		t.Fatal("bad overlay accepted")
	}
	for _, want := range []string{
		`p.yaml:3: duplicate id "sitrep:a" (first at line 2)`,
		`p.yaml:4: bad id "Sitrep:C"`,
		`p.yaml:4: unknown kind "twn"`,
		`p.yaml:4: unknown country "XX"`,
		`p.yaml:4: bad lat "95"`,
		`p.yaml:4: unknown key "colour"`,
		`p.yaml:5: sitrep:d: admin1 "Atlantis" is not a first-level division of IQ`,
		`p.yaml:6: geonames:1 is not in the embedded GeoNames data`,
		`p.yaml:7: sitrep:e has no name`,
		`p.yaml:7: sitrep:e needs lat and lon`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%v", want, err)
		}
	}
	if len(g.Lookup("A")) > 0 && g.Lookup("A")[0].Place.ID == "sitrep:a" {
		t.Error("a file with errors added places")
	}
}

// TestStations covers the broadcasters' table: the embedded one, a user's
// addition, and every error of a bad file, each with its line.
func TestStations(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for call, want := range map[string]string{"WSMV": "Nashville/Tennessee", "KMOV": "St. Louis/Missouri", "WRC": "Washington/Washington, D.C.", "KSTP": "Saint Paul/Minnesota"} {
		if st := g.Station(call); st == nil || st.City.Name+"/"+st.City.Admin1 != want {
			t.Errorf("Station(%s) = %+v; want %s", call, st, want)
		}
	}
	if st := g.Station("WAVE"); st == nil || !st.Word {
		t.Errorf("Station(WAVE) = %+v; want Louisville, marked as a word", st)
	}
	g, err = New()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.AddYAML("s.yaml", []byte("stations:\n- {call: KTAL, city: Texarkana, admin1: Texas}\n")); err != nil {
		t.Fatal(err)
	}
	if st := g.Station("KTAL"); st == nil || st.City.Admin1 != "Texas" {
		t.Errorf("a user's station KTAL = %+v; want Texarkana, Texas", st)
	}
	bad := `stations:
- {call: WXYZ, city: Detroit, admin1: Michigan}
- {call: WXYZ, city: Detroit, admin1: Michigan}
- {call: wsmv, city: Nashville, admin1: Tennessee, band: tv}
- {call: KXXX, city: Nashvile, admin1: Tennessee}
- {call: KYYY, city: Nashville, admin1: Tenessee}
- {call: KZZZ, city: Nashville}
- {call: WAVE, city: Louisville, admin1: Kentucky, word: maybe}
`
	err = g.AddYAML("s.yaml", []byte(bad))
	if err == nil {
		t.Fatal("bad stations accepted")
	}
	for _, want := range []string{
		`s.yaml:3: duplicate call sign "WXYZ" (first at line 2)`,
		`s.yaml:4: bad call sign "wsmv"`,
		`s.yaml:4: unknown key "band"`,
		`s.yaml:5: station KXXX: no populated place "Nashvile" in Tennessee`,
		`s.yaml:6: station KYYY: admin1 "Tenessee" is not a first-level division of US`,
		`s.yaml:7: station entry needs call, city and admin1`,
		`s.yaml:8: bad word "maybe"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%v", want, err)
		}
	}
	if g.Station("WXYZ") != nil {
		t.Error("a file with errors added stations")
	}
}

func TestActorFileErrors(t *testing.T) {
	a, err := DefaultActors()
	if err != nil {
		t.Fatal(err)
	}
	bad := `actors:
- {id: x-group, name: X, kind: insurgnt}
- {id: x-group, name: X, kind: insurgent, parent: nobody}
- {id: y, kind: militia, alias: [Y]}
unattributed: [raiders]
`
	err = a.AddYAML("a.yaml", []byte(bad))
	if err == nil {
		t.Fatal("bad actors accepted")
	}
	for _, want := range []string{`a.yaml:2: unknown kind "insurgnt"`, `a.yaml:3: duplicate id "x-group"`, `a.yaml:4: unknown key "alias"`, `a.yaml:4: actor y has no name`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%v", want, err)
		}
	}
	for _, id := range []string{"islamic-state", "al-qaeda", "al-qaeda-in-iraq", "hayat-tahrir-al-sham", "popular-mobilization-forces",
		"kataib-hezbollah", "asaib-ahl-al-haq", "badr-organization", "peshmerga", "pkk", "ypg", "syrian-democratic-forces",
		"iraqi-security-forces", "syrian-government-forces", "turkish-military", "russian-military", "us-led-coalition", "civilians"} {
		if a.Get(id) == nil {
			t.Errorf("SPEC actor id %s missing from the dictionary", id)
		}
	}
}

func TestReadGeoNames(t *testing.T) {
	dump := "1\tA Town\tA Town\tAlt A\t33.1\t44.2\tP\tPPL\tIQ\t\t11\t\t\t\t900\t\t300\tAsia/Baghdad\t2020-01-01\n" +
		"x\ty\n" +
		"2\tB\tB\t\tnorth\t44.2\tP\tPPL\tIQ\t\t11\t\t\t\t900\t\t300\tAsia/Baghdad\t2020-01-01\n"
	ps, probs := ReadGeoNames("d.txt", bytes.NewReader([]byte(dump)), int64(len(dump)))
	if len(ps) != 1 || len(probs) != 2 || probs[0].Line != 2 || probs[1].Line != 3 {
		t.Errorf("ReadGeoNames = %d places, problems %v", len(ps), probs)
	}
}
