package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/gazetteer"
)

// Extractor turns articles into records. It holds the immutable resources
// (gazetteer, actor dictionary, rules) and is safe for concurrent use.
type Extractor struct {
	gaz       *gazetteer.Gazetteer
	actors    *gazetteer.Actors
	rules     *Rules
	published Date // fallback publication date (--published); zero when none
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithGazetteer sets the gazetteer (default: gazetteer.Default()).
func WithGazetteer(g *gazetteer.Gazetteer) Option { return func(x *Extractor) { x.gaz = g } }

// WithActors sets the actor dictionary (default: gazetteer.DefaultActors()).
func WithActors(a *gazetteer.Actors) Option { return func(x *Extractor) { x.actors = a } }

// WithRules sets the attack-type rules (default: DefaultRules()).
func WithRules(r *Rules) Option { return func(x *Extractor) { x.rules = r } }

// WithPublished sets the publication date for articles that state none
// (SPEC's --published). It is a reference date, never the clock.
func WithPublished(d Date) Option { return func(x *Extractor) { x.published = d } }

// New returns an Extractor with the embedded resources unless options give others.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{}
	for _, o := range opts {
		o(x)
	}
	var err error
	if x.gaz == nil {
		if x.gaz, err = gazetteer.Default(); err != nil {
			return nil, err
		}
	}
	if x.actors == nil {
		if x.actors, err = gazetteer.DefaultActors(); err != nil {
			return nil, err
		}
	}
	if x.rules == nil {
		if x.rules, err = DefaultRules(); err != nil {
			return nil, err
		}
	}
	if err := x.checkSuspects(); err != nil {
		return nil, err
	}
	return x, nil
}

// WithReference returns an Extractor that shares x's resources but uses d as
// the publication date of articles that state none: no reloading.
func (x *Extractor) WithReference(d Date) *Extractor {
	c := *x
	c.published = d
	return &c
}

// Extract runs every stage on one article and assembles its record.
func (x *Extractor) Extract(a Article) Record {
	d := NewDocument(a.Text)
	head, outlet := splitOutlet(a.Title)
	d.splitTitle(head)
	rec := Record{Article: ArticleInfo{ID: a.ID, Path: a.Path, Line: a.Line, URL: a.URL, Source: a.Source},
		Events: []Event{}, Places: []PlaceOut{}, Actors: []ActorOut{}, Dates: []DateMention{}, Warnings: []string{}}
	rec.Warnings = append(rec.Warnings, a.Warnings...)
	rec.Article.Title = a.Title
	if rec.Article.Title == "" {
		rec.Article.Title = headline(d)
	}
	d.dayFirst = detectDayFirst(d)

	// layers
	L := &layers{}
	L.dates = findDates(d)
	pub, warn := x.publication(d, a, L.dates)
	if warn != "" {
		rec.Warnings = append(rec.Warnings, warn)
	}
	rec.Article.Published = pub
	var ref Date
	if pub != nil {
		ref, _ = ParseISODate(pub.Value)
	} else {
		rec.Warnings = append(rec.Warnings, "no publication date: relative dates keep only what the text states")
	}
	resolveDates(L.dates, ref)
	titleApart := strings.TrimSpace(a.Title) != "" && !strings.Contains(a.Text[:min(len(a.Text), len(a.Title)+400)], a.Title)
	var od *Document // the outlet's name, when a title apart from the text gives one
	if titleApart && outlet != "" {
		od = NewDocument(outlet)
		d.outletArea = x.outletArea(od)
	}
	var td *Document // the title, when given apart from the text
	if titleApart {
		td = NewDocument(head)
		// the title read on its own: its province and the places it settles
		_, tctx := x.findPlaces(td, nil)
		d.titleArea = titleProvince(tctx.spans)
		d.titleAnchors = tctx.anchors
	}
	if d.outletArea == nil && stationByline(d) {
		d.outletArea = x.gaz.Country("US")
	}
	d.stations = x.stationsIn(d)
	if od != nil {
		// "... - KMOV.com": a vote for the station's state, as the text's call signs
		for _, sm := range x.stationsIn(od) {
			d.outletStations = append(d.outletStations, sm.station)
		}
	}
	var pctx placeContext
	L.places, pctx = x.findPlaces(d, nil)
	L.focus = pctx.focus // the country the article's names vote for (focus)
	L.focusA1 = placedProvince(L.places, pctx.focusA1)
	if L.focus == "" {
		L.focus = demonymCountry(d) // "A series of suicide bombings killed 11 Iraqis": no place, but Iraq
	}
	L.actors = x.findActors(d, L.focus)
	// "Iraq" in "Islamic State of Iraq": a mention inside a group's name, not
	// a location
	for i := range L.places {
		p := &L.places[i]
		for _, a := range L.actors {
			if a.start <= p.start && p.end <= a.end && a.end-a.start > p.end-p.start {
				p.adjective = true
				break
			}
		}
	}
	L.counts = findCounts(d)
	L.triggers = x.rules.findTriggers(d)
	for i := range L.places {
		if L.places[i].dateline {
			L.dateline = &L.places[i]
			s := d.Tokens[L.places[i].start].Start
			e := s
			for k := L.places[i].start; k < len(d.Tokens) && !isDash(d.Tokens[k].Text); k++ {
				e = d.Tokens[k].End
			}
			rec.Article.Dateline = &Dateline{Text: d.Text[s:e], PlaceID: L.places[i].place.ID, Start: d.CP(s), End: d.CP(e)}
			break
		}
	}

	if head == "" {
		head = rec.Article.Title // the text's first line
	}
	L.headline = headlineSentence(d, head)
	L.phoneCity = x.tipLineCity(d)
	if len(d.stations) > 0 {
		sm := d.stations[0]
		L.stationCity = &placeMention{start: sm.start, end: sm.end, place: sm.station.City, rule: "station:" + sm.station.Call,
			reason: "the city of the market of " + sm.station.Call}
	}
	if titleApart {
		// a title given apart from the text still names the place of the
		// story; the outlet's name after it, the city it broadcasts from
		L.titlePlace = x.titleCity(td, &pctx, "named in the title")
		if od != nil {
			L.outletCity = x.titleCity(od, &pctx, "the outlet's city")
		}
	}
	L.named = namedCountries(d, L.places)
	L.policeCity = policeCity(d, L)
	L.city = articleCity(d, L)
	if L.city == nil {
		L.district = soleDistrict(d, L)
	}
	rec.Events = x.assembleEvents(d, L, a.ID)
	where, why := L.city, "the article's city"
	if where == nil {
		where, why = L.district, "the one district the article names"
	}
	if titleApart {
		rec.Events = x.titleCasualties(rec.Events, td, a.ID, where, why)
	} else if t := strings.TrimSpace(a.Title); t != "" && (len(rec.Events) > 0 || t == strings.TrimSpace(a.Text)) {
		// a title that opens the text, or the whole of a title-only article,
		// read in headline grammar
		rec.Events = x.titleCasualties(rec.Events, NewDocument(a.Title), a.ID, where, why)
	}
	x.suspect(rec.Events, ref, L.focus)
	undatedEvents(d, L, td, rec.Events, pub, ref)
	if rec.Events == nil {
		rec.Events = []Event{}
	}
	if ps := placesOut(d, L.places); ps != nil {
		rec.Places = ps
	}
	if as := actorsOut(d, L.actors); as != nil {
		rec.Actors = as
	}
	for i := range L.dates {
		tx := &L.dates[i]
		if !tx.ok && tx.rel != "monthday" && tx.rel != "month" {
			continue
		}
		if tx.hidden {
			continue
		}
		s, e := d.Tokens[tx.start].Start, d.Tokens[tx.end-1].End
		rec.Dates = append(rec.Dates, DateMention{Value: tx.value(), Precision: tx.res.Precision, Mod: tx.res.Mod,
			Text: d.Text[s:e], Start: d.CP(s), End: d.CP(e), Rule: tx.rule})
	}
	return rec
}

// splitOutlet parts a title from the outlet's name that web pages append
// ("Teen shoots himself - | WBTV Charlotte", "... - KSLA News 12 Shreveport,
// Louisiana News Weather & Sports"): the outlet's city is where it
// broadcasts, which may be miles from the story.
func splitOutlet(title string) (headline, outlet string) {
	headline = title
	lastSep := func(s string) int {
		return max(strings.LastIndex(s, " | "), strings.LastIndex(s, " - "), strings.LastIndex(s, " – "), strings.LastIndex(s, " — "))
	}
	// "... - WBRC FOX6 News - Birmingham, AL": the outlet's town after its name
	if i := lastSep(headline); i > 0 && !isOutlet(headline[i+3:]) && len(strings.Fields(headline[i+3:])) <= 3 {
		if j := lastSep(headline[:i]); j > 0 && isOutlet(headline[j+3:i]) {
			outlet = strings.TrimSpace(headline[i+3:])
			headline = strings.TrimRight(headline[:i], " ")
		}
	}
	for {
		i := lastSep(headline)
		if i <= 0 || !isOutlet(headline[i+3:]) {
			return strings.TrimRight(headline, " -|–—"), outlet
		}
		outlet = strings.TrimSpace(headline[i+3:] + " " + outlet)
		headline = strings.TrimRight(headline[:i], " ")
	}
}

// outletArea is the province an outlet's name states with its city ("WBRC
// FOX6 News - Birmingham, AL", "KSLA News 12 Shreveport, Louisiana"), else the
// United States for a US call sign ("WTVM.com"), else nil: the text's places
// lean towards it as towards a province or country the text names, since
// local news tells mostly of its own area.
func (x *Extractor) outletArea(od *Document) *gazetteer.Place {
	ps, _ := x.findPlaces(od, nil)
	for _, p := range ps {
		if p.place.Kind == "admin1" && p.parent {
			return p.place
		}
	}
	for _, w := range strings.FieldsFunc(od.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if callSign(w) {
			return x.gaz.Country("US")
		}
	}
	return nil
}

// stationByline reports a US broadcaster's byline near the start of a text:
// "LOUISVILLE, KY (WAVE) -", "(WMC-TV) - A heartbroken mother": the story is
// the station's, and American.
func stationByline(d *Document) bool {
	toks := d.Tokens
	for i := 0; i+2 < len(toks) && toks[i].Start < 500; i++ {
		if toks[i].Text != "(" {
			continue
		}
		j := i + 1 // the closing parenthesis, no space inside
		for j < len(toks) && j < i+5 && toks[j].Text != ")" && !toks[j].Space {
			j++
		}
		if j > i+1 && j < len(toks) && toks[j].Text == ")" && !toks[j].Space && callSign(d.Text[toks[i+1].Start:toks[j-1].End]) {
			return true
		}
	}
	return false
}

// titleCity is the first city a title names, one it says is a place
// ("killing in St Louis") before one it only names, read in the text's
// context.
func (x *Extractor) titleCity(td *Document, ctx *placeContext, reason string) *placeMention {
	ps, _ := x.findPlaces(td, ctx)
	var city *placeMention
	for _, p := range ps {
		if !p.place.IsArea() && !p.adjective && p.place.Kind != "region" && (city == nil || p.evidence && !city.evidence) {
			pm := p
			pm.start, pm.end, pm.reason = 0, 0, reason
			city = &pm
		}
	}
	return city
}

// isOutlet reports a title segment that names a news outlet: a broadcast
// call sign (KSLA, WBTV), a web address, or the words outlets describe
// themselves with.
// The words count only in a title-cased segment: "Fox 2 News Headlines" is an
// outlet, "police post photos of the suspect" is the headline's.
func isOutlet(seg string) bool {
	words := strings.FieldsFunc(seg, func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '&' || r == '/' })
	titled, named := true, false
	for _, w := range words {
		lw := strings.ToLower(w)
		if strings.Contains(lw, ".com") || callSign(w) {
			return true
		}
		switch strings.TrimRight(lw, "0123456789") { // "NBC12", "CBS46"
		case "news", "weather", "sports", "channel", "fox", "cbs", "nbc", "abc", "cnn", "tv", "newschannel", "radio", "herald", "gazette", "tribune", "times", "post":
			named = true
		}
		if len(w) > 3 && w == lw {
			titled = false
		}
	}
	return named && titled
}

// callSign reports a US broadcast call sign: K or W and two or three more
// capitals, maybe with a channel number or -TV ("WSMV", "KCTV5", "WMC-TV").
func callSign(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "-TV"), "-DT")
	w = strings.TrimRight(w, "0123456789")
	if len(w) < 3 || len(w) > 4 || w[0] != 'K' && w[0] != 'W' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDash(s string) bool { return s == "–" || s == "—" || s == "-" || s == "(" }

// demonymCountry is the country whose demonym ("Iraqis", "Syrian") an
// article that names no place uses most, or "".
func demonymCountry(d *Document) string {
	n := map[string]int{}
	for _, cc := range demonymsOf(d) {
		n[cc]++
	}
	return mostCommon(n)
}

// mostCommon is the key counted most, the first in order on a tie; "" for none.
func mostCommon(n map[string]int) string {
	best, bn := "", 0
	for k, c := range n {
		if c > bn || (c == bn && k < best) {
			best, bn = k, c
		}
	}
	return best
}

// boilerplate lines are not headlines.
func isBoilerplate(line string) bool {
	l := strings.ToLower(line)
	if len(strings.Fields(line)) < 3 {
		return true
	}
	for _, b := range []string{"icon ", "subscribe", "cookie", "javascript", "sign in", "log in", "newsletter", "advertisement", "skip to", "menu", "you must enter", "middle-east and international news", "share this", "published:", "by "} {
		if strings.Contains(l, b) {
			return true
		}
	}
	return false
}

// headlineSentence finds the sentence that is the article's headline (the
// title repeated at the top of the text), or -1.
func headlineSentence(d *Document, title string) int {
	if len(d.Sentences) < 3 || title == "" {
		return -1
	}
	t := strings.TrimSpace(title)
	for i, s := range d.Sentences {
		if i > 6 {
			break
		}
		if strings.TrimSpace(d.Text[s.Start:s.End]) == t {
			return i
		}
	}
	return -1
}

// undatedEvents dates the incidents of an article whose text dates none,
// as event coders do when a report gives no date of its own. In order:
//   - a date in a title given apart from the text ("5 people injured in
//     northwest Atlanta shooting Monday"), rule of the date, reason "the
//     title's date", the title's words as text and no offsets;
//   - the first day on which the text reports what officials said
//     ("officials said Thursday"): the incident is most often that day or
//     the day before, closer than the day the story ran;
//   - the publication day ("Police are reporting that a 3-year-old child was
//     shot in the hand"): local news reports the day's incidents. Rule
//     "date.published", no text or offsets.
//
// An article that dates any incident keeps its undated ones undated (they
// are most often background).
func undatedEvents(d *Document, L *layers, title *Document, evs []Event, pub *Published, ref Date) {
	if len(evs) == 0 {
		return
	}
	for _, e := range evs {
		if e.Date != nil {
			return
		}
	}
	var date *EventDate
	if title != nil {
		txs := findDates(title)
		resolveDates(txs, ref)
		for i := range txs {
			tx := &txs[i]
			if ed, ok := tx.eventDate(); ok && tx.ok && !tx.hidden && ed.Y != 0 {
				s, e := title.Tokens[tx.start].Start, title.Tokens[tx.end-1].End
				date = &EventDate{Value: ed.String(), Precision: ed.Precision, Mod: ed.Mod, Text: title.Text[s:e],
					Rule: tx.rule, Reason: "the title's date: the text dates no incident"}
				break
			}
		}
	}
	for i := 0; date == nil && i < len(L.dates); i++ {
		tx := &L.dates[i]
		ed, ok := tx.eventDate()
		if !ok || !tx.ok || tx.hidden || ed.Y == 0 || ed.Precision != "day" || !isReportingDate(d, tx) || isPublicationLine(d, tx) {
			continue
		}
		s, e := d.Tokens[tx.start].Start, d.Tokens[tx.end-1].End
		date = &EventDate{Value: ed.String(), Precision: ed.Precision, Mod: ed.Mod, Text: d.Text[s:e],
			Start: d.CP(s), End: d.CP(e), Rule: tx.rule, Reason: "the day officials spoke: the text dates no incident"}
	}
	if date == nil && pub != nil && len(pub.Value) >= 10 {
		date = &EventDate{Value: pub.Value[:10], Precision: "day", Rule: "date.published",
			Reason: "the publication date: the text dates no incident"}
	}
	if date == nil {
		return
	}
	for i := range evs {
		dd := *date
		evs[i].Date = &dd
	}
}

// headline is the first non-boilerplate line.
func headline(d *Document) string {
	for _, p := range d.Paragraphs {
		line := strings.TrimSpace(d.Text[p.Start:p.End])
		if line == "" || isBoilerplate(line) || len(line) > 300 {
			continue
		}
		return line
	}
	return ""
}

// detectDayFirst decides "05/04/2019" by the unambiguous numeric dates in the text.
func detectDayFirst(d *Document) bool {
	toks := d.Tokens
	for i := 0; i+4 < len(toks); i++ {
		if toks[i].Kind == Number && toks[i+1].Text == "/" && toks[i+3].Text == "/" {
			a, _ := dayAt(toks, i)
			b, _ := dayAt(toks, i+2)
			if a > 12 && b <= 12 {
				return true
			}
			if b > 12 && a <= 12 {
				return false
			}
		}
	}
	return false
}

// publication finds the publication date in SPEC's order: metadata, the text
// (bylines and datelines near the top), --published, the latest complete date
// in the body (inferred), else nil.
func (x *Extractor) publication(d *Document, a Article, txs []timex) (*Published, string) {
	// byline dates near the top ("Posted: Friday, January 31, 2014 10:21 AM")
	// date the page, not an incident, whatever the metadata says
	var bylines []int
	for i := range txs {
		tx := &txs[i]
		if d.Tokens[tx.start].Start > 1500 {
			break
		}
		if tx.rel == "" && tx.abs.Precision == "day" && bylineContext(d, tx) {
			bylines = append(bylines, i)
		}
	}
	if a.Published != "" {
		for _, i := range bylines {
			txs[i].rule = "date.published"
		}
		if dt, ok := ParseISODate(a.Published); ok {
			return &Published{Value: dt.String(), Source: "metadata"}, ""
		}
		if dt, ok := parseLooseDate(a.Published); ok {
			return &Published{Value: dt.String(), Source: "metadata"}, ""
		}
		return nil, "metadata published date " + quote(a.Published) + " is not a date; ignored"
	}
	for i := range txs {
		tx := &txs[i]
		if tx.rel != "" || tx.abs.Precision != "day" {
			continue
		}
		s := d.Tokens[tx.start].Start
		if s > 600 {
			break
		}
		if bylineContext(d, tx) {
			tx.rule = "date.published"
			e := d.Tokens[tx.end-1].End
			// the same byline date repeated near the top is the publication too
			for j := i + 1; j < len(txs); j++ {
				if d.Tokens[txs[j].start].Start > 1500 {
					break
				}
				if txs[j].rel == "" && txs[j].abs == tx.abs && bylineContext(d, &txs[j]) {
					txs[j].rule = "date.published"
				}
			}
			return &Published{Value: tx.abs.String(), Source: "text", Text: d.Text[s:e]}, ""
		}
	}
	if x.published.Y != 0 {
		return &Published{Value: x.published.String(), Source: "flag"}, ""
	}
	var latest *Date
	for i := range txs {
		tx := &txs[i]
		if tx.rel == "" && tx.abs.Precision == "day" && tx.abs.Y != 0 {
			if latest == nil || tx.abs.Time().After(latest.Time()) {
				dd := tx.abs
				latest = &dd
			}
		}
	}
	if latest == nil {
		// a month and year stated ("April 11, 2019" absent, "in March 2019"): infer at month precision
		for i := range txs {
			tx := &txs[i]
			if tx.rel == "" && tx.abs.Precision == "month" && tx.abs.Y != 0 {
				if latest == nil || tx.abs.Time().After(latest.Time()) {
					dd := tx.abs
					latest = &dd
				}
			}
		}
	}
	if latest != nil {
		latest.Mod = ""
		return &Published{Value: latest.String(), Source: "inferred"}, ""
	}
	return nil, ""
}

func quote(s string) string { return "\"" + s + "\"" }

// bylineWords introduce a publication date.
var bylineWords = map[string]bool{"published": true, "posted": true, "updated": true, "publication": true}

// bylineContext accepts a full date near the top whose line, before it, holds
// only capitalised words, weekdays and byline words ("Published:", "|").
func bylineContext(d *Document, tx *timex) bool {
	toks := d.Tokens
	// "Published August 15 2016", "Last updated at Apr 152017", "Date of
	// publication 7 July 2016": a byline word right before the date says it
	// all, whatever follows (pages flattened to one line run on into the text)
	for k := tx.start - 1; k >= 0 && k >= tx.start-3; k-- {
		if n := toks[k].Norm; bylineWords[n] {
			return true
		} else if n != ":" && n != "at" && n != "on" {
			break
		}
	}
	k := tx.start
	for k > 0 && !toks[k].Newline {
		k--
		t := toks[k]
		if t.Kind == Word && !t.Cap {
			switch t.Norm {
			case "published", "posted", "updated", "on", "at", "by", "date", "last", "and", "of", "publication":
			default:
				return false
			}
		}
	}
	// after the date, the line ends, or a time / separator follows
	e := tx.end
	if e >= len(toks) || toks[e].Newline {
		return true
	}
	switch toks[e].Text {
	case "-", "–", "—", "|", "/", "(", ",", ".":
		return true
	}
	if toks[e].Kind == Number {
		return true // "July 21, 2019 10:15"
	}
	// "Sun 22 Feb 2015 Suicide bomber kills 4": a date opening the text
	return tx.start == 0 || toks[tx.start].Newline && toks[e].Cap
}

// parseLooseDate reads metadata dates in other common shapes ("2/22/2015",
// "July 21, 2019").
func parseLooseDate(s string) (Date, bool) {
	d := NewDocument(s)
	txs := findDates(d)
	if len(txs) > 0 && txs[0].rel == "" && txs[0].abs.Y != 0 {
		return txs[0].abs, true
	}
	return Date{}, false
}

// sortStrings sorts in place and returns s.
func sortStrings(s []string) []string { sort.Strings(s); return s }
