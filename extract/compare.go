package extract

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Expected is a human-reviewed expected record: the facts a careful analyst
// would agree with. Fields left out are not checked, except casualty counts
// of a listed event, where absent means "none stated".
type Expected struct {
	// Reference is a publication date to run the article with, for texts
	// that state none (as --published does).
	Reference string          `yaml:"reference,omitempty"`
	Published string          `yaml:"published,omitempty"`
	Places    []string        `yaml:"places,omitempty"`
	Actors    []string        `yaml:"actors,omitempty"`
	Events    []ExpectedEvent `yaml:"events"`
	// KnownGaps lists fields ("events[1].perpetrators", or "events" for
	// extra events) where sitrep is known to miss the truth; their mismatches
	// are reported as known gaps and do not fail the suite. A gap that no
	// longer mismatches is itself reported, so the list stays honest.
	KnownGaps []KnownGap `yaml:"known_gaps,omitempty"`
}

// KnownGap is a field sitrep is known to get wrong, and why.
type KnownGap struct {
	Field string `yaml:"field"`
	Why   string `yaml:"why"`
}

// ParseExpected reads an expected file strictly: unknown keys are errors.
func ParseExpected(name string, data []byte) (Expected, error) {
	var e Expected
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&e); err != nil {
		return e, fmt.Errorf("%s: %v", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	for _, g := range e.KnownGaps {
		if g.Field == "" || g.Why == "" {
			return e, fmt.Errorf("%s: every known gap needs a field and a why", name)
		}
	}
	return e, nil
}

// ExpectedEvent is one expected incident.
type ExpectedEvent struct {
	Type         string   `yaml:"type,omitempty"`
	Date         string   `yaml:"date,omitempty"`
	Place        string   `yaml:"place,omitempty"`
	Killed       *int     `yaml:"killed,omitempty"`
	Wounded      *int     `yaml:"wounded,omitempty"`
	Kidnapped    *int     `yaml:"kidnapped,omitempty"`
	Arrested     *int     `yaml:"arrested,omitempty"`
	Perpetrators []string `yaml:"perpetrators,omitempty"`
	Targets      []string `yaml:"targets,omitempty"`
}

// FieldScore counts agreement on one field across a suite.
type FieldScore struct{ TP, FP, FN int }

// P is precision, R recall, F1 their harmonic mean.
func (f FieldScore) P() float64  { return ratio(f.TP, f.TP+f.FP) }
func (f FieldScore) R() float64  { return ratio(f.TP, f.TP+f.FN) }
func (f FieldScore) F1() float64 { return ratio(2*f.TP, 2*f.TP+f.FP+f.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Mismatch is one disagreement, with the rule that produced the wrong value.
type Mismatch struct {
	Article, Field, Want, Got, Rule string
}

func (m Mismatch) String() string {
	s := fmt.Sprintf("%s %s: want %s, got %s", m.Article, m.Field, m.Want, m.Got)
	if m.Rule != "" {
		s += " (rule " + m.Rule + ")"
	}
	return s
}

// Scores is a suite's result.
type Scores struct {
	Fields     map[string]*FieldScore
	Mismatches []Mismatch
	// Known are mismatches listed as known gaps; Stale are known gaps that
	// no longer mismatch (remove them from the expected file).
	Known []Mismatch
	Stale []string
}

// NewScores returns empty scores.
func NewScores() *Scores { return &Scores{Fields: map[string]*FieldScore{}} }

func (s *Scores) field(name string) *FieldScore {
	f := s.Fields[name]
	if f == nil {
		f = &FieldScore{}
		s.Fields[name] = f
	}
	return f
}

// FieldNames returns the field names in a stable order.
func (s *Scores) FieldNames() []string {
	var out []string
	for k := range s.Fields {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Compare scores one record against its expected facts.
func (s *Scores) Compare(id string, want Expected, got Record) {
	before := len(s.Mismatches)
	s.compare(id, want, got)
	if len(want.KnownGaps) == 0 {
		return
	}
	gaps := map[string]bool{}
	for _, g := range want.KnownGaps {
		gaps[g.Field] = false
	}
	kept := s.Mismatches[:before]
	for _, m := range s.Mismatches[before:] {
		if _, ok := gaps[m.Field]; ok {
			gaps[m.Field] = true
			s.Known = append(s.Known, m)
			continue
		}
		kept = append(kept, m)
	}
	s.Mismatches = kept
	for _, g := range want.KnownGaps {
		if !gaps[g.Field] {
			s.Stale = append(s.Stale, id+" "+g.Field)
		}
	}
}

func (s *Scores) compare(id string, want Expected, got Record) {
	if want.Published != "" {
		g := ""
		if got.Article.Published != nil {
			g = got.Article.Published.Value
		}
		s.value(id, "published", want.Published, g, "")
	}
	if want.Places != nil {
		var ids []string
		for _, p := range got.Places {
			ids = append(ids, p.ID)
		}
		s.set(id, "places", want.Places, ids)
	}
	if want.Actors != nil {
		var ids []string
		for _, a := range got.Actors {
			ids = append(ids, a.ID)
		}
		s.set(id, "actors", want.Actors, ids)
	}
	used := make([]bool, len(got.Events))
	for wi, we := range want.Events {
		best, bs := -1, -1
		for gi, ge := range got.Events {
			if used[gi] {
				continue
			}
			if sc := matchScore(we, ge); sc > bs {
				best, bs = gi, sc
			}
		}
		name := fmt.Sprintf("events[%d]", wi)
		if best < 0 || bs <= 0 {
			s.field("events").FN++
			s.Mismatches = append(s.Mismatches, Mismatch{Article: id, Field: name, Want: describe(we), Got: "no matching event"})
			continue
		}
		used[best] = true
		s.field("events").TP++
		s.event(id, name, we, got.Events[best])
	}
	for gi, ge := range got.Events {
		if !used[gi] {
			s.field("events").FP++
			s.Mismatches = append(s.Mismatches, Mismatch{Article: id, Field: "events", Want: "no event", Got: fmt.Sprintf("%s %q", ge.Type, trim(ge.Evidence.Text)), Rule: ge.Rule})
		}
	}
}

func trim(s string) string {
	if len(s) > 70 {
		return s[:67] + "..."
	}
	return s
}

func describe(e ExpectedEvent) string {
	parts := []string{e.Type}
	if e.Date != "" {
		parts = append(parts, e.Date)
	}
	if e.Place != "" {
		parts = append(parts, e.Place)
	}
	return strings.Join(parts, " ")
}

func matchScore(w ExpectedEvent, g Event) int {
	sc := 0
	if w.Type != "" && w.Type == g.Type {
		sc += 2
	}
	if w.Date != "" && g.Date != nil && w.Date == g.Date.Value {
		sc += 3
	}
	if w.Place != "" && g.Place != nil && w.Place == g.Place.ID {
		sc += 2
	}
	for _, k := range []string{"killed", "wounded", "kidnapped"} {
		if wv := w.count(k); wv != nil {
			if gv := g.Casualties.Get(k); gv != nil && *gv == *wv {
				sc += 2
			}
		}
	}
	return sc
}

func (e ExpectedEvent) count(kind string) *int {
	switch kind {
	case "killed":
		return e.Killed
	case "wounded":
		return e.Wounded
	case "kidnapped":
		return e.Kidnapped
	case "arrested":
		return e.Arrested
	}
	return nil
}

func (s *Scores) event(id, name string, w ExpectedEvent, g Event) {
	if w.Type != "" {
		s.value(id, name+".type", w.Type, g.Type, g.Rule)
	}
	if w.Date != "" {
		got, rule := "", ""
		if g.Date != nil {
			got, rule = g.Date.Value, g.Date.Rule
		}
		s.value(id, name+".date", w.Date, got, rule)
	}
	if w.Place != "" {
		got, rule := "", ""
		if g.Place != nil {
			got, rule = g.Place.ID, g.Place.Rule+" ("+g.Place.Reason+")"
		}
		s.value(id, name+".place", w.Place, got, rule)
	}
	for _, k := range []string{"killed", "wounded", "kidnapped", "arrested"} {
		wv, gv := w.count(k), g.Casualties.Get(k)
		ws, gs := "", ""
		if wv != nil {
			ws = strconv.Itoa(*wv)
		}
		if gv != nil {
			gs = strconv.Itoa(*gv)
		}
		rule := ""
		for _, c := range g.Counts {
			if c.Kind == k {
				rule = c.Rule + " " + strconv.Quote(c.Text)
			}
		}
		s.value(id, name+"."+k, ws, gs, rule)
	}
	var perps, targets []string
	for _, a := range g.Actors {
		switch a.Role {
		case "perpetrator":
			perps = append(perps, a.ID)
		case "target":
			targets = append(targets, a.ID)
		}
	}
	if w.Perpetrators != nil {
		s.set(id, name+".perpetrators", w.Perpetrators, perps)
	}
	if w.Targets != nil {
		s.set(id, name+".targets", w.Targets, targets)
	}
}

// value compares one scalar; the field's score is kept under its generic
// name ("events[0].type" scores as "event.type").
func (s *Scores) value(id, name, want, got, rule string) {
	f := s.field(generic(name))
	switch {
	case want == got && want != "":
		f.TP++
	case want == got:
		return
	default:
		if got != "" {
			f.FP++
		}
		if want != "" {
			f.FN++
		}
		s.Mismatches = append(s.Mismatches, Mismatch{Article: id, Field: name, Want: show(want), Got: show(got), Rule: rule})
	}
}

func show(v string) string {
	if v == "" {
		return "none"
	}
	return v
}

func (s *Scores) set(id, name string, want, got []string) {
	f := s.field(generic(name))
	g := map[string]bool{}
	for _, x := range got {
		g[x] = true
	}
	w := map[string]bool{}
	for _, x := range want {
		w[x] = true
	}
	var missing, extra []string
	for x := range w {
		if g[x] {
			f.TP++
		} else {
			f.FN++
			missing = append(missing, x)
		}
	}
	for x := range g {
		if !w[x] {
			f.FP++
			extra = append(extra, x)
		}
	}
	if len(missing)+len(extra) > 0 {
		sort.Strings(missing)
		sort.Strings(extra)
		s.Mismatches = append(s.Mismatches, Mismatch{Article: id, Field: name,
			Want: "[" + strings.Join(sortStrings(want), " ") + "]",
			Got:  fmt.Sprintf("[%s] (missing %v, extra %v)", strings.Join(sortStrings(append([]string(nil), got...)), " "), missing, extra)})
	}
}

func generic(name string) string {
	if strings.HasPrefix(name, "events[") {
		if i := strings.Index(name, "]."); i > 0 {
			return "event." + name[i+2:]
		}
	}
	return name
}

// ExpectedFrom turns a record into expected facts, for --update (a human
// reviews the result before it is committed).
func ExpectedFrom(r Record) Expected {
	e := Expected{Events: []ExpectedEvent{}}
	if r.Article.Published != nil {
		e.Published = r.Article.Published.Value
	}
	for _, p := range r.Places {
		e.Places = append(e.Places, p.ID)
	}
	for _, a := range r.Actors {
		e.Actors = append(e.Actors, a.ID)
	}
	for _, ev := range r.Events {
		x := ExpectedEvent{Type: ev.Type, Killed: ev.Casualties.Killed, Wounded: ev.Casualties.Wounded,
			Kidnapped: ev.Casualties.Kidnapped, Arrested: ev.Casualties.Arrested}
		if ev.Date != nil {
			x.Date = ev.Date.Value
		}
		if ev.Place != nil {
			x.Place = ev.Place.ID
		}
		for _, a := range ev.Actors {
			switch a.Role {
			case "perpetrator":
				x.Perpetrators = append(x.Perpetrators, a.ID)
			case "target":
				x.Targets = append(x.Targets, a.ID)
			}
		}
		e.Events = append(e.Events, x)
	}
	return e
}
