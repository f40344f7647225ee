package extract

import (
	"fmt"
	"math"
	"sort"
	"strings"
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
}

// draft is an event being assembled.
type draft struct {
	sent      int
	first     int // first token of the evidence
	last      int // end token
	trig      *trigger
	counts    []countMention
	date      *timex
	dateWhy   string
	place     *placeMention
	placeWhy  string
	actors    []EventActor
	claimed   bool
	anaphoric bool
}

// hedges make a sentence about something that did not (yet) happen or that
// happens habitually: not an incident.
var hedges = map[string]bool{"could": true, "would": true, "might": true, "may": true, "will": true,
	"threat": true, "threaten": true, "threatened": true, "threatens": true, "plan": true, "plans": true, "plotting": true, "planning": true,
	"routinely": true, "often": true, "usually": true, "frequently": true, "typically": true, "if": true,
	"capable": true, "fear": true, "fears": true, "feared": true, "warn": true, "warned": true, "risk": true,
	"prevent": true, "avoid": true, "foil": true, "foiled": true, "thwarted": true, "thwart": true}

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
	var lastPlace *placeMention
	for si := range d.Sentences {
		s := d.Sentences[si]
		// pick the trigger: highest priority among non-generic ones
		var trig *trigger
		for _, ti := range trigS[si] {
			t := &L.triggers[ti]
			if x.genericTrigger(d, t, countS[si]) {
				continue
			}
			if trig == nil || t.rule.Priority > trig.rule.Priority {
				trig = t
			}
		}
		var counts []countMention
		for _, ci := range countS[si] {
			if !L.counts[ci].aggregate {
				counts = append(counts, L.counts[ci])
			}
		}
		// keep track of context even in sentences without events
		var sentDate *timex
		for _, di := range dateS[si] {
			tx := &L.dates[di]
			if tx.ok && tx.res.Precision != "ref" && !isPublicationLine(d, tx) {
				if sentDate == nil || precRank(tx.res.Precision) > precRank(sentDate.res.Precision) {
					sentDate = tx
				}
			}
		}
		var sentPlace *placeMention
		for _, pi := range placeS[si] {
			p := &L.places[pi]
			if p.dateline {
				continue
			}
			if sentPlace == nil || placeRank(p) > placeRank(sentPlace) {
				sentPlace = p
			}
		}
		if trig == nil && len(counts) == 0 {
			if sentDate != nil {
				lastDate = sentDate
			}
			if sentPlace != nil {
				lastPlace = sentPlace
			}
			continue
		}
		if x.hedged(d, s, trig) || isTitleCaseLine(d, s.First) {
			continue
		}
		if trig == nil {
			// counts alone: "Ten days later their corpses were discovered" continue an incident
			if len(drafts) > 0 && si-drafts[len(drafts)-1].sent <= 3 {
				dr := drafts[len(drafts)-1]
				dr.counts = mergeCounts(dr.counts, counts)
				dr.last = s.Last
				continue
			}
		}
		dr := &draft{sent: si, first: s.First, last: s.Last, trig: trig, counts: counts}
		if sentDate != nil {
			dr.date, dr.dateWhy = sentDate, "stated in the sentence"
			if sentDate.rel == "anaphor" {
				dr.dateWhy = "relative to the previous date"
			}
		} else if lastDate != nil && d.Sentences[d.Tokens[lastDate.start].Sent].Para >= s.Para-3 {
			dr.date, dr.dateWhy = lastDate, "from an earlier sentence"
		}
		if sentPlace != nil {
			dr.place, dr.placeWhy = sentPlace, "named in the sentence"
		} else if lastPlace != nil && d.Sentences[d.Tokens[lastPlace.start].Sent].Para >= s.Para-3 {
			dr.place, dr.placeWhy = lastPlace, "from an earlier sentence"
		} else if L.dateline != nil {
			dr.place, dr.placeWhy = L.dateline, "dateline"
		}
		dr.actors, dr.claimed = x.roles(d, s, trig, actorS[si], L)
		if sentDate != nil {
			lastDate = sentDate
		}
		if sentPlace != nil {
			lastPlace = sentPlace
		}
		// merge with the previous draft when it is the same incident
		if len(drafts) > 0 && sameIncident(d, drafts[len(drafts)-1], dr) {
			p := drafts[len(drafts)-1]
			if p.trig == nil || (dr.trig != nil && dr.trig.rule.Priority > p.trig.rule.Priority && p.trig.rule.Type == "attack") {
				p.trig = dr.trig
			}
			p.counts = mergeCounts(p.counts, dr.counts)
			if p.date == nil {
				p.date, p.dateWhy = dr.date, dr.dateWhy
			}
			if p.place == nil || p.placeWhy != "named in the sentence" && dr.placeWhy == "named in the sentence" {
				p.place, p.placeWhy = dr.place, dr.placeWhy
			}
			p.actors = mergeActors(p.actors, dr.actors)
			p.claimed = p.claimed || dr.claimed
			p.last = dr.last
			continue
		}
		drafts = append(drafts, dr)
	}
	// an article-level fallback for place: the focus city
	var out []Event
	for _, dr := range drafts {
		if dr.trig == nil && !hasValue(dr.counts) {
			continue
		}
		out = append(out, x.finish(d, dr, articleID, len(out)+1))
	}
	return out
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

func placeRank(p *placeMention) int {
	switch p.place.Kind {
	case "country":
		return 1
	case "admin1":
		return 2
	case "admin2", "region", "desert", "river":
		return 3
	}
	return 4
}

// isPublicationLine reports dates in the byline area that give the
// publication date, not an event's.
func isPublicationLine(d *Document, tx *timex) bool {
	return tx.rule == "date.published"
}

// genericTrigger reports triggers that name a kind of violence rather than an
// incident: plural nouns without a count ("kidnappings and killings").
func (x *Extractor) genericTrigger(d *Document, t *trigger, counts []int) bool {
	w := d.Tokens[t.end-1].Norm
	if t.rule.PluralGeneric && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(counts) == 0 {
		if w != "gunmen" {
			return true
		}
	}
	// "expert on ISIS", "anti-tank weapons and mines": handled by patterns
	s := d.Sentences[d.Tokens[t.start].Sent]
	for k := max(s.First, t.start-6); k < t.start; k++ {
		if genericCues[d.Tokens[k].Norm] {
			return true
		}
	}
	return false
}

// hedged reports a sentence whose trigger is under a modal, threat or habit.
func (x *Extractor) hedged(d *Document, s Sentence, t *trigger) bool {
	lo, hi := s.First, s.Last
	if t != nil {
		lo = max(s.First, t.start-6)
		hi = t.start
	}
	for k := lo; k < hi; k++ {
		if hedges[d.Tokens[k].Norm] {
			return true
		}
	}
	return false
}

// sameIncident decides whether a draft continues the previous one.
func sameIncident(d *Document, p, n *draft) bool {
	if n.sent-p.sent > 2 {
		return false
	}
	if n.date != nil && p.date != nil && n.date != p.date && n.dateWhy == "stated in the sentence" {
		if n.date.value() != p.date.value() && n.date.rel != "anaphor" {
			return false
		}
	}
	if n.place != nil && p.place != nil && n.placeWhy == "named in the sentence" && p.placeWhy == "named in the sentence" && n.place.place.ID != p.place.place.ID {
		return false
	}
	if n.trig != nil && p.trig != nil && n.trig.rule.Type != p.trig.rule.Type {
		// an attack followed by its details ("the explosion", "the bomber")
		compatible := map[string]bool{"bombing": true, "ied": true, "car_bomb": true, "suicide_bombing": true, "attack": true}
		if !(compatible[n.trig.rule.Type] && compatible[p.trig.rule.Type]) && n.trig.rule.Type != "attack" {
			return false
		}
	}
	// an explicit new count of the same kind with a different place is a new incident
	s := d.Sentences[n.sent]
	first := d.Tokens[s.First].Norm
	if first == "the" || first == "it" || first == "they" || first == "he" || first == "she" || first == "police" || n.date == p.date || n.date == nil {
		return true
	}
	return false
}

func mergeCounts(a, b []countMention) []countMention {
	for _, c := range b {
		replaced := false
		for i := range a {
			if a[i].kind == c.kind && (c.update || (a[i].hasValue && c.hasValue && c.value > a[i].value && c.qualifier != "vague")) {
				a[i] = c
				replaced = true
			} else if a[i].kind == c.kind && a[i].hasValue && c.hasValue && c.value <= a[i].value {
				replaced = true
			}
		}
		if !replaced {
			a = append(a, c)
		}
	}
	return a
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
			}
		}
	}
	// security forces arresting people is an arrest, whatever else the sentence says
	if ev.Type != "arrest" {
		for _, c := range dr.counts {
			if c.kind == "arrested" && dr.trig != nil && (dr.trig.rule.Type == "armed_assault" || dr.trig.rule.Type == "attack") {
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
	m := typeMapping[ev.Type]
	ev.GTDAttackType, ev.ACLEDEventType, ev.ACLEDSubEventType = m[0], m[1], m[2]
	if dr.date != nil {
		tx := dr.date
		ts, te := d.Tokens[tx.start].Start, d.Tokens[tx.end-1].End
		ev.Date = &EventDate{Value: tx.value(), Precision: tx.res.Precision, Mod: tx.res.Mod, Text: d.Text[ts:te],
			Start: d.CP(ts), End: d.CP(te), Rule: tx.rule, Reason: dr.dateWhy}
	}
	if dr.place != nil {
		p := dr.place.place
		ps, pe := d.Tokens[dr.place.start].Start, d.Tokens[dr.place.end-1].End
		ev.Place = &EventPlace{ID: p.ID, Name: p.Name, Text: d.Text[ps:pe], Kind: p.Kind, Qualifier: dr.place.qualifier,
			Country: p.Country, Admin1: p.Admin1, Admin2: p.Admin2, Lat: p.Lat, Lon: p.Lon, Rule: dr.place.rule, Reason: dr.placeWhy}
	}
	ev.Actors = dr.actors
	ev.Claimed = dr.claimed
	sums := map[string]int{}
	have := map[string]bool{}
	for _, c := range dr.counts {
		cs, ce := d.Tokens[c.start].Start, d.Tokens[c.end-1].End
		co := Count{Kind: c.kind, Qualifier: c.qualifier, Text: d.Text[cs:ce], Start: d.CP(cs), End: d.CP(ce), Rule: c.rule}
		if c.hasValue {
			v := c.value
			co.Value = &v
			sums[c.kind] += v
			have[c.kind] = true
		}
		ev.Counts = append(ev.Counts, co)
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
