// Copyright 2026 The vnorg Authors. All rights reserved.

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnorg/vnorg/internal/vntext"
)

// The evaluation set in testdata/eval is a second, independent check of the
// extraction rules next to the shared dev corpus: passages we wrote ourselves
// (decisions, công văn, Party resolutions, personnel news, messy code forms,
// an NFD file) with gold annotations in gold.jsonl in the dev corpus format,
// plus the article's date ("at"). The test scores `vnorg extract` the way
// ../shared/corpus/score.py does and fails when a figure drops by more than
// 0.02 below what was measured when the set was written.
//
// Measured on 2026-11-25 (15 passages; 57 codes, 62 people, 70 positions):
//
//	documents F1 0.991, people F1 0.931, positions F1 0.877
//
// and after room and lot numbers stopped reading as codes:
//
//	documents F1 1.000
//
// and after the person rules generalized (age asides, Trưởng Công an, Thái
// and Khmer family names, known units across a comma and before a name,
// Xã hội, phone numbers, nay là, đầu tư):
//
//	people F1 0.975, positions F1 0.978
//
// and after signatures under any heading line and with Q. (acting):
//
//	people F1 0.992, positions F1 0.993
//
// and after a name found earlier in a text made its family name known:
//
//	people F1 1.000, positions F1 1.000
//
// Raise the floors when the rules improve.
const (
	evalDocumentsFloor = 1.000 - 0.02
	evalPeopleFloor    = 1.000 - 0.02
	evalPositionsFloor = 1.000 - 0.02
)

// The second set, testdata/eval2, was written after the rules were fixed on
// the first, so that it still measures generalization: Quốc hội and Chính
// phủ news, the Front and mass organisations, military and police ranks with
// academic titles, Ê Đê, Thái, Khmer and Hmông names, all-caps headlines, a
// discipline item with nguyên titles, a numbered list of a Standing Board,
// communes and wards after 1 July 2025, unaccented text, codes in a table,
// văn bản số / Thông báo kết luận số / Hướng dẫn số, a Party code with an
// extra group, a joint circular, and numbers that are not codes. Do not fix
// rules by reading it; write new sentences for the rules' own tests.
//
// Measured on 2026-11-25 (15 passages; 53 codes, 60 people, 68 positions):
//
//	documents F1 1.000, people F1 0.966, positions F1 0.931
//
// Later that day three of its misses were read and the rules generalized
// with sentences of our own ("của Quốc hội" after a committee, "Ủy viên Ban
// Thường vụ Đảng ủy", "Chủ nhiệm Chính trị"), so it is no longer wholly
// held out (testdata/eval3 is). Then:
//
//	documents F1 1.000, people F1 0.974, positions F1 0.977
//
// and after text without diacritics was read with folded tables (a rule
// for a kind of text, with sentences of our own):
//
//	people F1 0.992, positions F1 0.993
//
// and on 2026-11-26, after a headline's name written again in running text
// was read ("... TỈNH MÙA A VẢNG", then "ông Mùa A Vảng"):
//
//	people F1 1.000, positions F1 1.000
const (
	eval2DocumentsFloor = 1.000 - 0.02
	eval2PeopleFloor    = 1.000 - 0.02
	eval2PositionsFloor = 1.000 - 0.02
)

// The third set, testdata/eval3, was written after the rules of the second
// session by a writer who read neither the rules nor the other sets' texts,
// and was not run through vnorg while it was written: Party and State news
// after the 2025 mergers, an NFD passage, old tone placement, a code broken
// across a line in a letter's own number, signature blocks, lists, kiêm,
// Quyền, nguyên, ranks, Hmông, Thái, Khmer, Ê Đê and Gia Rai names, and
// numbers that are not codes. It was held out for one session.
//
// Measured on 2026-11-25 (15 passages; 51 codes, 74 people, 88 positions):
//
//	documents F1 1.000, people F1 0.958, positions F1 0.899
//
// In the next session its misses were read, once eval4 had been written to
// take its place, and rules were generalized with sentences of our own (a
// name found earlier in a text, a title before "kiêm" sharing the unit,
// "chịu" ending a unit, a three-word name after a whole unit whatever its
// family name). Then:
//
//	people F1 0.993, positions F1 0.960
//
// and on 2026-11-26, with the rules generalized from eval4's misses and a
// headline's name written again in running text:
//
//	people F1 1.000, positions F1 0.977
const (
	eval3DocumentsFloor = 1.000 - 0.02
	eval3PeopleFloor    = 1.000 - 0.02
	eval3PositionsFloor = 0.977 - 0.02
)

// The fourth set, testdata/eval4, was written by a writer who read neither
// the rules nor the other sets' texts and did not run vnorg: Party news
// before and after 1 July 2025, Quốc hội and Bộ Nội vụ news, a HĐND
// resolution and a Ban Tổ chức Trung ương guidance with their headers and
// signature blocks, an NFD passage, old tone placement, Ð for Đ, QD without
// diacritics, a code broken across a line, Party codes in State style,
// Tày, Thái, Mường, Dao, Hmông, Khmer, Ê Đê and Gia Rai names, ranks, a
// Khmer monk's title, and numbers that are not codes. It was held out for
// one session; its misses were read once eval5 had been written.
//
// Measured on 2026-11-25 (15 passages; 69 codes, 74 people, 85 positions):
//
//	documents F1 1.000, people F1 0.945, positions F1 0.922
//
// On 2026-11-26 its misses were read, and rules were generalized with
// sentences of our own (a unit's lower-case words that fold to stop words
// in text without diacritics, a province's name is not a person's, a list
// without a colon, Ê Đê names without an honorific, "yêu nước", Chính trị
// viên, "và" between fields in lower case, J'rai family names). Then:
//
//	people F1 1.000, positions F1 0.994
//
// and, once Trụ trì was an office, positions F1 1.000.
const (
	eval4DocumentsFloor = 1.000 - 0.02
	eval4PeopleFloor    = 1.000 - 0.02
	eval4PositionsFloor = 1.000 - 0.02
)

// The fifth set, testdata/eval5, was written by a writer who read neither
// the rules nor the other sets' texts and did not run vnorg, so that eval4's
// misses could be read: Party and State news and documents before and after
// 1 July 2025, an NFD passage, old tone placement, Ð for Đ, QD without
// diacritics, a passage without any diacritic, codes broken across lines,
// headlines and names in capitals, signature blocks, lists, kiêm, Quyền,
// phụ trách, nguyên, tân, ranks, academic titles, Tày, Nùng, Thái, Hmông,
// Ê Đê, Xơ Đăng, Mường and Khmer names, and numbers that are not codes. It
// was held out until eval6 had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 76 codes, 86 people, 97 positions):
//
//	documents F1 1.000, people F1 0.970, positions F1 0.901
//
// None of the rules generalized from eval4's misses moved it. Its own misses
// were then read and rules generalized with sentences of our own (a place
// after a committee word ends a unit, a signer's name whatever its family,
// Thị makes a name, a headline's place before the name, Trụ trì). Then:
//
//	people F1 1.000, positions F1 0.948
//
// What it still misses is convention: "Trưởng Công an xã" annotated as
// title "Trưởng" (we restore the shared word, as the dev corpus does), a
// signature's unit taken from the document's header, "của tỉnh" kept in a
// steering committee's name.
const (
	eval5DocumentsFloor = 1.000 - 0.02
	eval5PeopleFloor    = 1.000 - 0.02
	eval5PositionsFloor = 0.948 - 0.02
)

// The sixth set, testdata/eval6, was written by a writer who read neither
// the rules nor the other sets' texts and did not run vnorg, so that eval5's
// misses could be read. It reaches past Party news: a court and procuracy
// item with a judgment and an indictment, provincial police with ranks and
// vehicle plates, a university and an institute, a hospital, a state
// enterprise, mass organizations, a National Assembly session, a ministry's
// press conference, a commune's Party congress after 2025, a decision with
// its header and signature, an official letter, a delegation pasted as a
// table, an obituary in NFD, a press release in capitals and a passage
// without diacritics, with Thái, Hmông, Dao, Ê Đê, J'rai, Khmer and Chăm
// names and many numbers that are not codes. It was held out until eval7
// had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 75 codes, 88 people, 96 positions):
//
//	documents F1 0.980, people F1 0.921, positions F1 0.862
//
// After rules generalized from its misses with sentences of our own (TTr as
// an inspectorate's code, tables pasted as text, medical degrees, Trưởng
// khoa, Kế toán trưởng, Người phát ngôn, hợp tác xã, Thị after a unit, a
// name in capitals after a unit):
//
//	documents F1 0.993, people F1 1.000, positions F1 0.959
//
// Courts' codes were added later (a new System, from the Council of
// Judges' model forms, tested on codes of our own): its judgment number
// "112/2024/HS-ST" is now read, and documents F1 is 1.000.
//
// What it still misses: a signature's unit taken from the document's
// header.
const (
	eval6DocumentsFloor = 1.000 - 0.02
	eval6PeopleFloor    = 1.000 - 0.02
	eval6PositionsFloor = 0.959 - 0.02
)

// The seventh set, testdata/eval7, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so that
// eval6's misses could be read: southern and central provinces, a Party
// congress's new Standing Board, a personnel announcement, discipline by an
// inspection commission, a bank branch, schools, health, the border guard,
// the Front, wards after 2025, a ministry's circular with its signature, a
// programme schedule and photo captions, an NFD passage, old tone
// placement, a passage without diacritics, abbreviated titles (PCT, GĐ,
// UVBTV, TUV) and Raglai, Chăm, Ê Đê, J'rai, Xơ Đăng, Cơ Ho, Tày, Hmông and
// Khmer names. It was held out until eval8 had been written; then its
// misses were read.
//
// Measured on 2026-11-26 (15 passages; 75 codes, 86 people, 88 positions):
//
//	documents F1 0.973, people F1 0.958, positions F1 0.935
//
// After rules generalized from its misses with sentences of our own (GĐ,
// Trưởng Trạm, Đồn trưởng, mixed-case drafting units such as GDTrH, a
// spaced dash after a whole code, schools named after people, "của" after a
// title without a unit):
//
//	documents F1 1.000, people F1 0.982, positions F1 0.983
//
// With Lư and other families added later, and a known family read right
// after "tỉnh" when it opens no province (Phó Chủ tịch UBND tỉnh Lư Thành
// Được):
//
//	people F1 0.988, positions F1 0.989
//
// What it still misses: Cơ Ho names written with K'.
const (
	eval7DocumentsFloor = 1.000 - 0.02
	eval7PeopleFloor    = 0.988 - 0.02
	eval7PositionsFloor = 0.989 - 0.02
)

// The eighth set, testdata/eval8, was written by a writer who read neither
// the rules nor the other sets' texts and did not run vnorg, so that eval7's
// misses could be read: an interview in questions and answers, an awards
// ceremony with numbered lists, a National Assembly question session, a
// meeting with foreign officials, an anniversary speech, a Party regulation
// in full, a People's Council session, short local briefs, the 2025 mergers
// in a northern province, an obituary, an NFD passage, old tone placement,
// a passage without diacritics, a headline in capitals, and codes of lower
// Party committees (ĐU, HU, ĐUQS, ĐUCA). It was held out until eval9 had
// been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 74 codes, 85 people, 99 positions):
//
//	documents F1 1.000, people F1 0.952, positions F1 0.944
//
// After rules generalized from its misses (a list after "các đồng chí:", a
// title after "của" is someone else's, Trưởng thôn, "Ban Quản lý các khu
// công nghiệp", "và" joining up to four lower-case words):
//
//	people F1 0.976, positions F1 0.985
//
// With Hmông families added later (Giàng, Vàng, Sùng, ...) and a
// delegation in parentheses read as a deputy's seat ("đại biểu X (Đoàn
// ĐBQH tỉnh Y)"):
//
//	people F1 0.994, positions F1 0.995
//
// What it still misses: a foreign official is taken for one of ours.
const (
	eval8DocumentsFloor = 1.000 - 0.02
	eval8PeopleFloor    = 0.994 - 0.02
	eval8PositionsFloor = 0.995 - 0.02
)

// The ninth set, testdata/eval9, was written by a writer who read neither
// the rules nor the other sets' texts and did not run vnorg, so that eval8's
// misses could be read: a flood response, a land dispute, customs, a
// tourism week, a cooperative, a police arrest in NFD, a Party inspection,
// a press conference, youth, women's, veterans' and trade unions, a
// graduation, a hospital opening, a donor project; rare family names (Lư,
// Mạc, Ông, Hứa, Khúc, La, Lã, Âu, Từ), titles in parentheses, abbreviated
// titles (PCT, CT, PGĐ, TP). Its writer wrote abbreviated titles expanded
// ("PCT" as "Phó Chủ tịch"), where we keep the title as written. It was
// held out until eval10 had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 64 codes, 83 people):
//
//	documents F1 1.000, people F1 0.903, positions F1 0.830
//
// Still unread, after courts' codes and 30 more family names (among them
// Lư, Khúc and Lã, which its description names):
//
//	documents F1 1.000, people F1 0.917, positions F1 0.851
//
// After rules generalized from its misses with sentences of our own (a
// rank or an academic title between a unit and the name, Chi cục trưởng,
// "Các" opening a list, offices after a name written after its first
// office, kiêm before the name, a seat before a name and đại biểu Quốc
// hội, a headline's name cut before its verb, BSCKI without its period,
// cơ sở without diacritics, TP as Trưởng phòng before a unit):
//
//	documents F1 1.000, people F1 0.988, positions F1 0.935
//
// What it still misses is mostly its writer's conventions: abbreviated
// titles expanded (PCT, PGĐ, CT, TP written out as Trưởng phòng), a foreign
// official left out; and the family Ông after a unit ("UBND quận Ông Thị
// Thuý Hằng"), which reads as the honorific.
const (
	eval9DocumentsFloor = 1.000 - 0.02
	eval9PeopleFloor    = 0.988 - 0.02
	eval9PositionsFloor = 0.935 - 0.02
)

type evalGold struct {
	ID      string `json:"id"`
	At      string `json:"at"`
	DocRefs []struct {
		Text      string  `json:"text"`
		Canonical *string `json:"canonical"`
	} `json:"doc_refs"`
	People []struct {
		Text      string         `json:"text"`
		Name      string         `json:"name"`
		Positions []evalPosition `json:"positions"`
	} `json:"people"`
}

type evalPosition struct {
	Title string `json:"title"`
	Org   string `json:"org"`
}

type evalOutput struct {
	File      string `json:"file"`
	Error     string `json:"error"`
	Documents []struct {
		Text      string `json:"text"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Canonical string `json:"canonical"`
	} `json:"documents"`
	People []struct {
		Text      string         `json:"text"`
		Start     int            `json:"start"`
		End       int            `json:"end"`
		Name      string         `json:"name"`
		Positions []evalPosition `json:"positions"`
	} `json:"people"`
}

// evalAbbreviations is score.py's table of abbreviations that text and output
// may write either way; each is expanded, in this order, where it stands as a
// whole word (no letter, digit or underscore on either side), as written, in
// capitals, so that "Tư pháp" stays what it is. Alternatives are tried in
// order at each position, as a regexp alternation would.
var evalAbbreviations = []struct {
	alts []string
	full string
}{
	{[]string{"T.Ư", "TƯ", "TW"}, "trung ương"},
	{[]string{"UBND"}, "ủy ban nhân dân"},
	{[]string{"HĐND"}, "hội đồng nhân dân"},
	{[]string{"UBTƯ", "UBTW"}, "ủy ban trung ương"},
	{[]string{"UBMTTQ"}, "ủy ban mặt trận tổ quốc"},
	{[]string{"MTTQ"}, "mặt trận tổ quốc"},
	{[]string{"UBKT"}, "ủy ban kiểm tra"},
	{[]string{"BCH"}, "ban chấp hành"},
	{[]string{"BTV"}, "ban thường vụ"},
	{[]string{"ĐBQH"}, "đại biểu quốc hội"},
	{[]string{"QH"}, "quốc hội"},
	{[]string{"TP.", "TP"}, "thành phố"},
}

// isEvalWordRune is Python's \w on str: letters, digits and the underscore.
func isEvalWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// expandWord replaces each whole-word occurrence of one of alts in s by full.
func expandWord(s string, alts []string, full string) string {
	var b strings.Builder
	prevWord := false
	for i := 0; i < len(s); {
		if !prevWord {
			matched := false
			for _, a := range alts {
				if !strings.HasPrefix(s[i:], a) {
					continue
				}
				if next, _ := utf8.DecodeRuneInString(s[i+len(a):]); i+len(a) < len(s) && isEvalWordRune(next) {
					continue
				}
				b.WriteString(full)
				i += len(a)
				last, _ := utf8.DecodeLastRuneInString(a)
				prevWord = isEvalWordRune(last)
				matched = true
				break
			}
			if matched {
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		prevWord = isEvalWordRune(r)
		i += size
	}
	return b.String()
}

// evalUnitKey is score.py's fold_unit: abbreviations expanded, then the key.
func evalUnitKey(s string) string {
	s = strings.ReplaceAll(vntext.NFC(s), "\u00d0", "\u0110")
	for _, a := range evalAbbreviations {
		s = expandWord(s, a.alts, a.full)
	}
	return vntext.Key(s, false)
}

// evalCanon is score.py's canon: NFC, Ð as Đ, no white space.
func evalCanon(s string) string {
	s = strings.NewReplacer("\u00d0", "\u0110", "\u00f0", "\u0111").Replace(vntext.NFC(s))
	return strings.Join(strings.Fields(s), "")
}

// A bag is a multiset of strings.
type bag map[string]int

// common returns the size of the intersection of a and b.
func (a bag) common(b bag) int {
	n := 0
	for k, v := range a {
		n += min(v, b[k])
	}
	return n
}

// minus lists the elements of a not matched in b, sorted.
func (a bag) minus(b bag) []string {
	var out []string
	for k, v := range a {
		for range v - min(v, b[k]) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func (a bag) size() int {
	n := 0
	for _, v := range a {
		n += v
	}
	return n
}

// evalCount accumulates true positives, predictions and gold items.
type evalCount struct{ tp, pred, gold int }

func (c evalCount) f1() float64 {
	p := 1.0
	if c.pred > 0 {
		p = float64(c.tp) / float64(c.pred)
	} else if c.gold > 0 {
		p = 0
	}
	r := 1.0
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c evalCount) String() string {
	return fmt.Sprintf("F1 %.3f (%d of %d gold, %d predicted)", c.f1(), c.tp, c.gold, c.pred)
}

// addPerson counts a person's folded name in names and the (title, unit)
// pairs of the positions under that name in pos. It returns the number of
// positions.
func addPerson(names bag, pos map[string]bag, name string, positions []evalPosition) int {
	k := vntext.Key(name, false)
	names[k]++
	if pos[k] == nil {
		pos[k] = bag{}
	}
	for _, q := range positions {
		pos[k][vntext.Key(q.Title, false)+" | "+evalUnitKey(q.Org)]++
	}
	return len(positions)
}

func readEvalGold(t *testing.T, path string) []evalGold {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []evalGold
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g evalGold
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g), sc.Text())
		out = append(out, g)
	}
	require.NoError(t, sc.Err())
	return out
}

// The tenth set, testdata/eval10, was written by a writer who read neither
// the rules nor the other sets' texts and did not run vnorg, so that eval9's
// misses could be read: the structures after 1 July 2025 (merged provinces
// and central commissions, communes without districts, đặc khu), military
// and police officers with ranks, state groups and banks, an ambassador and
// foreign officials, a personnel decision, an official letter with its
// signature, a Party notice of conclusions, joint circulars, a plan citing
// many documents, a People's Council resolution, a steering committee with
// abbreviated titles and a member table; Hmông, Dao, Thái, Tày, Mường,
// Khmer, Chăm, Ê Đê, Cơ Ho and Chu Ru names; an NFD passage, old tone
// placement, a passage without diacritics, codes with odd separators and
// look-alikes, codes broken across lines, a headline in capitals. It was
// held out until eval11 had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 82 codes, 94 people), when it was
// wired in:
//
//	documents F1 1.000, people F1 0.927, positions F1 0.812
//
// Still unread, after the rules generalized from eval9's misses:
//
//	documents F1 1.000, people F1 0.939, positions F1 0.814
//
// After rules generalized from its misses with sentences of our own (the
// General Staff, envoys and their post "tại" a country, Hạt trưởng, units
// that end before cam kết, giải trình, trực tiếp and "và các đồng chí",
// units with ", các" or "các" in their names, a headline's unit with a
// comma, Rơ Mah as a family, K'Dạ after an honorific):
//
//	documents F1 1.000, people F1 0.989, positions F1 0.925
//
// What it still misses is its writer's conventions: a signature's unit
// taken from the document's header, TP written without its unit noun
// restored, "Chủ tịch Hồ Chí Minh" and a memorial's "Tổng Bí thư Trần Phú"
// left out (the shared dev corpus annotates Hồ Chí Minh), a parenthesis
// after a unit left out of it (the dev corpus keeps it).
const (
	eval10DocumentsFloor = 1.000 - 0.02
	eval10PeopleFloor    = 0.989 - 0.02
	eval10PositionsFloor = 0.925 - 0.02
)

// The eleventh set, testdata/eval11, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval10's misses could be read: court news (trials, appeals,
// commercial and family cases, indictments and investigation decisions),
// the Central Inspection Commission's conclusions, Politburo assignments,
// a merged province's first congress, state enterprises and banks,
// universities, clergy and a football federation, the 2026 elections, a
// People's Council session, a funeral committee, a letter converted from
// PDF with wrapped lines, a hyphenated word and a table, an NFD passage,
// old tone placement, a passage without diacritics and a press release in
// capitals. It was held out until eval12 had been written; then its misses
// were read.
//
// Measured on 2026-11-26 (15 passages; 96 codes, 105 people), when it was
// wired in, and again, unchanged, after the rules generalized from eval10's
// misses:
//
//	documents F1 1.000, people F1 0.966, positions F1 0.874
//
// After rules generalized from its misses with sentences of our own (no
// name starts with Thị, the courts "cấp cao tại" a city, a deputy's term,
// table cells, titles and units broken across lines, a name in capitals
// after an honorific):
//
//	documents F1 1.000, people F1 0.986, positions F1 0.936
//
// What it still misses: a Korean name, Catholic clergy, a unit after the
// comma that follows a judge's or a procurator's name, and its writer's
// conventions (a parenthesis after a unit left out, a signature's unit
// from its "TM." line).
const (
	eval11DocumentsFloor = 1.000 - 0.02
	eval11PeopleFloor    = 0.986 - 0.02
	eval11PositionsFloor = 0.936 - 0.02
)

// The twelfth set, testdata/eval12, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval11's misses could be read: a typhoon response, a police case
// and a traffic campaign, agriculture and land, the high-school exam, an
// epidemic, an awards ceremony with numbered lists, a bilateral visit, the
// army's and the police's Party congresses, an interview, a weekly
// schedule of leaders, a notice with lines broken mid-sentence, a trial
// without diacritics, a roundup full of traps, a Party review with
// look-alikes, a personnel session; an NFD passage and old tone placement.
// It was held out until eval13 had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 98 codes, 122 people), when it was
// wired in:
//
//	documents F1 0.990, people F1 0.975, positions F1 0.871
//
// Still unread, after the rules generalized from eval11's misses, and
// again after the next session's rules (a unit after a judge's name, the
// high courts, Catholic clergy, Korean names):
//
//	documents F1 0.990, people F1 0.975, positions F1 0.878
//
// After rules generalized from its misses with sentences of our own (a
// State-only type keeps a code the State's, PCT TT, chuyên trách, units
// with đăng ký, dự phòng and "phòng, chống" lists, Đại sứ Đặc mệnh toàn
// quyền, Lao governors and a foreign party's seat, a title broken after
// Phó, Kiểm sát viên without diacritics, the family Rơ Châm):
//
//	documents F1 1.000, people F1 0.996, positions F1 0.961
//
// and, once a title before a comma shares the unit its words name ("Phó
// Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"), positions F1
// 0.968. What it still misses: a unit's parenthesis that its writer leaves
// out, and a position it reads twice.
const (
	eval12DocumentsFloor = 1.000 - 0.02
	eval12PeopleFloor    = 0.996 - 0.02
	eval12PositionsFloor = 0.968 - 0.02
)

// The thirteenth set, testdata/eval13, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval12's misses could be read: a provincial budget session with
// questioning, an anti-corruption steering committee, a port
// groundbreaking, a new-rural review with Ê Đê, Hmông and Thái names,
// hospital inspections, a teacher recruitment decision, a Party cell
// congress at a ministry, a merged province's Front congress, a commune's
// report with Khmer names, an ambassador's reception, customs enforcement,
// a 2019 district-level committee, an official letter with its recipients,
// a police award ceremony, and a passage of hard cases (codes broken across
// lines, look-alikes, old tone placement, a headline in capitals). It was
// held out until eval14 had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 91 codes, 103 people), when it was
// wired in:
//
//	documents F1 0.989, people F1 0.954, positions F1 0.900
//
// Still unread, after the rules generalized from eval12's misses:
//
//	documents F1 0.989, people F1 0.954, positions F1 0.908
//
// After rules generalized from its misses with sentences of our own (an
// issuer ending in TW is the Party's only after a known prefix, a caption
// in capitals, Đội trưởng, ngài and Tham tán, Korean names after a title,
// "gồm:" lists, "và các" before people, notes in parentheses, a ministry
// after its department, a grade before an office):
//
//	documents F1 1.000, people F1 1.000, positions F1 0.983
const (
	eval13DocumentsFloor = 1.000 - 0.02
	eval13PeopleFloor    = 1.000 - 0.02
	eval13PositionsFloor = 0.983 - 0.02
)

// The fourteenth set, testdata/eval14, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval13's misses could be read: the Central Inspection Commission's
// discipline, a National Assembly committee's oversight visit, a merged
// ministry's press conference, a merged province's first Party congress, a
// commune's Party committee after July 2025, a bank's shareholders, a
// graduation, a hospital's awards, a trial report, a flood meeting and its
// telegram, a 2017 district article, a joint plan of the Front and the
// People's Committee, a military region's Party congress, an OCR'd
// decision, and a passage of traps. It was held out until eval15 had been
// written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 84 codes, 114 people), when it was
// wired in:
//
//	documents F1 0.994, people F1 0.949, positions F1 0.902
//
// Still unread, after the rules generalized from eval13's misses:
//
//	documents F1 0.994, people F1 0.954, positions F1 0.899
//
// After rules generalized from its misses with sentences of our own ("và
// các" before a title, "của Quốc hội và" before a title, a seat on a
// company's board, people's jurors, "giai đoạn", the body a unit belongs
// to after a comma, academic titles in a list, a mission "tại" its place):
//
//	documents F1 0.994, people F1 0.996, positions F1 0.986
//
// What it still misses: a code broken by OCR inside its type ("Q Đ-"), a
// Hmông name after "xã" (which may name a commune), and its writer's
// reading of "Phó Tư lệnh kiêm Tham mưu trưởng Quân khu" (ours gives both
// offices the Quân khu).
const (
	eval14DocumentsFloor = 0.994 - 0.02
	eval14PeopleFloor    = 0.996 - 0.02
	eval14PositionsFloor = 0.986 - 0.02
)

// The fifteenth set, testdata/eval15, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval14's misses could be read: a province's anniversary with its
// former leaders, new directors of the merged departments, a ward's Party
// congress, a Government meeting, a National Assembly plenary, the youth
// and women's unions, a cooperative, an inspectorate's conclusions on a
// state corporation, a provincial inspectorate, a border guard station, a
// Buddhist festival with Catholic guests, a decision with its recipients,
// an investment forum with Japanese, Korean and Chinese guests, a poster
// in capitals, and a passage of traps. It was held out until eval16 had
// been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 86 codes, 109 people), when it was
// wired in, and again, unchanged, after the rules generalized from eval14's
// misses:
//
//	documents F1 0.994, people F1 0.981, positions F1 0.945
//
// After rules generalized from its misses with sentences of our own (a
// number and one unknown group need a type word, a deputy's delegation
// written short, Phó Tổng Thanh tra's unit, "sau thanh tra", the vicar
// general and the Sangha's Chánh Thư ký, a representative office's head
// and a foreign association "tại" a place):
//
//	documents F1 1.000, people F1 0.995, positions F1 0.988
//
// What it still misses: an Ê Đê family the tables lack (Byă), and its
// writer's reading of "đại biểu" as a title.
const (
	eval15DocumentsFloor = 1.000 - 0.02
	eval15PeopleFloor    = 0.995 - 0.02
	eval15PositionsFloor = 0.988 - 0.02
)

// The sixteenth set, testdata/eval16, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval15's misses could be read: a 2018 town and its Thị ủy, a 2022
// inspection commission's conclusion, a 2023 district council's questions,
// a merged province's first People's Committee meeting, a ward after July
// 2025, a Central Highlands commune with Ê Đê, Jrai and Xơ Đăng names, a
// Khmer pagoda festival, a Central Committee plenum, the Ban Chỉ đạo 389,
// a police press conference, a health department letter, a forwarded
// message without diacritics, appointments partly in NFD, a school-year
// opening, and a passage of traps. It was held out until eval17 had been
// written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 82 codes, 100 people), when it was
// wired in, and again, unchanged, after the rules generalized from eval15's
// misses:
//
//	documents F1 1.000, people F1 0.964, positions F1 0.921
//
// After rules generalized from its misses with sentences of our own (the
// heads of villages, a deputy abbot, Trưởng Đội, the heads of
// investigation agencies, the family Byă, "Thường trực" naming an office's
// unit, "chỉ đạo" after a unit):
//
//	documents F1 1.000, people F1 0.985, positions F1 0.955
//
// What it still misses: a message without diacritics quoted inside a text
// with them (the tables are chosen for the whole text), and its writer's
// reading of "Phó Giám đốc phụ trách Sở X" as two offices (ours: the
// deputy director of Sở X, in charge; the sets disagree).
const (
	eval16DocumentsFloor = 1.000 - 0.02
	eval16PeopleFloor    = 0.985 - 0.02
	eval16PositionsFloor = 0.955 - 0.02
)

// The seventeenth set, testdata/eval17, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval16's misses could be read: a standing board's personnel
// decisions, a 2020 district Party congress, the 2021 elections' boards,
// the Front with religious leaders, a road-safety committee, an
// environmental inspection, customs before and after 2025, a corruption
// trial of former officials, a Party cell at a state company, a ministry
// department's letter signed "TL. BỘ TRƯỞNG", an interview, a table of
// appointments, an English-style press release, a funeral committee, and a
// passage of traps. It was held out until eval18 had been written; then its
// misses were read.
//
// Measured on 2026-11-26 (15 passages; 91 codes, 106 people), when it was
// wired in, and again, unchanged, after the rules generalized from eval16's
// misses:
//
//	documents F1 1.000, people F1 0.981, positions F1 0.895
//
// After rules generalized from its misses with sentences of our own (an
// abbreviated title before another, verbs of two words after a unit,
// dashed compounds and "tội phạm về" in units, Mr. and Ms.):
//
//	documents F1 1.000, people F1 0.990, positions F1 0.941
//
// What it still misses: titles in English ("Country Director"), and its
// writer's convention of keeping Quyền in the title (ours is the acting
// modifier, as the issue says and the other writers do).
const (
	eval17DocumentsFloor = 1.000 - 0.02
	eval17PeopleFloor    = 0.990 - 0.02
	eval17PositionsFloor = 0.941 - 0.02
)

// The eighteenth set, testdata/eval18, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval17's misses could be read: a weekly work schedule, a rural
// electrification handover, a land-price consultation, an anti-drug
// operation, a 2016 district article, a rector's installation, a trade
// union event, a veterans' congress, the central science and technology
// steering committee, a Party letter signed "T/M BAN THƯỜNG VỤ", new
// commune leaders after July 2025, discipline with former titles, a Deputy
// Prime Minister's visit, a report pasted from a PDF, and a passage of
// traps. It was held out until eval19 had been written; then its misses
// were read.
//
// Measured on 2026-11-26 (15 passages; 90 codes, 98 people), when it was
// wired in, and again, unchanged, after the rules generalized from eval17's
// misses:
//
//	documents F1 1.000, people F1 0.985, positions F1 0.924
//
// After rules generalized from its misses with sentences of our own (a
// prefix right after a title, verbs of two words after a unit, "nông thôn
// mới", a unit on the line after its title):
//
//	documents F1 1.000, people F1 0.985, positions F1 0.966
//
// What it still misses: "K' Nhàn", written with a space after the
// apostrophe, a Hmông name after "xã" (which may name a commune), a police
// department's code after a comma (", Phòng PC04"), and its writer's
// convention of keeping Quyền in the title.
const (
	eval18DocumentsFloor = 1.000 - 0.02
	eval18PeopleFloor    = 0.985 - 0.02
	eval18PositionsFloor = 0.966 - 0.02
)

// The nineteenth set, testdata/eval19, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval18's misses could be read: a 2019 provincial review of a
// resolution, a ward's People's Council after 2025, a city department's
// press briefing, a fishing port and the border guard, a mountain commune
// with Dao and Tày names, a delegation in Laos, an inspectorate's land-use
// conclusion, a health emergency meeting, a council's questioning, a
// transfer decision, an anniversary speech, a joint programme of the Front
// and the People's Committee, a water company, officials named again by
// surname, and a passage of traps. It was held out until eval20 had been
// written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 90 codes, 101 people), when it was
// wired in, and again, unchanged, after the rules generalized from eval18's
// misses:
//
//	documents F1 0.989, people F1 0.969, positions F1 0.919
//
// After rules generalized from its misses with sentences of our own (the
// verbs phản ánh and phối hợp, Trưởng xóm, a department after a comma
// before a verb):
//
//	documents F1 0.989, people F1 0.975, positions F1 0.952
//
// What it still misses: "57-NQ/TƯ", which we read as TU as the reference
// advises (TƯ as an issuer is most likely OCR noise for TU) where its
// writer reads TW; Lao names with hyphens; a title in lower case ("phó chủ
// tịch UBND xã"); a civil servant's grade its writer counts as a post;
// Quyền kept in the title.
const (
	eval19DocumentsFloor = 0.989 - 0.02
	eval19PeopleFloor    = 0.975 - 0.02
	eval19PositionsFloor = 0.952 - 0.02
)

// The twentieth set, testdata/eval20, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval19's misses could be read: a 2021 inspection of a district, a
// border trade meeting with Chinese officials, a land dispute's mediation,
// a commune's defence drill, the Labour Confederation, a children's
// hospital's charity night, a radio and television station, forest
// protection, a council electing a committee's chairman, a Party
// newspaper's editor, an extension centre, a vocational college, a coastal
// erosion telegram, a statistics office, and a passage of traps. It was
// held out until eval21 had been written; then its misses were read.
//
// Measured on 2026-11-26 (15 passages; 98 codes, 105 people), when it was wired
// in, and again, unchanged, after the rules generalized from eval19's
// misses:
//
//	documents F1 1.000, people F1 0.990, positions F1 0.930
//
// After rules generalized from its misses with sentences of our own (a
// foreign city's mayor, "hòa giải", "chương trình" and "đoàn kiểm tra" in
// units, the verbs ủng hộ and kiểm tra):
//
//	documents F1 1.000, people F1 0.995, positions F1 0.959
//
// What it still misses: a Cơ Tu family the tables lack (Alăng), "phát
// triển" inside a unit's name (a verb as often), and Quyền kept in the
// title.
const (
	eval20DocumentsFloor = 1.000 - 0.02
	eval20PeopleFloor    = 0.995 - 0.02
	eval20PositionsFloor = 0.959 - 0.02
)

// The twenty-first set, testdata/eval21, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval20's misses could be read: a tourism week, a reservoir's flood
// discharge, an amnesty at a prison camp, a sports federation's congress,
// a bar association, a library and a museum, a hospital's autonomy, the
// tax offices after 2025, social insurance, a port authority, a provincial
// political school, youth volunteers, rice exports, border markers, and a
// passage of traps. It was held out until eval22 had been written; then its
// misses were read.
//
// Measured on 2026-11-26 (15 passages; 78 codes, 87 people), when it was wired
// in, and again, unchanged, after the rules generalized from eval20's
// misses:
//
//	documents F1 0.987, people F1 0.901, positions F1 0.837
//
// After rules generalized from some of its misses with sentences of our
// own (a prison's warden, the head of a lawyers' office, cựu as nguyên, a
// ship's master, "tự chủ" in a unit):
//
//	documents F1 0.987, people F1 0.928, positions F1 0.862
//
// What it still misses, read but not yet mended: "Đoàn Luật sư" read as
// the name Đoàn Luật after a title, titles in a professional's prefix
// (HLV, luật sư), the tax offices' titles after 2025 ("Trưởng Thuế cơ sở
// 3"), a number written "2/2025/QĐ-UBND" (we write 02), and conventions
// ("Người có uy tín" as a post, "phụ trách" as a second office).
const (
	eval21DocumentsFloor = 0.987 - 0.02
	eval21PeopleFloor    = 0.928 - 0.02
	eval21PositionsFloor = 0.862 - 0.02
)

// The twenty-second set, testdata/eval22, was written by a writer who read
// neither the rules nor the other sets' texts and did not run vnorg, so
// that eval21's misses could be read: a blood-donation day, a coal mine's
// safety inspection, an airport authority, the coast guard, teachers' day
// with the Minister, a commune's cultural house, a state bank's branch, a
// cooperative alliance, an industrial park board, a military hospital, an
// e-government award, a rubber company, a provincial Sangha congress, a
// Party history book, and a passage of traps. It is held out: its misses
// are not read to fix rules.
//
// Measured on 2026-11-26 (15 passages; 79 codes, 97 people), when it was wired
// in:
//
//	documents F1 1.000, people F1 0.974, positions F1 0.946
//
// Still unread, after the rules generalized from eval21's misses:
//
//	documents F1 1.000, people F1 0.979, positions F1 0.951
const (
	eval22DocumentsFloor = 1.000 - 0.02
	eval22PeopleFloor    = 0.974 - 0.02
	eval22PositionsFloor = 0.946 - 0.02
)

// evalSets are the evaluation sets and their floors.
var evalSets = []struct {
	dir                          string
	documents, people, positions float64
}{
	{"eval", evalDocumentsFloor, evalPeopleFloor, evalPositionsFloor},
	{"eval2", eval2DocumentsFloor, eval2PeopleFloor, eval2PositionsFloor},
	{"eval3", eval3DocumentsFloor, eval3PeopleFloor, eval3PositionsFloor},
	{"eval4", eval4DocumentsFloor, eval4PeopleFloor, eval4PositionsFloor},
	{"eval5", eval5DocumentsFloor, eval5PeopleFloor, eval5PositionsFloor},
	{"eval6", eval6DocumentsFloor, eval6PeopleFloor, eval6PositionsFloor},
	{"eval7", eval7DocumentsFloor, eval7PeopleFloor, eval7PositionsFloor},
	{"eval8", eval8DocumentsFloor, eval8PeopleFloor, eval8PositionsFloor},
	{"eval9", eval9DocumentsFloor, eval9PeopleFloor, eval9PositionsFloor},
	{"eval10", eval10DocumentsFloor, eval10PeopleFloor, eval10PositionsFloor},
	{"eval11", eval11DocumentsFloor, eval11PeopleFloor, eval11PositionsFloor},
	{"eval12", eval12DocumentsFloor, eval12PeopleFloor, eval12PositionsFloor},
	{"eval13", eval13DocumentsFloor, eval13PeopleFloor, eval13PositionsFloor},
	{"eval14", eval14DocumentsFloor, eval14PeopleFloor, eval14PositionsFloor},
	{"eval15", eval15DocumentsFloor, eval15PeopleFloor, eval15PositionsFloor},
	{"eval16", eval16DocumentsFloor, eval16PeopleFloor, eval16PositionsFloor},
	{"eval17", eval17DocumentsFloor, eval17PeopleFloor, eval17PositionsFloor},
	{"eval18", eval18DocumentsFloor, eval18PeopleFloor, eval18PositionsFloor},
	{"eval19", eval19DocumentsFloor, eval19PeopleFloor, eval19PositionsFloor},
	{"eval20", eval20DocumentsFloor, eval20PeopleFloor, eval20PositionsFloor},
	{"eval21", eval21DocumentsFloor, eval21PeopleFloor, eval21PositionsFloor},
	{"eval22", eval22DocumentsFloor, eval22PeopleFloor, eval22PositionsFloor},
}

func TestExtractEval(t *testing.T) {
	for _, set := range evalSets {
		t.Run(set.dir, func(t *testing.T) {
			docs, names, positions := scoreEval(t, filepath.Join("testdata", set.dir))
			t.Logf("documents: %v", docs)
			t.Logf("people:    %v", names)
			t.Logf("positions: %v", positions)
			assert.GreaterOrEqual(t, docs.f1(), set.documents, "documents F1")
			assert.GreaterOrEqual(t, names.f1(), set.people, "people F1")
			assert.GreaterOrEqual(t, positions.f1(), set.positions, "positions F1")
		})
	}
}

// scoreEval runs `vnorg extract` on the passages of dir and scores them
// against dir/gold.jsonl.
func scoreEval(t *testing.T, dir string) (docs, names, positions evalCount) {
	t.Helper()
	golds := readEvalGold(t, filepath.Join(dir, "gold.jsonl"))
	require.GreaterOrEqual(t, len(golds), 12)

	for _, g := range golds {
		path := filepath.Join(dir, g.ID+".txt")
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		// The gold spans are the passage's own text (in NFC or in the
		// passage's form, as annotated).
		for _, d := range g.DocRefs {
			require.Contains(t, vntext.NFC(string(data)), vntext.NFC(d.Text), "gold of %s", g.ID)
		}
		for _, p := range g.People {
			require.Contains(t, vntext.NFC(string(data)), vntext.NFC(p.Text), "gold of %s", g.ID)
		}

		var out, errb bytes.Buffer
		status := run([]string{"extract", "--at", g.At, path}, strings.NewReader(""), &out, &errb)
		require.Equal(t, 0, status, "%s: %s", g.ID, errb.String())
		var x evalOutput
		require.NoError(t, json.Unmarshal(out.Bytes(), &x), out.String())
		require.Empty(t, x.Error, g.ID)

		// Every span is the file's bytes.
		for _, d := range x.Documents {
			if assert.True(t, d.Start >= 0 && d.Start <= d.End && d.End <= len(data), "%s document span %d:%d", g.ID, d.Start, d.End) {
				assert.Equal(t, string(data[d.Start:d.End]), d.Text, "%s document span %d:%d", g.ID, d.Start, d.End)
			}
		}
		for _, p := range x.People {
			if assert.True(t, p.Start >= 0 && p.Start <= p.End && p.End <= len(data), "%s person span %d:%d", g.ID, p.Start, p.End) {
				assert.Equal(t, string(data[p.Start:p.End]), p.Text, "%s person span %d:%d", g.ID, p.Start, p.End)
			}
		}

		// Documents: canonical codes as a multiset; references without a
		// code are not scored.
		gd, pd := bag{}, bag{}
		for _, d := range g.DocRefs {
			if d.Canonical != nil && *d.Canonical != "" {
				gd[evalCanon(*d.Canonical)]++
			}
		}
		for _, d := range x.Documents {
			if d.Canonical != "" {
				pd[evalCanon(d.Canonical)]++
			}
		}
		docs.tp += gd.common(pd)
		docs.pred += pd.size()
		docs.gold += gd.size()
		if miss, extra := gd.minus(pd), pd.minus(gd); len(miss)+len(extra) > 0 {
			t.Logf("%s documents missed=%q extra=%q", g.ID, miss, extra)
		}

		// People: names as a multiset. Positions: (title, unit) pairs, all
		// gold and all predicted ones count; a pair is found only on a
		// person matched by name.
		gn, pn := bag{}, bag{}
		gpos, ppos := map[string]bag{}, map[string]bag{}
		for _, p := range g.People {
			positions.gold += addPerson(gn, gpos, p.Name, p.Positions)
		}
		for _, p := range x.People {
			positions.pred += addPerson(pn, ppos, p.Name, p.Positions)
		}
		names.tp += gn.common(pn)
		names.pred += pn.size()
		names.gold += gn.size()
		if miss, extra := gn.minus(pn), pn.minus(gn); len(miss)+len(extra) > 0 {
			t.Logf("%s people missed=%q extra=%q", g.ID, miss, extra)
		}
		keys := make([]string, 0, len(gpos))
		for k := range gpos {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			positions.tp += gpos[k].common(ppos[k])
			if miss := gpos[k].minus(ppos[k]); len(miss) > 0 && ppos[k] != nil {
				t.Logf("%s positions of %s missed=%q got=%q", g.ID, k, miss, ppos[k].minus(nil))
			}
		}
	}
	return docs, names, positions
}

func TestEvalUnitKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"UBND tỉnh", "ủy ban nhân dân tỉnh"},
		{"Ban Tổ chức T.Ư", "ban tổ chức trung ương"},
		{"UBTƯ MTTQ Việt Nam", "ủy ban trung ương mặt trận tổ quốc việt nam"},
		{"UBMTTQ Việt Nam TP", "ủy ban mặt trận tổ quốc việt nam thành phố"},
		{"UBND TP.HCM", "ủy ban nhân dân thành phố.hcm"},
		{"Sở Tư pháp", "sở tư pháp"}, // "Tư" is not an abbreviation
		{"Đoàn ĐBQH tỉnh", "đoàn đại biểu quốc hội tỉnh"},
		{"Uỷ ban nhân dân huyện", "ủy ban nhân dân huyện"}, // old tone placement
		{"HĐNDTP", "hđndtp"}, // not whole words
		{"", ""},
	} {
		assert.Equal(t, tc.want, evalUnitKey(tc.in), tc.in)
	}
	assert.Equal(t, "15/2020/NĐ-CP", evalCanon("15 / 2020/N\u00d0-CP"))
}
