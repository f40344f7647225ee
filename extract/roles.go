package extract

import "strings"

// attackVerbs are verbs of violence whose subject is the perpetrator and
// whose object is the target (casualty verbs are in casualtyWords).
var attackVerbs = map[string]bool{"ambushed": true, "attacked": true, "stormed": true, "struck": true, "bombed": true,
	"targeted": true, "raided": true, "opened": true, "blew": true, "planted": true, "shelled": true, "fired": true,
	"hit": true, "seized": true, "overran": true, "besieged": true, "assaulted": true, "torched": true, "burned": true,
	"ambushing": true, "attacking": true, "storming": true, "targeting": true, "shelling": true, "firing": true,
	"bombing": true, "raiding": true, "detonated": true, "launched": true, "clashed": true, "fought": true,
	"battled": true, "battle": true, "battling": true, "gunned": true, "stabbed": true, "rammed": true}

// roles assigns each actor named in an event's sentence a role from the
// clause around it:
//
//   - "by X" after a verb, "X claimed", "blamed ... on X": perpetrator
//   - X as subject of an active attack or casualty verb: perpetrator
//   - X as subject of a passive one ("were killed") or as its object: target
//   - X inside the trigger ("Turkish warplanes struck"): perpetrator
//   - frames that are not roles ("an expert on ISIS", "the group's defeat",
//     "war against IS"): other
//
// Disguises ("disguised as policemen") are dropped. Unattributed words keep
// id "unknown" and give way to a named perpetrator.
func (x *Extractor) roles(d *Document, s Sentence, trig *trigger, idx []int, L *layers) ([]EventActor, bool) {
	toks := d.Tokens
	var out []EventActor
	claimed := false
	var verbs []int
	for k := s.First; k < s.Last; k++ {
		w := toks[k].Norm
		if _, ok := casualtyWords[w]; (ok && isVerbForm(w)) || attackVerbs[w] || w == "died" || w == "claimed" {
			verbs = append(verbs, k)
		}
	}
	for n, ai := range idx {
		m := L.actors[ai]
		if m.disguise {
			continue
		}
		// "the Kurdistan Workers Party (PKK)": the acronym repeats the name
		if n > 0 && norm(toks, m.start-1) == "(" && L.actors[idx[n-1]].id == m.id {
			continue
		}
		role, note := x.roleOf(d, s, m, trig, verbs)
		if note == "claimed" {
			claimed = true
		}
		ts, te := toks[m.start].Start, toks[m.end-1].End
		ea := EventActor{ID: m.id, Text: d.Text[ts:te], Role: role, Note: note, Rule: m.rule}
		if m.actor != nil {
			ea.Name = m.actor.Name
		}
		out = append(out, ea)
	}
	return cleanRoles(out), claimed
}

func (x *Extractor) roleOf(d *Document, s Sentence, m actorMention, trig *trigger, verbs []int) (string, string) {
	toks := d.Tokens
	kind := ""
	if m.actor != nil {
		kind = m.actor.Kind
	}
	armed := m.actor == nil || kind == "insurgent" || kind == "militia" || kind == "state_forces" || kind == "foreign_forces"
	prev, prev2 := norm(toks, m.start-1), norm(toks, m.start-2)
	after := m.end
	for after < s.Last && isNPTail(toks[after].Norm) {
		after++
	}
	nextW := norm(toks, after)
	beforeWith := prev2 // "clashes with X"
	if prev == "the" {
		beforeWith = norm(toks, m.start-3) // "clashes with the X"
	}
	switch {
	case prev == "on" && (prev2 == "expert" || prev2 == "analyst" || prev2 == "war" || prev2 == "victory" || prev2 == "information" || prev2 == "crackdown"),
		(prev == "over" || prev == "against") && (prev2 == "victory" || prev2 == "war" || prev2 == "fight" || prev2 == "campaign" || prev2 == "operations" || prev2 == "operation" || prev2 == "struggle"),
		prev == "fighting" || prev == "fight" || prev == "defeat" || prev == "defeated" || prev == "of" && prev2 == "remnants",
		(nextW == "’s" || nextW == "'s") && (norm(toks, after+1) == "defeat" || norm(toks, after+1) == "caliphate" || norm(toks, after+1) == "collapse"):
		return "other", ""
	case prev == "by" && !stativeBy[prev2] || prev2 == "by" && (prev == "the" || prev == "a" || prev == "an" || prev == "suspected" || prev == "alleged") && !stativeBy[norm(toks, m.start-3)]:
		if armed {
			return "perpetrator", ""
		}
		return "other", ""
	case prev == "by" || prev2 == "by":
		return "other", "" // "a restaurant frequented by security forces"
	case (prev == "of" && partOf[prev2] || prev == "the" && prev2 == "of" && partOf[norm(toks, m.start-3)]) &&
		trig != nil && trig.start < m.start-2 && trig.rule.Type != "arrest":
		return "target", "" // "a bomb exploded near a vehicle of the Syrian Democratic Forces", not "Members of ISIS stormed"
	case (prev == "with" || prev2 == "with" && prev == "the") && clashWords[beforeWith]:
		if armed {
			return "perpetrator", "clashed" // "wounded in confrontations with Islamic State members"
		}
	case prev == "to" && prev2 == "attributed", prev == "on" && blamedBefore(toks, m.start, s.First):
		return "perpetrator", "blamed"
	case nextW == "claimed" || (nextW == "has" || nextW == "had") && norm(toks, after+1) == "claimed":
		if armed {
			return "perpetrator", "claimed"
		}
	case nextW == "said" || nextW == "say" || nextW == "says" || nextW == "told" || nextW == "reported":
		return "other", "" // "A man was shot on Monday, police said": the source, not the target
	}
	if trig != nil && (m.start <= trig.start && trig.start < m.end || trig.start == after) && armed {
		return "perpetrator", "" // "Turkish warplanes struck", "coalition airstrikes", "an Islamic State drone strike"
	}
	// object of a verb before it in the same clause
	for i := len(verbs) - 1; i >= 0; i-- {
		v := verbs[i]
		if v >= m.start || v < m.start-8 || hasClauseBreak(toks, v, m.start) {
			continue
		}
		if toks[v].Norm == "claimed" {
			break
		}
		return "target", ""
	}
	// nearest verb after the actor: subject of it
	for _, v := range verbs {
		if v < after || v > after+10 {
			continue
		}
		if hasClauseBreak(toks, after, v) {
			break
		}
		w := toks[v].Norm
		passive := false
		for k := after; k < v; k++ {
			switch toks[k].Norm {
			case "were", "was", "been", "be", "being", "got", "are", "is":
				passive = true
			}
		}
		if w == "died" || w == "dead" {
			return "target", ""
		}
		if passive {
			return "target", ""
		}
		if armed && w != "claimed" {
			return "perpetrator", ""
		}
		if !armed {
			return "target", ""
		}
	}
	switch kind {
	case "civilian", "official", "media":
		return "target", ""
	case "insurgent":
		return "perpetrator", "in the sentence"
	}
	if m.actor == nil {
		return "perpetrator", "in the sentence"
	}
	return "other", ""
}

// stativeBy are participles whose "by X" is no agent of the violence:
// "a restaurant frequented by security forces", "an area controlled by the SDF".
var stativeBy = map[string]bool{"controlled": true, "held": true, "frequented": true, "run": true, "owned": true,
	"used": true, "led": true, "backed": true, "supported": true, "operated": true, "manned": true, "visited": true,
	"guarded": true, "protected": true, "occupied": true, "dominated": true, "inhabited": true, "populated": true,
	"funded": true, "trained": true, "followed": true, "surrounded": true, "liberated": true, "recaptured": true,
	"retaken": true, "freed": true, "rescued": true, "founded": true, "formed": true, "declared": true, "published": true,
	"reported": true, "announced": true, "confirmed": true, "said": true, "cited": true, "quoted": true}

// partOf are nouns whose "of X" makes X the party they belong to, the target
// when such a thing is attacked: "a member of the SDF", "a convoy of the Iraqi army".
var partOf = map[string]bool{"member": true, "members": true, "vehicle": true, "vehicles": true, "convoy": true,
	"patrol": true, "headquarters": true, "base": true, "position": true, "positions": true, "checkpoint": true,
	"office": true, "offices": true, "commander": true, "leader": true, "officer": true, "officers": true,
	"personnel": true, "unit": true, "units": true, "car": true, "house": true, "home": true, "post": true,
	"outpost": true, "barracks": true, "bus": true}

// clashWords are the fighting whose "with X" names the other side.
var clashWords = map[string]bool{"clashes": true, "clash": true, "clashed": true, "confrontations": true,
	"confrontation": true, "fighting": true, "battle": true, "battles": true, "firefight": true, "gunfight": true,
	"fought": true, "skirmishes": true, "exchange": true}

// blamedBefore reports "blamed ... on" in the few words before token i.
func blamedBefore(toks []Token, i, first int) bool {
	for k := i - 2; k >= first && k >= i-6; k-- {
		if toks[k].Norm == "blamed" || toks[k].Norm == "blames" || toks[k].Norm == "blaming" {
			return true
		}
	}
	return false
}

// hasClauseBreak reports a semicolon or a relative clause between a and b.
func hasClauseBreak(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].Norm {
		case ";", "who", "which", "that", "when", "while", "after", "before":
			return true
		}
	}
	return false
}

// cleanRoles drops duplicate actor roles and unattributed perpetrators when a
// named one exists.
func cleanRoles(as []EventActor) []EventActor {
	named := false
	for _, a := range as {
		if a.Role == "perpetrator" && a.ID != "unknown" {
			named = true
		}
	}
	var out []EventActor
	seen := map[string]bool{}
	for _, a := range as {
		if named && a.ID == "unknown" && a.Role == "perpetrator" {
			continue
		}
		k := a.ID + "|" + a.Role
		if a.ID == "unknown" {
			k += "|" + strings.ToLower(a.Text)
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func isNPTail(w string) bool {
	switch w {
	case "militants", "fighters", "militiamen", "members", "cell", "cells", "group", "gunmen", "forces", "remnants",
		"terrorists", "jihadists", "sleeper", "insurgents", "warplanes", "jets", "troops", "soldiers", "units":
		return true
	}
	return false
}
