package gazetteer

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

//go:embed data/actors.yaml
var actorsYAML []byte

// Actor is one entry of the actor dictionary.
type Actor struct {
	ID      string
	Name    string
	Kind    string
	Country string
	Parent  string
	From    int // first year the names are in use (0: always)
	Until   int // last year (0: still)
	// Resolve maps a focus country to a more specific actor id ("police" in
	// an Iraqi story is iraqi-police).
	Resolve map[string]string
	Source  string
}

// ActorKinds are the kinds an actor may have.
var ActorKinds = map[string]bool{"insurgent": true, "militia": true, "state_forces": true, "foreign_forces": true,
	"political": true, "civilian": true, "official": true, "media": true, "person": true, "criminal": true}

// Alias is one name of an actor, as matched.
type Alias struct {
	Actor *Actor // nil for unattributed words ("gunmen")
	Text  string
	Exact bool // case-sensitive
}

// Actors is the actor dictionary and its alias index.
type Actors struct {
	byID   map[string]*Actor
	order  []string
	names  map[uint64][]Alias // hash of lowercase word sequence → aliases
	prefix map[uint64]bool
}

var actorID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// DefaultActors returns the embedded dictionary.
func DefaultActors() (*Actors, error) {
	a := NewActors()
	if err := a.AddYAML("embedded:actors.yaml", actorsYAML); err != nil {
		return nil, err
	}
	return a, nil
}

// NewActors returns an empty dictionary.
func NewActors() *Actors {
	return &Actors{byID: map[string]*Actor{}, names: map[uint64][]Alias{}, prefix: map[uint64]bool{}}
}

// Get returns an actor by id.
func (a *Actors) Get(id string) *Actor { return a.byID[id] }

// Len is the number of actors.
func (a *Actors) Len() int { return len(a.byID) }

// Lookup returns the aliases for a hash of folded words (Hash, HashExtend) and
// whether longer aliases start with it.
func (a *Actors) Lookup(h uint64) ([]Alias, bool) {
	return a.names[h], a.prefix[h]
}

// ActorWords splits an alias into lowercase folded words: "Hashd al-Shaabi" →
// [hashd al shaabi]. Unlike place keys, articles are kept.
func ActorWords(s string) []string {
	return Words(s)
}

var actorKeys = map[string]bool{"id": true, "name": true, "kind": true, "country": true, "parent": true,
	"aliases": true, "exact": true, "from": true, "until": true, "resolve": true, "note": true}

// AddYAML adds (or, for an existing id, replaces) actors from a YAML file
// with `actors:` and `unattributed:` lists. Every problem is reported with
// file:line; nothing is added when there is any.
func (a *Actors) AddYAML(file string, data []byte) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return Problems{{File: file, Msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	if len(root.Content) == 0 {
		return nil
	}
	var ps Problems
	bad := func(n *yaml.Node, f string, args ...any) {
		ps = append(ps, Problem{file, n.Line, fmt.Sprintf(f, args...)})
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		bad(doc, "want a mapping with actors: and unattributed:")
		return ps.Err()
	}
	type pending struct {
		actor   *Actor
		aliases []Alias
	}
	var add []pending
	var generic []Alias
	ids := NewIDs(actorID, "lowercase letters, digits and hyphens")
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "actors":
			if v.Kind != yaml.SequenceNode {
				bad(v, "actors must be a list")
				continue
			}
			for _, n := range v.Content {
				act, aliases := a.parseActor(file, n, bad, ids)
				if act != nil {
					add = append(add, pending{act, aliases})
				}
			}
		case "unattributed":
			if v.Kind != yaml.SequenceNode {
				bad(v, "unattributed must be a list of words")
				continue
			}
			for _, w := range v.Content {
				if len(ActorWords(w.Value)) == 0 {
					bad(w, "unattributed word %q has no letters", w.Value)
					continue
				}
				generic = append(generic, Alias{Text: w.Value})
			}
		default:
			if !OtherSection(k.Value, "actors", "unattributed") {
				bad(k, "%s", UnknownSection(k.Value))
			}
		}
	}
	// parents must exist (here or already)
	for _, p := range add {
		if p.actor.Parent != "" && a.byID[p.actor.Parent] == nil && !ids.Seen(p.actor.Parent) {
			ps = append(ps, Problem{file, lineOf(p.actor.Source), fmt.Sprintf("actor %s: unknown parent %q", p.actor.ID, p.actor.Parent)})
		}
		for cc, id := range p.actor.Resolve {
			if a.byID[id] == nil && !ids.Seen(id) {
				ps = append(ps, Problem{file, lineOf(p.actor.Source), fmt.Sprintf("actor %s: resolve %s names unknown actor %q", p.actor.ID, cc, id)})
			}
		}
	}
	if err := ps.Err(); err != nil {
		return err
	}
	for _, p := range add {
		if _, ok := a.byID[p.actor.ID]; !ok {
			a.order = append(a.order, p.actor.ID)
		} else {
			a.removeAliases(p.actor.ID)
		}
		a.byID[p.actor.ID] = p.actor
		for _, al := range p.aliases {
			a.addAlias(al)
		}
	}
	for _, g := range generic {
		a.addAlias(g)
	}
	return nil
}

func lineOf(source string) int {
	i := strings.LastIndexByte(source, ':')
	n, _ := strconv.Atoi(source[i+1:])
	return n
}

func (a *Actors) parseActor(file string, n *yaml.Node, bad func(*yaml.Node, string, ...any), ids *IDs) (*Actor, []Alias) {
	if n.Kind != yaml.MappingNode {
		bad(n, "actor entry must be a mapping")
		return nil, nil
	}
	act := &Actor{Source: fmt.Sprintf("%s:%d", file, n.Line)}
	var aliases []Alias
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !actorKeys[k.Value] {
			bad(k, "unknown key %q (known: %s)", k.Value, KeyList(actorKeys))
			ok = false
			continue
		}
		switch k.Value {
		case "id":
			act.ID = v.Value
			if msg := ids.Check(v); msg != "" {
				bad(v, "%s", msg)
				ok = false
			}
		case "name":
			act.Name = v.Value
		case "kind":
			act.Kind = v.Value
			if !ActorKinds[v.Value] {
				bad(v, "unknown kind %q (known: %s)", v.Value, KeyList(ActorKinds))
				ok = false
			}
		case "country":
			act.Country = v.Value
			if !countryISO.MatchString(v.Value) {
				bad(v, "bad country %q: want an ISO 3166-1 alpha-2 code", v.Value)
				ok = false
			}
		case "parent":
			act.Parent = v.Value
		case "from", "until":
			y, err := strconv.Atoi(v.Value)
			if err != nil || y < 1900 || y > 2100 {
				bad(v, "bad %s %q: want a year", k.Value, v.Value)
				ok = false
			}
			if k.Value == "from" {
				act.From = y
			} else {
				act.Until = y
			}
		case "resolve":
			if v.Kind != yaml.MappingNode {
				bad(v, "resolve must map country codes to actor ids")
				ok = false
				continue
			}
			act.Resolve = map[string]string{}
			for j := 0; j+1 < len(v.Content); j += 2 {
				if !countryISO.MatchString(v.Content[j].Value) {
					bad(v.Content[j], "bad country %q in resolve", v.Content[j].Value)
					ok = false
				}
				act.Resolve[v.Content[j].Value] = v.Content[j+1].Value
			}
		case "note":
		case "aliases", "exact":
			if v.Kind != yaml.SequenceNode {
				bad(v, "%s must be a list", k.Value)
				ok = false
				continue
			}
			for _, al := range v.Content {
				if len(ActorWords(al.Value)) == 0 {
					bad(al, "alias %q has no letters", al.Value)
					ok = false
					continue
				}
				aliases = append(aliases, Alias{Text: al.Value, Exact: k.Value == "exact" || shortCaps(al.Value)})
			}
		}
	}
	if act.ID == "" {
		bad(n, "actor entry has no id")
		return nil, nil
	}
	if act.Name == "" {
		bad(n, "actor %s has no name", act.ID)
		ok = false
	}
	if act.Kind == "" {
		bad(n, "actor %s has no kind", act.ID)
		ok = false
	}
	if !ok {
		return nil, nil
	}
	aliases = append(aliases, Alias{Text: act.Name, Exact: shortCaps(act.Name)})
	for i := range aliases {
		aliases[i].Actor = act
	}
	return act, aliases
}

// shortCaps reports an all-capital alias of up to four letters ("IS", "PMF"):
// such aliases match only in capitals.
func shortCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0 && letters <= 4
}

func (a *Actors) addAlias(al Alias) {
	ws := ActorWords(al.Text)
	h := Hash(ws[0])
	for j := 1; j < len(ws); j++ {
		a.prefix[h] = true
		h = HashExtend(h, ws[j])
	}
	for _, ex := range a.names[h] {
		if ex.Actor == al.Actor && ex.Text == al.Text {
			return
		}
	}
	a.names[h] = append(a.names[h], al)
}

func (a *Actors) removeAliases(id string) {
	for h, list := range a.names {
		kept := list[:0]
		for _, al := range list {
			if al.Actor == nil || al.Actor.ID != id {
				kept = append(kept, al)
			}
		}
		a.names[h] = kept
	}
}

// IDs returns the actor ids in dictionary order.
func (a *Actors) IDs() []string { return append([]string(nil), a.order...) }
