package person

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestZZStat(t *testing.T) {
	var parts []string
	for _, p := range []string{"../examples/article/article.txt", "../cmd/vnorg/testdata/extract/dir/a.txt", "../cmd/vnorg/testdata/extract/dir/sub/b.txt"} {
		b, _ := os.ReadFile(p)
		parts = append(parts, string(b))
	}
	unit := strings.Join(parts, "\n")
	text := strings.Repeat(unit, (1<<20)/len(unit)+1)
	c := newConfig(nil)
	z := &tokenizer{}
	p := &parser{text: text, c: c, t: tablesFor(text), z: z}
	z.lits = p.t.lits
	var kb []byte
	win, nwin, toks, anchors := 0, 0, 0, 0
	words := len(strings.Fields(text))
	for pos := 0; pos < len(text); {
		a, k := p.nextAnchor(pos, kb)
		kb = k
		if a < 0 {
			break
		}
		anchors++
		ws, we := prevWordStart(text, pos, a), p.windowReach(a, &kb)
		z.reset()
		z.tokenize(text, ws, we)
		toks += len(z.toks)
		win += we - ws
		nwin++
		pos = we
	}
	t.Logf("len %d words %d windows %d winbytes %d (%.0f%%) toks %d", len(text), words, nwin, win, 100*float64(win)/float64(len(text)), toks)
	n := 0
	for range Find(text) {
		n++
	}
	t.Logf("mentions %d", n)
}

func zzText() string {
	var parts []string
	for _, p := range []string{"../examples/article/article.txt", "../cmd/vnorg/testdata/extract/dir/a.txt", "../cmd/vnorg/testdata/extract/dir/sub/b.txt"} {
		b, _ := os.ReadFile(p)
		parts = append(parts, string(b))
	}
	unit := strings.Join(parts, "\n")
	return strings.Repeat(unit, (1<<20)/len(unit)+1)
}

func BenchmarkZZPhases(b *testing.B) {
	text := zzText()
	for _, phase := range []int{0, 1, 2, 3} {
		b.Run(fmt.Sprint(phase), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if phase == 3 {
					for range Find(text) {
					}
					continue
				}
				if phase == 0 {
					utf8.ValidString(text)
					continue
				}
				c := newConfig(nil)
				z := &tokenizer{}
				p := &parser{text: text, c: c, t: tablesFor(text), z: z}
				z.lits = p.t.lits
				var kb []byte
				for pos := 0; pos < len(text); {
					a, k := p.nextAnchor(pos, kb)
					kb = k
					if a < 0 {
						break
					}
					ws, we := prevWordStart(text, pos, a), p.windowReach(a, &kb)
					if phase == 2 {
						z.reset()
						z.tokenize(text, ws, we)
					}
					pos = we
				}
			}
		})
	}
}
