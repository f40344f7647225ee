package extract

import "strings"

// casualtyWords maps words to the kind of count they make.
var casualtyWords = map[string]string{
	"killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed", "died": "killed",
	"die": "killed", "slain": "killed", "executed": "killed", "executing": "killed", "massacred": "killed",
	"murdered": "killed", "murdering": "killed", "beheaded": "killed", "deaths": "killed", "death": "killed", "bodies": "killed",
	"corpses": "killed", "lives": "killed", "fatalities": "killed", "perished": "killed", "dies": "killed",
	"wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "hurt": "wounded",
	"injuries": "wounded", "maimed": "wounded", "wounds": "wounded", "injures": "wounded", "wounds,": "wounded",
	"kidnapped": "kidnapped", "kidnapping": "kidnapped", "abducted": "kidnapped", "abducting": "kidnapped",
	"hostage": "kidnapped", "hostages": "kidnapped", "kidnaps": "kidnapped",
	"arrested": "arrested", "arresting": "arrested", "detained": "arrested", "detaining": "arrested",
	"captured": "arrested", "apprehended": "arrested", "arrests": "arrested",
}

// notCasualtyNouns after a number make it something else: money, objects,
// statistics, fighter strengths, ages, distances.
var notCasualtyNouns = map[string]bool{
	"dinars": true, "dollars": true, "euros": true, "pounds": true, "percent": true, "%": true, "cases": true,
	"incidents": true, "attacks": true, "pieces": true, "bullets": true, "rounds": true, "kilometers": true,
	"kilometres": true, "km": true, "miles": true, "meters": true, "metres": true, "years": true, "year": true,
	"months": true, "month": true, "days": true, "day": true, "hours": true, "hour": true, "minutes": true,
	"weeks": true, "week": true, "times": true, "kg": true, "tons": true, "vehicles": true, "cars": true,
	"homes": true, "houses": true, "buildings": true, "shells": true, "rockets": true, "mortars": true,
	"bombs": true, "missiles": true, "weapons": true, "rifles": true, "o'clock": true, "pm": true, "am": true,
	"p": true, "a": false, "million": false, "billion": true, "sq": true, "square": true, "acres": true,
	"petition": true, "signatures": true, "votes": true, "seats": true, "points": true,
}

// aggregateCues in a sentence mark its numbers as statistics, not one incident.
var aggregateCues = []string{"since 20", "so far this year", "in total", "since the start", "since the beginning",
	"this year alone", "over the past", "during the past", "in the past", "per month", "per week", "a month",
	"each month", "cases of", "the number of", "toll of the war", "toll of the conflict", "since january",
	"since 19", "over the last", "during the last", "in the last", "last year alone", "tally", "statistics"}

// countMention is one casualty figure.
type countMention struct {
	start, end int // token indices of the evidence
	kind       string
	value      int
	hasValue   bool
	qualifier  string
	rule       string
	update     bool // "the death toll rose to 12": replaces, not adds
	aggregate  bool
}

var vagueWords = map[string]bool{"several": true, "dozens": true, "scores": true, "hundreds": true,
	"thousands": true, "many": true, "numerous": true, "some": true, "a number": true, "few": true}

// qualifierBefore reads "at least", "more than", "nearly" ... before token i.
func qualifierBefore(toks []Token, i int) (string, int) {
	w1, w2 := norm(toks, i-1), norm(toks, i-2)
	switch {
	case w2 == "at" && w1 == "least":
		return "at_least", i - 2
	case (w2 == "more" || w2 == "over") && w1 == "than":
		return "at_least", i - 2
	case w1 == "over" || w1 == "nearly" && false:
		return "at_least", i - 1
	case w2 == "up" && w1 == "to":
		return "at_most", i - 2
	case (w2 == "no" || w2 == "not") && w1 == "more":
		return "at_most", i - 2
	case w2 == "less" && w1 == "than", w2 == "fewer" && w1 == "than":
		return "at_most", i - 2
	case w1 == "nearly" || w1 == "almost":
		return "at_most", i - 1
	case w1 == "about" || w1 == "around" || w1 == "some" || w1 == "roughly" || w1 == "approximately" || w1 == "estimated":
		return "approx", i - 1
	}
	return "exact", i
}

// numberOrArticle reads a number, or "a"/"an"/"one" before a singular noun
// ("A federal police officer died" counts one).
func numberOrArticle(toks []Token, i int) (number, bool) {
	if n, ok := parseNumber(toks, i); ok {
		return n, true
	}
	if i < len(toks) && (toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "his" || toks[i].Norm == "her" || toks[i].Norm == "their") {
		return number{Start: i, End: i + 1, Value: 1, Word: true}, true
	}
	return number{}, false
}

// victimNP reads a short noun phrase after a number: up to five words with no
// verb-like word, returning its end and whether it names people.
func victimNP(toks []Token, i int) (int, bool) {
	j := i
	for j < len(toks) && j < i+6 {
		t := toks[j]
		if t.Kind == Punct {
			if t.Text == "-" && !t.Space {
				j++
				continue
			}
			break
		}
		if _, ok := casualtyWords[t.Norm]; ok {
			break
		}
		switch t.Norm {
		case "were", "was", "are", "is", "have", "has", "had", "been", "and", "in", "on", "at", "by", "when", "after", "as", "during", "while", "who", "from", "near", "including", "of", "with", "to", "for", "the":
			return j, j > i
		}
		if notCasualtyNouns[t.Norm] {
			return j, false
		}
		j++
	}
	return j, true
}

// findCounts finds casualty figures sentence by sentence (the counts stage).
func findCounts(d *Document) []countMention {
	toks := d.Tokens
	var out []countMention
	for si, s := range d.Sentences {
		text := strings.ToLower(d.Text[s.Start:s.End])
		agg := false
		for _, c := range aggregateCues {
			if strings.Contains(text, c) {
				agg = true
				break
			}
		}
		before := len(out)
		for i := s.First; i < s.Last; i++ {
			t := toks[i]
			// death toll rose to N
			if t.Norm == "toll" && i+1 < s.Last {
				for k := i + 1; k < s.Last && k < i+6; k++ {
					if toks[k].Norm == "to" || toks[k].Norm == "at" || toks[k].Norm == "reached" || toks[k].Norm == "of" {
						if n, ok := parseNumber(toks, k+1); ok && !isYearNumber(toks, n) {
							kind := "killed"
							if norm(toks, i-1) == "injury" {
								kind = "wounded"
							}
							out = append(out, countMention{start: i - 1, end: n.End, kind: kind, value: n.Value, hasValue: true,
								qualifier: "exact", rule: "count.toll", update: true})
							break
						}
					}
				}
			}
			// N (people) were killed / N dead / N killed
			if n, ok := numberOrArticle(toks, i); ok && n.Start == i {
				if isYearNumber(toks, n) || (i > 0 && (toks[i-1].Text == "$" || toks[i-1].Text == "£" || toks[i-1].Text == "€")) || isAge(toks, n) {
					i = n.End - 1
					continue
				}
				if n.End < s.Last && (toks[n.End].Norm == "of" && (norm(toks, n.End+1) == "them" || norm(toks, n.End+1) == "whom" || norm(toks, n.End+1) == "those")) {
					// "two of them were killed" — a part of people already counted
				}
				npEnd, people := victimNP(toks, n.End)
				if !people && npEnd > n.End {
					i = n.End - 1
					continue
				}
				k := npEnd
				// passive / stative: were (later) killed, died, dead
				for k < s.Last && k < npEnd+4 {
					w := toks[k].Norm
					if w == "were" || w == "was" || w == "have" || w == "has" || w == "had" || w == "been" || w == "are" || w == "is" || w == "being" || w == "reportedly" || w == "also" || w == "later" || w == "all" || w == "shot" || w == "people" || w == "confirmed" || w == "found" || w == "left" {
						k++
						continue
					}
					break
				}
				if k < s.Last {
					w := toks[k].Norm
					kind, ok := casualtyWords[w]
					if ok && (n.Word || n.Value > 0) && (n.Value != 1 || n.Start != i || toks[i].Kind == Number || toks[i].Norm == "one" || toks[i].Norm == "a" || toks[i].Norm == "an") {
						if toks[i].Norm == "his" || toks[i].Norm == "her" || toks[i].Norm == "their" {
							i = n.End - 1
							continue
						}
						if w == "death" || w == "lives" {
							if !(norm(toks, k-1) == "to" || norm(toks, k-1) == "their") {
								goto next
							}
						}
						if kind == "killed" && (w == "bodies" || w == "corpses") {
							// "the bodies of 12 men were found"
						}
						q, qs := qualifierBefore(toks, i)
						out = append(out, countMention{start: qs, end: k + 1, kind: kind, value: n.Value, hasValue: true, qualifier: q, rule: "count.n-verb", aggregate: agg})
						i = k
						continue
					}
				}
			}
		next:
			// killed N (people), killing N and wounding M
			if kind, ok := casualtyWords[t.Norm]; ok && i+1 < s.Last && (t.Norm != "dead" && t.Norm != "death" && t.Norm != "deaths" && t.Norm != "lives") {
				k := i + 1
				for k < s.Last && (toks[k].Norm == "at" || toks[k].Norm == "least" || toks[k].Norm == "more" || toks[k].Norm == "than" || toks[k].Norm == "about" || toks[k].Norm == "some" || toks[k].Norm == "nearly" || toks[k].Norm == "up" || toks[k].Norm == "to" || toks[k].Norm == "around" || toks[k].Norm == "over" || toks[k].Norm == "almost") {
					k++
				}
				if n, ok := numberOrArticle(toks, k); ok && !isYearNumber(toks, n) && !isAge(toks, n) {
					npEnd, people := victimNP(toks, n.End)
					if people || npEnd == n.End {
						q, _ := qualifierBefore(toks, n.Start)
						if toks[n.Start].Norm == "his" || toks[n.Start].Norm == "her" {
							// "killed his bodyguard": one person
							if npEnd == n.End {
								goto vague
							}
						}
						if toks[n.Start].Norm == "their" {
							goto vague
						}
						out = append(out, countMention{start: i, end: max(npEnd, n.End), kind: kind, value: n.Value, hasValue: true, qualifier: q, rule: "count.verb-n", aggregate: agg})
						continue
					}
				}
			}
		vague:
			// vague: "dozens were killed", "several killed", "killed dozens"
			if vagueWords[t.Norm] && !(t.Norm == "some" && i+1 < s.Last && toks[i+1].Kind == Number) {
				npEnd, people := victimNP(toks, i+1)
				if people || npEnd == i+1 {
					k := npEnd
					for k < s.Last && k < npEnd+3 && (toks[k].Norm == "were" || toks[k].Norm == "have" || toks[k].Norm == "been" || toks[k].Norm == "had" || toks[k].Norm == "was") {
						k++
					}
					if k < s.Last {
						if kind, ok := casualtyWords[toks[k].Norm]; ok && toks[k].Norm != "death" && toks[k].Norm != "lives" {
							out = append(out, countMention{start: i, end: k + 1, kind: kind, qualifier: "vague", rule: "count.vague", aggregate: agg})
						}
					}
				}
			}
		}
		// coordination: "were killed and 31 injured" — the number after "and"
		// already matches "N injured" above. Mark sentence index for callers.
		_ = si
		_ = before
	}
	return out
}

// isYearNumber reports a number that is a year in context.
func isYearNumber(toks []Token, n number) bool {
	if n.Word || n.End-n.Start != 1 {
		return false
	}
	t := toks[n.Start]
	if len(t.Text) == 4 && allDigits(t.Text) && n.Value >= 1900 && n.Value <= 2099 {
		return true
	}
	return false
}

// isAge reports ages: "Khaled, 54," and "23-year-old".
func isAge(toks []Token, n number) bool {
	i, e := n.Start, n.End
	if e+2 < len(toks) && toks[e].Text == "-" && toks[e+1].Norm == "year" {
		return true
	}
	if e < len(toks) && (toks[e].Norm == "year" || toks[e].Norm == "years") && e+1 < len(toks) && toks[e+1].Norm == "old" {
		return true
	}
	if i > 0 && toks[i-1].Text == "," && e < len(toks) && toks[e].Text == "," && i > 1 && toks[i-2].Cap {
		return true
	}
	if i > 0 && (toks[i-1].Norm == "aged" || toks[i-1].Norm == "age" || toks[i-1].Norm == "ages") {
		return true
	}
	return false
}
