package extract

import (
	"maps"
	"strconv"
	"strings"
)

// casualtyWords maps words to the kind of count they make.
var casualtyWords = map[string]string{
	"killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed", "died": "killed",
	"die": "killed", "slain": "killed", "executed": "killed", "executing": "killed", "massacred": "killed",
	"murdered": "killed", "murdering": "killed", "assassinated": "killed", "assassinating": "killed", "beheaded": "killed", "deaths": "killed", "death": "killed", "bodies": "killed",
	"corpses": "killed", "lives": "killed", "fatalities": "killed", "perished": "killed", "dies": "killed", "deceased": "killed",
	"wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "hurt": "wounded",
	"injuries": "wounded", "maimed": "wounded", "wounds": "wounded", "injures": "wounded", "wounds,": "wounded",
	"kidnapped": "kidnapped", "kidnapping": "kidnapped", "abducted": "kidnapped", "abducting": "kidnapped",
	"hostage": "kidnapped", "hostages": "kidnapped", "kidnaps": "kidnapped",
	"arrested": "arrested", "arresting": "arrested", "detained": "arrested", "detaining": "arrested", "capturing": "arrested",
	"captured": "arrested", "apprehended": "arrested", "arrests": "arrested",
	"shot": "shot",
}

// hurtAt reads a predicate that says its subject was hurt without a
// casualty verb: "suffered a gunshot wound", "sustained serious injuries",
// "was taken to a hospital", "was hospitalized". A gunshot wound or a trip to
// hospital says nothing of survival: kind "shot", whose survivors are the
// wounded once the dead are counted. It returns the predicate's end.
func hurtAt(toks []Token, k, last int) (int, string, bool) {
	if k >= last {
		return 0, "", false
	}
	switch toks[k].Norm {
	case "suffered", "suffers", "sustained", "sustains", "suffering":
		fatal, gun := false, false
		for j := k + 1; j < last && j < k+10; j++ { // "sustained what police say are non-life threatening injuries"
			switch toks[j].Norm {
			case "fatal", "deadly", "mortal":
				fatal = true
			case "gunshot", "bullet", "handgun", "gun", "rifle", "shotgun":
				gun = true
			case "wound", "wounds", "injury", "injuries":
				switch {
				case fatal:
					return j + 1, "killed", true
				case gun:
					return j + 1, "shot", true
				}
				return j + 1, "wounded", true
			case ",":
				if norm(toks, j+1) == "but" {
					continue // "sustained substantial, but non-life-threatening injuries"
				}
				return 0, "", false
			case ".", "and", "who", "that", "when":
				return 0, "", false
			}
		}
	case "struck", "hit", "grazed":
		// "was struck in his right shoulder", "was hit in the hand": a wound
		if e := inBodyPart(toks, k+1, last); e > 0 {
			return e, "shot", true
		}
		// "was also struck but suffered injuries that weren't life-threatening"
		if c := norm(toks, k+1); (c == "but" || c == "and") && (norm(toks, k+2) == "suffered" || norm(toks, k+2) == "sustained") {
			return k + 1, "shot", true
		}
		// "were struck by gunfire", "was hit by a stray bullet"; a graze is
		// a bullet's ("Two men were grazed in the shooting")
		if norm(toks, k+1) != "by" {
			if toks[k].Norm == "grazed" {
				return k + 1, "shot", true
			}
			return 0, "", false
		}
		for j := k + 2; j < last && j < k+5; j++ {
			switch toks[j].Norm {
			case "gunfire", "bullet", "bullets", "shots", "shotgun", "buckshot", "rounds", "fire", "gunshots", "gunshot":
				return j + 1, "shot", true
			case "a", "an", "the", "stray", "several", "multiple", "one", "two", "three", "errant":
				continue
			}
			break
		}
	case "remains", "remained":
		if w := norm(toks, k+1); w == "hospitalized" || w == "hospitalised" {
			return k + 2, "shot", true // "remains hospitalized in stable condition"
		}
	case "treated":
		// "were treated at a hospital and released", "was treated for a
		// gunshot wound": alive
		for j := k + 1; j < last && j < k+6; j++ {
			switch toks[j].Norm {
			case "hospital", "hospitals", "wound", "wounds", "injuries":
				return j + 1, "wounded", true
			case ".", ",", "and", "by":
				return 0, "", false
			}
		}
	case "taken", "transported", "rushed", "airlifted", "flown", "driven", "brought", "hospitalized", "hospitalised", "went":
		if strings.HasSuffix(norm(toks, k+1), "ly") && (norm(toks, k+2) == "to" || norm(toks, k+2) == "by") {
			k++ // "taken privately to a hospital"
		}
		end := k + 1
		if toks[k].Norm != "hospitalized" && toks[k].Norm != "hospitalised" {
			end = 0
			for j := k + 1; j < last && j < k+9; j++ {
				if n := toks[j].Norm; n == "hospital" || n == "hospitals" || (n == "medical" || n == "trauma") && (norm(toks, j+1) == "center" || norm(toks, j+1) == "centre") {
					end = j + 1
					break
				} else if toks[j].Text == "." || n == "jail" || n == "custody" || n == "police" || n == "station" {
					break
				}
			}
			if end == 0 || norm(toks, k+1) != "to" && norm(toks, k+1) != "by" {
				return 0, "", false
			}
		}
		// "rushed to hospital, where he died": the death is counted on its own
		for j := end; j < last; j++ {
			if n := toks[j].Norm; n == "died" || n == "dead" || n == "succumbed" {
				return 0, "", false
			}
		}
		return end, "shot", true
	}
	return 0, "", false
}

// survived reports, within the clause after a trip to hospital that ends at
// e, that those taken there live: "for treatment of non-life threatening
// injuries", "in stable condition", "are expected to survive".
func survived(toks []Token, e, last int) bool {
	for j := e; j < last && j < e+15; j++ {
		if n := toks[j].Norm; n == "non" && norm(toks, j+2) == "life" || n == "stable" ||
			n == "expected" && norm(toks, j+1) == "to" && (norm(toks, j+2) == "survive" || norm(toks, j+2) == "recover") {
			return true
		}
	}
	return false
}

// inCondition reads at k a hospital condition of the living: "(remain) in
// critical condition", "in serious but stable condition", "fighting for her
// life". It returns the end, or 0.
func inCondition(toks []Token, k, last int) int {
	switch norm(toks, k) {
	case "remain", "remains", "remained":
		k++
	}
	if norm(toks, k) == "listed" {
		k++ // "is listed in", "remains listed in"
	}
	switch norm(toks, k) {
	case "in":
		for j := k + 1; j < last && j < k+6; j++ {
			switch toks[j].Norm {
			case "critical", "serious", "grave", "stable", "fair", "guarded", "but", ",":
				continue
			case "condition", "conditions":
				if j > k+1 {
					return j + 1
				}
			}
			return 0
		}
	case "fighting":
		if norm(toks, k+1) == "for" && (norm(toks, k+3) == "life" || norm(toks, k+3) == "lives") {
			return k + 4
		}
	}
	return 0
}

// noOneHurt reads a negated subject at i and the casualty words its verb
// group says ("no one was killed or injured", "nobody was hurt", "none of
// them were injured") and returns the last such word, or i.
func noOneHurt(toks []Token, i, last int) int {
	k := i + 1
	switch {
	case toks[i].Norm == "no" && norm(toks, i+1) == "one":
		k = i + 2
	case toks[i].Norm == "nobody" || toks[i].Norm == "none":
	default:
		return i
	}
	end := i
	for ; k < last && k < i+12 && toks[k].Kind != Punct; k++ {
		if _, ok := casualtyWords[toks[k].Norm]; ok {
			end = k
		}
	}
	return end
}

// oneHurt reads, at token i, a predicate of one subject's wound that no
// count names: "after being (accidentally) shot", "Lenhart suffered a gunshot
// wound", "He sustained injuries", "with a gunshot wound", "bleeding from a
// self-inflicted gunshot wound". It returns the kind and the end.
func oneHurt(toks []Token, i, first, last int) (string, int, bool) {
	t := toks[i]
	switch t.Norm {
	case "being":
		switch norm(toks, i-1) {
		case "after", "since", "while", "from":
		default:
			return "", 0, false
		}
		k := i + 1
		for k < last && k < i+3 && strings.HasSuffix(toks[k].Norm, "ly") {
			k++ // "accidentally", "critically"
		}
		kind := ""
		switch toks[k].Norm {
		case "shot", "struck", "grazed":
			kind = "shot"
		case "wounded", "injured", "hurt", "stabbed":
			kind = "wounded"
		default:
			return "", 0, false
		}
		if fatalAdverb(norm(toks, k-1)) || hasWord(toks, first, i, "died", "dies", "dead") {
			kind = "killed" // "the victim who died Monday after being shot"
		}
		return kind, k + 1, true
	case "suffered", "sustained":
		// a name, a pronoun, or a name and its age: "McLaughlin, 38, suffered"
		p := i - 1
		if norm(toks, p) == "," && p-2 >= first && toks[p-1].Kind == Number && norm(toks, p-2) == "," {
			p -= 3
		}
		if p < first || !(toks[p].Kind == Word && toks[p].Cap && !functionWords[toks[p].Norm] || toks[p].Norm == "he" || toks[p].Norm == "she") {
			return "", 0, false
		}
		end, kind, ok := hurtAt(toks, i, last)
		return kind, end, ok
	case "with", "from":
		// "with a gunshot wound", "bleeding from a self-inflicted gunshot wound"
		if norm(toks, i+1) != "a" {
			return "", 0, false
		}
		for j := i + 2; j < last && j < i+6; j++ {
			if toks[j].Norm == "gunshot" && norm(toks, j+1) == "wound" {
				return "shot", j + 2, true
			}
		}
	}
	return "", 0, false
}

// personName reads a person's name at k: one to three capitalised words, no
// acronym, demonym, month, weekday or holiday ("killed Christmas Eve"),
// followed by punctuation or a function
// word ("Marcus Brown and", "Teryus,"), not by a noun ("Islamic State
// militants") or a possessive. It returns its end, or 0.
func personName(toks []Token, k, last int) int {
	word := func(t Token) bool {
		return t.Kind == Word && t.Cap && !t.Upper && t.Lex&lexDemonym == 0 && monthNames[t.Norm] == 0 && weekdayNames[t.Norm] == 0 &&
			t.Norm != "sunday" && !functionWords[t.Norm] && !holidayWords[t.Norm] && t.Norm != "new"
	}
	e := k
	for n := 0; e < last && n < 3; n++ {
		if word(toks[e]) {
			e++
		} else if e > k && !toks[e].Cap && arabicArticles[toks[e].Norm] && norm(toks, e+1) == "-" && e+2 < last && word(toks[e+2]) {
			e += 3 // "Mahmoud al-Baiyati"
		} else {
			break
		}
	}
	if e == k || e >= last {
		return 0
	}
	if t := toks[e]; t.Kind == Word && !functionWords[t.Norm] && !predicateOpeners[t.Norm] || t.Norm == "’s" || t.Norm == "'s" || t.Text == "-" {
		return 0
	}
	return e
}

// predicateOpeners may follow a name as the start of what became of it: "and
// Bryant Turner all suffered injuries", "Lee Tartt died".
var predicateOpeners = map[string]bool{"all": true, "both": true, "suffered": true, "sustained": true, "died": true}

// coordinatedPeople reads at i two or more people joined by "and" (and
// commas), each named ("Lee Tartt", "Agent Lee Tartt") or told with a
// determiner and a word for one person ("the male suspect", "a 25-year-old
// Milwaukee man", "his passenger"): "Lee Tartt and the male suspect". A
// surname the text gives a person elsewhere is a person alone ("Avis, Mary
// Lynette Spann and Figueroa"). A number among them is left to the counts of
// numbers. It returns how many and the token after the list, or 0.
func coordinatedPeople(toks []Token, i, last int, surnames map[string]bool) (int, int) {
	// "25-year-old", "six-month-old": an age, in digits or words
	age := func(k int) bool {
		if w := norm(toks, k+2); norm(toks, k+1) != "-" || w != "year" && w != "month" && w != "week" && w != "day" {
			return false
		}
		return toks[k].Kind == Number || toks[k].Lex&lexNumber != 0
	}
	one := func(j int) int {
		w := norm(toks, j)
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "another" || age(j) && j > i {
			for k := j + 1; k < last && k < j+7; k++ {
				t := toks[k]
				if singularPerson(t.Norm) {
					// the person's name in apposition: "his uncle Mahmoud Baiyati"
					if e := personName(toks, k+1, last); e > k+2 {
						return e
					}
					return k + 1
				}
				if age(k) {
					continue // "a six-month-old baby"
				}
				if t.Kind == Punct && t.Text != "-" || (t.Kind == Number || t.Lex&lexNumber != 0) && !age(k-2) && !age(k) || t.Norm == "and" || functionWords[t.Norm] || isAux(t.Norm) {
					return 0
				}
			}
			return 0
		}
		if toks[j].Upper && toks[j].Kind == Word && j+1 < last && toks[j+1].Cap {
			j++ // "MBN Agent Lee Tartt": an agency's letters before the name
		}
		if e := personName(toks, j, last); e > j+1 || e == j+1 && surnames[toks[j].Norm] {
			return e // a given name and a surname at least, or a known surname
		}
		return 0
	}
	n, e := 0, i
	for {
		e2 := one(e)
		if e2 == 0 {
			return 0, i
		}
		n, e = n+1, e2
		switch {
		case norm(toks, e) == "and" && e+1 < last:
			if e3 := one(e + 1); e3 > 0 {
				return n + 1, e3
			}
			return 0, i
		case norm(toks, e) == "," && norm(toks, e+1) == "and":
			if e3 := one(e + 2); e3 > 0 && n >= 2 {
				return n + 1, e3
			}
			return 0, i
		case norm(toks, e) == ",":
			e++
		default:
			return 0, i
		}
	}
}

// clauseOpener reports a token after which a clause's subject may start.
func clauseOpener(t Token) bool {
	switch t.Norm {
	case ",", ";", ":", "and", "but", "that", "when", "after", "as", "while", "before", "said", "says":
		return true
	}
	return false
}

// pluralPredicate reads at e what became of a plural subject: "were killed",
// "were both shot", "were fatally shot", "were shot and killed", "were found
// dead", "had been shot", "died". It returns the kind and the predicate's end.
func pluralPredicate(toks []Token, e, last int) (string, int, bool) {
	k := e
	if norm(toks, k) == "both" || norm(toks, k) == "all" {
		k++
	}
	if norm(toks, k) == "died" || norm(toks, k) == "later" && norm(toks, k+1) == "died" {
		return "killed", pastLater(toks, k) + 1, true
	}
	if end, kind, ok := hurtAt(toks, k, last); ok && !isAux(norm(toks, k)) {
		return kind, end, true // "suffered gunshot wounds"
	}
	if w := norm(toks, k); (w == "had" || w == "have") && norm(toks, k+1) == "been" {
		k++ // "she and three others had been shot": as "were"
	} else if w != "were" {
		return "", 0, false
	}
	fatal := false
	for k++; k < last && k < e+6; k++ {
		w := toks[k].Norm
		if fatalAdverb(w) {
			fatal = true
		} else if w != "both" && w != "all" && w != "also" && w != "critically" && w != "seriously" && w != "badly" && w != "later" && w != "found" {
			break
		}
	}
	w := norm(toks, k)
	if w == "dead" {
		return "killed", k + 1, true
	}
	kind, ok := casualtyWords[w]
	if !ok || !isVerbForm(w) || strings.HasSuffix(w, "ing") {
		return "", 0, false
	}
	end := k + 1
	if mk, me, ok := mannerThen(toks, k); ok {
		kind, end = mk, me
	} else if w == "shot" && norm(toks, k+1) == "dead" {
		kind, end = "killed", k+2
	} else if toDeath(toks, k) {
		kind, end = "killed", k+3
	}
	if fatal {
		kind = "killed"
	}
	return kind, end, true
}

// agedNames reads at i a list of people named with their ages: "Jacob
// Smith, 9, and Jared Smith, 8,", "Walter Lee Barfield, 23, of Cleveland,
// Brandon White, 31, of Warrensville Heights and William Gonzalez, 32, of
// Garfield Heights", "Avery Contreras, 23 months,". It returns how many it
// names and the token after the list.
func agedNames(toks []Token, i, last int) (int, int) {
	n, end := 0, i
	for k := i; ; {
		e := personName(toks, k, last)
		if e == 0 || toks[e].Text != "," {
			return n, end
		}
		if w := norm(toks, e+1); w == "age" || w == "aged" {
			e++
		}
		if e+1 >= last || toks[e+1].Kind != Number {
			return n, end
		}
		k = e + 2
		if w := norm(toks, k); w == "months" || w == "years" {
			k++
		}
		n++
		if norm(toks, k) == "," || norm(toks, k) == ";" { // "Powers, 30; Burnett, 21; and Coleman, 31"
			k++
		}
		if norm(toks, k) == "of" { // the home town: "of Garfield Heights"
			k++
			for k < last && toks[k].Cap && toks[k].Kind == Word {
				k++
			}
			if norm(toks, k) == "," {
				k++
			}
		}
		end = k
		if norm(toks, k) == "and" {
			k++
		}
	}
}

// listPredicate reads what became of the people of a list at k: "died",
// "were killed", "were all taken to area hospital", "were shot and killed".
// It returns the kind and the predicate's end.
func listPredicate(toks []Token, k, last int) (string, int, bool) {
	for k < last && (isAux(toks[k].Norm) || toks[k].Norm == "all" || toks[k].Norm == "both") {
		k++ // "were all taken", "31 all died"
	}
	if k >= last {
		return "", 0, false
	}
	if w := toks[k].Norm; w == "died" || w == "dies" {
		return "killed", k + 1, true
	}
	if kind, e, ok := mannerThen(toks, k); ok {
		return kind, e, true
	}
	if toDeath(toks, k) {
		return "killed", k + 3, true
	}
	w := toks[k].Norm
	if kind, ok := casualtyWords[w]; ok && isVerbForm(w) && !strings.HasSuffix(w, "ing") {
		if w == "shot" && norm(toks, k+1) == "dead" {
			return "killed", k + 2, true
		}
		if fatalAdverb(norm(toks, k-1)) {
			kind = "killed"
		}
		return kind, k + 1, true
	}
	if e, kind, ok := hurtAt(toks, k, last); ok {
		return kind, e, true
	}
	return "", 0, false
}

// isCasualtyVerb reports a casualty word in a verb's form ("injured",
// "dead" too), which after a number makes a count of its own.
func isCasualtyVerb(w string) bool {
	_, ok := casualtyWords[w]
	return ok && (isVerbForm(w) || w == "dead")
}

// isActiveVerb reports a casualty verb that takes its victim as object:
// "killed", "killing", "shot", "wounded" (not "dead", "deaths").
func isActiveVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "shot" || w == "slain" || w == "hurt"
}

// bodyParts are where a bullet strikes.
var bodyParts = map[string]bool{"head": true, "chest": true, "leg": true, "legs": true, "arm": true, "arms": true,
	"shoulder": true, "back": true, "neck": true, "hand": true, "foot": true, "abdomen": true, "stomach": true,
	"face": true, "hip": true, "thigh": true, "buttocks": true, "torso": true, "knee": true, "ankle": true,
	"wrist": true, "eye": true, "jaw": true, "groin": true, "side": true, "lower": false}

// inBodyPart reads "in the (right) shoulder", "in his lower back" at k,
// returning its end, or 0.
func inBodyPart(toks []Token, k, last int) int {
	if norm(toks, k) != "in" {
		return 0
	}
	switch norm(toks, k+1) {
	case "the", "his", "her", "their", "its":
	default:
		return 0
	}
	for j := k + 2; j < last && j < k+5; j++ {
		w := toks[j].Norm
		if bodyParts[w] {
			return j + 1
		}
		if w != "right" && w != "left" && w != "upper" && w != "lower" {
			return 0
		}
	}
	return 0
}

// plainWords reports tokens [a, b) that are words of a noun or
// prepositional phrase: no punctuation, no clause word.
func plainWords(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Kind != Word {
			return false
		}
		switch toks[k].Norm {
		case "who", "which", "that", "and", "or", "but", "after", "before", "when", "while", "as", "had", "has", "have", "was", "were",
			"he", "she", "they", "it", "p.m", "a.m", "pm", "am", "p.m.", "a.m.":
			return false
		}
	}
	return true
}

// causedBefore reports an incident's result verb just before a count of
// deaths: "resulting in 3 deaths", "caused at least 84 deaths" (not "1,000
// deaths last year").
func causedBefore(toks []Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-8; k-- {
		switch toks[k].Norm {
		case ".", ";":
			return false
		case "resulting", "resulted", "caused", "causing", "left", "leaving", "leading", "led", "killing", "claimed", "claiming":
			return true
		}
	}
	return false
}

// reportedAfter reads, after a count of deaths or injuries, the verb that
// reports them of an incident: "ten deaths and twenty-six injuries were
// reported", "3 deaths were confirmed" (not "1,000 deaths last year").
func reportedAfter(toks []Token, k, last int) bool {
	if norm(toks, k) == "and" {
		n, ok := parseNumber(toks, k+1)
		if !ok || !(norm(toks, n.End) == "deaths" || norm(toks, n.End) == "injuries") {
			return false
		}
		k = n.End + 1
	}
	if w := norm(toks, k); w == "were" || w == "have" && norm(toks, k+1) == "been" {
		if w == "have" {
			k++
		}
		switch norm(toks, k+1) {
		case "reported", "recorded", "confirmed", "registered":
			return k+1 < last
		}
	}
	return false
}

// diedAhead finds the predicate of a death in tokens [a, b), stopping at a
// clause end: "has died", "died", "is dead", "was pronounced dead". It
// returns its last token, or 0.
func diedAhead(toks []Token, a, b int) int {
	for k := a; k < b; k++ {
		switch toks[k].Norm {
		case "and":
			if k+1 < b && toks[k+1].Cap {
				continue // "the Billiards and Lounge"
			}
			return 0
		case ".", ";", "but", "while", "including":
			return 0 // "Three of the people shot were teenagers, including the one who died"
		case "died", "dies":
			return k
		case "dead":
			if p := norm(toks, k-1); p == "pronounced" || p == "is" || p == "was" {
				return k
			}
		}
	}
	return 0
}

// casualtyOf is casualtyWords for a token, looked up only when its lexical
// class says it is there.
func casualtyOf(t Token) (string, bool) {
	if t.Lex&lexCasualty == 0 {
		return "", false
	}
	k, ok := casualtyWords[t.Norm]
	return k, ok
}

// isDeathOf reports the nouns of "the death of N", "the injury of N", "the
// shooting of N".
func isDeathOf(w string) bool {
	switch w {
	case "death", "deaths", "injury", "injuries", "killing", "killings", "wounding", "shooting":
		return true
	}
	return false
}

// withGunshotWounds reads "with (apparent) gunshot wounds" at k, returning
// its end, or 0. After "left" ("left eight people with wounds"), any wounds
// or injuries are the incident's: bare says so.
func withGunshotWounds(toks []Token, k, last int, bare bool) int {
	if (norm(toks, k) == "were" || norm(toks, k) == "was") && norm(toks, k+1) == "found" {
		k += 2 // "Three people were found with gunshot wounds"
	}
	// "three others showed up at a local hospital with gunshot wounds",
	// "arrived at Grady Hospital with gunshot wounds"
	if w := norm(toks, k-1); (norm(toks, k) == "at" || norm(toks, k) == "into") && (w == "up" && norm(toks, k-2) == "showed" || w == "arrived" || w == "walked") {
		for j := k + 1; j < last && j < k+8; j++ {
			if toks[j].Norm == "with" {
				if facilities[norm(toks, j-1)] || toks[j-1].Cap {
					k = j
				}
				break
			}
		}
	}
	if norm(toks, k) != "with" {
		return 0
	}
	for j := k + 1; j < last && j < k+7; j++ { // "with non-life threatening gunshot wounds"
		if toks[j].Norm == "gunshot" && (norm(toks, j+1) == "wound" || norm(toks, j+1) == "wounds") {
			return j + 2
		}
		if bare && (toks[j].Norm == "wounds" || toks[j].Norm == "injuries") {
			return j + 1
		}
	}
	return 0
}

// pastAges skips an apposition giving the ages of the people just counted:
// ", ages 13 to 17,", ", aged 17 and 19,", ", both 28,".
func pastAges(toks []Token, k, last int) int {
	// "Four boys between ages 12 and 16 were wounded", "between the ages of
	// 15 and 19"
	if norm(toks, k) == "between" {
		j := k + 1
		if norm(toks, j) == "the" && norm(toks, j+1) == "ages" && norm(toks, j+2) == "of" {
			j += 2
		}
		if norm(toks, j) == "ages" {
			if a, ok := parseNumber(toks, j+1); ok && a.Start == j+1 && norm(toks, a.End) == "and" {
				if b, ok := parseNumber(toks, a.End+1); ok && b.Start == a.End+1 && b.End < last {
					return b.End
				}
			}
		}
		return k
	}
	if norm(toks, k) == "ranging" || norm(toks, k-1) == "ranging" {
		// "Three other people ranging from their mid-teens to early 20s were"
		from, to := norm(toks, k) == "from", 0
		for j := k + 1; j < last && j < k+12; j++ {
			switch toks[j].Norm {
			case "from":
				from = true
			case "to":
				if from && to == 0 {
					to = j
				}
			case ",", ".":
				return k
			}
			if to > 0 && j > to+1 && isAux(toks[j].Norm) {
				return j
			}
		}
		return k
	}
	if norm(toks, k) != "," {
		return k
	}
	j := k + 1
	switch norm(toks, j) {
	case "ages", "aged", "both", "all":
		j++
	case "a", "an":
		return pastAgedList(toks, k, last)
	default:
		return k
	}
	for j < last && j < k+10 && (toks[j].Kind == Number || toks[j].Norm == "to" || toks[j].Norm == "and" || toks[j].Norm == "," && isNumberAt(toks, j+1) || toks[j].Norm == "-") {
		j++
	}
	if j > k+2 && norm(toks, j) == "," {
		return j + 1
	}
	return k
}

// pastAgedList skips an appositive list of people by age after a count:
// "Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old
// man, were all transported". k is the comma that opens it; it returns the
// token after the comma that closes it, or k.
func pastAgedList(toks []Token, k, last int) int {
	aged := false
	for j := k + 1; j < last && j < k+30; j++ {
		t := toks[j]
		switch {
		case t.Norm == "," && j+1 < last && (isAux(toks[j+1].Norm) || toks[j+1].Norm == "all" || isCasualtyVerb(toks[j+1].Norm)):
			if aged {
				return j + 1 // "..., were all transported", "..., died at the scene"
			}
			return k
		case t.Norm == "old" && j >= 2 && norm(toks, j-1) == "-":
			aged = true
		case t.Kind == Number || t.Norm == "," || t.Norm == "-" || t.Norm == "and" || t.Norm == "a" || t.Norm == "an" || t.Norm == "year" || t.Norm == "years":
		case t.Kind == Word && (!t.Cap || norm(toks, j-1) == "old") && !isAux(t.Norm):
			// "man", "woman", "teenage boy", "25-year-old Milwaukee man"
		default:
			return k
		}
	}
	return k
}

// isNumberAt reports a number in digits or words at token k.
func isNumberAt(toks []Token, k int) bool {
	n, ok := parseNumber(toks, k)
	return ok && n.Start == k
}

// hasWord reports one of words among tokens [a, b).
func hasWord(toks []Token, a, b int, words ...string) bool {
	for k := a; k < b && k < len(toks); k++ {
		for _, w := range words {
			if toks[k].Norm == w {
				return true
			}
		}
	}
	return false
}

// toDeath reports a participle killing by its manner: "stoned to death",
// "beaten to death", "burnt to death".
func toDeath(toks []Token, k int) bool {
	if norm(toks, k+1) != "to" || norm(toks, k+2) != "death" || k >= len(toks) || toks[k].Kind != Word {
		return false
	}
	switch w := toks[k].Norm; w {
	case "sentenced", "condemned", "doomed", "scared", "bored", "frightened", "worried", "tickled":
		return false // a sentence or a figure of speech, not a killing
	case "beaten", "burnt", "shot", "stabbed", "struck":
		return true
	default:
		return strings.HasSuffix(w, "ed")
	}
}

// whoHurt reads a relative clause at k that says what became of the people
// just counted: "who died", "who had been wounded", "who was shot and
// killed" (not "who shot his wife": an agent). It returns the kind and the
// clause's end.
func whoHurt(toks []Token, k, last int) (string, int, bool) {
	if norm(toks, k) != "who" {
		return "", 0, false
	}
	if e := pastLater(toks, k+1); norm(toks, e) == "died" || norm(toks, e) == "dies" {
		return "killed", e + 1, true // "who died", "who later died"
	}
	j := k + 1
	aux := j
	for j < last && j < aux+3 {
		switch norm(toks, j) {
		case "was", "were", "had", "has", "have", "been", "is", "are", "later", "fatally", "critically", "seriously":
			j++
			continue
		}
		break
	}
	if j == aux {
		return "", 0, false
	}
	if kind, end, ok := mannerThen(toks, j); ok {
		return kind, end, true
	}
	w := norm(toks, j)
	kind, ok := casualtyWords[w]
	if !ok || kind == "arrested" || !isVerbForm(w) || strings.HasSuffix(w, "ing") {
		return "", 0, false
	}
	if w == "shot" && (norm(toks, j+1) == "dead" || fatalAdverb(norm(toks, j-1))) {
		kind = "killed"
	} else if toDeath(toks, j) {
		return "killed", j + 3, true // "who were shot to death", "who was beaten to death"
	} else if e := diedLater(toks, j, last); w == "shot" && e > 0 {
		return "killed", e, true // "who was shot at her home and later died"
	}
	return kind, j + 1, true
}

// onePersonAt reports one person named at i: "a 15-year-old basketball
// star", "the victim", "his son", "Gavin Stiles" (not "the movement").
func onePersonAt(toks []Token, i, last int) bool {
	if i >= last {
		return false
	}
	if toks[i].Cap && toks[i].Kind == Word && !functionWords[toks[i].Norm] {
		return true
	}
	switch toks[i].Norm {
	case "a", "an", "the", "his", "her":
		i++
	default:
		return false
	}
	for i < last && (toks[i].Norm == "young" || toks[i].Norm == "local" || toks[i].Norm == "little") {
		i++
	}
	return singularPerson(norm(toks, i)) || i < last && isAgeAt(toks, i)
}

// mannerThen reads a participle of how someone was hurt, which says nothing
// of survival, joined to one that does: "struck and killed", "stabbed and
// wounded", "shot, killed". It returns the kind and the end of the pair.
func mannerThen(toks []Token, k int) (string, int, bool) {
	switch norm(toks, k) {
	case "shot", "struck", "hit", "stabbed", "beaten", "attacked", "assaulted":
	default:
		return "", 0, false
	}
	j := norm(toks, k+1)
	if j != "and" && j != "," {
		return "", 0, false
	}
	e := pastLater(toks, k+2) // "was shot and later died"
	w := norm(toks, e)
	if w == "died" && j == "and" {
		return "killed", e + 1, true // "he was shot and died on the street"
	}
	if kind, ok := casualtyWords[w]; ok && (kind == "killed" || kind == "wounded") && isVerbForm(w) && !strings.HasSuffix(w, "ing") && w != "dies" && w != "died" {
		return kind, e + 1, true
	}
	return "", 0, false
}

// diedLater finds, after "was shot" at k, the same subject's death further in
// the clause: "who was shot at her home and later died from her injuries".
// It stops at a clause end or a new subject; it returns the death's end.
func diedLater(toks []Token, k, last int) int {
	for j := k + 1; j < last && j < k+14; j++ {
		switch toks[j].Norm {
		case ",":
			if norm(toks, j+1) != "and" {
				return 0 // "was shot Saturday, and died Sunday" reads on
			}
		case ".", ";", "but", "while", "when", "after", "before", "who", "as":
			return 0
		case "and":
			if e := pastLater(toks, j+1); norm(toks, e) == "died" {
				return e + 1
			}
			return 0
		}
	}
	return 0
}

// fatalAdverb reports the adverbs that make a wound a death: "fatally
// shot", "mortally wounded".
func fatalAdverb(w string) bool { return w == "fatally" || w == "mortally" }

// pastLater skips an adverb of later time at e: "and later died".
func pastLater(toks []Token, e int) int {
	if w := norm(toks, e); w == "later" || w == "subsequently" || w == "eventually" {
		return e + 1
	}
	return e
}

// familyNouns are kin, whom only a person has: "His son was hurt", and
// "McKinney's daughter" makes McKinney a person, not a town.
var familyNouns = map[string]bool{"son": true, "daughter": true, "brother": true, "sister": true, "father": true,
	"mother": true, "wife": true, "husband": true, "cousin": true, "nephew": true, "niece": true, "uncle": true,
	"aunt": true, "grandson": true, "granddaughter": true, "stepson": true, "stepdaughter": true, "girlfriend": true,
	"boyfriend": true, "grandmother": true, "grandfather": true, "fiancee": true, "fiance": true, "stepfather": true, "stepmother": true}

// kinWords are singular people nouns after his/her: the family and those
// close to one ("His son was hurt", "killed his bodyguard").
var kinWords = func() map[string]bool {
	m := maps.Clone(familyNouns)
	for _, w := range []string{"bodyguard", "driver", "companion", "guard", "child", "friend", "neighbor", "neighbour", "roommate", "classmate"} {
		m[w] = true
	}
	return m
}()

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
	"inch": true, "inches": true, "foot": true, "feet": true, "yards": true,
	"dog": true, "dogs": true, "cat": true, "cats": true, "horse": true, "horses": true, "animals": true,
	"cows": true, "cattle": true, "sheep": true, "goats": true, "livestock": true,
}

// aggregateCues in a sentence mark its numbers as statistics, not one incident.
var aggregateCues = newPhraseSet("since 20", "so far this year", "since the start", "since the beginning",
	"this year alone", "over the past", "during the past", "in the past", "per month", "per week", "month alone", "year alone", "week alone",
	"each month", "cases of", "the number of", "toll of the war", "toll of the conflict", "since january",
	"since 19", "over the last", "during the last", "in the last", "last year alone", "tally", "statistics",
	"cases of kidnap", "cases of murder", "number of such", "such incidents", "such attacks",
	"already in 20", "already this year", "so far in 20", "across the city", "throughout the city", "separate shootings",
	"each year", "every year", "per year", "annually", "a year of", "in gun violence", "in recent weeks", "in recent months")

// countMention is one casualty figure.
type countMention struct {
	start, end int // token indices of the evidence
	kind       string
	value      int
	hasValue   bool
	qualifier  string
	rule       string
	update     bool // "the death toll rose to 12": replaces, not adds
	adds       bool // "Two drivers were also killed", "an additional two": adds to what an earlier sentence counted
	np         int  // the token after the number counted, where its noun phrase starts ("34 |Islamic State militants"); 0 without a number
	aggregate  bool
	claimed    bool // told in a claim of responsibility: "ISIS claimed the attack and said 180 were killed"
	sent       int  // sentence index
}

var vagueWords = map[string]bool{"several": true, "dozens": true, "scores": true, "hundreds": true,
	"thousands": true, "many": true, "numerous": true, "some": true, "few": true}

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

// victimAfter reads one more victim of a list at the connector e: "and
// seven civilians", ", ten other personnel", "as well as 7 of his family",
// or, after "and" or "as well as", one person with a determiner: "and a
// local council chief", "and another person", "and their interpreter". A
// number that tells part of those counted ("six people, one fatally") is
// none. It returns the member's count and its end.
func victimAfter(toks []Token, e, last int) (number, int, bool) {
	k := -1
	switch {
	case norm(toks, e) == "and":
		k = e + 1
	case norm(toks, e) == "," && norm(toks, e+1) == "and":
		k = e + 2
	case norm(toks, e) == ",":
		k = e + 1
	case norm(toks, e) == "as" && norm(toks, e+1) == "well" && norm(toks, e+2) == "as", norm(toks, e) == "along" && norm(toks, e+1) == "with":
		k = e + 2
		if toks[e].Norm == "as" {
			k = e + 3
		}
	}
	if k < 0 || k >= last {
		return number{}, 0, false
	}
	if m, ok := parseNumber(toks, k); ok && m.Start == k {
		if isYearNumber(toks, m) || subsetAfter(toks, m.End) || isAge(toks, m) {
			return number{}, 0, false // "and her mother, 21-year-old Emiko Diaz": her age
		}
		e2, people := victimNP(toks, m.End)
		if !people && e2 > m.End || e2 == m.End && toks[e].Norm == "," {
			return number{}, 0, false // "killed his father, Samir Zawahri, 55": an age
		}
		return m, max(e2, m.End), true
	}
	if kinWords[toks[k].Norm] && toks[e].Norm == "and" && personWord(toks, e-1) && (k+1 >= len(toks) || toks[k+1].Kind != Word || !singularPerson(toks[k+1].Norm)) {
		return number{Start: k, End: k + 1, Value: 1, Word: true}, k + 1, true // "a father and son"
	}
	switch toks[k].Norm {
	case "a", "an", "another", "his", "her", "their":
	default:
		return number{}, 0, false
	}
	// "and her two children", "and their three sons": a figure of kin
	if w := toks[k].Norm; (w == "his" || w == "her" || w == "their") && toks[e].Norm == "and" {
		if m, ok := parseNumber(toks, k+1); ok && m.Start == k+1 && !isAge(toks, m) && (kinWords[strings.TrimSuffix(norm(toks, m.End), "s")] || norm(toks, m.End) == "children") {
			return m, m.End + 1, true
		}
	}
	if norm(toks, e) == "," && norm(toks, e+1) != "and" {
		return number{}, 0, false // "killed two soldiers, a police officer said"
	}
	e2, people := victimNP(toks, k+1)
	limit := k + 6
	if hasWord(toks, k+1, e2, "old") {
		limit += 4 // "and a 20-year-old woman"
	}
	if !people || e2 == k+1 || e2 >= limit {
		return number{}, 0, false
	}
	// the phrase ends at its person ("and a juvenile Saturday night"), or at
	// an age that is one ("and another 6-year-old")
	for e2 > k+1 && !personWord(toks, e2-1) {
		e2--
	}
	if e2 == k+1 {
		return number{}, 0, false
	}
	return number{Start: k, End: k + 1, Value: 1, Word: true}, e2, true
}

// deadAfterObject reports "dead" or "to death" after the object of an
// active "shot" that starts at k: "shot his 1-year-old daughter dead", "shot
// a man and his son to death". The object ends at a preposition, a clause or
// a stop.
func deadAfterObject(toks []Token, k, last int) bool {
	for j := k; j < last && j < k+10; j++ {
		switch t := toks[j]; {
		case t.Norm == "dead":
			return j > k
		case t.Norm == "to":
			return j > k && norm(toks, j+1) == "death"
		case t.Kind == Punct && t.Text != "-" && t.Text != "'s":
			return false
		}
		switch toks[j].Norm {
		case "in", "on", "at", "with", "before", "after", "when", "while", "as", "during", "near", "outside", "inside", "then",
			"but", "who", "that", "which", "because", "for", "from", "by", "over", "through", "into":
			return false
		}
	}
	return false
}

// alongWith reads the victims a count adds after its verb at e: "was killed
// along with a PMF commander and four militia fighters".
func alongWith(toks []Token, e, last int) ([]number, int) {
	var out []number
	if norm(toks, e) != "along" {
		return nil, e
	}
	for {
		m, e2, ok := victimAfter(toks, e, last)
		if !ok {
			return out, e
		}
		out, e = append(out, m), e2
	}
}

// numberOrArticle reads a number, or "a"/"an"/"one" before a singular noun
// ("A federal police officer died" counts one).
func numberOrArticle(toks []Token, i int) (number, bool) {
	if n, ok := parseNumber(toks, i); ok {
		return n, true
	}
	if i < len(toks) && (toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "his" || toks[i].Norm == "her" || toks[i].Norm == "their" ||
		toks[i].Norm == "another" && (i+1 == len(toks) || toks[i+1].Kind == Punct || toks[i+1].Kind == Word && toks[i+1].Lex&lexNumber == 0)) {
		// "killing one policeman and injuring another." counts one; "another 54" is read as 54 by the caller
		return number{Start: i, End: i + 1, Value: 1, Word: true}, true
	}
	return number{}, false
}

// victimNP reads a short noun phrase after a number: up to five words with no
// verb-like word, returning its end and whether it names people.
func victimNP(toks []Token, i int) (int, bool) {
	j, limit := i, i+6
	for j < len(toks) && j < limit {
		t := toks[j]
		if t.Kind == Punct {
			if t.Text == "-" && !t.Space {
				j++
				continue
			}
			// a word quoted as the writer's or another's: "two ‘adulterers’"
			// (an opening mark before a word, a closing one after it)
			if quoteMarks[t.Text] && (j == i && j+1 < len(toks) && toks[j+1].Kind == Word || j > i && (toks[j-1].Kind == Word || quoteMarks[toks[j-1].Text])) {
				j++
				continue
			}
			break
		}
		if _, ok := casualtyWords[t.Norm]; ok {
			// "two of the kidnapped officers", "one of the wounded soldiers":
			// a participle between the article and its noun describes them
			if p := norm(toks, j-1); !((p == "the" || p == "his" || p == "her" || p == "their") && j+1 < len(toks) && toks[j+1].Kind == Word &&
				!functionWords[toks[j+1].Norm] && !isAux(toks[j+1].Norm) && !isCasualtyVerb(toks[j+1].Norm) && toks[j+1].Norm != "died") {
				break
			}
		}
		if n, ok := parseNumber(toks, j); ok && n.Start == j && isAge(toks, n) && j > 0 && (toks[j-1].Norm == "a" || toks[j-1].Norm == "an" || toks[j-1].Norm == "the") {
			// "an 80yo man", "a 43 y/o man": the age of the one counted
			switch {
			case norm(toks, n.End) == "yo":
				j = n.End + 1
				continue
			case norm(toks, n.End) == "y":
				j = n.End + 3
				continue
			}
		}
		if (t.Kind == Number || t.Lex&lexNumber != 0) && !(norm(toks, j+1) == "-" && (norm(toks, j+2) == "year" || norm(toks, j+2) == "years")) &&
			!((norm(toks, j+1) == "year" || norm(toks, j+1) == "years") && norm(toks, j+2) == "old") { // "a one year old girl"
			return j, false // "A suicide bomber left 12 people dead": another count starts ("a 2-year-old" does not)
		}
		if (t.Norm == "a" || t.Norm == "an") && j == i {
			return j, false // "Image 8 of 14 A teen died": a new phrase, not the number's
		}
		if t.Norm == "of" && j == i && (norm(toks, j+1) == "them" || norm(toks, j+1) == "those" || norm(toks, j+1) == "whom") {
			j += 2 // "one of them died"
			continue
		}
		if t.Norm == "of" && j == i && (norm(toks, j+1) == "his" || norm(toks, j+1) == "her" || norm(toks, j+1) == "their" || norm(toks, j+1) == "the") {
			j += 2 // "eight of his bodyguards"
			continue
		}
		// "an IS judge": the group, not the verb (in a line of capitals, the verb)
		if t.Text == "IS" && j+1 < len(toks) && toks[j+1].Kind == Word && !toks[j+1].Upper {
			j++
			continue
		}
		switch t.Norm {
		case "were", "was", "are", "is", "have", "has", "had", "been", "being", "and", "in", "on", "at", "by", "when", "after", "as", "during", "while", "who", "from", "near", "including", "of", "with", "to", "for", "the",
			"before", "because", "but", "until", "then", "outside", "inside", "into", "across", "behind", "through", "between",
			"suffered", "suffers", "suffering", "sustained", "remains", "remained", "grazed", "hospitalized", "hospitalised",
			"last", "this", "yesterday", "today", "tonight", "overnight", "earlier", // "his uncle last month"
			"around", "about", "shortly", "early", "late", // "three others around 1 a.m."
			"where", "which", "whom", "whose": // "an area hospital where he was treated"
			return j, j > i
		}
		if (t.Norm == "year" || t.Norm == "years") && (norm(toks, j+1) == "-" && norm(toks, j+2) == "old" || norm(toks, j+1) == "old") || t.Norm == "old" && j > i {
			if t.Norm != "old" {
				limit = max(limit, j+6) // "a 22-year-old Woodville man": the age is one word
			}
			j++ // "a 7-year-old", "a 23-year-old man"
			continue
		}
		if notCasualtyNouns[t.Norm] {
			return j + 1, false // "50,000 dinars", "two dogs": a thing, not people
		}
		if (machines[t.Norm] || facilities[t.Norm]) && (j+1 >= len(toks) || toks[j+1].Kind == Punct || functionWords[toks[j+1].Norm] || isAux(toks[j+1].Norm) || isCasualtyVerb(toks[j+1].Norm)) {
			return j + 1, false // "A Russian drone was shot down", "at a local hospital with gunshot wounds"; not "a tank driver", "a hospital worker"
		}
		j++
	}
	return j, true
}

// takingVerb reads at i a verb that takes people without a casualty word
// of its own: "took three people hostage", "are holding 12 villagers
// hostage", "took hostage two engineers" (kidnapped); "rounded up 15
// suspects", "seized two engineers" (arrested: an armed group's arrests are
// kidnappings, see captive). It returns the kind and where its object
// starts. "Seized" takes people only ("seized two suicide vests" is none).
func takingVerb(toks []Token, i int) (string, int, bool) {
	switch toks[i].Norm {
	case "took", "take", "takes", "taking", "held", "hold", "holds", "holding":
		if norm(toks, i+1) == "hostage" || norm(toks, i+1) == "hostages" {
			return "kidnapped", i + 2, true
		}
		if n, ok := numberOrArticle(toks, i+1); ok && n.Start == i+1 {
			if e, _ := victimNP(toks, n.End); norm(toks, e) == "hostage" || norm(toks, e) == "hostages" {
				return "kidnapped", i + 1, true
			}
		}
	case "rounded":
		if norm(toks, i+1) == "up" {
			return "arrested", i + 2, true
		}
	case "seized", "seizing", "seize", "seizes":
		if n, ok := numberOrArticle(toks, i+1); ok && n.Start == i+1 {
			if e, _ := victimNP(toks, n.End); e > n.End && personNoun(toks[e-1].Norm) {
				return "arrested", i + 1, true
			}
		}
	}
	return "", 0, false
}

// takenPredicate reads at k the passive of a verb that takes people: "were
// taken hostage", "are being held hostage", "were rounded up", "were
// seized" (of people: the noun phrase from np to npEnd names them). It
// returns the kind and the predicate's end.
func takenPredicate(toks []Token, k, np, npEnd int) (string, int, bool) {
	if k == 0 || !isAux(norm(toks, k-1)) {
		return "", 0, false
	}
	switch norm(toks, k) {
	case "taken", "held":
		if norm(toks, k+1) == "hostage" || norm(toks, k+1) == "captive" {
			return "kidnapped", k + 2, true
		}
	case "rounded":
		if norm(toks, k+1) == "up" {
			return "arrested", k + 2, true
		}
	case "seized":
		if npEnd > np && personNoun(toks[npEnd-1].Norm) {
			return "arrested", k + 1, true
		}
	}
	return "", 0, false
}

// personNoun reports a noun for one person or several: "engineer",
// "engineers", "people", "men".
func personNoun(w string) bool {
	switch w {
	case "people", "persons", "men", "women", "children", "policemen", "gunmen", "fighters", "members", "militants",
		"villagers", "pilgrims", "workers", "staff", "crew":
		return true
	}
	return singularPerson(w) || strings.HasSuffix(w, "s") && singularPerson(strings.TrimSuffix(w, "s"))
}

// killingCrimes are the charges that say someone died.
var killingCrimes = map[string]bool{"murder": true, "murders": true, "homicide": true, "homicides": true, "manslaughter": true}

// chargeModifiers may stand between a charge's count and its crime:
// "three counts of first-degree murder", "one charge of negligent homicide".
var chargeModifiers = map[string]bool{"first": true, "second": true, "third": true, "-": true, "degree": true,
	"aggravated": true, "negligent": true, "criminal": true, "capital": true, "reckless": true, "felony": true,
	"involuntary": true, "voluntary": true, "vehicular": true, "deliberate": true, "premeditated": true, "intentional": true}

// chargeVerbs bring a charge: "charged with murder", "wanted for murder".
var chargeVerbs = map[string]bool{"charged": true, "charging": true, "charges": true, "arrested": true, "wanted": true,
	"booked": true, "indicted": true, "convicted": true, "jailed": true, "held": true, "faces": true, "face": true, "facing": true}

// murderCharges reads at i a charge of a killing crime: "each face two
// counts of murder", "three first-degree murder counts" (so many dead),
// "charged with negligent homicide", "is wanted for second-degree murder"
// (one at least). An attempt is no death: "attempted" is no modifier, so
// "two counts of attempted murder" and "conspiracy to commit murder" read
// as nothing; nor is the crime named as a unit or a rate ("homicide
// detectives", "the murder rate"). It returns how many died, the charge's
// span and the qualifier.
func murderCharges(toks []Token, i, first, last int) (int, int, int, string) {
	if !killingCrimes[toks[i].Norm] {
		return 0, 0, 0, ""
	}
	b := i
	for b > first && chargeModifiers[toks[b-1].Norm] {
		b--
	}
	// "two counts of murder", "one charge of negligent homicide"
	if w := norm(toks, b-1); w == "of" && b-2 >= first {
		if c := norm(toks, b-2); c == "counts" || c == "count" || c == "charges" || c == "charge" {
			if n, ok := numberOrArticle(toks, b-3); ok && n.End == b-2 && b-3 >= first {
				return n.Value, n.Start, i + 1, "exact"
			}
		}
	}
	// "three first-degree murder counts", "two murder charges"
	if c := norm(toks, i+1); (c == "counts" || c == "charges") && i+1 < last {
		if n, ok := parseNumber(toks, b-1); ok && n.End == b && n.Start >= first {
			return n.Value, n.Start, i + 2, "exact"
		}
	}
	// "charged with murder", "wanted for second-degree murder", "faces murder charges"
	v := b - 1
	if w := norm(toks, v); (w == "with" || w == "for" || w == "on" || w == "of") && v > first {
		v--
	}
	// (without a preposition only "faces murder charges")
	if v >= first && chargeVerbs[toks[v].Norm] && (v < b-1 || toks[v].Norm == "faces" || toks[v].Norm == "face" || toks[v].Norm == "facing") {
		return 1, v, i + 1, "at_least"
	}
	return 0, 0, 0, ""
}

// aliveVerbs kill the people they take as objects "alive": "buried 45 men
// alive", "burns fifteen civilians alive".
var aliveVerbs = map[string]bool{"buried": true, "buries": true, "bury": true, "burying": true,
	"burned": true, "burnt": true, "burns": true, "burn": true, "burning": true}

// quoteMarks open or close a quoted word.
var quoteMarks = map[string]bool{"'": true, "\"": true, "‘": true, "’": true, "“": true, "”": true}

// machines are what a number may count that is no one, when the noun
// phrase ends with one: "a helicopter was shot down", "two tanks were hit".
// projectiles are what a gun shoots, no one it hits: "a bullet that was
// shot through an apartment".
var projectiles = map[string]bool{"bullet": true, "bullets": true, "round": true, "rounds": true, "shot": true, "shots": true,
	"arrow": true, "arrows": true, "shell": true, "shells": true, "gun": true, "weapon": true, "firearm": true}

// facilities are where people are taken or found, no one counted: "three
// others showed up at a local hospital with gunshot wounds".
var facilities = map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "home": true, "house": true,
	"residence": true, "apartment": true, "store": true, "bar": true, "nightclub": true, "restaurant": true, "school": true, "church": true,
	"center": true, "centre": true}

var machines = map[string]bool{
	"drone": true, "drones": true, "helicopter": true, "helicopters": true, "plane": true, "planes": true, "jet": true,
	"aircraft": true, "warplane": true, "airplane": true, "tank": true, "tanks": true, "vehicle": true, "car": true,
	"truck": true, "trucks": true, "boat": true, "boats": true, "ship": true, "ships": true,
}

// shotVictims reads "gunshot victims" or "shooting victims" within three
// words after a number at i ("Two other gunshot victims"), returning the
// phrase's end or 0.
func shotVictims(toks []Token, i int) int {
	for j := i; j < len(toks)-1 && j < i+3; j++ {
		if w := toks[j].Norm; w == "gunshot" || w == "shooting" {
			if v := toks[j+1].Norm; v == "victims" || v == "victim" {
				return j + 2
			}
			return 0
		}
		if toks[j].Kind != Word {
			return 0
		}
	}
	return 0
}

// findCounts finds casualty figures sentence by sentence (the counts stage):
//
//	N [people] (were|have been ...) KILLED   "Six militiamen were killed"
//	KILLED [at least] N [people]            "killing nine people and wounding 23"
//	the death toll rose to N                 an update: replaces, not adds
//	the bodies of N [people]                 killed
//	KILLED the/his SINGULAR                  "shot dead the mukhtar" (1)
//	N X and M Y were killed                  coordination: both counted
//	vague amounts                            "dozens were killed" (no total)
//
// Numbers that are money, ages, years, distances, objects or statistics
// ("83 cases of kidnap", "since the start of the year ...") are not counts.
func findCounts(d *Document) []countMention {
	toks := d.Tokens
	var out []countMention
	for si, s := range d.Sentences {
		agg := d.aggregate(si)
		from := len(out)
		var ranks []countMention
		add := func(c countMention) {
			c.aggregate = agg
			c.sent = si
			// "also", "additional", "Another seven SDF fighters were killed": more victims
			c.adds = hasWord(toks, c.start, c.end, "also", "additional", "further") || hasWord(toks, max(c.start-1, s.First), c.start+1, "another") ||
				// "A fourth victim was taken to a hospital": one more than those told
				c.kind == "shot" && c.rule == "count.n-hurt" && (toks[c.start].Norm == "a" || toks[c.start].Norm == "an") && ordinals[norm(toks, c.start+1)] > 0
			if repeated(d, out, c, s.Last) || otherIncident(toks, c, s.First) {
				return
			}
			out = append(out, c)
		}
		for i := s.First; i < s.Last; i++ {
			t := toks[i]
			// "no one was killed or injured", "nobody was hurt": no count, and
			// no "one was killed" either
			if k := noOneHurt(toks, i, s.Last); k > i {
				i = k
				continue
			}
			// "faces two counts of murder", "charged with negligent homicide":
			// the charges tell how many died, at least
			if n, cs, ce, q := murderCharges(toks, i, s.First, s.Last); n > 0 {
				ranks = append(ranks, countMention{start: cs, end: ce, kind: "charged", value: n, hasValue: true, qualifier: q, rule: "count.murder-charges"})
			}
			// "A fourth victim drove herself to a hospital", "The fifth person
			// is in satisfactory condition": so many victims at least, added
			// after the sentence's other counts have read the same words
			if n, e, rule := ordinalVictim(toks, i, s.First, s.Last); n > 0 {
				ranks = append(ranks, countMention{start: i, end: e, kind: "victims", value: n, hasValue: true, qualifier: "at_least", rule: rule})
			}
			// the death toll rose to N
			if t.Norm == "toll" {
				// "the death toll of Turkish soldiers in Syria's al-Bab has increased to 16"
				for k := i + 1; k < s.Last && k < i+16 && toks[k].Text != ";" && toks[k].Text != ","; k++ {
					if w := toks[k].Norm; w == "to" || w == "at" || w == "reached" || w == "of" || w == "stood" || w == "is" {
						if n, ok := parseNumber(toks, k+1); ok && !notACount(toks, n) {
							kind := "killed"
							if norm(toks, i-1) == "injury" {
								kind = "wounded"
							}
							add(countMention{start: max(i-1, s.First), end: n.End, kind: kind, value: n.Value, np: n.End, hasValue: true, qualifier: "exact", rule: "count.toll", update: true})
							i = n.End - 1
							break
						}
					}
				}
				continue
			}
			// "one of the victims, a man, has been pronounced dead", "one of five
			// people shot outside the bar has died": one of those counted died
			// "Two of the wounded later died": so with any figure of those told
			if n, ok := parseNumber(toks, i); ok && n.Start == i && n.Value < 100 && norm(toks, n.End) == "of" && !notACount(toks, n) &&
				(i == s.First || toks[i-1].Kind == Punct || toks[i-1].Norm == "that" || toks[i-1].Norm == "said" || toks[i-1].Norm == "say" || toks[i-1].Norm == "says") {
				if k := diedAhead(toks, n.End+1, min(s.Last, n.End+17)); k > 0 {
					add(countMention{start: i, end: k + 1, kind: "killed", value: n.Value, np: n.End, hasValue: true, qualifier: "exact", rule: "count.one-of-died"})
					if !isNumberAt(toks, n.End+1) {
						i = k // the count it is one of, if it says it, is read on ("five people shot")
					}
					continue
				}
			}
			// "The driver was killed, as were three police officers": the kind of
			// the count just read
			if t.Norm == "as" && (norm(toks, i+1) == "were" || norm(toks, i+1) == "was") && len(out) > 0 && out[len(out)-1].sent == si && out[len(out)-1].end <= i {
				if n, ok := numberOrArticle(toks, i+2); ok && n.Start == i+2 && !notACount(toks, n) {
					if npEnd, people := victimNP(toks, n.End); people {
						prev := out[len(out)-1]
						add(countMention{start: i, end: npEnd, kind: prev.kind, value: n.Value, np: n.End, hasValue: true, qualifier: "exact", rule: "count.as-were"})
						i = npEnd - 1
						continue
					}
				}
			}
			// the bodies of N people
			if (t.Norm == "bodies" || t.Norm == "corpses") && norm(toks, i+1) == "of" {
				if n, ok := parseNumber(toks, i+2); ok && !notACount(toks, n) {
					npEnd, people := victimNP(toks, n.End)
					if people || npEnd == n.End {
						add(countMention{start: i, end: max(npEnd, n.End), kind: "killed", value: n.Value, np: n.End, hasValue: true, qualifier: "exact", rule: "count.bodies"})
						i = npEnd - 1
						continue
					}
				}
			}
			// "An injured woman was found outside", "a wounded man": one hurt
			if (t.Norm == "a" || t.Norm == "an") && (norm(toks, i+1) == "injured" || norm(toks, i+1) == "wounded") && i+2 < s.Last && singularPerson(toks[i+2].Norm) {
				add(countMention{start: i, end: i + 3, kind: "wounded", value: 1, hasValue: true, qualifier: "exact", rule: "count.hurt-person"})
				i += 2
				continue
			}
			// "MBN Agent Lee Tartt and the male suspect were killed": people
			// named or told one by one, then the predicate of all of them
			if i == s.First || clauseOpener(toks[i-1]) {
				if n, e := coordinatedPeople(toks, i, s.Last, d.surnames); n >= 2 {
					// their one age between: "Elijah Jackson and Shakur Franklin,
					// both 16, were killed"
					if w := norm(toks, e+1); norm(toks, e) == "," && (w == "both" || w == "all") && isNumberAt(toks, e+2) && norm(toks, e+3) == "," {
						e += 4
					}
					// the people in apposition: "Her parents, Jessica Stanford
					// and Julian Bice, were taken to the hospital"
					if norm(toks, e) == "," && isAux(norm(toks, e+1)) && i > s.First && toks[i-1].Text == "," {
						e++
					}
					kind, end, ok := pluralPredicate(toks, e, s.Last)
					if !ok {
						kind, end, ok = listPredicate(toks, e, s.Last) // "were taken to the hospital with gunshot wounds"
					}
					if ok {
						add(countMention{start: i, end: end, kind: kind, value: n, hasValue: true, qualifier: "exact", rule: "count.coordinated"})
						i = end - 1
						continue
					}
				}
			}
			// "after he and three others were shot": the one the sentence
			// told of and the others
			if (t.Norm == "he" || t.Norm == "she") && norm(toks, i+1) == "and" {
				if m, ok := parseNumber(toks, i+2); ok && m.Start == i+2 && !notACount(toks, m) {
					if e2, people := victimNP(toks, m.End); people {
						if kind, end, ok := pluralPredicate(toks, e2, s.Last); ok {
							add(countMention{start: i, end: end, kind: kind, value: m.Value + 1, np: m.End, hasValue: true, qualifier: "exact", rule: "count.pronoun-and-n"})
							i = end - 1
							continue
						}
					}
				}
			}
			// N [people] [and M people] (were ...) KILLED
			if n, ok := numberOrArticle(toks, i); ok && n.Start == i {
				if notACount(toks, n) || monthNames[norm(toks, n.End)] > 0 || i > 0 && monthNames[toks[i-1].Norm] > 0 {
					i = n.End - 1
					continue
				}
				nums := []number{n}
				npEnd, people := victimNP(toks, n.End)
				for people && norm(toks, npEnd) == "and" {
					m, ok := parseNumber(toks, npEnd+1)
					if a := norm(toks, npEnd+1); !ok && (a == "a" || a == "an") {
						m, ok = numberOrArticle(toks, npEnd+1) // "A Canadian and a Briton were killed"
					} else if !ok {
						m, _, ok = victimAfter(toks, npEnd, s.Last) // "Two workers and their interpreter were shot dead"
					}
					if ok && isAge(toks, m) {
						npEnd, _ = victimNP(toks, m.End) // "two women ages 17-year-old and 25-year-old": one count
						break
					}
					if !ok || isYearNumber(toks, m) {
						break
					}
					e2, p2 := victimNP(toks, m.End)
					if !p2 {
						break
					}
					nums = append(nums, m)
					npEnd = e2
				}
				if !people && npEnd > n.End {
					i = n.End - 1
					continue
				}
				k := npEnd
				// "a 5-year-old boy who died over the weekend": the relative
				// clause says what became of the people counted
				if kind, end, ok := whoHurt(toks, k, s.Last); people && k == npEnd && ok && !isAge(toks, n) &&
					!hasWord(toks, max(s.First, i-6), i, "including", "among") { // "26 killed, including a policeman and 9 of his relatives who died": part of the whole
					q, qs := qualifierBefore(toks, i)
					for _, m := range nums {
						add(countMention{start: qs, end: end, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-who-hurt"})
					}
					i = end - 1
					continue
				}
				if people && k == npEnd {
					k = pastAges(toks, k, s.Last) // "Four other teenagers, ages 13 to 17, sustained ..."
				}
				// "Four teens, one fatally, were shot": the dead among them, then their verb
				if people && k == npEnd && norm(toks, k) == "," && k+3 < s.Last && toks[k+3].Text == "," && fatalAdverb(norm(toks, k+2)) {
					if m, ok := parseNumber(toks, k+1); ok && m.End == k+2 {
						add(countMention{start: k + 1, end: k + 3, kind: "killed", value: m.Value, hasValue: true, qualifier: "exact", rule: "count.n-fatally"})
						k += 4
					}
				}
				// "Three additional victims with apparent gunshot wounds were transported ..."
				q, qs := qualifierBefore(toks, i)
				if end := withGunshotWounds(toks, k, s.Last, norm(toks, qs-1) == "left" || norm(toks, qs-1) == "leaving"); people && end > 0 {
					for _, m := range nums {
						add(countMention{start: qs, end: end, kind: "shot", value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-with-wounds"})
					}
					i = end - 1
					continue
				}
				// "left at least two members of the security forces killed", "left
				// 5 civilians including a child dead": the object's complement past
				// its "of" phrase, or the part of them it names
				if _, qs := qualifierBefore(toks, i); people && k == npEnd && (norm(toks, qs-1) == "left" || norm(toks, qs-1) == "leaving") {
					switch {
					case norm(toks, k) == "of":
						j := k + 1
						for j < s.Last && j < k+6 && toks[j].Kind == Word && !isCasualtyVerb(toks[j].Norm) && (toks[j].Norm == "the" || !functionWords[toks[j].Norm]) {
							j++
						}
						if j < s.Last && j > k+1 && isCasualtyVerb(toks[j].Norm) {
							k = j
						}
					case norm(toks, k) == "including" || norm(toks, k) == "," && norm(toks, k+1) == "including":
						j := k + 1
						for j < s.Last && j < k+9 && toks[j].Text != ";" && !isCasualtyVerb(toks[j].Norm) {
							j++
						}
						if j < s.Last && isCasualtyVerb(toks[j].Norm) {
							k = j
						}
					}
				}
				// "were (all) transported": auxiliaries, then "all" or "both"
				for k0 := k; k < s.Last && k < k0+4; k++ {
					if w := toks[k].Norm; !isAux(w) && !(k > k0 && (w == "all" || w == "both")) {
						break
					}
				}
				// "A suicide bomber killed five people", "Two gunmen wounded a guard":
				// the noun phrase is the agent of an active verb with an object
				if k == npEnd && k+1 < s.Last && isActiveWithObject(toks, k) {
					i = npEnd - 1
					continue
				}
				// "Five people on the bus went to the hospital": past a short
				// phrase of where they were
				if w := norm(toks, k); people && k == npEnd && (w == "on" || w == "at" || w == "in" || w == "inside") && isNumberAt(toks, i) {
					for j := k + 1; j < s.Last && j <= k+4 && toks[j].Kind != Punct && !isAux(toks[j].Norm); j++ {
						if _, _, ok := hurtAt(toks, j, s.Last); ok {
							k = j
							break
						}
					}
				}
				if end, kind, ok := hurtAt(toks, k, s.Last); ok && people && !(toks[i].Norm == "their") && !((toks[i].Norm == "his" || toks[i].Norm == "her") && !kinAfter(toks, i+1)) {
					q, qs := qualifierBefore(toks, i)
					if kind == "shot" && (norm(toks, n.End) == "others" || norm(toks, n.End) == "other" || norm(toks, n.End) == "more" || toks[i].Norm == "another" ||
						isNumberAt(toks, i) && survived(toks, end, s.Last)) {
						kind = "wounded" // "two others were taken to a hospital", "Three victims were transported ... with non-life threatening injuries": not the dead
					}
					for _, m := range nums {
						add(countMention{start: qs, end: end, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-hurt"})
					}
					i = end - 1
					continue
				}
				// "Two men were in critical condition", "another is fighting for
				// her life": hurt and alive, unless the sentence counted them
				// already ("Five were shot; two are in critical condition")
				another := toks[i].Norm == "another" || norm(toks, n.End) == "others" || norm(toks, n.End) == "more"
				subset := norm(toks, n.End) == "of" || norm(toks, i-1) == "the" && norm(toks, i-2) == "of" // "Two of the victims", "One of the two boys"
				// "A 12-year-old boy remained in critical condition": one, the
				// sentence's subject
				one := (toks[i].Norm == "a" || toks[i].Norm == "an") && i == s.First && npEnd > i+1 && singularPerson(toks[npEnd-1].Norm)
				if end := inCondition(toks, k, s.Last); end > 0 && (people && (isNumberAt(toks, i) || one) && !isAge(toks, n) && !subset || toks[i].Norm == "another") {
					if !(len(out) > 0 && out[len(out)-1].sent == si) || another {
						q, qs := qualifierBefore(toks, i)
						// the shot, whose dead a count elsewhere may tell; others
						// than those counted are the wounded
						kind := "shot"
						if another {
							kind = "wounded"
						}
						for _, m := range nums {
							add(countMention{start: qs, end: end, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-condition"})
						}
						i = end - 1
						continue
					}
				}
				// "Two other gunshot victims arrived at the hospital": the noun
				// says they were shot, whatever the verb
				if e := shotVictims(toks, n.End); e > 0 && len(nums) == 1 && isNumberAt(toks, i) && !isAge(toks, n) {
					v := e
					for v < s.Last && v < e+4 && isAux(toks[v].Norm) {
						v++
					}
					_, hurt := casualtyWords[norm(toks, v)]
					if _, _, ok := hurtAt(toks, v, s.Last); !ok && !hurt && !toDeath(toks, v) {
						q, qs := qualifierBefore(toks, i)
						kind := "shot"
						if toks[i].Norm == "another" || hasWord(toks, n.End, e, "other", "more", "additional") {
							kind = "wounded"
						}
						add(countMention{start: qs, end: e, kind: kind, value: n.Value, np: n.End, hasValue: true, qualifier: q, rule: "count.n-gunshot-victims"})
						i = e - 1
						continue
					}
				}
				if k < s.Last && !(toks[i].Norm == "their") && !((toks[i].Norm == "his" || toks[i].Norm == "her") && !kinAfter(toks, i+1)) {
					w := toks[k].Norm
					kind, ok := casualtyWords[w]
					mk, me, manner := mannerThen(toks, k) // "were stabbed and wounded", "were shot, killed"
					ok = ok || manner
					dies := toDeath(toks, k)
					if dies {
						kind, ok = "killed", true
					}
					// "3 deaths", "more than 90 injuries": the noun right after the number
					nounCount := (w == "deaths" || w == "injuries") && k == n.End && (causedBefore(toks, n.Start, s.First) || reportedAfter(toks, k+1, s.Last))
					if w == "shot" && k == n.End && (toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "another") {
						ok = false // "hit by a shot from a shotgun", "fired another shot": the noun
					}
					// "were taken hostage", "were rounded up", "were seized"
					if kind2, e, taken := takenPredicate(toks, k, n.End, npEnd); !ok && taken {
						q, qs := qualifierBefore(toks, i)
						for _, m := range nums {
							add(countMention{start: qs, end: e, kind: kind2, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-taken"})
						}
						i = e - 1
						continue
					}
					// "one civilian hostage died from the wounds", "a hostage
					// was killed": held, then dead ("took two persons hostage"
					// is the taking, read elsewhere)
					if w == "hostage" {
						fate, e, held := pluralPredicate(toks, k+1, s.Last)
						if !held {
							e, fate, held = hurtAt(toks, k+1, s.Last)
						}
						if held && fate == "killed" {
							q, qs := qualifierBefore(toks, i)
							for _, m := range nums {
								add(countMention{start: qs, end: e, kind: fate, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-verb"})
							}
							i = e - 1
							continue
						}
					}
					if ok && (w != "death" && w != "lives" || norm(toks, k-1) == "to" || norm(toks, k-1) == "their") &&
						(w != "deaths" && w != "injuries" || nounCount) && !woundsCounted(toks, n.End, k) && w != "killing" && w != "wounding" && w != "kidnapping" && w != "arrests" && w != "hostage" {
						end := k + 1
						if dies {
							end = k + 3
						} else if manner {
							kind, end = mk, me
						} else if w == "shot" && norm(toks, k+1) == "dead" {
							kind = "killed"
							end = k + 2
						} else if w == "shot" && norm(toks, k+1) == "to" && norm(toks, k+2) == "death" {
							kind, end = "killed", k+3
						} else if e := diedLater(toks, k, s.Last); w == "shot" && len(nums) == 1 && nums[0].Value == 1 && e > 0 {
							kind, end = "killed", e // "A man was shot Saturday and died Sunday"
						}
						if fatalAdverb(norm(toks, k-1)) {
							kind = "killed"
						}
						q, qs := qualifierBefore(toks, i)
						// "between 50 and 150 fighters": a range, counted at its low end
						if norm(toks, i-1) == "and" && norm(toks, i-3) == "between" {
							if lo, ok := parseNumber(toks, i-2); ok && lo.End == i-1 {
								q, qs = "range", i-3
								nums[0].Value = lo.Value
							}
						}
						if kind == "shot" && (norm(toks, n.End) == "others" || norm(toks, n.End) == "more") {
							kind = "wounded" // "one dead and 11 others shot": the others survived
						}
						// "Six fighters were killed and wounded": dead and hurt together,
						// how many of each the text does not say
						if both, e := killedAndWounded(toks, kind, end); both != "" {
							add(countMention{start: qs, end: e, kind: kind, qualifier: "vague", rule: "count.n-killed-and-wounded"})
							add(countMention{start: qs, end: e, kind: both, qualifier: "vague", rule: "count.n-killed-and-wounded"})
							i = e - 1
							continue
						}
						for _, m := range nums {
							add(countMention{start: qs, end: end, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-verb"})
						}
						// "Two hostages were killed in the raid": held, then dead
						if w == "hostages" {
							if fate, e, ok := pluralPredicate(toks, k+1, s.Last); ok && fate == "killed" {
								for _, m := range nums {
									add(countMention{start: qs, end: e, kind: fate, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-verb"})
								}
								end, k = e, e-1
							}
						}
						if ms, e := alongWith(toks, end, s.Last); len(ms) > 0 {
							for _, m := range ms {
								add(countMention{start: qs, end: e, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.along-with"})
							}
							k = e - 1
						}
						i = k
						continue
					}
				}
				// "A 15-year-old male and a 69-year-old male in the vehicle were
				// also hit by gunfire": a list of people, its verb further on
				if people && len(nums) > 1 {
					if k, kind, ok := farPassive(toks, npEnd, s.Last, true, false); ok {
						q, qs := qualifierBefore(toks, i)
						for _, m := range nums {
							add(countMention{start: qs, end: k + 1, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: q, rule: "count.n-far-passive"})
						}
						i = k
						continue
					}
				}
			}
			// "N people, 35 of them children, were killed", "Ten supporters of al
			// Sistani were killed": the passive verb a little further on
			if n, ok := parseNumber(toks, i); ok && n.Start == i && !notACount(toks, n) &&
				!(i > 0 && monthNames[toks[i-1].Norm] > 0) && !(n.End < len(toks) && monthNames[toks[n.End].Norm] > 0) &&
				!(norm(toks, n.End) == "of" && (norm(toks, n.End+1) == "them" || norm(toks, n.End+1) == "whom")) {
				// "with all 5 people on board being killed": an absolute clause
				with := norm(toks, i-1) == "with" || norm(toks, i-1) == "all" && norm(toks, i-2) == "with"
				if k, kind, ok := farPassive(toks, n.End, s.Last, false, with); ok {
					q, qs := qualifierBefore(toks, i)
					add(countMention{start: qs, end: k + 1, kind: kind, value: n.Value, np: n.End, hasValue: true, qualifier: q, rule: "count.n-far-passive"})
					// "Three men from Tarboro and a man from Pinetops were
					// wounded": one more of the subject
					for j := n.End; j < k; j++ {
						if norm(toks, j) == "and" && (norm(toks, j+1) == "a" || norm(toks, j+1) == "an") && onePersonAt(toks, j+1, k) {
							add(countMention{start: qs, end: k + 1, kind: kind, value: 1, np: j + 2, hasValue: true, qualifier: "exact", rule: "count.n-far-passive"})
							break
						}
					}
					i = k
					continue
				}
			}
			// one subject hurt, told without a count: "is recovering after being
			// shot", "McLaughlin, 38, suffered a gunshot wound", "arrived at the
			// hospital with a gunshot wound"; not when the sentence counted its
			// subject already
			if !(len(out) > 0 && out[len(out)-1].sent == si) {
				if kind, end, ok := oneHurt(toks, i, s.First, s.Last); ok {
					add(countMention{start: i, end: end, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.one-hurt"})
					i = end - 1
					continue
				}
			}
			// "was killed", "was shot dead": one person
			if (t.Norm == "was" || t.Norm == "is" || t.Norm == "has" && norm(toks, i+1) == "been") && i+1 < s.Last {
				k := i + 1
				for k < s.Last && k < i+4 && (toks[k].Norm == "reportedly" || toks[k].Norm == "also" || toks[k].Norm == "later" || toks[k].Norm == "fatally" ||
					toks[k].Norm == "critically" || toks[k].Norm == "seriously" || toks[k].Norm == "lightly" || toks[k].Norm == "badly" ||
					toks[k].Norm == "accidentally" || toks[k].Norm == "allegedly" || toks[k].Norm == "mistakenly" || toks[k].Norm == "unintentionally" ||
					toks[k].Norm == "been" || toks[k].Norm == "pronounced" || toks[k].Norm == "found" || toks[k].Norm == "mortally") {
					k++
				}
				// "suffered a gunshot wound and was taken to a hospital": one
				// subject, counted once
				sameSubject := norm(toks, i-1) == "and" && len(out) > 0 && out[len(out)-1].sent == si
				if end, kind, ok := hurtAt(toks, k, s.Last); ok && !precededByNumber(toks, s.First, i) && !sameSubject {
					if kind == "shot" && hasWord(toks, i+1, k, "fatally", "mortally") {
						kind = "killed" // "was fatally struck by the gunfire"
					}
					if kind == "shot" && norm(toks, i-1) == "and" && norm(toks, i-2) == "survived" {
						kind = "wounded" // "the fourth victim survived and was taken to the hospital"
					}
					add(countMention{start: i, end: end, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.was-hurt"})
					i = end - 1
					continue
				}
				// "was struck and killed", "was stabbed and wounded", "was shot,
				// killed": a manner, then what it did
				if kind, end, ok := mannerThen(toks, k); ok && !precededByNumber(toks, s.First, i) {
					add(countMention{start: i, end: end, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.was-verb"})
					i = end - 1
					continue
				}
				kind, ok := casualtyWords[norm(toks, k)]
				dies := toDeath(toks, k)
				if dies {
					kind, ok = "killed", true
				}
				subj := norm(toks, i-1)
				if subj == "that" || subj == "which" {
					subj = norm(toks, i-2) // "a bullet that was shot through the window"
				}
				if machines[subj] || projectiles[subj] {
					ok = false // "the helicopter was shot down", "a bullet that was shot": no one was
				}
				if ok && (dies || isVerbForm(toks[k].Norm) || toks[k].Norm == "dead") && kind != "arrested" && !precededByNumber(toks, s.First, i) {
					end := k + 1
					if dies {
						end = k + 3
					} else if toks[k].Norm == "shot" {
						if norm(toks, k+1) == "dead" || norm(toks, k+1) == "to" && norm(toks, k+2) == "death" {
							kind, end = "killed", k+2
						} else if e := diedLater(toks, k, s.Last); e > 0 {
							kind, end = "killed", e
						}
					}
					if fatalAdverb(norm(toks, k-1)) {
						kind = "killed"
					}
					if !strings.HasSuffix(toks[k].Norm, "ing") {
						add(countMention{start: i, end: end, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.was-verb"})
						ms, e := alongWith(toks, end, s.Last)
						for _, m := range ms {
							add(countMention{start: i, end: e, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.along-with"})
						}
						i = e - 1
						continue
					}
				}
			}
			// KILLED [at least] N [people] [and M ...]; KILLED the SINGULAR
			kind, ok := casualtyOf(t)
			if (kind == "shot" || kind == "wounded") && fatalAdverb(norm(toks, i-1)) {
				kind = "killed" // "A man fatally shot a teenager", "fatally wounded one student"
			}
			// "should recover after shooting himself in the head", "boy shoots
			// himself"; not when the subject is counted already ("was airlifted
			// to the hospital after accidentally shooting himself")
			if (t.Norm == "shooting" || t.Norm == "shoots") && (norm(toks, i+1) == "himself" || norm(toks, i+1) == "herself") &&
				!(len(out) > 0 && out[len(out)-1].sent == si) {
				kind, ok = "shot", true
			}
			// "accused of shooting four men", "charged with shooting two
			// people": after a preposition "shooting" is the verb, not the noun
			if w := norm(toks, i-1); t.Norm == "shooting" && (w == "of" || w == "with" || w == "for" || w == "after" || w == "while") && isNumberAt(toks, i+1) {
				kind, ok = "shot", true
			}
			if ok && norm(toks, i-1) == "to" && !strings.HasSuffix(t.Norm, "ed") && !strings.HasSuffix(t.Norm, "ing") && t.Norm != "shot" && t.Norm != "slain" && t.Norm != "hurt" {
				ok = false // "he was going to kill his wife and kids", "tried to shoot": an intent
			}
			k, verb := i+1, ok && isVerbForm(t.Norm)
			if !ok {
				if kind2, k2, taken := takingVerb(toks, i); taken {
					kind, ok, verb, k = kind2, true, true, k2 // "took three people hostage", "rounded up 15 suspects"
				}
			}
			if !ok && toDeath(toks, i) && i+3 < s.Last && isNumberAt(toks, i+3) {
				kind, verb, k = "killed", true, i+3 // "burned to death 15 civilians"
			} else if !ok && aliveVerbs[t.Norm] && isNumberAt(toks, i+1) {
				if n, _ := parseNumber(toks, i+1); norm(toks, n.End+1) == "alive" || norm(toks, n.End+2) == "alive" {
					kind, verb = "killed", true // "buried 45 men alive"
				}
			}
			if verb && i+1 < s.Last {
				if t.Norm == "shot" && norm(toks, k) == "dead" {
					kind = "killed"
					k++
				} else if kind == "shot" && isActiveVerb(t.Norm) && deadAfterObject(toks, k, s.Last) {
					kind = "killed" // "shot his 1-year-old daughter dead", "shot two people to death"
				}
				q0 := k
				for k < s.Last && isQualifierWord(toks[k].Norm) {
					k++
				}
				if k > q0 && !isNumberAt(toks, k) {
					k = q0 // "killed at a south side home", "shot over a dispute": no qualifier without a number
				}
				// "wounding another 54", "injured an additional 16 others"
				if norm(toks, k) == "another" && isNumberAt(toks, k+1) {
					k++
				} else if (norm(toks, k) == "an" || norm(toks, k) == "a") && (norm(toks, k+1) == "additional" || norm(toks, k+1) == "further") && isNumberAt(toks, k+2) {
					k += 2
				}
				if n, ok := parseNumber(toks, k); ok && kind != "arrested" && norm(toks, n.End) == "-" && norm(toks, n.End+1) == "year" && norm(toks, n.End+2) == "-" && norm(toks, n.End+3) == "old" {
					// "killed 24-year-old Alex DoSouto", "shot 17-year-old twins" is not one: a plural noun follows
					if e := n.End + 4; e < s.Last && (toks[e].Cap && toks[e].Kind == Word || singularPerson(toks[e].Norm)) {
						add(countMention{start: i, end: e + 1, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.verb-age-person"})
						i = e
						continue
					}
				}
				// not "1 killed 3 injured": a count of its own follows
				if n, ok := numberOrArticle(toks, k); ok && !notACount(toks, n) && toks[n.Start].Norm != "their" && !(!n.Word && isCasualtyVerb(norm(toks, n.End))) {
					npEnd, people := victimNP(toks, n.End)
					single := toks[n.Start].Norm == "his" || toks[n.Start].Norm == "her"
					if (people || npEnd == n.End) && (!single || kinWords[norm(toks, n.End)]) {
						q, _ := qualifierBefore(toks, n.Start)
						if q == "exact" && k > q0 {
							q, _ = qualifierBefore(toks, k)
						}
						end := max(npEnd, n.End)
						if w := norm(toks, end); w == "hostage" || w == "hostages" {
							end++ // "took three people hostage", "killed two hostages"
						}
						add(countMention{start: i, end: end, kind: kind, value: n.Value, np: n.End, hasValue: true, qualifier: q, rule: "count.verb-n"})
						// "... and two of his companions", past a prepositional phrase
						e := npEnd
						for e < s.Last && e < npEnd+10 && toks[e].Norm != "and" && toks[e].Text != "." && toks[e].Text != ";" && !(toks[e].Text == "," && isNumberAt(toks, e+1)) &&
							!(toks[e].Norm == "as" && norm(toks, e+1) == "well") {
							if _, isCas := casualtyWords[toks[e].Norm]; isCas {
								break
							}
							e++
						}
						if _, _, ok := victimAfter(toks, e, s.Last); !ok || hasWord(toks, npEnd, e, "including", "among") {
							e = npEnd // "killed 23 people including four commanders and four civilians": a subset
						}
						for e < s.Last {
							m, e2, ok := victimAfter(toks, e, s.Last)
							if !ok {
								break // "shot six people, one fatally": one of the six, not a seventh
							}
							if w := norm(toks, e2); w == "were" || w == "was" || w == "are" || w == "have" || w == "had" || isCasualtyVerb(w) {
								break // "killed one civilian and 25 others were injured", "and a gunman shot three": a clause of its own
							}
							add(countMention{start: i, end: e2, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.verb-n-and"})
							e = e2
						}
						i = max(e, n.End) - 1
						continue
					}
				}
				// "shot himself", "shot her younger sister", "shot him in the foot"
				if kind != "arrested" && k < s.Last {
					switch toks[k].Norm {
					case "himself", "herself", "him", "her":
						j := k + 1
						if toks[k].Norm == "her" || toks[k].Norm == "his" {
							for j < s.Last && j < k+6 && !kinWords[toks[j].Norm] && (toks[j].Kind != Punct || toks[j].Text == "-") && !strings.HasSuffix(toks[j].Norm, "ed") && toks[j].Norm != "and" {
								j++
							}
						}
						if toks[k].Norm != "her" || j < s.Last && kinWords[toks[j].Norm] || norm(toks, k+1) == "in" || norm(toks, k+1) == "and" || k+1 < s.Last && toks[k+1].Kind == Punct ||
							kind == "killed" && norm(toks, k+1) == "dead" { // "shot her dead"
							end := k + 1
							if toks[k].Norm == "her" && j < s.Last && kinWords[toks[j].Norm] {
								end = j + 1
							}
							k := kind
							if norm(toks, end) == "and" && (norm(toks, end+1) == "died" || norm(toks, end+1) == "later" && norm(toks, end+2) == "died") {
								k = "killed" // "shot himself and died"
							}
							add(countMention{start: i, end: end, kind: k, value: 1, hasValue: true, qualifier: "exact", rule: "count.verb-pronoun"})
							// "injured himself and a friend", "shot her and her mother"
							for {
								m, e2, ok := victimAfter(toks, end, s.Last)
								if !ok || isAux(norm(toks, e2)) {
									break
								}
								add(countMention{start: i, end: e2, kind: k, value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.verb-pronoun-and"})
								end = e2
							}
							i = end - 1
							continue
						}
					case "his":
						j := k + 1
						for j < s.Last && j < k+6 && !kinWords[toks[j].Norm] && (toks[j].Kind != Punct || toks[j].Text == "-") {
							j++ // "his 11-year-old friend"
						}
						if j < s.Last && kinWords[toks[j].Norm] && j > k+1 {
							add(countMention{start: i, end: j + 1, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.verb-his-kin"})
							i = j
							continue
						}
					}
				}
				// "shot dead the mukhtar", "killed the governor"
				if norm(toks, k) == "the" && k+1 < s.Last && toks[k+1].Kind == Word && kind != "arrested" {
					j := k + 1
					for j < s.Last && j < k+4 && toks[j].Kind == Word && !singularPerson(toks[j].Norm) {
						j++
					}
					if j < s.Last && singularPerson(toks[j].Norm) {
						add(countMention{start: i, end: j + 1, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.verb-the-person"})
						i = j
						continue
					}
				}
				// "killing Teryus and his friend", "killed Marcus Brown": people by name
				if e := personName(toks, k, s.Last); e > 0 && kind != "arrested" && isActiveVerb(toks[i].Norm) && norm(toks, i-1) != "the" {
					n := 1
					if m, e2 := coordinatedPeople(toks, k, s.Last, d.surnames); m >= 2 {
						n, e = m, e2 // "killed Solomon, Kenney and Williams"
					} else if norm(toks, e) == "and" {
						if e2 := personName(toks, e+1, s.Last); e2 > 0 {
							n, e = 2, e2
						} else if _, e2, ok := victimAfter(toks, e, s.Last); ok && (norm(toks, e+1) == "his" || norm(toks, e+1) == "her") {
							n, e = 2, e2 // "Teryus and his friend", "Younis and his assistant"
						}
					}
					add(countMention{start: i, end: e, kind: kind, value: n, hasValue: true, qualifier: "exact", rule: "count.verb-name"})
					i = e - 1
					continue
				}
			}
			// "ended with the death of 5 civilians and the injury of at least 9 people"
			if isDeathOf(t.Norm) && norm(toks, i+1) == "of" {
				k := i + 2
				for k < s.Last && isQualifierWord(toks[k].Norm) {
					k++
				}
				if n, ok := parseNumber(toks, k); ok && n.Start == k && !notACount(toks, n) {
					if npEnd, people := victimNP(toks, n.End); people || npEnd == n.End {
						kind := "killed"
						if t.Norm == "injury" || t.Norm == "injuries" || t.Norm == "wounding" {
							kind = "wounded"
						} else if t.Norm == "shooting" {
							kind = "shot" // "the 2013 shooting of seven people"
							if w := norm(toks, i-1); w == "fatal" || w == "deadly" {
								kind = "killed" // "the fatal shooting of one man"
							}
						}
						q, _ := qualifierBefore(toks, k)
						add(countMention{start: i, end: max(npEnd, n.End), kind: kind, value: n.Value, np: n.End, hasValue: true, qualifier: q, rule: "count.death-of-n"})
						// "the death of three suicide bombers, 3 policemen, and ..."
						e := max(npEnd, n.End)
						for {
							m, e2, ok := victimAfter(toks, e, s.Last)
							if !ok {
								break
							}
							add(countMention{start: m.Start, end: e2, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.death-of-n-and"})
							e = e2
						}
						i = e - 1
						continue
					}
				}
			}
			// "a shooting that sent five people, including two teens, to the
			// hospital": those hurt
			if (t.Norm == "sent" || t.Norm == "sending" || t.Norm == "sends") && i+1 < s.Last {
				if n, ok := numberOrArticle(toks, i+1); ok && n.Start == i+1 && !notACount(toks, n) && toks[i+1].Norm != "his" && toks[i+1].Norm != "her" && toks[i+1].Norm != "their" {
					npEnd, people := victimNP(toks, n.End)
					if n.Word && n.Value == 1 && !singularPerson(norm(toks, n.End)) && !isNumberAt(toks, n.End) {
						people = false // "sent a letter to the hospital"
					}
					e := npEnd
					if norm(toks, e) == "," { // past ", including two teens,"
						for e++; e < s.Last && e < npEnd+8 && toks[e].Text != ","; e++ {
						}
						e++
					}
					if people && norm(toks, e) == "to" && (norm(toks, e+1) == "hospital" || norm(toks, e+1) == "the" && (norm(toks, e+2) == "hospital" || norm(toks, e+2) == "hospitals") || norm(toks, e+1) == "area" && norm(toks, e+2) == "hospitals") {
						add(countMention{start: i, end: e + 2, kind: "shot", value: n.Value, np: n.End, hasValue: true, qualifier: "exact", rule: "count.sent-to-hospital"})
						i = e + 1
						continue
					}
				}
			}
			// "the fatal shooting of a teen", "the fatal stabbing of Christopher
			// Rodriguez": one killed
			if t.Norm == "fatal" && (norm(toks, i+1) == "shooting" || norm(toks, i+1) == "stabbing" || norm(toks, i+1) == "beating") && norm(toks, i+2) == "of" &&
				(norm(toks, i+3) == "a" || norm(toks, i+3) == "an" || i+3 < s.Last && toks[i+3].Cap && toks[i+3].Kind == Word && toks[i+3].Lex&lexNumber == 0 ||
					norm(toks, i+3) == "the" && i+4 < s.Last && singularPerson(toks[i+4].Norm) || isAgeAt(toks, i+3)) {
				add(countMention{start: i, end: min(i+5, s.Last), kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.fatal-shooting-of"})
				continue
			}
			// "before turning the gun on himself", "then took his own life": the
			// shooter dead by his own hand; not "tried to take her own life"
			if w := t.Norm; norm(toks, i-1) != "to" && ((w == "turning" || w == "turned" || w == "turns") && norm(toks, i+1) == "the" && (norm(toks, i+2) == "gun" || norm(toks, i+2) == "weapon") &&
				norm(toks, i+3) == "on" && (norm(toks, i+4) == "himself" || norm(toks, i+4) == "herself") ||
				(w == "took" || w == "taking" || w == "takes") && (norm(toks, i+1) == "his" || norm(toks, i+1) == "her") && norm(toks, i+2) == "own" && norm(toks, i+3) == "life") {
				e := i + 5
				if norm(toks, i+2) == "own" {
					e = i + 4
				}
				add(countMention{start: i, end: min(e, s.Last), kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.own-hand"})
				i = e - 1
				continue
			}
			// "took the life of a 15-year-old", "claimed the lives of three men"
			if (t.Norm == "took" || t.Norm == "claimed" || t.Norm == "take" || t.Norm == "claim" || t.Norm == "taking" || t.Norm == "claiming") && norm(toks, i+1) == "the" && norm(toks, i+3) == "of" {
				switch norm(toks, i+2) {
				case "life":
					if onePersonAt(toks, i+4, s.Last) {
						add(countMention{start: i, end: i + 5, kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.took-life"})
						i += 4
						continue
					}
				case "lives":
					f := i + 4
					for f < s.Last && f < i+7 && isQualifierWord(toks[f].Norm) {
						f++ // "claimed the lives of at least 12 people"
					}
					if n, ok := parseNumber(toks, f); ok && n.Start == f && !notACount(toks, n) {
						if npEnd, people := victimNP(toks, n.End); people || npEnd == n.End {
							q, _ := qualifierBefore(toks, f)
							add(countMention{start: i, end: max(npEnd, n.End), kind: "killed", value: n.Value, np: n.End, hasValue: true, qualifier: q, rule: "count.took-life"})
							i = max(npEnd, n.End) - 1
							continue
						}
					}
				}
			}
			// "a stray bullet struck a 9-year-old girl", "with the bullet striking
			// the victim in the back": one shot
			if (t.Norm == "bullet" || t.Norm == "round") && i+2 < s.Last {
				switch toks[i+1].Norm {
				case "struck", "striking", "strikes", "hit", "hitting", "hits", "grazed", "grazing", "grazes":
					if onePersonAt(toks, i+2, s.Last) && !toks[i+2].Cap {
						e, _ := victimNP(toks, i+3)
						add(countMention{start: i, end: max(e, i+3), kind: "shot", value: 1, hasValue: true, qualifier: "exact", rule: "count.bullet-struck"})
						i = max(e, i+3) - 1
						continue
					}
				}
			}
			// "the (shooting) death of a Houston man": one killed; "the injury of
			// another person": one wounded
			if (t.Norm == "death" || t.Norm == "injury") && norm(toks, i+1) == "of" && (norm(toks, i+2) == "a" || norm(toks, i+2) == "an" || norm(toks, i+2) == "another" ||
				i+2 < s.Last && toks[i+2].Cap && toks[i+2].Kind == Word ||
				i+2 < s.Last && toks[i+2].Kind == Number && norm(toks, i+3) == "-" && norm(toks, i+4) == "year") {
				kind := "killed"
				if t.Norm == "injury" {
					kind = "wounded"
				}
				add(countMention{start: i, end: min(i+4, s.Last), kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.death-of"})
				if w := norm(toks, i+2); w == "a" || w == "an" || w == "another" {
					// "the death of a 9-year-old and her grandmother"
					e, _ := victimNP(toks, i+3)
					for e < s.Last {
						m, e2, ok := victimAfter(toks, e, s.Last)
						if !ok || isAux(norm(toks, e2)) {
							break
						}
						add(countMention{start: m.Start, end: e2, kind: kind, value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.death-of-n-and"})
						e = e2
					}
					i = max(i+3, e) - 1
				}
				continue
			}
			// "shot six people, one fatally"
			if (t.Norm == "one" || t.Norm == "two" || t.Norm == "three") && i > s.First && toks[i-1].Text == "," {
				f := i + 1
				if norm(toks, f) == "of" && norm(toks, f+1) == "them" {
					f += 2 // "two men were shot, one of them fatally"
				}
				if fatalAdverb(norm(toks, f)) {
					add(countMention{start: i, end: f + 1, kind: "killed", value: units[t.Norm], hasValue: true, qualifier: "exact", rule: "count.n-fatally"})
					i = f
					continue
				}
			}
			// "fatally wounding the victim", "fatally shooting a man", "fatally
			// shot himself", "fatally shot Gavin Stiles"
			if fatalAdverb(t.Norm) && i+2 < s.Last {
				_, ok := casualtyWords[toks[i+1].Norm]
				switch toks[i+1].Norm {
				case "shooting", "stabbing", "stabbed", "beating", "beat":
					ok = true
				}
				switch o := norm(toks, i+2); {
				case o == "the" || o == "a" || o == "an" || o == "his" || o == "her" || o == "himself" || o == "herself":
				case toks[i+2].Cap && toks[i+2].Kind == Word && !functionWords[o]:
				default:
					ok = false
				}
				if ok {
					add(countMention{start: i, end: i + 3, kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.fatally-the"})
					i += 2
					continue
				}
			}
			// "Jacob Smith, 9, and Jared Smith, 8, died": people named with
			// their ages, then the predicate of all of them
			if n, e := agedNames(toks, i, s.Last); n >= 2 {
				if kind, end, ok := listPredicate(toks, e, s.Last); ok {
					add(countMention{start: i, end: end, kind: kind, value: n, hasValue: true, qualifier: "exact", rule: "count.named-list"})
					i = end - 1
					continue
				}
			}
			// "Conner died of a gunshot wound", "Smith, 27, died Sunday": a name
			if t.Cap && t.Kind == Word && !functionWords[t.Norm] && t.Lex&lexNumber == 0 && (i == s.First || !toks[i-1].Cap || toks[i-1].Kind != Word) {
				k := i + 1
				for k < s.Last && k < i+3 && toks[k].Cap && toks[k].Kind == Word && !functionWords[toks[k].Norm] {
					k++ // "Timea Batts, 11, died"
				}
				j := k
				if w := norm(toks, j+1); w == "age" || w == "aged" {
					j++ // "Kadin Tige Mann, age 5, died"
				}
				if norm(toks, k) == "," && j+2 < s.Last && toks[j+1].Kind == Number && toks[j+2].Text == "," {
					k = j + 3
					if norm(toks, k) == "has" || norm(toks, k) == "later" {
						k++ // "Ronnie Bowers, 16, has died" (an age says it is a person)
					}
				}
				for k < s.Last && (toks[k].Norm == "also" || toks[k].Norm == "later") {
					k++ // "Shakur Franklin also died": one more dead
				}
				if k < s.Last && (toks[k].Norm == "died" || toks[k].Norm == "dies") {
					add(countMention{start: i, end: k + 1, kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.name-died"})
					i = k
					continue
				}
			}
			// "found three people dead and transported one to the hospital":
			// the living the responders took away
			if w := t.Norm; (w == "transported" || w == "took" || w == "rushed" || w == "airlifted") && i+1 < s.Last {
				if n, ok := parseNumber(toks, i+1); ok && n.Start == i+1 && !notACount(toks, n) {
					e := n.End
					if w := norm(toks, e); w == "person" || w == "people" || w == "victim" || w == "victims" || w == "other" || w == "others" {
						e++
					}
					if norm(toks, e) == "to" && (norm(toks, e+1) == "hospital" || norm(toks, e+2) == "hospital" || norm(toks, e+3) == "hospital") {
						add(countMention{start: i, end: e, kind: "wounded", value: n.Value, np: n.End, hasValue: true, qualifier: "exact", rule: "count.took-to-hospital"})
						i = e - 1
						continue
					}
				}
			}
			// "A six-year-old boy is dead and his 11-year-old brother in a
			// hospital": the verb left out, the second hurt
			if t.Norm == "and" && len(out) > from && out[len(out)-1].end == i && out[len(out)-1].sent == si {
				if m, e, ok := victimAfter(toks, i, s.Last); ok {
					h := e + 1 // "in (a|the) hospital"
					if w := norm(toks, h); w == "a" || w == "the" {
						h++
					}
					if norm(toks, e) == "in" && norm(toks, h) == "hospital" {
						add(countMention{start: m.Start, end: h + 1, kind: "wounded", value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.and-in-hospital"})
						i = h
						continue
					}
					if c := inCondition(toks, e, s.Last); c > 0 {
						add(countMention{start: m.Start, end: c, kind: "wounded", value: m.Value, np: m.End, hasValue: true, qualifier: "exact", rule: "count.and-in-hospital"})
						i = c - 1
						continue
					}
				}
			}
			// "was declared clinically brain-dead", "doctors have declared her
			// brain dead": dead, as the Gun Violence Archive counts it
			if t.Norm == "brain" && (norm(toks, i+1) == "dead" || norm(toks, i+1) == "-" && norm(toks, i+2) == "dead") && i > s.First {
				switch norm(toks, i-1) {
				case "declared", "pronounced", "clinically", "her", "him", "is", "was", "been":
					end := i + 2
					if norm(toks, i+1) == "-" {
						end = i + 3
					}
					add(countMention{start: i - 1, end: end, kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.brain-dead"})
					i = end - 1
					continue
				}
			}
			// "the teen died", "the victim was pronounced dead", "He died Sunday"
			if t.Norm == "the" && i+2 < s.Last && singularPerson(toks[i+1].Norm) || (t.Norm == "he" || t.Norm == "she") && i+1 < s.Last {
				k := i + 2
				if t.Norm != "the" {
					k = i + 1
				}
				for k < s.Last && k < i+5 && isAux(toks[k].Norm) || k < s.Last && toks[k].Norm == "pronounced" {
					k++
				}
				// the predicate right after the subject ("The toddler suffered a
				// gunshot wound"); after an auxiliary the "was" rule counts it
				if end, kind, ok := hurtAt(toks, k, s.Last); ok && (k == i+1 || k == i+2 && t.Norm == "the") {
					add(countMention{start: i, end: end, kind: kind, value: 1, hasValue: true, qualifier: "exact", rule: "count.the-person-hurt"})
					i = end - 1
					continue
				}
				if k < s.Last && (toks[k].Norm == "died" || toks[k].Norm == "dead" && norm(toks, k-1) == "pronounced") {
					add(countMention{start: i, end: k + 1, kind: "killed", value: 1, hasValue: true, qualifier: "exact", rule: "count.the-person-died"})
					i = k
					continue
				}
			}
			// vague: "dozens were killed", "killed dozens"
			if t.Lex&lexVague != 0 && !(t.Norm == "some" && i+1 < s.Last && toks[i+1].Kind == Number) {
				np := i + 1
				if norm(toks, np) == "of" && t.Norm != "several" { // "dozens of people", "scores of civilians"
					np++
				}
				npEnd, people := victimNP(toks, np)
				if people || npEnd == np {
					k := npEnd
					for k < s.Last && k < npEnd+3 && isAux(toks[k].Norm) {
						k++
					}
					if k < s.Last {
						if kind, ok := casualtyWords[toks[k].Norm]; ok && isVerbForm(toks[k].Norm) {
							add(countMention{start: i, end: k + 1, kind: kind, qualifier: "vague", rule: "count.vague"})
						}
					}
				}
			}
		}
		for _, c := range out[from:] {
			if k, ok := thenKilled(toks, c, s.Last); ok {
				add(countMention{start: k, end: k + 1, kind: "killed", value: c.value, np: c.np, hasValue: true, qualifier: c.qualifier, rule: "count.then-killed"})
			}
		}
		otherPeople(toks, out[from:])
		out = append(out[:from], restated(toks, out[from:])...)
		out = append(out[:from], victimAgain(toks, out[from:])...)
		othersBesides(toks, out[from:])
		// "He was rushed to a hospital. Meanwhile, three others showed up
		// with gunshot wounds": others than those told before, when the
		// sentence opens with them and tells no one else
		if cs := out[from:]; len(cs) == 1 && cs[0].start <= s.First+2 && (cs[0].kind == "shot" || cs[0].kind == "wounded") && norm(toks, cs[0].np) == "others" {
			cs[0].adds = true
		}
		for _, c := range ranks {
			add(c)
		}
	}
	return out
}

// killedAndWounded reads at e the other half of "killed and wounded" or
// "injured or killed" after a predicate of kind: the one figure is of both,
// so neither. It returns the other kind and the phrase's end; a figure of
// its own ("were killed and 31 injured") is a second count, not this.
func killedAndWounded(toks []Token, kind string, e int) (string, int) {
	if w := norm(toks, e); w != "and" && w != "or" {
		return "", 0
	}
	other, ok := casualtyWords[norm(toks, e+1)]
	if !ok || !isVerbForm(norm(toks, e+1)) || strings.HasSuffix(norm(toks, e+1), "ing") {
		return "", 0
	}
	if objectAt(toks, e+2) {
		return "", 0 // "slaughtered 18 people and injured 26", "and injured a guard": an object of its own
	}
	if kind == "killed" && other == "wounded" || kind == "wounded" && other == "killed" {
		return other, e + 2
	}
	return "", 0
}

// objectAt reports an object of a verb starting at k: a number or a
// determiner ("killed three", "killed the driver", "injured a guard"), or a
// pronoun; not a preposition ("killed by militants", "injured in a blast").
func objectAt(toks []Token, k int) bool {
	if _, ok := numberOrArticle(toks, k); ok {
		return true
	}
	switch norm(toks, k) {
	case "the", "him", "them", "this", "that", "these", "those":
		return true
	}
	return false
}

// otherIncident reports a count of an incident the sentence names only to
// set its own beside: "rocked Aleppo just a day after twin blasts in the
// capital killed almost 30 people", "preceded by another attack on a
// different club that killed at least 16". The count's verb opens it (as in
// "killed 30"), inside a clause of "another" (or "an earlier", "a previous",
// "a similar") incident, or of a time after or before, in days or more, which
// follows an incident the sentence tells first ("Two days after a bombing
// killed 10, ISIS claimed it" keeps its count: nothing comes before).
func otherIncident(toks []Token, c countMention, first int) bool {
	if !isCasualtyVerb(toks[c.start].Norm) {
		return false
	}
	for j := c.start - 1; j >= first && j >= c.start-14; j-- {
		w := toks[j].Norm
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if incidentWord(w) {
			switch norm(toks, j-1) {
			case "another", "earlier", "previous", "similar", "prior":
				return true
			}
		}
		if (w == "after" || w == "before") && j-1 >= first {
			switch norm(toks, j-1) {
			case "day", "days", "week", "weeks", "month", "months", "year", "years":
				for k := first; k < j-1; k++ {
					if w := toks[k].Norm; incidentWord(w) || isCasualtyVerb(w) {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// incidentWord is an incident noun or a word for a bomb and its blast.
func incidentWord(w string) bool {
	switch w {
	case "blast", "blasts", "attacks", "bombings", "bomb", "bomber":
		return true
	}
	return incidentNouns[w]
}

// thenKilled finds the death of those a count says were taken: "was
// kidnapped and killed by suspected militants", "were abducted, tortured and
// executed". The verb has no object of its own (that would be other
// victims: "kidnapped two and killed three"); it returns the verb's index.
func thenKilled(toks []Token, c countMention, last int) (int, bool) {
	if c.kind != "kidnapped" || !c.hasValue {
		return 0, false
	}
	for k := c.end; k < last && k < c.end+6; k++ {
		w := toks[k].Norm
		if w == "and" || w == "," || w == "then" || w == "later" || w == "subsequently" {
			continue
		}
		if kind, ok := casualtyWords[w]; ok && kind == "killed" && isVerbForm(w) && !strings.HasSuffix(w, "ing") && w != "dead" && w != "died" {
			if k > c.end && norm(toks, k-1) != "," && objectAt(toks, k+1) {
				return 0, false // "kidnapped two and killed three", "and killed the driver"
			}
			return k, k > c.end
		}
		if !strings.HasSuffix(w, "ed") || toks[k].Kind != Word {
			return 0, false // "tortured", "mutilated" may come between; nothing else
		}
	}
	return 0, false
}

// restated drops a definite count that sums the figures of its kind the
// sentence told before it: "shooting a woman and a child to death before
// turning the gun on himself, leaving police to discover the three dead" is
// three dead, not six. It drops too the parts of one list that break down a
// total told before them: "Three people died after police found two men and
// a woman shot to death" is three dead.
func restated(toks []Token, cs []countMention) []countMention {
	kept := cs[:0]
	for i, c := range cs {
		if c.hasValue && c.value > 1 && c.np > 1 && norm(toks, c.np-2) == "the" {
			sum := 0
			for _, b := range cs[:i] {
				if b.kind == c.kind && b.hasValue {
					sum += b.value
				}
			}
			if sum == c.value {
				continue
			}
		}
		if breakdown(cs, i) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// victimAgain drops a pronoun object that is the victim its sentence has
// just counted, in a clause after "after", "when" or "because": "A north
// Raleigh child was rushed to the hospital after police say he shot
// himself", "A 4-year-old boy was taken to a hospital after his brother shot
// him". A reflexive is the victim only with "he" or "she" for subject: in
// "after her husband shot her and then killed himself" he is another.
func victimAgain(toks []Token, cs []countMention) []countMention {
	hurt := func(k string) bool { return k == "shot" || k == "wounded" || k == "killed" }
	kept := cs[:0]
	for i, c := range cs {
		if c.rule == "count.verb-pronoun" && hurt(c.kind) && i > 0 {
			b := cs[i-1]
			if b.rule != "count.verb-pronoun" && b.hasValue && b.value == 1 && hurt(b.kind) && b.end <= c.start &&
				(b.kind == c.kind || c.kind == "shot" || b.kind == "killed") && pronounAgain(toks, b.end, c) {
				continue
			}
		}
		// a pronoun subject, likewise: "An 18-year-old woman is in critical
		// condition after police said she was shot"
		if c.rule == "count.was-verb" && c.kind == "shot" && i > 0 && c.start > 0 && (toks[c.start-1].Norm == "he" || toks[c.start-1].Norm == "she") {
			b := cs[i-1]
			if b.hasValue && b.value == 1 && hurt(b.kind) && b.end <= c.start && subordinateAt(toks, b.end, c.start) >= 0 {
				continue
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// othersBesides makes the shot a sentence counts before "N other people"
// or "a fifth person" wounded some of the wounded: "A pregnant woman was
// shot five times after a drive-by shooting that injured four other people"
// is five wounded, so is "four people suffering gunshot wounds and a fifth
// person injured by flying glass", where a figure of the wounded alone
// would include the shot, and so is "Two men were shot and a woman was
// wounded", one more in a clause of its own. A sentence that counts dead keeps them apart:
// some of its shot may be its dead.
func othersBesides(toks []Token, cs []countMention) {
	for _, c := range cs {
		if c.kind == "killed" {
			return
		}
	}
	for _, w := range cs {
		if w.kind != "wounded" || !w.hasValue || w.np <= 0 || w.np >= len(toks) {
			continue
		}
		if o := toks[w.np].Norm; o == "other" || o == "others" || ordinals[o] > 0 {
			// "four other people", "a fifth person injured by flying glass"
			for i := range cs {
				if c := &cs[i]; c.kind == "shot" && c.hasValue && c.end <= w.start {
					c.kind = "wounded"
				}
			}
			continue
		}
		// "Two men were shot and a woman was wounded": a clause of its own
		// on one more person
		if a := norm(toks, w.start); a != "a" && a != "an" {
			continue
		}
		for i := range cs {
			if c := &cs[i]; c.kind == "shot" && c.hasValue && c.end <= w.start && joinedClauses(toks, *c, w) {
				c.kind = "wounded"
			}
		}
	}
}

// ordinalVictim reads at i a victim told by its rank among an incident's
// victims, "a fourth victim", "the 5th shooting victim", "A third man, 35,
// was struck": the incident had at least that many. A rank of the year's
// tally ("the 500th murder victim of the year") is none, and a person who is
// not a victim needs a predicate of harm in the clause ("a second man is
// wanted", "a third child was unharmed", "with a fourth child on the way"
// are none; "a third teen accidentally shot them" is the shooter). One more
// ("a", "another") whose clause tells a death is that many dead ("A fourth
// victim ... has died"): the rule says so. It returns the rank, the end of
// the noun and the rule, or 0.
func ordinalVictim(toks []Token, i, first, last int) (int, int, string) {
	const rule, dead = "count.ordinal-victim", "count.ordinal-dead"
	more := false
	switch norm(toks, i) {
	case "a", "an", "another":
		more = true
	case "the":
	default:
		return 0, 0, ""
	}
	n := rankOf(norm(toks, i+1))
	if n < 2 || n > 15 {
		return 0, 0, ""
	}
	j := i + 2
	for j < last && j < i+4 && victimModifiers[norm(toks, j)] {
		j++
	}
	if j >= last {
		return 0, 0, ""
	}
	for k := j + 1; k < last && k < j+5; k++ {
		if toks[k].Norm == "year" {
			return 0, 0, "" // "the 64th homicide victim of the year"
		}
	}
	// one more is told anywhere ("officers discovered a seventh victim"); a
	// rank in a narrative as a subject ("The second victim, identified as
	// ...", not "fired at the second victim", whose incident the story may
	// tell apart), as is a person who is not a victim by name
	subject := i == first || clauseOpener(toks[i-1])
	victim := toks[j].Norm == "victim"
	if !victim && (!singularPerson(toks[j].Norm) || kinWords[toks[j].Norm] || toks[j].Norm == "grader") || !subject && (!more || !victim) {
		return 0, 0, ""
	}
	// the predicate of the clause; an active verb with an object is the
	// person's own act ("a third teen accidentally shot them": the shooter)
	// or a relative clause's ("in a shooting that killed three others")
	acts := func(k int) bool {
		for m := j + 1; m < k; m++ {
			if !strings.HasSuffix(toks[m].Norm, "ly") {
				return false
			}
		}
		return true
	}
	for k := j + 1; k < last && k < j+16; k++ {
		w := toks[k].Norm
		if w == "." || w == ";" || w == "not" || w == "n't" || w == "never" || w == "unharmed" || w == "unhurt" || w == "uninjured" {
			break
		}
		killed := casualtyWords[w] == "killed" && (isVerbForm(w) || w == "dead" || w == "dies")
		hurt := w == "hospital" || w == "condition" || w == "struck" || w == "hit" || w == "grazed" || w == "survived" ||
			(casualtyWords[w] == "wounded" || w == "shot") && (isVerbForm(w) || w == "injuries" || w == "wounds")
		switch {
		case (killed || hurt) && isActiveWithObject(toks, k) && !isAux(norm(toks, k-1)):
			if acts(k) {
				return 0, 0, ""
			}
		case killed && more:
			return n, j + 1, dead
		case killed || hurt:
			return n, j + 1, rule
		}
	}
	if victim {
		return n, j + 1, rule
	}
	return 0, 0, ""
}

// rankOf reads a rank in words or digits: "fourth" and "4th" are 4; else 0.
func rankOf(w string) int {
	if n := ordinals[w]; n > 0 {
		return n
	}
	if len(w) > 2 && (strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) {
		n, _ := strconv.Atoi(w[:len(w)-2])
		return n
	}
	return 0
}

// victimModifiers may stand between a victim's rank and its noun: "the
// fourth adult victim", "a third shooting victim", "a second male victim".
var victimModifiers = map[string]bool{"adult": true, "male": true, "female": true, "shooting": true, "gunshot": true,
	"juvenile": true, "young": true, "teenage": true, "unidentified": true, "injured": true, "wounded": true}

// pronounAgain reports c's pronoun object referring back over a clause
// opener between from and c.
func pronounAgain(toks []Token, from int, c countMention) bool {
	p := toks[c.end-1].Norm
	sub := subordinateAt(toks, from, c.start)
	if sub < 0 {
		return false
	}
	switch p {
	case "him", "her":
		return true
	case "himself", "herself":
		for k := sub + 1; k < c.start; k++ {
			if w := toks[k].Norm; w == "he" || w == "she" {
				return true
			}
		}
	}
	return false
}

// subordinateAt returns the last "after", "when" or "because" in [from, to) of
// one clause, or -1.
func subordinateAt(toks []Token, from, to int) int {
	sub := -1
	for k := from; k < to; k++ {
		switch toks[k].Norm {
		case "after", "when", "because":
			sub = k
		case ".", ";":
			return -1
		}
	}
	return sub
}

// breakdown reports cs[i] as a part of a list (two parts or more, one span,
// nothing "also" among them) whose figures sum to a count of their kind told
// before the list.
func breakdown(cs []countMention, i int) bool {
	c := cs[i]
	if !c.hasValue || c.adds {
		return false
	}
	sum, parts := 0, 0
	for _, b := range cs {
		if b.start == c.start && b.end == c.end && b.kind == c.kind {
			if !b.hasValue || b.adds {
				return false
			}
			sum += b.value
			parts++
		}
	}
	if parts < 2 {
		return false
	}
	for _, t := range cs {
		if t.kind == c.kind && t.hasValue && t.end <= c.start && t.value == sum {
			return true
		}
	}
	return false
}

// otherPeople marks the shot of a sentence that introduces its dead as
// other people: "A 6-year-old girl was grazed by a bullet and a 22-year-old
// relative was shot dead", "A man was killed and a woman was shot". The shot
// are not among the dead, so they survived. The two are clauses joined by
// "and" or a comma; cs are one sentence's counts. A bare number ("five
// people were shot, one fatally") or a figure of the same people ("Two men
// were shot; the victim died") introduces no one. Nor is a shooter who then
// kills himself one of those he shot ("shot her and her mother before
// killing himself", "turning the gun on himself": 2 wounded, 1 dead).
func otherPeople(toks []Token, cs []countMention) {
	// "a 22-year-old relative", "two men"; not "six others", "one of them"
	people := func(c countMention) bool {
		return c.np > c.start && c.np < len(toks) && toks[c.np].Kind != Punct && !functionWords[toks[c.np].Norm] &&
			toks[c.np].Norm != "others" && toks[c.np].Norm != "other" && toks[c.np].Norm != "more"
	}
	introduced := func(c countMention) bool {
		w := toks[c.start].Norm
		return (w == "a" || w == "an" || w == "another") && people(c)
	}
	// "killing himself": the shooter, not one of those he shot
	reflexive := func(c countMention) bool {
		w, v := norm(toks, c.end-1), toks[c.start].Norm
		return c.rule == "count.verb-pronoun" && (w == "himself" || w == "herself") &&
			(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing")) || // not "planned to kill himself"
			c.rule == "count.own-hand" // "before turning the gun on himself"
	}
	for _, dead := range cs {
		if dead.kind != "killed" || !introduced(dead) && !reflexive(dead) {
			continue
		}
		for i := range cs {
			c := &cs[i]
			if c.kind == "shot" && !c.adds && !reflexive(*c) && (reflexive(dead) && c.end <= dead.start ||
				joinedClauses(toks, *c, dead) && (introduced(*c) || isNumberAt(toks, c.start) && people(*c))) {
				c.adds = true
			}
		}
	}
}

// joinedClauses reports two counts in clauses joined by "and", a comma or a
// semicolon: "X was grazed and Y was shot dead".
func joinedClauses(toks []Token, a, b countMention) bool {
	if a.end > b.start {
		a, b = b, a
	}
	between := b.start - a.end
	return between == 1 && (toks[a.end].Norm == "and" || toks[a.end].Text == "," || toks[a.end].Text == ";") ||
		between == 2 && toks[a.end].Text == "," && toks[a.end+1].Norm == "and"
}

// isActiveWithObject reports a casualty verb in the active voice followed by
// its object ("killed five people", "wounded a guard").
func isActiveWithObject(toks []Token, k int) bool {
	w := toks[k].Norm
	if _, ok := casualtyWords[w]; !ok || w == "died" || w == "dead" || w == "dies" || w == "perished" || !isVerbForm(w) {
		return false
	}
	next := toks[k+1]
	if next.Kind == Punct {
		return false
	}
	// "A man shot and killed his neighbor": the second verb's object
	if _, e, ok := mannerThen(toks, k); ok && e < len(toks) {
		return isActiveWithObject(toks, e-1)
	}
	if next.Kind == Number && isCasualtyVerb(norm(toks, k+2)) {
		return false // "1 killed 3 injured": two counts, no object
	}
	if w == "shot" && next.Norm == "dead" && k+2 < len(toks) { // "a gunman shot dead three people"
		switch o := toks[k+2]; {
		case o.Kind == Number, o.Lex&lexNumber != 0, o.Norm == "a", o.Norm == "an", o.Norm == "the", o.Norm == "his", o.Norm == "her":
			return true
		}
	}
	if next.Norm == "at" && norm(toks, k+2) == "least" || (next.Norm == "more" || next.Norm == "over") && norm(toks, k+2) == "than" {
		return true // "An explosion killed at least two policemen"
	}
	switch next.Norm {
	case "in", "on", "at", "and", "or", "by", "when", "after", "during", "while", "near", "as", "outside", "inside",
		"since", "last", "this", "yesterday", "today", "overnight", "earlier", "later", "early", "late", "dead", "to", "from", "were", "was",
		"according", "following", "because", "due", "there", "around", "across", "along", "behind", "before", "tonight", "until",
		"including", "among", "with":
		return false // "left four others injured according to police", "4 injured including a 1-year-old"
	}
	_, day := weekdayNames[next.Norm]
	return !day // "two men killed Sunday"
}

// farPassive finds "were [adv] KILLED" within a few words after a counted
// noun phrase, across a relative clause, apposition or prepositional phrase,
// but not past another number or the end of the clause. With hurt, a
// predicate of a wound counts too ("were also hit by gunfire"): only after
// a list of people, where a lone number could be an age ("22 — were
// transported"). With absolute, the count opens a clause after "with", whose
// "being" is the verb's: "with all 5 people on board being killed".
func farPassive(toks []Token, from, last int, hurt, absolute bool) (int, string, bool) {
	subset := false // inside "including three officers": numbers there are part of the whole
	reach := from + 14
	for k := from; k < last && k < reach; k++ {
		t := toks[k]
		// "Two former Fiji soldiers who work for Global Risk Strategies LTD as
		// security contractors in Iraq were killed": a relative clause is read past
		if t.Norm == "who" && reach == from+14 {
			reach += 6
		}
		if t.Norm == "including" || t.Norm == "among" && norm(toks, k+1) == "them" {
			subset = true
			continue
		}
		if t.Text == "," && subset {
			subset = false
			continue
		}
		// ", ages 20, 21 and 25,", ", aged 17 and 19,", ", aged 20 to 27,": the ages of the subject
		if (t.Norm == "ages" || t.Norm == "aged") && norm(toks, k-1) == "," {
			j := k + 1
			for j < last && j < k+10 && (toks[j].Kind == Number || toks[j].Norm == "," || toks[j].Norm == "and" || toks[j].Norm == "to") {
				j++
			}
			if j > k+1 && norm(toks, j-1) == "," {
				k = j - 1
				continue
			}
		}
		if subset && (t.Kind == Number || units[t.Norm] > 0 || tens[t.Norm] > 0) {
			continue
		}
		// "Three members of the SDF in Manbij died": the subject's own verb,
		// past plain words only (not "27, of Homewood, died", "a man who died")
		if t.Norm == "died" && k > from && plainWords(toks, from, k) {
			return k, "killed", true
		}
		// ", 35 of them children,": an apposition, not a count of its own
		if (t.Kind == Number || units[t.Norm] > 0 || tens[t.Norm] > 0) && norm(toks, k-1) == "," && norm(toks, k+1) == "of" && (norm(toks, k+2) == "them" || norm(toks, k+2) == "whom") {
			j := k + 3
			for j < last && j < k+8 && toks[j].Text != "," {
				j++
			}
			if j < last && toks[j].Text == "," {
				k = j
				continue
			}
		}
		// "Three 28-year-old men from Tarboro and a 27-year-old man": an age
		// adjective after its article or number (not "14-, 15-, and
		// 17-year-old", whose first numbers are ages too)
		if p := norm(toks, k-1); isAgeAt(toks, k) && norm(toks, k+3) == "-" && norm(toks, k+4) == "old" && (p == "a" || p == "an" || k-1 == from-1) {
			k, reach = k+4, reach+4
			continue
		}
		if t.Kind == Number || t.Text == "." || t.Text == ";" || t.Text == ":" || units[t.Norm] > 0 || tens[t.Norm] > 0 {
			return 0, "", false
		}
		// "a 911 call was received stating a child had been shot", "at 4:45
		// p.m. after hearing a person had been shot": another clause's subject
		switch t.Norm {
		case "when", "after", "saying", "stating", "said", "says", "because", "that", "heard", "hearing", "realized",
			"reporting", "reported", "before", "where", "while", "until", "if", "since", "call", "called":
			return 0, "", false
		}
		if _, ok := casualtyWords[t.Norm]; ok && k > from && !(norm(toks, k-1) == "were" || norm(toks, k-1) == "been" || isAux(toks[k-1].Norm)) {
			return 0, "", false
		}
		if t.Norm == "were" || t.Norm == "been" || absolute && t.Norm == "being" {
			j := k + 1
			for j < last && j < k+4 && isAux(toks[j].Norm) {
				j++
			}
			if j < last {
				if kind, ok := casualtyWords[toks[j].Norm]; ok && isVerbForm(toks[j].Norm) && !strings.HasSuffix(toks[j].Norm, "ing") {
					if toks[j].Norm == "shot" && norm(toks, j+1) == "dead" {
						return j + 1, "killed", true
					}
					return j, kind, true
				}
				if end, kind, ok := hurtAt(toks, j, last); ok && hurt {
					return end - 1, kind, true // "were also hit by gunfire"
				}
			}
			return 0, "", false
		}
	}
	return 0, "", false
}

// aggregate reports (once per sentence) whether a sentence holds a statistics cue.
func (d *Document) aggregate(si int) bool {
	if d.aggCache == nil {
		d.aggCache = make([]int8, len(d.Sentences))
	}
	if d.aggCache[si] == 0 {
		s := d.Sentences[si]
		d.aggCache[si] = 1
		if aggregateCues.in(d.Tokens, s.First, s.Last) || roundup(d.Tokens, s.First, s.Last) || videoList(d.Tokens, s.First, s.Last) ||
			d.runTimeAt(si) && (d.runTimeAt(si-1) || d.runTimeAt(si+1)) { // a clip list a line per clip
			d.aggCache[si] = 2
		} else if si > 0 && theIncidents(d.Tokens, s.First, s.Last) && d.aggregate(si-1) {
			// "... three separate shooting incidents. Police say six people
			// sustained injuries as a result of the shootings": the sum told on
			d.aggCache[si] = 2
		}
	}
	return d.aggCache[si] == 2
}

// theIncidents reports "the shootings", "the incidents", "these attacks":
// several incidents told before, taken together (not "among the attacks").
func theIncidents(toks []Token, first, last int) bool {
	for k := first + 1; k < last; k++ {
		switch toks[k].Norm {
		case "shootings", "incidents", "attacks":
			// not one singled out: "Among the attacks was a shooting in
			// Fernwood", "one of the shootings"
			one := norm(toks, k-2) == "among" || norm(toks, k-2) == "of" && (ordinals[norm(toks, k-3)] > 0 || hasWord(toks, k-3, k-2, "one", "each", "first", "last", "latest"))
			if w := toks[k-1].Norm; (w == "the" || w == "these" || w == "those" || w == "both") && !one {
				return true
			}
		}
	}
	return false
}

// videoList reports a scraped list of video clips, each caption after its
// running time: "0:45 Emergency responders work to extricate deputy Pause
// 1:27 1 dead after Fife collision 0:35 Two teens charged in Lakewood
// shooting". Its captions tell other stories. Two running times or more
// (minutes and seconds, no "a.m." or "p.m." after) make one.
func videoList(toks []Token, first, last int) bool {
	n := 0
	for k := first; k+2 < last; k++ {
		if runTime(toks, k) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// runTime reports a clip's running time at k: "1:27", not "1:27 p.m." or
// the "Video (01:15):" of the story's own clip.
func runTime(toks []Token, k int) bool {
	if k+2 >= len(toks) || k > 0 && toks[k-1].Text == "(" || toks[k].Kind != Number || len(toks[k].Text) > 2 || toks[k+1].Text != ":" || toks[k+1].Space ||
		toks[k+2].Kind != Number || toks[k+2].Space || len(toks[k+2].Text) != 2 {
		return false
	}
	switch norm(toks, k+3) {
	case "am", "pm", "a.m.", "p.m.", "a", "p":
		return false
	}
	return true
}

// runTimeAt reports a sentence that opens with a clip's running time.
func (d *Document) runTimeAt(si int) bool {
	return si >= 0 && si < len(d.Sentences) && runTime(d.Tokens, d.Sentences[si].First)
}

// roundup reports a sentence that sums several incidents: "(wounded) in
// seven separate shootings", "between Tuesday afternoon and early Wednesday",
// "since Tuesday morning", "in November alone".
func roundup(toks []Token, first, last int) bool {
	for k := first; k < last; k++ {
		switch toks[k].Norm {
		case "separate":
			// a number parsed from k-1 backs up to its start: "in seven separate"
			// sums the shootings; "4 separate rocket attacks killed ..." is one
			// coordinated incident, told as such
			// shootings and incidents told apart are apart whatever the
			// syntax: "Three separate shootings left six people wounded",
			// "investigating three separate shooting incidents that ..."
			w := norm(toks, k+1)
			if w == "shooting" {
				w = norm(toks, k+2)
			}
			apart := w == "shootings" || w == "incidents"
			for b := k - 1; b >= first && b >= k-4; b-- {
				if n, ok := parseNumber(toks, b); ok && n.End == k && (n.Value >= 3 && norm(toks, b-1) == "in" || n.Value >= 2 && apart) {
					return true
				}
			}
		case "between":
			// "Between January 2010 and August 2013, seven people were killed":
			// years apart (not a battle "between October 10 and October 13")
			if span := func(j int) bool {
				return j < last && (monthNames[toks[j].Norm] > 0 && isYearAt(toks, j+1) || isYearAt(toks, j))
			}; span(k+1) && manyPeople(toks, first, last) {
				for j := k + 2; j < last && j < k+5; j++ {
					if toks[j].Norm == "and" && span(j+1) {
						return true
					}
				}
			}
			for j := k + 1; j < last && j < k+4; j++ {
				if isWeekday(toks[j]) {
					for e := j + 1; e < last && e < j+6; e++ {
						if isWeekday(toks[e]) && toks[e].Norm != toks[j].Norm && hasWord(toks, j+1, e, "and") {
							return true
						}
					}
				}
			}
		case "since":
			if k+1 < last && isWeekday(toks[k+1]) {
				return true
			}
			// "14 shot, one fatally, since 8 p.m.": a night's tally
			if k+2 < last && toks[k+1].Kind == Number && (toks[k+2].Norm == "pm" || toks[k+2].Norm == "am") && manyPeople(toks, first, last) {
				return true
			}
		case "span", "hours":
			// "eight people were shot in a five-hour span", "7 adults, one
			// child shot in five hours"
			end := k // the number's end: "five hours", "five - hour span"
			if toks[k].Norm == "span" {
				if norm(toks, k-1) != "hour" || norm(toks, k-2) != "-" {
					continue
				}
				end = k - 2
			}
			for b := end - 1; b >= first && b >= end-4; b-- {
				if n, ok := parseNumber(toks, b); ok && n.End == end {
					w := norm(toks, b-1)
					if w == "a" {
						w = norm(toks, b-2)
					}
					if (w == "in" || w == "within") && manyPeople(toks, first, last) {
						return true
					}
				}
			}
		case "violent", "bloody":
			// "It was a violent night in Cincinnati as eight people were shot",
			// "Violent night in St. Louis leaves one dead, nine others wounded"
			if hasWord(toks, k+1, min(last, k+4), "night", "weekend", "weekends", "day", "evening", "stretch") && manyPeople(toks, first, last) {
				return true
			}
		case "including":
			// "nine people were shot, including seven in just one location",
			// "including 6 at West Side party": one incident's share of a tally
			if n, ok := parseNumber(toks, k+1); ok && n.Start == k+1 && n.End < last && (toks[n.End].Norm == "at" ||
				toks[n.End].Norm == "in" && !conditionWords[norm(toks, n.End+1)] && !isYearNumber(toks, n)) && manyPeople(toks, first, last) {
				return true
			}
		case "alone":
			if monthNames[norm(toks, k-1)] > 0 {
				return true
			}
		}
	}
	return yearTally(toks, first, last)
}

// conditionWords tell a victim's condition after "in": "including 8 in
// serious condition".
var conditionWords = map[string]bool{"serious": true, "critical": true, "stable": true, "good": true, "fair": true,
	"grave": true, "satisfactory": true, "condition": true, "hospital": true, "hospitals": true}

// manyPeople reports a figure of three or more in a sentence, not an age or
// a year: a tally's cue counts only where there is a tally.
func manyPeople(toks []Token, first, last int) bool {
	for k := first; k < last; k++ {
		if n, ok := parseNumber(toks, k); ok && n.Start == k {
			if n.Value >= 3 && !isYearNumber(toks, n) && !isAge(toks, n) {
				return true
			}
			k = n.End - 1
		}
	}
	return false
}

// yearTally reports a figure of ten or more over a year: "more than 500
// people died in 2013 from accidental gunshots", "Fifty-five people were
// shot in Daytona Beach last year" (an incident a year old names its day),
// "67 officers have been killed this year through July 20" (the day a
// tally runs to is no incident's), a month's running total; or three or more killed over a year by
// shootings, plural: "three children were killed last year by accidental
// shootings".
func yearTally(toks []Token, first, last int) bool {
	year, month, running, big, many := false, false, false, false, false
	for k := first; k < last; k++ {
		w := toks[k].Norm
		upTo := norm(toks, k-1) == "through" || norm(toks, k-1) == "since"
		switch {
		case (w == "last" || w == "this") && norm(toks, k+1) == "year",
			w == "in" && isYearAt(toks, k+1), spanOfYears(toks, first, k):
			year = true
		case w == "in" && monthNames[norm(toks, k+1)] > 0 && !(k+2 < last && toks[k+2].Kind == Number), w == "this" && norm(toks, k+1) == "month":
			month = true // "in July", not "in July 20"
		case w == "through" || w == "nationwide":
			running = true
		case (w == "by" || w == "in") && (norm(toks, k+1) == "shootings" || norm(toks, k+2) == "shootings"):
			many = true
		case isWeekday(toks[k]) && !announced(toks, k+1) && !upTo || monthNames[w] > 0 && k+1 < last && toks[k+1].Kind == Number && !upTo:
			return false // the day of an incident, not of a report ("on Wednesday issued a report revealing that 67 officers ...")
		}
		if n, ok := parseNumber(toks, k); ok && n.Start == k && n.Value >= 10 && !isYearNumber(toks, n) {
			big = true
			k = n.End - 1
		}
	}
	// a month's running total: "19 officers had been slain nationwide in
	// July, through Monday"
	return year && (big || many && manyPeople(toks, first, last)) || month && running && big
}

// spanOfYears reports "years" at k ending a span of them: "In
// two-and-a-half years ending this past summer", "over the past five years".
func spanOfYears(toks []Token, first, k int) bool {
	if toks[k].Norm != "years" || k == 0 || !(toks[k-1].Kind == Number || toks[k-1].Lex&lexNumber != 0 || toks[k-1].Norm == "half") {
		return false
	}
	for j := k - 2; j >= first && j >= k-8; j-- {
		switch toks[j].Norm {
		case "in", "over", "past", "during":
			return true
		}
	}
	return false
}

// announced reports a verb of publishing at k: "issued", "released", "said".
func announced(toks []Token, k int) bool {
	switch norm(toks, k) {
	case "issued", "released", "published", "said", "says", "reported", "announced":
		return true
	}
	return false
}

// isYearAt reports a year in digits at k: "2013", "1999".
func isYearAt(toks []Token, k int) bool {
	return k < len(toks) && toks[k].Kind == Number && len(toks[k].Text) == 4 && (strings.HasPrefix(toks[k].Text, "19") || strings.HasPrefix(toks[k].Text, "20"))
}

// isWeekday reports a weekday's full name ("Tuesday").
func isWeekday(t Token) bool { return t.Lex&lexWeekday != 0 }

// precededByNumber reports a number shortly before token i in the sentence
// ("three police officers was..." would be counted by the number rules),
// unless a pronoun is the subject of the verb at i.
func precededByNumber(toks []Token, first, i int) bool {
	if w := norm(toks, i-1); w == "he" || w == "she" {
		return false // "killed two people before he was shot dead": a subject of its own
	}
	for k := max(first, i-8); k < i; k++ {
		if norm(toks, k+1) == "-" && (norm(toks, k+2) == "year" || norm(toks, k+2) == "month" || norm(toks, k+2) == "week" || norm(toks, k+2) == "day") || k > 0 && monthNames[toks[k-1].Norm] > 0 {
			continue // an age ("a 4-year-old girl") or a date
		}
		if toks[k].Kind == Number || units[toks[k].Norm] > 0 || tens[toks[k].Norm] > 0 {
			if n, ok := parseNumber(toks, k); ok && n.Start == k && isAge(toks, n) {
				continue // "James Means, 15, was shot and killed"
			}
			return true
		}
	}
	return false
}

func isAux(w string) bool {
	switch w {
	case "were", "was", "have", "has", "had", "been", "are", "is", "being", "reportedly", "also", "later",
		"all", "people", "confirmed", "found", "left", "got", "each", "both", "lightly", "seriously", "critically",
		"slightly", "badly", "fatally", "severely", "mortally", "gravely", "allegedly", "subsequently", "then",
		"reported", "believed", "said", "to", "be", "apparently":
		return true
	}
	return false
}

func isQualifierWord(w string) bool {
	switch w {
	case "at", "least", "more", "than", "about", "some", "nearly", "up", "to", "around", "over", "almost", "roughly", "approximately", "estimated":
		return true
	}
	return false
}

// woundsCounted reports a figure of wounds, not of people: "the 10 gunshot
// wounds he sustained", "three stab wounds"; not "four people suffering
// gunshot wounds". The words from the number's end e to "wounds" at k say
// what kind of wound.
func woundsCounted(toks []Token, e, k int) bool {
	if norm(toks, k) != "wounds" {
		return false
	}
	for j := e; j < k; j++ {
		switch toks[j].Norm {
		case "gunshot", "stab", "bullet", "shrapnel", "knife", "puncture", "entry", "exit", "separate", "more", "other", "-", "self", "inflicted":
		default:
			return false
		}
	}
	return true
}

// isVerbForm keeps nouns ("deaths", "injuries") out of the verb patterns.
func isVerbForm(w string) bool {
	switch w {
	case "deaths", "death", "injuries", "lives", "bodies", "corpses", "fatalities", "hostage", "hostages", "arrests", "wounds", "dead":
		return false
	}
	return true
}

// singularPerson are nouns for one person after "the": "killed the mukhtar".
// kinAfter reports a kin word at i, or after an age: "brother", "8-year-old
// friend".
func kinAfter(toks []Token, i int) bool {
	if norm(toks, i+1) == "-" && norm(toks, i+2) == "year" && norm(toks, i+3) == "-" && norm(toks, i+4) == "old" && i < len(toks) && toks[i].Kind == Number {
		i += 5
	}
	return kinWords[norm(toks, i)]
}

func singularPerson(w string) bool {
	switch w {
	case "mukhtar", "mokhtar", "mayor", "governor", "sheikh", "judge", "officer", "policeman", "soldier", "commander",
		"civilian", "interpreter", "translator", "assistant", "employee", "engineer", "activist", "cleric", "nurse", "lawyer",
		"leader", "chief", "head", "official", "imam", "driver", "journalist", "candidate", "man", "woman", "boy", "girl",
		"owner", "elder", "teacher", "doctor", "student", "victim", "suspect", "guard", "shepherd", "farmer", "child",
		"teen", "teenager", "toddler", "baby", "infant", "person", "motorist", "passenger", "resident", "clerk", "deputy",
		"trooper", "worker", "youth", "juvenile", "grader", "bystander", "pedestrian", "customer", "relative",
		"gunman", "shooter", "attacker", "assailant", "homeowner", "agent", "native", "hunter", "cyclist", "jogger", "rapper", "athlete",
		"player", "coach", "veteran", "marine", "sergeant", "detective", "firefighter", "paramedic", "security", "bouncer", "cashier", "neighbor", "roommate":
		return true
	}
	return kinWords[w]
}

// isMoney reports a number preceded by a currency sign.
func isMoney(toks []Token, n number) bool {
	if n.Start > 0 {
		switch toks[n.Start-1].Text {
		case "$", "£", "€", "US$":
			return true
		}
	}
	return false
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

// notACount reports a number that its context makes something other than a
// head count: a year, money, an age, a clock time ("4:35 p.m."), an address
// ("the 600 block of"), the emergency number ("a 911 call").
func notACount(toks []Token, n number) bool {
	if isYearNumber(toks, n) || isMoney(toks, n) || isAge(toks, n) {
		return true
	}
	switch norm(toks, n.End) {
	case "p.m.", "a.m.", "p.m", "a.m", "pm", "am", "o'clock", "block", "blocks":
		return true
	case ":":
		return isNumberAt(toks, n.End+1) // "4:35"
	}
	if n.Start > 1 && toks[n.Start-1].Text == ":" && toks[n.Start-2].Kind == Number {
		return true
	}
	// "FOX 5", "Channel 4", "KSDK 5": a television station
	if n.Start > 0 && !n.Word && isStationName(toks[n.Start-1]) {
		return true
	}
	// "the six-shot revolver": a compound adjective
	if n.End+1 < len(toks) && toks[n.End].Text == "-" && !toks[n.End].Space && !toks[n.End+1].Space && toks[n.End+1].Norm == "shot" {
		return true
	}
	// "shooting that killed 6-y": an age cut short by a title's length limit
	// ("6-year-old"), the title's end
	if n.End+1 < len(toks) && toks[n.End].Text == "-" && !toks[n.End].Space && !toks[n.End+1].Space &&
		len(toks[n.End+1].Norm) < 4 && strings.HasPrefix("year", toks[n.End+1].Norm) && (n.End+2 == len(toks) || toks[n.End+2].Newline || toks[n.End+2].Kind == Punct) {
		return true
	}
	// "a Mi-8 helicopter", "an AK-47", "F-16 jets": a model's designation
	if !n.Word && n.Start > 1 && toks[n.Start-1].Text == "-" && !toks[n.Start-1].Space && !toks[n.Start].Space && toks[n.Start-2].Cap {
		return true
	}
	// "men in their 20's", "in their 20′s": an age by decade
	if !n.Word && n.Value >= 10 && n.Value <= 90 && n.Value%10 == 0 {
		switch norm(toks, n.End) {
		case "'s", "’s":
			return true
		case "'", "’", "′":
			if norm(toks, n.End+1) == "s" {
				return true
			}
		}
	}
	// "at 1861 Corning", "in front of 4500 Main Street", "outside 2100
	// Elm": a house number
	prep := norm(toks, n.Start-1)
	if prep == "of" && norm(toks, n.Start-2) == "front" {
		prep = "at"
	}
	if !n.Word && n.Value >= 100 && !strings.Contains(toks[n.Start].Text, ",") && (prep == "at" || prep == "outside" || prep == "behind") &&
		n.End < len(toks) && toks[n.End].Kind == Word && toks[n.End].Cap {
		return true
	}
	return !n.Word && toks[n.Start].Text == "911" || galleryIndex(toks, n)
}

// repeated reports a figure its sentence told already in the same words,
// up to the four words after it: a headline or caption a scraped page
// repeats without a stop ("Lake Minnetonka family of five found dead in a
// murder-suicide Video (01:15): Lake Minnetonka family of five found dead in
// a murder-suicide"). Two incidents told alike ("two men were killed in
// Baghdad and two men were killed in Mosul") differ in what follows.
func repeated(d *Document, out []countMention, c countMention, last int) bool {
	words := func(a, b int) string {
		b = min(b, last)
		return d.Text[d.Tokens[a].Start:d.Tokens[b-1].End]
	}
	for i := len(out) - 1; i >= 0 && out[i].sent == c.sent; i-- {
		p := out[i]
		if p.kind == c.kind && p.value == c.value && p.end-p.start == c.end-c.start && p.end+4 <= c.start &&
			words(p.start, p.end+4) == words(c.start, c.end+4) {
			return true
		}
	}
	return false
}

// galleryIndex reports the numbers of a photo gallery's caption: "Image 2 of
// 44", "Photo 3 of 14".
func galleryIndex(toks []Token, n number) bool {
	at := n.Start - 1
	if norm(toks, at) == "of" && at > 0 && toks[at-1].Kind == Number {
		at -= 2
	}
	switch norm(toks, at) {
	case "image", "photo", "picture", "slide":
		return toks[at].Cap
	}
	return false
}

// isStationName reports a word that names a television station before its
// channel number: "FOX", "Channel", "News", a call sign ("KSDK", "WKYC").
func isStationName(t Token) bool {
	switch t.Norm {
	case "channel", "fox", "news", "abc", "nbc", "cbs", "cw":
		return t.Cap
	}
	return t.Upper && callSign(t.Text)
}

// subsetAfter reports a number that picks out some of those just counted:
// "one fatally", "two of them critically", "one seriously".
func subsetAfter(toks []Token, e int) bool {
	w := norm(toks, e)
	if w == "of" && (norm(toks, e+1) == "them" || norm(toks, e+1) == "whom") {
		return true
	}
	switch w {
	case "fatally", "mortally", "critically", "seriously":
		return true
	}
	return false
}

// isAge reports ages: "Khaled, 54,", "23-year-old", "an 80yo man".
// agedBefore reports a name and its age ("Burnett, 21;", "Powers, 30,")
// among the 30 tokens before k, in the same sentence.
func agedBefore(toks []Token, k int) bool {
	for j := k - 1; j >= 3 && j > k-30 && toks[j].Sent == toks[k].Sent; j-- {
		if (toks[j].Text == ";" || toks[j].Text == ",") && toks[j-1].Kind == Number && len(toks[j-1].Text) <= 2 &&
			toks[j-2].Text == "," && toks[j-3].Kind == Word && toks[j-3].Cap {
			return true
		}
	}
	return false
}

func isAge(toks []Token, n number) bool {
	i, e := n.Start, n.End
	if e+2 < len(toks) && toks[e].Text == "-" && (toks[e+1].Norm == "year" || toks[e+1].Norm == "years" || toks[e+1].Norm == "yr") {
		return true // "23-year-old", "28-years-old", "14-yr-old"
	}
	if w := norm(toks, e); (w == "yr" || w == "yrs") && norm(toks, e+1) == "old" {
		return true // "a 26 yr old man"
	}
	if w := norm(toks, e); w == "yo" || w == "y" && norm(toks, e+1) == "/" && norm(toks, e+2) == "o" {
		return true // "an 80yo man", "a 43 y/o man"
	}
	if e < len(toks) && (toks[e].Norm == "year" || toks[e].Norm == "years") && (norm(toks, e+1) == "old" || norm(toks, e+1) == "-" && norm(toks, e+2) == "old") {
		return true // "23 years old", "a 3 year-old boy"
	}
	if i > 0 && toks[i-1].Text == "," && e < len(toks) && toks[e].Text == "," && i > 1 && (toks[i-2].Cap || toks[i-2].Text == "." && i > 2 && toks[i-3].Cap) {
		return true // "Khaled, 54,", "William Young Jr., 32,"
	}
	if i > 1 && toks[i-1].Text == "," && toks[i-2].Cap && toks[i-2].Kind == Word && agedBefore(toks, i-2) {
		return true // "Burnett, 21; and Jerry Trivon Coleman, 31 all died": the last of a list of names and ages
	}
	if i > 2 && (toks[i-1].Norm == "both" || toks[i-1].Norm == "all") && toks[i-2].Text == "," && toks[i-3].Cap && toks[i-3].Kind == Word {
		return true // "Parish Jordan and Leroy Monsalvatge, both 22 — were injured"
	}
	// "aged 20", "ages 20, 21 and 25"
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch w := toks[k].Norm; {
		case w == "aged" || w == "age" || w == "ages":
			return true
		case w == "," || w == "and" || w == "to" || toks[k].Kind == Number:
			continue // "ages 20, 21 and 25", "aged 20 to 27"
		}
		break
	}
	return false
}
