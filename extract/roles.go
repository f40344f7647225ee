package extract

import "strings"

// roles assigns each actor mentioned in an event's sentence a role from the
// clause around it: agent of an active attack verb or of "by" in a passive →
// perpetrator; "claimed" → perpetrator (claimed); "blamed on" → perpetrator
// (blamed); subject of a passive casualty verb or object of the attack →
// target; civilians and officials are targets; a name in a non-agent frame
// ("an expert on ISIS", "the group's defeat") is other.
func (x *Extractor) roles(d *Document, s Sentence, trig *trigger, idx []int, L *layers) ([]EventActor, bool) {
	toks := d.Tokens
	var out []EventActor
	claimed := false
	hasPerp := false
	pivot := -1
	if trig != nil {
		pivot = trig.start
	} else {
		for k := s.First; k < s.Last; k++ {
			if _, ok := casualtyWords[toks[k].Norm]; ok {
				pivot = k
				break
			}
		}
	}
	for _, ai := range idx {
		m := L.actors[ai]
		if m.disguise {
			continue
		}
		role, note := "", ""
		prev := norm(toks, m.start-1)
		prev2 := norm(toks, m.start-2)
		after := m.end
		for after < s.Last && isNPTail(toks[after].Norm) {
			after++
		}
		nextW := norm(toks, after)
		kind := ""
		if m.actor != nil {
			kind = m.actor.Kind
		}
		armed := m.actor == nil || kind == "insurgent" || kind == "militia" || kind == "state_forces" || kind == "foreign_forces"
		switch {
		case prev == "on" && (prev2 == "expert" || prev2 == "analyst" || prev2 == "war" || prev2 == "victory" || prev2 == "information"),
			prev == "over" && (prev2 == "victory" || prev2 == "win"),
			prev == "against" && (prev2 == "war" || prev2 == "fight" || prev2 == "campaign" || prev2 == "operations" || prev2 == "operation"),
			nextW == "’s" || nextW == "'s" && (norm(toks, after+1) == "defeat" || norm(toks, after+1) == "caliphate"):
			role = "other"
		case prev == "by" || (prev2 == "by" && (prev == "the" || prev == "suspected" || prev == "alleged")):
			if armed {
				role = "perpetrator"
			}
		case prev == "on" && prev2 == "blamed", prev == "to" && prev2 == "attributed":
			role, note = "perpetrator", "blamed"
		case nextW == "claimed" || (nextW == "has" || nextW == "had") && norm(toks, after+1) == "claimed":
			if armed {
				role, note = "perpetrator", "claimed"
				claimed = true
			}
		case prev == "against" || prev == "targeting" || prev == "targeted" || prev == "on" && isAttackNoun(prev2):
			role = "target"
		}
		if role == "" && pivot >= 0 {
			if m.end <= pivot {
				// before the verb: agent of an active verb, patient of a passive one
				passive := false
				for k := m.end; k < pivot+1 && k < s.Last; k++ {
					w := toks[k].Norm
					if w == "were" || w == "was" || w == "been" || w == "be" || w == "being" || w == "are" || w == "is" || w == "got" {
						passive = true
					}
				}
				dist := pivot - m.end
				switch {
				case passive && !armed:
					role = "target"
				case passive && armed && dist <= 4:
					role = "target"
				case !passive && armed && dist <= 6:
					role = "perpetrator"
				case !armed:
					role = "target"
				}
			} else {
				// after the verb: its object, unless "by"
				if !armed || (trig != nil && isVerb(toks[trig.start].Norm)) {
					role = "target"
				}
				if armed && trig != nil && trig.rule.Type == "arrest" {
					role = "target"
				}
			}
		}
		if role == "" {
			if armed && (kind == "insurgent" || m.actor == nil) {
				role = "perpetrator"
				note = "in the sentence"
			} else {
				role = "other"
			}
		}
		if role == "perpetrator" {
			hasPerp = true
		}
		ts, te := toks[m.start].Start, toks[m.end-1].End
		ea := EventActor{ID: m.id, Text: d.Text[ts:te], Role: role, Note: note, Rule: m.rule}
		if m.actor != nil {
			ea.Name = m.actor.Name
		}
		out = append(out, ea)
	}
	// a claim or blame in the next sentence names the perpetrator: "The attack was blamed on IS."
	if !hasPerp && s.Last < len(toks) {
		ns := d.Sentences[toks[s.Last].Sent]
		txt := strings.ToLower(d.Text[ns.Start:ns.End])
		if strings.Contains(txt, "blamed on") || strings.Contains(txt, "claimed responsibility") || strings.Contains(txt, "claimed the attack") {
			for _, m := range L.actors {
				if m.start >= ns.First && m.end <= ns.Last && m.actor != nil && (m.actor.Kind == "insurgent" || m.actor.Kind == "militia") {
					ts, te := toks[m.start].Start, toks[m.end-1].End
					note := "claimed"
					if strings.Contains(txt, "blamed") {
						note = "blamed"
					}
					out = append(out, EventActor{ID: m.id, Name: m.actor.Name, Text: d.Text[ts:te], Role: "perpetrator", Note: note, Rule: m.rule})
					claimed = claimed || note == "claimed"
					break
				}
			}
		}
	}
	return out, claimed
}

func isNPTail(w string) bool {
	switch w {
	case "militants", "fighters", "militiamen", "members", "cell", "cells", "group", "gunmen", "forces", "remnants", "terrorists", "jihadists", "sleeper", "insurgents":
		return true
	}
	return false
}

func isAttackNoun(w string) bool {
	switch w {
	case "attack", "attacks", "assault", "raid", "strike", "ambush", "bombing":
		return true
	}
	return false
}

func isVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "shot" || w == "struck" || w == "hit"
}
