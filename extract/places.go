package extract

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// placeMention is one resolved place mention.
type placeMention struct {
	start, end int // token indices
	place      *gazetteer.Place
	qualifier  string // east, near, ...
	reason     string
	rule       string
	dateline   bool
	adjective  bool // "Britain-based", "U.S.-backed": a mention, not a location
	evidence   bool // "in X", "X, Iraq", "X province": the text says it is a place
	parent     bool // the Y of "X, Y": it locates X, it is not the location
	settled    bool // placed by its parent: "Chester, Pa."
	guessed    bool // one of several real places of that name, none placed by the text
}

// placeSpan is a candidate mention before resolution.
type placeSpan struct {
	start, end int
	key        string
	cands      []gazetteer.Candidate
	qualifier  string
	featureAdm string // "admin1" after "province", "admin2" after "district"
	evidence   bool   // structural evidence: "in X", "X, Iraq", dateline
	parent     int    // index of the span after "X, Y" / "X in Y", -1 none
	parentIn   bool   // joined by "in" ("X in Y", "X district of Y"), not a comma that may be a list
	media      bool   // a newspaper's name ("The Washington Post"): no vote for the story's focus
	dateline   bool
	adjective  bool
	anchors    []*gazetteer.Place // unambiguous places of the article
	quarters   []*gazetteer.Place // its candidates that are quarters of a city another name's quarter is of (cityQuarters)
}

// qualifiers before a place that are kept as a note, not part of the name.
var directions = map[string]string{"east": "east", "west": "west", "north": "north", "south": "south",
	"eastern": "east", "western": "west", "northern": "north", "southern": "south", "central": "central",
	"northeast": "northeast", "northwest": "northwest", "southeast": "southeast", "southwest": "southwest",
	"northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
	"outskirts": "outskirts", "near": "near", "outside": "outside", "downtown": "central"}

// compass are the directions a street's name may open with.
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// admFeature are words after a name that say which kind of place it is.
var admFeature = map[string]string{"province": "admin1", "governorate": "admin1", "provinces": "admin1",
	"state": "admin1", "region": "admin1", "district": "admin2", "county": "admin2", "parish": "admin2",
	"mountains": "feature", "mountain": "feature", "desert": "feature", "river": "feature", "valley": "feature",
	"city": "city", "town": "city", "village": "city", "neighbourhood": "city", "neighborhood": "city", "area": "any",
	"subdistrict": "admin2", "sub-district": "admin2", "lake": "feature", "dam": "feature", "co": "admin2"}

// pluralFeatures end a list of names of one kind: "Navarro, Henderson and
// Ellis counties".
var pluralFeatures = map[string]string{"counties": "admin2", "parishes": "admin2", "districts": "admin2",
	"provinces": "admin1", "governorates": "admin1"}

// listFeatures gives every name of a list the kind its plural noun tells:
// "in Navarro, Henderson and Ellis counties" names three counties, not the
// city of Henderson.
func listFeatures(toks []Token, spans []placeSpan) {
	for k := range spans {
		e := spans[k].end
		f, ok := pluralFeatures[norm(toks, e)]
		if !ok {
			continue
		}
		for j := k; j >= 0; j-- {
			spans[j].featureAdm, spans[j].evidence = f, true
			if j < k {
				spans[j].parent, spans[j].parentIn = -1, false // "Navarro, Henderson": a list, no county in another
			}
			if j == 0 {
				break
			}
			// the names before, joined by commas and one "and" or "or"
			g := spans[j].start - spans[j-1].end
			sep := toks[spans[j-1].end].Norm
			if !(g == 1 && (sep == "," || sep == "and" || sep == "or") || g == 2 && sep == "," && (toks[spans[j-1].end+1].Norm == "and" || toks[spans[j-1].end+1].Norm == "or")) {
				break
			}
		}
	}
}

// evidenceBefore are words after which a capitalised name is likely a place.
var evidenceBefore = map[string]bool{"in": true, "at": true, "near": true, "from": true, "outside": true,
	"to": true, "into": true, "across": true, "toward": true, "towards": true, "around": true, "of": false,
	"via": true, "through": true, "between": true, "inside": true}

// personCue are words that make a capitalised name a person.
var personVerbs = map[string]bool{"said": true, "says": true, "told": true, "recalled": true, "added": true,
	"explained": true, "asked": true, "warned": true, "insisted": true, "continued": true, "wrote": true, "noted": true,
	"died": true, "dies": true}

// victimParticiples say what befell a person, never a place: "was shot",
// "was charged" (not "was captured" or "was attacked", which befall towns).
var victimParticiples = map[string]bool{"shot": true, "killed": true, "wounded": true, "injured": true,
	"stabbed": true, "murdered": true, "slain": true, "arrested": true, "charged": true, "booked": true,
	"sentenced": true, "convicted": true, "indicted": true, "jailed": true, "hospitalized": true, "pronounced": true}

// victimPredicate reports "was shot", "is accidentally shot", "had been
// charged", "was walking" at toks[i:].
func victimPredicate(toks []Token, i int) bool {
	if i < len(toks) && (toks[i].Norm == "had" || toks[i].Norm == "has") && i+1 < len(toks) && toks[i+1].Norm == "been" {
		i++
	} else if i >= len(toks) || toks[i].Norm != "was" && toks[i].Norm != "is" {
		return false
	}
	i++
	if i < len(toks) && toks[i].Kind == Word && !toks[i].Cap && strings.HasSuffix(toks[i].Norm, "ly") {
		i++ // "accidentally", "fatally"
	}
	return i < len(toks) && (victimParticiples[toks[i].Norm] || bodilyActs[toks[i].Norm])
}

// bodilyActs are what a person was doing, never a town: "Isaac Gonzalez was
// walking around the block when he was shot".
var bodilyActs = map[string]bool{"walking": true, "driving": true, "sitting": true, "standing": true, "riding": true,
	"sleeping": true, "playing": true, "running": true, "hunting": true, "cleaning": true, "handling": true, "wearing": true,
	"putting": true, "holding": true, "carrying": true, "loading": true, "unloading": true, "lying": true, "talking": true, "fishing": true}

var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sheikh": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "maj": true, "president": true, "minister": true,
	"spokesman": true, "commander": true, "general": true, "colonel": true, "officer": true, "judge": true,
	"mayor": true, "governor": true, "senator": true, "prince": true, "king": true, "imam": true, "chief": true,
	"brother": true, "son": true, "father": true, "saint": false, "pope": true, "bishop": true, "cardinal": true,
	"rev": true, "reverend": true, "pastor": true, "sheriff": true, "deputy": true, "detective": true, "det": true,
	"trooper": true, "sergeant": true, "lieutenant": true, "captain": true, "attorney": true, "prosecutor": true,
	"councilman": true, "councilwoman": true, "rep": true, "sen": true, "gov": true, "coach": true, "superintendent": true}

// holidayWords are capitalised words that are places somewhere (Christmas Island).
var holidayWords = map[string]bool{"christmas": true, "easter": true, "ramadan": true, "eid": true, "thanksgiving": true,
	"halloween": true, "ashura": true, "nowruz": true, "hanukkah": true, "passover": true}

// orgWords before a name make it an organisation's.
var orgWords = map[string]bool{"company": true, "firm": true, "contractor": true, "club": true, "newspaper": true,
	"channel": true, "agency": true, "brand": true, "airline": true, "bank": true, "team": true, "fc": true}

// newspaperWords after a place name make a newspaper's title.
var newspaperWords = map[string]bool{"post": true, "times": true, "tribune": true, "herald": true, "journal": true,
	"gazette": true, "chronicle": true, "dispatch": true, "examiner": true, "observer": true, "inquirer": true,
	"enquirer": true, "courier": true, "bulletin": true, "telegraph": true, "globe": true, "ledger": true,
	"sentinel": true, "daily": true, "star": true, "register": true, "democrat": true, "free": true}

// orgSuffixes after a name make it a company's.
var orgSuffixes = map[string]bool{"corporation": true, "corp": true, "inc": true, "llc": true, "ltd": true,
	"broadcasting": true, "communications": true, "media": true, "holdings": true, "enterprises": true}

// functionWords may stand capitalised beside a place without joining its name.
var functionWords = map[string]bool{"in": true, "at": true, "on": true, "the": true, "from": true, "near": true,
	"and": true, "of": true, "to": true, "by": true, "for": true, "with": true, "into": true, "a": true,
	"an": true, "as": true, "but": true, "or": true, "after": true, "before": true, "since": true, "when": true,
	"while": true, "through": true, "across": true, "around": true, "outside": true, "inside": true, "over": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "it": true, "its": true,
	"this": true, "that": true, "says": true, "said": true, "why": true, "how": true, "where": true, "what": true,
	"who": true, "back": true, "still": true, "amid": true, "against": true, "toward": true, "towards": true,
	"update": true, "breaking": true, "police": false, "via": true, "between": true, "if": true, "than": true,
	"during": true, "under": true, "up": true, "out": true, "off": true, "per": true, "s": true, "not": true}

// placeContext is what a text tells of where its story is: the focus country
// and province and the places it names beyond doubt. A title given apart from
// its text is read in the text's context: "Birmingham police: ..." over a story
// that names Alabama is Birmingham, Alabama, not England.
type placeContext struct {
	focus, focusA1 string
	votes          focusVotes
	anchors        []*gazetteer.Place
	surnames       map[string]bool
	senses         map[string]*gazetteer.Place // name key → the place the text resolved it to
	// unknownIn are the names the text places where the gazetteer has no
	// place of theirs ("HOWLAND, Ohio", "Philadelphia's Kensington
	// neighborhood"), name key → that province or city; a title's are too
	unknownIn map[string]*gazetteer.Place
	spans     []placeSpan // the names read
}

// placeSpans are the names of places d gives, in text order, once the
// person names are known.
func (x *Extractor) placeSpans(d *Document) []placeSpan {
	var spans []placeSpan
	for i := 0; i < len(d.Tokens); {
		sp, ok := x.matchPlaceAt(d, i)
		if !ok {
			i++
			continue
		}
		spans = append(spans, sp)
		i = sp.end
		if st, ok := x.postalState(d, sp); ok {
			spans = append(spans, st)
			i = st.end
		}
	}
	return spans
}

// titleProvince is the one province the names of a title given apart from
// its text name ("Colorado teen who died after being shot by friend
// identified"), else nil: the text's places lean towards it as towards an
// outlet's province.
func titleProvince(spans []placeSpan) *gazetteer.Place {
	var named *gazetteer.Place
	for _, sp := range spans {
		if p := namedProvince(sp, false); p != nil {
			if named != nil && named != p {
				return nil
			}
			named = p
		}
	}
	return named
}

// namedProvince is the province a name can only mean ("California", "Va."
// after a place, a parent), else nil: not a name a city of 50,000 or a
// country also bears ("New York", "Georgia" of a story that may be the
// country's, "San Jose").
func namedProvince(sp placeSpan, parent bool) *gazetteer.Place {
	var a1 *gazetteer.Place
	for _, c := range sp.cands {
		switch {
		case c.Place.Kind == "admin1" && (c.Primary || parent): // "California", "Va."
			if a1 != nil {
				return nil
			}
			a1 = c.Place
		case c.Place.Population >= 50000 || c.Place.Kind == "country":
			return nil // "San Jose" is the city before the Costa Rican province
		}
	}
	return a1
}

// focusVotes are the weights of countries and provinces as the story's focus.
type focusVotes struct {
	country, admin1 map[string]float64
}

// findPlaces finds and resolves place mentions (the place stage). With ctx
// nil, the text is its own context; the context it gives is returned for a
// title read apart.
func (x *Extractor) findPlaces(d *Document, ctx *placeContext) ([]placeMention, placeContext) {
	toks := d.Tokens
	d.surnames, d.givenNames = x.personNames(d)
	if ctx != nil {
		for w := range ctx.surnames {
			d.surnames[w] = true // "Robinson's killing" of a title: the text's Xzavier Robinson
		}
	}
	spans := x.placeSpans(d)
	// Structure: "X, Y" and "X in Y" make Y X's parent, and so does "Y's X
	// neighborhood".
	for k := range spans {
		spans[k].parent = -1
	}
	for k := range spans {
		if k+1 < len(spans) {
			if e, n := spans[k].end, spans[k+1]; n.start == e+1 && isPossessive(toks[e]) && n.end < len(toks) && localityNouns[toks[n.end].Norm] {
				spans[k+1].parent, spans[k+1].parentIn, spans[k+1].evidence = k, true, true
				continue
			}
			e := spans[k].end
			n := spans[k+1].start
			// "HALIFAX CO., Va.", "Halifax County, Va.": the county word the
			// name did not take in
			if e+1 < n && (toks[e].Norm == "co" || toks[e].Norm == "county" || toks[e].Norm == "parish") {
				e++
				if toks[e].Text == "." && e+1 < n {
					e++
				}
			}
			// "al-Joura neighborhood in Deir Ezzor", "the Karrada district of Baghdad"
			featureIn := n == e+2 && localityNouns[toks[e].Norm] && (toks[e+1].Norm == "in" || toks[e+1].Norm == "of") ||
				n == e+1 && e > spans[k].start && localityNouns[toks[e-1].Norm] && (toks[e].Norm == "in" || toks[e].Norm == "of") // "the Hawija district of Kirkuk": the name took its kind in
			if (n == e+1 && toks[e].Text == ",") || (n == e+1 && toks[e].Norm == "in") || featureIn {
				spans[k].parent = k + 1
				spans[k].parentIn = toks[e].Text != ","
				spans[k].evidence = true
			}
		}
	}
	listFeatures(toks, spans)
	var prior *focusVotes
	var anchors []*gazetteer.Place
	anchored := map[string]bool{}
	if ctx != nil {
		prior = &ctx.votes
		for _, a := range ctx.anchors {
			anchored[a.ID] = true
			anchors = append(anchors, a)
		}
	} else {
		for _, a := range d.titleAnchors {
			anchored[a.ID] = true
			anchors = append(anchors, a)
		}
	}
	votes := x.focusVotes(d, spans, prior)
	focus, focusA1 := votes.focus(spans)
	if ctx != nil && focus == ctx.focus && focusA1 == "" {
		focusA1 = ctx.focusA1 // the text's province, when the title adds none
	}
	// anchors: places named unambiguously (one candidate worth the name);
	// ambiguous names lean towards candidates near them ("Dublin" in a story
	// about Columbus, Ohio)
	for k := range spans {
		var real []*gazetteer.Place
		for _, c := range spans[k].cands {
			if isReal(c.Place) {
				real = append(real, c.Place)
			}
		}
		if len(real) == 1 && !real[0].IsArea() && real[0].Kind != "continent" && real[0].Kind != "region" && !anchored[real[0].ID] {
			anchored[real[0].ID] = true // each place once: a run of names stays linear
			anchors = append(anchors, real[0])
		}
	}
	cityQuarters(spans)
	// "HOWLAND, Ohio" where the gazetteer has no Howland in Ohio: the name
	// is unknown wherever the text gives it (strayNamesake)
	var unknownIn map[string]*gazetteer.Place
	if ctx != nil {
		unknownIn = maps.Clone(ctx.unknownIn) // "Inside Kensington Home" of a title: the text's quarter of Philadelphia
	}
	for k := range spans {
		if sp := &spans[k]; sp.parent >= 0 && (sp.parentIn || !anyArea(sp.cands)) {
			// "the Kensington neighborhood of Philadelphia", "Kensington in
			// Philadelphia": no Kensington, New York
			if ps := x.bestPlace(d, &spans[sp.parent], focus, focusA1, nil); ps != nil && (ps.place.Kind == "admin1" || ps.place.Kind == "admin2" ||
				sp.parentIn && !ps.place.IsArea() && !areaHolds(spans[sp.parent].cands, sp.cands)) && !anyInside(sp.cands, ps.place) {
				if b := x.bestPlace(d, sp, focus, focusA1, ps.place); b != nil && contradicted(b.place, ps.place) {
					if unknownIn == nil {
						unknownIn = map[string]*gazetteer.Place{}
					}
					unknownIn[gazetteer.Key(sp.key)] = ps.place
				}
			}
		}
	}
	resolve := func(anchors []*gazetteer.Place) []placeMention {
		var out []placeMention
		at := make([]int, len(spans)) // span → index in out, -1 unresolved
		for k := range spans {
			at[k] = -1
			sp := &spans[k]
			sp.anchors = anchors
			var parent *gazetteer.Place
			if sp.parent >= 0 {
				if ps := x.bestPlace(d, &spans[sp.parent], focus, focusA1, nil); ps != nil {
					parent = ps.place
				}
			}
			best := x.bestPlace(d, sp, focus, focusA1, parent)
			if best == nil {
				continue
			}
			// "HOWLAND, Ohio": a town the gazetteer lacks in the province its
			// name is given with is unknown, not a small namesake in another
			// province (Howland, Maine), wherever the text names it; the
			// province is the place
			if len(unknownIn) > 0 {
				if pa := unknownIn[gazetteer.Key(sp.key)]; pa != nil && contradicted(best.place, pa) {
					continue
				}
			}
			at[k] = len(out)
			out = append(out, placeMention{start: sp.start, end: sp.end, place: best.place, qualifier: sp.qualifier,
				reason: best.reason, rule: "gazetteer:" + best.place.ID, dateline: sp.dateline, adjective: sp.adjective, evidence: sp.evidence,
				settled: parent != nil && inside(best.place, parent) && (parent.Kind == "admin1" || parent.Kind == "admin2"),
				guessed: parent == nil && !sp.dateline && realPlaces(sp.cands) > 1})
		}
		// Y of "X in Y" only locates X; when X is unknown, Y is the place, and
		// when X is not inside Y ("Iraq, Baghdad", "Mosul, Baghdad and Kirkuk")
		// Y is no parent but a place of its own
		for k := range spans {
			if p := spans[k].parent; p >= 0 && at[k] >= 0 && at[p] >= 0 && inside(out[at[k]].place, out[at[p]].place) {
				out[at[p]].parent = true
			}
		}
		return out
	}
	out := resolve(anchors)
	// second pass: the dateline, the large or structurally placed cities and
	// the counties named as such ("Delaware County") of the first pass anchor
	// the rest ("Homewood" in a Pittsburgh story)
	more := append([]*gazetteer.Place(nil), anchors...)
	namedA1 := false // the focus province is named in the text
	for _, pm := range out {
		namedA1 = namedA1 || pm.place.Kind == "admin1" && focusA1 != "" && pm.place.Admin1Code() == focusA1
	}
	for _, pm := range out {
		// a county named as such ("in Delaware County", "what Washington
		// County thinks") of the focus country
		named := pm.evidence || toks[pm.end-1].Norm == "county" || toks[pm.end-1].Norm == "parish"
		county := pm.place.Kind == "admin2" && named && pm.place.Country == focus
		// a guess among namesakes outside the province the text names
		// anchors nothing ("Madison" taken for Wisconsin's in a story about
		// Ohio)
		astray := pm.guessed && !pm.dateline && namedA1 && pm.place.Admin1Code() != focusA1
		if (!pm.place.IsArea() && (pm.dateline || pm.place.Population >= 50000 && !astray || pm.evidence && pm.place.Population >= 5000) || county) && !anchored[pm.place.ID] {
			anchored[pm.place.ID] = true
			more = append(more, pm.place)
		}
	}
	if len(more) > len(anchors) {
		out = resolve(more)
	}
	oneSense(d, out)
	senses := map[string]*gazetteer.Place{}
	for k := range out {
		pm := &out[k]
		key := gazetteer.Key(d.Text[d.Tokens[pm.start].Start:d.Tokens[pm.end-1].End])
		if ctx != nil {
			// a title names the text's places in the text's sense: its
			// "Birmingham" is the text's Birmingham, Alabama
			if p := ctx.senses[key]; p != nil && p.ID != pm.place.ID {
				pm.place, pm.rule = p, "gazetteer:"+p.ID
				pm.reason += "; the same name as " + p.Name + " in the text"
			}
		} else if senses[key] == nil {
			senses[key] = pm.place
		}
	}
	return x.capitals(d, out, focus), placeContext{focus: focus, focusA1: focusA1, votes: votes, anchors: more, surnames: d.surnames, senses: senses, unknownIn: unknownIn, spans: spans}
}

// cityQuarters marks the candidates that are a city's quarters (a GeoNames
// section, PPLX, or a curated neighbourhood) within 15 km of a quarter
// another name of the article may be: "CHATHAM —" and "Roseland" of one
// story are two of Chicago's community areas, not Chatham, Virginia, and a
// New Jersey borough. A local story names the quarters of its city.
func cityQuarters(spans []placeSpan) {
	isQuarter := func(p *gazetteer.Place) bool { return p.Kind == "PPLX" || p.Kind == "neighbourhood" }
	var keys []string // the spans' name keys, made when a quarter is first met
	for k := range spans {
		spans[k].quarters = nil
		for _, c := range spans[k].cands {
			if !isQuarter(c.Place) {
				continue
			}
			if keys == nil {
				keys = make([]string, len(spans))
				for j := range spans {
					keys[j] = gazetteer.Key(spans[j].key)
				}
			}
		others:
			for j := range spans {
				if keys[j] == keys[k] {
					continue
				}
				for _, o := range spans[j].cands {
					if isQuarter(o.Place) && o.Place.ID != c.Place.ID && gazetteer.Within(c.Place.Lat, c.Place.Lon, o.Place.Lat, o.Place.Lon, 15) {
						spans[k].quarters = append(spans[k].quarters, c.Place)
						break others
					}
				}
			}
		}
	}
}

// isReal reports a candidate worth the name: 1,000 people or more, curated,
// or a county.
func isReal(p *gazetteer.Place) bool {
	return p.Population >= 1000 || p.Source != "geonames" || p.Kind == "admin2"
}

// realPlaces counts the real candidates of a name.
func realPlaces(cands []gazetteer.Candidate) int {
	n := 0
	for _, c := range cands {
		if isReal(c.Place) {
			n++
		}
	}
	return n
}

// oneSense gives every mention of a name the place its best-placed mention
// has: a dateline ("JACKSONVILLE, ONSLOW COUNTY —") or a name placed by its
// parent ("Chester, Pa.") settles what the bare "Jacksonville" of the story
// is. An article names one Jacksonville.
func oneSense(d *Document, out []placeMention) {
	settled := map[string]*gazetteer.Place{}
	for k := range out {
		pm := &out[k]
		if pm.dateline || pm.settled {
			key := gazetteer.Key(d.Text[d.Tokens[pm.start].Start:d.Tokens[pm.end-1].End])
			if _, ok := settled[key]; !ok || pm.dateline {
				settled[key] = pm.place
			}
		}
	}
	if len(settled) == 0 {
		return
	}
	for k := range out {
		pm := &out[k]
		if pm.dateline || pm.settled {
			continue
		}
		key := gazetteer.Key(d.Text[d.Tokens[pm.start].Start:d.Tokens[pm.end-1].End])
		if p, ok := settled[key]; ok && p.ID != pm.place.ID && (p.Kind == pm.place.Kind || !p.IsArea() && !pm.place.IsArea()) {
			pm.place, pm.rule = p, "gazetteer:"+p.ID
			pm.reason += "; the same name as " + p.Name + " where the text places it"
		}
	}
}

// capitals resolves "the capital", "the Iraqi capital", "the Syrian capital"
// and "Iraq's capital" to the capital city of the country named, or of the
// article's focus country.
func (x *Extractor) capitals(d *Document, pms []placeMention, focus string) []placeMention {
	toks := d.Tokens
	taken := map[int]bool{}
	for _, p := range pms {
		for k := p.start; k < p.end; k++ {
			taken[k] = true
		}
	}
	var add []placeMention
	for i, t := range toks {
		if t.Norm != "capital" || taken[i] || i < 1 {
			continue
		}
		cc, start := "", i
		prev := norm(toks, i-1)
		if c, ok := demonyms[prev]; ok {
			cc, start = c, i-1
		} else if (prev == "’s" || prev == "'s") && i >= 2 {
			for _, p := range pms {
				if p.end == i-1 && p.place.Kind == "country" {
					cc, start = p.place.Country, p.start
				}
			}
		} else if prev == "the" {
			cc = focus
		}
		if cc == "" || norm(toks, start-1) != "the" && start == i-1 && prev != "’s" && prev != "'s" {
			if !(prev == "the") {
				continue
			}
		}
		end := i + 1
		if norm(toks, end) == "city" {
			end++
		}
		if norm(toks, end) == "of" || norm(toks, end) == "punishment" || norm(toks, end) == "letters" {
			continue // "the capital of Anbar", "capital punishment"
		}
		if capital := x.gaz.Capital(cc); capital != nil {
			add = append(add, placeMention{start: start, end: end, place: capital, reason: "capital of " + cc,
				rule: "gazetteer:capital:" + cc, evidence: true})
		}
	}
	if len(add) == 0 {
		return pms
	}
	out := append(pms, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// matchPlaceAt tries the longest gazetteer name starting at token i.
func (x *Extractor) matchPlaceAt(d *Document, i int) (placeSpan, bool) {
	toks := d.Tokens
	t := toks[i]
	if t.Kind != Word {
		return placeSpan{}, false
	}
	startsArticle := (t.Norm == "al" || t.Norm == "el") && i+1 < len(toks) && toks[i+1].Text == "-" || (t.Norm == "al" && i+1 < len(toks) && toks[i+1].Cap)
	if !t.Cap && !startsArticle {
		return placeSpan{}, false
	}
	if i >= 2 && toks[i-1].Text == "." && !toks[i].Newline && isNameAbbrev(toks[i-2].Norm) {
		return placeSpan{}, false // "Louis" in "St. Louis" is not a name of its own
	}
	var h uint64
	have := false
	type hit struct {
		end   int
		cands []gazetteer.Candidate
	}
	var hits []hit
	words := 0
	for j := i; j < len(toks) && words < 7; j++ {
		tj := toks[j]
		if j > i {
			// names continue across spaces and hyphens only, within the line
			if tj.Newline {
				break
			}
			if tj.Text == "-" && !tj.Space {
				continue
			}
			if tj.Text == "." && !tj.Space && isNameAbbrev(toks[j-1].Norm) {
				continue // "St. Louis", "Ft. Worth"
			}
			if tj.Kind != Word {
				break
			}
			if toks[j-1].Text == "-" && toks[j-1].Space {
				break
			}
		}
		if tj.Kind != Word {
			break
		}
		next := ""
		if j+1 < len(toks) {
			nx := j + 1
			if toks[nx].Text == "-" && nx+1 < len(toks) {
				nx++
			}
			if toks[nx].Kind == Word && !toks[nx].Newline {
				next = toks[nx].Norm
			}
		}
		if gazetteer.IsArticle(tj.Norm, next) && next != "" {
			continue
		}
		if !have {
			h = gazetteer.Hash(tj.Norm)
			have = true
		} else {
			h = gazetteer.HashExtend(h, tj.Norm)
		}
		words++
		cands, prefix := x.gaz.LookupHash(h)
		if len(cands) > 0 {
			hits = append(hits, hit{j + 1, cands})
		}
		// a possessive inside a name: "Prince George’s County" (the
		// gazetteer folds the apostrophe away); "the mayor of Mosul's
		// office" keeps "Mosul"
		if j+1 < len(toks) && !toks[j+1].Space && isPossessive(toks[j+1]) {
			hs := gazetteer.HashAppend(h, "s")
			if cs, pre := x.gaz.LookupHash(hs); pre || len(cs) > 0 && words > 1 {
				h, prefix = hs, pre
				j++
				if len(cs) > 0 && words > 1 {
					hits = append(hits, hit{j + 1, cs})
				}
			}
		}
		if !prefix {
			break
		}
	}
	// the longest name whose context fits: "Hemrin mountain range", else "Hemrin"
	for k := len(hits) - 1; k >= 0; k-- {
		sp := placeSpan{start: i, end: hits[k].end, cands: hits[k].cands}
		sp.key = d.Text[toks[i].Start:toks[sp.end-1].End]
		if sp, ok := x.checkPlaceContext(d, sp); ok {
			if norm(toks, sp.end) == "city" && k+1 < len(hits) && hits[k+1].end == sp.end+1 {
				// "Johnson City Medical Center": "City" makes the longer
				// name, the city's own, not a town called Johnson ("Berrien
				// County" and "Berrien" name the same county already)
				sp.end, sp.cands = hits[k+1].end, hits[k+1].cands
				sp.key = d.Text[toks[i].Start:toks[sp.end-1].End]
			}
			return sp, true
		}
	}
	return placeSpan{}, false
}

// postalState reads the US state's postal code after a place of that state:
// "Birmingham, AL", "BRISTOL, TN (WJHL)". The two capitals name the state
// only there; alone they are words or other places ("IN", "Ål").
func (x *Extractor) postalState(d *Document, sp placeSpan) (placeSpan, bool) {
	toks := d.Tokens
	k := sp.end + 1
	if k >= len(toks) || toks[sp.end].Text != "," || !toks[k].Upper || len(toks[k].Text) != 2 || toks[k].Newline {
		return placeSpan{}, false
	}
	if k+1 < len(toks) && toks[k+1].Kind == Word && !toks[k+1].Newline && toks[k+1].Upper {
		return placeSpan{}, false // "Memphis, TN WREG": no, an acronym run
	}
	st := x.gaz.Admin1("US." + toks[k].Text)
	if st == nil {
		return placeSpan{}, false
	}
	for _, c := range sp.cands {
		if c.Place.Admin1Code() == st.Admin1Code() && c.Place.Kind != "admin1" {
			return placeSpan{start: k, end: k + 1, key: toks[k].Text, cands: []gazetteer.Candidate{{Place: st, Primary: true}},
				evidence: true, parent: -1}, true
		}
	}
	return placeSpan{}, false
}

// inHandle reports a name glued into a social media handle or an
// underscored word: "@TIA_EWING", "@Stockton_PD".
func inHandle(toks []Token, i, e int) bool {
	for k := i; k > 0 && !toks[k].Space; k-- {
		if p := toks[k-1].Text; p == "@" || p == "_" {
			return true
		}
	}
	return e < len(toks) && !toks[e].Space && toks[e].Text == "_"
}

// checkPlaceContext rejects names that are not places here (parts of longer
// names, people, common words without evidence) and notes qualifiers and
// evidence.
func (x *Extractor) checkPlaceContext(d *Document, sp placeSpan) (placeSpan, bool) {
	toks := d.Tokens
	i, e := sp.start, sp.end
	last := toks[e-1]
	if !last.Cap && !toks[i].Cap {
		return sp, false
	}
	// every word of the name capitalised (or an article / connector)
	for k := i; k < e; k++ {
		if toks[k].Kind == Word && !toks[k].Cap && !isConnector(toks[k].Norm) && !(k > i && isFeatureWord(toks[k].Norm)) && !isPossessive(toks[k]) {
			return sp, false
		}
	}
	if e == i+1 && (monthNames[toks[i].Norm] > 0 || weekdayNames[toks[i].Norm] != 0 || toks[i].Norm == "sunday" || isDirection(toks[i].Norm) || holidayWords[toks[i].Norm]) {
		return sp, false // "in March", "on Sunday", "Western" alone, "Christmas"
	}
	if toks[i].Norm == "the" {
		return sp, false // "The city", "The Valley": an article opens no name here
	}
	if inHandle(toks, i, e) {
		return sp, false // "(@TIA_EWING)": a user's handle
	}
	if e == i+1 && functionWords[toks[i].Norm] && !toks[i].Upper {
		return sp, false // "As police sought Walker": no Aš, Czechia
	}
	if e == i+1 && isContraction(toks[i].Text) {
		return sp, false // "I’ll" is no "Ill."
	}
	if w := toks[i].Norm; e == i+1 && (d.surnames[w] || d.givenNames[w] && !bigPlace(sp.cands)) && !sp.evidence && !toks[i].Upper && !locativeBefore(toks, i) {
		// named as a person elsewhere in the article ("Rick Scott ... Scott
		// said", "identified as Daniel Munoz ... for Daniel"), unless a
		// province follows ("Williams, California"); an age is no province
		// ("Daniel, 5,"). A city that gives a name is still the city: "Orlando
		// Torres, 53," does not make "the City of Orlando" a person.
		if next := e; !(next+1 < len(toks) && toks[next].Text == "," && toks[next+1].Kind == Word && toks[next+1].Cap && !d.givenNames[toks[next+1].Norm]) {
			return sp, false
		}
	}
	prev, next := i-1, e
	if prev >= 0 && toks[prev].Norm == "’s" {
		prev = -1
	}
	headline := isTitleCaseLine(d, i)
	// hyphen-joined to a lowercase word: "Hit-and-run", "U.S.-backed"
	if next < len(toks) && toks[next].Text == "-" && !toks[next].Space && next+1 < len(toks) && !toks[next+1].Cap {
		w := toks[next+1].Norm
		if w == "and" || w == "or" || w == "to" || x.gaz.IsCommonWord(gazetteer.Key(sp.key)) {
			return sp, false
		}
		sp.adjective = true
	}
	if prev >= 0 && toks[prev].Text == "-" && !toks[prev].Space && prev > 0 && toks[prev-1].Kind == Word && !toks[prev-1].Cap {
		return sp, false
	}
	// a double surname after a given name: "Daniel Redmond-Hamilton"
	if prev >= 2 && toks[prev].Text == "-" && !toks[prev].Space && !toks[i].Space && toks[prev-1].Kind == Word && toks[prev-1].Cap &&
		toks[prev-2].Kind == Word && toks[prev-2].Cap && !toks[prev-2].Upper && !functionWords[toks[prev-2].Norm] && !toks[prev-1].Newline {
		return sp, false
	}
	if isStreet(toks, i, e) {
		return sp, false // "the 300 block of Cleveland", "Baltimore Avenue", "the corner of Fulton and Alta"
	}
	// a name the text gives a street is the street on it: "traveling
	// southbound on Cleveland" of a text that tells of "Yosemite Avenue and
	// Cleveland"
	if e == i+1 && prev >= 0 && (toks[prev].Norm == "on" || toks[prev].Norm == "onto" || toks[prev].Norm == "along") &&
		!(next < len(toks) && (isPossessive(toks[next]) || toks[next].Text == ",")) && d.streetNames()[toks[i].Norm] {
		return sp, false
	}
	if creditedSurname(toks, i) || creditedPerson(toks, i, e) {
		return sp, false // "Source: Miles Jackson, WAVE 3 News", "Photo: Karen Warren", "(Theodore Parisienne/for New York Daily News)"
	}
	// a name every US city gives a street: "Seventh Street and Broadway",
	// "on Broadway"; the town only with its state ("Broadway, Va.") or as a town
	if e == i+1 && everywhereStreets[toks[i].Norm] && !(next+1 < len(toks) && toks[next].Text == "," && toks[next+1].Cap) &&
		!(prev > 0 && toks[prev].Norm == "of" && (toks[prev-1].Norm == "town" || toks[prev-1].Norm == "village")) {
		return sp, false
	}
	// a newspaper's name: "(Dan Morse/The Washington Post)" says where the
	// paper is, not the story
	if next < len(toks) && toks[next].Kind == Word && toks[next].Cap && newspaperWords[toks[next].Norm] {
		sp.media, sp.adjective = true, true
	}
	// a company's name, even in a line of capitals: "(Meredith Corporation)",
	// "Sinclair Broadcasting"; a big place names its own ("Chicago Media")
	if next < len(toks) && toks[next].Kind == Word && toks[next].Cap && orgSuffixes[toks[next].Norm] {
		if !bigPlace(sp.cands) {
			return sp, false
		}
		sp.adjective = true
	}
	// a given name and a surname, then a home town or an age: "Victoria
	// Whitehurst, of Pinetown", "Austin Smith, 25,"
	if e == i+1 && next+2 < len(toks) && toks[next].Kind == Word && toks[next].Cap && !toks[next].Upper && toks[next+1].Text == "," &&
		(toks[next+2].Norm == "of" || toks[next+2].Kind == Number && len(toks[next+2].Text) <= 2) && len(x.gaz.Lookup(toks[next].Text)) == 0 {
		return sp, false
	}
	// a given name after an age, or one the article gives so, a surname
	// after it: "43-year-old Mary Lynette Spann ... Avis, Mary Lynette Spann
	// and Figueroa" (Mary, Turkmenistan), however big the place
	if e == i+1 && !headline && next < len(toks) && toks[next].Kind == Word && toks[next].Cap && !toks[next].Newline &&
		(d.givenNames[toks[i].Norm] || x.agedName(toks, i) != "") && len(x.gaz.Lookup(toks[i].Text+" "+toks[next].Text)) == 0 {
		return sp, false
	}
	// a name that goes on after an Arabic article is a longer one: "the
	// village of al-Had al-Akhdar" is no Al Had, Yemen
	if next+2 < len(toks) && arabicArticles[toks[next].Norm] && toks[next].Start > toks[e-1].End && toks[next+1].Text == "-" && toks[next+2].Cap && !bigPlace(sp.cands) {
		return sp, false
	}
	// adjacent capitalised words make a longer name (a person, an organisation)
	if next < len(toks) && toks[next].Kind == Word && toks[next].Cap && !toks[next].Newline && !headline && !x.parentNext(toks, next, sp.cands) {
		w := toks[next].Norm
		if _, ok := admFeature[w]; ok {
			sp.featureAdm = admFeature[w]
			sp.evidence = true
		} else if !functionWords[w] && monthNames[w] == 0 && weekdayNames[w] == 0 && !isDirection(w) {
			// "U.S. Department", "Dublin Arts Council": a well-known place inside a
			// longer name is still a mention, though not a location
			big := bigPlace(sp.cands)
			// a town's police force names the town, however small:
			// "Zanesville Police say", "according to Sanford Police"
			afterName := prev >= 0 && toks[prev].Kind == Word && toks[prev].Cap && !functionWords[toks[prev].Norm] && !toks[i].Newline
			if afterName || !big && w != "police" {
				return sp, false
			}
			sp.adjective = true
		}
	}
	if e == i+1 && (norm(toks, next) == "plea" || norm(toks, next) == "pleas") {
		return sp, false // a plea named after a case: "entered Alford pleas" (Alford, England)
	}
	if next < len(toks) && !toks[next].Cap && toks[next].Kind == Word {
		if f, ok := admFeature[toks[next].Norm]; ok {
			sp.featureAdm = f
			sp.evidence = true
		}
	}
	if prev >= 0 && toks[prev].Kind == Word && toks[prev].Cap && !toks[i].Newline && !headline {
		w := toks[prev].Norm
		if personTitles[w] {
			return sp, false
		}
		if q, ok := directions[w]; ok {
			sp.qualifier = q
		} else if !functionWords[w] && monthNames[w] == 0 && weekdayNames[w] == 0 && !toks[prev].Upper && !x.holdsPrev(toks, prev, i, sp.cands) {
			return sp, false // "Jamie Brock", at a line's start too
		}
	}
	// "Nygel E. Williams", "A.C. Roper": an initial before the name
	if prev >= 1 && toks[prev].Text == "." && !toks[prev].Space && isInitial(toks[prev-1]) {
		return sp, false
	}
	if e == i+1 && toks[i].Upper && timeZones[toks[i].Norm] {
		return sp, false // "10:15 a.m. EST"
	}
	if e == i+1 && shouted(d, sp) {
		return sp, false // "fired several shots at SWAT officers": no Swat District
	}
	if prev >= 0 && personTitles[toks[prev].Norm] && toks[prev].Kind == Word {
		return sp, false
	}
	if prev >= 0 && (orgWords[toks[prev].Norm] || toks[prev].Upper && len(toks[prev].Norm) <= 3 && (toks[prev].Norm == "fc" || toks[prev].Norm == "ac")) {
		return sp, false // "the US company Blackwater", "FC Barcelona"
	}
	if prev >= 0 && toks[prev].Text == "." && prev > 0 && personTitles[toks[prev-1].Norm] {
		return sp, false
	}
	// people: "says Hama,", "Hama said", "Hama told" (but "officials in China said")
	afterPreposition := prev >= 0 && evidenceBefore[toks[prev].Norm]
	if next < len(toks) && personVerbs[toks[next].Norm] && !afterPreposition {
		return sp, false
	}
	if next+2 < len(toks) && toks[next].Text == "," && toks[next+1].Kind == Number && len(toks[next+1].Text) <= 2 &&
		(toks[next+2].Text == "," || toks[next+2].Text == "." || toks[next+2].Text == ")") {
		return sp, false // "Khaled, 54,"
	}
	if prev >= 0 && personVerbs[toks[prev].Norm] && (next >= len(toks) || toks[next].Kind == Punct) {
		return sp, false
	}
	if prev >= 0 && toks[prev].Kind == Word && !toks[prev].Cap {
		q, dir := directions[toks[prev].Norm]
		if dir {
			sp.qualifier = q
		}
		// "in X", and "in central X", "in northern X"
		if evidenceBefore[toks[prev].Norm] || dir && prev > 0 && evidenceBefore[toks[prev-1].Norm] {
			sp.evidence = true
		}
		if (toks[prev].Norm == "of") && prev > 0 {
			switch toks[prev-1].Norm {
			case "town", "city", "village", "province", "governorate", "district", "outskirts", "south", "north", "east", "west", "capital", "suburbs":
				sp.evidence = true
			}
			switch toks[prev-1].Norm {
			case "town", "city", "village":
				if sp.featureAdm == "" {
					sp.featureAdm = "city" // "the town of X": a populated place
				}
			}
		}
	}
	// "east Mosul" as a curated quarter
	if sp.qualifier != "" && prev >= 0 && (sp.qualifier == "east" || sp.qualifier == "west") {
		var curated []gazetteer.Candidate // not "west Charlotte" as Charlotte, Vermont's old name
		for _, c := range x.gaz.Lookup(toks[prev].Text + " " + sp.key) {
			if c.Place.Source != "geonames" || c.Place.Priority > 0 {
				curated = append(curated, c)
			}
		}
		if len(curated) > 0 {
			sp.start, sp.cands, sp.qualifier = prev, curated, ""
		}
	}
	if isDateline(d, sp.start) {
		sp.dateline, sp.evidence = true, true
	}
	// a town's police force names a town: "Garland police and paramedics
	// responded" (not "State Police", "Transit Police"), and so do its
	// firefighters ("Phoenix fire crews treated the victims")
	force := next < len(toks) && (toks[next].Norm == "police" ||
		toks[next].Norm == "fire" && next+1 < len(toks) && fireCrews[toks[next+1].Norm]) || jointForce(toks, next)
	// so does a home town between an article or an age and a resident: "a
	// 59-year-old Sulphur man", "a Mobile woman" (a sentence's first word
	// proves nothing: "Young men lingered")
	resident := e == i+1 && next < len(toks) && residentNouns[toks[next].Norm] &&
		prev >= 0 && (toks[prev].Norm == "a" || toks[prev].Norm == "an" || toks[prev].Norm == "old")
	if (force || resident) && !forceWords[toks[i].Norm] && e == i+1 {
		for _, c := range sp.cands {
			if strings.HasPrefix(c.Place.Kind, "PPL") {
				sp.evidence = true
				break
			}
		}
	}
	// a small place's alternate name ("West Side" for West Newton, "Brock"
	// for New Brockton) is a mention only with evidence ("in Brock")
	if !sp.evidence && !sp.dateline {
		weak := true
		for _, c := range sp.cands {
			if c.Primary || c.Place.Population >= 5000 || c.Place.Priority > 0 || c.Place.IsArea() || c.Place.Source != "geonames" {
				weak = false
				break
			}
		}
		if weak {
			return sp, false
		}
	}
	// "the West Side", "the Far South Side": a quarter of the story's city,
	// not a town known by that name of old (West Newton, East Ridge) nor a
	// district of the Cayman Islands; a curated quarter ("Near West Side")
	// stays
	if citySide(toks, i, e) {
		var curated []gazetteer.Candidate
		for _, c := range sp.cands {
			if c.Place.Source != "geonames" || c.Primary && c.Place.Kind == "PPLX" && c.Place.Population >= 10000 {
				curated = append(curated, c)
			}
		}
		if len(curated) == 0 {
			return sp, false
		}
		sp.cands = curated
	}
	if e == i+1 && toks[i].Norm == "side" && i > 0 && compass[toks[i-1].Norm] {
		return sp, false // "Side" of "the East Side" is no town in Turkey
	}
	// common words need evidence; headline capitals prove nothing
	k := gazetteer.Key(sp.key)
	if _, ok := demonyms[k]; ok && !sp.evidence {
		return sp, false // "A Canadian and a Briton were killed": people, not Canadian, Texas
	}
	// "Shoots at Police" of a headline is no Police, Poland: a preposition
	// proves nothing where every word is capitalised
	if x.gaz.IsCommonWord(k) && (!sp.evidence || headline && !sp.dateline) {
		hasArea := false
		for _, c := range sp.cands {
			// "Turkey", "Chad", "US", "Mo.": a country's own name or an area's
			// abbreviation; not "Man" for the Isle of Man, nor "Store guns"
			// for a Slovene municipality
			abbrev := toks[i].Upper || e < len(toks) && toks[e].Text == "." && !toks[e].Space
			if c.Place.Kind == "country" && (c.Primary || abbrev) || c.Place.Kind == "admin1" && abbrev {
				hasArea = true
			}
		}
		if !hasArea || headline {
			return sp, false
		}
	}
	return sp, true
}

// citySide reports a name i..e of a city's side: "West Side", "Far South
// Side", "Lower East Side".
func citySide(toks []Token, i, e int) bool {
	if e-i < 2 || e-i > 3 || toks[e-1].Norm != "side" || !compass[toks[e-2].Norm] {
		return false
	}
	if e-i == 3 {
		switch toks[i].Norm {
		case "near", "far", "lower", "upper":
		default:
			return false
		}
	}
	return true
}

// residentNouns after a town's name make it a home town: "a Sulphur man".
var residentNouns = map[string]bool{"man": true, "woman": true, "men": true, "women": true, "boy": true, "girl": true,
	"teen": true, "teenager": true, "resident": true, "residents": true, "native": true, "couple": true, "youth": true}

// fireCrews after "<town> fire" make it the town's fire department.
var fireCrews = map[string]bool{"crews": true, "department": true, "officials": true, "rescue": true,
	"fighters": true, "spokesman": true, "spokeswoman": true, "captain": true, "chief": true, "investigators": true}

// forceWords name police forces of no town: "State Police", "Metro Police".
var forceWords = map[string]bool{"state": true, "federal": true, "military": true, "border": true, "park": true,
	"transit": true, "capitol": true, "metro": true, "campus": true, "university": true, "tribal": true, "railway": true,
	"traffic": true, "secret": true, "riot": true, "mounted": true, "local": true, "city": true, "county": true,
	"national": true, "royal": true, "special": true, "village": true, "town": true, "airport": true, "port": true}

// streetWords after a name make it a street's.
var streetWords = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "av": true, "road": true,
	"rd": true, "drive": true, "dr": true, "boulevard": true, "blvd": true, "lane": true, "ln": true, "way": true,
	"court": true, "ct": true, "parkway": true, "pkwy": true, "highway": true, "hwy": true, "circle": true,
	"terrace": true, "trail": true, "pike": true, "streets": true, "avenues": true, "roads": true}

// isStreet reports a name of the span i..e that US local news gives a
// street: followed by a street word ("Baltimore Avenue", "Plymouth Drive",
// in a line of capitals too), after "block of" ("the 3300 block of
// Cleveland"), or named with another at a crossing ("the intersection of
// Yosemite Avenue and Cleveland", "the corner of Fulton and Alta").
func isStreet(toks []Token, i, e int) bool {
	if e < len(toks) && toks[e].Kind == Word && streetWords[toks[e].Norm] && (toks[e].Cap || toks[e].Norm == "st") &&
		!(i > 0 && toks[i-1].Text == "-" && !toks[i-1].Space) { // the road between two cities: "the Damascus-Aleppo Highway"
		return true
	}
	if crossing(toks, i, e) {
		return true
	}
	// a cross street: "on Westmoreland Street near Tampa", "Main St. near Elm"
	if i >= 2 && (toks[i-1].Norm == "near" || toks[i-1].Norm == "at") {
		k := i - 2
		if toks[k].Text == "." && k > 0 {
			k-- // "St."
		}
		if streetWords[toks[k].Norm] && toks[k].Cap {
			return true
		}
	}
	// a street's direction: "the 11000 block of South Ewing", "of W. Madison"
	switch {
	case i >= 3 && toks[i-1].Text == "." && !toks[i-1].Space && len(toks[i-2].Norm) == 1 && strings.Contains("nsew", toks[i-2].Norm):
		i -= 2
	case i >= 2 && compass[toks[i-1].Norm] && toks[i-1].Cap:
		i--
	}
	if i < 2 || toks[i-1].Norm != "of" && toks[i-1].Norm != "and" && toks[i-1].Text != "&" {
		return false
	}
	// back over "of", or over "and" and a street's name, to the cue noun
	k := i - 1
	if toks[k].Norm != "of" {
		for k--; k > i-6 && k > 0 && toks[k].Norm != "of"; k-- {
			if toks[k].Kind != Word || !toks[k].Cap {
				return false
			}
		}
	}
	if k < 1 || toks[k].Norm != "of" {
		return false
	}
	switch toks[k-1].Norm {
	case "block", "intersection", "corner", "corners", "blocks":
		return true
	}
	return false
}

// streetNames are the one-word names the text gives streets ("the 300 block
// of Cleveland", "Cleveland Avenue", "at Pope and Tutwiler."), made once.
func (d *Document) streetNames() map[string]bool {
	if d.streets != nil {
		return d.streets
	}
	d.streets = map[string]bool{}
	toks := d.Tokens
	for k := range toks {
		if toks[k].Kind == Word && toks[k].Cap && !d.streets[toks[k].Norm] && isStreet(toks, k, k+1) {
			d.streets[toks[k].Norm] = true
		}
	}
	return d.streets
}

// crossing reports a name of two streets that cross, US local news's way of
// placing a shooting: "at Pope and Tutwiler.", "in the area of Quash and
// Foley streets", "at Dorr and Reynolds, Miller ...". The pair follows "at"
// or "the area of" and ends the clause, or the two share a plural street
// word; "near Tabriz and Ahar, but" and "at Allston and Weston to" stay towns.
func crossing(toks []Token, i, e int) bool {
	capWord := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Kind == Word && toks[k].Cap }
	// the other street: after "and" ("X and Y"), or before it ("Y" of "X and Y")
	a, b := i, e // the pair's first and end tokens
	switch {
	case norm(toks, e) == "and" && capWord(e+1):
		b = e + 2
		for b < len(toks) && b < e+4 && capWord(b) {
			b++
		}
	case norm(toks, i-1) == "and" && capWord(i-2):
		a = i - 2
		for a > 0 && a > i-4 && capWord(a-1) {
			a--
		}
	default:
		return false
	}
	switch norm(toks, b) {
	case "streets", "avenues", "roads", "boulevards", "drives":
		return true
	}
	cue := norm(toks, a-1) == "at" || norm(toks, a-1) == "of" && norm(toks, a-2) == "area"
	switch norm(toks, b) {
	case ".", ",", "in", "on", "around", "about", "near", ";", ")", "":
		return cue
	}
	return cue && b < len(toks) && streetWords[toks[b].Norm] && toks[b].Cap // "at Rose and Upland Street"
}

// everywhereStreets are names of streets in most US cities before they are
// towns.
var everywhereStreets = map[string]bool{"broadway": true}

// creditedPerson reports a name i..e that opens a photographer's credit in
// parentheses: "(Theodore Parisienne/for New York Daily News)", "(John
// Smith/AP)": a given name and a surname before the slash. A place's force
// or paper stays a place ("(Houston Police/Twitter)").
func creditedPerson(toks []Token, i, e int) bool {
	if i == 0 || toks[i-1].Text != "(" || e+1 >= len(toks) || toks[e+1].Text != "/" {
		return false
	}
	w := toks[e]
	return w.Kind == Word && w.Cap && !w.Upper && w.Norm != "police" && !forceWords[w.Norm] && !newspaperWords[w.Norm] &&
		!orgSuffixes[w.Norm] && admFeature[w.Norm] == ""
}

// creditCues open a credit line: "Source: Miles Jackson", "Photo: Karen
// Warren / Houston Chronicle", "Reporter: Rosanna Smith".
var creditCues = map[string]bool{"source": true, "photo": true, "photos": true, "credit": true, "reporter": true,
	"photographer": true, "video": true, "image": true, "writer": true, "by": true}

// creditedSurname reports a capitalised word at i that follows another in a
// credit ("Photo: Karen Warren", "Photo: By Mark Smith", a line opening "By
// Miles Jackson"): the person's surname, however many towns bear it. The
// name's first word may be a place ("Photo: Detroit Police").
func creditedSurname(toks []Token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && toks[k].Kind == Word && toks[k].Cap && !toks[k].Newline && !creditCues[toks[k].Norm] {
		k--
	}
	if k == i-1 || k < 0 || i-k > 3 {
		return false // no given name before i, or too many
	}
	switch {
	case toks[k].Norm == "by" && toks[k].Cap && (toks[k].Newline || k > 0 && toks[k-1].Text == ":"):
		return true
	case toks[k].Text == ":" && k > 0:
		c := toks[k-1]
		return c.Kind == Word && creditCues[c.Norm] && c.Cap
	}
	return false
}

// isPossessive reports the "’s" token of a possessive.
func isPossessive(t Token) bool { return t.Norm == "’s" || t.Norm == "'s" }

// isContraction reports a word that ends in a contracted verb: "I’ll",
// "we're", "I've", "I'm", "she'd".
func isContraction(w string) bool {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	for _, suf := range [...]string{"'ll", "'re", "'ve", "'m", "'d"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bigPlace reports a candidate well known enough to lend its name to an
// organisation: a country, a province, a city of 100,000 people or a
// curated place. A province of no known people is none: the Isle of Man's
// parishes ("Patrick Healy reports") are named after saints.
func bigPlace(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Place.Kind == "country" || c.Place.Kind == "admin1" && c.Place.Population > 0 || c.Place.Population >= 100000 || c.Place.Source != "geonames" {
			return true
		}
	}
	return false
}

// isCandidate reports p among cands.
func isCandidate(cands []gazetteer.Candidate, p *gazetteer.Place) bool {
	for _, c := range cands {
		if c.Place.ID == p.ID {
			return true
		}
	}
	return false
}

// timeZones are written in capitals after a clock time, never as places.
var timeZones = map[string]bool{"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "akst": true, "hst": true}

// isInitial is a capital letter standing for a name ("E" in "Nygel E.
// Williams", "C" in "A.C. Roper").
func isInitial(t Token) bool {
	return t.Kind == Word && len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

func isConnector(w string) bool {
	switch w {
	case "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ez", "ed", "es", "of", "and", "de", "la", "le", "du", "des", "da", "di", "do", "bin", "ibn", "bani", "abu", "um", "umm":
		return true
	}
	return len(w) <= 3 && strings.HasPrefix(w, "a") && len(w) >= 2 && w[1] != 'n'
}

func isNameAbbrev(w string) bool {
	return w == "st" || w == "ft" || w == "mt" || w == "pt" || len(w) == 1 // "St. Louis", "W.Va."
}

// locativeBefore reports "in", "near" or "outside" before token i: "at Los
// Altos restaurant in Salinas" names the town, whoever else is called so.
func locativeBefore(toks []Token, i int) bool {
	switch norm(toks, i-1) {
	case "in", "near", "outside":
		return !(norm(toks, i+1) == "'s" || norm(toks, i+1) == "’s")
	}
	return false
}

// personNames finds words used as surnames in the article: the last of two
// or three capitalised words after a title or a given name that is no place
// ("Sen. Rick Scott", "Barack Obama said"), so that "Scott" alone later is
// not read as a place; and, as given, the names of people the context names
// beyond doubt ("Daniel Munoz, 4,", "identified as Daniel Munoz").
func (x *Extractor) personNames(d *Document) (out, given map[string]bool) {
	toks := d.Tokens
	out = map[string]bool{}
	name := func(w string) { // given is made for the texts that name someone so
		if given == nil {
			given = map[string]bool{}
		}
		given[w] = true
	}
	for i := 0; i+3 < len(toks); i++ {
		// "Daniel, 5, was shot", "Luan Le, 16,", "and Dana Marsh, 19.": a
		// name and an age
		t := toks[i]
		if a := toks[i+3].Text; t.Kind == Word && t.Cap && !t.Upper && toks[i+1].Text == "," && toks[i+2].Kind == Number && (a == "," || a == "." || a == ";") &&
			(i == 0 || !(toks[i-1].Kind == Word && toks[i-1].Cap) || len(x.gaz.Lookup(toks[i-1].Text+" "+t.Text)) == 0) {
			if n, ok := parseNumber(toks, i+2); ok && n.End == i+3 && n.Value > 0 && n.Value < 110 {
				out[t.Norm] = true
				if i > 0 && toks[i-1].Kind == Word && toks[i-1].Cap && !toks[i-1].Upper && !t.Newline && !functionWords[toks[i-1].Norm] {
					name(toks[i-1].Norm) // "Daniel Munoz, 4," and later "for Daniel"
				}
			}
		}
		// "identified the victim as Daniel Munoz": every word of the name
		if t.Norm == "identified" {
			for k := i + 1; k < len(toks) && k < i+6; k++ {
				if toks[k].Norm != "as" {
					continue
				}
				for j := k + 1; j < len(toks) && j < k+4 && toks[j].Kind == Word && toks[j].Cap && !toks[j].Upper && !functionWords[toks[j].Norm]; j++ {
					if j == k+2 && len(x.gaz.Lookup(toks[k+1].Text+" "+toks[j].Text)) > 0 {
						break // "identified as New Orleans resident ..."
					}
					name(toks[j].Norm)
				}
				break
			}
		}
	}
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != Word || !t.Cap || t.Upper {
			continue
		}
		p := toks[i-1]
		// "McKinney's daughter": only a person has kin (a city has a mayor)
		if i+2 < len(toks) && isPossessive(toks[i+1]) && familyNouns[toks[i+2].Norm] {
			out[t.Norm] = true
		}
		// "Deemer was accidentally shot": a town is never shot or charged
		// (but "Barnett, 36, of Palestine was arrested": a lowercase word
		// before the name makes it no subject)
		if victimPredicate(toks, i+1) && (t.Newline || p.Kind != Word || p.Cap) {
			out[t.Norm] = true
			// "Isaac Gonzalez was walking": Isaac is a given name ("we will
			// miss you, Isaac")
			if p.Kind == Word && p.Cap && !p.Upper && !t.Newline && !functionWords[p.Norm] && !personTitles[p.Norm] && len(x.gaz.Lookup(p.Text+" "+t.Text)) == 0 {
				name(p.Norm)
			}
		}
		if t.Newline {
			continue
		}
		// (a month's name is a given name before "said": "April McKinney said")
		said := i+1 < len(toks) && personVerbs[toks[i+1].Norm]
		if p.Kind == Word && p.Cap && !p.Upper && !functionWords[p.Norm] && !isDirection(p.Norm) && (monthNames[p.Norm] == 0 || said) &&
			weekdayNames[p.Norm] == 0 && !p.Newline && (i+1 >= len(toks) || !(toks[i+1].Kind == Word && toks[i+1].Cap)) {
			// "Rick Scott" followed by a verb or punctuation
			// "Jared Michael Williams,": three names, whatever the middle one
			// names elsewhere
			three := i >= 2 && toks[i-2].Kind == Word && toks[i-2].Cap && !toks[i-2].Upper && !functionWords[toks[i-2].Norm] &&
				!toks[i-1].Newline && len(x.gaz.Lookup(toks[i-2].Text+" "+p.Text)) == 0
			if i+1 < len(toks) && (personVerbs[toks[i+1].Norm] || toks[i+1].Text == "," || toks[i+1].Norm == "’s" || toks[i+1].Norm == "'s") &&
				len(x.gaz.Lookup(p.Text+" "+t.Text)) == 0 && (len(x.gaz.Lookup(p.Text)) == 0 || three || personVerbs[toks[i+1].Norm] && !bigPlace(x.gaz.Lookup(p.Text))) {
				// not "Mount Sinjar", not "Baghdad, Kirkuk"; a given name that
				// is also a small town is still a given name before "said"
				// ("Brenda Vega said": Brenda, Arizona)
				out[t.Norm] = true
			}
		}
		if p.Text == "." && i >= 2 && personTitles[toks[i-2].Norm] || personTitles[p.Norm] && p.Cap {
			out[t.Norm] = true
		}
		// "Matthew D. Flores": a given name, an initial, a surname
		if p.Text == "." && i >= 3 && isInitial(toks[i-2]) && toks[i-3].Kind == Word && toks[i-3].Cap && !functionWords[toks[i-3].Norm] {
			out[t.Norm] = true
		}
		if w := x.agedName(toks, i); w != "" {
			out[w] = true
			// "43-year-old Mary Lynette Spann, 29-year-old ...": Mary is a
			// given name, when a predicate or a comma follows the name (not
			// "a 16-year-old Bladensburg High student", not in a headline)
			if k := i + 1; w != t.Norm && !isTitleCaseLine(d, i) {
				for k < len(toks) && k < i+3 && toks[k].Norm != w {
					k++
				}
				if k+1 < len(toks) && toks[k].Norm == w && (givenName(toks, k+1) || toks[k+1].Text == ",") {
					name(t.Norm)
				}
			}
		}
	}
	return out, given
}

// agedName returns the surname of a person named right after an age
// adjective at i: "13-year-old Matthew Cisneros", "75-year-old Kenneth Edward
// Conner of the residence", or the given name told alone ("13-year-old
// Michael was", so that "Michael" later is no Manx parish). Two or three
// capitalised words make the name; one is a home town ("a 22-year-old
// Woodville man") unless a predicate follows it, and so is a pair the
// gazetteer holds ("a 15-year-old New Orleans boy").
func (x *Extractor) agedName(toks []Token, i int) string {
	if i < 5 || toks[i-1].Norm != "old" || toks[i-2].Text != "-" {
		return ""
	}
	if n, ok := parseNumber(toks, i-5); !ok || n.End != i-4 || !isAge(toks, n) {
		return "" // "13-year-old": a number, "-", "year", "-", "old"
	}
	e := i
	for e < len(toks) && e < i+4 && toks[e].Kind == Word && toks[e].Cap && !toks[e].Upper && !toks[e].Newline && !functionWords[toks[e].Norm] {
		e++
	}
	if n := e - i; !(n == 1 && givenName(toks, e)) && (n < 2 || n > 3 || len(x.gaz.Lookup(toks[i].Text+" "+toks[i+1].Text)) > 0) {
		return ""
	}
	return toks[e-1].Norm
}

// givenName reports, at the token k after one capitalised word that follows
// an age adjective, what a person's given name is followed by: a predicate
// ("13-year-old Michael was", "5-year-old Kaylee died") or a relative
// clause ("Michael, who"). A home town is followed by a noun ("a 22-year-old
// Woodville man") or its state ("Woodville, Texas").
func givenName(toks []Token, k int) bool {
	switch w := norm(toks, k); w {
	case "was", "is", "had", "has", "who", "remains", "suffered", "and", ".":
		return true
	case ",":
		return k+1 < len(toks) && toks[k+1].Kind == Word && !toks[k+1].Cap
	default:
		return personVerbs[w] // "said", "died"
	}
}

// jointForce reports the police of a city and its county joined by a
// hyphen after the city's name, at token k: "Savannah-Chatham Metropolitan
// Police", "Athens-Clarke County police".
func jointForce(toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Text != "-" || toks[k].Space || toks[k+1].Space {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && !toks[j].Newline; j++ {
		if toks[j].Norm == "police" {
			return j > k+1
		}
		if toks[j].Kind != Word || !toks[j].Cap {
			return false
		}
	}
	return false
}

// isFeatureWord are lowercase words that may end a curated name: "Hemrin
// mountain range", "Tharthar lake".
func isFeatureWord(w string) bool {
	switch w {
	case "mountain", "mountains", "range", "river", "desert", "valley", "lake", "dam", "province", "governorate",
		"district", "crossing", "camp", "base", "city", "region", "area", "airbase", "square", "plain", "plains":
		return true
	}
	return false
}

func isDirection(w string) bool { _, ok := directions[w]; return ok }

// isTitleCaseLine reports a headline-style line, where capitals prove nothing.
func isTitleCaseLine(d *Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sent]
	// a period and a lowercase content word make a sentence, however many
	// names it holds: "It was held at the Hooper Pointe Apartments on Hooper Road."
	period := d.Tokens[s.Last-1].Text == "."
	words, caps := 0, 0
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k]
		if t.Kind == Word && len(t.Norm) > 3 {
			words++
			if t.Cap {
				caps++
			} else if period && !functionWords[t.Norm] {
				return false
			}
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// shouted reports a single word in capitals inside a sentence in mixed case,
// not a dateline, before a lowercase noun, that is a place's own name and no
// country's or province's: an acronym ("SWAT officers": no Swat District;
// not "in MOSUL on Monday"). An abbreviation that names a place otherwise
// ("NYC", "US", "KRG") is no place's own name.
func shouted(d *Document, sp placeSpan) bool {
	t := d.Tokens[sp.start]
	if !t.Upper || len(t.Norm) < 3 || sp.dateline || t.Newline || sp.start == d.Sentences[t.Sent].First {
		return false
	}
	if n := sp.end; n >= len(d.Tokens) || d.Tokens[n].Kind != Word || d.Tokens[n].Cap || functionWords[d.Tokens[n].Norm] {
		return false
	}
	s := d.Sentences[t.Sent]
	lower := false
	for k := s.First; k < s.Last && !lower; k++ {
		lower = d.Tokens[k].Kind == Word && len(d.Tokens[k].Text) > 3 && !d.Tokens[k].Upper
	}
	if !lower {
		return false // a line in capitals: "GUNMAN KILLED IN MOSUL"
	}
	own := false
	for _, c := range sp.cands {
		if c.Place.Kind == "country" || c.Place.Kind == "admin1" {
			return false
		}
		own = own || strings.HasPrefix(gazetteer.Key(c.Place.Name), t.Norm)
	}
	return own
}

// isDateline reports an all-caps opening "MOSUL, Iraq –" at the start of a line.
func isDateline(d *Document, i int) bool {
	t := d.Tokens[i]
	if !t.Upper || !(t.Newline || i == 0) {
		return false
	}
	for k := i; k < len(d.Tokens) && k < i+12; k++ {
		switch d.Tokens[k].Text {
		case "–", "—", "-", "(":
			return k > i
		case ":":
			return false // "MOBILE: WATCH police briefing on 11-year-old's death": a label
		}
		if d.Tokens[k].Newline && k > i {
			return false
		}
	}
	return false
}

// scored is a candidate place with its score and the reasons for it.
type scored struct {
	place  *gazetteer.Place
	score  float64
	reason string
}

// bestPlace picks one candidate for a span, or none when no candidate is
// likely enough (an explicit no-match beats a wrong match).
func (x *Extractor) bestPlace(d *Document, sp *placeSpan, focus, focusA1 string, parent *gazetteer.Place) *scored {
	var best *scored
	var whyBuf [8]string
	var bestWhy []string
	for _, c := range sp.cands {
		p := c.Place
		s := 0.0
		why := whyBuf[:0]
		switch {
		case p.Kind == "country" || p.Kind == "continent":
			s += 60
		case p.Kind == "admin1":
			s += 30
			if sp.featureAdm == "admin1" {
				s += 40
				why = append(why, "named as a province")
			}
		case p.Kind == "admin2":
			s += 5
			if sp.featureAdm == "admin2" {
				s += 45
				why = append(why, "named as a district")
			}
		case p.Kind == "PPLC":
			s += 40
		case p.Kind == "PPLA" && p.Country == "US":
			s += 14 // a state capital is no more famous than a county seat its size
		case p.Kind == "PPLA":
			s += 30
		case p.Kind == "PPLA2":
			s += 14
		case strings.HasPrefix(p.Kind, "PPLA"):
			s += 12
		case strings.HasPrefix(p.Kind, "PPL"):
			s += 6
		default: // curated kinds: entries made for conflict reporting
			s += 35
			if sp.featureAdm == "feature" && (p.Kind == "mountains" || p.Kind == "river" || p.Kind == "desert" || p.Kind == "valley" || p.Kind == "lake" || p.Kind == "dam") {
				s += 30
				why = append(why, "named as a "+p.Kind)
			}
		}
		if sp.featureAdm == "city" && (strings.HasPrefix(p.Kind, "PPL") || p.Kind == "city" || p.Kind == "town" || p.Kind == "village") {
			s += 15
			if sp.evidence && (c.Primary || p.Country == focus) {
				s += 10 // "the town of X", "in X village": the text says what it is
			}
		}
		if sp.featureAdm == "admin1" && p.Kind != "admin1" && !p.IsArea() {
			s -= 20
		}
		pop := float64(p.Population)
		s += 6 * math.Log10(pop+1)
		if c.Primary {
			s += 6
		}
		if sp.evidence {
			s += 8
		}
		s += float64(p.Priority)
		if p.Priority > 0 {
			why = append(why, "curated")
		}
		if focus != "" && p.Country == focus {
			s += 30
			why = append(why, "focus country "+focus)
			if focusA1 != "" && p.Admin1Code() == focusA1 {
				s += 10
				why = append(why, "focus province")
				if c.Primary {
					// its own name there: "Harrington" of a Delaware story is no old name
					// of Augusta, Maine; an old name there is no "Birmingham" of a
					// Georgia station's story (Cartersville, once Birmingham)
					s += 16
				}
			}
		}
		if len(sp.cands) > 1 && !p.IsArea() {
			for _, a := range sp.anchors {
				// not near a namesake the first pass chose for this very name,
				// unless the text names it a county and p lies in it
				// ("Washington" and "Washington County" of a Pittsburgh story)
				seat := sp.featureAdm != "admin2" && a.Kind == "admin2" && p.Admin2 == a.Name && p.Admin1 == a.Admin1 && p.Country == a.Country
				if (seat || !isCandidate(sp.cands, a)) && gazetteer.Within(p.Lat, p.Lon, a.Lat, a.Lon, 120) {
					s += 20
					if p.Kind == "neighbourhood" && gazetteer.Within(p.Lat, p.Lon, a.Lat, a.Lon, 30) {
						s += 20 // a city's quarter is named in stories about that city
					}
					why = append(why, "near "+a.Name)
					break
				}
			}
		}
		if len(sp.cands) > 1 && p.Kind == "admin2" {
			// a county that holds a city the text names: "Chatham" of a
			// Savannah story is Chatham County, Georgia, not Chatham, Virginia
			for _, a := range sp.anchors {
				if !a.IsArea() && a.Admin2 == p.Name && a.Admin1 == p.Admin1 && a.Country == p.Country && !isCandidate(sp.cands, a) {
					s += 20
					why = append(why, "holds "+a.Name)
					break
				}
			}
		}
		if slices.ContainsFunc(sp.quarters, func(q *gazetteer.Place) bool { return q.ID == p.ID }) {
			s += 20
			why = append(why, "beside another quarter of its city")
		}
		if parent != nil {
			if inside(p, parent) {
				s += 60
				why = append(why, "inside "+parent.Name)
			} else if sp.parentIn {
				s -= 60 // the text says X is in Y: a candidate elsewhere contradicts it
			} else if parent.Kind == "country" || parent.Kind == "admin1" {
				s -= 40
			}
		}
		// small places far from the story need support
		if p.Kind != "country" && p.Kind != "admin1" && p.Source == "geonames" && p.Population < 5000 && p.Priority == 0 && (focus == "" || p.Country != focus) && !sp.evidence {
			s -= 40
		}
		if best == nil || s > best.score || (s == best.score && p.ID < best.place.ID) {
			bestWhy = append(bestWhy[:0], why...)
			best = &scored{place: p, score: s}
		}
	}
	if best == nil || best.score < 40 {
		return nil
	}
	best.reason = best.place.Kind + " " + popText(best.place)
	if len(bestWhy) > 0 {
		best.reason += "; " + strings.Join(bestWhy, "; ")
	}
	return best
}

func popText(p *gazetteer.Place) string {
	if p.Population > 0 {
		return "pop. " + strconv.FormatInt(p.Population, 10)
	}
	return "pop. unknown"
}

// unlistedKinds are the nouns that name a populated place the gazetteer may
// lack, with the kind they give it.
var unlistedKinds = map[string]string{"town": "town", "township": "town", "village": "village", "city": "town", "hamlet": "village",
	"district": "district", "subdistrict": "district", "neighborhood": "neighbourhood", "neighbourhood": "neighbourhood",
	"suburb": "neighbourhood", "quarter": "neighbourhood"}

// unlistedPlace finds between tokens first and last a place the gazetteer
// lacks that the text names as one by its kind: "the town of Gharanij",
// "the village of al-Had al-Akhdar", "Harfa village", "the Qarah Tabbah
// district". A name the place stage read (a place, or a longer name that
// holds one) is not unlisted. The place has a name, a kind and the story's
// country, or the country and provinces of the place named right after it
// (parent: "Al-Bohmid village in western Deir ez-Zor"); no id and no point.
// It is the first such place want accepts (nil: any).
func unlistedPlace(d *Document, L *layers, first, last int, want func(p, parent *placeMention) bool) (place, parent *placeMention) {
	toks := d.Tokens
	read := func(s, e int) bool {
		for i := range L.places {
			if p := &L.places[i]; p.start < e && s < p.end {
				return true
			}
		}
		return false
	}
	for j := first; j < last && j < len(toks); j++ {
		kind, ok := unlistedKinds[toks[j].Norm]
		if !ok || toks[j].Cap && j > first {
			continue // "Sadr City" is a name, not its kind
		}
		s, e := -1, -1
		if norm(toks, j+1) == "of" && (norm(toks, j-1) == "the" || norm(toks, j-1) == "a") {
			if ne := nameRun(toks, j+2, last); ne > j+2 {
				s, e = j+2, ne // "the town of Gharanij"
			}
		} else if ns := nameRunBack(toks, j, first); ns < j && ns > first && (evidenceBefore[toks[ns-1].Norm] || toks[ns-1].Norm == "the" || toks[ns-1].Norm == "of") {
			s, e = ns, j // "in the Al-Shaafah town", "in Harfa village"
		}
		if s < 0 || read(s, e) || functionWords[toks[s].Norm] {
			continue
		}
		name := d.Text[toks[s].Start:toks[e-1].End]
		p := &gazetteer.Place{Name: name, Kind: kind, Country: L.focus}
		// the province or city it is said to lie in: "Al-Bohmid village in
		// western Deir ez-Zor", "the town of X, Aleppo province"
		parent := placeAfter(L, max(e, j+1), last)
		if parent != nil {
			pp := parent.place
			p.Country, p.Admin1, p.Admin2 = pp.Country, pp.Admin1, pp.Admin2
			switch pp.Kind {
			case "country":
				p.Admin1, p.Admin2 = "", ""
			case "admin1":
				p.Admin1 = pp.Name
			}
			if isReferencePoint(d, parent.start) {
				p.Admin2 = "" // "west of Kirkuk": near the city, maybe in another district
			}
		}
		pm := &placeMention{start: s, end: e, place: p, rule: "unlisted:" + toks[j].Norm, reason: "named as a " + kind}
		if want == nil || want(pm, parent) {
			return pm, parent
		}
	}
	return nil, nil
}

// placeAfter is the place the text names within four tokens after k, before
// last, that is a location (not a longer name's part): the parent of a name
// just read.
func placeAfter(L *layers, k, last int) *placeMention {
	for i := range L.places {
		if p := &L.places[i]; p.start >= k && p.start <= k+4 && p.start < last && !p.adjective {
			return p
		}
	}
	return nil
}

// nameRun returns the end of the run of a place's name words from i: capitalised
// words, joined by hyphens, with Arabic articles ("al-Had al-Akhdar").
func nameRun(toks []Token, i, last int) int {
	e := i
	for e < last && e < i+6 {
		t := toks[e]
		switch {
		case nameWord(t):
			e++
		case t.Kind == Word && (arabicArticles[t.Norm] && norm(toks, e+1) == "-" || spacedArticle(toks, e)):
			e++
		case t.Text == "-" && e > i && e+1 < last && toks[e+1].Kind == Word && toks[e+1].Start == t.End:
			e++
		default:
			return e
		}
	}
	return e
}

// nameRunBack returns the start of the run of a place's name words that ends
// at e (see nameRun).
func nameRunBack(toks []Token, e, first int) int {
	s := e
	for s > first && s > e-6 {
		t := toks[s-1]
		switch {
		case nameWord(t):
			s--
		case t.Kind == Word && (arabicArticles[t.Norm] && norm(toks, s) == "-" || spacedArticle(toks, s-1)):
			s--
		case t.Text == "-" && s-1 > first && toks[s-2].Kind == Word && toks[s-2].End == t.Start:
			s--
		default:
			return s
		}
	}
	return s
}

// nameWord reports a capitalised word that may be part of a place's name:
// not a function word, a month or a weekday.
func nameWord(t Token) bool {
	return t.Kind == Word && t.Cap && !functionWords[t.Norm] && monthNames[t.Norm] == 0 && weekdayNames[t.Norm] == 0
}

// spacedArticle reports "al" or "el" at k written apart from the
// capitalised name it opens: "the town of al Zab".
func spacedArticle(toks []Token, k int) bool {
	return (toks[k].Norm == "al" || toks[k].Norm == "el") && !toks[k].Cap && k+1 < len(toks) && toks[k+1].Kind == Word && toks[k+1].Cap
}

// arabicArticles open a name in lowercase: "al-Had", "el-Arish".
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true}

// localityNouns name the kind of a place before "in"/"of" its parent.
var localityNouns = map[string]bool{"neighborhood": true, "neighbourhood": true, "district": true, "area": true,
	"village": true, "town": true, "quarter": true, "square": true, "suburb": true, "subdistrict": true, "region": true}

// parentNext reports a country or province at k that holds one of cands
// and ends the name: "in Salahuddin Iraq", "in Mosul Iraq", the "X, Y" of a
// writer who left out the comma (not "Baghdad Iraq Ministry").
func (x *Extractor) parentNext(toks []Token, k int, cands []gazetteer.Candidate) bool {
	if !endsPlaceName(toks, k) {
		return false
	}
	for _, c := range x.gaz.Lookup(toks[k].Text) {
		if (c.Place.Kind == "country" || c.Place.Kind == "admin1") && anyInside(cands, c.Place) {
			return true
		}
	}
	return false
}

// endsPlaceName reports a parent's name at k that ends a place's name with
// no comma: not inside a longer name ("Baghdad Iraq Ministry", "Reserve
// America", a company) nor a mailing address ("Denham Springs LA 70727").
func endsPlaceName(toks []Token, k int) bool {
	if toks[k].Norm == "america" {
		return false
	}
	if k+1 < len(toks) && (toks[k+1].Kind == Word && toks[k+1].Cap && !toks[k+1].Newline || toks[k+1].Kind == Number && len(toks[k+1].Text) == 5) {
		return false
	}
	return true
}

// holdsPrev reports a country or province among cands, the name at i,
// that holds the place named by the word at prev and ends the name: the
// "Iraq" of "in Salahuddin Iraq" (see parentNext).
func (x *Extractor) holdsPrev(toks []Token, prev, i int, cands []gazetteer.Candidate) bool {
	if !endsPlaceName(toks, i) {
		return false
	}
	for _, c := range cands {
		if c.Place.Kind == "country" || c.Place.Kind == "admin1" {
			if anyInside(x.gaz.Lookup(toks[prev].Text), c.Place) {
				return true
			}
		}
	}
	return false
}

func inside(p, parent *gazetteer.Place) bool {
	if p.ID == parent.ID || p.Kind == "country" || p.Kind == "admin1" && parent.Kind != "country" {
		return false // an area is inside no city, however near its point
	}
	switch parent.Kind {
	case "country":
		return p.Country == parent.Country
	case "admin1":
		return p.Country == parent.Country && p.Admin1Code() == parent.Admin1Code()
	case "admin2":
		// a town the gazetteer gives another county is inside this one only
		// at its border (a city that spans two): Guntersville, of Marshall
		// County, is no place of neighbouring Blount County
		if p.Admin2 != "" && p.Country == parent.Country && p.Admin1 == parent.Admin1 {
			return p.Admin2 == parent.Name || gazetteer.Within(p.Lat, p.Lon, parent.Lat, parent.Lon, 40)
		}
	}
	return gazetteer.Within(p.Lat, p.Lon, parent.Lat, parent.Lon, 60)
}

// demonymsOf gives the country of each capitalised demonym of a text, in
// order ("Iraqi", "Syrians").
func demonymsOf(d *Document) []string {
	var out []string
	for _, t := range d.Tokens {
		if t.Cap && t.Lex&lexDemonym != 0 {
			if cc, ok := demonyms[t.Norm]; ok {
				out = append(out, cc)
			}
		}
	}
	return out
}

// roadStates are the provinces whose own roads the text names ("off
// Georgia Highway 174", "on North Carolina Route 11"): a road of a state is
// in it, so the text's namesakes are the state's ("Madison County" of a
// story off Georgia Highway 174 is Georgia's, not Alabama's).
func (x *Extractor) roadStates(d *Document) []*gazetteer.Place {
	toks := d.Tokens
	var out []*gazetteer.Place
	for i := 1; i+1 < len(toks); i++ {
		if w := toks[i].Norm; w != "highway" && w != "route" || toks[i+1].Kind != Number || !toks[i].Cap {
			continue
		}
		for n := 1; n <= 2 && i-n >= 0; n++ {
			s, e := toks[i-n].Start, toks[i-1].End
			if !toks[i-n].Cap {
				break
			}
			// a state's, though a country bears the name: Georgia's
			// roads are no "Georgia Highway 174"
			var a1 *gazetteer.Place
			for _, c := range x.gaz.Lookup(d.Text[s:e]) {
				if c.Place.Kind == "admin1" && c.Primary {
					a1 = c.Place
				}
			}
			if a1 != nil && !slices.Contains(out, a1) {
				out = append(out, a1)
				break
			}
		}
	}
	return out
}

// americanPolicing reports a text that tells of the offices only American
// law enforcement has, a sheriff, state troopers, a district attorney, or
// gives an address as American police do ("the 2300 block of W. St.
// Gertrude"). A story of "Colchester officers and state troopers" is of
// Connecticut's Colchester, not England's, whichever is larger.
func americanPolicing(d *Document) bool {
	toks := d.Tokens
	for i, t := range toks {
		switch t.Norm {
		case "sheriff", "troopers", "trooper":
			return true
		case "attorney":
			if i > 0 && toks[i-1].Norm == "district" {
				return true
			}
		case "block":
			if i > 0 && toks[i-1].Kind == Number && i+1 < len(toks) && toks[i+1].Norm == "of" {
				return true
			}
		}
	}
	return false
}

// demonyms are evidence for a focus country, not place mentions.
var demonyms = map[string]string{"iraqi": "IQ", "iraqis": "IQ", "syrian": "SY", "syrians": "SY", "kurdish": "IQ",
	"american": "US", "americans": "US", "turkish": "TR", "iranian": "IR", "afghan": "AF", "pakistani": "PK",
	"nigerian": "NG", "somali": "SO", "yemeni": "YE", "libyan": "LY", "egyptian": "EG", "lebanese": "LB",
	"jordanian": "JO", "saudi": "SA", "british": "GB", "french": "FR", "german": "DE", "russian": "RU",
	"israeli": "IL", "palestinian": "PS", "indian": "IN", "malian": "ML", "canadian": "CA", "australian": "AU",
	"filipino": "PH", "philippine": "PH", "mexican": "MX", "chinese": "CN", "ukrainian": "UA", "kenyan": "KE"}

// focusVotes weighs the countries and provinces a text names as its focus:
// its place names, country names, demonyms and tip lines, added to prior's
// (the text's, for a title read apart).
func (x *Extractor) focusVotes(d *Document, spans []placeSpan, prior *focusVotes) focusVotes {
	votes := map[string]float64{}
	a1votes := map[string]float64{}
	if prior != nil {
		maps.Copy(votes, prior.country)
		maps.Copy(a1votes, prior.admin1)
	}
	for _, cc := range demonymsOf(d) {
		votes[cc] += 0.5
	}
	if prior == nil && americanPolicing(d) {
		votes["US"]++
	}
	// the provinces the text names ("California", "Nineveh"): a name with a
	// place in one of them votes for it whole ("Exeter" of a story that names
	// California is Exeter, California, not the English city)
	namedA1 := map[string]bool{}
	isParent := map[int]bool{}
	for _, sp := range spans {
		// a state's abbreviation after a place: "Halifax Co., Va."
		if p := sp.parent; p >= 0 && spans[p].end < len(d.Tokens) && d.Tokens[spans[p].end].Text == "." && !d.Tokens[spans[p].end].Space {
			isParent[p] = true
		}
	}
	for k, sp := range spans {
		if p := namedProvince(sp, isParent[k]); p != nil {
			namedA1[p.Admin1Code()] = true
		}
	}
	for _, o := range append([]*gazetteer.Place{d.outletArea, d.titleArea}, x.roadStates(d)...) {
		if o == nil {
			continue
		}
		// the outlet's or the title's province counts as named, and once;
		// its country once
		votes[o.Country]++
		if o.Kind == "admin1" {
			namedA1[o.Admin1Code()] = true
			a1votes[o.Admin1Code()]++
		}
	}
	seen := map[string]bool{}
	for _, sp := range spans {
		if sp.media {
			continue
		}
		// a name told again weighs half: "Whitehaven" three times in a
		// Memphis story is one English town, not three
		again := 1.0
		if seen[sp.key] {
			again = 0.5
		}
		seen[sp.key] = true
		// the one named province with a place of this name ("Halifax" of a
		// story naming Virginia and North Carolina has two: it votes as usual)
		var in *gazetteer.Place
		for _, c := range sp.cands {
			if a := c.Place.Admin1Code(); c.Place.Kind != "admin1" && c.Place.Kind != "country" && namedA1[a] {
				if in != nil && in.Admin1Code() != a {
					in = nil
					break
				}
				in = c.Place
			}
		}
		if in != nil {
			w := again
			if sp.dateline {
				w = 3
			}
			votes[in.Country] += w
			a1votes[in.Admin1Code()] += w
			continue
		}
		// a name votes for its candidates' countries in proportion to their
		// prominence: "Houston" is Texas far more than a Scottish village
		ccs := map[string]float64{}
		a1s := map[string]bool{}
		total := 0.0
		for _, c := range sp.cands {
			if c.Place.Population < 1000 && !c.Place.IsArea() && c.Place.Priority == 0 {
				continue
			}
			pw := math.Sqrt(float64(max(c.Place.Population, 1000)))
			if c.Place.Priority > 0 || c.Place.Kind == "country" {
				pw = max(pw, 1000)
			} else if c.Place.Kind == "admin1" {
				// as much as a city of 90,000: a Caribbean parish named
				// Charlotte outweighs no Charlotte, North Carolina
				pw = max(pw, 300)
			}
			if pw > ccs[c.Place.Country] {
				total += pw - ccs[c.Place.Country]
				ccs[c.Place.Country] = pw
			}
			if a := c.Place.Admin1Code(); a != "" {
				a1s[a] = true
			}
		}
		w := again
		if sp.dateline {
			w = 3
		}
		for cc, pw := range ccs {
			votes[cc] += w * pw / total
		}
		// "California" votes for the state, not for its namesake towns in
		// Pennsylvania and Maryland; "Washington" votes for no state, the
		// capital bears the name too
		var named []string
		for _, c := range sp.cands {
			if c.Place.Kind == "admin1" && c.Primary {
				named = append(named, c.Place.Admin1Code())
			}
		}
		for _, c := range sp.cands {
			if len(named) == 1 && c.Primary && isReal(c.Place) && c.Place.Population >= 50000 && c.Place.Admin1Code() != named[0] {
				named = nil
			}
		}
		if len(named) == 1 {
			a1s = map[string]bool{named[0]: true}
		}
		if len(a1s) == 1 {
			for a := range a1s {
				a1votes[a] += w
			}
		}
	}
	// a tip line's number places the story in a state (tipLines)
	for _, tl := range d.tipLines() {
		votes["US"]++
		a1votes[tl.admin1] += 2
	}
	// so does a station's market, once a state: markets cross state lines
	voted := map[string]bool{}
	sts := d.outletStations
	for _, sm := range d.stations {
		sts = append(sts, sm.station)
	}
	for _, st := range sts {
		if c := st.City; !voted[c.Admin1Code()] {
			voted[c.Admin1Code()] = true
			votes[c.Country]++
			a1votes[c.Admin1Code()]++
		}
	}
	return focusVotes{country: votes, admin1: a1votes}
}

// focus picks the article's focus country (and province): the most voted
// country, and its most voted province, else the province that explains
// most names (coherentA1).
func (v focusVotes) focus(spans []placeSpan) (string, string) {
	votes, a1votes := v.country, v.admin1
	best, bv := "", 0.0
	for cc, v := range votes {
		if v > bv || (v == bv && cc < best) {
			best, bv = cc, v
		}
	}
	ctie := false // two countries as likely: the province is as unsure
	for cc, v := range votes {
		ctie = ctie || cc != best && v == bv
	}
	// a province named once settles it ("the Texas Rangers Ballpark" of an
	// Arlington story); two named as often settle nothing
	bestA1, av, tie := "", 0.0, false
	for a, v := range a1votes {
		if !strings.HasPrefix(a, best+".") || v < 1 || ctie && v < 2 {
			continue
		}
		switch {
		case v > av:
			bestA1, av, tie = a, v, false
		case v == av:
			tie = true
		}
	}
	if tie {
		// two provinces voted for as often: the names may settle between
		// them or for one the text names, not make a third the focus
		// ("Montgomery" and "Chisholm" are both in Minnesota, but the story's
		// station is Alabama's and its outlet Georgia's)
		if a := coherentA1(spans, best); a1votes[a] == av || provinceNamed(spans, a) {
			return best, a
		}
		return best, ""
	}
	if bestA1 == "" {
		bestA1 = coherentA1(spans, best)
	}
	return best, bestA1
}

// provinceNamed reports a span naming the province a itself ("Virginia").
func provinceNamed(spans []placeSpan, a string) bool {
	for _, sp := range spans {
		for _, c := range sp.cands {
			if c.Primary && c.Place.Kind == "admin1" && c.Place.Admin1Code() == a {
				return true
			}
		}
	}
	return false
}

// anyArea reports a candidate that is an area: a name of a province or a
// county is no town the province lacks.
func anyArea(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Place.IsArea() {
			return true
		}
	}
	return false
}

// areaHolds reports an area among a parent name's candidates that holds
// one of the child's: "the Tadmur area of Homs" is in Homs province, not
// the city.
func areaHolds(parents, cands []gazetteer.Candidate) bool {
	for _, p := range parents {
		if p.Place.IsArea() && anyInside(cands, p.Place) {
			return true
		}
	}
	return false
}

// anyInside reports a candidate inside the province.
func anyInside(cands []gazetteer.Candidate, province *gazetteer.Place) bool {
	for _, c := range cands {
		if inside(c.Place, province) {
			return true
		}
	}
	return false
}

// strayNamesake reports a small town in another province of the country
// than the province its name was given with.
func strayNamesake(p, province *gazetteer.Place) bool {
	return p.Country == province.Country && smallTown(p) && !inside(p, province)
}

// contradicted reports a place the text puts elsewhere: a small town in
// another province than the one its name was given with, or any place but
// a quarter of the city it was said to lie in.
func contradicted(p, parent *gazetteer.Place) bool {
	if parent.IsArea() {
		return strayNamesake(p, parent)
	}
	return !inside(p, parent)
}

// smallTown reports a GeoNames town under 20,000 people that no curated
// entry boosts: a name many such towns share, which the text must place.
func smallTown(p *gazetteer.Place) bool {
	return !p.IsArea() && p.Kind != "country" && p.Population < 20000 && p.Priority == 0 && p.Source == "geonames"
}

// namedAsCounty reports a name that says it is a county: "Williamson County",
// "Orleans Parish".
func namedAsCounty(key string) bool {
	return strings.HasSuffix(key, " county") || strings.HasSuffix(key, " parish") || strings.HasSuffix(key, " borough")
}

// coherentA1 finds the province of the focus country that explains the most
// distinct names of the article when no unambiguous name settles it: a
// Montgomery and an Aurora are both in Illinois; a Weir, a Williamson County
// and a Caldwell County are all in Texas. It needs two names; between
// provinces that explain as many, the one whose places are larger wins
// (Montgomery and Aurora, Illinois over Montgomery and Aurora, Ohio), and an
// exact tie settles nothing.
func coherentA1(spans []placeSpan, focus string) string {
	if focus == "" {
		return ""
	}
	type tally struct {
		names int
		pop   int64
	}
	votes := map[string]*tally{}
	seen := map[string]bool{}
	for _, sp := range spans {
		key := gazetteer.Key(sp.key)
		if seen[key] || sp.adjective {
			continue
		}
		seen[key] = true
		a1s := map[string]int64{} // province → its largest candidate of the name
		// a village dwarfed by a city of the name explains nothing: "Baltimore"
		// and "Madison" are no story from Baltimore and Madison, Ohio
		var biggest int64
		for _, c := range sp.cands {
			if c.Primary && c.Place.Country == focus && isReal(c.Place) {
				biggest = max(biggest, c.Place.Population)
			}
		}
		for _, c := range sp.cands {
			if biggest >= 100000 && c.Place.Population*dwarfed < biggest {
				continue
			}
			// a county only when named as one ("Williamson County"), not a bare "Montgomery"
			// and by its own name: "Philadelphia" is no vote for New
			// Philadelphia, Ohio, nor "Scott" for Winchester, Ohio
			if p := c.Place; p.Country == focus && (isReal(p) || p.Kind == "admin1") && (p.Kind != "admin2" || sp.featureAdm == "admin2" || namedAsCounty(key)) &&
				(c.Primary || p.Kind == "admin2" || p.Kind == "admin1") {
				if a := p.Admin1Code(); a != "" {
					a1s[a] = max(a1s[a], p.Population)
				}
			}
		}
		for a, pop := range a1s {
			if votes[a] == nil {
				votes[a] = &tally{}
			}
			votes[a].names++
			votes[a].pop += pop
		}
	}
	keys := make([]string, 0, len(votes))
	for a := range votes {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	best, bv, tie := "", tally{}, false
	for _, a := range keys {
		v := votes[a]
		if v.names < 2 {
			continue
		}
		switch {
		case v.names > bv.names || v.names == bv.names && v.pop > bv.pop:
			best, bv, tie = a, *v, false
		case v.names == bv.names && v.pop == bv.pop:
			tie = true
		}
	}
	if tie || best == "" {
		return ""
	}
	return best
}

// dwarfed is how many times smaller than a namesake city a place may be and
// still vote for its province.
const dwarfed = 100

// placesOut groups place mentions by place, in order of first mention.
func placesOut(d *Document, pms []placeMention) []PlaceOut {
	idx := map[string]int{}
	var out []PlaceOut
	for _, pm := range pms {
		p := pm.place
		k, ok := idx[p.ID]
		if !ok {
			k = len(out)
			idx[p.ID] = k
			out = append(out, PlaceOut{ID: p.ID, Name: p.Name, Kind: p.Kind, Country: p.Country, Admin1: p.Admin1,
				Admin2: p.Admin2, Reason: pm.reason})
			out[k].Lat, out[k].Lon = p.Point()
		}
		s, e := d.Tokens[pm.start].Start, d.Tokens[pm.end-1].End
		out[k].Mentions = append(out[k].Mentions, Mention{Text: d.Text[s:e], Start: d.CP(s), End: d.CP(e)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	return out
}
