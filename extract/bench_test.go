package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/gazetteer"
)

// benchCorpus concatenates testdata/articles until it holds at least n bytes.
func benchCorpus(b *testing.B, n int) []string {
	b.Helper()
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts, _ := ParseInput(f, "", data)
		for _, a := range arts {
			texts = append(texts, a.Text)
		}
	}
	var out []string
	size := 0
	for size < n {
		for _, t := range texts {
			out = append(out, t)
			size += len(t)
		}
	}
	return out
}

func corpusBytes(docs []string) int64 {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return int64(n)
}

func benchStage(b *testing.B, stage func(x *Extractor, d *Document)) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchCorpus(b, 1<<20)
	pre := make([]*Document, len(docs))
	for i, t := range docs {
		pre[i] = NewDocument(t)
	}
	b.SetBytes(corpusBytes(docs))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range pre {
			stage(x, d)
		}
	}
}

// benchText runs f over the raw texts of the benchmark corpus.
func benchText(b *testing.B, f func(text string)) {
	docs := benchCorpus(b, 1<<20)
	b.SetBytes(corpusBytes(docs))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range docs {
			f(t)
		}
	}
}

func BenchmarkDocument(b *testing.B) {
	benchText(b, func(t string) { NewDocument(t) })
}

func BenchmarkDates(b *testing.B) {
	benchStage(b, func(x *Extractor, d *Document) {
		resolveDates(findDates(d), Date{Y: 2019, M: 5, D: 6, Precision: "day"})
	})
}

// BenchmarkDatesFromText is date extraction from raw text: tokenising and
// segmenting included.
func BenchmarkDatesFromText(b *testing.B) {
	benchText(b, func(t string) {
		resolveDates(findDates(NewDocument(t)), Date{Y: 2019, M: 5, D: 6, Precision: "day"})
	})
}

func BenchmarkPlaces(b *testing.B) {
	benchStage(b, func(x *Extractor, d *Document) { x.findPlaces(d, nil) })
}

func BenchmarkActors(b *testing.B) {
	benchStage(b, func(x *Extractor, d *Document) { x.findActors(d, "IQ") })
}

func BenchmarkCounts(b *testing.B) {
	benchStage(b, func(x *Extractor, d *Document) { findCounts(d) })
}

func BenchmarkTriggers(b *testing.B) {
	benchStage(b, func(x *Extractor, d *Document) { x.rules.findTriggers(d) })
}

// BenchmarkExtract is the whole pipeline, one core.
func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchCorpus(b, 1<<20)
	b.SetBytes(corpusBytes(docs))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, t := range docs {
			x.Extract(Article{ID: "b", Text: t, Published: "2019-05-06", Line: j})
		}
	}
}

// BenchmarkLoad is the start-up cost: the embedded gazetteer with the curated
// overlays, the actor dictionary and the rules.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g, err := gazetteer.New()
		if err != nil {
			b.Fatal(err)
		}
		if err := g.AddCurated(); err != nil {
			b.Fatal(err)
		}
		if _, err := gazetteer.DefaultActors(); err != nil {
			b.Fatal(err)
		}
		if _, err := DefaultRules(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlaceMatching is matching alone: every capitalised word probes the
// embedded name index for the longest name starting there (no context checks,
// no disambiguation).
func BenchmarkPlaceMatching(b *testing.B) {
	found := 0
	benchStage(b, func(x *Extractor, d *Document) {
		toks := d.Tokens
		for k := 0; k < len(toks); k++ {
			if !toks[k].Cap || toks[k].Kind != Word {
				continue
			}
			h := gazetteer.Hash(toks[k].Norm)
			for j := k; j < len(toks) && j < k+6; j++ {
				if j > k {
					if toks[j].Kind != Word {
						break
					}
					h = gazetteer.HashExtend(h, toks[j].Norm)
				}
				cands, prefix := x.gaz.LookupHash(h)
				found += len(cands)
				if !prefix {
					break
				}
			}
		}
	})
	if found == 0 {
		b.Fatal("no place found")
	}
}

// pathological inputs (issue #7): each must stay within a small multiple of
// the normal per-byte cost, so no stage is quadratic in a sentence, a run of
// numbers or a run of names.
func pathological(kind string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		switch kind {
		case "no-breaks": // one sentence: words, numbers and places, never a full stop
			b.WriteString("gunmen killed 12 people and wounded thirty-one in Mosul on Monday while police in Kirkuk arrested 5 suspects and ")
		case "number-words":
			b.WriteString("twenty ")
		case "place-names":
			b.WriteString("Mosul Kirkuk Baghdad Tikrit Ramadi Fallujah Samarra Baqubah Erbil Basra ")
		}
	}
	return b.String()
}

var benchPathSize = 2 << 20

func BenchmarkPathological(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range []string{"no-breaks", "number-words", "place-names"} {
		text := pathological(kind, benchPathSize)
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				x.Extract(Article{ID: "p", Text: text, Published: "2019-05-06"})
			}
		})
	}
}

// BenchmarkLoadActors is the actor dictionary and the rule files (attack
// types, suspects) alone: #5 wants the dictionary loaded in under 20 ms.
func BenchmarkLoadActors(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := gazetteer.DefaultActors(); err != nil {
			b.Fatal(err)
		}
		if _, err := DefaultRules(); err != nil {
			b.Fatal(err)
		}
	}
}
