package extract

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sitrep/sitrep/gazetteer"
)

//go:embed rules/attacks.yaml
var attacksYAML []byte

//go:embed rules/suspects.yaml
var suspectsYAML []byte

// AttackRule maps trigger phrases to an event type.
type AttackRule struct {
	ID            string
	Type          string
	Priority      int
	PluralGeneric bool
	Patterns      []string
	Source        string // file:line
	phrases       [][]patWord
}

type patWord struct {
	word   string
	prefix bool
}

// Rules is the compiled set of attack-type rules.
type Rules struct {
	rules   []*AttackRule
	byFirst map[string][]ruleRef // exact first word → phrases
	prefix  [256][]ruleRef       // phrases whose first word is a prefix pattern, by its first byte
	// suspects attribute incidents that name no perpetrator (suspects.go), in order
	suspects []*Suspect
}

type ruleRef struct {
	rule   *AttackRule
	phrase []patWord
}

var ruleID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

var ruleKeys = map[string]bool{"id": true, "type": true, "priority": true, "patterns": true, "plural_generic": true, "note": true}

// DefaultRules returns the embedded attack-type rules.
func DefaultRules() (*Rules, error) {
	r := &Rules{}
	if err := r.AddYAML("embedded:attacks.yaml", attacksYAML); err != nil {
		return nil, err
	}
	if err := r.AddYAML("embedded:suspects.yaml", suspectsYAML); err != nil {
		return nil, err
	}
	return r, nil
}

// AddYAML adds rules from a file with an `attack_types:` list; a rule with an
// id that exists replaces it. Every problem is reported with file:line and
// nothing is added when there is any.
func (r *Rules) AddYAML(file string, data []byte) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return gazetteer.Problems{{File: file, Msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	if len(root.Content) == 0 {
		return nil
	}
	var ps gazetteer.Problems
	bad := func(n *yaml.Node, f string, a ...any) {
		ps = append(ps, gazetteer.Problem{File: file, Line: n.Line, Msg: fmt.Sprintf(f, a...)})
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		bad(doc, "want a mapping with attack_types: or suspects:")
		return ps.Err()
	}
	types := map[string]bool{}
	for _, t := range EventTypes() {
		types[t] = true
	}
	var add []*AttackRule
	var sus []*Suspect
	ids := gazetteer.NewIDs(ruleID, "lowercase letters, digits and hyphens")
	susIDs := gazetteer.NewIDs(ruleID, "lowercase letters, digits and hyphens")
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if k.Value == "suspects" {
			sus = append(sus, addSuspects(file, v, susIDs, bad)...)
			continue
		}
		if k.Value != "attack_types" {
			if !gazetteer.OtherSection(k.Value, "attack_types", "suspects") {
				bad(k, "%s", gazetteer.UnknownSection(k.Value))
			}
			continue
		}
		if v.Kind != yaml.SequenceNode {
			bad(v, "attack_types must be a list")
			continue
		}
		for _, n := range v.Content {
			if n.Kind != yaml.MappingNode {
				bad(n, "rule must be a mapping")
				continue
			}
			ar := &AttackRule{Source: fmt.Sprintf("%s:%d", file, n.Line)}
			for j := 0; j+1 < len(n.Content); j += 2 {
				kk, vv := n.Content[j], n.Content[j+1]
				if !ruleKeys[kk.Value] {
					bad(kk, "unknown key %q (known: %s)", kk.Value, gazetteer.KeyList(ruleKeys))
					continue
				}
				switch kk.Value {
				case "id":
					ar.ID = vv.Value
					if msg := ids.Check(vv); msg != "" {
						bad(vv, "%s", msg)
					}
				case "type":
					ar.Type = vv.Value
					if !types[vv.Value] {
						bad(vv, "unknown type %q (known: %s)", vv.Value, strings.Join(EventTypes(), ", "))
					}
				case "priority":
					p, err := strconv.Atoi(vv.Value)
					if err != nil || p < 0 || p > 100 {
						bad(vv, "bad priority %q: want a whole number from 0 to 100", vv.Value)
					}
					ar.Priority = p
				case "plural_generic":
					b, err := strconv.ParseBool(vv.Value)
					if err != nil {
						bad(vv, "bad plural_generic %q: want true or false", vv.Value)
					}
					ar.PluralGeneric = b
				case "note":
				case "patterns":
					if vv.Kind != yaml.SequenceNode || len(vv.Content) == 0 {
						bad(vv, "patterns must be a non-empty list")
						continue
					}
					for _, p := range vv.Content {
						ph, err := compilePhrase(p.Value)
						if err != nil {
							bad(p, "bad pattern %q: %v", p.Value, err)
							continue
						}
						ar.Patterns = append(ar.Patterns, p.Value)
						ar.phrases = append(ar.phrases, ph)
					}
				}
			}
			if ar.ID == "" {
				bad(n, "rule has no id")
				continue
			}
			if ar.Type == "" {
				bad(n, "rule %s has no type", ar.ID)
			}
			if len(ar.phrases) == 0 {
				bad(n, "rule %s has no patterns", ar.ID)
			}
			add = append(add, ar)
		}
	}
	if err := ps.Err(); err != nil {
		return err
	}
	r.rules = replaceByID(r.rules, add, func(a *AttackRule) string { return a.ID })
	r.suspects = replaceByID(r.suspects, sus, func(s *Suspect) string { return s.ID })
	r.index()
	return nil
}

// replaceByID puts each added entry in place of the entry with its id, or
// at the end when there is none: a user file overrides an embedded rule.
func replaceByID[T any](list, add []T, id func(T) string) []T {
	for _, a := range add {
		replaced := false
		for i, old := range list {
			if id(old) == id(a) {
				list[i], replaced = a, true
			}
		}
		if !replaced {
			list = append(list, a)
		}
	}
	return list
}

// compilePhrase turns "car bomb*" into words; hyphens split words.
func compilePhrase(p string) ([]patWord, error) {
	var out []patWord
	for _, f := range strings.Fields(strings.ReplaceAll(p, "-", " ")) {
		pre := strings.HasSuffix(f, "*")
		f = strings.TrimSuffix(f, "*")
		w := gazetteer.NormalizeWord(f)
		if w == "" || strings.ContainsAny(w, "*?[]()|\\") {
			return nil, fmt.Errorf("word %q: want letters, optionally ending in *", f)
		}
		out = append(out, patWord{w, pre})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	return out, nil
}

func (r *Rules) index() {
	r.byFirst = map[string][]ruleRef{}
	r.prefix = [256][]ruleRef{}
	for _, ar := range r.rules {
		for _, ph := range ar.phrases {
			ref := ruleRef{ar, ph}
			if w := ph[0].word; ph[0].prefix && w == "" {
				for b := range r.prefix {
					r.prefix[b] = append(r.prefix[b], ref)
				}
			} else if ph[0].prefix {
				r.prefix[w[0]] = append(r.prefix[w[0]], ref)
			} else {
				r.byFirst[ph[0].word] = append(r.byFirst[ph[0].word], ref)
			}
		}
	}
	// longest phrases first, then priority, so the most specific wins at a position
	less := func(a, b ruleRef) bool {
		if len(a.phrase) != len(b.phrase) {
			return len(a.phrase) > len(b.phrase)
		}
		return a.rule.Priority > b.rule.Priority
	}
	for k := range r.byFirst {
		l := r.byFirst[k]
		sort.SliceStable(l, func(i, j int) bool { return less(l[i], l[j]) })
	}
	for _, l := range r.prefix {
		sort.SliceStable(l, func(i, j int) bool { return less(l[i], l[j]) })
	}
}

// List returns the rules in file order.
func (r *Rules) List() []*AttackRule { return append([]*AttackRule(nil), r.rules...) }

// trigger is one attack-type phrase found in the text.
type trigger struct {
	start, end int // token indices
	rule       *AttackRule
}

// findTriggers finds every attack phrase (the attack-type stage).
func (r *Rules) findTriggers(d *Document) []trigger {
	toks := d.Tokens
	var out []trigger
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != Word || toks[i].Norm == "" {
			continue
		}
		w := toks[i].Norm // lowercase already
		var best *trigger
		try := func(ref ruleRef) {
			if end, ok := matchPhrase(toks, i, ref.phrase); ok {
				if best == nil || end > best.end || (end == best.end && ref.rule.Priority > best.rule.Priority) {
					best = &trigger{start: i, end: end, rule: ref.rule}
				}
			}
		}
		for _, ref := range r.byFirst[w] {
			try(ref)
		}
		for _, ref := range r.prefix[w[0]] {
			if strings.HasPrefix(w, ref.phrase[0].word) {
				try(ref)
			}
		}
		if best != nil {
			out = append(out, *best)
			i = best.end - 1
		}
	}
	return out
}

func matchPhrase(toks []Token, i int, ph []patWord) (int, bool) {
	j := i
	for k, pw := range ph {
		for j < len(toks) && toks[j].Text == "-" && k > 0 {
			j++
		}
		if j >= len(toks) || toks[j].Kind == Punct {
			return 0, false
		}
		w := toks[j].Norm
		if pw.prefix {
			if !strings.HasPrefix(w, pw.word) {
				return 0, false
			}
		} else if w != pw.word {
			return 0, false
		}
		j++
	}
	return j, true
}
