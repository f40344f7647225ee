package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/gazetteer"
)

// TokenKind classifies tokens.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is one word, number or punctuation mark, with byte offsets into the
// document text.
type Token struct {
	Start, End int
	Text       string
	Norm       string // lowercase, no diacritics or apostrophes
	Kind       TokenKind
	Cap        bool // first letter uppercase
	Upper      bool // every letter uppercase (and at least two letters)
	Space      bool // whitespace (or start of text) before the token
	Newline    bool // a line break before the token
	Lex        lex  // lexical classes of Norm
	Sent       int  // sentence index
}

// lex is a set of lexical classes, looked up once per token so that the
// stages test a bit instead of hashing the word again in every word list.
type lex uint16

const (
	lexNumber        lex = 1 << iota // "six", "thirty", "hundred"
	lexWeekday                       // "monday"
	lexWeekdayAbbrev                 // "wed"
	lexSeason                        // "summer"
	lexQuarter                       // "third" (quarter)
	lexDemonym                       // "iraqi"
	lexCasualty                      // "killed", "wounded" (casualtyWords)
	lexVague                         // "several", "dozens" (vagueWords)
	lexDate                          // a word that may start a date: "may", "last", "the" (dateStarts)
)

var lexicon = buildLexicon()

func buildLexicon() map[string]lex {
	m := map[string]lex{}
	for _, set := range []map[string]int{units, tens, scales} {
		addKeys(m, set, lexNumber)
	}
	addKeys(m, weekdayNames, lexWeekday|lexDate)
	addKeys(m, weekdayAbbrev, lexWeekdayAbbrev|lexDate)
	addKeys(m, seasons, lexSeason|lexDate)
	addKeys(m, quarterOrdinal, lexQuarter|lexDate)
	addKeys(m, demonyms, lexDemonym)
	addKeys(m, casualtyWords, lexCasualty)
	addKeys(m, vagueWords, lexVague)
	for _, set := range []map[string]int{monthNames, ordinals, units, tens} {
		addKeys(m, set, lexDate)
	}
	addKeys(m, dateStarts, lexDate)
	addKeys(m, holidayStarts, lexDate)
	return m
}

// addKeys gives every word of a word list the class c.
func addKeys[V any](m map[string]lex, words map[string]V, c lex) {
	for w := range words {
		m[w] |= c
	}
}

// Span is a byte range of the document text.
type Span struct{ Start, End int }

// Sentence is a sentence: its byte span and token range [First, Last).
type Sentence struct {
	Start, End  int
	First, Last int
	Para        int
	// Cut marks a sentence that splitAt ended or began, not the segmenter:
	// a window of a text's first sentences counts only the segmenter's.
	Cut bool
}

// Document is an article's text, tokenised and split into paragraphs and
// sentences. Offsets are bytes; CP converts them to the code points of the
// output.
type Document struct {
	dayFirst   bool             // numeric dates are day-first in this text
	surnames   map[string]bool  // words used as surnames in this text (places stage)
	givenNames map[string]bool  // words used as a person's names in this text, given names among them (places stage)
	outletArea *gazetteer.Place // the province or country of the outlet a title names ("WBRC FOX6 News - Birmingham, AL")
	titleArea  *gazetteer.Place // the province a title given apart names (titleProvince)
	// titleAnchors are the places a title given apart settles on its own
	// ("Youngstown news, Campbell police release names"): the text's
	// namesakes lean towards them
	titleAnchors []*gazetteer.Place
	aggCache     []int8    // per sentence: 0 unknown, 1 no statistics cue, 2 a cue
	phones       []tipLine // the phone numbers the text prints (tipLines)
	phonesDone   bool
	streets      map[string]bool  // the one-word names the text gives streets (streetNames)
	stations     []stationMention // the broadcasters' call signs the text prints (stationsIn)
	// outletStations are the broadcasters a title's outlet names ("- KMOV.com")
	outletStations []*gazetteer.Station
	Text           string
	Tokens         []Token
	Sentences      []Sentence
	Paragraphs     []Span
	// multibyte holds, for every non-ASCII rune, its byte offset and the
	// extra bytes it and those before it take, so CP is a binary search.
	mbOff   []int
	mbExtra []int
}

// NewDocument tokenises text and splits it into sentences.
func NewDocument(text string) *Document {
	d := &Document{Text: text}
	extra := 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:]) // an invalid byte counts as one code point
		extra += w - 1
		if w > 1 {
			d.mbOff = append(d.mbOff, i)
			d.mbExtra = append(d.mbExtra, extra)
		}
		i += w
	}
	d.tokenize()
	d.segment()
	return d
}

// CP converts a byte offset to a code-point offset.
func (d *Document) CP(b int) int {
	if len(d.mbOff) == 0 {
		return b
	}
	i := sort.SearchInts(d.mbOff, b) // runes starting before b
	if i == 0 {
		return b
	}
	return b - d.mbExtra[i-1]
}

func isAbbrevLetters(s string, i int) (int, bool) {
	// "U.S.", "U.N.", "U.S.A." : letter '.' letter '.' ...
	j := i
	n := 0
	for j+1 < len(s) && isASCIILetter(s[j]) && s[j+1] == '.' {
		j += 2
		n++
	}
	if n >= 2 && (j >= len(s) || !isASCIILetter(s[j])) {
		return j, true
	}
	return i, false
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func (d *Document) tokenize() {
	s := d.Text
	d.Tokens = make([]Token, 0, len(s)/5)
	space, newline := true, true
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' {
			space = true
			if r == '\n' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			i += w
			continue
		}
		start := i
		kind := Punct
		if end, ok := isAbbrevLetters(s, i); ok {
			i = end
			kind = Word
		} else if gazetteer.IsWordRune(r) {
			kind = Word
			if unicode.IsDigit(r) {
				kind = Number
			}
			for i < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[i:])
				if gazetteer.IsWordRune(r2) {
					if kind == Number && !unicode.IsDigit(r2) {
						// "23rd", "1980s": ordinal and plural suffixes stay in the token
						if !unicode.IsLetter(r2) || !numberSuffix(s[i:]) {
							break
						}
						for i < len(s) && isASCIILetter(s[i]) {
							i++
						}
						break
					}
					i += w2
					continue
				}
				if kind == Number && (r2 == ',' || r2 == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					i += w2 // "1,000", "2.5"
					continue
				}
				if kind == Word && gazetteer.IsApostrophe(r2) && i+w2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[i+w2:])
					if unicode.IsLetter(r3) {
						// possessive 's and n't split off; Qa'im stays whole
						rest := s[i+w2:]
						if (r3 == 's' || r3 == 'S') && (len(rest) == 1 || !gazetteer.IsWordRune(firstRune(rest[1:]))) {
							break
						}
						i += w2
						continue
					}
				}
				break
			}
		} else {
			i += w
		}
		t := Token{Start: start, End: i, Text: s[start:i], Kind: kind, Space: space, Newline: newline}
		if kind == Punct && gazetteer.IsApostrophe(r) && i < len(s) && (s[i] == 's' || s[i] == 'S') &&
			(i+1 >= len(s) || !gazetteer.IsWordRune(firstRune(s[i+1:]))) && !space {
			// possessive "’s" as one token
			i++
			t.End, t.Text, t.Kind = i, s[start:i], Word
		}
		if kind != Punct {
			t.Norm = gazetteer.NormalizeWord(t.Text)
			if kind == Word && strings.Contains(t.Text, ".") {
				t.Norm = strings.ReplaceAll(t.Norm, ".", "")
			}
			if kind == Word {
				t.Lex = lexicon[t.Norm]
			}
			first, _ := utf8.DecodeRuneInString(t.Text)
			t.Cap = unicode.IsUpper(first)
			if t.Cap {
				up, letters := true, 0
				for _, c := range t.Text {
					if unicode.IsLetter(c) {
						letters++
						if !unicode.IsUpper(c) {
							up = false
							break
						}
					}
				}
				t.Upper = up && letters >= 2
			}
		} else {
			t.Norm = t.Text
		}
		d.Tokens = append(d.Tokens, t)
		space, newline = false, false
	}
}

// numberSuffix reports "st", "nd", "rd", "th" or "s" closing a number.
func numberSuffix(rest string) bool {
	n := 0
	for n < len(rest) && isASCIILetter(rest[n]) {
		n++
	}
	if n < len(rest) && rest[n] >= utf8.RuneSelf {
		return false
	}
	switch strings.ToLower(rest[:n]) {
	case "st", "nd", "rd", "th", "s":
		return true
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// abbreviations are words that a following period does not end a sentence
// after (titles, ranks, months, common Latin shortenings).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "col": true, "lt": true, "gen": true,
	"sgt": true, "capt": true, "cpt": true, "maj": true, "brig": true, "adm": true, "cmdr": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "st": true, "mt": true, "ft": true, "no": true, "nos": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"jr": true, "sr": true, "vs": true, "etc": true, "approx": true, "cpl": true, "pvt": true, "lieut": true,
	"gens": true, "pfc": true, "spc": true, "insp": true, "supt": true, "det": true, "ave": true, "blvd": true,
	"rd": true, "hon": true, "messrs": true, "fr": true, "i.e": true, "e.g": true,
}

// maxSentenceTokens bounds a sentence. News sentences stay well under it; text
// without full stops (a scraped table, a run-on page) is cut at the last comma
// or semicolon before the bound, else at the bound, so that every rule that
// looks across a sentence costs at most this much per token.
const maxSentenceTokens = 160

// segment splits tokens into sentences: at . ! ? before a capital, digit or
// quote (not after an abbreviation or an initial), at every line break, and
// at maxSentenceTokens.
func (d *Document) segment() {
	toks := d.Tokens
	para := 0
	first := 0
	flush := func(last int) {
		if last > first {
			d.Sentences = append(d.Sentences, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last, Para: para})
		}
		first = last
	}
	for i := range toks {
		if i > first && toks[i].Newline {
			flush(i)
			para++ // every line of a news page is its own paragraph
		}
		if i-first >= maxSentenceTokens {
			cut := i
			for k := i - 1; k > first+maxSentenceTokens/2; k-- {
				if toks[k].Text == "," || toks[k].Text == ";" {
					cut = k + 1
					break
				}
			}
			flush(cut)
		}
		t := toks[i]
		if i > first && headlineEnds(toks, first, i) {
			flush(i)
		}
		if t.Kind != Punct || (t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…") {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == Punct && !toks[j].Space && isCloser(toks[j].Text) {
			j++
		}
		if j >= len(toks) || toks[j].Newline {
			continue // line break will end it
		}
		if !toks[j].Space && !gluedSentence(toks, i, j) {
			continue
		}
		next := toks[j]
		nextOK := next.Cap || next.Kind == Number || isOpener(next.Text)
		if !nextOK {
			continue
		}
		if t.Text == "." && i > 0 && !toks[i].Space {
			prev := toks[i-1]
			if prev.Kind == Word && (abbreviations[prev.Norm] || (len([]rune(prev.Text)) == 1 && prev.Cap)) {
				continue
			}
		}
		flush(j)
	}
	flush(len(toks))
	d.numberSentences()
	// Paragraphs: runs of text between line breaks.
	start := -1
	for i, t := range toks {
		if start < 0 {
			start = t.Start
		}
		if i+1 == len(toks) || toks[i+1].Newline {
			d.Paragraphs = append(d.Paragraphs, Span{start, t.End})
			start = -1
		}
	}
}

// numberSentences gives every token the index of its sentence.
func (d *Document) numberSentences() {
	for i := range d.Sentences {
		for k := d.Sentences[i].First; k < d.Sentences[i].Last; k++ {
			d.Tokens[k].Sent = i
		}
	}
}

// splitAt ends a sentence before each token that starts at one of the
// byte offsets bs (ascending) and is not already a sentence's first; the
// sentences it begins are marked Cut. One pass, whatever the number of cuts.
func (d *Document) splitAt(bs []int) {
	if len(bs) == 0 {
		return
	}
	var out []Sentence
	for _, s := range d.Sentences {
		for len(bs) > 0 && bs[0] <= d.Tokens[s.First].Start {
			bs = bs[1:]
		}
		for len(bs) > 0 && bs[0] < s.End {
			k := sort.Search(s.Last-s.First, func(i int) bool { return d.Tokens[s.First+i].Start >= bs[0] }) + s.First
			if k > s.First && k < s.Last && d.Tokens[k].Start == bs[0] {
				out = append(out, Sentence{Start: s.Start, End: d.Tokens[k-1].End, First: s.First, Last: k, Para: s.Para, Cut: s.Cut})
				s = Sentence{Start: bs[0], End: s.End, First: k, Last: s.Last, Para: s.Para, Cut: true}
			}
			bs = bs[1:]
		}
		out = append(out, s)
	}
	d.Sentences = out
	d.numberSentences()
}

// splitTitle makes a sentence of every copy of the title inside the text: a
// scraped page that runs the headline into its first line ("One killed, four
// injured in shooting Police are investigating a shooting that left one
// person dead") tells the same dead twice, and a headline is a sentence of
// its own. A title of fewer than three words is not looked for.
func (d *Document) splitTitle(title string) {
	title = strings.TrimSpace(title)
	if len(strings.Fields(title)) < 3 {
		return
	}
	var cuts []int
	for from := 0; ; {
		i := strings.Index(d.Text[from:], title)
		if i < 0 {
			break
		}
		i += from
		from = i + len(title)
		cuts = append(cuts, i)
		if j := strings.IndexFunc(d.Text[from:], func(r rune) bool { return !unicode.IsSpace(r) }); j >= 0 {
			cuts = append(cuts, from+j)
		}
	}
	d.splitAt(cuts)
}

// gluedSentence reports a full stop at i with no space before the next
// sentence at j, as scraped pages join paragraphs: "Saturday night.Isaac
// Gonzalez was walking", "in their early 20s.Two victims", "Hospital.A man"
// (a word of three letters or more ending in lowercase before, a capitalised
// word after; not "WALB.com", "U.S.", "St.Louis").
func gluedSentence(toks []Token, i, j int) bool {
	if j != i+1 || i == 0 || toks[i].Text != "." || toks[i].Space {
		return false
	}
	prev, next := toks[i-1], toks[j]
	last := prev.Text[len(prev.Text)-1]
	if prev.Upper || len(prev.Text) < 3 || last < 'a' || last > 'z' || abbreviations[prev.Norm] {
		return false
	}
	if next.Text == "A" || next.Text == "I" {
		return j+1 < len(toks) && toks[j+1].Space // "Hospital.A 21-year-old man"
	}
	return next.Kind == Word && next.Cap && !next.Upper && len(next.Text) >= 2 && norm(toks, j+1) != "."
}

// headlineEnds reports a video caption's headline run into its text at i:
// "Man Kills 3 People, Barricades Himself Inside Kensington House A barricade
// in Kensington ended ...". An article opening a clause ("A", "An", "The"
// before a lowercase word) follows four capitalised words or more, with no
// lowercase word longer than three letters ("in", "of", "at") among them back
// to the sentence's start.
func headlineEnds(toks []Token, first, i int) bool {
	switch toks[i].Text {
	case "A", "An", "The":
	default:
		return false
	}
	if i+1 >= len(toks) || toks[i+1].Kind != Word || toks[i+1].Cap || toks[i-1].Kind != Word || !toks[i-1].Cap {
		return false
	}
	caps := 0
	for k := first; k < i; k++ {
		if t := toks[k]; t.Kind == Word && len(t.Text) > 3 {
			if !t.Cap {
				return false
			}
			caps++
		}
	}
	return caps >= 4
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "«", "—", "–", "-":
		return true
	}
	return false
}

// SentenceText returns a sentence's text.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// TokenAt returns the index of the first token starting at or after byte b.
func (d *Document) TokenAt(b int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= b })
}
