package extract

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// layers are every stage's output for one document; event assembly reads
// them and nothing else.
type layers struct {
	dates    []timex
	places   []placeMention
	actors   []actorMention
	counts   []countMention
	triggers []trigger
	dateline *placeMention
	focus    string
	// focusA1 is the province the text's names vote for, when a place of
	// the text's own lies in it (strayProvince)
	focusA1  string
	headline int // sentence index of the headline, -1 when none
	// titlePlace is the city a separately given title names (no offsets: the
	// title is not part of the text)
	titlePlace *placeMention
	// phoneCity is where the article's tip-line number rings (tipLineCity)
	phoneCity *placeMention
	// stationCity is the city of the market of the first broadcaster the
	// text names ("(WSMV)": Nashville)
	stationCity *placeMention
	// outletCity is the city of the outlet a title names after its headline
	// ("... | WBTV Charlotte"): local news, placed there when nothing else
	// places it
	outletCity *placeMention
	// policeCity is the first city whose police the text names ("Cincinnati
	// police have identified them"): they investigate in their own city
	policeCity *placeMention
	// city is the story's city (articleCity), set once the places above are
	city *placeMention
	// district is the one county an article with no city names
	// (soleDistrict), else nil
	district *placeMention
	// named weighs the reasons the text gives for each country: areas of
	// theirs it names, its demonym (namedCountries)
	named map[string]int
}

// draft is an event being assembled.
type draft struct {
	sent     int
	headline bool
	first    int // first token of the evidence
	last     int // end token
	trig     *trigger
	trigs    []*trigger    // every trigger the sentence tells an incident by
	ref      *placeMention // "north of X" in its sentence: the place of last resort
	counts   []countMention
	date     *timex
	dateWhy  string
	place    *placeMention
	placeWhy string
	actors   []EventActor
	claimed  bool
}

// hedges make a sentence about something that did not (yet) happen or that
// happens habitually: not an incident.
var hedges = map[string]bool{"could": true, "would": true, "might": true, "may": true, "will": true,
	"threat": true, "threaten": true, "threatened": true, "threatens": true, "plan": true, "plans": true, "plotting": true, "planning": true,
	"routinely": true, "often": true, "usually": true, "frequently": true, "typically": true, "if": true,
	"capable": true, "fear": true, "fears": true, "feared": true, "warn": true, "warned": true, "risk": true,
	"prevent": true, "avoid": true, "foil": true, "foiled": true, "thwarted": true, "thwart": true,
	"can": true, "why": true, "whether": true, "wants": true, "want": true, "urged": true, "aimed": true}

// habitual hedges tell what happens as a rule.
var habitual = map[string]bool{"routinely": true, "often": true, "usually": true, "frequently": true, "typically": true}

// genericCues mark sentences about trends, not incidents.
var genericCues = map[string]bool{"increase": true, "spate": true, "wave": true, "campaign": true, "tactics": true,
	"trend": true, "series": true, "rise": true, "surge": true, "spike": true, "string": true, "stream": true}

// assembleEvents builds incidents from the layers.
func (x *Extractor) assembleEvents(d *Document, L *layers, articleID string) []Event {
	bySent := func(n int) [][]int { return make([][]int, n) }
	ns := len(d.Sentences)
	trigS, countS, dateS, placeS, actorS := bySent(ns), bySent(ns), bySent(ns), bySent(ns), bySent(ns)
	for i, t := range L.triggers {
		trigS[d.Tokens[t.start].Sent] = append(trigS[d.Tokens[t.start].Sent], i)
	}
	for i, c := range L.counts {
		countS[d.Tokens[c.start].Sent] = append(countS[d.Tokens[c.start].Sent], i)
	}
	for i, t := range L.dates {
		dateS[d.Tokens[t.start].Sent] = append(dateS[d.Tokens[t.start].Sent], i)
	}
	for i, p := range L.places {
		placeS[d.Tokens[p.start].Sent] = append(placeS[d.Tokens[p.start].Sent], i)
	}
	for i, a := range L.actors {
		actorS[d.Tokens[a.start].Sent] = append(actorS[d.Tokens[a.start].Sent], i)
	}

	var drafts []*draft
	var lastDate *timex
	lead := leadDate(d, L, dateS) // the story's opening date, for incidents far from any other
	var lastPlace *placeMention
	for si := range d.Sentences {
		s := d.Sentences[si]
		// pick the trigger: highest priority among non-generic ones
		var trig *trigger
		var trigs []*trigger // every trigger the sentence tells an incident by
		anaphoric := false
		for _, ti := range trigS[si] {
			t := &L.triggers[ti]
			if x.genericTrigger(d, t, countS[si], dayDateIn(L, dateS[si])) || negated(d, s, t.start) || isObject(d, s, t.start) {
				continue
			}
			if definite(d, s, t.start) {
				anaphoric = true
			}
			trigs = append(trigs, t)
			if trig == nil || t.rule.Priority > trig.rule.Priority {
				trig = t
			}
		}
		// "ISIS used three suicide car bombs in the attack": a numbered
		// trigger tells the incident, whatever else refers back
		if anaphoric && trig != nil && !definite(d, s, trig.start) {
			if _, ok := parseNumber(d.Tokens, trig.start-1); ok {
				anaphoric = false
			}
		}
		var counts []countMention
		aggregate := false
		claim := claimCues.in(d.Tokens, s.First, s.Last) && !hasWord(d.Tokens, s.First, s.Last, "blamed")
		for _, ci := range countS[si] {
			if L.counts[ci].aggregate {
				aggregate = true
			} else {
				c := L.counts[ci]
				c.claimed = claim
				counts = append(counts, c)
			}
		}
		// keep track of context even in sentences without events
		var sentDate *timex
		for _, di := range dateS[si] {
			tx := &L.dates[di]
			if tx.ok && tx.datesIncident() && !isPublicationLine(d, tx) && !isPostSignature(d, tx) && !isReportingDate(d, tx) {
				// the date of a claim or statement ("On May 4, ISIS claimed ... a day
				// earlier") gives way to any other date of the sentence
				if sentDate == nil || dateRank(d, tx) > dateRank(d, sentDate) {
					sentDate = tx
				}
			}
		}
		var sentPlace, sentRef *placeMention
		var sentPolice *placeMention // "officers with the Reno Police Department": where its police work
		var namedBuf, eligibleBuf [8]*placeMention
		named := namedBuf[:0]       // the places the sentence names as where something happened
		eligible := eligibleBuf[:0] // those an incident of this story may be in
		for _, pi := range placeS[si] {
			p := &L.places[pi]
			if p.dateline {
				continue
			}
			if placeRank(d, p) == 0 {
				if sentPolice == nil && p.adjective && norm(d.Tokens, p.end) == "police" && !p.place.IsArea() && p.place.Kind != "region" && !farGuess(d, L, p) {
					sentPolice = p
				}
				// "north of Baghdad": the incident is near it, if nothing else is named
				if sentRef == nil && isReferencePoint(d, p.start) && !p.parent && !p.adjective && !p.place.IsArea() && p.place.Kind != "region" {
					sentRef = p
				}
				continue
			}
			named = append(named, p)
			if farGuess(d, L, p) || strayAbroad(L, p) || strayProvince(L, p) ||
				residence(d, p.start) && !(L.dateline != nil && L.dateline.place.ID == p.place.ID) {
				continue // a local story's "Homewood" 1,000 km away: a quarter the gazetteer lacks
			}
			eligible = append(eligible, p)
			if sentPlace == nil || placeScore(d, p, L.focus) > placeScore(d, sentPlace, L.focus) {
				sentPlace = p
			}
		}

		// "ISIL claimed responsibility for the attacks.": the claim names the
		// perpetrator of the incident just told
		if len(drafts) > 0 && si-drafts[len(drafts)-1].sent <= 4 && isClaimSentence(d, s) && len(counts) == 0 {
			p := drafts[len(drafts)-1]
			for _, ai := range actorS[si] {
				m := L.actors[ai]
				if m.actor == nil || m.disguise || !(m.actor.Kind == "insurgent" || m.actor.Kind == "militia") {
					continue
				}
				note := "claimed"
				if strings.Contains(strings.ToLower(d.Text[s.Start:s.End]), "blame") || strings.Contains(strings.ToLower(d.Text[s.Start:s.End]), "suspect") {
					note = "blamed"
				}
				ts, te := d.Tokens[m.start].Start, d.Tokens[m.end-1].End
				p.actors = cleanRoles(append(p.actors, EventActor{ID: m.id, Name: m.actor.Name, Text: d.Text[ts:te], Role: "perpetrator", Note: note, Rule: m.rule}))
				p.claimed = p.claimed || note == "claimed"
			}
			// "officials blamed the attack on a suicide bomber": how the
			// bombing just told was carried out; "accused rebels of launching
			// a missile": what the blast just told was
			if trig != nil && p.trig != nil && (explosive(trig.rule.Type) && sameFamily(p.trig.rule.Type, trig.rule.Type) && trig.rule.Priority > p.trig.rule.Priority || namesBlast(d, p.trig, trig)) {
				p.trig = trig
			}
			continue
		}
		bodies := mentionsBodies(d, s)
		if trig == nil && len(counts) == 0 && !(bodies && len(drafts) > 0 && si-drafts[len(drafts)-1].sent <= 4) {
			// "The incident took place in Erbil.": where the incident just told was
			if sentPlace != nil && len(drafts) > 0 && si-drafts[len(drafts)-1].sent <= 2 && tellsWhere(d, s) {
				p := drafts[len(drafts)-1]
				if p.place == nil || p.placeWhy != "named in the sentence" || p.place.place.IsArea() && inside(sentPlace.place, p.place.place) {
					p.place, p.placeWhy = sentPlace, "named in a following sentence"
				}
			}
			if sentDate != nil && !pastPerfect(d, sentDate) {
				lastDate = sentDate
			}
			if sentPlace != nil && !whereabouts(d, s) {
				lastPlace = sentPlace
			} else if sentPlace == nil && sentPolice != nil {
				lastPlace = sentPolice // the context of what its police did next
			}
			continue
		}
		background := backgroundSentence(d, s)
		if sentDate != nil && (aggregate || aggregateSentence(d, s) || anaphoric) && !background {
			lastDate = sentDate // context for what follows, even from a sentence that is no incident
		}
		if aggregate || aggregateSentence(d, s) || x.hedged(d, s, trig, counts) || (isTitleCaseLine(d, s.First) && si != L.headline) || background {
			continue
		}
		// a victim told by its rank is one of the incident's told before ("On
		// Friday, police said a fifth victim was discovered"), however far on
		// when the sentence counts no one else ("The fourth victim was taken
		// to a hospital")
		ranked, onlyRanks := false, true
		for _, c := range counts {
			if c.kind == "victims" {
				ranked = true
			} else if !slices.ContainsFunc(counts, func(r countMention) bool {
				return r.kind == "victims" && c.value == 1 && c.start >= r.start && c.start <= r.end
			}) {
				onlyRanks = false
			}
		}
		continuation := anaphoric || startsAnaphoric(d, s) || ranked
		if continuation && len(drafts) > 0 && (si-drafts[len(drafts)-1].sent <= 4 || onlyRanks) && !drafts[len(drafts)-1].headline {
			p := drafts[len(drafts)-1]
			acts, cl := x.roles(d, s, trig, actorS[si], L)
			p.actors = cleanRoles(mergeActors(p.actors, acts))
			p.claimed = p.claimed || cl
			p.counts = mergeCounts(p.counts, counts)
			p.counts = mergeCounts(p.counts, bodiesOf(d, s, p.counts))
			if p.trig == nil || trig != nil && (trig.rule.Priority > p.trig.rule.Priority && (sameFamily(p.trig.rule.Type, trig.rule.Type) || explosive(trig.rule.Type)) || namesBlast(d, p.trig, trig)) {
				p.trig = trig
			}
			p.last = s.Last
			// "The shooting occurred shortly after 11 p.m. Friday, Aug. 5": the
			// incident's own date over one its first sentence gave in passing
			if sentDate != nil && sentDate.rel != "anaphor" && isIncidentDate(d, sentDate) && (p.date == nil || p.dateWhy != "stated in the sentence" || !isIncidentDate(d, p.date)) {
				p.date, p.dateWhy = sentDate, "stated in a following sentence"
			}
			if np := sentPlace; np != nil || lastPlace != nil && p.placeWhy != "named in the sentence" {
				why := "named in the sentence"
				if np == nil {
					np, why = lastPlace, "from an earlier sentence"
				}
				if p.place == nil || placeRank(d, np) > placeRank(d, p.place) && (why == "named in the sentence" || p.placeWhy != "named in the sentence") {
					p.place, p.placeWhy = np, why
				}
			}
			if sentPlace != nil {
				lastPlace = sentPlace
			}
			continue
		}
		if anaphoric && len(counts) == 0 || trig == nil && len(counts) == 0 {
			continue // "the attack" with nothing before it to refer to
		}
		if trig == nil {
			// counts alone continue the incident before, unless they have a date
			// or a place of their own
			own := sentPlace != nil || sentDate != nil && sentDate.rel != "anaphor"
			for _, di := range dateS[si] {
				if L.dates[di].rel == "anaphor" {
					own = true
				}
			}
			if len(drafts) > 0 && !own && (si-drafts[len(drafts)-1].sent <= 3 || si-drafts[len(drafts)-1].sent <= 8 && namedVictimAgain(d, drafts[len(drafts)-1], s)) {
				dr := drafts[len(drafts)-1]
				dr.counts = mergeCounts(dr.counts, counts)
				// "Officials said one civilian was also wounded": the victims
				// counted are the incident's targets
				acts, _ := x.roles(d, s, trig, actorS[si], L)
				for _, a := range acts {
					if a.Role == "target" {
						dr.actors = mergeActors(dr.actors, []EventActor{a})
					}
				}
				dr.actors = cleanRoles(dr.actors)
				dr.last = s.Last
				continue
			}
		}
		segs := []clause{{counts: counts, place: sentPlace}}
		if trig != nil {
			if cs := clauses(d, s, counts, named); cs != nil {
				segs = cs // "a 2-year-old shot himself in Benton, a 12-year-old shot his brother in Sevier County and ..."
				for k := range segs {
					if !slices.Contains(eligible, segs[k].place) {
						segs[k].place = nil // a clause's far namesake: a quarter of the story's city
					}
				}
			}
		}
		for _, cl := range segs {
			counts, sentPlace, trig := cl.counts, cl.place, trig
			first, last := s.First, s.Last
			if len(segs) > 1 {
				// each clause by its own trigger, else the sentence's: "A bomb
				// killed two people in Baghdad, and a roadside bomb wounded
				// three soldiers in Mosul"; its words, from its subject, are its
				// evidence
				var own *trigger
				for _, t := range trigs {
					if t.start >= cl.first && t.start < cl.end && (own == nil || t.rule.Priority > own.rule.Priority) {
						own = t
					}
				}
				if own != nil {
					trig = own
				}
				first, last = cl.first, cl.end
			}
			dr := &draft{sent: si, first: first, last: last, trig: trig, trigs: trigs, counts: counts, headline: si == L.headline}
			if anaphoric && trig != nil {
				// "A series of car bombs targeted Baghdad ... 18 people were killed
				// in the blasts": the blasts are the car bombs the sentence before
				// named, though as a series it told no incident of its own
				dr.trig = namedBefore(d, L, trigS, si, trig)
			}
			if sentDate != nil {
				dr.date, dr.dateWhy = sentDate, "stated in the sentence"
				if sentDate.rel == "anaphor" {
					dr.dateWhy = "relative to the previous date"
				}
			} else if lastDate != nil && d.Sentences[d.Tokens[lastDate.start].Sent].Para >= s.Para-3 {
				dr.date, dr.dateWhy = lastDate, "from an earlier sentence"
			} else if nd := nextDate(d, L, dateS, si); nd != nil {
				dr.date, dr.dateWhy = nd, "from a following sentence"
			} else if lead != nil && lead.start < s.First {
				dr.date, dr.dateWhy = lead, "the date the story opens with"
			}
			if sentPlace != nil && L.dateline != nil && (sentPlace.place.Kind == "country" || sentPlace.place.Kind == "region") && inside(L.dateline.place, sentPlace.place) {
				dr.place, dr.placeWhy = L.dateline, "dateline, inside "+sentPlace.place.Name
			} else if sentPlace != nil {
				dr.place, dr.placeWhy = sentPlace, "named in the sentence"
			} else if L.dateline != nil && len(drafts) == 0 {
				dr.place, dr.placeWhy = L.dateline, "dateline"
			} else if lastPlace != nil && d.Sentences[d.Tokens[lastPlace.start].Sent].Para >= s.Para-3 {
				dr.place, dr.placeWhy = lastPlace, "from an earlier sentence"
			} else if L.dateline != nil {
				dr.place, dr.placeWhy = L.dateline, "dateline"
			}
			dr.ref = sentRef
			dr.actors, dr.claimed = x.roles(d, s, trig, actorS[si], L)
			if sentDate != nil {
				lastDate = sentDate
			}
			if sentPlace != nil {
				lastPlace = sentPlace
			}
			// merge with the previous draft when it is the same incident
			// (the clauses of a list are incidents of their own)
			if len(segs) == 1 && len(drafts) > 0 && !drafts[len(drafts)-1].headline && sameIncident(d, drafts[len(drafts)-1], dr) {
				p := drafts[len(drafts)-1]
				if p.trig == nil || (dr.trig != nil && dr.trig.rule.Priority > p.trig.rule.Priority && p.trig.rule.Type == "attack") {
					p.trig = dr.trig
				}
				p.counts = mergeCounts(p.counts, dr.counts)
				if p.date == nil || dr.date != nil && dr.dateWhy == "stated in the sentence" && (p.dateWhy != "stated in the sentence" || precRank(dr.date.res.Precision) > precRank(p.date.res.Precision) ||
					isIncidentDate(d, dr.date) && !isIncidentDate(d, p.date) && precRank(dr.date.res.Precision) == precRank(p.date.res.Precision)) {
					p.date, p.dateWhy = dr.date, dr.dateWhy
				}
				if p.place == nil || p.placeWhy != "named in the sentence" && dr.placeWhy == "named in the sentence" ||
					dr.place != nil && (dr.placeWhy == "named in the sentence" || p.placeWhy != "named in the sentence") && placeRank(d, dr.place) > placeRank(d, p.place) {
					p.place, p.placeWhy = dr.place, dr.placeWhy
				}
				p.actors = mergeActors(p.actors, dr.actors)
				p.claimed = p.claimed || dr.claimed
				p.last = dr.last
				continue
			}
			drafts = append(drafts, dr)
		}
	}
	// the headline repeats the lead: it stands alone only when the body has
	// no incident of its kind
	if len(drafts) > 1 && drafts[0].headline {
		h := drafts[0]
		for _, b := range drafts[1:] {
			if h.trig == nil || b.trig == nil || sameFamily(h.trig.rule.Type, b.trig.rule.Type) || len(b.counts) > 0 {
				if b.trig == nil || h.trig != nil && h.trig.rule.Priority > b.trig.rule.Priority && sameFamily(h.trig.rule.Type, b.trig.rule.Type) {
					b.trig = h.trig
				}
				drafts = drafts[1:]
				break
			}
		}
	}
	// a town or village the gazetteer lacks that the sentence names as one
	// ("in the town of al Zab, west of Kirkuk") places its incident before
	// any city of the article's (see below)
	for _, dr := range drafts {
		if dr.place == nil {
			town := func(p, _ *placeMention) bool { return p.place.Kind == "town" || p.place.Kind == "village" }
			if p, _ := unlistedPlace(d, L, dr.first, dr.last, town); p != nil {
				dr.place, dr.placeWhy = p, "named in the sentence as a "+p.place.Kind+" the gazetteer lacks"
			}
		}
	}
	// an incident placed only at a province or country takes the article's
	// city inside it (the dateline, else the most mentioned city)
	// (a county keeps its incident from the city of the outlet, which may be
	// an hour's drive away: a Paulding County story of an Atlanta station)
	if city := L.city; city != nil {
		far := city == L.outletCity || city == L.stationCity
		for _, dr := range drafts {
			if dr.place == nil || dr.place.place.IsArea() && inside(city.place, dr.place.place) && !(far && dr.place.place.Kind == "admin2") {
				why := "the article's city"
				if dr.place != nil {
					why += ", inside " + dr.place.place.Name
				}
				dr.place, dr.placeWhy = city, why
			}
		}
	}
	// an article with no city that names one district (a county) and no
	// other: an incident placed nowhere is in it ("Short was being held at
	// the Hamilton County Justice Center")
	if L.district != nil {
		for _, dr := range drafts {
			if dr.place == nil {
				dr.place, dr.placeWhy = L.district, "the one district the article names"
			}
		}
	}
	// an incident placed nowhere else is near the reference point of its
	// sentence ("a bomb exploded north of Baghdad")
	for _, dr := range drafts {
		if dr.place == nil && dr.ref != nil {
			ref := *dr.ref
			ref.qualifier, ref.reason = "near", "reference point"
			dr.place, dr.placeWhy = &ref, "named in the sentence"
		}
	}
	// an incident placed nowhere yet, or only at the province or county the
	// text puts it in, in a town, village or district the gazetteer lacks,
	// which its words name as one ("in the town of Gharanij", "in the
	// village of Rahdjane in Hama province"), takes that name; with no
	// point, but a county's, which lies near
	for _, dr := range drafts {
		switch {
		case dr.place == nil:
			if p, _ := unlistedPlace(d, L, dr.first, dr.last, nil); p != nil {
				dr.place, dr.placeWhy = p, "named in the sentence as a "+p.place.Kind+" the gazetteer lacks"
			}
		case dr.place.place.IsArea() && dr.placeWhy == "named in the sentence":
			area := dr.place.place
			in := func(_, parent *placeMention) bool {
				return parent != nil && (parent.place.ID == area.ID || inside(area, parent.place))
			}
			if p, parent := unlistedPlace(d, L, dr.first, dr.last, in); p != nil {
				if parent.place.ID != dr.place.place.ID && dr.place.place.Kind == "admin1" {
					p.place.Admin1 = dr.place.place.Name // "the township of Sharaban in Iraq's northern Diyala province"
				}
				why := "named in the sentence as a " + p.place.Kind + " of " + parent.place.Name + " the gazetteer lacks"
				if parent.place.Kind == "admin2" {
					p.place.Lat, p.place.Lon = parent.place.Lat, parent.place.Lon
					why += ", at the county's point"
				}
				dr.place, dr.placeWhy = p, why
			}
		}
	}
	// an incident with no perpetrator in its sentences takes the one armed
	// group the article names, if it names exactly one (noted as such)
	sole := x.soleArmedGroup(d, L)
	var out []Event
	for _, dr := range drafts {
		if dr.trig == nil && !hasValue(dr.counts) && !vagueToll(dr) {
			continue
		}
		if sole != nil && dr.trig != nil && dr.trig.rule.Type != "arrest" && dr.trig.rule.Type != "airstrike" {
			named := false
			for _, a := range dr.actors {
				if a.Role == "perpetrator" && a.ID != "unknown" {
					named = true
				}
			}
			if !named {
				ts, te := d.Tokens[sole.start].Start, d.Tokens[sole.end-1].End
				dr.actors = cleanRoles(append(dr.actors, EventActor{ID: sole.id, Name: sole.actor.Name, Text: d.Text[ts:te],
					Role: "perpetrator", Note: "the only armed group the article names", Rule: sole.rule}))
			}
		}
		out = append(out, x.finish(d, dr, articleID, len(out)+1))
	}
	return out
}

// namedVictimAgain reports a sentence whose subject is a name the incident's
// sentence told ("... shot Khaled in the head." ... "Khaled was rushed to
// hospital"): the same victim, however long the story in between.
func namedVictimAgain(d *Document, p *draft, s Sentence) bool {
	t := d.Tokens[s.First]
	if t.Kind != Word || !t.Cap || s.First+1 >= s.Last || d.Tokens[s.First+1].Cap || functionWords[t.Norm] || t.Lex != 0 {
		return false // a name opens the sentence, not "The", "He" or a number word
	}
	ps := d.Sentences[p.sent]
	for k := ps.First + 1; k < ps.Last; k++ {
		if d.Tokens[k].Text == t.Text {
			return true
		}
	}
	return false
}

// leadDate is the date of the story's opening sentences ("One evening last
// September, Khaled returned home ..."), which an incident told later without
// a date of its own and far from any other date belongs to.
func leadDate(d *Document, L *layers, dateS [][]int) *timex {
	for si, n := 0, 0; si < len(d.Sentences) && n < 3; si++ {
		if !d.Sentences[si].Cut {
			n++ // the first three sentences the segmenter made
		}
		for _, di := range dateS[si] {
			tx := &L.dates[di]
			if tx.ok && tx.datesIncident() && !tx.hidden && !isPublicationLine(d, tx) && !isReportingDate(d, tx) && !pastPerfect(d, tx) {
				return tx
			}
		}
	}
	return nil
}

// pastPerfect reports a date in a past-perfect clause ("officials had
// overhauled the system in September 2017"): background told out of order,
// which sets no date for the sentences after it.
func pastPerfect(d *Document, tx *timex) bool {
	s := d.Sentences[d.Tokens[tx.start].Sent]
	for k := tx.start - 1; k >= s.First && k >= tx.start-12; k-- {
		t := d.Tokens[k]
		if t.Kind == Punct && t.Text != "-" {
			return false
		}
		if t.Norm == "had" && k+1 < len(d.Tokens) {
			n := d.Tokens[k+1].Norm
			return n != "to" && n != "a" && n != "an" && n != "the" && d.Tokens[k+1].Kind == Word
		}
	}
	return false
}

// nextDate is the first incident date in the two sentences after si, for a
// lead that tells the incident before its day ("A man was shot ... Police
// said the shooting happened late Monday").
func nextDate(d *Document, L *layers, dateS [][]int, si int) *timex {
	for k := si + 1; k < len(d.Sentences) && k <= si+2; k++ {
		for _, di := range dateS[k] {
			tx := &L.dates[di]
			if tx.ok && tx.res.Precision == "day" && !isPublicationLine(d, tx) && !isReportingDate(d, tx) {
				return tx
			}
		}
	}
	return nil
}

// articleCity is the article's city: its dateline if that is a city, else
// the city its title names, else the city of its tip line, else the
// city-level place its text mentions most often (at least twice), else the
// city it names most even once, else the city of the outlet its title
// names, else the city of the market of the station it names. A title's
// town that lies far from the city the text keeps naming is the title's
// guess at a quarter ("Young child shot in Roxbury" over a story that names
// Boston three times): the text's city stands, if it has 100,000 people or
// more.
func articleCity(d *Document, L *layers) *placeMention {
	if L.dateline != nil && !L.dateline.place.IsArea() && L.dateline.place.Kind != "region" {
		return L.dateline
	}
	most := mostMentionedCity(d, L, false)
	// a title's small town abroad (under 20,000 people) gives way to the
	// places of the text, when it names an area of its own country ("near
	// Bellagio" of a story naming Clark County is the Las Vegas casino)
	// so does one in another province than the city the text names most,
	// when nothing places it ("4 people injured in a North Valley shooting"
	// over a text that names Madera, California, is no North Valley, New
	// Mexico)
	small := L.titlePlace != nil && (L.titlePlace.place.Population < 20000 && L.named[L.focus] > 0 && strayAbroad(L, L.titlePlace) ||
		L.policeCity != nil && farFrom(L.titlePlace, L.policeCity) ||
		strayProvince(L, L.titlePlace) || most != nil && most.place.Country == L.focus && strayFrom(L, L.titlePlace, most.place.Admin1Code()))
	if L.titlePlace != nil && !small && (most == nil || most.place.Population < 100000 || !farFrom(L.titlePlace, most)) {
		return L.titlePlace
	}
	if L.phoneCity != nil {
		return L.phoneCity
	}
	if most == nil {
		if fc := mostMentionedCity(d, L, true); fc != nil {
			return fc
		}
		if L.outletCity == nil {
			return L.stationCity
		}
		return L.outletCity
	}
	return most
}

// policeCity is the first city the text names before "police" ("Cincinnati
// police have identified them", "the Chicago Police Department"), else nil.
func policeCity(d *Document, L *layers) *placeMention {
	for i := range L.places {
		p := &L.places[i]
		if !p.place.IsArea() && p.place.Kind != "region" && norm(d.Tokens, p.end) == "police" {
			return p
		}
	}
	return nil
}

// soleDistrict is the one district (admin2: a county) of the story's
// country the article names, or nil when it names none or several. A county
// named by its offices counts ("held at the Hamilton County Jail", "Stark
// County Sheriff deputies"): they serve the county they are named for.
func soleDistrict(d *Document, L *layers) *placeMention {
	var one *placeMention
	for i := range L.places {
		p := &L.places[i]
		if p.place.Kind != "admin2" || p.adjective && !countyOffices[norm(d.Tokens, p.end)] || L.focus != "" && p.place.Country != L.focus {
			continue
		}
		if one != nil && one.place.ID != p.place.ID {
			return nil
		}
		if one == nil {
			one = p
		}
	}
	return one
}

// countyOffices are the words after a county's name that make an office of
// it: the county's sheriff, jail, coroner, courts and prosecutors.
var countyOffices = map[string]bool{"sheriff": true, "sheriff's": true, "jail": true, "coroner": true, "coroner's": true,
	"prosecutor": true, "prosecutor's": true, "court": true, "courthouse": true, "justice": true, "detention": true,
	"corrections": true, "medical": true, "deputies": true, "deputy": true, "attorney's": true}

// mostMentionedCity is the city-level place the text mentions most often, at
// least twice, or nil. A city's police ("The Baton Rouge Police Department
// reported ...", "Chicago police said") counts three times: its police
// investigate where it happened. As the last resort (lastResort), once is
// enough, names inside others count ("Memphis Athletic Ministries") and the
// city must lie in the story's country: a story that names one town seldom
// happened far from it ("taken to a clinic in Wadena").
func mostMentionedCity(d *Document, L *layers, lastResort bool) *placeMention {
	least := 2
	if lastResort {
		least = 1
	}
	count := map[string]int{}
	first := map[string]*placeMention{}
	var best *placeMention
	for i := range L.places {
		p := &L.places[i]
		police := norm(d.Tokens, p.end) == "police"
		if p.place.IsArea() || p.adjective && !police && !lastResort || p.parent || p.place.Kind == "region" || p.place.Kind == "continent" ||
			lastResort && L.focus != "" && p.place.Country != L.focus || strayProvince(L, p) || L.policeCity != nil && farFrom(p, L.policeCity) {
			continue
		}
		id := p.place.ID
		count[id]++
		if police {
			count[id] += 2
		}
		if first[id] == nil {
			first[id] = p
		}
		if count[id] >= least && (best == nil || count[id] > count[best.place.ID]) {
			best = first[id]
		}
	}
	return best
}

// namesBlast reports a later trigger that says what exploded where the
// first said only that something did: "Two explosions struck the campus ...
// State TV accused rebels of launching a missile", "Activists blamed the
// blast on an airstrike". A bomb named ("a bomb exploded") stays a bomb.
func namesBlast(d *Document, blast, later *trigger) bool {
	if blast.rule.Type != "bombing" || later.rule.Type != "airstrike" && later.rule.Type != "shelling" {
		return false
	}
	w := d.Tokens[blast.start].Norm
	return strings.HasPrefix(w, "explo") && !strings.HasPrefix(w, "explosive") || strings.HasPrefix(w, "blast") || w == "went"
}

// isClaimSentence reports a sentence that claims or blames an attack:
// "X claimed responsibility", "X claimed the attack", "blamed on X",
// "State TV accused rebels of launching a missile" (but not "a man accused
// of killing his brother", who is charged with an incident of his own).
func isClaimSentence(d *Document, s Sentence) bool {
	if claimCues.in(d.Tokens, s.First, s.Last) {
		return true
	}
	// "accused rebels of", "blamed the blast on": a verb, its object, then
	// the preposition ("a man accused of" has no object between)
	for k := s.First; k < s.Last; k++ {
		var prep string
		switch d.Tokens[k].Norm {
		case "accused":
			prep = "of"
		case "blamed":
			prep = "on"
		default:
			continue
		}
		for j := k + 2; j < s.Last && j <= k+5; j++ {
			if d.Tokens[j].Norm == prep {
				return true
			}
		}
	}
	return false
}

var claimCues = newPhraseSet("claimed responsibility", "claimed the attack", "claimed the bombing", "claimed the blast",
	"claimed the killing", "claimed the attacks", "claimed the bombings", "claimed credit", "responsibility was claimed",
	"blamed the attack", "blamed on", "was claimed by", "were claimed by", "claiming responsibility")

// soleArmedGroup returns the insurgent group an article names, when it names
// exactly one (aliases of one group count once), outside frames that are no
// role ("an expert on ISIS").
func (x *Extractor) soleArmedGroup(d *Document, L *layers) *actorMention {
	var first *actorMention
	for i := range L.actors {
		m := &L.actors[i]
		if m.actor == nil || m.actor.Kind != "insurgent" || m.disguise {
			continue
		}
		if first == nil {
			first = m
		} else if first.id != m.id && !(x.related(first.id, m.id)) {
			return nil
		}
	}
	return first
}

// related reports an actor and its parent (AQI and al-Qaeda).
func (x *Extractor) related(a, b string) bool {
	pa, pb := x.actors.Get(a), x.actors.Get(b)
	return pa != nil && pa.Parent == b || pb != nil && pb.Parent == a
}

// sameFamily reports event types that may describe one incident.
func sameFamily(a, b string) bool {
	fam := func(t string) int {
		switch t {
		case "bombing", "ied", "car_bomb", "suicide_bombing":
			return 1
		case "shooting", "sniper", "ambush", "armed_assault", "assassination", "armed_clash":
			return 2
		case "kidnapping", "execution":
			return 3
		case "airstrike", "shelling":
			return 4
		}
		return 0
	}
	return a == b || a == "attack" || b == "attack" || fam(a) == fam(b) && fam(a) != 0
}

func explosive(t string) bool {
	return t == "suicide_bombing" || t == "car_bomb" || t == "ied"
}

// mentionsBodies reports a sentence opening on "their (mutilated) bodies" or
// "the corpses": the victims of the incident just told.
func mentionsBodies(d *Document, s Sentence) bool {
	for k := s.First; k < s.Last && k < s.First+8; k++ {
		w := d.Tokens[k].Norm
		if w != "their" && w != "the" {
			continue
		}
		for _, n := range []string{norm(d.Tokens, k+1), norm(d.Tokens, k+2)} {
			if n == "bodies" || n == "corpses" {
				return true
			}
		}
	}
	return false
}

// bodiesOf turns "their bodies were found" after a kidnapping into deaths of
// the people already counted.
func bodiesOf(d *Document, s Sentence, prev []countMention) []countMention {
	if !mentionsBodies(d, s) {
		return nil
	}
	for _, c := range prev {
		if c.kind == "kidnapped" && c.hasValue {
			return []countMention{{start: s.First, end: s.Last, kind: "killed", value: c.value, hasValue: true, qualifier: c.qualifier, rule: "count.their-bodies", sent: d.Tokens[s.First].Sent}}
		}
	}
	return nil
}

// negated reports "no", "not", "never" shortly before token i.
func negated(d *Document, s Sentence, i int) bool {
	for k := max(s.First, i-4); k < i; k++ {
		switch d.Tokens[k].Norm {
		case "no", "not", "nobody", "never", "without", "n't", "none", "cant", "cannot", "couldnt", "wont", "didnt",
			"dont", "doesnt", "wasnt", "werent", "failed", "unable":
			return true
		}
	}
	return false
}

// isObject reports a trigger that names a thing seized or found ("seized two
// suicide vests", "defused a roadside bomb").
func isObject(d *Document, s Sentence, i int) bool {
	for k := max(s.First, i-4); k < i; k++ {
		switch d.Tokens[k].Norm {
		case "found", "discovered":
			// "was found dead and beheaded", "were found shot": the victim's
			// state, not a thing found
			if !victimFound(d, k, i) {
				return true
			}
		case "seized", "confiscated", "defused", "dismantled", "recovered", "seizing",
			"possess", "possessed", "possession", "making", "factories", "factory", "weapons":
			return true
		case "carrying":
			return norm(d.Tokens, k+1) != "out"
		}
	}
	return false
}

// victimFound reports "found" at k telling the state of a victim at the
// participle trigger i: "found dead and beheaded", "found shot", but not
// "found a booby-trapped car", "found explosives" or "discovered, rigged
// with explosives".
func victimFound(d *Document, k, i int) bool {
	w := d.Tokens[i].Norm
	if !(strings.HasSuffix(w, "ed") || w == "shot" || w == "slain") || strings.Contains(w, "-") {
		return false
	}
	for j := k + 1; j < i; j++ {
		if t := d.Tokens[j]; t.Kind == Number || t.Kind == Punct || determiners[t.Norm] {
			return false
		}
	}
	return true
}

// determiners open a noun phrase.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "some": true, "two": true, "three": true,
	"several": true, "many": true, "his": true, "their": true, "its": true, "her": true}

// definite reports a noun trigger that refers back: "the attack", "this
// bombing", "the February attack". Verbs ("the militants shot") never do.
func definite(d *Document, s Sentence, i int) bool {
	w := d.Tokens[i].Norm
	if strings.HasSuffix(w, "ed") || w == "shot" || w == "struck" || strings.HasSuffix(w, "ing") && w != "bombing" && w != "shooting" && w != "kidnapping" && w != "killing" && w != "beheading" {
		return false
	}
	for k := i - 1; k >= s.First && k >= i-2; k-- {
		switch d.Tokens[k].Norm {
		case "the", "this", "that", "such", "these", "those":
			return !(d.Tokens[k].Norm == "such" && (norm(d.Tokens, k-1) == "one" || norm(d.Tokens, k-1) == "another"))
		case "a", "an", "another", "one", "two", "new", "separate", "second", "third":
			return false
		}
	}
	return false
}

// startsAnaphoric reports a sentence that opens on the incident already told:
// "The attackers ...", "The explosion ...".
func startsAnaphoric(d *Document, s Sentence) bool {
	if d.Tokens[s.First].Norm == "one" && norm(d.Tokens, s.First+1) == "of" && norm(d.Tokens, s.First+2) == "the" {
		switch norm(d.Tokens, s.First+3) {
		case "attackers", "gunmen", "assailants", "militants", "bombers", "kidnappers", "wounded", "victims", "injured":
			return true
		}
	}
	if mentionsBodies(d, s) {
		return true
	}
	if d.Tokens[s.First].Norm != "the" || s.First+1 >= s.Last {
		return false
	}
	switch d.Tokens[s.First+1].Norm {
	case "attackers", "gunmen", "attacker", "gunman", "bomber", "attack", "explosion", "blast", "strike", "assailants", "death", "toll",
		"militants", "kidnappers", "bombing", "ambush", "raid", "victims", "victim", "dead", "wounded":
		return true
	}
	return false
}

// tellsWhere reports a sentence about the incident just told that says where
// it happened: "The incident took place in X", "It occurred near X", or
// where those called to it went: "Deputies responded around 1 p.m. to a home
// in Stoutsville".
func tellsWhere(d *Document, s Sentence) bool {
	switch d.Tokens[s.First].Norm {
	case "the", "this", "it":
	case "deputies", "officers", "police", "troopers", "firefighters", "paramedics", "medics":
		for k := s.First + 1; k < s.Last && k < s.First+4; k++ {
			switch d.Tokens[k].Norm {
			case "responded", "arrived", "called", "dispatched":
				return true
			}
		}
		return false
	default:
		return false
	}
	for k := s.First + 1; k < s.Last; k++ {
		switch d.Tokens[k].Norm {
		case "occurred", "happened":
			return true
		case "took":
			if norm(d.Tokens, k+1) == "place" {
				return true
			}
		}
	}
	return false
}

// vagueToll reports an incident told only by a vague toll that its
// sentence places or dates: "Several people were killed in Kirkuk on
// Monday" is an incident, though it names no attack and counts no one;
// "Hundreds have been killed" is not.
func vagueToll(dr *draft) bool {
	if dr.placeWhy != "named in the sentence" && dr.dateWhy != "stated in the sentence" {
		return false
	}
	for _, c := range dr.counts {
		if c.qualifier == "vague" && (c.kind == "killed" || c.kind == "wounded" || c.kind == "kidnapped") {
			return true
		}
	}
	return false
}

func hasValue(cs []countMention) bool {
	for _, c := range cs {
		if c.hasValue {
			return true
		}
	}
	return false
}

func precRank(p string) int {
	switch p {
	case "day":
		return 4
	case "week":
		return 3
	case "month":
		return 2
	case "season":
		return 1
	}
	return 0
}

// placeRank prefers the most specific place of a sentence; a place that is
// only a reference point ("50 km north of Baghdad") ranks lowest.
func placeRank(d *Document, p *placeMention) int {
	r := 4
	switch p.place.Kind {
	case "country":
		r = 1
	case "admin1", "region":
		r = 2
	case "admin2", "desert", "river", "mountains", "valley", "lake":
		r = 3
	case "neighbourhood", "district", "landmark", "village", "base", "camp", "border-crossing", "subdistrict":
		r = 5
	}
	if isReferencePoint(d, p.start) && !(p.place.IsArea() && directionOf(d, p.start)) && !(!p.place.IsArea() && capitalOf(d, p.start)) || p.adjective || p.parent || afterHospital(d, p.start) ||
		cityHospital(d, p.start, p.end) || homeTown(d, p) ||
		p.place.Kind == "country" && (journeyEnd(d, p.start) || nationOf(d, p.end)) {
		r = 0
	}
	return r
}

// homeTown reports a resident's town told as where they are from in the
// sentence's predicate: "one of the five people killed was a Virginia Beach
// man". A subject's town ("A Mobile woman was shot") is often the scene too.
func homeTown(d *Document, p *placeMention) bool {
	if p.end >= len(d.Tokens) || !residentNouns[d.Tokens[p.end].Norm] || p.start < 2 {
		return false
	}
	if a := d.Tokens[p.start-1].Norm; a != "a" && a != "an" {
		return false
	}
	switch d.Tokens[p.start-2].Norm {
	case "was", "is", "were", "are", "as":
		return true
	}
	return false
}

// whereabouts reports a sentence that tells where someone is thought to be
// or to have gone: "Jackson is believed to have left Waukegan and is now in
// the Chicago area", "the suspect fled to Texas". Its places are no
// incident's, nor the context of the sentences after it.
func whereabouts(d *Document, s Sentence) bool {
	toks := d.Tokens
	for k := s.First; k+2 < s.Last; k++ {
		switch toks[k].Norm {
		case "is", "are", "was", "were":
			if w := toks[k+1].Norm; (w == "believed" || w == "thought") && toks[k+2].Norm == "to" {
				return true
			}
		case "fled":
			if toks[k+1].Norm == "to" {
				return true
			}
		}
	}
	return false
}

// journeyEnd reports a country named as where someone came from or goes:
// "a 21-year-old man from Mexico", "might be heading to Mexico", "send his
// body back to Mexico". Incidents happen in a country, not from or to it.
func journeyEnd(d *Document, i int) bool {
	p1, _ := wordsBefore(d, i)
	return p1 == "from" || p1 == "to" || p1 == "toward" || p1 == "towards"
}

// residence reports a person's home town: "21-year-old Christian Merced, of
// Miami, Florida", "Austin Smith, 25, of Gary". Where someone lives is not
// where they were shot, unless it is the dateline's town too.
func residence(d *Document, i int) bool {
	if i < 3 || d.Tokens[i-1].Norm != "of" || d.Tokens[i-2].Text != "," {
		return false
	}
	t := d.Tokens[i-3]
	return t.Kind == Number && len(t.Text) <= 2 || t.Kind == Word && t.Cap && !t.Upper && !functionWords[t.Norm]
}

// nationOf reports a country named as whose people or forces they are, the
// word after it a noun for them: "US military announced", "four US personnel
// were among the dead", "a Turkish-backed ..." is an adjective already. The
// incident happened where they were, not in their country.
func nationOf(d *Document, end int) bool {
	return end < len(d.Tokens) && nationals[d.Tokens[end].Norm]
}

// nationals are the nouns after a country that make it a nationality.
var nationals = map[string]bool{
	"military": true, "troops": true, "forces": true, "soldiers": true, "soldier": true, "personnel": true, "service": true,
	"servicemen": true, "servicemembers": true, "army": true, "navy": true, "marines": true, "officials": true, "official": true,
	"embassy": true, "consulate": true, "diplomat": true, "diplomats": true, "ambassador": true, "envoy": true, "citizen": true,
	"citizens": true, "nationals": true, "national": true, "contractors": true, "contractor": true, "government": true, "coalition": true,
	"airstrike": true, "airstrikes": true, "drone": true, "drones": true, "warplanes": true, "jets": true, "aircraft": true,
	"president": true, "secretary": true, "minister": true, "spokesman": true, "spokeswoman": true, "commander": true, "commanders": true,
}

// farGuess reports a place of a local story that lies over 150 km from the
// story's city or from the city whose police the text names, in its
// country: a town under 100,000 people, or a county the text does not call
// one. Such a name is most often a neighbourhood the
// gazetteer lacks ("Homewood" in a Pittsburgh story is not Homewood, Alabama;
// "Austin" in a Chicago story is not Austin, Texas; "Dorchester" in a Boston
// story is no county of South Carolina). The incident takes the story's city
// instead: its dateline, else the city of its tip-line number, else the
// article's city (articleCity).
func farGuess(d *Document, L *layers, p *placeMention) bool {
	if pc := L.policeCity; pc != nil && pc.place.ID != p.place.ID && farFrom(p, pc) {
		return true // "a shooting in Madisonville ... Cincinnati police have identified them"
	}
	dl := L.dateline
	if dl == nil {
		dl = L.phoneCity // where the tip line rings, when no dateline says
	}
	if dl == nil {
		dl = L.city
	}
	county := p.place.Kind == "admin2" && !namedAsCounty(gazetteer.Key(d.Text[d.Tokens[p.start].Start:d.Tokens[p.end-1].End])) && admFeature[norm(d.Tokens, p.end)] != "admin2"
	if dl == nil || p.place.IsArea() && !county {
		return false
	}
	if quarterNouns[norm(d.Tokens, p.end)] && p.place.Country == dl.place.Country && !dl.place.IsArea() {
		// the text calls it a quarter: "in the Portland neighborhood" of a
		// Louisville story, whatever the size of Portland, Oregon
		return !gazetteer.Within(p.place.Lat, p.place.Lon, dl.place.Lat, dl.place.Lon, 150)
	}
	return farFrom(p, dl)
}

// quarterNouns after a name make it a quarter of a city.
var quarterNouns = map[string]bool{"neighborhood": true, "neighbourhood": true, "subdivision": true, "section": true}

// farFrom reports a town under 100,000 people (or a county) over 150 km from
// the story's city c, in its country.
func farFrom(p, c *placeMention) bool {
	if p.place.Population >= 100000 || p.place.Source != "geonames" || p.place.Country != c.place.Country || c.place.IsArea() {
		return false
	}
	return !gazetteer.Within(p.place.Lat, p.place.Lon, c.place.Lat, c.place.Lon, 150)
}

// strayAbroad reports a place abroad that the story gives no reason to be in:
// "in Whitehaven" of a Memphis story is its neighbourhood, not the English
// town, and "Bordeaux" of a Nashville story is not the French city, when
// nothing in the text names their country, a province of it or its demonym.
// Cities of a million people, national capitals and curated places stand on
// their own.
func strayAbroad(L *layers, p *placeMention) bool {
	pl := p.place
	if L.focus == "" || pl.Country == L.focus || pl.Kind == "country" || pl.Source != "geonames" || pl.Priority > 0 ||
		pl.Population >= 1000000 || pl.Kind == "PPLC" || p.settled {
		return false
	}
	if pl.IsArea() {
		// a province abroad is a reason for its country only with another:
		// "Ariana" of a Hartford story is a person, not the Tunisian province
		return L.named[pl.Country] < 2
	}
	return L.named[pl.Country] == 0
}

// strayProvince reports a small town in another province than the one the
// story is placed in, which nothing in the text places: "in Weir, a small
// town in central Williamson County" is no Weir, Kansas, and "in Howland" of
// a story datelined "HOWLAND, Ohio" no Howland, Maine, when the gazetteer
// lacks the story's own. The incident takes a place the text does place.
func strayProvince(L *layers, p *placeMention) bool {
	return strayFrom(L, p, L.focusA1)
}

// strayFrom reports a small town of the focus country outside province a1
// that nothing in the text places.
func strayFrom(L *layers, p *placeMention, a1 string) bool {
	pl := p.place
	if !(a1 != "" && pl.Country == L.focus && pl.Admin1Code() != a1 && smallTown(pl) && !p.settled && !p.dateline) {
		return false
	}
	// another place of the text in the town's own province is a reason for
	// it: "Lowry City" beside "St. Clair", both in Missouri
	for _, q := range L.places {
		if q.place.ID != pl.ID && q.place.Country == pl.Country && q.place.Admin1Code() == pl.Admin1Code() {
			return false
		}
	}
	return true
}

// placedProvince returns the focus province a1 when the text places itself
// there: it names the province, a county of it as a county, or has its
// dateline in it.
func placedProvince(places []placeMention, a1 string) string {
	if a1 == "" {
		return ""
	}
	for _, p := range places {
		if p.place.Admin1Code() != a1 {
			continue
		}
		if p.place.Kind == "admin1" || p.dateline || p.place.Kind == "admin2" && p.evidence {
			return a1
		}
	}
	return ""
}

// namedCountries are the countries a text gives a reason to be in, with
// the weight of the reasons: each of their areas named ("Whitehaven,
// England", "a town in Cumbria") is one, their demonym ("the British town")
// two.
func namedCountries(d *Document, places []placeMention) map[string]int {
	out := map[string]int{}
	seen := map[string]bool{}
	for _, q := range places {
		if (q.place.IsArea() || q.place.Kind == "region") && !seen[q.place.ID] {
			seen[q.place.ID] = true
			out[q.place.Country]++
		}
	}
	for _, cc := range demonymsOf(d) {
		out[cc] += 2
	}
	return out
}

// capitalOf reports "the capital of X": said of a city, X is the capital
// itself ("the Iraqi capital of Baghdad").
func capitalOf(d *Document, i int) bool {
	return norm(d.Tokens, i-1) == "of" && norm(d.Tokens, i-2) == "capital"
}

// directionOf reports "north of X", "the east of X": said of a province or a
// country, the incident is in that part of it ("north of Babil governorate").
func directionOf(d *Document, i int) bool {
	p1, p2 := wordsBefore(d, i)
	return p1 == "of" && isDirection(p2)
}

// wordsBefore gives the two words before a name at token i, past a "the":
// "of", "north" for "north of the X".
func wordsBefore(d *Document, i int) (string, string) {
	p1, p2 := norm(d.Tokens, i-1), norm(d.Tokens, i-2)
	if p1 == "the" {
		p1, p2 = p2, norm(d.Tokens, i-3)
	}
	return p1, p2
}

// placeScore ranks the places of a sentence as the incident's location: the
// most specific kind, in the story's country, named as a location ("in X").
func placeScore(d *Document, p *placeMention, focus string) int {
	sc := 3 * placeRank(d, p)
	if focus != "" && p.place.Country == focus {
		sc += 4
	}
	if p.evidence {
		sc += 2
	}
	return sc
}

// afterHospital reports where victims were taken, not where they were hit:
// "died at a hospital in St. Louis", "airlifted to Baghdad", "was taken to
// Jacobi Medical Center in the Bronx".
func afterHospital(d *Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sent]
	for k := max(s.First, i-5); k < i; k++ {
		w := d.Tokens[k].Norm
		if (w == "center" || w == "centre") && k > s.First && (norm(d.Tokens, k-1) == "medical" || norm(d.Tokens, k-1) == "trauma") {
			w = "hospital" // a hospital's name: "Vidant Medical Center"
		}
		switch w {
		case "taken", "transferred", "transported", "rushed", "airlifted", "flown", "evacuated", "treated":
			return true
		case "hospital", "hospitals":
			// "to a hospital in X", "at hospital in X"; not "near the hospital in X"
			for j := max(s.First, k-3); j < k; j++ {
				if w := d.Tokens[j].Norm; w == "to" || w == "at" || w == "in" {
					return true
				}
			}
		}
	}
	return false
}

// cityHospital reports a place named as a hospital's: "underwent surgery
// in a metropolitan Atlanta hospital", "at an Omaha hospital".
func cityHospital(d *Document, start, end int) bool {
	// a hospital named after its city: "at Dayton’s Children Hospital",
	// "to Cincinnati Children's Hospital"
	h := end
	if h < len(d.Tokens) && isPossessive(d.Tokens[h]) {
		h++
	}
	for k := h; k < len(d.Tokens) && k < h+3 && d.Tokens[k].Cap && !d.Tokens[k].Newline; k++ {
		if w := d.Tokens[k].Norm; w == "hospital" || w == "hospitals" {
			h = k
			break
		}
		if k+1 < len(d.Tokens) && isPossessive(d.Tokens[k+1]) {
			k++
		}
	}
	if w := norm(d.Tokens, h); w != "hospital" && w != "hospitals" {
		return false
	}
	for k := max(0, start-3); k < start; k++ {
		if w := d.Tokens[k].Norm; w == "in" || w == "at" || w == "to" {
			return true
		}
	}
	return false
}

// isReferencePoint reports "north of X", "50 km from X", "the capital of X".
func isReferencePoint(d *Document, i int) bool {
	p1, p2 := wordsBefore(d, i)
	if p1 == "of" || p1 == "from" || p1 == "to" && isDirection(p2) { // "30 km north to Baghdad"
		if isDirection(p2) && p2 != "near" && p2 != "outside" && p2 != "outskirts" && p2 != "central" {
			return true
		}
		switch p2 {
		case "km", "kilometres", "kilometers", "miles", "capital":
			return true
		}
	}
	return false
}

// isPublicationLine reports dates in the byline area that give the
// publication date, not an event's.
func isPublicationLine(d *Document, tx *timex) bool {
	return tx.rule == "date.published"
}

// isPostSignature reports the date that signs an embedded social-media post,
// "— Amy Marcinkiewicz (@WPXIAmy) September 10, 2015": when it was posted,
// not when what it tells happened.
func isPostSignature(d *Document, tx *timex) bool {
	toks := d.Tokens
	k := tx.start - 1
	if k < 0 || toks[k].Text != ")" {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if toks[j].Text == "@" {
			return toks[j-1].Text == "("
		}
	}
	return false
}

// dayDateIn reports a resolved day-precision date among a sentence's dates.
func dayDateIn(L *layers, idx []int) bool {
	for _, i := range idx {
		if L.dates[i].ok && L.dates[i].res.Precision == "day" {
			return true
		}
	}
	return false
}

// aggregateSentence reports a sentence of statistics or habits, not an
// incident: "83 cases of kidnap", "ISIS routinely claims attacks".
func aggregateSentence(d *Document, s Sentence) bool {
	if d.aggregate(d.Tokens[s.First].Sent) {
		return true
	}
	for k := s.First; k < s.Last; k++ {
		switch d.Tokens[k].Norm {
		case "routinely", "regularly", "frequently", "usually", "typically", "trend", "tactic", "tactics", "habitually":
			return true
		}
	}
	return false
}

// backgroundSentence reports a sentence that sets the incident beside an
// earlier one, whose figures, place and day it gives: "The shooting came
// after an attack early Sunday at a gay nightclub in Florida left 49 people
// dead", "The shooting follows recent ambush-style attacks against police in
// Dallas, where five officers died", "Tuesday's violence comes four days
// after a handful of people were shot". Its subject is the incident (a noun
// for one, "it", "this") and its verb one of sequence.
func backgroundSentence(d *Document, s Sentence) bool {
	toks := d.Tokens
	for k := s.First; k < s.Last && k < s.First+6; k++ {
		switch toks[k].Norm {
		case "follows", "came", "comes":
		default:
			continue
		}
		subject := false
		for j := s.First; j < k; j++ {
			w := toks[j].Norm
			subject = subject || incidentNouns[w] || w == "violence" || w == "incident" || j == s.First && (w == "it" || w == "this")
		}
		if !subject {
			return false
		}
		if toks[k].Norm == "follows" {
			return true
		}
		// "came after", "comes just days after", "comes on the heels of"
		for j := k + 1; j < s.Last && j < k+5; j++ {
			if toks[j].Norm == "after" || toks[j].Norm == "heels" {
				return true
			}
		}
		return false
	}
	return false
}

// dateRank orders the dates of one sentence as the date of its incident:
// a claim's or a court's date ("On May 4, ISIS claimed", "arrested Monday")
// below the incident's ("the Saturday afternoon shooting", "the shooting that
// happened on Bourbon Street Sunday morning"), then by precision.
func dateRank(d *Document, tx *timex) int {
	r := precRank(tx.res.Precision)
	if !isClaimDate(d, tx) {
		r += 10
	}
	switch {
	case isIncidentDate(d, tx):
		r += 20
	case isProcessDate(d, tx):
		r -= 5
	}
	return r
}

// incidentNouns name an incident a date can belong to.
var incidentNouns = map[string]bool{"shooting": true, "shootings": true, "shootout": true, "killing": true,
	"killings": true, "stabbing": true, "homicide": true, "murder": true, "murders": true, "attack": true,
	"ambush": true, "explosion": true, "bombing": true, "gunfire": true, "slaying": true, "slayings": true}

// incidentNounModifiers may stand between a date and its incident noun:
// "Saturday afternoon shooting", "Friday's fatal shooting", "Aug. 19 drive-by
// shooting".
var incidentNounModifiers = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true,
	"'s": true, "’s": true, "drive": true, "-": true, "by": true, "fatal": true, "deadly": true, "double": true,
	"triple": true, "mass": true, "early": true, "late": true, "overnight": true, "late-night": true, "drive-by": true}

// incidentNounLinks may stand between an incident noun and its date: "the
// shooting on Friday night", "the shooting that happened on Bourbon Street
// Sunday morning"; capitalised words and numbers (a street, a block) too.
var incidentNounLinks = map[string]bool{"on": true, "in": true, "at": true, "near": true, "around": true,
	"about": true, "of": true, "the": true, "that": true, "which": true, "happened": true, "occurred": true,
	"took": true, "place": true, "erupted": true, "broke": true, "out": true, "early": true, "late": true,
	"block": true, "shortly": true, "after": true, "before": true, "am": true, "pm": true, ":": true, ",": true}

// isIncidentDate reports a date that belongs to an incident noun next to it.
func isIncidentDate(d *Document, tx *timex) bool {
	toks := d.Tokens
	s := d.Sentences[toks[tx.start].Sent]
	for k := tx.end; k < s.Last && k < tx.end+4; k++ {
		if incidentNouns[toks[k].Norm] {
			return true
		}
		if !incidentNounModifiers[toks[k].Norm] {
			break
		}
	}
	for k := tx.start - 1; k >= s.First && k >= tx.start-8; k-- {
		t := toks[k]
		if incidentNouns[t.Norm] {
			return true
		}
		if !incidentNounLinks[t.Norm] && !(t.Kind == Word && t.Cap) && t.Kind != Number {
			return false
		}
	}
	return false
}

// isProcessDate reports the date of what followed an incident: an arrest, a
// charge, a hearing, a vigil ("Arrested Monday in the Fourth of July
// shooting", "is expected to be arraigned Tuesday").
func isProcessDate(d *Document, tx *timex) bool {
	toks := d.Tokens
	for k := tx.start - 1; k >= 0 && k >= tx.start-3; k-- {
		switch toks[k].Norm {
		case "arrested", "booked", "charged", "arraigned", "identified", "sentenced", "indicted", "vigil",
			"released", "pleaded", "convicted", "jailed", "filed", "named", "court", "hearing", "funeral",
			"custody", "surrendered", "apprehended", "pictured", "photographed":
			return true
		}
	}
	return false
}

// isClaimDate reports a date followed by its claim: "On May 4, ISIS claimed".
func isClaimDate(d *Document, tx *timex) bool {
	s := d.Sentences[d.Tokens[tx.start].Sent]
	for k := tx.end; k < s.Last && k < tx.end+5; k++ {
		switch d.Tokens[k].Norm {
		case "claimed", "said", "announced", "reported", "told", "stated", "confirmed":
			return true
		}
	}
	return false
}

// isReportingDate reports the date a statement was made, not an incident's:
// "a local official said on Tuesday".
func isReportingDate(d *Document, tx *timex) bool {
	toks := d.Tokens
	for k := tx.start - 1; k >= 0 && k >= tx.start-3; k-- {
		if isCasualtyVerb(toks[k].Norm) && toks[k].Norm != "dead" {
			return false // "police said Kendall died Friday": the day of the death
		}
		switch toks[k].Norm {
		case "said", "says", "told", "announced", "stated", "added", "confirmed", "statement":
			return true
		case "reported":
			// "the incident was reported Sunday afternoon": the day it
			// happened, not a statement's
			switch norm(toks, k-1) {
			case "was", "were", "been", "is", "are":
				return false
			}
			return true
		case "claimed":
			// "an accidental shooting claimed a life Thursday"
			next := norm(toks, k+1)
			return next != "a" && next != "the" && next != "lives" && next != "life"
		}
	}
	return false
}

// genericTrigger reports triggers that name a kind of violence rather than an
// incident: plural nouns without a count ("kidnappings and killings").
func (x *Extractor) genericTrigger(d *Document, t *trigger, counts []int, dated bool) bool {
	w := d.Tokens[t.end-1].Norm
	if t.rule.PluralGeneric && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(counts) == 0 && !dated {
		return true
	}
	s := d.Sentences[d.Tokens[t.start].Sent]
	for k := s.First; k < t.start; k++ {
		if w := d.Tokens[k].Norm; genericCues[w] {
			if (w == "series" || w == "string" || w == "wave") && len(counts) > 0 {
				continue // "a series of car bombs ... killing at least 37": one coordinated incident
			}
			return true
		}
	}
	// "dozens of air strikes", "a series of bombings"; but "a series of car
	// bombs killed at least 37" tells the incident (a coordinated attack)
	if strings.HasSuffix(w, "s") && norm(d.Tokens, t.start-1) == "of" && len(counts) == 0 {
		switch norm(d.Tokens, t.start-2) {
		case "dozens", "hundreds", "scores", "thousands", "number", "series", "string", "spate", "wave", "several":
			return true
		}
	}
	return false
}

// hedged reports a sentence whose trigger is under a modal, threat or habit.
// A hedge in a clause after all the sentence's counts is not theirs: "Two
// men were taken to a hospital, but it is unclear if she was a shooting
// victim" ("have not revealed who shot the teen, or if the teen shot
// himself" is hedged). A habit rules the whole sentence: "73 died at the
// scene, often due to self-inflicted wounds".
func (x *Extractor) hedged(d *Document, s Sentence, t *trigger, counts []countMention) bool {
	lo, hi := s.First, s.Last
	if t != nil {
		lo = max(s.First, t.start-6)
		hi = t.start
	}
	for k := lo; k < hi; k++ {
		t := d.Tokens[k]
		// "Global Risk Strategies": a capitalised word inside the sentence, next
		// to another, is a name's
		if t.Cap && k > s.First && (d.Tokens[k-1].Cap || k+1 < s.Last && d.Tokens[k+1].Cap) {
			continue
		}
		if hedges[t.Norm] && !(t.Norm == "may" && t.Cap && (k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == Number || k > 0 && mayIsMonth(d.Tokens, k, k+1))) {
			end := 0
			for _, c := range counts {
				end = max(end, c.end)
			}
			if end > 0 && end <= k && hasWord(d.Tokens, end, k, ",", ";", "but") && !habitual[t.Norm] {
				continue
			}
			if (t.Norm == "if" || t.Norm == "whether") && presupposed(d, k+1, hi) {
				continue // "to determine if the shooting death of a 17-year-old was an accident": it happened
			}
			return true
		}
	}
	return false
}

// presupposed reports a definite noun phrase from k running up to the
// trigger at hi: "the shooting death of ...", "the shooting" after "whether"
// asks how it happened, not if.
func presupposed(d *Document, k, hi int) bool {
	if k >= hi || hi >= len(d.Tokens) || d.Tokens[k].Norm != "the" {
		return false
	}
	if w := d.Tokens[hi].Norm; !incidentNouns[w] && w != "death" {
		return false // "if the teen shot himself" asks whether it happened so
	}
	for j := k + 1; j < hi; j++ {
		if t := d.Tokens[j]; t.Kind != Word || isAux(t.Norm) {
			return false
		}
	}
	return true
}

// sameIncident decides whether a draft continues the previous one.
func sameIncident(d *Document, p, n *draft) bool {
	// a sentence that names no place and no day of its own goes on with the
	// incident told last, counted from its latest sentence ("A man and a
	// woman were taken to a hospital, where they later died. Another man was
	// pronounced dead at the scene. Another woman who was shot ...")
	from := p.sent
	if n.placeWhy != "named in the sentence" && n.dateWhy != "stated in the sentence" {
		from = d.Tokens[p.last-1].Sent
	}
	// "A 15-year-old boy was shot on Saturday ... he died sometime Sunday":
	// the victim just told died, days later maybe
	if len(n.counts) == 1 && n.counts[0].rule == "count.the-person-died" && n.sent-d.Tokens[p.last-1].Sent <= 4 {
		if w := d.Tokens[n.counts[0].start].Norm; w == "he" || w == "she" {
			for _, c := range p.counts {
				if c.kind == "shot" || c.kind == "wounded" {
					return true
				}
			}
		}
	}
	// the one death just told, told again with its day: "charged in the
	// shooting death of another 15-year-old ... He died Sunday", "in the
	// death of another teen ... Kendall died Friday after a friend shot him"
	if oneDeath(p.counts) && oneDeath(n.counts) && n.sent-d.Tokens[p.last-1].Sent <= 4 {
		for _, c := range n.counts {
			if c.rule == "count.the-person-died" || c.rule == "count.name-died" {
				return true
			}
		}
	}
	if survivorOf(d, p, n) || includesVictim(d, p, n) {
		return true
	}
	if n.sent-from > 2 {
		return false
	}
	// a sentence giving the toll of the incident just told
	if len(p.counts) == 0 && len(n.counts) > 0 && p.trig != nil && n.trig != nil && sameFamily(p.trig.rule.Type, n.trig.rule.Type) &&
		(n.placeWhy != "named in the sentence" || p.place != nil && n.place != nil && p.place.place.ID == n.place.place.ID) {
		return true
	}
	// the same number of victims told twice ("found the bodies of four
	// shepherds ... The four men were kidnapped on November 12")
	for _, a := range p.counts {
		for _, b := range n.counts {
			if a.hasValue && b.hasValue && a.value == b.value && a.value > 1 && a.kind != b.kind && (definiteFigure(d, b) || definiteFigure(d, a)) {
				return true
			}
		}
	}
	// a lead told twice, as pages that print a story's summary over its
	// text do: "A pair of gunmen shot six people at a West Side party ...
	// A pair of gunmen shot six people, one fatally, at a West Side party"
	if restatedLead(d, p, n) {
		return true
	}
	if n.date != nil && p.date != nil && n.date != p.date && n.dateWhy == "stated in the sentence" {
		if n.date.value() != p.date.value() && n.date.rel != "anaphor" && !within(n.date.res, p.date.res) {
			return false
		}
	}
	// a detail with no figure and no date of its own elaborates the incident,
	// told by any of its triggers ("... killed by a car bomb. The plant came
	// under mortar fire before a vehicle exploded at the entrance")
	if len(n.counts) == 0 && n.dateWhy != "stated in the sentence" && n.sent-p.sent <= 1 &&
		(n.trig == nil || p.trig == nil || sameFamily(n.trig.rule.Type, p.trig.rule.Type) || tellsKind(n, p.trig.rule.Type) || n.trig.rule.Type == "arrest" && p.trig.rule.Type == "armed_assault") {
		return true
	}
	if n.place != nil && p.place != nil && n.placeWhy == "named in the sentence" && p.placeWhy == "named in the sentence" && n.place.place.ID != p.place.place.ID {
		return false
	}
	if n.trig != nil && p.trig != nil && !sameFamily(n.trig.rule.Type, p.trig.rule.Type) {
		a, b := n.trig.rule.Type, p.trig.rule.Type
		// a raid and the arrests it made
		if !(a == "arrest" && b == "armed_assault" || a == "armed_assault" && b == "arrest") {
			return false
		}
	}
	// an explicit new count of the same kind with a different place is a new incident
	s := d.Sentences[n.sent]
	first := d.Tokens[s.First].Norm
	if first == "the" || first == "it" || first == "they" || first == "he" || first == "she" || first == "police" || n.date == p.date || n.date == nil ||
		p.date != nil && within(n.date.res, p.date.res) {
		return true
	}
	return false
}

// clause is the part of a sentence that tells one incident: its figures and
// its place.
type clause struct {
	first, end int // its tokens
	counts     []countMention
	place      *placeMention
}

// clauses splits a sentence that lists incidents clause by clause, each a
// figure of its own people then a place of its own ("a 2-year-old boy shot
// himself in Benton, a 12-year-old boy shot his 16-year-old brother in
// Sevier County and a 6-year-old boy was shot in Little Rock"), else nil.
// A clause opens after a comma, "and" or a semicolon, with a subject of its
// own (a, an, a number, his, her): "was shot in Benton and later died in
// Little Rock" is one victim. Places one inside the other ("in Baghdad,
// including two in Sadr City") tell one incident.
func clauses(d *Document, s Sentence, counts []countMention, places []*placeMention) []clause {
	if len(counts) < 2 || len(places) < 2 {
		return nil
	}
	for _, p := range places {
		if p.start < counts[0].start {
			return nil // a place before the first figure: whose is it?
		}
	}
	out := []clause{{first: s.First, end: s.Last}}
	for i, c := range counts {
		if i > 0 && c.start < counts[i-1].start {
			return nil
		}
		cl := &out[len(out)-1]
		if cl.place != nil {
			// a new clause, with a separator and a subject of its own since
			// the place before
			sep, subject := clauseOpens(d.Tokens, cl.place.end, c.end)
			if subject < 0 {
				return nil
			}
			cl.end = sep
			out = append(out, clause{first: subject, end: s.Last})
			cl = &out[len(out)-1]
		}
		cl.counts = append(cl.counts, c)
		// the clause's place: the first after its figure, before the next one
		next := s.Last
		if i+1 < len(counts) {
			next = counts[i+1].start
		}
		for _, p := range places {
			if p.start >= c.end && p.start < next {
				cl.place = p
				break
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	for i, a := range out {
		if a.place == nil {
			return nil
		}
		for _, b := range out[:i] {
			if nested(a.place.place, b.place.place) {
				return nil
			}
		}
	}
	return out
}

// clauseOpens finds a comma, "and" or a semicolon in toks[from:to], then a
// subject: a, an, his, her or a number. It returns the first separator and
// the subject, or -1, -1.
func clauseOpens(toks []Token, from, to int) (sep, subject int) {
	sep = -1
	for k := from; k < to; k++ {
		switch w := toks[k].Norm; {
		case w == "," || w == "and" || w == ";":
			if sep < 0 {
				sep = k
			}
		case sep >= 0 && (w == "a" || w == "an" || w == "his" || w == "her" || numberAt(toks, k)):
			return sep, k
		}
	}
	return -1, -1
}

// nested reports two places one of which holds the other: an area and a
// place inside it, or a city and its quarter (within 15 km).
func nested(a, b *gazetteer.Place) bool {
	if a.IsArea() || b.IsArea() {
		return a.ID == b.ID || inside(a, b) || inside(b, a)
	}
	return gazetteer.Within(a.Lat, a.Lon, b.Lat, b.Lon, 15)
}

// numberAt reports a number told in words at token k ("two", "three").
func numberAt(toks []Token, k int) bool {
	_, ok := parseNumber(toks, k)
	return ok
}

// tellsKind reports a draft whose sentence tells violence of the family of
// kind, by its chosen trigger or another.
func tellsKind(n *draft, kind string) bool {
	for _, t := range n.trigs {
		if sameFamily(t.rule.Type, kind) {
			return true
		}
	}
	return false
}

// restatedLead reports a sentence that opens as the incident's first one
// did, word for word up to a figure of several people it counts again (the
// same kind, the same value): the summary and the lead of one story, not two
// incidents told alike ("Two men were shot in Austin. Two men were shot in
// Dallas" differ before their figure only where the place comes after it,
// so a place named in both must agree).
func restatedLead(d *Document, p, n *draft) bool {
	if n.place != nil && p.place != nil && n.placeWhy == "named in the sentence" && p.placeWhy == "named in the sentence" && n.place.place.ID != p.place.place.ID {
		return false
	}
	ps, ns := d.Sentences[p.sent], d.Sentences[n.sent]
	for _, a := range p.counts {
		if !a.hasValue || a.value < 2 || a.sent != p.sent {
			continue
		}
		for _, b := range n.counts {
			if b.kind != a.kind || !b.hasValue || b.value != a.value || b.end-ns.First != a.end-ps.First {
				continue
			}
			same := true
			for k := 0; k < a.end-ps.First; k++ {
				if d.Tokens[ps.First+k].Norm != d.Tokens[ns.First+k].Norm {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}

// oneDeath reports counts that tell of one person killed and no one else
// hurt: the same victim, whatever else they say (who shot him, who was held).
func oneDeath(cs []countMention) bool {
	killed := 0
	for _, c := range cs {
		switch c.kind {
		case "killed":
			if !c.hasValue || c.value != 1 {
				return false
			}
			killed++
		case "wounded":
			return false
		case "shot":
			if !c.hasValue || c.value != 1 {
				return false
			}
		}
	}
	return killed > 0
}

// definiteFigure reports a figure of people told before: "The four men were
// kidnapped", "all five", "both of them"; not "wounding two federal agents".
func definiteFigure(d *Document, c countMention) bool {
	if c.np < 2 {
		return false
	}
	switch norm(d.Tokens, c.np-2) {
	case "the", "all", "both", "these", "those", "their":
		return true
	}
	return false
}

// survivorOf reports a sentence that only adds one who lived to an incident
// with dead and no wounded yet, a few sentences on: "A suspect was sought in
// the shooting deaths of four people ... An injured woman was found outside
// the house when police arrived." It names no attack, no place and no other
// day of its own, and no attack unless it says "also": "A 15-month-old in
// the minivan was also struck" after "The two-year-old fatally shot ... was
// pronounced dead". The shot who died are no wounded yet.
func survivorOf(d *Document, p, n *draft) bool {
	if len(n.counts) == 0 || n.placeWhy == "named in the sentence" || n.sent-d.Tokens[p.last-1].Sent > 4 {
		return false
	}
	if n.trig != nil {
		for _, c := range n.counts {
			if !c.adds {
				return false
			}
		}
	}
	if n.date != nil && p.date != nil && n.dateWhy == "stated in the sentence" && n.date.value() != p.date.value() {
		return false
	}
	for _, c := range n.counts {
		if c.kind != "wounded" && c.kind != "shot" {
			return false
		}
	}
	dead, shot := 0, 0
	for _, c := range p.counts {
		switch c.kind {
		case "wounded":
			return false
		case "shot":
			if !c.hasValue {
				return false
			}
			shot += c.value
		case "killed":
			dead = max(dead, 1)
			if c.hasValue {
				dead = max(dead, c.value)
			}
		}
	}
	return dead > 0 && shot <= dead
}

// includesVictim reports a toll that includes a person the incident before
// told of by name, a few sentences back: "Sgt. Prather was hurt in the
// shooting at the airport ... opening fire on fellow passengers, killing
// five and wounding six others, including Prather".
func includesVictim(d *Document, p, n *draft) bool {
	if len(n.counts) == 0 || n.sent-d.Tokens[p.last-1].Sent > 6 {
		return false
	}
	s := d.Sentences[n.sent]
	for k := s.First; k+1 < s.Last; k++ {
		if w := d.Tokens[k].Norm; w != "including" && w != "among" {
			continue
		}
		// a name that stands alone as a person ("including Prather." or
		// "including Prather, 45,"), not a modifier ("including Baghdad
		// police officers")
		name := d.Tokens[k+1]
		if name.Kind != Word || !name.Cap || functionWords[name.Norm] || name.Lex != 0 {
			continue
		}
		if f := k + 2; f < s.Last && d.Tokens[f].Kind == Word && !d.Tokens[f].Cap && d.Tokens[f].Norm != "and" && d.Tokens[f].Norm != "who" {
			continue
		}
		for j := p.first; j < p.last; j++ {
			if d.Tokens[j].Text == name.Text {
				return true
			}
		}
	}
	return false
}

// within reports a day inside the month or year of a vaguer date: "A boy is
// dead from a shooting last weekend ... He died Sunday" tells one day of it.
func within(day, span Date) bool {
	if day.Precision != "day" || day.Y != span.Y {
		return false
	}
	switch span.Precision {
	case "month":
		return day.M == span.M
	case "year":
		return true
	}
	return false
}

// mergeCounts adds the counts of a later sentence about the same incident:
// an update ("the death toll rose to 14") or a larger figure of the same kind
// replaces the earlier one; figures from one sentence ("17 fighters and 28
// jihadists") add up.
func mergeCounts(a, b []countMention) []countMention {
	if len(a) == 0 {
		return append(a, b...)
	}
	out := append([]countMention(nil), a...)
	var kinds []string
	news := map[string][]countMention{}
	for _, c := range b {
		same := false
		for _, x := range a {
			if x.kind == c.kind && x.sent == c.sent && x.start == c.start && x.value == c.value {
				same = true
			}
		}
		switch {
		case same:
		case c.adds && !c.update:
			out = append(out, c)
		default:
			if _, ok := news[c.kind]; !ok {
				kinds = append(kinds, c.kind)
			}
			news[c.kind] = append(news[c.kind], c)
		}
	}
	// the largest figure of one kind a sentence gives, a list told after one
	// verb summed ("Ellis was shot along with three others" is 4, not
	// replaced by "three suffered gunshot wounds"), against the largest told
	// before; not two mentions of one victim ("was shot ... and was taken to
	// a hospital")
	largest := func(cs []countMention) (int, bool) {
		best, run, has := 0, 0, false
		for i, c := range cs {
			if !c.hasValue {
				continue
			}
			if i > 0 && cs[i-1].sent == c.sent && listed(c) {
				run += c.value
			} else {
				run = c.value
			}
			best, has = max(best, run), true
		}
		return best, has
	}
	for _, k := range kinds {
		var olds []countMention
		for _, x := range out {
			if x.kind == k {
				olds = append(olds, x)
			}
		}
		n := news[k]
		if len(olds) == 0 {
			out = append(out, n...)
			continue
		}
		update, claimed := false, true
		for _, c := range n {
			update = update || c.update
			claimed = claimed && c.claimed
		}
		at, aHas := largest(olds)
		bt, bHas := largest(n)
		// the perpetrator's own toll ("Islamic State claimed responsibility
		// and said 180 people were killed") does not replace a reported one
		if update || bHas && (!aHas || bt > at && !claimed) {
			kept := out[:0]
			for _, y := range out {
				if y.kind != k {
					kept = append(kept, y)
				}
			}
			out = append(kept, n...)
		}
	}
	return out
}

// listed reports a count that adds one more victim to the count before it
// in its sentence: "killed his father and his brother", "was shot along
// with three others".
func listed(c countMention) bool {
	switch c.rule {
	case "count.along-with", "count.verb-n-and", "count.death-of-n-and", "count.verb-pronoun-and":
		return true
	}
	return false
}

func mergeActors(a, b []EventActor) []EventActor {
	for _, x := range b {
		dup := false
		for _, y := range a {
			if y.ID == x.ID && y.Role == x.Role && (x.ID != "unknown" || y.Text == x.Text) {
				dup = true
			}
		}
		if !dup {
			a = append(a, x)
		}
	}
	return a
}

// vehicleWords are vehicles that can carry a bomb.
var vehicleWords = map[string]bool{"car": true, "cars": true, "truck": true, "trucks": true, "vehicle": true,
	"vehicles": true, "minibus": true, "van": true, "tanker": true, "motorcycle": true, "motorbike": true,
	"pickup": true, "jeep": true, "lorry": true, "humvee": true, "humvees": true, "bulldozer": true}

// explosionVerbs say that something blew up.
var explosionVerbs = map[string]bool{"exploded": true, "detonated": true, "blew": true, "exploding": true, "detonating": true}

// vehicleBreaks end the subject of an explosion verb: "a police car was hit
// when a bomb exploded" does not make the car the bomb.
var vehicleBreaks = map[string]bool{"when": true, "as": true, "after": true, "while": true, "and": true, "but": true,
	";": true, "near": true, "targeting": true, "targeted": true, "hit": true, "struck": true, "passing": true,
	"beside": true, "next": true, "by": true, "behind": true, "before": true, "inside": true}

// vehicleExploded reports a vehicle as the subject of the explosion verb
// in the sentence of token at ("the car exploded", "A small truck,
// reportedly rigged with 1,000 kg of explosives, was detonated"), or a
// vehicle packed with explosives ("A Humvee packed with explosives was
// driven at paramilitary forces").
func vehicleExploded(d *Document, at int) bool {
	toks := d.Tokens
	s := d.Sentences[toks[at].Sent]
	for k := s.First; k < s.Last; k++ {
		if vehicleWords[toks[k].Norm] {
			switch norm(toks, k+1) {
			case "packed", "laden", "loaded", "rigged", "filled", "stuffed", "wired":
				if norm(toks, k+2) == "with" && strings.HasPrefix(norm(toks, k+3), "explosive") {
					return true
				}
			}
		}
		if !explosionVerbs[toks[k].Norm] || toks[k].Norm == "blew" && norm(toks, k+1) != "up" {
			continue
		}
		for j := k - 1; j >= s.First && j >= k-14; j-- {
			w := toks[j].Norm
			if vehicleWords[w] {
				return true
			}
			if vehicleBreaks[w] {
				break
			}
		}
	}
	return false
}

// namedBefore is the most specific trigger of trig's family in the two
// sentences before si, when it is more specific than trig, else trig.
func namedBefore(d *Document, L *layers, trigS [][]int, si int, trig *trigger) *trigger {
	best := trig
	for sj := max(si-2, 0); sj < si; sj++ {
		s := d.Sentences[sj]
		for _, ti := range trigS[sj] {
			t := &L.triggers[ti]
			if sameFamily(t.rule.Type, trig.rule.Type) && t.rule.Priority > best.rule.Priority && !negated(d, s, t.start) && !isObject(d, s, t.start) {
				best = t
			}
		}
	}
	return best
}

// countsAttackers reports a count of the attackers themselves: the number
// it reads is followed by a word for them ("34 Islamic State militants",
// "the deaths of 7 insurgents", "10 assailants being killed", "three of
// the suicide bombers") or by fighters of the perpetrator named ("Islamic
// State fighters"). The words that name them by their act alone
// ("attackers", "assailants", "gunmen", "bombers") count whoever the
// perpetrator is; the others only when captor says an armed group attacked
// (a raid's "eight militants" are its targets).
func countsAttackers(d *Document, c countMention, actors []EventActor, captor bool) bool {
	toks := d.Tokens
	at := c.np
	if at == 0 || at >= len(toks) {
		return false // "a suicide bomber who was killed": no number to read past
	}
	end, _ := victimNP(toks, at)
	if norm(toks, at) == "of" {
		end, _ = victimNP(toks, at+2) // "three of the gunmen"
	}
	np := strings.ToLower(d.Text[toks[at].Start:toks[max(at, end-1)].End])
	// "while the militants had three killed", "the attackers lost two": the
	// subject's own dead
	if w := norm(toks, c.start-1); (w == "had" || w == "lost") && c.start >= 2 {
		at := c.start - 2
		if norm(toks, at) == "also" {
			at--
		}
		switch norm(toks, at) {
		case "assailants", "attackers", "bombers", "gunmen", "militants", "insurgents", "terrorists", "jihadists", "jihadis":
			return true
		}
	}
	for k := at; k < end; k++ {
		switch toks[k].Norm {
		case "assailants", "attackers", "bombers", "gunmen":
			return true
		case "militants", "insurgents", "terrorists", "jihadists", "jihadis":
			return captor
		case "fighters", "members":
			if !captor {
				return false
			}
			for _, a := range actors {
				if a.Role == "perpetrator" && a.Text != "" && strings.Contains(np, strings.ToLower(a.Text)) {
					return true
				}
			}
		}
	}
	return false
}

// takesCaptive reports a verb that takes people by force, an arrest by
// security forces and an abduction by an armed group: "captured",
// "seized", "rounded up".
func takesCaptive(w string) bool {
	return strings.HasPrefix(w, "captur") || strings.HasPrefix(w, "seiz") || w == "rounded"
}

// insurgentCaptor reports perpetrators who are an insurgent group and no
// state's forces: the people they capture are kidnapped.
func (x *Extractor) insurgentCaptor(actors []EventActor) bool {
	insurgent := false
	for _, a := range actors {
		if a.Role != "perpetrator" || a.ID == "unknown" {
			continue
		}
		act := x.actors.Get(a.ID)
		if act == nil {
			continue
		}
		switch act.Kind {
		case "insurgent":
			insurgent = true
		case "state_forces", "foreign_forces":
			return false
		}
	}
	return insurgent
}

// stateActs reports a perpetrator who is a state's forces: the gunmen they
// kill are their targets.
func (x *Extractor) stateActs(actors []EventActor) bool {
	for _, a := range actors {
		if a.Role != "perpetrator" {
			continue
		}
		if act := x.actors.Get(a.ID); act != nil && (act.Kind == "state_forces" || act.Kind == "foreign_forces") {
			return true
		}
	}
	return false
}

// finish renders a draft as an Event.
func (x *Extractor) finish(d *Document, dr *draft, articleID string, n int) Event {
	s, e := d.Tokens[dr.first].Start, d.Tokens[dr.last-1].End
	ev := Event{ID: fmt.Sprintf("%s/e%d", articleID, n), Evidence: Evidence{Text: d.Text[s:e], Start: d.CP(s), End: d.CP(e)}}
	ev.Type, ev.Rule = "attack", "default:attack"
	if dr.trig != nil {
		ev.Type, ev.Rule = dr.trig.rule.Type, "attack:"+dr.trig.rule.ID
	} else {
		for _, c := range dr.counts {
			switch c.kind {
			case "kidnapped":
				ev.Type, ev.Rule = "kidnapping", "count:kidnapped"
			case "arrested":
				ev.Type, ev.Rule = "arrest", "count:arrested"
			case "shot":
				if ev.Type == "attack" {
					ev.Type, ev.Rule = "shooting", "count:shot" // "the round striking the victim": gunfire, whatever no trigger named
				}
			}
		}
	}
	// "A car parked in central Tikrit exploded": the vehicle was the bomb
	if ev.Type == "bombing" && dr.trig != nil && vehicleExploded(d, dr.trig.start) {
		ev.Type, ev.Rule = "car_bomb", ev.Rule+"+vehicle"
	}
	// "gunmen killed ...": an attack by gunmen is a shooting
	if ev.Type == "attack" {
		for _, a := range dr.actors {
			if a.Role == "perpetrator" && strings.Contains(strings.ToLower(a.Text), "gunm") {
				ev.Type, ev.Rule = "shooting", "actor:gunmen"
			}
		}
	}
	// an armed group's captives are kidnapped, not arrested: "ISIS militants
	// captured five soldiers" (ACLED's abduction)
	captor := x.insurgentCaptor(dr.actors)
	// "capturing five others" by the insurgents; "21 others were arrested"
	// (by whom the sentence does not say) stays an arrest
	captive := func(c countMention) bool {
		if !captor || c.kind != "arrested" {
			return false
		}
		for k := c.start; k < c.end; k++ {
			if takesCaptive(d.Tokens[k].Norm) {
				return true
			}
		}
		return false
	}
	if ev.Type == "arrest" && captor && (dr.trig != nil && takesCaptive(d.Tokens[dr.trig.start].Norm) || slices.ContainsFunc(dr.counts, captive)) {
		ev.Type, ev.Rule = "kidnapping", ev.Rule+"+captor"
	}
	// hostages taken in a raid or a shooting make it a kidnapping, as GTD's
	// attack-type hierarchy ranks hostage taking above armed assault:
	// "militants stormed a village, killing five and capturing five others"
	if ev.Type == "armed_assault" || ev.Type == "shooting" || ev.Type == "attack" {
		for _, c := range dr.counts {
			if c.hasValue && c.value > 0 && (c.kind == "kidnapped" || captive(c)) {
				ev.Type, ev.Rule = "kidnapping", ev.Rule+"+hostages"
				break
			}
		}
	}
	// an insurgent group's attack "in which 16 people were killed and 21
	// others were arrested" is the attack: the arrests answered it
	if ev.Type == "arrest" && captor {
		for _, c := range dr.counts {
			if c.hasValue && c.value > 0 && (c.kind == "killed" || c.kind == "wounded") {
				ev.Type, ev.Rule = "attack", ev.Rule+"+insurgent-attack"
				break
			}
		}
	}
	// security forces arresting people is an arrest, whatever else the sentence says
	if ev.Type != "arrest" && ev.Type != "kidnapping" && !captor {
		for _, c := range dr.counts {
			if c.kind == "arrested" && !captive(c) && dr.trig != nil && (dr.trig.rule.Type == "armed_assault" || dr.trig.rule.Type == "attack") {
				ev.Type, ev.Rule = "arrest", "count:arrested"
			}
		}
	}
	// assassination: a shooting of an office holder
	if ev.Type == "shooting" || ev.Type == "attack" {
		for _, a := range dr.actors {
			if a.Role == "target" && (a.ID == "community-leaders" || a.ID == "officials") {
				ev.Type, ev.Rule = "assassination", ev.Rule+"+target:"+a.ID
			}
		}
	}
	// forces that fought back against the attackers are not perpetrators of an insurgent attack
	if ev.Type != "armed_clash" && ev.Type != "arrest" && ev.Type != "airstrike" && ev.Type != "shelling" {
		insurgent := false
		for _, a := range dr.actors {
			if a.Role == "perpetrator" && a.ID != "unknown" {
				if act := x.actors.Get(a.ID); act != nil && (act.Kind == "insurgent") {
					insurgent = true
				}
			}
		}
		if insurgent {
			for i, a := range dr.actors {
				if act := x.actors.Get(a.ID); a.Role == "perpetrator" && act != nil && (act.Kind == "state_forces" || act.Kind == "foreign_forces") {
					dr.actors[i].Role, dr.actors[i].Note = "other", "responded"
				}
			}
		}
	}
	m := typeMapping[ev.Type]
	ev.GTDAttackType, ev.ACLEDEventType, ev.ACLEDSubEventType = m[0], m[1], m[2]
	if dr.date != nil {
		tx := dr.date
		if ed, ok := tx.eventDate(); ok {
			ts, te := d.Tokens[tx.start].Start, d.Tokens[tx.end-1].End
			ev.Date = &EventDate{Value: ed.String(), Precision: ed.Precision, Mod: ed.Mod, Text: d.Text[ts:te],
				Start: d.CP(ts), End: d.CP(te), Rule: tx.rule, Reason: dr.dateWhy}
		}
	}
	if dr.place != nil {
		p := dr.place.place
		text := ""
		if dr.place.end > dr.place.start {
			ps, pe := d.Tokens[dr.place.start].Start, d.Tokens[dr.place.end-1].End
			text = d.Text[ps:pe]
		}
		why := dr.placeWhy
		switch dr.place.reason {
		case "named in the title":
			why += " (named in the title)"
		case "the outlet's city":
			why += " (the city of the outlet the title names after its headline)"
		case "reference point":
			why += " as a reference point (\"north of X\"): the incident is near it"
		}
		ev.Place = &EventPlace{ID: p.ID, Name: p.Name, Text: text, Kind: p.Kind, Qualifier: dr.place.qualifier,
			Country: p.Country, Admin1: p.Admin1, Admin2: p.Admin2, Rule: dr.place.rule, Reason: why}
		ev.Place.Lat, ev.Place.Lon = p.Point()
	}
	ev.Actors = dr.actors
	ev.Claimed = dr.claimed
	sums := map[string]int{}
	have := map[string]bool{}
	victims, dead := 0, 0 // the highest rank a victim is told by ("a fourth victim"), and one dead ("A fourth victim has died")
	charged := 0          // the dead the murder charges tell
	// an armed group's attack: its own dead are no casualties of it (a
	// clash has two sides, whose dead all count; the group's own men it
	// executes are its victims)
	attackers := ev.Type != "armed_clash" && ev.Type != "execution" && ev.Type != "kidnapping" && ev.Type != "arrest" && !x.stateActs(dr.actors)
	for _, c := range dr.counts {
		if captive(c) {
			c.kind, c.rule = "kidnapped", c.rule+"+captor"
		}
		cs, ce := d.Tokens[c.start].Start, d.Tokens[c.end-1].End
		co := Count{Kind: c.kind, Qualifier: c.qualifier, Text: d.Text[cs:ce], Start: d.CP(cs), End: d.CP(ce), Rule: c.rule}
		if attackers && (c.kind == "killed" || c.kind == "wounded") && c.hasValue && countsAttackers(d, c, dr.actors, captor) {
			co.Note = "perpetrators"
			v := c.value
			co.Value = &v
			ev.Counts = append(ev.Counts, co)
			continue
		}
		// murder charges tell the dead, when no count tells more
		if c.hasValue && c.kind == "charged" {
			v := c.value
			co.Kind, co.Value, co.Note = "killed", &v, "charges"
			charged = max(charged, v)
			ev.Counts = append(ev.Counts, co)
			continue
		}
		if c.hasValue && c.kind == "victims" {
			v := c.value
			co.Value = &v
			victims = max(victims, v)
			if c.rule == "count.ordinal-dead" {
				dead = max(dead, v)
			}
			ev.Counts = append(ev.Counts, co)
			continue
		}
		if c.hasValue {
			v := c.value
			co.Value = &v
			kind := c.kind
			if kind == "shot" && c.adds {
				kind = "shot-also" // "Her mother was also shot": one more, not one of the dead
			}
			sums[kind] += v
			have[kind] = true
		}
		ev.Counts = append(ev.Counts, co)
	}
	// "a shooting that left four injured ... One of the victims who was shot
	// in the head later died": the dead are some of the hurt told before,
	// when no other count tells the dead
	if have["wounded"] {
		died, other := 0, false
		for _, c := range dr.counts {
			if c.kind != "killed" || !c.hasValue {
				continue
			}
			if c.rule == "count.one-of-died" && slices.ContainsFunc(dr.counts, func(w countMention) bool { return w.kind == "wounded" && w.start < c.start }) {
				died += c.value
			} else {
				other = true
			}
		}
		if died > 0 && !other && sums["wounded"] > died {
			sums["wounded"] -= died
		}
	}
	// "Three people were shot ... A second victim has died": the second dead
	// of the shot
	if dead > sums["killed"] {
		sums["killed"], have["killed"] = dead, true
	}
	if charged > sums["killed"] {
		sums["killed"], have["killed"] = charged, true
	}
	// "two men were shot ... one died": the shot who did not die are wounded;
	// those also shot ("Her mother was also shot") survived unless a count
	// says they died, and are among the wounded a count already gives
	if !have["wounded"] {
		w := max(sums["shot"]-sums["killed"]+shooterDead(d, dr.counts), 0) + sums["shot-also"]
		if w > 0 {
			sums["wounded"], have["wounded"] = w, true
		}
	}
	// "At least three people were shot ... A fourth victim drove herself to
	// a hospital": the victims not told dead are wounded
	if victims > sums["killed"]+sums["wounded"] {
		sums["wounded"], have["wounded"] = victims-sums["killed"], true
	}
	for _, k := range []string{"killed", "wounded", "kidnapped", "arrested"} {
		if have[k] {
			ev.Casualties.Set(k, sums[k])
		}
	}
	conf := 0.4
	if dr.trig != nil {
		conf += 0.15
	}
	if ev.Date != nil {
		conf += 0.1
	}
	if ev.Place != nil {
		conf += 0.1
	}
	if len(ev.Counts) > 0 {
		conf += 0.1
	}
	for _, a := range ev.Actors {
		if a.Role == "perpetrator" {
			conf += 0.1
			break
		}
	}
	ev.Confidence = math.Round(math.Min(conf, 0.95)*100) / 100
	sort.SliceStable(ev.Actors, func(i, j int) bool { return roleOrder(ev.Actors[i].Role) < roleOrder(ev.Actors[j].Role) })
	return ev
}

func roleOrder(r string) int {
	switch r {
	case "perpetrator":
		return 0
	case "target":
		return 1
	}
	return 2
}

// titleCasualties reads the casualty figures of a title given apart from the
// text ("1 Dead, 6 Hurt After Shooting At Birthday Party"; local news often
// states the toll only there) and gives the article's main incident (the one
// with most casualties, as analysts code it) the kinds it lacks. When the body
// describes no incident, the title alone makes one, placed at the article's
// city when there is one (cityWhy says which: the city, or the one district
// an article with no city names). Counts and evidence read from the title carry source
// "title": their offsets index article.title.
func (x *Extractor) titleCasualties(evs []Event, td *Document, articleID string, city *placeMention, cityWhy string) []Event {
	title := td.Text
	sums := map[string]int{}
	var counts []Count
	found := findCounts(td)
	hv := headlineVictim(td)
	for _, c := range append(found, hv...) {
		if c.aggregate || !c.hasValue || c.update {
			continue
		}
		if (c.rule == "count.headline-victim" || c.rule == "count.headline-object") && overlapsCount(found, c) {
			continue // "3-Year-Old Accidentally Shot Herself", "Teen shoots, kills 14-year-old friend": one, read once
		}
		if c.rule == "count.one-hurt" && len(hv) > 0 {
			continue // "Tulsa mother dies after being accidentally shot": the headline's victim
		}
		cs, ce := td.Tokens[c.start].Start, td.Tokens[c.end-1].End
		v := c.value
		counts = append(counts, Count{Kind: c.kind, Value: &v, Qualifier: c.qualifier, Text: title[cs:ce],
			Start: td.CP(cs), End: td.CP(ce), Rule: c.rule + "+title", Source: "title"})
		sums[c.kind] += c.value
	}
	// "Resident Involved In Fatal Shooting", "Third person pleads in deadly
	// Hamilton bar shooting", "Juvenile charged with murder", "Teen's death
	// under investigation": someone died, if the title counts no dead itself
	if _, dead := sums["killed"]; !dead {
		if k, e, v := titleDeath(td.Tokens); e > 0 {
			cs, ce := td.Tokens[k].Start, td.Tokens[e-1].End
			counts = append(counts, Count{Kind: "killed", Value: &v, Qualifier: "at_least", Text: title[cs:ce],
				Start: td.CP(cs), End: td.CP(ce), Rule: "count.fatal-title+title", Source: "title"})
			sums["killed"] = v
		}
	}
	// "Fatal double shooting in the 9th Ward": two shot
	if _, shot := sums["shot"]; !shot {
		for k := 0; k+1 < len(td.Tokens); k++ {
			if n := multiples[td.Tokens[k].Norm]; n > 0 && td.Tokens[k+1].Norm == "shooting" {
				cs, ce := td.Tokens[k].Start, td.Tokens[k+1].End
				counts = append(counts, Count{Kind: "shot", Value: &n, Qualifier: "exact", Text: title[cs:ce],
					Start: td.CP(cs), End: td.CP(ce), Rule: "count.double-shooting+title", Source: "title"})
				sums["shot"] = n
				break
			}
		}
	}
	// a title that names an incident makes one when the text tells none
	// ("Man, 19, pleads guilty in Fort Riley shooting" over a page of video
	// captions), without a toll
	if len(counts) == 0 && (len(evs) > 0 || len(x.rules.findTriggers(td)) == 0) {
		return evs
	}
	main := -1
	best := -1
	for i := range evs {
		w := 0
		for _, k := range []string{"killed", "wounded", "kidnapped"} {
			if v := evs[i].Casualties.Get(k); v != nil {
				w += *v
			}
		}
		if w > best {
			main, best = i, w
		}
	}
	if main < 0 {
		ev := Event{ID: fmt.Sprintf("%s/e1", articleID), Type: "attack", Rule: "default:attack",
			Evidence: Evidence{Text: title, Start: 0, End: td.CP(len(title)), Source: "title"}, Confidence: 0.4}
		if trigs := x.rules.findTriggers(td); len(trigs) > 0 {
			ev.Type, ev.Rule = trigs[0].rule.Type, "attack:"+trigs[0].rule.ID
		} else if _, shot := sums["shot"]; shot {
			ev.Type, ev.Rule = "shooting", "count:shot"
		}
		m := typeMapping[ev.Type]
		ev.GTDAttackType, ev.ACLEDEventType, ev.ACLEDSubEventType = m[0], m[1], m[2]
		if city != nil {
			p := city.place
			ev.Place = &EventPlace{ID: p.ID, Name: p.Name, Kind: p.Kind, Country: p.Country, Admin1: p.Admin1, Admin2: p.Admin2,
				Rule: city.rule, Reason: cityWhy}
			ev.Place.Lat, ev.Place.Lon = p.Point()
		}
		evs, main = append(evs, ev), 0
	}
	ev := &evs[main]
	// "4 shot, 1 killed": the shot who did not die are wounded; the dead are
	// the title's or, when it gives none, the body's ("Teen shot on West
	// Side" over a body that says the boy was pronounced dead)
	if _, ok := sums["shot"]; ok {
		dead := sums["killed"]
		if v := ev.Casualties.Get("killed"); v != nil && *v > dead {
			dead = *v
		}
		if _, ok := sums["wounded"]; !ok && sums["shot"] > dead {
			sums["wounded"] = sums["shot"] - dead
		}
	}
	// a title tells the toll of one incident, which the body may tell in
	// parts ("Mother, toddler killed in shooting" over "She was pronounced
	// dead"): its larger toll of the dead or wounded stands, unless it sums several
	// ("17 dead, 41 wounded in Chicago weekend shootings")
	several := hasWord(td.Tokens, 0, len(td.Tokens), "shootings", "attacks", "bombings", "incidents")
	// a wounded victim who later died: the title's "Two dead, two injured"
	// over a body's "left one person dead and three others injured" moves one
	// of the wounded to the dead, and the title's fewer wounded stand
	died := false
	if kt, ok := sums["killed"]; ok && !several {
		if wt, ok := sums["wounded"]; ok {
			kb, wb := ev.Casualties.Get("killed"), ev.Casualties.Get("wounded")
			died = kb != nil && wb != nil && kt > *kb && *wb > wt && kt+wt == *kb+*wb
		}
	}
	for _, k := range []string{"killed", "wounded", "kidnapped", "arrested"} {
		v, ok := sums[k]
		if have := ev.Casualties.Get(k); !ok || several && (k == "killed" || k == "wounded") && len(evs) > 1 || have != nil && (*have >= v && !(died && k == "wounded") || k != "killed" && k != "wounded" || several) {
			continue
		}
		ev.Casualties.Set(k, v)
		for _, c := range counts {
			if c.Kind == k || k == "wounded" && c.Kind == "shot" {
				ev.Counts = append(ev.Counts, c)
			}
		}
		if k == "killed" {
			shotNotDead(ev)
		}
	}
	return evs
}

// shooterDead is how many of an incident's dead are its shooters ("the
// suspect died", "the gunman was killed") when the shot are told as others
// ("a Randolph County Deputy was shot", "the victim was shot"): those dead
// were not among the shot, who survived. It is 0 when a shot count may
// include the shooter ("two men were shot").
func shooterDead(d *Document, cs []countMention) int {
	dead, others := 0, false
	for _, c := range cs {
		h := headNoun(d.Tokens, c)
		switch c.kind {
		case "killed":
			if shooterWords[h] {
				dead += c.value
			}
		case "shot":
			if shooterWords[h] || !namedVictims[h] {
				return 0
			}
			others = true
		}
	}
	if !others {
		return 0
	}
	return dead
}

// shooterWords name the one who shot; namedVictims name people shot who
// are not he.
var (
	shooterWords = map[string]bool{"suspect": true, "gunman": true, "shooter": true, "attacker": true, "assailant": true}
	namedVictims = map[string]bool{"officer": true, "officers": true, "deputy": true, "deputies": true, "trooper": true, "troopers": true,
		"agent": true, "agents": true, "policeman": true, "victim": true, "victims": true, "bystander": true, "bystanders": true,
		"clerk": true, "guard": true}
)

// headNoun is the last word for a person in a count's evidence before its
// verb: "deputy" in "a Randolph County Deputy was shot", "suspect" in "the
// suspect died"; "" when there is none.
func headNoun(toks []Token, c countMention) string {
	h := ""
	for k := c.start; k < c.end && k < len(toks); k++ {
		w := toks[k].Norm
		if isAux(w) || isCasualtyVerb(w) {
			break
		}
		if singularPerson(w) || namedVictims[w] || shooterWords[w] {
			h = w
		}
	}
	return h
}

// multiples are the words of a shooting's number of victims: "double
// shooting".
var multiples = map[string]int{"double": 2, "triple": 3, "quadruple": 4}

// titleDeath finds in a title's tokens a word that tells of a death without
// a count: "fatal shooting", "deadly Hamilton bar shooting", "shooting
// death", "Teen's death", "murder" (not "attempted murder"), "homicide",
// "slaying"; a "murder-suicide" is two dead. It returns the span and how
// many died at least, or e == 0.
func titleDeath(toks []Token) (int, int, int) {
	for k := range toks {
		switch w := toks[k].Norm; w {
		case "fatal", "deadly":
			for j := k + 1; j < len(toks) && j <= k+4 && headlineWord(toks, j); j++ {
				if v := toks[j].Norm; v == "shooting" || v == "stabbing" || v == "shootout" || v == "shootings" {
					return k, j + 1, 1
				}
			}
		case "death", "deaths":
			switch norm(toks, k+1) {
			case "penalty", "threat", "threats", "row", "sentence", "toll":
				continue
			}
			return k, k + 1, 1
		case "murder", "murders", "murdered", "homicide", "slaying", "slain":
			if p := norm(toks, k-1); p == "attempted" || p == "attempt" || p == "attempting" {
				continue
			}
			if w == "murder" && norm(toks, k+1) == "-" && norm(toks, k+2) == "suicide" {
				return k, k + 3, 2
			}
			return k, k + 1, 1
		}
	}
	return 0, 0, 0
}

// overlapsCount reports a count whose tokens another count of cs covers.
func overlapsCount(cs []countMention, c countMention) bool {
	for _, o := range cs {
		if o.start < c.end && c.start < o.end {
			return true
		}
	}
	return false
}

// shotNotDead recounts the wounded of an event whose wounded are only the
// body's shot ("a teen was shot") once the title says who died ("Teen
// fatally shot"): the shot who did not die.
func shotNotDead(ev *Event) {
	shot := 0
	for _, c := range ev.Counts {
		switch {
		case c.Kind == "wounded" || c.Source == "title" && c.Kind == "shot":
			return
		case c.Kind == "shot" && c.Value != nil:
			shot += *c.Value
		}
	}
	if shot == 0 {
		return
	}
	ev.Casualties.Wounded = nil
	if w := shot - *ev.Casualties.Killed; w > 0 {
		ev.Casualties.Set("wounded", w)
	}
}

// activeHeadline are the present tenses of headline grammar's active verbs.
var activeHeadline = map[string]string{"kills": "killed", "injures": "wounded", "wounds": "wounded", "hurts": "wounded", "grazes": "shot",
	"shoots": "shot", "hospitalizes": "wounded"}

// headlineVictim reads headline grammar, which drops the auxiliary: "Teen
// killed in shooting", "Boy Dies After Being Accidentally Shot", "Alex
// DoSouto, 24, Fatally Shot in Roxbury", "6-year-old girl shot in the head,
// killed", "Teen found shot to death": one victim, a singular person or a
// name, before a casualty verb; or after an active one: "Shooting kills
// teen girl".
// Only titles are read this way; in running text "man killed" is not a clause.
func headlineVictim(d *Document) []countMention {
	toks := d.Tokens
	// "Third victim dies after Florida mass shooting", "5th person dies",
	// "Fourth victim in Robinson Road shooting dies": so many dead now
	for k := 0; k+2 < len(toks); k++ {
		n := rankOf(toks[k].Norm)
		if n < 2 || !personWord(toks, k+1) && toks[k+1].Norm != "person" {
			continue
		}
		for e := k + 2; e < len(toks) && e < k+9; e++ {
			if w := toks[e].Norm; w == "dies" || w == "died" {
				return []countMention{{start: k, end: e + 1, kind: "killed", value: n, hasValue: true, qualifier: "exact", rule: "count.headline-ordinal"}}
			}
		}
	}
	for k := 1; k < len(toks); k++ {
		// "Drive-by shooting kills teen girl, injures 4": an active verb and
		// its object without a determiner; "Man cleaning gun accidentally
		// shoots self"; "man who accidentally shot baby" (a past tense after
		// "who" or an adverb); "arrested in shooting of 7-year-old child"
		kind, ok := activeHeadline[toks[k].Norm]
		if w := toks[k-1].Norm; toks[k].Norm == "shot" && (w == "who" || strings.HasSuffix(w, "ly")) || toks[k].Norm == "shooting" && norm(toks, k+1) == "of" {
			kind, ok = "shot", true
		}
		if ok {
			if w := norm(toks, k+1); w == "self" && toks[k].Norm == "shoots" {
				return []countMention{{start: k, end: k + 2, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.headline-object"}}
			}
			from := k + 1
			if toks[k].Norm == "shooting" {
				from = k + 2
				if w := norm(toks, from); w == "a" || w == "an" {
					from++
				}
			}
			for j := from; j < len(toks) && j < from+5 && headlineWord(toks, j); j++ {
				if toks[k].Norm == "shot" && j > from {
					break // "shot baby", not "fatally shot by gunman"
				}
				if personWord(toks, j) {
					n, end := 1, j+1
					// "kills infant, self", "kills 4-year-old, then himself",
					// "kills wife and son"
					for e := end; e+1 < len(toks) && (toks[e].Text == "," || toks[e].Norm == "and"); {
						e++
						if toks[e].Norm == "then" {
							e++
						}
						if w := norm(toks, e); w == "self" || w == "himself" || w == "herself" {
							n, end = n+1, e+1
							break
						}
						f := e
						for f < len(toks) && f < e+5 && !personWord(toks, f) && headlineWord(toks, f) {
							f++
						}
						if !personWord(toks, f) {
							break
						}
						n, end, e = n+1, f+1, f+1
					}
					return []countMention{{start: k, end: end, kind: kind, value: n, hasValue: true, qualifier: "exact", rule: "count.headline-object"}}
				}
			}
		}
		kind, ok = casualtyWords[toks[k].Norm]
		suffers := false
		if _, hk, hurt := hurtAt(toks, k, len(toks)); !ok && hurt {
			switch toks[k].Norm {
			case "grazed", "struck", "hit":
				kind, ok = "shot", true // "Child grazed by bullet", "Teen struck by stray bullet"
			case "suffers", "suffered", "sustains", "sustained":
				kind, ok, suffers = hk, true, true // "Brownsburg Man Suffers Gunshot Wound In Hunting Incident"
			}
		}
		condition := false
		if w := toks[k].Norm; !ok && (w == "stable" || w == "critical" || w == "hospitalized") {
			kind, ok, condition = "wounded", true, true // "Boy stable after accidental shooting", "Man critical following shooting"
		}
		if !ok || kind == "arrested" || kind == "kidnapped" || !(isVerbForm(toks[k].Norm) || toks[k].Norm == "dies" || toks[k].Norm == "dead" || kind == "shot" || condition || suffers) {
			continue
		}
		j := k - 1
		fatal := false
		for j > 0 && (fatalAdverb(toks[j].Norm) || toks[j].Norm == "critically" || toks[j].Norm == "accidentally" || toks[j].Norm == "found") {
			fatal = fatal || fatalAdverb(toks[j].Norm)
			j--
		}
		if toks[j].Text == "," && j >= 3 && toks[j-1].Kind == Number && toks[j-2].Text == "," {
			j -= 3 // "Alex DoSouto, 24, Fatally Shot"
		}
		person := singularPerson(toks[j].Norm) || toks[j].Norm == "old" && norm(toks, j-1) == "-" ||
			toks[j].Cap && toks[j].Kind == Word && j+1 < k && toks[j+1].Text == ","
		// a number of the victim's own phrase ("2 boys shot"), not of another
		// clause ("Two arrested after child shot")
		first := 0
		for c := j - 1; c > 0; c-- {
			if w := toks[c].Norm; w == "after" || w == "before" || w == "when" || w == "while" || w == "following" || w == ":" {
				first = c + 1
				break
			}
		}
		if !person || precededByNumber(toks, first, j) && toks[j].Norm != "old" {
			continue
		}
		// "Mother, toddler killed", "Baby, 20-year-old man killed", "Husband
		// and wife dead": a list of people before the verb
		n, start := 1, j
		for n < 4 {
			c := start
			for c > 0 && c > start-5 && toks[c-1].Norm != "and" && headlineWord(toks, c-1) {
				c--
			}
			if c < 2 || !(toks[c-1].Text == "," || toks[c-1].Norm == "and") || !personWord(toks, c-2) {
				break
			}
			n, start = n+1, c-2
		}
		end := k + 1
		if kind == "shot" || kind == "wounded" {
			// "Teen shot on West Side": wounded unless the body counts the
			// victim dead (titleCasualties weighs the shot against the dead)
			if mk, _, ok := mannerThen(toks, k); fatal || norm(toks, k+1) == "dead" || ok && mk == "killed" || toDeath(toks, k) {
				kind = "killed"
			}
			// "girl shot in the head, killed", "Man wounded in shooting dies":
			// the count reaches the death, which no other count of the title
			// may read again ("Teen shot near Hofstra University dies")
			for e := k + 1; e < len(toks) && e < k+10; e++ {
				w := toks[e].Norm
				if (w == "killed" || w == "dead") && toks[e-1].Text == "," || w == "dies" || w == "died" {
					kind, end = "killed", e+1
				}
			}
		}
		return []countMention{{start: start, end: end, kind: kind, value: n, hasValue: true, qualifier: "exact", rule: "count.headline-victim"}}
	}
	return nil
}

// personWord reports a word that is one person: a noun for a person
// ("toddler", "wife") or an age used as one ("4-year-old", "another
// 6-year-old").
func personWord(toks []Token, j int) bool {
	return j >= 0 && j < len(toks) && (singularPerson(toks[j].Norm) || toks[j].Norm == "old" && norm(toks, j-1) == "-")
}

// headlineWord reports a token of a headline's noun phrase: a word (not a
// number word) or a part of an age adjective ("20-year-old man").
func headlineWord(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch t := toks[j]; {
	case t.Kind == Word:
		return t.Lex&lexNumber == 0
	case t.Text == "-":
		return norm(toks, j+1) == "year" || norm(toks, j+1) == "old"
	}
	return isAgeAt(toks, j)
}

// isAgeAt reports the number of an age adjective at j: "4-year-old".
func isAgeAt(toks []Token, j int) bool {
	return j < len(toks) && toks[j].Kind == Number && norm(toks, j+1) == "-" && norm(toks, j+2) == "year"
}
