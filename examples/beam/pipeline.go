// Package main is an Apache Beam pipeline that runs sitrep's extraction over
// article files on any Beam runner: prism locally, Dataflow, Flink or Spark.
// sitrep is a pure function of one article, so the pipeline is a read, one
// ParDo and a write; see README.md.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/sitrep/sitrep/extract"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&parseFn{})
	register.DoFn4x0[context.Context, string, func(string), func(string)](&extractFn{})
	register.Emitter1[string]()
}

// Options configure a run.
type Options struct {
	Input     string // glob of article files: .txt, .json, .jsonl (and .gz of them)
	Output    string // JSONL records, one per article
	Errors    string // one line per input error ("" discards them, counted)
	Published string // YYYY-MM-DD for articles that state no date, as sitrep's --published
	MaxBytes  int64  // per article, as sitrep's --max-bytes
}

// Build adds the pipeline to s: match the input files, parse each into
// articles, extract each article where it lands, write the records.
func Build(s beam.Scope, o Options) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, o.Input), fileio.ReadDirectorySkip())
	articles, errs := beam.ParDo2(s.Scope("parse"), &parseFn{MaxBytes: o.MaxBytes}, files)
	// Articles from one large file are spread over the workers before the
	// expensive step, whatever the runner fused.
	articles = beam.Reshuffle(s, articles)
	records, errs2 := beam.ParDo2(s.Scope("extract"), &extractFn{Published: o.Published}, articles)
	textio.Write(s, o.Output, records)
	if o.Errors != "" {
		textio.Write(s.Scope("errors"), o.Errors, beam.Flatten(s, errs, errs2))
	}
}

var (
	articleCount = beam.NewCounter("sitrep", "articles")
	errorCount   = beam.NewCounter("sitrep", "input_errors")
)

// parseFn turns one file into articles (JSON-encoded, so any runner can ship
// them) and input errors with the reader `sitrep extract` uses
// (extract.ReadInput): JSON lines streamed a line at a time, other files
// read whole up to MaxBytes.
type parseFn struct {
	MaxBytes int64 `json:"max_bytes"`
}

func (fn *parseFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string), emitErr func(string)) error {
	path := f.Metadata.Path
	name := strings.TrimSuffix(path, ".gz")
	fail := func(e *extract.InputError) {
		errorCount.Inc(ctx, 1)
		emitErr(e.Error())
	}
	send := func(a extract.Article) error {
		b, err := encodeArticle(a)
		if err != nil {
			return err
		}
		emit(b)
		return nil
	}
	if !extract.IsInput(name) {
		return nil
	}
	rc, err := f.Open(ctx) // decompresses .gz
	if err != nil {
		return fmt.Errorf("%s: %v", path, err) // the runner retries I/O failures
	}
	defer rc.Close()
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
	var sendErr error
	_, err = extract.ReadInput(path, format, rc, fn.MaxBytes, func(a extract.Article, e *extract.InputError) {
		if e != nil {
			fail(e)
		} else if sendErr == nil {
			sendErr = send(a)
		}
	})
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return sendErr
}

// extractFn runs sitrep's extraction on one article. The extractor (the
// embedded gazetteer, actors and rules: about 30 ms and 20 MB) is built once
// per worker in Setup and shared by its bundles.
type extractFn struct {
	Published string `json:"published"`
	x         *extract.Extractor
}

func (fn *extractFn) Setup() error {
	var opts []extract.Option
	if fn.Published != "" {
		d, ok := extract.ParseISODate(fn.Published)
		if !ok {
			return fmt.Errorf("published %q: want YYYY-MM-DD", fn.Published)
		}
		opts = append(opts, extract.WithPublished(d))
	}
	x, err := extract.New(opts...)
	fn.x = x
	return err
}

func (fn *extractFn) ProcessElement(ctx context.Context, raw string, emit func(string), emitErr func(string)) {
	a, err := decodeArticle(raw)
	if err != nil {
		errorCount.Inc(ctx, 1)
		emitErr(err.Error())
		return
	}
	line, err := fn.x.Extract(a).MarshalLine()
	if err != nil {
		errorCount.Inc(ctx, 1)
		emitErr(fmt.Sprintf("%s: %v", a.Path, err))
		return
	}
	articleCount.Inc(ctx, 1)
	emit(strings.TrimSuffix(string(line), "\n"))
}

// Articles travel between the steps as JSON: a plain string element that
// every runner and coder handles.
func encodeArticle(a extract.Article) (string, error) {
	b, err := json.Marshal(a)
	return string(b), err
}

func decodeArticle(s string) (extract.Article, error) {
	var a extract.Article
	err := json.Unmarshal([]byte(s), &a)
	return a, err
}
