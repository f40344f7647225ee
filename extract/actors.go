package extract

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// actorMention is one actor name in the text.
type actorMention struct {
	start, end int // token indices
	actor      *gazetteer.Actor
	id         string // resolved id ("unknown" for unattributed words)
	rule       string
	disguise   bool // "disguised as policemen": not a participant
}

// findActors finds actor names, longest first (the actor stage). Aliases
// written in short capitals ("IS") match only in capitals and never in an
// all-capital line; unattributed words ("gunmen") get id "unknown".
func (x *Extractor) findActors(d *Document, focus string) []actorMention {
	toks := d.Tokens
	var out []actorMention
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind == Punct {
			continue
		}
		var h uint64
		bestEnd := -1
		var best gazetteer.Alias
		j := i
		n := 0
		for j < len(toks) && n < 8 {
			t := toks[j]
			if t.Kind == Punct {
				if t.Text == "-" && !t.Space && j > i {
					j++
					continue
				}
				break
			}
			if n == 0 {
				h = gazetteer.Hash(t.Norm)
			} else {
				h = gazetteer.HashExtend(h, t.Norm)
			}
			n++
			j++
			aliases, prefix := x.actors.Lookup(h)
			for _, al := range aliases {
				if al.Exact && !exactMatch(d, i, j, al.Text) {
					continue
				}
				if bestEnd < j || (bestEnd == j && best.Actor == nil && al.Actor != nil) {
					bestEnd, best = j, al
				}
			}
			if !prefix {
				break
			}
		}
		if bestEnd < 0 {
			continue
		}
		m := actorMention{start: i, end: bestEnd, actor: best.Actor, id: "unknown", rule: "actors:unattributed"}
		if best.Actor != nil {
			m.id = best.Actor.ID
			m.rule = "actors:" + best.Actor.ID
			if r, ok := best.Actor.Resolve[focus]; ok && focus != "" {
				if ra := x.actors.Get(r); ra != nil {
					m.actor, m.id, m.rule = ra, ra.ID, "actors:"+best.Actor.ID+"→"+ra.ID
				}
			}
		}
		// "disguised as policemen", "dressed as soldiers", "posing as"
		if i >= 2 && toks[i-1].Norm == "as" && (toks[i-2].Norm == "disguised" || toks[i-2].Norm == "dressed" || toks[i-2].Norm == "posing" || toks[i-2].Norm == "masquerading") {
			m.disguise = true
		}
		if i >= 3 && toks[i-2].Norm == "as" && (toks[i-3].Norm == "disguised" || toks[i-3].Norm == "dressed" || toks[i-3].Norm == "posing") {
			m.disguise = true
		}
		if i >= 1 && toks[i-1].Norm == "in" && bestEnd < len(toks) && (toks[bestEnd].Norm == "uniform" || toks[bestEnd].Norm == "uniforms") {
			m.disguise = true
		}
		// "an IS judge", "ISIS commander": the person belongs to the group before it
		if n := len(out); n > 0 && m.actor != nil && (m.actor.Kind == "official" || m.actor.Kind == "civilian") &&
			out[n-1].end == m.start && out[n-1].actor != nil && out[n-1].actor.Kind != "civilian" && out[n-1].actor.Kind != "official" {
			i = bestEnd - 1
			continue
		}
		out = append(out, m)
		i = bestEnd - 1
	}
	return out
}

// exactMatch checks a case-sensitive alias against the text, and keeps "IS"
// out of all-capital lines, where it is the verb.
func exactMatch(d *Document, i, j int, alias string) bool {
	toks := d.Tokens
	var b strings.Builder
	for k := i; k < j; k++ {
		if toks[k].Text == "-" {
			b.WriteByte(' ')
			continue
		}
		if b.Len() > 0 && toks[k-1].Text != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	want := strings.ReplaceAll(alias, "-", " ")
	got := strings.ReplaceAll(b.String(), "  ", " ")
	if got != want && strings.ReplaceAll(got, ".", "") != strings.ReplaceAll(want, ".", "") {
		return false
	}
	if len(alias) <= 3 {
		s := d.Sentences[toks[i].Sent]
		lower := 0
		for k := s.First; k < s.Last; k++ {
			if toks[k].Kind == Word && !toks[k].Upper && !toks[k].Cap {
				lower++
			}
		}
		if lower == 0 {
			return false
		}
		// "IS" sentence-initially before a lowercase verb-like word is still fine;
		// but "IS" followed by a participle ("IS claimed") is the group.
	}
	return true
}

// actorsOut groups dictionary actor mentions by actor.
func actorsOut(d *Document, ms []actorMention) []ActorOut {
	idx := map[string]int{}
	var out []ActorOut
	for _, m := range ms {
		if m.actor == nil {
			continue
		}
		k, ok := idx[m.id]
		if !ok {
			k = len(out)
			idx[m.id] = k
			out = append(out, ActorOut{ID: m.id, Name: m.actor.Name, Kind: m.actor.Kind})
		}
		s, e := d.Tokens[m.start].Start, d.Tokens[m.end-1].End
		out[k].Mentions = append(out[k].Mentions, Mention{Text: d.Text[s:e], Start: d.CP(s), End: d.CP(e)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	return out
}
