package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseInput(t *testing.T) {
	cases := []struct {
		name, path, data string
		ids              []string
		errs             []string
	}{
		{"plain text", "dir/a.txt", "Text.", []string{"a"}, nil},
		{"front matter", "a.txt", "---\nid: x1\ntitle: T\npublished: 2019-01-02\n---\nBody.", []string{"x1"}, nil},
		{"crlf and bom", "a.txt", "\ufeff---\r\nid: x2\r\n---\r\nBody.\r\n", []string{"x2"}, nil},
		{"unknown front matter key", "a.txt", "---\nid: x\ndate: 2019\n---\nBody.", nil, []string{`a.txt:3: unknown front matter key "date" (known: id, title, published, url, source)`}},
		{"unclosed front matter", "a.txt", "---\nid: x\nBody.", nil, []string{"a.txt:1: front matter opened with --- is never closed"}},
		{"empty", "e.txt", "  \n\n", nil, []string{"e.txt: empty file"}},
		{"nul", "n.txt", "ab\x00c", nil, []string{"n.txt: binary data: NUL byte at offset 2; not a text article"}},
		{"jsonl with a bad line", "l.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{bad\n{\"id\":2,\"maintext\":\"b\"}\n", []string{"1", "2"},
			[]string{"l.jsonl:2: malformed JSON: invalid character 'b' looking for beginning of object key string"}},
		{"json array", "a.json", `[{"id":"p","text":"x"},{"text":"y"}]`, []string{"p", "a#2"}, nil},
		{"json without text", "a.json", `{"id":"p","title":"x"}`, nil, []string{`a.json:1: article has no text (want a "text" or "maintext" field)`}},
		{"sniffed stdin", "-", "{\"id\":\"s\",\"text\":\"x\"}\n", []string{"s"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			arts, errs := ParseInput(c.path, "", []byte(c.data))
			var ids, es []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			for _, e := range errs {
				es = append(es, e.Error())
			}
			if strings.Join(ids, ",") != strings.Join(c.ids, ",") || strings.Join(es, ";") != strings.Join(c.errs, ";") {
				t.Errorf("ParseInput(%q) = %v %v; want %v %v", c.data, ids, es, c.ids, c.errs)
			}
		})
	}
	arts, _ := ParseInput("u.txt", "", []byte("caf\xe9 bomb"))
	if len(arts) != 1 || !strings.Contains(strings.Join(arts[0].Warnings, ""), "invalid UTF-8 at byte 3 repaired") || !strings.Contains(arts[0].Text, "\uFFFD") {
		t.Errorf("invalid UTF-8: got %+v", arts)
	}
}

// FuzzParseInput: no input makes the loader panic, and every article it
// returns has text that is valid UTF-8.
func FuzzParseInput(f *testing.F) {
	for _, s := range []string{"---\nid: a\n---\nText", "{\"id\":1,\"text\":\"x\"}\n{", "[{\"text\":\"y\"}]", "\xff\xfe", "---\n: :\n---\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"a.txt", "a.jsonl", "-"} {
			arts, _ := ParseInput(name, "", []byte(s))
			for _, a := range arts {
				if !strings.Contains(a.Text, "") || strings.TrimSpace(a.Text) == "" {
					t.Errorf("empty article text from %q", s)
				}
			}
		}
	})
}

// FuzzExtract: extraction never panics and its offsets stay in the text.
func FuzzExtract(f *testing.F) {
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Six militiamen were killed and 31 injured on March 7 in Makhmour.", "al- - Qa'im ,, 1,000,", "On May 4 a day earlier the next day"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := x.Extract(Article{ID: "f", Text: s, Published: "2019-05-06"})
		n := utf8.RuneCountInString(s) // each invalid byte is one code point, as Go counts
		for _, p := range r.Places {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > n || m.Start > m.End {
					t.Fatalf("mention %+v outside text of %d runes", m, n)
				}
			}
		}
	})
}
