package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/sitrep/sitrep/extract"
)

type extractOptions struct {
	IO       ioStreams
	Paths    []string
	Format   string
	Output   string
	Jobs     int
	Quiet    bool
	MaxBytes int64
	Res      resourceOptions
}

func newCmdExtract(ios ioStreams) *cobra.Command {
	opts := &extractOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "extract [PATH ...]",
		Short: "Extract incident records from articles (files, folders, - for stdin)",
		Long: `Extract reads .txt, .json and .jsonl articles from files, folders (recursive)
or standard input (-) and writes one record per article, in sorted input order
whatever the number of workers.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			switch opts.Format {
			case "jsonl", "json", "yaml":
			default:
				return fmt.Errorf("--format %q: want jsonl, json or yaml", opts.Format)
			}
			if opts.Jobs < 1 {
				return fmt.Errorf("-j %d: want at least 1 worker", opts.Jobs)
			}
			if opts.MaxBytes < 1 {
				return fmt.Errorf("--max-bytes %d: want a positive size", opts.MaxBytes)
			}
			return runExtract(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "jsonl", "output format: jsonl, json or yaml")
	f.StringVarP(&opts.Output, "output", "o", "", "write to FILE (atomically: temp file + rename) instead of stdout")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of workers")
	f.BoolVar(&opts.Quiet, "quiet", false, "no progress bar and no summary line on stderr (errors are still printed)")
	f.Int64Var(&opts.MaxBytes, "max-bytes", 10<<20, "skip input files larger than this many bytes (JSON lines: each line)")
	f.StringVar(&opts.Res.Published, "published", "", "publication date (YYYY-MM-DD) for articles that state none")
	f.StringVar(&opts.Res.RulesDir, "rules", "", "folder of YAML overlays: places, actors, attack_types")
	f.StringSliceVar(&opts.Res.Gazetteer, "gazetteer", nil, "extra places from a GeoNames dump (.txt, .gz or .zip); repeatable")
	return cmd
}

// source is one input: a file or stdin.
type source struct {
	path  string // as shown in records and errors ("-" for stdin)
	err   error  // a problem found while listing
	stdin bool
}

// listSources expands the arguments into files in sorted order: each
// folder's files sorted by path, arguments in the order given.
func listSources(paths []string) []source {
	var out []source
	for _, p := range paths {
		if p == "-" {
			out = append(out, source{path: "-", stdin: true})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			out = append(out, source{path: p, err: cleanErr(err)})
			continue
		}
		if !fi.IsDir() {
			out = append(out, source{path: p})
			continue
		}
		var files []source
		filepath.WalkDir(p, func(fp string, de fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, source{path: fp, err: cleanErr(err)})
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if de.IsDir() {
				if fp != p && strings.HasPrefix(de.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if extract.IsInput(fp) && !strings.HasSuffix(fp, ".expected.yaml") {
				files = append(files, source{path: fp})
			}
			return nil
		})
		sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
		out = append(out, files...)
	}
	return out
}

func cleanErr(err error) error {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return fmt.Errorf("%v", pe.Err)
	}
	return err
}

func runExtract(o *extractOptions) error {
	x, err := buildExtractor(o.Res)
	if err != nil {
		return err
	}
	sources := listSources(o.Paths)
	var out io.Writer = o.IO.Out
	var tmp *os.File
	if o.Output != "" {
		dir := filepath.Dir(o.Output)
		tmp, err = os.CreateTemp(dir, "."+filepath.Base(o.Output)+".tmp-*")
		if err != nil {
			return fmt.Errorf("-o %s: %v", o.Output, cleanErr(err))
		}
		defer os.Remove(tmp.Name()) // no-op after a successful rename
		out = tmp
	}
	// Output is buffered, and flushed whenever no finished record is waiting,
	// so a filter (sitrep extract - | ...) still delivers each record promptly.
	bw := bufio.NewWriterSize(out, 256<<10)
	w := newRecordWriter(bw, o.Format)
	var bar *progressbar.ProgressBar
	if o.IO.ErrIsTerminal && !o.Quiet {
		bar = progressbar.NewOptions(len(sources), progressbar.OptionSetWriter(o.IO.ErrOut),
			progressbar.OptionSetDescription("extracting"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	start := time.Now()

	// One reader parses the sources in order into units (an article, or an
	// input's errors); workers extract units in parallel; the writer emits
	// them in sequence order, so the output is the same whatever the number
	// of workers. The semaphore bounds how many units are in flight, so a
	// huge JSONL file never sits in memory as records.
	jobs := make(chan *unit)
	done := make(chan *unit, o.Jobs)
	sem := make(chan struct{}, o.Jobs*8)
	go func() {
		seq := 0
		emit := func(u *unit) {
			sem <- struct{}{}
			u.seq = seq
			seq++
			jobs <- u
		}
		for _, src := range sources {
			readSource(src, o, emit)
		}
		close(jobs)
	}()
	var wg sync.WaitGroup
	for k := 0; k < o.Jobs; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				if u.art != nil {
					u.rec, u.hasRec = extractOne(x.Extract, u)
					u.art = nil
					if o.Format != "yaml" { // encoded here, in parallel; the writer only orders and writes
						u.line, u.err = u.rec.MarshalLine()
					}
				}
				done <- u
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	nArticles, nEvents, nErrors := 0, 0, 0
	var nBytes int64
	var werr error
	pending := map[int]*unit{}
	next := 0
	for u := range done {
		pending[u.seq] = u
		for {
			u, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			for _, e := range u.warns {
				fmt.Fprintln(o.IO.ErrOut, "sitrep: "+e)
			}
			for _, e := range u.errs {
				fmt.Fprintln(o.IO.ErrOut, "sitrep: "+e)
				nErrors++
			}
			if u.hasRec {
				if werr == nil {
					werr = w.write(u)
				}
				nArticles++
				nEvents += len(u.rec.Events)
			}
			nBytes += u.bytes
			if bar != nil && u.last {
				bar.Add(1)
			}
			<-sem
		}
		if len(done) == 0 && werr == nil {
			werr = bw.Flush()
		}
	}
	if werr == nil {
		werr = w.close()
	}
	if werr == nil {
		werr = bw.Flush()
	}
	if werr != nil {
		return fmt.Errorf("writing output: %v", werr)
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("-o %s: %v", o.Output, err)
		}
		if err := os.Rename(tmp.Name(), o.Output); err != nil {
			return fmt.Errorf("-o %s: %v", o.Output, cleanErr(err))
		}
	}
	if !o.Quiet {
		secs := time.Since(start).Seconds()
		fmt.Fprintf(o.IO.ErrOut, "sitrep: %d articles, %d events, %d errors, %.1f MB in %.2fs (%.1f MB/s)\n",
			nArticles, nEvents, nErrors, float64(nBytes)/1e6, secs, float64(nBytes)/1e6/max(secs, 1e-9))
	}
	if nErrors > 0 {
		return &inputsFailedError{nErrors}
	}
	return nil
}

// unit is what flows from the reader to the writer: one article (and then
// its record), or the errors of an input that gave no article.
// extractOne extracts the unit's article. A bug that panics on one article
// costs that article alone: it becomes an error line naming the input (and its
// JSONL line) with the panic and its stack, and the run goes on with the others.
func extractOne(extractFn func(extract.Article) extract.Record, u *unit) (rec extract.Record, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			e := &extract.InputError{Path: u.art.Path, Line: u.art.Line,
				Reason: fmt.Sprintf("internal error extracting article %q (a bug; please report it with this input): %v\n%s", u.art.ID, r, debug.Stack())}
			u.errs = append(u.errs, e.Error())
			rec, ok = extract.Record{}, false
		}
	}()
	return extractFn(*u.art), true
}

type unit struct {
	seq    int
	art    *extract.Article
	errs   []string
	warns  []string
	bytes  int64
	last   bool // last unit of its source (progress)
	rec    extract.Record
	hasRec bool
	line   []byte // the record as a JSON line (jsonl and json formats)
	err    error  // from encoding line
}

// readSource reads one source (extract.ReadInput: JSON lines streamed a line
// at a time, --max-bytes bounding each line; other inputs read whole, at most
// --max-bytes) and hands emit its articles and errors in input order. One
// unit is held back so that the source's last unit is known (progress).
func readSource(s source, o *extractOptions, emit func(*unit)) {
	if s.err != nil {
		emit(&unit{errs: []string{fmt.Sprintf("%s: %v", s.path, s.err)}, last: true})
		return
	}
	var in io.Reader = o.IO.In
	if !s.stdin {
		f, err := os.Open(s.path)
		if err != nil {
			emit(&unit{errs: []string{fmt.Sprintf("%s: %v", s.path, cleanErr(err))}, last: true})
			return
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Size() > o.MaxBytes && !strings.EqualFold(filepath.Ext(s.path), ".jsonl") {
			emit(&unit{errs: []string{fmt.Sprintf("%s: file is %d bytes, over the --max-bytes limit of %d (raise it with --max-bytes)", s.path, fi.Size(), o.MaxBytes)}, last: true})
			return
		}
		in = f
	}
	var prev *unit
	n, err := extract.ReadInput(s.path, "", in, o.MaxBytes, func(a extract.Article, e *extract.InputError) {
		u := &unit{}
		if e != nil {
			u.errs = []string{e.Error()}
		} else {
			u.art, u.warns = &a, warnings(s.path, a.Line, a.Warnings)
		}
		if prev != nil {
			emit(prev)
		}
		prev = u
	})
	if err != nil {
		if prev != nil {
			emit(prev)
		}
		prev = &unit{errs: []string{fmt.Sprintf("%s: %v", s.path, cleanErr(err))}}
	}
	if prev == nil { // ReadInput always reports something; this keeps progress right if it ever does not
		prev = &unit{}
	}
	prev.bytes, prev.last = n, true
	emit(prev)
}

// warnings formats an article's repaired-input notes for stderr, naming the
// JSON line when the article is one.
func warnings(path string, line int, ws []string) []string {
	if line > 0 {
		path = fmt.Sprintf("%s:%d", path, line)
	}
	var out []string
	for _, w := range ws {
		out = append(out, "warning: "+path+": "+w) // repaired, not failed
	}
	return out
}

// recordWriter writes records in one of the output formats.
type recordWriter struct {
	w      io.Writer
	format string
	n      int
	yenc   *yaml.Encoder
}

func newRecordWriter(w io.Writer, format string) *recordWriter {
	return &recordWriter{w: w, format: format}
}

func (rw *recordWriter) write(u *unit) error {
	defer func() { rw.n++ }()
	if rw.format == "yaml" {
		if rw.yenc == nil {
			rw.yenc = yaml.NewEncoder(rw.w)
			rw.yenc.SetIndent(2)
		}
		return rw.yenc.Encode(u.rec)
	}
	if u.err != nil {
		return u.err
	}
	b := u.line
	if rw.format == "json" {
		prefix := ",\n"
		if rw.n == 0 {
			prefix = "[\n"
		}
		b = append([]byte(prefix), bytes.TrimRight(b, "\n")...)
	}
	_, err := rw.w.Write(b)
	return err
}

func (rw *recordWriter) close() error {
	switch rw.format {
	case "json":
		end := "\n]\n"
		if rw.n == 0 {
			end = "[]\n"
		}
		_, err := io.WriteString(rw.w, end)
		return err
	case "yaml":
		if rw.yenc != nil {
			return rw.yenc.Close()
		}
	}
	return nil
}
