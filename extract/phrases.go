package extract

import "strings"

// phraseSet finds fixed word sequences among a sentence's tokens, indexed by
// their first word, so a sentence costs one map probe per token whatever
// the number of phrases. A phrase whose last word ends in a digit matches
// words that start with it ("since 20" matches "since 2014").
type phraseSet map[string][][]string

func newPhraseSet(phrases ...string) phraseSet {
	p := phraseSet{}
	for _, s := range phrases {
		w := strings.Fields(s)
		p[w[0]] = append(p[w[0]], w)
	}
	return p
}

// in reports whether one of the phrases starts at a token in [first, last).
func (p phraseSet) in(toks []Token, first, last int) bool {
	for i := first; i < last; i++ {
		for _, ph := range p[toks[i].Norm] {
			if phraseAt(toks, i, last, ph) {
				return true
			}
		}
	}
	return false
}

func phraseAt(toks []Token, i, last int, ph []string) bool {
	if i+len(ph) > last {
		return false
	}
	for k, w := range ph {
		n := toks[i+k].Norm
		if k == len(ph)-1 && w[len(w)-1] >= '0' && w[len(w)-1] <= '9' {
			if !strings.HasPrefix(n, w) {
				return false
			}
		} else if n != w {
			return false
		}
	}
	return true
}
