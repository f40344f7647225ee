package extract

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sitrep/sitrep/gazetteer"
)

// Suspect is a rule of suspected attribution: in a country and a period, an
// incident whose article names no perpetrator is attributed, as suspected, to
// the actor that carried out nearly all such attacks there. It is how
// incident lists such as Wikipedia's and GTD's "suspected" codes attribute
// unclaimed bombings; sitrep marks it apart from attribution the text states
// (role perpetrator, note "suspected", no text, rule "suspects:<id>") so a
// user can keep or drop it with one filter.
type Suspect struct {
	ID        string
	Actor     string   // actor id; checked against the dictionary by New
	Countries []string // ISO 3166-1 alpha-2
	Admin1    []string // GeoNames admin1 names; empty: the whole country
	From      Date     // first day the rule applies
	Until     Date     // last day (month or year precision: its end)
	Types     []string // event types; empty: every type but arrest
	Note      string
	Source    string // file:line
	file      string
	line      int
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// suspectKeys are the keys a suspect rule may have.
var suspectKeys = map[string]bool{"id": true, "actor": true, "countries": true, "admin1": true, "types": true,
	"from": true, "until": true, "note": true}

// addSuspects reads a `suspects:` list (see doc.go); problems go to bad.
func addSuspects(file string, v *yaml.Node, ids *gazetteer.IDs, bad func(*yaml.Node, string, ...any)) []*Suspect {
	if v.Kind != yaml.SequenceNode {
		bad(v, "suspects must be a list")
		return nil
	}
	types := map[string]bool{}
	for _, t := range EventTypes() {
		types[t] = true
	}
	list := func(n *yaml.Node, key string, check func(*yaml.Node) bool) []string {
		if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
			bad(n, "%s must be a non-empty list", key)
			return nil
		}
		var out []string
		for _, e := range n.Content {
			if check(e) {
				out = append(out, e.Value)
			}
		}
		return out
	}
	var add []*Suspect
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			bad(n, "suspect rule must be a mapping")
			continue
		}
		s := &Suspect{Source: fmt.Sprintf("%s:%d", file, n.Line), file: file, line: n.Line}
		has := map[string]bool{}
		for j := 0; j+1 < len(n.Content); j += 2 {
			k, val := n.Content[j], n.Content[j+1]
			has[k.Value] = true
			switch k.Value {
			case "id":
				s.ID = val.Value
				if msg := ids.Check(val); msg != "" {
					bad(val, "%s", msg)
				}
			case "actor":
				s.Actor = val.Value
			case "countries":
				s.Countries = list(val, "countries", func(e *yaml.Node) bool {
					if !countryCode.MatchString(e.Value) {
						bad(e, "bad country %q: want an ISO 3166-1 alpha-2 code such as IQ", e.Value)
						return false
					}
					return true
				})
			case "admin1":
				s.Admin1 = list(val, "admin1", func(e *yaml.Node) bool { return e.Value != "" })
			case "types":
				s.Types = list(val, "types", func(e *yaml.Node) bool {
					if !types[e.Value] {
						bad(e, "unknown type %q (known: %s)", e.Value, strings.Join(EventTypes(), ", "))
						return false
					}
					return true
				})
			case "from", "until":
				d, ok := ParseISODate(val.Value)
				if !ok || d.Y == 0 || val.Kind != yaml.ScalarNode {
					bad(val, "bad %s %q: want YYYY, YYYY-MM or YYYY-MM-DD", k.Value, val.Value)
				}
				if k.Value == "from" {
					s.From = d
				} else {
					s.Until = d
				}
			case "note":
				s.Note = val.Value
			default:
				bad(k, "unknown key %q (known: %s)", k.Value, gazetteer.KeyList(suspectKeys))
			}
		}
		// (a key present with a bad value has been reported already)
		switch {
		case !has["id"]:
			bad(n, "suspect rule has no id")
		case !has["actor"]:
			bad(n, "suspect rule %s has no actor", s.ID)
		case !has["countries"]:
			bad(n, "suspect rule %s has no countries", s.ID)
		case !has["from"] || !has["until"]:
			bad(n, "suspect rule %s needs from and until: a rule without a period would outlive the conflict", s.ID)
		case s.From.Y > 0 && s.Until.Y > 0 && dayKey(s.From, false) > dayKey(s.Until, true):
			bad(n, "suspect rule %s: from is after until", s.ID)
		}
		add = append(add, s)
	}
	return add
}

// dayKey orders dates as YYYYMMDD; a month or year stands for its first day,
// or for its last when end is set.
func dayKey(d Date, end bool) int {
	m, day := d.M, d.D
	if m == 0 {
		m = 1
		if end {
			m = 12
		}
	}
	if day == 0 {
		day = 1
		if end {
			day = 31
		}
	}
	return d.Y*10000 + m*100 + day
}

// matches reports whether the rule covers an incident of type typ in
// country/admin1 on day (a dayKey).
func (s *Suspect) matches(typ, country, admin1 string, day int) bool {
	if day < dayKey(s.From, false) || day > dayKey(s.Until, true) {
		return false
	}
	if !contains(s.Countries, country) {
		return false
	}
	if len(s.Admin1) > 0 && !contains(s.Admin1, admin1) {
		return false
	}
	if len(s.Types) == 0 {
		return typ != "arrest"
	}
	return contains(s.Types, typ)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suspect gives each event that names no perpetrator the actor of the first
// suspect rule covering its type, place and date. The place is the event's,
// else the article's focus country; the date is the event's when it states a
// year, else the publication date. A suspected perpetrator adds nothing to
// the event's confidence.
func (x *Extractor) suspect(evs []Event, published Date, focus string) {
	if len(x.rules.suspects) == 0 {
		return
	}
	for i := range evs {
		ev := &evs[i]
		named := false
		for _, a := range ev.Actors {
			if a.Role == "perpetrator" && a.ID != "unknown" {
				named = true
			}
		}
		if named {
			continue
		}
		country, admin1 := focus, ""
		if ev.Place != nil && ev.Place.Country != "" {
			country, admin1 = ev.Place.Country, ev.Place.Admin1
		}
		day := 0
		if ev.Date != nil {
			if d, ok := ParseISODate(ev.Date.Value); ok && d.Y > 0 {
				day = dayKey(d, false)
			}
		}
		if day == 0 && published.Y > 0 {
			day = dayKey(published, false)
		}
		if day == 0 || country == "" {
			continue
		}
		for _, s := range x.rules.suspects {
			if !s.matches(ev.Type, country, admin1, day) {
				continue
			}
			note := "suspected"
			if s.Note != "" {
				note += ": " + s.Note
			}
			ea := EventActor{ID: s.Actor, Role: "perpetrator", Note: note, Rule: "suspects:" + s.ID}
			if a := x.actors.Get(s.Actor); a != nil {
				ea.Name = a.Name
			}
			// after the actors the text names: stated roles come first
			ev.Actors = append(ev.Actors, ea)
			break
		}
	}
}

// checkSuspects reports suspect rules naming an actor the dictionary lacks.
func (x *Extractor) checkSuspects() error {
	var ps gazetteer.Problems
	for _, s := range x.rules.suspects {
		if x.actors.Get(s.Actor) == nil {
			ps = append(ps, gazetteer.Problem{File: s.file, Line: s.line, Msg: fmt.Sprintf("suspect rule %s: unknown actor %q", s.ID, s.Actor)})
		}
	}
	return ps.Err()
}
