package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Article is one input article before extraction.
type Article struct {
	ID        string
	Path      string
	Title     string
	Text      string
	Published string // as given in metadata, "" when none
	URL       string
	Source    string
	// Line is the JSONL line the article came from (0 for other inputs).
	Line int
	// Warnings are problems with the input that did not stop it (repaired UTF-8).
	Warnings []string
}

// InputError is a problem with one input: the file, the line where known,
// and the reason. One bad input never stops the others.
type InputError struct {
	Path   string
	Line   int
	Reason string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

// IsInput reports whether a file name is an input sitrep reads.
func IsInput(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".json", ".jsonl":
		return true
	}
	return false
}

// ParseInput turns one input file's bytes into articles. path names the file
// in errors and records; format is "txt", "json" or "jsonl" ("" guesses from
// the extension and, for stdin, from the content). It returns every article
// it could read and an error for each one it could not: a bad JSONL line
// costs that line only.
func ParseInput(path, format string, data []byte) ([]Article, []*InputError) {
	if format == "" {
		if format = formatOf(path); format == "" {
			format = Sniff(data)
		}
	}
	t := bytes.TrimSpace(bytes.TrimPrefix(data, bom))
	if (format == "json" || format == "jsonl") && len(t) > 0 && t[0] != '[' {
		return parseJSON(path, data) // line by line: a bad line costs that line only
	}
	if len(t) == 0 {
		return nil, []*InputError{{Path: path, Reason: "empty file"}}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, []*InputError{{Path: path, Reason: fmt.Sprintf("binary data: NUL byte at offset %d; not a text article", i)}}
	}
	var warn []string
	if !utf8.Valid(data) {
		bad := firstInvalid(data)
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
		warn = append(warn, fmt.Sprintf("invalid UTF-8 at byte %d repaired (bad bytes replaced with U+FFFD)", bad))
	}
	data = bytes.TrimPrefix(data, bom)
	switch format {
	case "json", "jsonl":
		arts, errs := parseJSON(path, data)
		for i := range arts {
			arts[i].Warnings = append(warn, arts[i].Warnings...)
		}
		return arts, errs
	}
	a, err := parseText(path, string(data))
	if err != nil {
		return nil, []*InputError{err}
	}
	a.Warnings = warn
	return []Article{a}, nil
}

var bom = []byte("\ufeff")

// Sniff guesses the format of an input from its first bytes: "jsonl" when
// it starts (after white space and a byte-order mark) with "{", "json" with
// "[", else "txt".
func Sniff(data []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n")
	switch {
	case len(t) > 0 && t[0] == '{':
		return "jsonl"
	case len(t) > 0 && t[0] == '[':
		return "json"
	}
	return "txt"
}

// formatOf is the format a file name's extension names, or "".
func formatOf(path string) string {
	switch f := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), "."); f {
	case "txt", "json", "jsonl":
		return f
	}
	return ""
}

// ReadInput reads one input from r and hands fn each article, or the error
// that cost one, in input order; format is as for ParseInput ("" guesses
// from the extension, then from the first bytes). JSON lines are streamed a
// line at a time, maxBytes bounding each line, so an input of any size reads
// in bounded memory; other inputs are read whole, at most maxBytes of them.
// It returns the bytes read and the I/O error that stopped the reading, if
// any. The CLI and the Beam example both read through it.
func ReadInput(path, format string, r io.Reader, maxBytes int64, fn func(Article, *InputError)) (int64, error) {
	if format == "" {
		format = formatOf(path)
	}
	if format == "" {
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(4096)
		format, r = Sniff(head), br
	}
	if format == "jsonl" {
		return ScanJSONL(path, r, int(min(maxBytes, math.MaxInt32)), fn)
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return int64(len(data)), err
	}
	if int64(len(data)) > maxBytes {
		fn(Article{}, &InputError{Path: path, Reason: fmt.Sprintf("input is over the --max-bytes limit of %d (raise it with --max-bytes)", maxBytes)})
		return int64(len(data)), nil
	}
	arts, errs := ParseInput(path, format, data)
	for _, e := range errs {
		fn(Article{}, e)
	}
	for _, a := range arts {
		fn(a, nil)
	}
	return int64(len(data)), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}

func idFromPath(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// frontMatter is the YAML block a .txt article may start with.
type frontMatter struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title"`
	Published string `yaml:"published"`
	URL       string `yaml:"url"`
	Source    string `yaml:"source"`
}

func parseText(path, s string) (Article, *InputError) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := Article{ID: idFromPath(path), Path: path}
	if strings.HasPrefix(s, "---\n") {
		end := strings.Index(s[4:], "\n---")
		if end < 0 {
			return a, &InputError{Path: path, Line: 1, Reason: "front matter opened with --- is never closed"}
		}
		block := s[4 : 4+end]
		rest := s[4+end+4:]
		rest = strings.TrimPrefix(rest, "\n")
		var node yaml.Node
		if err := yaml.Unmarshal([]byte(block), &node); err != nil {
			return a, &InputError{Path: path, Line: yamlLine(err) + 1, Reason: "malformed front matter: " + strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		var fm frontMatter
		if len(node.Content) > 0 {
			m := node.Content[0]
			if m.Kind != yaml.MappingNode {
				return a, &InputError{Path: path, Line: 2, Reason: "malformed front matter: want key: value lines"}
			}
			for i := 0; i+1 < len(m.Content); i += 2 {
				k := m.Content[i]
				switch k.Value {
				case "id", "title", "published", "url", "source":
				default:
					return a, &InputError{Path: path, Line: k.Line + 1, Reason: fmt.Sprintf("unknown front matter key %q (known: id, title, published, url, source)", k.Value)}
				}
			}
			if err := m.Decode(&fm); err != nil {
				return a, &InputError{Path: path, Line: 2, Reason: "malformed front matter: " + err.Error()}
			}
		}
		if fm.ID != "" {
			a.ID = fm.ID
		}
		a.Title, a.Published, a.URL, a.Source = fm.Title, fm.Published, fm.URL, fm.Source
		s = rest
	}
	if strings.TrimSpace(s) == "" {
		return a, &InputError{Path: path, Reason: "no article text after the front matter"}
	}
	a.Text = s
	return a, nil
}

func yamlLine(err error) int {
	var line int
	if _, e := fmt.Sscanf(err.Error(), "yaml: line %d:", &line); e == nil {
		return line
	}
	return 0
}

// jsonArticle is one JSON/JSONL input object.
type jsonArticle struct {
	ID          any    `json:"id"`
	Title       string `json:"title"`
	Text        string `json:"text"`
	Maintext    string `json:"maintext"`
	Published   string `json:"published"`
	DatePublish string `json:"date_publish"`
	URL         string `json:"url"`
	Source      string `json:"source"`
}

func parseJSON(path string, data []byte) ([]Article, []*InputError) {
	var out []Article
	var errs []*InputError
	t := bytes.TrimSpace(data)
	if len(t) > 0 && t[0] == '[' {
		var list []json.RawMessage
		if err := json.Unmarshal(t, &list); err != nil {
			return nil, []*InputError{{Path: path, Reason: "malformed JSON: " + err.Error()}}
		}
		for i, raw := range list {
			a, err := jsonToArticle(path, 0, raw, i+1)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, a)
		}
		return out, errs
	}
	ScanJSONL(path, bytes.NewReader(data), len(data), func(a Article, err *InputError) {
		if err != nil {
			errs = append(errs, err)
			return
		}
		out = append(out, a)
	})
	return out, errs
}

// ScanJSONL reads JSON lines from r and hands fn each article, or the error
// that cost a line, in input order. It holds one line at a time, so an input
// of any size streams through in bounded memory: a line longer than maxLine
// bytes is skipped with an error, a line with a NUL byte is rejected, and
// invalid UTF-8 is repaired with a warning on the article, as for whole
// files. An input with no article line at all is an "empty file" error. It
// returns the bytes read and the error that stopped the reading, if any.
func ScanJSONL(path string, r io.Reader, maxLine int, fn func(Article, *InputError)) (int64, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		buf     []byte
		line    int
		off     int64 // offset of the current line in the input
		read    int64
		tooLong bool
		seen    bool
	)
	for {
		chunk, err := br.ReadSlice('\n')
		read += int64(len(chunk))
		if !tooLong && len(buf)+len(chunk) <= maxLine+1 { // +1: the newline
			buf = append(buf, chunk...)
		} else {
			tooLong, buf = true, buf[:0]
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if len(chunk) > 0 || len(buf) > 0 || tooLong {
			line++
			if line == 1 && bytes.HasPrefix(buf, bom) {
				buf, off = buf[len(bom):], off+int64(len(bom))
			}
			if l := bytes.TrimSpace(buf); tooLong {
				seen = true
				fn(Article{}, &InputError{Path: path, Line: line, Reason: fmt.Sprintf("line is over the --max-bytes limit of %d (raise it with --max-bytes)", maxLine)})
			} else if len(l) > 0 {
				seen = true
				lead := len(buf) - len(bytes.TrimLeft(buf, " \t\r\n"))
				fn(jsonLine(path, line, off+int64(lead), l))
			}
		}
		off = read
		buf, tooLong = buf[:0], false
		if err == io.EOF {
			break
		}
		if err != nil {
			return read, err
		}
	}
	if !seen {
		fn(Article{}, &InputError{Path: path, Reason: "empty file"})
	}
	return read, nil
}

// jsonLine checks and decodes one JSONL line that starts at byte off.
func jsonLine(path string, line int, off int64, l []byte) (Article, *InputError) {
	if i := bytes.IndexByte(l, 0); i >= 0 {
		return Article{}, &InputError{Path: path, Line: line, Reason: fmt.Sprintf("binary data: NUL byte at offset %d; not a JSON line", off+int64(i))}
	}
	var warn string
	if !utf8.Valid(l) {
		warn = fmt.Sprintf("line %d: invalid UTF-8 at byte %d repaired (bad bytes replaced with U+FFFD)", line, off+int64(firstInvalid(l)))
		l = bytes.ToValidUTF8(l, []byte("\uFFFD"))
	}
	a, err := jsonToArticle(path, line, l, line)
	if err == nil && warn != "" {
		a.Warnings = append(a.Warnings, warn)
	}
	return a, err
}

func jsonToArticle(path string, line int, raw []byte, n int) (Article, *InputError) {
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return Article{}, &InputError{Path: path, Line: line, Reason: "malformed JSON: " + err.Error()}
	}
	a := Article{Path: path, Line: line, Title: j.Title, Text: j.Text, Published: j.Published, URL: j.URL, Source: j.Source}
	if a.Text == "" {
		a.Text = j.Maintext
	}
	if a.Published == "" {
		a.Published = j.DatePublish
	}
	switch v := j.ID.(type) {
	case string:
		a.ID = v
	case float64:
		a.ID = fmt.Sprint(v)
	case nil:
		a.ID = fmt.Sprintf("%s#%d", idFromPath(path), n)
	default:
		return a, &InputError{Path: path, Line: line, Reason: "id must be a string or a number"}
	}
	if strings.TrimSpace(a.Text) == "" {
		if strings.TrimSpace(a.Title) == "" {
			return a, &InputError{Path: path, Line: line, Reason: "article has no text (want a \"text\" or \"maintext\" field)"}
		}
		// a feed or a scrape that kept only the headline: the headline is
		// still an account of the incident, read as the text (with a warning)
		a.Text = a.Title
		a.Warnings = append(a.Warnings, "article has no text: its title alone was read")
	}
	a.Text = strings.ReplaceAll(a.Text, "\r\n", "\n")
	return a, nil
}
