package extract

import (
	"io"
	"runtime"
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
		{"json without text", "a.json", `{"id":"p","url":"http://x"}`, nil, []string{`a.json:1: article has no text (want a "text" or "maintext" field)`}},
		{"json with a title only", "a.json", `{"id":"p","title":"Toddler shot, killed in Apison","text":""}`, []string{"p"}, nil},
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

func TestScanJSONL(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("x", 200) + `"}`
	in := "\ufeff{\"id\":\"a\",\"text\":\"one\"}\n\n" + long + "\n{\"id\":\"n\",\"text\":\"a\x00b\"}\n{\"id\":\"u\",\"text\":\"caf\xe9\"}\r\n{\"id\":\"z\",\"text\":\"last, no newline\"}"
	var got []string
	n, err := ScanJSONL("s.jsonl", strings.NewReader(in), 100, func(a Article, e *InputError) {
		if e != nil {
			got = append(got, "error "+e.Error())
			return
		}
		got = append(got, a.ID+" "+a.Text+" "+strings.Join(a.Warnings, ";"))
	})
	want := []string{
		"a one ",
		"error s.jsonl:3: line is over the --max-bytes limit of 100 (raise it with --max-bytes)",
		"error s.jsonl:4: binary data: NUL byte at offset 271; not a JSON line",
		"u caf\uFFFD line 5: invalid UTF-8 at byte 297 repaired (bad bytes replaced with U+FFFD)",
		"z last, no newline ",
	}
	if err != nil || n != int64(len(in)) || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ScanJSONL = %d, %v,\n%s\nwant %d bytes,\n%s", n, err, strings.Join(got, "\n"), len(in), strings.Join(want, "\n"))
	}
	var empty []string
	ScanJSONL("e.jsonl", strings.NewReader("\n \n"), 100, func(a Article, e *InputError) { empty = append(empty, e.Error()) })
	if strings.Join(empty, ";") != "e.jsonl: empty file" {
		t.Errorf("blank input: got %q, want one empty-file error", empty)
	}
}

// TestScanJSONLBounded streams 64 MB of lines through ScanJSONL and checks
// that the live heap stays small: the input is never held whole.
func TestScanJSONLBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 64 MB")
	}
	line := `{"id":"x","text":"` + strings.Repeat("Two soldiers were killed in Kirkuk. ", 100) + `"}` + "\n"
	r := &repeatReader{s: line, n: 64 << 20}
	var peak uint64
	var ms runtime.MemStats
	// what other tests of the package left live (gazetteer, phone data) is
	// not the stream's
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	count := 0
	ScanJSONL("big.jsonl", r, 1<<20, func(a Article, e *InputError) {
		if count++; count%2000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc-min(base, ms.HeapAlloc))
		}
	})
	if count < 10000 || peak > 16<<20 {
		t.Errorf("streamed %d lines with a peak live heap of %d MB over the baseline; want > 10000 lines under 16 MB", count, peak>>20)
	}
}

// repeatReader yields s over and over, n bytes in all.
type repeatReader struct {
	s   string
	n   int
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.s[r.off:])
		r.off = (r.off + c) % len(r.s)
		k += c
		r.n -= c
	}
	return k, nil
}

// TestReadInput: the format comes from the extension, else from the first
// bytes; JSON lines are bounded per line, other inputs as a whole.
func TestReadInput(t *testing.T) {
	cases := []struct{ path, data, want string }{
		{"-", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"" + strings.Repeat("y", 50) + "\"}\n", "a; -:2: line is over the --max-bytes limit of 40 (raise it with --max-bytes)"},
		{"-", `[{"id":"a","text":"x"},{"id":"b","text":"y"}]`, "-: input is over the --max-bytes limit of 40 (raise it with --max-bytes)"},
		{"-", `[{"id":"a","text":"x"}]`, "a"},
		{"-", "  Gunmen killed two.", "-"},
		{"d/n.txt", "{\"id\":\"a\",\"text\":\"x\"}", "n"}, // the extension wins: a text article
	}
	for _, c := range cases {
		var got []string
		ReadInput(c.path, "", strings.NewReader(c.data), 40, func(a Article, e *InputError) {
			if e != nil {
				got = append(got, e.Error())
			} else {
				got = append(got, a.ID)
			}
		})
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("ReadInput(%q, %.30q) = %q; want %q", c.path, c.data, g, c.want)
		}
	}
}
