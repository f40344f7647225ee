package extract

import (
	"math"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
)

func placesIn(t *testing.T, text string) map[string]placeMention {
	t.Helper()
	x := testExtractor(t)
	d := NewDocument(text)
	out := map[string]placeMention{}
	ps, _ := x.findPlaces(d, nil)
	for _, p := range ps {
		s, e := d.Tokens[p.start].Start, d.Tokens[p.end-1].End
		out[d.Text[s:e]] = p
	}
	return out
}

func TestPlacesResolve(t *testing.T) {
	cases := []struct {
		name, text, mention, id, admin1, country string
	}{
		{"Mosul", "MOSUL, Iraq – Militants struck again in Mosul.", "Mosul", "geonames:99072", "Nineveh", "IQ"},
		{"Makhmour spelling", "ISIS ambushed a bus in Makhmour on March 7.", "Makhmour", "geonames:93818", "", "IQ"},
		{"Hemrin", "The militants regrouped in the Hemrin mountain range in Iraq.", "Hemrin mountain range", "sitrep:hamrin-mountains", "", "IQ"},
		{"Hamrin", "An operation in the Hamrin Mountains of northern Diyala.", "Hamrin Mountains", "sitrep:hamrin-mountains", "", "IQ"},
		{"Baghouz", "U.S.-backed forces surrounded ISIS in the Syrian village of Baghouz.", "Baghouz", "sitrep:baghouz", "", "SY"},
		{"al-Qaim variants", "Clashes near al-Qaim in Anbar.", "al-Qaim", "geonames:92138", "", "IQ"},
		{"Al Qa'im", "Clashes near Al Qa'im, Iraq.", "Al Qa'im", "geonames:92138", "", "IQ"},
		{"province", "Attacks in Salahuddin province and Diyala.", "Salahuddin", "geonames:91695", "", "IQ"},
		{"parent constraint", "A shooting in Alexandria, Minnesota, left one dead.", "Alexandria", "geonames:5016108", "", "US"},
		{"St. Louis", "He died at a hospital in St. Louis, Missouri.", "St. Louis", "geonames:4407066", "", "US"},
		{"a big city over a village abroad", "Charges were filed in the death of a Houston man. The incident occurred in the 12800 block of Gotham in southeast Houston.", "Houston", "geonames:4699066", "", "US"},
		{"parent of an unknown place", "Mortar shells hit al-Joura neighborhood in Deir Ezzor city.", "Deir Ezzor", "geonames:170794", "", "SY"},
		{"a Chicago community area", "A man was shot in Austin on Monday. Chicago police said he is in stable condition.", "Austin", "sitrep:chicago-austin", "Illinois", "US"},
		{"the Texas capital in a Texas story", "A man was shot in Austin on Monday, Texas authorities said.", "Austin", "geonames:4671654", "Texas", "US"},
		{"a namesake in the province the story names", "An Exeter teen died during a hunting trip in Sequoia National Forest, the California Department of Fish and Wildlife said. The Exeter boy was 15.", "Exeter", "geonames:5347239", "California", "US"},
		{"a US state capital weighs as a county seat its size", "Charleston police said a mother shot her son on Monday.", "Charleston", "geonames:4574324", "South Carolina", "US"},
		{"a town's police force", "Zanesville Police say a 14-year-old was accidentally shot Wednesday.", "Zanesville", "geonames:4528923", "Ohio", "US"},
		{"a town's police, though its name is a common word", "Garland police and paramedics responded to a call on Monday.", "Garland", "geonames:4693003", "Texas", "US"},
		{"a county abbreviated, in its state", "HALIFAX CO., Va. - A woman was hit by a bullet Sunday. Here is the news release from the Halifax County Sheriff’s Office.", "HALIFAX", "geonames:4762757", "Virginia", "US"},
		{"a town's own name in the story's state over a far city's old name", "Six people were shot at a party in Harrington on Sunday. Tips go to the Delaware State Police.", "Harrington", "geonames:4142841", "Delaware", "US"},
		{"a home town before a victim's predicate", "A 36-year-old Palestine man eluded authorities. James Barnett, 36, of Palestine was arrested Wednesday, the Anderson County Sheriff said.", "Palestine", "geonames:4717232", "Texas", "US"},
		{"a province after its town with no comma", "A man was shot in Dayton Ohio on Monday.", "Ohio", "geonames:5165418", "Ohio", "US"},
		{"the capital by its district", "A 3-year-old girl died after being shot in a home in Southeast D.C., police said.", "D.C.", "geonames:4140963", "Washington, D.C.", "US"},
		{"a town where someone of its name was shot", "Edgar Garcia Salinas, 28, ran away. They had eaten at a restaurant in Salinas, police said.", "Salinas", "geonames:5391295", "", "US"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := placesIn(t, c.text)
			p, ok := ps[c.mention]
			if !ok {
				t.Fatalf("places(%q) has no %q; got %v", c.text, c.mention, keys(ps))
			}
			if p.place.ID != c.id || p.place.Country != c.country || (c.admin1 != "" && p.place.Admin1 != c.admin1) {
				t.Errorf("places(%q)[%q] = %s %s %s; want %s %s %s", c.text, c.mention, p.place.ID, p.place.Admin1, p.place.Country, c.id, c.admin1, c.country)
			}
		})
	}
	ps := placesIn(t, "MOSUL, Iraq – Militants struck again in Mosul.")
	if m := ps["Mosul"].place; math.Abs(m.Lat-36.34) > 0.02 || math.Abs(m.Lon-43.12) > 0.02 {
		t.Errorf("Mosul at %.3f,%.3f; want 36.34,43.12", m.Lat, m.Lon)
	}
}

// TestNotPlaces lists words that must not become places.
func TestNotPlaces(t *testing.T) {
	cases := []struct{ text, word string }{
		{"ISIS Makes Comeback in Iraq Through Hit-and-Run Attacks", "Hit"},
		{"ISIS has switched to hit-and-run attacks.", "hit"},
		{"Police said the bus was hit.", "Police"},
		{"Reading the report, officials said it was wrong.", "Reading"},
		{"“I was scared,” says Hama, a Kurdish local.", "Hama"},
		{"Just as Khaled, 54, was putting his feet up.", "Khaled"},
		{"Mr. Sharif said he was fine.", "Sharif"},
		{"Three died, according to @StocktonPolice — Tia A. Ewing (@TIA_EWING) March 18, 2015", "EWING"}, // a user's handle
		{"Police (@Clinton_PD) asked for tips.", "Clinton"},
		{"In March it was seven.", "March"},
		{"As police sought Walker, his mother woke up at her home.", "As"},          // a function word, not Aš, Czechia
		{"A man was charged in the death of Daniel Redmond-Hamilton.", "Hamilton"},  // a double surname
		{"Mortar shells hit al-Joura neighborhood in Deir Ezzor city.", "al-Joura"}, // not Jora, India: the text puts it in Syria
		{"The Kurdistan Workers Party fought back.", "Kurdistan"},
		{"The call came at 10:15 a.m. EST on Monday.", "EST"},                          // a time zone, not Est, Cameroon
		{"Police say 22-year-old Nygel E. Williams was shot by a friend.", "Williams"}, // an initial before a surname
		{"The sheriff spoke on Monday.\nJamie Brock, a firefighter, confronted him.", "Brock"},
		{"Six people were shot at a West Side party.", "West Side"},                                  // a small place's alternate name, no evidence
		{"A Canadian and a Briton were killed near Raqqa.", "Canadian"},                              // a demonym, not Canadian, Texas
		{"Conner died of a gunshot wound to the chest.", "Conner"},                                   // a person who died
		{"It was held at the Hooper Pointe Apartments on Hooper Road.", "Hooper"},                    // a sentence full of names is no title-case headline
		{"Daniel, 5, was shot. Bronaugh said Daniel was a kindergartner.", "Daniel"},                 // a name and an age
		{"Reservations can be made through Reserve America, 877-345-6777.", "Reserve"},               // a company's name, not the Louisiana town
		{"Cards go to PO Box 938\nDenham Springs LA 70727", "Denham Springs"},                        // a mailing address
		{"Jared Michael Williams, 34, was arrested. Deputies said Williams shot him.", "Williams"},   // three names make a person
		{"Luan Le, 16, was shot to death today. A neighbour said Le was quiet.", "Le"},               // two names and an age
		{"James Millhorn died later at Johnson City Medical Center.", "Johnson"},                     // part of a longer name that is no place here
		{"They found 13-year-old Matthew Cisneros dead. Cisneros' relatives were told.", "Cisneros"}, // a name after an age
		{"Police said 22-year-old Kyle Carney shot and killed him. Carney was arrested.", "Carney"},
		{"He was identified as 75-year-old Kenneth Edward Conner of the residence. Conner’s wife spoke.", "Conner"},
		{"Copyright 2016 WSMV (Meredith Corporation). All rights reserved.", "Meredith"}, // a company, in a line of capitals
		{"His cousin shouted “I’ll be back,” police said.", "I’ll"},                      // a contraction, no "Ill."
		{"Pope Francis visited on Monday. Crowds greeted Francis.", "Francis"},           // a title before a name
		{"Two other victims were hurt. Source: Miles Jackson, WAVE 3 News", "Jackson"},   // a credit line
		{"The scene on Monday. (Photo: Karen Warren / Houston Chronicle)", "Warren"},
		{"Police were called to the 300 block of Cleveland on Monday.", "Cleveland"}, // streets
		{"Two men were shot at the intersection of Yosemite Avenue and Cleveland in Madera.", "Cleveland"},
		{"They were standing on the corner of Baltimore and McHenry.", "McHenry"},
		{"Officers responded to a shooting at Pope and Tutwiler. Officers arrived on the scene.", "Tutwiler"}, // a crossing
		{"Officers responded to a shooting at Corning and Kensett on Monday.", "Corning"},
		{"Police were called in the area of Quash and Foley streets on March 28.", "Foley"},
		{"CPD investigating quadruple shooting on Baltimore Avenue", "Baltimore"},
		{"They say Victoria Whitehurst, of Pinetown, was visiting a home.", "Victoria"},                                                          // a given name, a surname, a home town
		{"The victims are 62-year-old Roland Avis and 43-year-old Mary Lynette Spann. Avis, Mary Lynette Spann and Figueroa were shot.", "Mary"}, // a given name after an age (Mary, Turkmenistan)
		{"The victims are 62-year-old Roland Avis and 43-year-old Mary Lynette Spann. Avis, Mary Lynette Spann and Figueroa were shot.", "Avis"},
		{"“It hurts,” Brenda Vega said.\n\nVega and her brother spoke.", "Vega"}, // a given name that is also a small town (Brenda, Arizona)
		{"Detective Jackson found the gun. Neighbours thanked Jackson.", "Jackson"},
		{"The girl was shot in her home.\n\nMcKinney's daughter was getting ready for her prom.", "McKinney"},                               // only a person has kin
		{"“Even the doctors said there is a God,” April McKinney said. The girl is McKinney’s only child.", "McKinney"},                     // a month's name is a given name before "said"
		{"A boy was shot in Ohio.\n\nDeemer was accidentally shot in the neck on Aug. 5 by his 9-year-old brother, police said.", "Deemer"}, // a town is never shot (Deemer, Mississippi)
		{"A boy was shot on Friday. Isaac Gonzalez was walking home when he was shot. Police found Gonzalez wounded.", "Gonzalez"},          // a town walks nowhere
		{"A boy was shot on Friday. Isaac Gonzalez was walking home when he was shot. We will miss you, Isaac.", "Isaac"},                   // so the name before is a given name
		{"He was inside a vehicle in the 11000 block of South Ewing when he was shot.", "Ewing"},                                            // a street with its direction
		{"A boy was shot in the East Side neighborhood on the Far South Side.", "East Side"},                                                // a city's sides
		{"A boy was shot in the East Side neighborhood on the Far South Side.", "Side"},
		{"Police said a man was shot on the South Side on Monday.", "South Side"},
		{"An argument between two men near Seventh Street and Broadway turned violent.", "Broadway"}, // a street of every city
		{"He was shot at a restaurant on Broadway on Sunday.", "Broadway"},
		{"The gunman is an ex-con on parole. (Theodore Parisienne/for New York Daily News)", "Theodore"}, // a photographer's credit
	}
	for _, c := range cases {
		if p, ok := placesIn(t, c.text)[c.word]; ok {
			t.Errorf("places(%q) found %q as %s; want no place", c.text, c.word, p.place.ID)
		}
	}
}

func keys(m map[string]placeMention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestPlaceContext covers the article-level rules: surnames, organisation
// names, neighbours of ambiguous names, area points.
func TestPlaceContext(t *testing.T) {
	ps := placesIn(t, "Sen. Rick Scott visited. Scott said the vote was close.")
	if p, ok := ps["Scott"]; ok {
		t.Errorf("surname Scott read as %s", p.place.ID)
	}
	// a person's given name, where the context names a person beyond
	// doubt, is no small town later in the text; a city that gives a name
	// stays the city
	for text, no := range map[string]string{
		"Deputies identified the victim as Daniel Munoz. There was no room in the car for Daniel, so he stayed home.": "Daniel",
		"Daniel Munoz, 4, was shot. There was no room in the car for Daniel, so he stayed home.":                      "Daniel",
		// a parish of the Isle of Man before a surname is no organisation's place
		"The boy died. Patrick Healy reports for NBC4 News at 5 p.m. Thursday.": "Patrick",
		// a quarter of a city the gazetteer lacks is no namesake elsewhere,
		// wherever the text names it
		"Three people were found dead in Kensington. Police found them in Philadelphia's Kensington neighborhood.": "Kensington",
		"Two men were shot in the Kensington neighborhood of Philadelphia on Sunday.":                              "Kensington",
		// an acronym before a noun, a cross street, a common word of a headline
		"The man fired several shots at SWAT officers from the house in Philadelphia.":        "SWAT",
		"Police responded to Westmoreland Street near Tampa for a shooting in Philadelphia.":  "Tampa",
		"Gunman Kills Three, Barricades Himself Inside Home, Shoots at Police":                "Police",
		"Two men who shot a clerk entered Alford pleas to charges of manslaughter on Monday.": "Alford", // a plea named after a case
	} {
		if p, ok := placesIn(t, text)[no]; ok {
			t.Errorf("%q: %s read as %s", text, no, p.place.ID)
		}
	}
	for text, want := range map[string]string{
		"A gunman opened fire in MOSUL on Monday.":                                   "MOSUL",     // capitals, but no acronym
		"An Islamic State attack on soldiers in the Tadmur area of Homs killed ten.": "Tadmur",    // the province holds it
		"Two men were shot in the Sadr City district of Baghdad on Sunday.":          "Sadr City", // the city holds it
	} {
		if p, ok := placesIn(t, text)[want]; !ok || p.place == nil {
			t.Errorf("%q: %s not read as a place", text, want)
		}
	}
	if p := placesIn(t, "Orlando Torres, 53, was in a bathroom. The City of Orlando would not release the policies.")["Orlando"]; p.place == nil || p.place.Admin1 != "Florida" {
		t.Errorf("the City of Orlando beside Orlando Torres = %+v; want Orlando, Florida", p.place)
	}
	ps = placesIn(t, "The U.S. Department of Housing said so.")
	if p, ok := ps["U.S."]; !ok || !p.adjective {
		t.Errorf("U.S. inside an organisation name = %+v; want a mention that is not a location", p)
	}
	ps = placesIn(t, "COLUMBUS, Ohio — Dublin police said a man was shot in Dublin on Monday.")
	if p := ps["Dublin"]; p.place == nil || p.place.Country != "US" {
		t.Errorf("Dublin near Columbus = %+v; want Dublin, Ohio", p.place)
	}
	// a newspaper's name says where the paper is, not the story
	ps = placesIn(t, "Angelique Chase of Clinton was charged on Friday. (Dan Morse/The Washington Post)")
	if p := ps["Clinton"]; p.place != nil && p.place.Admin1 == "Washington" {
		t.Errorf("Clinton of a story credited to The Washington Post = %s, Washington; want no vote from the paper", p.place.ID)
	}
	// alternate names explain no province: "Philadelphia" and "Scott" are
	// not New Philadelphia and Winchester, Ohio
	x := testExtractor(t)
	var spans []placeSpan
	for _, name := range []string{"Philadelphia", "Scott"} {
		spans = append(spans, placeSpan{key: name, cands: x.gaz.Lookup(name)})
	}
	if a1 := coherentA1(spans, "US"); a1 != "" {
		t.Errorf("coherentA1(Philadelphia, Scott) = %q; want none", a1)
	}
	// a tie of two voted provinces: the names settle for one the text names,
	// never for a third it does not
	named := func(names ...string) []placeSpan {
		var sps []placeSpan
		for _, name := range names {
			sps = append(sps, placeSpan{key: name, cands: x.gaz.Lookup(name)})
		}
		return sps
	}
	tie := func(a, b string) focusVotes {
		return focusVotes{country: map[string]float64{"US": 3}, admin1: map[string]float64{a: 1, b: 1}}
	}
	if _, a1 := tie("US.AZ", "US.DE").focus(named("Virginia", "Roanoke", "Lynchburg")); a1 != "US.VA" {
		t.Errorf("a tie of Arizona and Delaware in a text naming Virginia: focus province %q; want US.VA", a1)
	}
	if _, a1 := tie("US.AL", "US.GA").focus(named("Montgomery", "Chisholm")); a1 != "" {
		t.Errorf("a tie of Alabama and Georgia over Montgomery and Chisholm: focus province %q; want none", a1)
	}
	for _, c := range []struct{ text, mention, country, id string }{
		// two towns after "near" are towns, crossing streets are not
		{"Hundreds were killed near Tabriz and Ahar, but most of the damage was in villages.", "Ahar", "IR", ""},
		// a possessive inside a name, and after one
		{"(Courtesy of Prince George’s County Police Department)", "Prince George’s County", "US", "geonames:4366164"},
		{"A bomb exploded near the mayor of Mosul's office.", "Mosul", "IQ", ""},
		// a city's section known by its side keeps its name
		{"Two men were shot on the Near North Side on Monday.", "Near North Side", "US", "geonames:4903360"},
		// a state that shares its name with the capital votes for no state
		{"Four people were shot in southeast Washington on Saturday night.", "Washington", "US", "geonames:4140963"},
		// a town with its state is a town, whatever its streets
		{"The shooting happened in Broadway, Va., on Monday.", "Broadway", "US", ""},
		// a town's firefighters name the town, however common its name
		{"An argument turned violent. Phoenix fire crews treated five people.", "Phoenix", "US", ""},
		// two quarters of one city name it: Chicago's Chatham, beside Roseland
		{"CHATHAM — Two people were killed in a shooting. A third was hit in the foot and took himself to Roseland Community Hospital.", "CHATHAM", "US", "geonames:4887284"},
		// a common word between an article or an age and a resident is a home town
		{"A 59-year-old Sulphur man killed his son on Sunday.", "Sulphur", "US", ""},
		{"A Mobile woman was shot on Sunday.", "Mobile", "US", ""},
		// a road between two cities names both
		{"A car bomb exploded on the Damascus-Aleppo Highway on Monday.", "Aleppo", "SY", ""},
	} {
		if p := placesIn(t, c.text)[c.mention]; p.place == nil || p.place.Country != c.country || c.id != "" && p.place.ID != c.id {
			t.Errorf("%q: %s = %+v; want %s %s", c.text, c.mention, p.place, c.country, c.id)
		}
	}
	// a common word opening a sentence is a place only when it is a
	// country's own name or an area's abbreviation
	for _, text := range []string{"Man killed in Orlando mass shooting identified.", "Store guns in a locked location.",
		"Young men lingered in small circles after the vigil in Orlando."} {
		for w, p := range placesIn(t, text) {
			if w != "Orlando" {
				t.Errorf("%q: %s read as %s", text, w, p.place.ID)
			}
		}
	}
	if p := placesIn(t, "Turkey closed its border on Monday.")["Turkey"]; p.place == nil || p.place.Country != "TR" {
		t.Errorf("Turkey = %+v; want the country", p.place)
	}
	if p := placesIn(t, "US troops arrived on Monday.")["US"]; p.place == nil || p.place.Country != "US" {
		t.Errorf("US = %+v; want the country", p.place)
	}
	// a city of 800,000 outweighs a foreign province of the name
	for text, want := range map[string]string{
		"CHARLOTTE -- Police said a man was shot in Charlotte.":          "North Carolina",
		"SAVANNAH (WSAV) – Police say a man was shot on Friday morning.": "Georgia",
	} {
		for w, p := range placesIn(t, text) {
			if p.place.Admin1 != want {
				t.Errorf("%q: %s = %s, %s; want %s", text, w, p.place.Name, p.place.Admin1, want)
			}
		}
	}
	// a province named once settles the namesakes, even inside a longer name;
	// a state's name votes for the state, not for its namesake towns
	if p := placesIn(t, "A shooting at an Arlington bar about a mile from the Texas Rangers Ballpark left one dead.")["Arlington"]; p.place == nil || p.place.Admin1 != "Texas" {
		t.Errorf("Arlington by the Texas Rangers Ballpark = %+v; want Arlington, Texas", p.place)
	}
	if p := placesIn(t, "Orange County deputies arrested a man on Monday. California officials said he was armed.")["Orange County"]; p.place == nil || p.place.Admin1 != "California" {
		t.Errorf("Orange County in a story that names California = %+v; want Orange County, California", p.place)
	}
	// the second pass leans on neither the name's own first guess (New
	// Carlisle, "Monroe" of old, beside Monroe) nor a guess outside the
	// province the text names (Madison, Wisconsin)
	if p := placesIn(t, "The Ohio highway will run through Monroe and Trenton, Madison officials said. Ohio officials approved the plan.")["Monroe"]; p.place == nil || p.place.ID != "geonames:4518550" {
		t.Errorf("Monroe of an Ohio story = %+v; want Monroe, Ohio", p.place)
	}
	// "City, ST": a postal code names the state only after one of its places
	if p := placesIn(t, "He died later at Johnson City Medical Center.")["Johnson City"]; p.place == nil || p.place.ID != "geonames:4633419" {
		t.Errorf("Johnson City of a hospital's name = %+v; want Johnson City, Tennessee", p.place)
	}
	if p := placesIn(t, "A man was shot in Portland, OR on Monday.")["OR"]; p.place == nil || p.place.Kind != "admin1" || p.place.Admin1 != "Oregon" {
		t.Errorf("OR after Portland = %+v; want Oregon", p.place)
	}
	if p, ok := placesIn(t, "Police in IN and OR said so.")["IN"]; ok {
		t.Errorf("IN alone read as %s", p.place.ID)
	}
	// "Matthew D. Flores": a surname after a given name and an initial
	if p, ok := placesIn(t, "Who would have wanted Matthew D. Flores dead? Flores was a veteran.")["Flores"]; ok {
		t.Errorf("surname Flores read as %s", p.place.ID)
	}
	ps = placesIn(t, "Officials in China said the outbreak was contained.")
	if p := ps["China"]; p.place == nil || p.place.Lat != 35 || p.place.Lon != 104 {
		t.Errorf("China at %+v; want its area point 35, 104", p.place)
	}
	// one place per name: the dateline settles the bare name later on
	ps = placesIn(t, "JACKSONVILLE, ONSLOW COUNTY -\n\nPolice say a Jacksonville man is facing charges after his son was shot.")
	if p := ps["Jacksonville"]; p.place == nil || p.place.Admin1 != "North Carolina" {
		t.Errorf("Jacksonville after an Onslow County dateline = %+v; want Jacksonville, North Carolina", p.place)
	}
	// "the village of X" favours a populated place, but not another country's
	// place by an alternate name
	ps = placesIn(t, "A bomb near the village of al-Had al-Akhdar, 17 km northeast of Baqubah, killed a farmer.")
	for w, p := range ps {
		if p.place.Country != "IQ" {
			t.Errorf("%s = %s in %s; want nothing outside Iraq", w, p.place.Name, p.place.Country)
		}
	}
	// the province that explains most names: Montgomery and Aurora are both
	// in Illinois, the larger Montgomery is in Alabama
	ps = placesIn(t, "Police in Montgomery are looking for a gunman. It happened in Montgomery, near Aurora.")
	if p := ps["Montgomery"]; p.place == nil || p.place.Admin1 != "Illinois" {
		t.Errorf("Montgomery near Aurora = %+v; want Montgomery, Illinois", p.place)
	}
	// a village dwarfed by a namesake city explains no province: Baltimore
	// and Madison are both in Ohio, but Baltimore, Ohio has 3,000 people
	ps = placesIn(t, "A shooting in the city's Madison-Eastend neighborhood left blood across an East Baltimore street.")
	if p := ps["Baltimore"]; p.place == nil || p.place.Admin1 != "Maryland" {
		t.Errorf("Baltimore beside Madison = %+v; want Baltimore, Maryland", p.place)
	}
	ps = placesIn(t, "Police in Montgomery are looking for a gunman.")
	if p := ps["Montgomery"]; p.place == nil || p.place.Admin1 != "Alabama" {
		t.Errorf("Montgomery alone = %+v; want Montgomery, Alabama", p.place)
	}
	// a line's label in capitals is no dateline
	ps = placesIn(t, "A girl was shot on Monday.\n\nMOBILE: WATCH police briefing on 11-year-old's death.")
	if p, ok := ps["MOBILE"]; ok && p.dateline {
		t.Errorf("MOBILE: WATCH ... = a dateline; want a label")
	}
	// a town the gazetteer lacks in the province it is given with is
	// unknown wherever the text names it, not a namesake elsewhere
	ps = placesIn(t, "HOWLAND, Ohio — A man killed two people in Howland, police said.")
	if p, ok := ps["Howland"]; ok {
		t.Errorf("Howland of a story datelined HOWLAND, Ohio = %s, %s; want unknown", p.place.Name, p.place.Admin1)
	}
	if p := ps["Ohio"]; p.place == nil || p.place.Kind != "admin1" {
		t.Errorf("HOWLAND, Ohio: Ohio = %+v; want the state", p.place)
	}
	ps = placesIn(t, "A man was shot in Charleston, W.Va. on Monday.")
	if p := ps["W.Va"]; p.place == nil || p.place.Name != "West Virginia" {
		t.Errorf("W.Va. = %+v; want West Virginia", ps)
	}
	// a plural noun after a list names every member: counties, no city of
	// Henderson, and no county inside another
	ps = placesIn(t, "Deputies from Navarro, Henderson and Ellis counties searched the area after a man was shot in Corsicana.")
	for _, n := range []string{"Navarro", "Henderson", "Ellis"} {
		if p := ps[n]; p.place == nil || p.place.Name != n+" County" || p.place.Admin1 != "Texas" || strings.Contains(p.reason, "inside") {
			t.Errorf("%s of a list of counties = %+v (%s); want %s County, Texas", n, p.place, p.reason, n)
		}
	}
	// the joint police of a city and its county name the city, a common
	// word though its name is; the county is the one that holds the city
	ps = placesIn(t, "Savannah-Chatham Metropolitan Police are investigating a shooting on Carolan Street.")
	if p := ps["Savannah"]; p.place == nil || p.place.Admin1 != "Georgia" {
		t.Errorf("Savannah of Savannah-Chatham police = %+v; want Savannah, Georgia", p.place)
	}
	if p := ps["Chatham"]; p.place == nil || p.place.Name != "Chatham County" || p.place.Admin1 != "Georgia" {
		t.Errorf("Chatham of Savannah-Chatham police = %+v; want Chatham County, Georgia", p.place)
	}
}

// TestTipLines: a printed US number places the story by its area code and
// exchange; toll-free numbers, short codes and other digits place nothing.
func TestTipLines(t *testing.T) {
	d := NewDocument("Call (630) 897-8707 or 252-972-1411, or Crime Stoppers at 1-800-222-8477 or 528-CASH. Case 2014-123-4567.")
	var got []string
	for _, tl := range d.tipLines() {
		got = append(got, tl.city+"/"+tl.admin1+"/"+d.Text[tl.start:tl.end])
	}
	want := "Aurora/US.IL/(630) 897-8707 Rocky Mount/US.NC/252-972-1411"
	if strings.Join(got, " ") != want {
		t.Errorf("tip lines = %q; want %q", strings.Join(got, " "), want)
	}
}

func TestSplitOutlet(t *testing.T) {
	cases := []struct{ title, headline, outlet string }{
		{"After teen accidentally shoots himself with rifle, family has me - | WBTV Charlotte", "After teen accidentally shoots himself with rifle, family has me", "WBTV Charlotte"},
		{"Man shot on Main St - KSLA News 12 Shreveport, Louisiana News Weather & Sports", "Man shot on Main St", "KSLA News 12 Shreveport, Louisiana News Weather & Sports"},
		{"Police: Man fatally shot by friend - NBC12 - WWBT - Richmond, VA News On Your Side", "Police: Man fatally shot by friend", "NBC12 WWBT Richmond, VA News On Your Side"},
		{"Shooting in Tulsa | KJRH.com", "Shooting in Tulsa", "KJRH.com"},
		{"Teen shot and killed - WBRC FOX6 News - Birmingham, AL", "Teen shot and killed", "WBRC FOX6 News Birmingham, AL"}, // the outlet's town after its name
		{"Man shot - police hunt gunman - Memphis", "Man shot - police hunt gunman - Memphis", ""},
		// a dash inside the headline is no outlet
		{"Drive-by shooting - two hurt in Memphis", "Drive-by shooting - two hurt in Memphis", ""},
		{"Baghdad bombing kills 12", "Baghdad bombing kills 12", ""},
		{"Drive-by shooting - police post photos of suspect", "Drive-by shooting - police post photos of suspect", ""},
		{"Two shot at party - Fox 2 News Headlines", "Two shot at party", "Fox 2 News Headlines"},
		{"Man shot - WPSD Local 6: Your news, weather, and sports authority", "Man shot", "WPSD Local 6: Your news, weather, and sports authority"},
	}
	for _, c := range cases {
		h, o := splitOutlet(c.title)
		if h != c.headline || o != c.outlet {
			t.Errorf("splitOutlet(%q) = %q, %q; want %q, %q", c.title, h, o, c.headline, c.outlet)
		}
	}
}

// TestTitleSenses: a title given apart names the text's places in the text's
// sense, whatever its own words vote for.
func TestTitleSenses(t *testing.T) {
	x := testExtractor(t)
	_, ctx := x.findPlaces(NewDocument("Police in Birmingham, Alabama, said a boy was shot."), nil)
	// only the sense of the name carries over: no focus, no votes, no anchors
	ctx = placeContext{senses: ctx.senses}
	title, _ := x.findPlaces(NewDocument("Birmingham leaders react to death of 4-year-old"), &ctx)
	if len(title) != 1 || title[0].place.Admin1 != "Alabama" {
		t.Errorf("title places = %+v; want the text's Birmingham, Alabama", title)
	}
}

// TestAgedName: two or three names after an age are a person; one name, or a
// pair the gazetteer holds, is a home town.
func TestAgedName(t *testing.T) {
	x := testExtractor(t)
	for text, want := range map[string]string{
		"They found 13-year-old Matthew Cisneros dead.":           "cisneros",
		"He was identified as 75-year-old Kenneth Edward Conner.": "conner",
		"A 22-year-old Woodville man died.":                       "",
		"A 15-year-old New Orleans boy was shot.":                 "",
		"Friends remember 13-year-old Michael, who loved music.":  "michael", // a given name alone
		"13-year-old Michael was shot at a home.":                 "michael",
		"A 22-year-old Woodville, Texas, man died.":               "",
	} {
		d := NewDocument(text)
		got := ""
		for i := range d.Tokens {
			if w := x.agedName(d.Tokens, i); w != "" {
				got = w
			}
		}
		if got != want {
			t.Errorf("agedName(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestTitleUnknownQuarter: a title's name that the text places in a city
// where the gazetteer has no place of that name is unknown in the title too:
// no Kensington, New York for "Inside Kensington Home".
func TestTitleUnknownQuarter(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "k", Published: "2016-04-18", Title: "Gunman Barricades Himself Inside Kensington Home",
		Text: "Three people were found shot to death inside a home in Kensington on Sunday.\n\nThe house stands in Philadelphia's Kensington neighborhood, near a school that closed last year."})
	for _, e := range r.Events {
		if e.Place == nil || e.Place.Name != "Philadelphia" {
			t.Errorf("event %q placed %+v; want Philadelphia", e.Evidence.Text, e.Place)
		}
	}
	if len(r.Events) == 0 {
		t.Fatal("no event")
	}
}

// TestTitleProvince: the one province a title given apart from its text
// names picks the text's namesakes there, as a province the text names would;
// a name a big city or a country also bears leans nowhere.
func TestTitleProvince(t *testing.T) {
	x := testExtractor(t)
	text := "A 14-year-old boy was fatally shot by a friend in Jefferson County on Friday, the sheriff said."
	cases := []struct{ title, admin1 string }{
		{"", "Alabama"}, // the most populous Jefferson County, with no lean
		{"Colorado teen who died after being shot by friend identified", "Colorado"},
		{"Teen shot by friend dies; Kentucky family grieves", "Kentucky"},
		{"New York teen shot by friend dies", "Alabama"},       // New York City too
		{"Colorado, Kentucky teens shot this week", "Alabama"}, // two provinces: no lean
	}
	for _, c := range cases {
		r := x.Extract(Article{ID: "t", Published: "2016-12-26", Title: c.title, Text: text})
		if len(r.Events) == 0 || r.Events[0].Place == nil || r.Events[0].Place.Name != "Jefferson County" || r.Events[0].Place.Admin1 != c.admin1 {
			t.Errorf("title %q: events = %+v; want one in Jefferson County, %s", c.title, r.Events, c.admin1)
		}
	}
}

// TestNamesakeEvidence: what leans a town's name to one of its namesakes
// beyond the text's own places. The first event's place must be the named
// one, in the province (or country) given.
func TestNamesakeEvidence(t *testing.T) {
	x := testExtractor(t)
	campbell := "CAMPBELL — A man was shot in a home on Seventh Street early Saturday, police said."
	madison := "A man was shot while hunting in Madison County on Saturday"
	cases := []struct{ why, title, text, name, admin1, country string }{
		// a place a title given apart settles on its own anchors the text's namesakes
		{"no title: the most populous", "", campbell, "Campbell", "California", "US"},
		{"a city the title names", "Man shot in home near Youngstown", campbell, "Campbell", "Ohio", "US"},
		{"a city before a title's comma", "Youngstown news, Campbell police name shooting victim", campbell, "Campbell", "Ohio", "US"},
		// the offices of American policing vote for the United States
		{"no American office", "", "A boy was shot in the foot in Colchester on Wednesday. Officers responded.", "Colchester", "", "GB"},
		{"state troopers", "", "A boy was shot in the foot in Colchester on Wednesday. Officers and state troopers responded.", "Colchester", "", "US"},
		{"a sheriff", "", "A boy was shot in the foot in Colchester on Wednesday, the sheriff said.", "Colchester", "", "US"},
		{"a district attorney", "", "A boy was shot in the foot in Colchester on Wednesday. The district attorney will review the case.", "Colchester", "", "US"},
		{"an address by its block", "", "A boy was shot in the foot in Colchester on Wednesday in the 300 block of Main Street.", "Colchester", "", "US"},
		// a state's own road names its state, though a country bears the name
		{"no road: the most populous", "", madison + ".", "Madison County", "Alabama", "US"},
		{"a state highway", "", madison + ", off Georgia Highway 174.", "Madison County", "Georgia", "US"},
		{"a state route", "", madison + ", near North Carolina Route 11", "Madison County", "North Carolina", "US"},
	}
	for _, c := range cases {
		r := x.Extract(Article{ID: "t", Published: "2016-12-26", Title: c.title, Text: c.text})
		if len(r.Events) == 0 || r.Events[0].Place == nil {
			t.Errorf("%s: events = %+v; want one in %s", c.why, r.Events, c.name)
			continue
		}
		p := r.Events[0].Place
		if p.Name != c.name || p.Country != c.country || c.admin1 != "" && p.Admin1 != c.admin1 {
			t.Errorf("%s: place = %s, %s, %s; want %s, %s, %s", c.why, p.Name, p.Admin1, p.Country, c.name, c.admin1, c.country)
		}
	}
}

// TestWhatPeopleDo: a name followed by what only a person does ("was
// putting the guns away") is a surname, however a province the outlet names
// favours a village of that name (Lilly, once the name of Sardinia, Ohio).
func TestWhatPeopleDo(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "t", Published: "2017-03-26", Title: "Woman accidentally shot - Cleveland 19 News Cleveland, OH",
		Text: "A woman died on Monday. Robin Lilly was putting the guns away when one discharged. Lilly was struck once."})
	for _, p := range r.Places {
		for _, m := range p.Mentions {
			if m.Text == "Lilly" {
				t.Errorf("Lilly read as %s (%s)", p.ID, p.Name)
			}
		}
	}
}

// TestPlaceWithoutPoint: an area GeoNames gives no point (no town of 500
// people inside it) is output with no coordinates, never 0,0, and is near
// nothing.
func TestPlaceWithoutPoint(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "t", Published: "2019-05-06", Text: "A bomb exploded in Taji District on Monday, killing two soldiers."})
	if len(r.Events) != 1 || r.Events[0].Place == nil || r.Events[0].Place.Name != "Taji District" {
		t.Fatalf("events = %+v; want one in Taji District", r.Events)
	}
	if p := r.Events[0].Place; p.Lat != nil || p.Lon != nil {
		t.Errorf("Taji District at %v,%v; want no coordinates", *p.Lat, *p.Lon)
	}
	line, err := r.MarshalLine()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(line), `"lat"`) {
		t.Errorf("record has a latitude for a place with none: %s", line)
	}
	if gazetteer.Within(0, 0, 0.1, 0.1, 25) {
		t.Error("Within(0,0 ...) = true; want a place with no point near nothing")
	}
}

// TestInsideCounty: a US town is inside the county the gazetteer gives it,
// and inside a neighbouring county only at its border, not anywhere within an
// hour's drive.
func TestInsideCounty(t *testing.T) {
	x := testExtractor(t)
	place := func(name, admin1, kind string) *gazetteer.Place {
		for _, c := range x.gaz.Lookup(name) {
			if c.Place.Admin1 == admin1 && (kind == "" || c.Place.Kind == kind) {
				return c.Place
			}
		}
		t.Fatalf("no %s, %s in the gazetteer", name, admin1)
		return nil
	}
	blount, marshall := place("Blount County", "Alabama", "admin2"), place("Marshall County", "Alabama", "admin2")
	oneonta, guntersville := place("Oneonta", "Alabama", ""), place("Guntersville", "Alabama", "")
	for _, c := range []struct {
		p, county *gazetteer.Place
		want      bool
	}{{oneonta, blount, true}, {guntersville, marshall, true}, {guntersville, blount, false}, {oneonta, marshall, false}} {
		if got := inside(c.p, c.county); got != c.want {
			t.Errorf("inside(%s, %s) = %v; want %v", c.p.Name, c.county.Name, got, c.want)
		}
	}
}
