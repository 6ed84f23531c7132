// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"github.com/vnorg/vnorg/internal/vntext"
	"github.com/vnorg/vnorg/orgunit"

	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// A titleRow is one row of data/titles.tsv.
type titleRow struct {
	form, title string
	rank        Rank
	unit        string // the noun the office shares with its unit, "" if none
	next        string // words that must follow, "" if none
	nextKeys    []string
	unitKey     string   // key of the first word of unit
	bodyKeys    []string // keys of the words of title that name a body, not a rank (chỉ huy of Phó Chỉ huy trưởng)
	english     string
	status      Status
	source      string
}

// A membershipRow is one row of data/memberships.tsv.
type membershipRow struct {
	form, expansion, english string
	status                   Status
	source                   string
}

// An honorificRow is one row of data/honorifics.tsv.
type honorificRow struct {
	form    string
	kind    prefixKind
	english string
	source  string
}

// A modifierRow is one row of data/modifiers.tsv.
type modifierRow struct {
	form   string
	mod    Modifier
	source string
}

// A familyRow is one row of data/families.tsv.
type familyRow struct {
	family string
	last   bool // written after the given name (Ê Đê)
	source string
}

type prefixKind uint8

const (
	kindHonorific prefixKind = iota + 1
	kindRank
	kindAcademic
)

// tables holds the parsed data files and the lexicon built from them. It is
// built once, on first use, and never changed afterwards.
type tables struct {
	titles      []titleRow
	memberships []membershipRow
	honorifics  []honorificRow
	modifiers   []modifierRow
	families    []familyRow

	lex          *trie           // every phrase, by word keys
	officeRow    []int           // row of titles → row of its canonical office
	memKeys      map[string]int  // key of a membership form or expansion → row
	deputyRow    int             // the row of memberships.tsv written deputySeat, -1 if none
	titleKeys    map[string]int  // key of a title form → row
	starters     wordSet         // lower-case words that may open a mention
	starterByte  [256]bool       // first bytes of the starters
	starterPairs [128 << 8]uint8 // first two bytes of the starters that begin with an ASCII letter (1 if any)
	anchorFilter [1 << 11]uint64 // hashes of the words that may open a mention (see anchorHash)
	familyKey    wordSet         // keys of the one-word family names
	familyPairs  wordSet         // keys of the two-word family names written first (rơ mah)
	familyHeads  wordSet         // first words of familyPairs that are no family alone (rơ)
	anchorForms  formTable       // first words of the lexicon, one-word family names and starters, as written (see writtenForms)
	lowerFirst   []rune          // the first letters, not ASCII, of the starters (đ of đồng chí, ô of ông)
	offices      map[string]int  // key of a canonical title → index in titles (first row)
	stop         wordSet         // words that end a unit name
	level        wordSet         // place-level words (tỉnh, huyện, ...)
	middles      wordSet         // common middle names, evidence for a name
	ethnic       wordSet         // markers that open an Ê Đê name (Y, H')
	lastFamilies wordSet         // keys of the family names written last (Niê, Niê Kđăm)
	prepositions wordSet         // words after which a capitalized run is a place (tại, ở)
	tableErrs    []error

	// folded is set for the tables of text written without diacritics
	// (see foldedData): every key is folded ("bi thu"), the rows are the
	// same as data()'s. lits maps the folded words to the words of
	// codeWords they stand for (1 + index), in lower case and capitalized.
	folded bool
	lits   map[string][2]uint8
	// unitPairs holds, in the folded tables only, two words of a unit's
	// name whose second folds to a stop word without being one ("dan van"
	// of Ban Dân vận, not vẫn): see foldedUnitPairs.
	unitPairs wordSet
}

// codeWords are the words the parser's code compares keys with ("và",
// "của", "đảng"), in order of preference where two fold to the same word
// without diacritics (đảng before đang, quận before quân). A test checks
// that every word the code compares with is here.
var codeWords = strings.Fields("và của các dự án trình công thành thị đặc ương trung tw tu tư t.ư đảng đang " +
	"ủy uỷ bộ đoàn tỉnh huyện quận quân phường phố trấn xã khu tp tp. chi bch btv hu chính trị chấp " +
	"thường trực ban sinh sn năm tuổi giữ chức hiện nay là phụ trách chuyên khuyết khóa khoá hội được giao văn " +
	"đã ký tên đóng dấu yêu nước dựng tác trường thpt thcs học tiểu non mầm lý cơ sở tối cao giải phóng tại cấp " +
	"đăng phòng chống tham nhũng gồm viên biểu cá nhân sĩ lãnh đạo vị giáo giảng sứ quán sự nhánh quan diện sau thanh tra hiệp chỉ thông tin thừa nhận kinh tế phạm cổng hóa về nghệ an toàn bố giới thiệu nông thôn mới phản ánh phối hợp ủng kiểm hòa chương tự chủ người gia")

// lit returns the word of codeWords that the lower-case key k stands for in
// text without diacritics ("cac" is các), or k itself.
func (t *tables) lit(k string) string {
	if v, ok := t.lits[k]; ok && v[0] != 0 {
		return codeWords[v[0]-1]
	}
	return k
}

// foldedLits returns the map of tables.lits: each word of codeWords with a
// diacritic, by its folded key, unless that key is itself a word of
// codeWords (tu, the abbreviation, is not tư). Where two words fold alike,
// a capitalized token stands for the first ("Dang" is Đảng) and a token in
// lower case for the first that is a function word of stopWords ("dang"
// is đang).
func foldedLits() map[string][2]uint8 {
	plain, stop := map[string]bool{}, map[string]bool{}
	for _, w := range codeWords {
		plain[w] = true
	}
	for _, w := range strings.Fields(stopWords) {
		stop[w] = true
	}
	m := map[string][2]uint8{}
	for i, w := range codeWords {
		f := foldedKey(w)
		if f == w || plain[f] {
			continue
		}
		v, taken := m[f]
		switch {
		case !taken:
			v = [2]uint8{uint8(i + 1), uint8(i + 1)}
		case stop[w] && !stop[codeWords[v[0]-1]]:
			v[0] = uint8(i + 1)
		}
		m[f] = v
	}
	return m
}

// data returns the package tables, loading them on first use.
var data = sync.OnceValue(func() *tables { return loadTables(false) })

// foldedData returns the tables for text written without diacritics ("Pho
// Chu tich UBND tinh"), whose keys are folded, loading them on first use.
var foldedData = sync.OnceValue(func() *tables { return loadTables(true) })

// tablesFor returns the tables to read text with: foldedData for text
// written without diacritics, data otherwise.
func tablesFor(text string) *tables {
	if unaccented(text) {
		return foldedData()
	}
	return data()
}

// unaccented reports whether text is written without diacritics: it has
// letters, and none of them is a Vietnamese letter with a diacritic (nor
// Đ, nor a combining mark). It stops at the first such letter, which in
// Vietnamese text comes within a few bytes.
func unaccented(text string) bool {
	letters := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 0xC3 && c <= 0xC6, c == 0xCC, c == 0xCD:
			return false
		case c == 0xE1 && i+1 < len(text) && (text[i+1] == 0xBA || text[i+1] == 0xBB):
			return false
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			letters = true
		}
	}
	return letters
}

// readTSV returns the rows of an embedded TSV file without its comment lines
// and header, checking that each row has n fields.
func readTSV(name string, n int) ([][]string, []error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, []error{err}
	}
	var rows [][]string
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	header := false
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != n {
			errs = append(errs, fmt.Errorf("person: data/%s:%d: %d fields, want %d", name, line, len(f), n))
			continue
		}
		rows = append(rows, f)
	}
	return rows, errs
}

func parseStatus(s string) (Status, bool) {
	switch s {
	case "confirmed":
		return Confirmed, true
	case "partial":
		return Partial, true
	case "unconfirmed":
		return Unconfirmed, true
	}
	return 0, false
}

func parseRank(s string) (Rank, bool) {
	for r := Head; r <= Staff; r++ {
		if r.String() == s {
			return r, true
		}
	}
	return 0, false
}

// loadTables reads the data files and builds the tables. With fold set,
// every key is folded: the tables read text written without diacritics.
func loadTables(fold bool) *tables {
	t := &tables{lex: newTrie(), folded: fold}
	key := key
	if fold {
		key = foldedKey
		t.lits = foldedLits()
	}
	bad := func(file string, i int, what string) {
		t.tableErrs = append(t.tableErrs, fmt.Errorf("person: data/%s row %d: %s", file, i+1, what))
	}

	rows, errs := readTSV("titles.tsv", 8)
	t.tableErrs = append(t.tableErrs, errs...)
	t.offices = map[string]int{}
	for i, f := range rows {
		rank, ok := parseRank(f[2])
		if !ok {
			bad("titles.tsv", i, "rank "+f[2])
		}
		st, ok := parseStatus(f[6])
		if !ok {
			bad("titles.tsv", i, "status "+f[6])
		}
		if f[0] == "" || f[1] == "" || f[5] == "" || f[7] == "" {
			bad("titles.tsv", i, "empty field")
		}
		r := titleRow{form: f[0], title: f[1], rank: rank, unit: f[3], next: f[4], english: f[5], status: st, source: f[7]}
		for _, w := range strings.Fields(r.next) {
			r.nextKeys = append(r.nextKeys, key(w))
		}
		if w := strings.Fields(r.unit); len(w) > 0 {
			r.unitKey = key(w[0])
		}
		for _, w := range strings.Fields(key(r.title)) {
			if !rankWords[w] {
				r.bodyKeys = append(r.bodyKeys, w)
			}
		}
		t.titles = append(t.titles, r)
		// The office is its first row that needs no words after it, or
		// else its first row: "Viện trưởng" is read before "VKSND" as a
		// procuracy's head, and is otherwise the head of an institute.
		if o, dup := t.offices[key(f[1])]; !dup || t.titles[o].next != "" && r.next == "" {
			t.offices[key(f[1])] = len(t.titles) - 1
		}
	}
	rows, errs = readTSV("memberships.tsv", 5)
	t.tableErrs = append(t.tableErrs, errs...)
	for i, f := range rows {
		st, ok := parseStatus(f[3])
		if !ok {
			bad("memberships.tsv", i, "status "+f[3])
		}
		if f[0] == "" || f[1] == "" || f[2] == "" || f[4] == "" {
			bad("memberships.tsv", i, "empty field")
		}
		t.memberships = append(t.memberships, membershipRow{form: f[0], expansion: f[1], english: f[2], status: st, source: f[4]})
	}
	rows, errs = readTSV("honorifics.tsv", 4)
	t.tableErrs = append(t.tableErrs, errs...)
	for i, f := range rows {
		var k prefixKind
		switch f[1] {
		case "honorific":
			k = kindHonorific
		case "rank":
			k = kindRank
		case "academic":
			k = kindAcademic
		default:
			bad("honorifics.tsv", i, "kind "+f[1])
		}
		if f[0] == "" || f[2] == "" || f[3] == "" {
			bad("honorifics.tsv", i, "empty field")
		}
		t.honorifics = append(t.honorifics, honorificRow{form: f[0], kind: k, english: f[2], source: f[3]})
	}
	rows, errs = readTSV("modifiers.tsv", 3)
	t.tableErrs = append(t.tableErrs, errs...)
	for i, f := range rows {
		m, ok := parseModifier(f[1])
		if !ok {
			bad("modifiers.tsv", i, "modifier "+f[1])
		}
		if f[0] == "" || f[2] == "" {
			bad("modifiers.tsv", i, "empty field")
		}
		t.modifiers = append(t.modifiers, modifierRow{form: f[0], mod: m, source: f[2]})
	}
	rows, errs = readTSV("families.tsv", 3)
	t.tableErrs = append(t.tableErrs, errs...)
	for i, f := range rows {
		if f[1] != "first" && f[1] != "last" {
			bad("families.tsv", i, "order "+f[1])
		}
		if f[0] == "" || f[2] == "" {
			bad("families.tsv", i, "empty field")
		}
		t.families = append(t.families, familyRow{family: f[0], last: f[1] == "last", source: f[2]})
		if !strings.Contains(f[0], " ") {
			t.familyKey.add(key(f[0]))
		} else if f[1] == "first" {
			t.familyPairs.add(key(f[0]))
		}
		if f[1] == "last" {
			t.lastFamilies.add(key(f[0]))
		}
	}

	t.officeRow = make([]int, len(t.titles))
	t.titleKeys = map[string]int{}
	for i, r := range t.titles {
		t.officeRow[i] = t.offices[key(r.title)]
		if o, dup := t.titleKeys[key(r.form)]; !dup || t.titles[o].next != "" && r.next == "" {
			t.titleKeys[key(r.form)] = i
		}
	}
	t.memKeys = map[string]int{}
	t.deputyRow = -1
	for i, r := range t.memberships {
		if r.form == deputySeat && t.deputyRow < 0 {
			t.deputyRow = i
		}
		for _, k := range []string{key(r.form), key(r.expansion)} {
			if _, dup := t.memKeys[k]; !dup {
				t.memKeys[k] = i
			}
		}
	}
	t.starters.add(key("các"))
	for _, r := range t.honorifics {
		if r.kind == kindHonorific {
			t.starters.add(key(strings.Fields(r.form)[0]))
		}
	}
	for _, r := range t.modifiers {
		if r.mod&(Former|New|Acting) != 0 {
			t.starters.add(key(strings.Fields(r.form)[0]))
		}
	}
	t.starters.add(key(strings.Fields(deputySeat)[0]))
	for _, k := range t.starters.keys {
		t.starterByte[k[0]] = true
		if k[0] < 0x80 {
			t.starterPairs[int(k[0])<<8|int(k[min(1, len(k)-1)])] = 1
		}
	}
	// The lexicon: every phrase a mention is made of.
	for i := range t.titles {
		t.lex.add(t.titles[i].form, entry{kind: eTitle, idx: i}, key)
	}
	for i := range t.memberships {
		t.lex.add(t.memberships[i].form, entry{kind: eMembership, idx: i}, key)
	}
	for i := range t.honorifics {
		t.lex.add(t.honorifics[i].form, entry{kind: eHonorific, idx: i}, key)
	}
	for i := range t.modifiers {
		t.lex.add(t.modifiers[i].form, entry{kind: eModifier, idx: i}, key)
	}
	for i := range t.families {
		if t.families[i].last || strings.Contains(t.families[i].family, " ") {
			t.lex.add(t.families[i].family, entry{kind: eFamily, idx: i}, key)
		}
	}
	t.stop = setOf(stopWords, key)
	if fold {
		t.unitPairs = foldedUnitPairs(t.stop)
	}
	t.level = setOf(levelWords, key)
	t.middles = setOf(middleNames, key)
	t.ethnic = setOf("y h' h’", key)
	t.prepositions = setOf(prepositionWords, key)
	for _, k := range t.familyPairs.keys {
		if head, _, _ := strings.Cut(k, " "); !t.familyKey.has(head) {
			t.familyHeads.add(head)
		}
	}
	t.buildAnchorFilter(key("các"))
	keys := slices.Concat(t.lex.next.keys, t.familyKey.keys, t.familyHeads.keys)
	for _, k := range t.starters.keys {
		keys = append(keys, k)
		if r, _ := utf8.DecodeRuneInString(k); r >= utf8.RuneSelf && !slices.Contains(t.lowerFirst, r) {
			t.lowerFirst = append(t.lowerFirst, r)
		}
	}
	// The marker Y opens an Ê Đê name as a family name opens a Kinh one
	// (H', joined to the given name, is seen by anchorAt).
	for _, k := range t.ethnic.keys {
		if !strings.ContainsAny(k, "'’") {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		fam := t.familyKey.has(k) || t.ethnic.has(k) || t.familyHeads.has(k)
		node, _ := t.lex.next.get(k)
		a := anchorForm{node: node, family: fam, starter: t.starters.has(k)}
		for _, f := range writtenForms(k) {
			t.anchorForms.add(f, a)
		}
	}
	// Titles in mixed case (ThS., ThS.BS.) are also looked up as the data
	// writes them.
	for _, f := range t.mixedForms() {
		if _, ok := t.anchorForms.get(f); !ok {
			node, _ := t.lex.next.get(key(f))
			t.anchorForms.add(f, anchorForm{node: node})
		}
	}
	return t
}

// ethnicMarker reports whether the key k opens an Ê Đê name: the marker Y
// or H' as a word of its own, or H' joined to the given name ("h'hen").
func (t *tables) ethnicMarker(k string) bool {
	return t.ethnic.has(k) || strings.HasPrefix(k, "h'") || strings.HasPrefix(k, "h’")
}

// setOf returns the set of the keys of the words, given key.
func setOf(words string, key func(string) string) wordSet {
	var m wordSet
	for _, w := range strings.Split(words, "|") {
		for _, f := range strings.Fields(w) {
			m.add(key(f))
		}
	}
	return m
}

// foldedUnitPairs returns the pairs of words, folded and joined by a space,
// of the names and aliases of the units package orgunit knows (central
// bodies, and the bodies of a province, a district and a commune, before
// and after the 2025 reorganization) whose second word is not a stop word
// but folds to one of stop, the folded stop words: "dan van" (Ban Dân vận;
// vẫn folds to van), "nhan dan" (Hội đồng nhân dân; nhận, dẫn), "dau tu"
// (Sở Kế hoạch và Đầu tư; từ), "xa hoi" (xã hội; hỏi). In text without
// diacritics such a word goes on the unit it follows.
func foldedUnitPairs(stop wordSet) wordSet {
	accented := setOf(stopWords, key)
	var pairs wordSet
	addName := func(name string) {
		ws := strings.Fields(name)
		for i := 1; i < len(ws); i++ {
			if f := foldedKey(ws[i]); stop.has(f) && !accented.has(key(ws[i])) {
				pairs.add(foldedKey(ws[i-1]) + " " + f)
			}
		}
	}
	addUnit := func(u orgunit.Unit) {
		addName(u.Name())
		for _, a := range u.Aliases() {
			addName(a)
		}
	}
	for _, at := range []time.Time{time.Date(2020, 7, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} {
		for u := range orgunit.CentralBodies(at) {
			addUnit(u)
		}
		// One place of each level: the bodies of every place are named
		// alike.
		var seen [8]bool
		for u := range orgunit.Places(at) {
			if l := int(u.Level()); l < len(seen) && !seen[l] {
				seen[l] = true
				for _, b := range u.Bodies() {
					addUnit(b)
				}
			}
		}
	}
	return pairs
}

// foldedKey is the key of w in the folded tables: lower case, without
// diacritics (đ is d).
func foldedKey(w string) string { return vntext.Key(w, true) }

// deputySeat is the seat of a National Assembly deputy, which text writes
// in lower case before a name ("đại biểu Quốc hội Trần Thị Mai") and
// follows with the province that elected the deputy ("đại biểu Quốc hội
// tỉnh Nghệ An"). It is a row of memberships.tsv.
const deputySeat = "Đại biểu Quốc hội"

// envoyTitles are the offices of the missions abroad, and the head of a
// foreign body's representative office, whose post is "tại"
// a country or a city ("Đại sứ Việt Nam tại Nhật Bản", Luật Cơ quan đại
// diện 33/2009/QH12); they are rows of titles.tsv.
var envoyTitles = map[string]bool{"Đại sứ": true, "Đại sứ Đặc mệnh toàn quyền": true, "Tổng Lãnh sự": true, "Lãnh sự": true, "Trưởng đại diện": true}

// stopWords end the name of a unit: function words and the verbs that follow
// a mention in running text. They are grammar, not facts, so they live here
// rather than in a data file.
const stopWords = "giai chỉ cho đã đang sẽ vừa mới được bị là có tại ở với về trong ngoài trên dưới từ đến tới khi " +
	"thì mà nhưng cũng đều vẫn còn rất để do bởi vì nên làm phát chủ dự tham trao tặng nhấn " +
	"khẳng yêu đề chúc báo trình ký thay cùng những này đó nhằm gồm như lên ra vào đi lại sau trước " +
	"các của theo số nhiệm lãnh ngày tháng lần hiện giữ thôi tiếp gặp thăm dẫn đánh nói cảm ghi " +
	"mong hy bày chia hỏi trả nhận sinh tuổi rằng nay hôm đây kia ấy gửi xác kể chuyển chịu cam giải trực"

// unitPhrases are phrases of units' names that hold a stop word, which goes
// on the unit there: "Ban Quản lý dự án", "công trình", "Hội Đoàn kết sư
// sãi yêu nước", "Ban Quản lý dự án đầu tư xây dựng các công trình giao
// thông" (a project board named by its field), "Ban Quản lý các khu công
// nghiệp". Like stopWords they are grammar; their words are in codeWords.
var unitPhrases = [][]string{
	{"dự", "án"}, {"công", "trình"}, {"yêu", "nước"},
	{"dựng", "các", "công", "trình"}, {"lý", "các", "khu"}, {"cơ", "sở"},
	{"giải", "phóng"}, {"thường", "trực"}, {"cấp", "cao", "tại"},
	{"đăng", "ký"}, {"dự", "phòng"}, {"tham", "nhũng"}, {"sau", "thanh", "tra"}, {"ban", "chỉ", "đạo"}, {"phạm", "về"}, {"cổng", "thông", "tin"}, {"công", "nghệ", "thông", "tin"}, {"an", "toàn", "thông", "tin"}, {"nông", "thôn", "mới"}, {"hòa", "giải"}, {"chương", "trình"}, {"đoàn", "kiểm", "tra"}, {"tự", "chủ"}, {"người", "tham", "gia"},
}

// rankWords are the words of an office's name that say its rank, not the
// body it heads (titleRow.bodyKeys).
var rankWords = map[string]bool{"phó": true, "trưởng": true, "tổng": true, "thường": true, "trực": true}

// verbPhrases are verbs of two words that end a unit written before them,
// where their first word alone may be part of a name ("Sở Giao thông vận
// tải"). Like stopWords they are grammar.
var verbPhrases = [][]string{{"thông", "tin"}, {"thừa", "nhận"}, {"công", "bố"}, {"giới", "thiệu"}, {"phản", "ánh"}, {"phối", "hợp"}, {"ủng", "hộ"}, {"kiểm", "tra"}}

// dashedCompounds are compounds written with a dash inside the names of
// units, in lower case ("Viện Nghiên cứu Phát triển kinh tế - xã hội",
// "các tổ chức chính trị - xã hội").
var dashedCompounds = [][2][]string{
	{{"kinh", "tế"}, {"xã", "hội"}}, {{"chính", "trị"}, {"xã", "hội"}}, {{"văn", "hóa"}, {"xã", "hội"}},
}

// peoplePhrases are nouns for people: after "và các" they end a unit
// ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy và các thành viên Ban Chỉ đạo").
var peoplePhrases = [][]string{
	{"thành", "viên"}, {"đại", "biểu"}, {"cán", "bộ"}, {"cá", "nhân"}, {"đảng", "viên"},
	{"hội", "viên"}, {"chiến", "sĩ"}, {"lãnh", "đạo"}, {"vị"},
}

// gradePhrases are the grades of civil servants and public employees
// (ngạch: Luật Cán bộ, công chức 22/2008/QH12, Điều 42; Luật Viên chức
// 58/2010/QH12): a grade is no office, and a grade with its unit is an
// aside before one.
var gradePhrases = [][]string{
	{"chuyên", "viên"}, {"chuyên", "viên", "chính"}, {"chuyên", "viên", "cao", "cấp"},
	{"nhân", "viên"}, {"giáo", "viên"}, {"giảng", "viên"},
}

// missionPhrases open the names of missions and offices placed somewhere,
// which go on with "tại" and the place ("Đại sứ quán Pháp tại Việt Nam",
// "Văn phòng KOICA tại Việt Nam"; Luật Cơ quan đại diện 33/2009/QH12 for
// the missions abroad).
var missionPhrases = [][]string{
	{"đại", "sứ", "quán"}, {"tổng", "lãnh", "sự", "quán"}, {"lãnh", "sự", "quán"},
	{"văn", "phòng"}, {"chi", "nhánh"}, {"cơ", "quan", "đại", "diện"}, {"hiệp", "hội"},
}

// prepositionWords are words after which a capitalized run is a place.
const prepositionWords = "tại ở về đến từ thăm"

// levelWords name the level of a place; a name never follows one directly
// unless it is a person's name written after a unit.
const levelWords = "tỉnh huyện xã phường quận thị trấn thành phố tp tp. đặc khu"

// levelPhrases are the place levels as sequences of token keys, the words
// of levelWords joined as the text writes them (thành phố, thị xã, đặc khu).
var levelPhrases = [][]string{
	{"tỉnh"}, {"huyện"}, {"phường"}, {"quận"}, {"tp"}, {"tp."}, {"xã"},
	{"thành", "phố"}, {"thị", "xã"}, {"thị", "trấn"}, {"đặc", "khu"},
}

// middleNames are common middle names of Kinh names: a word after a family
// name that is one of them is evidence that a person's name starts there.
const middleNames = "văn thị hữu đức minh quốc công xuân thanh ngọc hồng hoàng quang đình duy trọng " +
	"thế anh kim mạnh tuấn bá khắc tiến việt phú phước phúc như cẩm gia"

// An anchorForm is what a word as written can open: the lexicon node of its
// key, and whether the key is a one-word family name or a starter.
type anchorForm struct {
	node    *trie
	family  bool
	starter bool
}

// isStarter reports whether the key k is a starter, ruling most words out
// by their first two bytes.
func (t *tables) isStarter(k string) bool {
	if len(k) == 0 || !t.starterByte[k[0]] {
		return false
	}
	if k[0] < 0x80 && t.starterPairs[int(k[0])<<8|int(k[min(1, len(k)-1)])] == 0 {
		return false
	}
	a, ok := t.anchorForms.get(k)
	return ok && a.starter
}

// A formTable maps words as written to what they can open. It is a hash
// table with open addressing on [anchorHash], cheaper than a map for the
// many look-ups of Find, most of which miss.
type formTable struct {
	slots []formSlot // a power of two in length, at most half full
	forms []string
	vals  []anchorForm
}

type formSlot struct {
	h   uint32 // anchorHash of the form
	idx uint32 // index+1 into forms and vals; 0 for an empty slot
}

// add files a under the written form w, unless w is there already.
func (t *formTable) add(w string, a anchorForm) {
	if _, ok := t.get(w); ok {
		return
	}
	if 2*(len(t.forms)+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]formSlot, max(64, 4*len(t.slots)))
		for _, s := range old {
			if s.idx != 0 {
				t.put(s)
			}
		}
	}
	t.forms = append(t.forms, w)
	t.vals = append(t.vals, a)
	t.put(formSlot{h: anchorHash(w), idx: uint32(len(t.forms))})
}

func (t *formTable) put(s formSlot) {
	mask := uint32(len(t.slots) - 1)
	for i := s.h & mask; ; i = (i + 1) & mask {
		if t.slots[i].idx == 0 {
			t.slots[i] = s
			return
		}
	}
}

// get returns what the written form w opens.
func (t *formTable) get(w string) (anchorForm, bool) {
	if len(t.slots) == 0 || w == "" {
		return anchorForm{}, false
	}
	h := anchorHash(w)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.idx == 0 {
			return anchorForm{}, false
		}
		if s.h == h && t.forms[s.idx-1] == w {
			return t.vals[s.idx-1], true
		}
	}
}

// lowerStarts reports whether the word w, whose first byte is not ASCII,
// may open a mention when it starts with a lower-case letter: only when
// that letter is the first letter of a starter. A word with a capital or
// another character first may.
func (t *tables) lowerStarts(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if caseOf(r) != 'l' {
		return true
	}
	return slices.Contains(t.lowerFirst, r)
}

// anchorHash hashes the first three bytes, the last byte and the length of
// a word into 17 bits, for anchorFilter.
func anchorHash(w string) uint32 {
	b1, b2 := byte(0), byte(0)
	if len(w) > 1 {
		b1 = w[1]
	}
	if len(w) > 2 {
		b2 = w[2] // the case of a letter of three bytes (Ủ, ủ)
	}
	h := uint32(w[0])*0x9E3779B1 ^ uint32(b1)*0x85EBCA77 ^ uint32(b2)*0x165667B1 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(min(len(w), 63))*0x27D4EB2F
	return h >> 15
}

// buildAnchorFilter fills anchorFilter with the words that may open a
// mention: the first words of the lexicon and the family names, capitalized
// or in capitals, and the starters also in lower case; a final period is
// optional.
func (t *tables) buildAnchorFilter(cac string) {
	add := func(w string) {
		for _, v := range []string{w, strings.TrimSuffix(w, ".")} {
			if v != "" {
				h := anchorHash(v)
				t.anchorFilter[h>>6] |= 1 << (h & 63)
			}
		}
	}
	upper := func(k string) {
		r, size := utf8.DecodeRuneInString(k)
		add(string(unicode.ToUpper(r)) + k[size:])
		add(strings.ToUpper(k))
	}
	t.lex.finish(upper)
	for _, k := range slices.Concat(t.familyKey.keys, t.familyHeads.keys) {
		upper(k)
	}
	for _, k := range t.ethnic.keys {
		if !strings.ContainsAny(k, "'’") {
			upper(k) // Y
		}
	}
	for _, k := range t.starters.keys {
		add(k)
		upper(k)
	}
	add(cac)
	upper(cac)
	for _, f := range t.mixedForms() {
		add(f)
	}
}

// mixedForms returns the first words of the honorifics, ranks and academic
// titles that the data writes with a capital after a lower-case letter
// ("ThS.", "ThS.BS."), as written: writtenForms does not make them.
func (t *tables) mixedForms() []string {
	var out []string
	for _, h := range t.honorifics {
		w, _, _ := strings.Cut(h.form, " ")
		lower := false
		for _, r := range w {
			if unicode.IsLower(r) {
				lower = true
			} else if lower && unicode.IsUpper(r) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}
