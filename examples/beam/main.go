package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // registers every runner and the local and gs:// file systems
)

var (
	input     = flag.String("input", "", "glob of article files (.txt, .json, .jsonl, optionally .gz); local or gs://")
	output    = flag.String("output", "records.jsonl", "JSONL file for the records, one per article")
	errorsOut = flag.String("errors", "", "file for input errors, one per line (default: counted only)")
	published = flag.String("published", "", "publication date (YYYY-MM-DD) for articles that state none")
	maxBytes  = flag.Int64("max-bytes", 10<<20, "largest article file (JSON lines: largest line)")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" {
		log.Fatal("--input is required: a glob of article files")
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: *input, Output: *output, Errors: *errorsOut, Published: *published, MaxBytes: *maxBytes})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
