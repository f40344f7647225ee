package extract

import (
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
