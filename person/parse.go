// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"strings"
	"time"

	"github.com/vnorg/vnorg/orgunit"
)

// A parsed mention: the Mention, its token range, the token ranges of its
// positions, and where scanning resumes.
type parsed struct {
	mention    Mention
	start, end int      // tokens [start, end)
	posSpans   [][2]int // tokens of each position
	resume     int      // token to resume scanning at, after end when -1
}

// parseTitleOnly reads the whole input as one title segment.
func (p *parser) parseTitleOnly() (Position, *perr) {
	if len(p.toks) == 0 {
		return Position{}, &perr{offset: -1, err: ErrEmpty}
	}
	s, ok := p.parseSegment(0, len(p.toks), modeAppositive)
	if !ok {
		return Position{}, p.fail(0, "want an office")
	}
	// A title is read to its end: units may hold commas and parentheses.
	end := len(p.toks)
	for end > s.end && p.toks[end-1].kind == tPunct && (p.toks[end-1].punct == '.' || p.toks[end-1].punct == ';') {
		end--
	}
	if end > s.end {
		if s.kind == segMembership || s.titleEnd == end {
			return Position{}, p.fail(s.end, "text after the title")
		}
		s.orgEnd = end
		s.end = end
		s.nameStart = -1
	}
	if s.kind == segMembership {
		m := p.membership(s)
		pos := Position{title: m.form, mods: s.mods, seat: true}
		if s.office >= 0 {
			pos.office = officeOf(s.office)
			pos.title = p.span(s.titleStart, s.titleEnd)
			pos.org = p.span(s.orgStart, s.orgEnd)
			if pos.org != "" {
				r := resolveUnit(pos.org, &p.c)
				pos.unit, pos.generic = r.unit, r.generic
			}
		} else {
			pos.office = memberOffice()
			pos.mem = uint8(s.row + 1)
		}
		return pos, nil
	}
	return p.position(s), nil
}

// memberOffice is the Office "Ủy viên", given to memberships read as titles.
func memberOffice() Office {
	t := data()
	return Office(t.offices[key("Ủy viên")] + 1)
}

// parseMentionAt reads a mention starting at token i.
func (p *parser) parseMentionAt(i int) (parsed, int, *perr) {
	if len(p.toks) == 0 {
		return parsed{}, 0, &perr{offset: -1, err: ErrEmpty}
	}
	r, ok := p.mentionAt(i, len(p.toks), false)
	if !ok {
		return parsed{}, i, p.fail(i, "want a name with an office")
	}
	return r, r.end, nil
}

// mentionAt reads a mention starting at token i, not past limit. bare allows
// a name without a prefix only when its first word is a family name.
func (p *parser) mentionAt(i, limit int, inText bool) (parsed, bool) {
	r := parsed{start: i, resume: -1}
	m := &r.mention
	j := p.prefixes(m, i, limit)
	prefixed := j > i
	if ne := p.nameRun(j, !prefixed && inText); ne > j && ne <= limit && !(!prefixed && ne-j == 2 && isPlace(p.span(j, ne), &p.c)) {
		// Two words that name a province or a district are a place, unless
		// an honorific or a rank comes before them: "Tại điểm cầu Hà Tĩnh,
		// Phó Chủ tịch UBND tỉnh ...".
		m.Name = p.nameOf(j, ne)
		end, ok := p.appositive(&r, ne, limit)
		if !ok {
			return parsed{}, false
		}
		r.end = end
		return r, true
	}
	// Title before the name.
	k := j
	segs, seps := p.segBuf[:0], p.sepBuf[:0]
	for len(segs) < 8 {
		s, ok := p.parseSegment(k, limit, modeTitleFirst)
		if !ok {
			return parsed{}, false
		}
		segs = append(segs, s)
		p.segBuf = segs[:0]
		if s.nameStart >= 0 {
			break
		}
		k = s.end
		if p.punct(k, ',') && s.kind == segTitle && !p.keyIs(i-1, "của") {
			// "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Sơn": the title,
			// then the person with a prefix; but not a title that is
			// someone else's ("thừa ủy quyền của Chủ tịch nước, đồng chí
			// X trao ...").
			if ns, ne, ok := p.prefixedName(k+1, limit, m); ok {
				p.shareDashed(segs, seps)
				p.addSegs(&r, segs)
				m.Name = p.nameOf(ns, ne)
				r.end = ne
				return r, true
			}
		}
		if p.punct(k, ',') || p.punct(k, '-') {
			seps = append(seps, p.toks[k].punct)
			p.sepBuf = seps[:0]
			k++
			continue
		}
		if p.concurrentAt(k) && s.kind == segTitle {
			// "Phó Bí thư Thường trực Tỉnh ủy kiêm Chủ tịch HĐND tỉnh X":
			// the next segment reads kiêm as its modifier.
			seps = append(seps, ' ')
			p.sepBuf = seps[:0]
			continue
		}
		return parsed{}, false
	}
	last := segs[len(segs)-1]
	if last.nameStart < 0 {
		return parsed{}, false
	}
	ns := last.nameStart
	if last.prefixStart >= 0 {
		p.prefixes(m, last.prefixStart, ns)
	}
	ne := ns
	for ne < limit && ne-ns < 5 && p.nameWord(ne) {
		ne++
	}
	if ne == ns {
		ne = min(p.capsNameRun(ns), limit) // "... UBND TỈNH NGUYỄN VĂN AN"
	}
	if ne-ns < 2 && last.nameEnd > ne {
		// The carve read more words than nameWord takes: "... TỈNH A
		// THUẬN", a name in capitals written again in running text.
		ne = min(last.nameEnd, limit)
	}
	if p.capsWord(ns) && last.nameEnd > ns+1 && last.nameEnd < ne {
		// The carve of a headline stopped the name before its verb:
		// "... TỈNH TỪ MINH KHANG KIỂM TRA ...".
		ne = last.nameEnd
	}
	if ne == ns {
		return parsed{}, false
	}
	m.Name = p.nameOf(ns, ne)
	end := ne
	if ue := p.unitAfterName(&segs[len(segs)-1], ne, limit); ue > 0 {
		end = ue
	}
	p.shareDashed(segs, seps)
	p.addSegs(&r, segs)
	// "... Trần Văn Nam kiêm nhiệm Chánh Văn phòng ...": more offices after the name.
	for p.concurrentAt(end) {
		s, ok := p.parseSegment(end, limit, modeAppositive)
		if !ok || s.nameStart >= 0 {
			break
		}
		p.addSeg(&r, s)
		end = s.end
	}
	if p.punct(end, '(') || p.punct(end, ',') && !p.titleWithName(end+1, limit) {
		// "Phó Chủ tịch UBND tỉnh Từ Minh Khang, Trưởng Ban Tổ chức Tuần
		// Du lịch": offices after the name, as after a name written first;
		// but "Bộ trưởng Bộ Y tế X, Thứ trưởng Y" names two people.
		if e, ok := p.appositive(&r, end, limit); ok {
			end = e
		}
	}
	r.end = end
	return r, true
}

// unitAfterName gives a title written alone before a name the unit that
// follows the name after a comma, and returns where the unit ends, or -1:
// "Kiểm sát viên Trần Văn Bình, VKSND tỉnh Bình Định, thực hành quyền công
// tố", as court news names a judge, a procurator or an investigator. The
// unit must be one orgunit knows and must close the clause (a comma, a
// semicolon, a period, a parenthesis, the end of the window, or a verb
// in lower case); a title after the comma is the person's next office,
// read by the appositive.
func (p *parser) unitAfterName(s *seg, ne, limit int) int {
	if s.kind != segTitle || s.orgText != "" || s.orgEnd > s.orgStart || s.prefix != "" || !p.punct(ne, ',') {
		return -1
	}
	u := ne + 1
	if !p.word(u) || !p.toks[u].upper || p.startsSegment(u) || p.nameStartsAt(u) {
		return -1
	}
	e := p.parseOrg(u, limit)
	if e <= u || !p.knownUnit(u, e) {
		return -1
	}
	if !p.endsClause(e, limit) && !(p.word(e) && !p.toks[e].upper) {
		return -1
	}
	s.orgStart, s.orgEnd = u, e
	return e
}

// endsClause reports whether the token at e ends a clause: a comma, a
// semicolon, a period or a closing parenthesis, or the end of what is read.
func (p *parser) endsClause(e, limit int) bool {
	return e >= limit || e < len(p.toks) && p.toks[e].kind == tPunct && strings.IndexByte(",;.)", p.toks[e].punct) >= 0
}

// foreignParty returns the end of the name of a party other than the
// Communist Party of Vietnam written at k, right after a seat in the
// central committee whose words end in Đảng (membership row mi): "Ủy viên
// Trung ương Đảng Nhân dân Cách mạng Lào". It returns -1 when the words
// after Đảng are no such name: a title, a name, or words that go on past
// the clause.
func (p *parser) foreignParty(k, limit, mi int) int {
	if !p.keyIs(k-1, "đảng") || !strings.HasSuffix(p.t.memberships[mi].expansion, "Trung ương Đảng") ||
		!p.word(k) || !p.toks[k].upper || p.toks[k].nl > 0 || p.startsSegment(k) || p.nameStartsAt(k) {
		return -1
	}
	e := p.parseOrg(k, limit)
	if e <= k || !p.endsClause(e, limit) {
		return -1
	}
	return e
}

// standingAbbr reports whether toks[k] is TT, written for Thường trực
// after the title of row ti: only after the deputies that have a standing
// deputy (Phó Chủ tịch, Phó Bí thư: "PCT TT UBND tỉnh", "PBT TT Tỉnh ủy"),
// since after other titles TT is a unit (Trung tâm: "Phó Giám đốc TT Y
// tế").
func (p *parser) standingAbbr(k, ti int) bool {
	if !p.word(k) || p.text[p.toks[k].start:p.toks[k].end] != "TT" {
		return false
	}
	switch p.t.titles[ti].title {
	case "Phó Chủ tịch", "Phó Bí thư":
		return true
	}
	return false
}

// titleWithName reports whether a title followed by its own name, the
// next person's, starts at i.
func (p *parser) titleWithName(i, limit int) bool {
	s, ok := p.parseSegment(i, limit, modeTitleFirst)
	return ok && s.kind == segTitle && s.nameStart >= 0
}

// prefixes reads the honorifics, ranks and academic titles from token j
// into m, one of each kind at most, and returns where they end.
func (p *parser) prefixes(m *Mention, j, limit int) int {
	for j < limit {
		h, n := p.honorificAt(j)
		if n == 0 {
			break
		}
		w := p.span(j, j+n)
		switch h.kind {
		case kindHonorific:
			if m.Honorific != "" {
				return j
			}
			m.Honorific = w
		case kindRank:
			if m.Rank != "" {
				return j
			}
			m.Rank = w
		case kindAcademic:
			if m.Academic != "" {
				return j
			}
			m.Academic = w
		}
		j += n
	}
	return j
}

// maxSegs bounds the offices and memberships of one mention.
const maxSegs = 16

// lineStart reports whether only white space stands between the start of
// its line and offset i.
func (p *parser) lineStart(i int) bool {
	for i > 0 && (p.text[i-1] == ' ' || p.text[i-1] == '\t') {
		i--
	}
	return i == 0 || p.text[i-1] == '\n' || p.text[i-1] == '\r'
}

// appositive reads the offices written after a name that ends at token k and
// returns where the mention ends.
func (p *parser) appositive(r *parsed, k, limit int) (int, bool) {
	end := k
	segs, seps := p.appBuf[:0], p.appSepBuf[:0]
	first := true
	for k < limit && len(segs) < maxSegs {
		var sep byte
		j := k
		switch {
		case p.punct(k, '(') && first:
			c := p.closeParen(k, limit, 80)
			if c < 0 {
				goto out
			}
			inner, innerSeps := p.parenSegs(k+1, c, r.start)
			if len(inner) == 0 {
				// An aside: "(sinh năm 1976)".
				if !p.punct(c+1, ',') && !p.punct(c+1, '-') {
					goto out
				}
				k = c + 1
				continue
			}
			segs = append(segs, inner...)
			seps = append(seps, innerSeps...)
			end = c + 1
			k = c + 1
			first = false
			continue
		case p.punct(k, ',') && p.gradeAside(k+1, limit) > k+1:
			// "Bà Lê Thị Thu, chuyên viên Phòng Tổ chức cán bộ - Thư ký
			// Hội đồng": a civil servant's grade and the unit she works
			// in, then her office.
			k = p.gradeAside(k+1, limit)
			continue
		case p.punct(k, ',') && p.punct(p.asideEnd(k+1, limit), ','):
			// "ông Nguyễn Văn An, 52 tuổi, Phó Chủ tịch UBND huyện": an age
			// or a year of birth between commas, as in parentheses.
			k = p.asideEnd(k+1, limit)
			continue
		case p.punct(k, '|') && !first && len(segs) > 0 && segs[len(segs)-1].kind == segTitle &&
			segs[len(segs)-1].orgEnd == segs[len(segs)-1].orgStart && segs[len(segs)-1].orgText == "":
			// The next cell of a table row is the unit of a title written
			// alone: "Trương Công Hiển | Giám đốc | Sở Nội vụ".
			e := p.cellEnd(k+1, limit)
			if e <= k+1 || !p.toks[k+1].upper {
				goto out
			}
			last := &segs[len(segs)-1]
			last.orgStart, last.orgEnd, last.end = k+1, e, e
			end, k = e, e
			continue
		case p.punct(k, ',') || p.punct(k, '-') || p.punct(k, '|') && first:
			// A comma, a dash, or the bar of a table row written as text
			// ("1 | Đỗ Minh Khôi | Giám đốc Sở Tài chính").
			sep = p.toks[k].punct
			j = k + 1
		case p.concurrentAt(k):
			sep = ' '
		case first && p.word(k) && p.toks[k].nl == 1 && p.lineStart(p.toks[r.start].start):
			// A table pasted as text: the name on a line of its own, the
			// offices on the next ("Ông Hoàng Văn An\nGiám đốc Sở Y tế").
			sep = ','
		default:
			goto out
		}
		{
			s, ok := p.parseSegment(j, limit, modeAppositive)
			if !ok || s.nameStart >= 0 {
				goto out
			}
			segs = append(segs, s)
			seps = append(seps, sep)
			p.appBuf, p.appSepBuf = segs[:0], seps[:0]
			end = s.end
			k = s.end
			first = false
			if s.resume >= 0 {
				r.resume = s.resume
				goto out
			}
		}
	}
out:
	if len(segs) == 0 {
		return 0, false
	}
	p.shareDashed(segs, seps)
	p.addSegs(r, segs)
	return end, true
}

// cellEnd returns the end of the table cell that starts at i: the next bar
// on the same line, within a unit's length; -1 when there is none.
func (p *parser) cellEnd(i, limit int) int {
	for k := i; k < limit && k-i <= maxOrg; k++ {
		if k > i && p.toks[k].nl > 0 {
			return -1
		}
		if p.punct(k, '|') {
			return k
		}
		if !p.word(k) && !p.punct(k, ',') && !p.punct(k, '-') && !p.punct(k, '&') && !p.punct(k, '.') {
			return -1
		}
	}
	return -1
}

// asideEnd returns the end of an age or a year of birth written at i
// ("52 tuổi", "sinh năm 1972", "SN 1972"), or i when there is none.
func (p *parser) asideEnd(i, limit int) int {
	switch {
	case i+1 < limit && p.word(i) && p.toks[i].digit && p.keyIs(i+1, "tuổi"):
		return i + 2
	case i+2 < limit && p.keyIs(i, "sinh") && p.keyIs(i+1, "năm") && p.word(i+2) && p.toks[i+2].digit:
		return i + 3
	case i+1 < limit && p.keyIs(i, "sn") && p.word(i+1) && p.toks[i+1].digit:
		return i + 2
	}
	return i
}

// gradeAside returns the end of a civil servant's grade and the unit after
// it, at i, when a comma or a dash and an office follow ("chuyên viên
// Phòng Tổ chức cán bộ - Thư ký Hội đồng"), or i. A grade (chuyên viên,
// giáo viên) is no office.
func (p *parser) gradeAside(i, limit int) int {
	n := 0
	for _, g := range gradePhrases {
		if p.phraseAt(i, g) {
			n = max(n, len(g))
		}
	}
	if n == 0 || !p.word(i+n) || !p.toks[i+n].upper {
		return i
	}
	e := p.parseOrg(i+n, limit)
	if e <= i+n || !(p.punct(e, ',') || p.punct(e, '-')) || !p.startsSegment(e+1) {
		return i
	}
	return e
}

// parenSegs reads the segments inside parentheses [a, c): leading asides
// (an age, a year of birth) are skipped; text after an office that starts no
// office continues its unit.
func (p *parser) parenSegs(a, c, start int) ([]seg, []byte) {
	var segs []seg
	var seps []byte
	if s, ok := p.delegation(a, c, start); ok {
		return append(segs, s), append(seps, 0)
	}
	k := a
	sep := byte(0)
	for k < c && len(segs) < maxSegs {
		s, ok := p.parseSegment(k, c, modeAppositive)
		if ok && s.nameStart < 0 {
			segs = append(segs, s)
			seps = append(seps, sep)
			k = s.end
		} else {
			// Skip to the next comma.
			n := k
			for n < c && !p.punct(n, ',') {
				n++
			}
			if len(segs) > 0 {
				last := &segs[len(segs)-1]
				if last.kind != segTitle {
					return nil, nil
				}
				if last.orgEnd == last.orgStart {
					last.orgStart = k
				}
				last.orgEnd = n
				last.end = n
			} else if !(p.word(k) && (p.toks[k].digit || oneOf(p.toks[k].lk(), "sinh", "sn"))) {
				return nil, nil
			}
			k = n
		}
		if k < c && !p.punct(k, ',') && !p.punct(k, '-') && !p.concurrentAt(k) {
			// The unit goes on to the next comma.
			n := k
			for n < c && !p.punct(n, ',') {
				n++
			}
			last := &segs[len(segs)-1]
			if last.kind != segTitle {
				return nil, nil
			}
			if last.orgEnd == last.orgStart {
				last.orgStart = k
			}
			last.orgEnd, last.end = n, n
			k = n
		}
		if k < c {
			if p.concurrentAt(k) {
				sep = ' '
			} else {
				sep = p.toks[k].punct
				k++
			}
		}
	}
	return segs, seps
}

// delegation reads a National Assembly delegation written in parentheses
// after a deputy's name, "(Đoàn ĐBQH tỉnh Hà Giang)", as the deputy's seat.
// After "đại biểu" (the mention starting at start), reports of a session
// write the delegation shorter: "đại biểu Y Kriêng Byă (Đắk Lắk)", "đại
// biểu Lê Văn An (Đoàn Hà Nội)"; the province is then the seat's unit.
func (p *parser) delegation(a, c, start int) (seg, bool) {
	if p.keyIs(a, "đoàn") {
		if e, n := p.match(a+1, eMembership); n > 0 && a+1+n <= c && p.t.memberships[e.idx].expansion == deputySeat {
			return seg{start: a, end: c, kind: segMembership, row: e.idx, office: -1, titleStart: a, titleEnd: a + 1 + n,
				nameStart: -1, resume: -1, prefixStart: -1}, true
		}
	}
	if !p.deputyBefore(start) || p.t.deputyRow < 0 {
		return seg{}, false
	}
	u := a
	if p.keyIs(u, "đoàn") {
		u++
	}
	if u >= c || !p.toks[u].upper || !p.provinceWords(u, c) {
		return seg{}, false
	}
	return seg{start: a, end: c, kind: segMembership, row: p.t.deputyRow, office: -1, titleStart: a, titleEnd: a,
		orgStart: u, orgEnd: c, nameStart: -1, resume: -1, prefixStart: -1}, true
}

// deputyBefore reports whether "đại biểu" in lower case stands right
// before toks[start], looking at the text: the tokens of a window may
// start at the name.
func (p *parser) deputyBefore(start int) bool {
	if start < 0 || start >= len(p.toks) {
		return false
	}
	before := strings.TrimRight(p.text[max(0, p.toks[start].start-16):p.toks[start].start], " ")
	return strings.HasSuffix(before, "đại biểu") || p.t.folded && strings.HasSuffix(before, "dai bieu")
}

// provinceWords reports whether the tokens [a, c) name a province, with
// or without its level word, on the configured date or on the last day of
// the 63 provinces.
func (p *parser) provinceWords(a, c int) bool {
	if c-a > 4 {
		return false
	}
	for _, at := range [...]time.Time{p.c.at, lastDistrictDay} {
		for _, u := range orgunit.Resolve(p.span(a, c), at).Candidates {
			if u.Level() == orgunit.Province && u.Kind() <= orgunit.KindSpecialZone {
				return true
			}
		}
	}
	return false
}

// shareDashed gives a title without a unit the unit of the next title when
// a dash joins them: "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ".
func (p *parser) shareDashed(segs []seg, seps []byte) {
	for i := len(segs) - 2; i >= 0; i-- {
		if i+1 < len(seps) && (seps[i+1] == '-' || seps[i+1] == ',' && p.namesUnitOf(segs[i], segs[i+1])) && segs[i].kind == segTitle && segs[i+1].kind == segTitle &&
			segs[i].orgEnd == segs[i].orgStart && segs[i].orgText == "" && (segs[i+1].orgEnd > segs[i+1].orgStart || segs[i+1].orgText != "") {
			segs[i].orgText = segs[i+1].orgText
			if segs[i].orgText == "" {
				segs[i].orgText = p.span(segs[i+1].orgStart, segs[i+1].orgEnd)
				if segs[i+1].prefix != "" {
					segs[i].orgText = segs[i+1].prefix + " " + segs[i].orgText
				}
			}
		}
	}
}

// namesUnitOf reports whether the title of s, written without a unit
// before a comma, names the unit of the title next, right after it: the
// words of its office other than the words of rank (phó, trưởng, tổng)
// are words of that unit, in order ("Phó Chỉ huy trưởng, Tham mưu trưởng
// Bộ Chỉ huy Quân sự tỉnh": both of the Bộ Chỉ huy). "Phó Hiệu trưởng,
// Phó Chủ tịch Hội đồng trường" names two bodies. The words are those of
// the office's row, so that text without diacritics shares no unit so.
func (p *parser) namesUnitOf(s, next seg) bool {
	if s.kind != segTitle || next.kind != segTitle || s.row < 0 || next.row < 0 || next.start != s.end+1 || next.orgEnd <= next.orgStart {
		return false
	}
	core := p.t.titles[s.row].bodyKeys
	if len(core) == 0 {
		return false
	}
	for k := next.orgStart; k+len(core) <= next.orgEnd; k++ {
		n := 0
		for n < len(core) && p.word(k+n) && p.toks[k+n].key == core[n] {
			n++
		}
		if n == len(core) {
			return true
		}
	}
	return false
}

// addSegs adds the positions and memberships of segs to the mention, in
// slices of the right size.
func (p *parser) addSegs(r *parsed, segs []seg) {
	np, nm := 0, 0
	for _, s := range segs {
		if s.kind == segTitle {
			np++
		} else {
			nm++
		}
	}
	m := &r.mention
	if np > 0 && m.Positions == nil {
		m.Positions = make([]Position, 0, np)
		r.posSpans = p.spanBuf[:0]
	}
	if nm > 0 && m.Memberships == nil {
		m.Memberships = make([]Membership, 0, nm)
	}
	for i, s := range segs {
		if i+1 < len(segs) {
			s = p.sharedAfterKiem(s, segs[i+1])
		}
		p.addSeg(r, s)
	}
}

// sharedAfterKiem gives a title written without its unit the unit of the
// concurrent title right after it: in "Phó Chỉ huy trưởng kiêm Tham mưu
// trưởng Bộ Chỉ huy Quân sự tỉnh" both offices are of the Bộ Chỉ huy, and
// in "Phó Giám đốc kiêm Chánh Văn phòng Sở Y tế" the deputy directs the Sở
// (the unit as written, without the word restored for the second title).
// A title whose unit shares its noun ("Trưởng phòng") or a Party
// secretary's ("Bí thư kiêm Chủ tịch UBND xã": the secretary is of the
// Party committee) keeps its empty unit.
func (p *parser) sharedAfterKiem(s, next seg) seg {
	if s.kind != segTitle || next.kind != segTitle || s.orgText != "" || s.orgEnd > s.orgStart || s.prefix != "" ||
		next.start != s.end || next.mods&Concurrent == 0 || next.orgText != "" || next.orgEnd <= next.orgStart || s.row < 0 {
		return s
	}
	if row := p.t.titles[s.row]; row.unit != "" || strings.Contains(row.title, "Bí thư") {
		return s
	}
	s.orgStart, s.orgEnd = next.orgStart, next.orgEnd
	return s
}

// addSeg adds a segment's position or membership to the mention.
func (p *parser) addSeg(r *parsed, s seg) {
	switch s.kind {
	case segTitle:
		r.mention.Positions = append(r.mention.Positions, p.position(s))
		r.posSpans = append(r.posSpans, [2]int{s.start, s.end})
	case segMembership:
		r.mention.Memberships = append(r.mention.Memberships, p.membership(s))
	}
}

// prefixedName reads an honorific, rank or academic title and a name at i,
// filling the prefixes of m. It returns the name's tokens.
func (p *parser) prefixedName(i, limit int, m *Mention) (int, int, bool) {
	var pm Mention
	j := p.prefixes(&pm, i, limit)
	if j == i {
		return 0, 0, false
	}
	ne := p.nameRun(j, false)
	if ne == j || ne > limit {
		return 0, 0, false
	}
	// The name ends the clause: a comma, the end, or a lower-case word.
	if ne < limit && p.word(ne) && p.toks[ne].upper {
		return 0, 0, false
	}
	if m.Honorific == "" {
		m.Honorific = pm.Honorific
	}
	if m.Rank == "" {
		m.Rank = pm.Rank
	}
	if m.Academic == "" {
		m.Academic = pm.Academic
	}
	return j, ne, true
}
