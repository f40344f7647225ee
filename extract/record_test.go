package extract

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestMarshalLineBreaks checks that a JSON line holds no character a line
// reader may break it at, though the text does (NEL, U+2028, U+2029, form
// feed), and that the text decodes back unchanged.
func TestMarshalLineBreaks(t *testing.T) {
	text := "lost control\u0085 We are\u2028here\u2029now\f."
	r := Record{Article: ArticleInfo{ID: "n", Title: text}}
	line, err := r.MarshalLine()
	if err != nil {
		t.Fatal(err)
	}
	body := line[:len(line)-1]
	for _, br := range []string{"\n", "\r", "\u0085", "\u2028", "\u2029", "\f", "\v", "\x1c", "\x1d", "\x1e"} {
		if bytes.Contains(body, []byte(br)) {
			t.Errorf("line holds the raw break %q: %s", br, line)
		}
	}
	var back Record
	if err := json.Unmarshal(line, &back); err != nil || back.Article.Title != text {
		t.Errorf("decoded title = %q (%v); want %q", back.Article.Title, err, text)
	}
}
