package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Col. Saad Mohammed drove on. He spoke.", []string{"Col. Saad Mohammed drove on.", "He spoke."}},
		{"U.S.-backed forces advanced. The U.S. Army said so.", []string{"U.S.-backed forces advanced.", "The U.S. Army said so."}},
		{"Lt. Gen. Muzher al-Azawi said it. Then he left.", []string{"Lt. Gen. Muzher al-Azawi said it.", "Then he left."}},
		{"Abu Bakr al-B. Baghdadi spoke. J. Smith wrote.", []string{"Abu Bakr al-B. Baghdadi spoke.", "J. Smith wrote."}},
		{"“We went alone,” he said. “Six of us walked.”", []string{"“We went alone,” he said.", "“Six of us walked.”"}},
		{"On Sept. 3 a bomb exploded. Two died.", []string{"On Sept. 3 a bomb exploded.", "Two died."}},
		{"Headline without a period\nFirst line of the body.", []string{"Headline without a period", "First line of the body."}},
		// paragraphs a scraper glued together
		{"He was shot Saturday night.Isaac Gonzalez was walking.", []string{"He was shot Saturday night.", "Isaac Gonzalez was walking."}},
		{"All were in their early 20s.Two were taken to Kings County Hospital.A man was rushed away.", []string{"All were in their early 20s.", "Two were taken to Kings County Hospital.", "A man was rushed away."}},
		{"Read WALB.com and St.Louis news.", []string{"Read WALB.com and St.Louis news."}},
	}
	for _, c := range cases {
		d := NewDocument(c.text)
		var got []string
		for i := range d.Sentences {
			got = append(got, d.SentenceText(i))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sentences(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

// TestOffsets checks that code-point offsets locate their text in non-ASCII input.
func TestOffsets(t *testing.T) {
	text := "Iraq’s Makhmour — “Daesh” attacked Diyālá on March 7."
	d := NewDocument(text)
	runes := []rune(text)
	for _, tok := range d.Tokens {
		s, e := d.CP(tok.Start), d.CP(tok.End)
		if string(runes[s:e]) != tok.Text {
			t.Errorf("token %q at cp %d-%d reads %q", tok.Text, s, e, string(runes[s:e]))
		}
	}
	if d.CP(len(text)) != utf8.RuneCountInString(text) {
		t.Errorf("CP(end) = %d; want %d", d.CP(len(text)), utf8.RuneCountInString(text))
	}
}

func TestTokens(t *testing.T) {
	d := NewDocument("Iraq’s al-Qaim, 1,000 fighters; Qa'im 23rd U.S.")
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, tok.Text)
	}
	want := "Iraq|’s|al|-|Qaim|,|1,000|fighters|;|Qa'im|23rd|U.S."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens = %s; want %s", strings.Join(got, "|"), want)
	}
}

// TestSentenceBound: text without full stops is cut into sentences of at most
// maxSentenceTokens tokens, at a comma where there is one in the second half.
func TestSentenceBound(t *testing.T) {
	text := strings.Repeat("gunmen killed two people in Mosul, ", 200)
	d := NewDocument(text)
	if len(d.Sentences) < 200*7/maxSentenceTokens {
		t.Fatalf("%d sentences from %d tokens; want it cut at least every %d tokens", len(d.Sentences), len(d.Tokens), maxSentenceTokens)
	}
	for i, s := range d.Sentences {
		if n := s.Last - s.First; n > maxSentenceTokens {
			t.Errorf("sentence %d has %d tokens, over %d", i, n, maxSentenceTokens)
		}
		if i < len(d.Sentences)-1 && d.Tokens[s.Last-1].Text != "," {
			t.Errorf("sentence %d ends with %q; want a cut after a comma", i, d.Tokens[s.Last-1].Text)
		}
	}
	// a normal long sentence is one sentence
	long := "Six members of the Popular Mobilization Forces were killed and 31 others wounded on Thursday when Islamic State militants ambushed their convoy near Makhmour, south-west of Erbil, security sources said."
	if n := len(NewDocument(long).Sentences); n != 1 {
		t.Errorf("a news sentence split into %d", n)
	}
}

// TestHeadlineEnds: a video caption's headline run into its text is a
// sentence of its own; a name in capitals inside a sentence is not cut.
func TestHeadlineEnds(t *testing.T) {
	for text, want := range map[string]int{
		"Man Kills 3 People, Barricades Himself Inside Kensington House A barricade in Kensington ended in tragedy early Sunday.": 2,
		"Police Release Names Of Victims In Weekend Shooting The victims were 19 and 22.":                                         2,
		"He told The Associated Press that the gunman fled.":                                                                      1,
		"Officers from the Chicago Police Department The gunman fled.":                                                            1, // lowercase words before: a sentence
	} {
		d := NewDocument(text)
		if len(d.Sentences) != want {
			var got []string
			for i := range d.Sentences {
				got = append(got, d.SentenceText(i))
			}
			t.Errorf("%q: sentences %q; want %d", text, got, want)
		}
	}
}

// TestSplitTitle: a title that a scraped page runs into the text's first line
// becomes a sentence of its own, wherever it is repeated.
func TestSplitTitle(t *testing.T) {
	text := "Two shot in park WBTV News Two shot in park Police said two men were shot. They survived."
	d := NewDocument(text)
	d.splitTitle("Two shot in park")
	var got []string
	for i := range d.Sentences {
		got = append(got, d.SentenceText(i))
	}
	want := []string{"Two shot in park", "WBTV News", "Two shot in park", "Police said two men were shot.", "They survived."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q; want %q", got, want)
	}
	for i, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			if d.Tokens[k].Sent != i {
				t.Fatalf("token %d (%q) has sentence %d; want %d", k, d.Tokens[k].Text, d.Tokens[k].Sent, i)
			}
		}
	}
	if cut := d.Sentences[0].Cut || !d.Sentences[1].Cut || d.Sentences[4].Cut; cut {
		t.Errorf("Cut flags = %v; want only the sentences splitTitle began", d.Sentences)
	}
	// copies back to back: no empty sentence between them
	d = NewDocument("Two shot in park Two shot in park Police said two men were shot.")
	d.splitTitle("Two shot in park")
	got = got[:0]
	for i := range d.Sentences {
		got = append(got, d.SentenceText(i))
	}
	if want := []string{"Two shot in park", "Two shot in park", "Police said two men were shot."}; !slices.Equal(got, want) {
		t.Errorf("sentences = %q; want %q", got, want)
	}
	// a title of two words is not looked for
	d = NewDocument("Shooting update Police said two men were shot.")
	d.splitTitle("Shooting update")
	if len(d.Sentences) != 1 {
		t.Errorf("two-word title: %d sentences; want 1", len(d.Sentences))
	}
}
