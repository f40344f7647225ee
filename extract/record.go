package extract

import (
	"bytes"
	"encoding/json"
)

// Record is the output for one article (SPEC.md, "Output record"). Field
// order here is the order of the JSON and YAML output.
type Record struct {
	Article  ArticleInfo   `json:"article" yaml:"article"`
	Events   []Event       `json:"events" yaml:"events"`
	Places   []PlaceOut    `json:"places" yaml:"places"`
	Actors   []ActorOut    `json:"actors" yaml:"actors"`
	Dates    []DateMention `json:"dates" yaml:"dates"`
	Warnings []string      `json:"warnings" yaml:"warnings"`
}

// MarshalLine encodes the record as one JSON line (with its newline), the
// form of --format jsonl: HTML characters are not escaped. Every character
// a line reader may break a line at is escaped: encoding/json escapes the
// controls and U+2028/U+2029, and NEL (U+0085, which Python's splitlines
// and some editors take for a line end) is escaped here.
func (r Record) MarshalLine() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	// U+0085 can only stand inside a JSON string here
	b := buf.Bytes()
	if bytes.Contains(b, nel) {
		b = bytes.ReplaceAll(b, nel, []byte(`\u0085`))
	}
	return b, nil
}

// nel is NEL (U+0085) in UTF-8.
var nel = []byte("\u0085")

// ArticleInfo is the article's metadata.
type ArticleInfo struct {
	ID        string     `json:"id" yaml:"id"`
	Path      string     `json:"path,omitempty" yaml:"path,omitempty"`
	Line      int        `json:"line,omitempty" yaml:"line,omitempty"`
	Title     string     `json:"title,omitempty" yaml:"title,omitempty"`
	URL       string     `json:"url,omitempty" yaml:"url,omitempty"`
	Source    string     `json:"source,omitempty" yaml:"source,omitempty"`
	Published *Published `json:"published" yaml:"published"`
	Dateline  *Dateline  `json:"dateline,omitempty" yaml:"dateline,omitempty"`
}

// Published is the publication date and where it came from: metadata, text,
// flag (--published) or inferred.
type Published struct {
	Value  string `json:"value" yaml:"value"`
	Source string `json:"source" yaml:"source"`
	Text   string `json:"text,omitempty" yaml:"text,omitempty"`
}

// Dateline is the "MOSUL, Iraq –" opening of a wire story.
type Dateline struct {
	Text    string `json:"text" yaml:"text"`
	PlaceID string `json:"place_id,omitempty" yaml:"place_id,omitempty"`
	Start   int    `json:"start" yaml:"start"`
	End     int    `json:"end" yaml:"end"`
}

// Event is one incident.
type Event struct {
	ID                string       `json:"id" yaml:"id"`
	Type              string       `json:"type" yaml:"type"`
	Rule              string       `json:"rule,omitempty" yaml:"rule,omitempty"`
	GTDAttackType     string       `json:"gtd_attack_type,omitempty" yaml:"gtd_attack_type,omitempty"`
	ACLEDEventType    string       `json:"acled_event_type,omitempty" yaml:"acled_event_type,omitempty"`
	ACLEDSubEventType string       `json:"acled_sub_event_type,omitempty" yaml:"acled_sub_event_type,omitempty"`
	Claimed           bool         `json:"claimed,omitempty" yaml:"claimed,omitempty"`
	Date              *EventDate   `json:"date,omitempty" yaml:"date,omitempty"`
	Place             *EventPlace  `json:"place,omitempty" yaml:"place,omitempty"`
	Actors            []EventActor `json:"actors,omitempty" yaml:"actors,omitempty"`
	Casualties        Casualties   `json:"casualties" yaml:"casualties"`
	Counts            []Count      `json:"counts,omitempty" yaml:"counts,omitempty"`
	Evidence          Evidence     `json:"evidence" yaml:"evidence"`
	Confidence        float64      `json:"confidence" yaml:"confidence"`
}

// EventDate is an event's date and why it was chosen.
type EventDate struct {
	Value     string `json:"value" yaml:"value"`
	Precision string `json:"precision" yaml:"precision"`
	Mod       string `json:"mod,omitempty" yaml:"mod,omitempty"`
	Text      string `json:"text,omitempty" yaml:"text,omitempty"`
	Start     int    `json:"start,omitempty" yaml:"start,omitempty"`
	End       int    `json:"end,omitempty" yaml:"end,omitempty"`
	Rule      string `json:"rule,omitempty" yaml:"rule,omitempty"`
	Reason    string `json:"reason,omitempty" yaml:"reason,omitempty"`
}

// EventPlace is an event's place and why it was chosen.
type EventPlace struct {
	ID        string   `json:"id,omitempty" yaml:"id,omitempty"` // absent for a place the gazetteer lacks
	Name      string   `json:"name" yaml:"name"`
	Text      string   `json:"text,omitempty" yaml:"text,omitempty"`
	Kind      string   `json:"kind,omitempty" yaml:"kind,omitempty"`
	Qualifier string   `json:"qualifier,omitempty" yaml:"qualifier,omitempty"`
	Country   string   `json:"country,omitempty" yaml:"country,omitempty"`
	Admin1    string   `json:"admin1,omitempty" yaml:"admin1,omitempty"`
	Admin2    string   `json:"admin2,omitempty" yaml:"admin2,omitempty"`
	Lat       *float64 `json:"lat,omitempty" yaml:"lat,omitempty"` // absent when the place has no point (an area with no town)
	Lon       *float64 `json:"lon,omitempty" yaml:"lon,omitempty"`
	Rule      string   `json:"rule,omitempty" yaml:"rule,omitempty"`
	Reason    string   `json:"reason,omitempty" yaml:"reason,omitempty"`
}

// EventActor is an actor's part in an event.
type EventActor struct {
	ID   string `json:"id" yaml:"id"`
	Name string `json:"name,omitempty" yaml:"name,omitempty"`
	Text string `json:"text" yaml:"text"`
	Role string `json:"role" yaml:"role"`
	Note string `json:"note,omitempty" yaml:"note,omitempty"`
	Rule string `json:"rule,omitempty" yaml:"rule,omitempty"`
}

// Casualties are an event's totals; nil means not stated.
type Casualties struct {
	Killed    *int `json:"killed,omitempty" yaml:"killed,omitempty"`
	Wounded   *int `json:"wounded,omitempty" yaml:"wounded,omitempty"`
	Kidnapped *int `json:"kidnapped,omitempty" yaml:"kidnapped,omitempty"`
	Arrested  *int `json:"arrested,omitempty" yaml:"arrested,omitempty"`
}

// Get returns the total of one kind.
func (c *Casualties) Get(kind string) *int {
	switch kind {
	case "killed":
		return c.Killed
	case "wounded":
		return c.Wounded
	case "kidnapped":
		return c.Kidnapped
	case "arrested":
		return c.Arrested
	}
	return nil
}

// Set sets the total of one kind.
func (c *Casualties) Set(kind string, v int) {
	p := &v
	switch kind {
	case "killed":
		c.Killed = p
	case "wounded":
		c.Wounded = p
	case "kidnapped":
		c.Kidnapped = p
	case "arrested":
		c.Arrested = p
	}
}

// Count is one casualty figure with its evidence.
type Count struct {
	Kind      string `json:"kind" yaml:"kind"`
	Value     *int   `json:"value,omitempty" yaml:"value,omitempty"`
	Qualifier string `json:"qualifier" yaml:"qualifier"`
	Text      string `json:"text" yaml:"text"`
	Start     int    `json:"start" yaml:"start"`
	End       int    `json:"end" yaml:"end"`
	Rule      string `json:"rule,omitempty" yaml:"rule,omitempty"`
	// Source is "title" when the count was read from a title given apart
	// from the text: its offsets then index article.title.
	Source string `json:"source,omitempty" yaml:"source,omitempty"`
	// Note is "perpetrators" for the attackers' own dead or wounded ("34
	// Islamic State militants were killed" in an Islamic State attack):
	// counted here, left out of the event's casualties; "charges" for the
	// dead that murder charges tell ("faces two counts of murder"), the
	// event's dead when no other count tells more.
	Note string `json:"note,omitempty" yaml:"note,omitempty"`
}

// Evidence is the text an event was read from.
type Evidence struct {
	Text  string `json:"text" yaml:"text"`
	Start int    `json:"start" yaml:"start"`
	End   int    `json:"end" yaml:"end"`
	// Source is "title" when the evidence is the article's title (offsets
	// into article.title), for an incident the body does not describe.
	Source string `json:"source,omitempty" yaml:"source,omitempty"`
}

// Mention is one occurrence in the text.
type Mention struct {
	Text  string `json:"text" yaml:"text"`
	Start int    `json:"start" yaml:"start"`
	End   int    `json:"end" yaml:"end"`
}

// PlaceOut is a resolved place with all its mentions.
type PlaceOut struct {
	ID       string    `json:"id" yaml:"id"`
	Name     string    `json:"name" yaml:"name"`
	Kind     string    `json:"kind,omitempty" yaml:"kind,omitempty"`
	Country  string    `json:"country,omitempty" yaml:"country,omitempty"`
	Admin1   string    `json:"admin1,omitempty" yaml:"admin1,omitempty"`
	Admin2   string    `json:"admin2,omitempty" yaml:"admin2,omitempty"`
	Lat      *float64  `json:"lat,omitempty" yaml:"lat,omitempty"`
	Lon      *float64  `json:"lon,omitempty" yaml:"lon,omitempty"`
	Reason   string    `json:"reason,omitempty" yaml:"reason,omitempty"`
	Mentions []Mention `json:"mentions" yaml:"mentions"`
}

// ActorOut is a dictionary actor with all its mentions.
type ActorOut struct {
	ID       string    `json:"id" yaml:"id"`
	Name     string    `json:"name" yaml:"name"`
	Kind     string    `json:"kind,omitempty" yaml:"kind,omitempty"`
	Mentions []Mention `json:"mentions" yaml:"mentions"`
}

// DateMention is one temporal expression, normalised.
type DateMention struct {
	Value     string `json:"value" yaml:"value"`
	Precision string `json:"precision" yaml:"precision"`
	Mod       string `json:"mod,omitempty" yaml:"mod,omitempty"`
	Text      string `json:"text" yaml:"text"`
	Start     int    `json:"start" yaml:"start"`
	End       int    `json:"end" yaml:"end"`
	Rule      string `json:"rule,omitempty" yaml:"rule,omitempty"`
}

// Attack-type mapping from SPEC.md's event-type table.
var typeMapping = map[string][3]string{
	"bombing":         {"Bombing/Explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
	"ied":             {"Bombing/Explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
	"car_bomb":        {"Bombing/Explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
	"suicide_bombing": {"Bombing/Explosion", "Explosions/Remote violence", "Suicide bomb"},
	"shooting":        {"Armed Assault", "Violence against civilians", "Attack"},
	"sniper":          {"Armed Assault", "Violence against civilians", "Attack"},
	"ambush":          {"Armed Assault", "Battles", "Armed clash"},
	"armed_assault":   {"Armed Assault", "Violence against civilians", "Attack"},
	"assassination":   {"Assassination", "Violence against civilians", "Attack"},
	"execution":       {"Hostage Taking (Kidnapping)", "Violence against civilians", "Attack"},
	"kidnapping":      {"Hostage Taking (Kidnapping)", "Violence against civilians", "Abduction/forced disappearance"},
	"airstrike":       {"", "Explosions/Remote violence", "Air/drone strike"},
	"shelling":        {"", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
	"arson":           {"Facility/Infrastructure Attack", "Riots", "Looting/property destruction"},
	"armed_clash":     {"", "Battles", "Armed clash"},
	"arrest":          {"", "Strategic developments", "Arrests"},
	"attack":          {"Unknown", "Violence against civilians", "Attack"},
}

// EventTypes lists SPEC.md's event types.
func EventTypes() []string {
	return []string{"bombing", "ied", "car_bomb", "suicide_bombing", "shooting", "sniper", "ambush",
		"armed_assault", "assassination", "execution", "kidnapping", "airstrike", "shelling", "arson",
		"armed_clash", "arrest", "attack"}
}
