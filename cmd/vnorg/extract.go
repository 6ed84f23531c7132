// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/vnorg/vnorg/orgunit"
)

func init() {
	register(&command{
		name:    "extract",
		usage:   "[--at YYYY-MM-DD] [--context UNIT] [--jobs N] [FILE|DIR ...]",
		summary: "find document references and officials in text files (or standard input)",
		run:     runExtract,
	})
}

const extractHelp = `usage: vnorg extract [--at YYYY-MM-DD] [--context UNIT] [--jobs N] [FILE|DIR ...]

Reads the files (directories are walked recursively for .txt files), or
standard input when none is given, and writes one JSON object per input file,
in input order:

  {"file", "documents": [{"text", "start", "end", "canonical", "system",
     "number", "year", "type", "type_abbr", "issuer_abbr", "issuer", "date",
     "fixes"}],
   "people": [{"text", "start", "end", "name", "honorific", "memberships",
     "positions": [{"text", "title", "org", "modifiers", "english"}]}]}

A court's code (system "court": 112/2024/HS-ST) adds "case_kind" and
"proceeding" ("HS", "ST"). start and end are byte offsets into the file. A file that cannot be read or
is not valid UTF-8 gets {"file", "error"} instead, and the exit status is 1.
--at gives the date as of which units are resolved (the article's date;
default today). --context names the unit the texts are about, as of that
date ("tỉnh Ninh Bình", "Thành ủy Ninh Bình", or a unit id such as
place/37): a unit written without its place ("Tỉnh ủy", "UBND tỉnh")
resolves inside it.
`

// Block sizes of the streaming reader. A file is read in blocks of
// extractBlock bytes; each block is scanned with extractOverlap more bytes
// after it, so that a reference that starts in the block is seen whole.
// Both are variables so that tests can make them small.
var (
	extractBlock   = 1 << 20
	extractOverlap = 16 << 10
	// spoolMemory is how many bytes of JSON a file's result keeps in memory
	// before it spills to a temporary file.
	spoolMemory = 4 << 20
)

// extractMemoryLimit is the soft limit of the Go heap during extract (see
// runtime/debug.SetMemoryLimit): the collector runs more often near it
// rather than letting the heap double.
const extractMemoryLimit = 48 << 20

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("extract", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { fmt.Fprint(stderr, extractHelp) }
	atFlag := fset.String("at", "", "resolve units as of this date, YYYY-MM-DD (default today)")
	jobs := fset.Int("jobs", runtime.NumCPU(), "files processed in parallel")
	ctxFlag := fset.String("context", "", "the unit the texts are about: a name or a unit id")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	at, err := parseAt(*atFlag)
	if err != nil {
		fmt.Fprintf(stderr, "vnorg extract: %v\n", err)
		return 2
	}
	if *jobs < 1 {
		fmt.Fprintln(stderr, "vnorg extract: --jobs must be at least 1")
		return 2
	}
	var ctx orgunit.Unit
	if *ctxFlag != "" {
		if ctx, err = contextUnit(*ctxFlag, at); err != nil {
			fmt.Fprintf(stderr, "vnorg extract: --context: %v\n", err)
			return 2
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// Keep the heap near what the work needs (blocks in flight and
		// spools), whatever the size of the input; GOMEMLIMIT overrides.
		debug.SetMemoryLimit(extractMemoryLimit)
	}
	x := &extractor{at: at, ctx: ctx, stderr: stderr, sem: make(chan struct{}, *jobs)}
	if fset.NArg() == 0 {
		res := x.process("-", func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil })
		ok := writeResult(stdout, res)
		if !ok {
			return 1
		}
		return 0
	}
	inputs, walkErrs := collectInputs(fset.Args())
	return x.run(inputs, walkErrs, *jobs, stdout)
}

// contextUnit reads the unit of --context: a unit id, or a name that
// resolves to exactly one unit in force on at.
func contextUnit(s string, at time.Time) (orgunit.Unit, error) {
	if u, ok := orgunit.Lookup(s); ok {
		return u, nil
	}
	res := orgunit.Resolve(s, at)
	if err := res.Err(); err != nil {
		return orgunit.Unit{}, err
	}
	if len(res.Candidates) > 1 {
		names := make([]string, len(res.Candidates))
		for i, u := range res.Candidates {
			names[i] = u.ID() + " " + u.Name()
		}
		return orgunit.Unit{}, fmt.Errorf("%q names %d units on %s: %s; give one of their ids", s, len(names), formatDate(at), strings.Join(names, ", "))
	}
	return res.Best(), nil
}

// An input is one file to process, or a path that could not be listed.
type input struct {
	path string
	size int64
	err  error
}

// collectInputs expands directories into their .txt files (walked in lexical
// order) and keeps files as given. A path that cannot be listed becomes an
// input with an error, so that it is reported in its place.
func collectInputs(paths []string) ([]input, int) {
	var out []input
	errs := 0
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, input{path: p, err: err})
			errs++
			continue
		}
		if !info.IsDir() {
			out = append(out, input{path: p, size: info.Size()})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, input{path: path, err: err})
				errs++
				return nil
			}
			if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".txt") {
				return nil
			}
			var size int64
			if fi, err := d.Info(); err == nil {
				size = fi.Size()
			}
			out = append(out, input{path: path, size: size})
			return nil
		})
		if err != nil {
			out = append(out, input{path: p, err: err})
			errs++
		}
	}
	return out, errs
}

// An extractor processes files into results. It is safe for concurrent use.
type extractor struct {
	at     time.Time
	ctx    orgunit.Unit // the unit the texts are about, or none
	stderr io.Writer

	// Progress counters, updated atomically.
	files, bytes atomic.Int64

	// buffers holds block buffers (*[]byte) for reuse across files.
	buffers sync.Pool
	// sem bounds the blocks scanned in parallel across all files.
	sem chan struct{}
}

// buffer returns a block buffer from the pool, or a new one.
func (x *extractor) buffer() *[]byte {
	if b, ok := x.buffers.Get().(*[]byte); ok && cap(*b) == extractBlock+extractOverlap {
		return b
	}
	b := make([]byte, 0, extractBlock+extractOverlap)
	return &b
}

// A fileResult is the JSON of one file: its documents and people arrays,
// each spooled so that memory stays bounded on huge files, or its error.
type fileResult struct {
	file   string
	err    error
	docs   spool
	people spool
}

// run processes the inputs with jobs workers and writes the results in input
// order. It returns the exit status.
func (x *extractor) run(inputs []input, walkErrs, jobs int, stdout io.Writer) int {
	var total int64
	for _, in := range inputs {
		total += in.size
	}
	stopProgress := x.progress(len(inputs), total)
	defer stopProgress()

	// Results reach the writer in input order: each input gets a channel,
	// queued in order; at most 2*jobs inputs are in flight, which bounds the
	// memory held by finished results waiting for their turn.
	queue := make(chan chan *fileResult, 2*jobs)
	work := make(chan func(), jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				f()
			}
		}()
	}
	go func() {
		for _, in := range inputs {
			ch := make(chan *fileResult, 1)
			queue <- ch
			in := in
			work <- func() {
				if in.err != nil {
					ch <- &fileResult{file: in.path, err: in.err}
					return
				}
				ch <- x.process(in.path, func() (io.ReadCloser, error) { return os.Open(in.path) })
			}
		}
		close(queue)
		close(work)
	}()
	status := 0
	if walkErrs > 0 {
		status = 1
	}
	for ch := range queue {
		if !writeResult(stdout, <-ch) {
			status = 1
		}
	}
	wg.Wait()
	return status
}

// process reads one input in overlapping blocks and scans each block.
func (x *extractor) process(name string, open func() (io.ReadCloser, error)) (res *fileResult) {
	res = &fileResult{file: name}
	defer func() {
		if res.err != nil {
			res.docs.reset()
			res.people.reset()
		}
		x.files.Add(1)
	}()
	rc, err := open()
	if err != nil {
		res.err = err
		return res
	}
	defer rc.Close()

	// Blocks are scanned in parallel (at most x.jobs at once across all
	// files) and merged in file order; at most maxPending blocks of a file
	// wait to be merged, which bounds memory.
	const maxPending = 2
	var pending []*block
	// Items may overlap within a block ("ông X, Thư ký đồng chí Y" and
	// "đồng chí Y, Bí thư ..." are two mentions); across blocks, an item that
	// starts before the end of what earlier blocks kept is a piece of an item
	// already reported, seen again from the middle, and is dropped.
	var lastDoc, lastPerson int // file offsets where items of earlier blocks end
	keep := func(sp *spool, items []found, last *int) error {
		threshold, end := *last, *last
		for _, f := range items {
			if f.start < threshold {
				continue
			}
			if err := sp.add(f.json); err != nil {
				return err
			}
			end = max(end, f.end)
		}
		*last = end
		return nil
	}
	merge := func(b *block) error {
		<-b.done
		if err := keep(&res.docs, b.docs, &lastDoc); err != nil {
			return err
		}
		return keep(&res.people, b.people, &lastPerson)
	}

	bufp := x.buffer()
	defer x.buffers.Put(bufp)
	buf := (*bufp)[:0]
	base := 0
	eof := false
	for {
		if !eof {
			n, err := io.ReadFull(rc, buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			x.bytes.Add(int64(n))
			switch {
			case err == io.EOF || err == io.ErrUnexpectedEOF:
				eof = true
			case err != nil:
				res.err = err
				return res
			}
		}
		cut := len(buf)
		if !eof {
			cut = chooseCut(buf, len(buf)-extractOverlap)
		}
		if !utf8.Valid(buf[:cut]) {
			res.err = fmt.Errorf("not valid UTF-8 at byte %d", base+invalidAt(buf[:cut]))
			return res
		}
		// The overlap past the cut may end inside a character: scan only up
		// to the last whole one (the next block checks the rest).
		b := &block{text: string(buf[:len(buf)-trailingPartial(buf)]), base: base, cut: cut, done: make(chan struct{})}
		if eof && len(pending) == 0 {
			// A file of one block (most files): no goroutine.
			b.scan(x.at, x.ctx)
			close(b.done)
		} else {
			x.sem <- struct{}{}
			go func() {
				defer func() { <-x.sem; close(b.done) }()
				b.scan(x.at, x.ctx)
			}()
		}
		pending = append(pending, b)
		for len(pending) > maxPending || (eof && len(pending) > 0 && len(buf) == cut) {
			if err := merge(pending[0]); err != nil {
				res.err = err
				return res
			}
			pending = pending[1:]
		}
		n := copy(buf, buf[cut:])
		buf = buf[:n]
		base += cut
		if eof && len(buf) == 0 {
			return res
		}
	}
}

// A block is one window of a file being scanned: its text, the file offset
// where it starts, and the cut before which its items belong to it. done is
// closed when docs and people hold what the scan found.
type block struct {
	text      string
	base, cut int
	docs      []found
	people    []found
	done      chan struct{}
}

// chooseCut returns where a block ends: at the last blank line before limit
// in the block's last quarter, else the last line break, else the last space,
// else limit itself moved back to the start of a character.
func chooseCut(buf []byte, limit int) int {
	if limit <= 0 {
		return len(buf)
	}
	lo := limit - limit/4
	if i := bytes.LastIndex(buf[lo:limit], []byte("\n\n")); i >= 0 {
		return lo + i + 2
	}
	if i := bytes.LastIndexByte(buf[lo:limit], '\n'); i >= 0 {
		return lo + i + 1
	}
	if i := bytes.LastIndexByte(buf[lo:limit], ' '); i >= 0 {
		return lo + i + 1
	}
	cut := limit
	for k := 0; k < utf8.UTFMax && cut > 0 && !utf8.RuneStart(buf[cut]); k++ {
		cut--
	}
	return cut
}

// invalidAt returns the offset of the first invalid UTF-8 sequence in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// trailingPartial returns the length of an incomplete character at the end of b.
func trailingPartial(b []byte) int {
	for k := 1; k <= utf8.UTFMax && k <= len(b); k++ {
		if utf8.RuneStart(b[len(b)-k]) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// writeResult writes one file's JSON object on one line. It reports whether
// the file was processed without error.
func writeResult(w io.Writer, r *fileResult) bool {
	var head bytes.Buffer
	enc := newEncoder(&head)
	head.WriteString(`{"file":`)
	_ = enc.Encode(r.file)
	trimNewline(&head)
	if r.err != nil {
		head.WriteString(`,"error":`)
		_ = enc.Encode(errorText(r.err))
		trimNewline(&head)
		head.WriteString("}\n")
		_, _ = w.Write(head.Bytes())
		return false
	}
	head.WriteString(`,"documents":[`)
	_, _ = w.Write(head.Bytes())
	_ = r.docs.writeTo(w)
	_, _ = io.WriteString(w, `],"people":[`)
	_ = r.people.writeTo(w)
	_, _ = io.WriteString(w, "]}\n")
	return true
}

func trimNewline(b *bytes.Buffer) {
	if n := b.Len(); n > 0 && b.Bytes()[n-1] == '\n' {
		b.Truncate(n - 1)
	}
}

// errorText is the message of an input error, without the path (the object
// names the file already).
func errorText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// A spool holds the comma-separated JSON items of one array, in memory up to
// spoolMemory bytes and in a temporary file past that.
type spool struct {
	mem  bytes.Buffer
	file *os.File
	w    *bufio.Writer // buffers the writes to file
	n    int
}

// spoolBuffer is the size of a spilled spool's write buffer: items are a few
// hundred bytes, and one write call each would cost more than encoding them.
const spoolBuffer = 64 << 10

// add appends one JSON item (without a trailing newline).
func (s *spool) add(item []byte) error {
	sep := s.n > 0
	s.n++
	if s.file == nil && s.mem.Len()+1+len(item) <= spoolMemory {
		if sep {
			s.mem.WriteByte(',')
		}
		s.mem.Write(item)
		return nil
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "vnorg-extract-*")
		if err != nil {
			return err
		}
		s.file, s.w = f, bufio.NewWriterSize(f, spoolBuffer)
		if _, err := s.w.Write(s.mem.Bytes()); err != nil {
			return err
		}
		s.mem = bytes.Buffer{}
	}
	if sep {
		s.w.WriteByte(',')
	}
	_, err := s.w.Write(item)
	return err
}

// writeTo copies the items to w and releases the spool.
func (s *spool) writeTo(w io.Writer) error {
	defer s.reset()
	if s.file == nil {
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if err := s.w.Flush(); err != nil {
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

func (s *spool) reset() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
		s.file, s.w = nil, nil
	}
	s.mem = bytes.Buffer{}
	s.n = 0
}

// progress prints a progress line on standard error while the work runs,
// when standard error is a terminal and the work is large. It returns a
// function that stops it.
func (x *extractor) progress(files int, total int64) func() {
	f, ok := x.stderr.(*os.File)
	if !ok || (files < 200 && total < 64<<20) {
		return func() {}
	}
	if info, err := f.Stat(); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(stopped)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(f, "\r\033[K")
				return
			case <-tick.C:
				b := x.bytes.Load()
				secs := time.Since(start).Seconds()
				fmt.Fprintf(f, "\r\033[Kvnorg extract: %d/%d files, %.1f/%.1f MB, %.1f MB/s",
					x.files.Load(), files, float64(b)/1e6, float64(total)/1e6, float64(b)/1e6/secs)
			}
		}
	}()
	return func() { close(done); <-stopped }
}
