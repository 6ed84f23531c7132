// Copyright 2026 The vnorg Authors. All rights reserved.

package person

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/vnorg/vnorg/internal/vntext"
)

// A Record is one thing known about an official, for the Popolo export: a
// mention read from a source, with the tenure of its positions when the
// caller knows it.
type Record struct {
	Mention Mention
	// Start and End bound the tenure of the mention's positions, when known;
	// the zero time means unknown.
	Start, End time.Time
	// Source names where the mention was read (a URL, a file); may be "".
	Source string
}

// Popolo is a data set in the Popolo open-government format
// (https://www.popoloproject.com): people, the organizations they serve,
// the posts in those organizations and the memberships that tie them.
type Popolo struct {
	Persons       []PopoloPerson       `json:"persons"`
	Organizations []PopoloOrganization `json:"organizations"`
	Posts         []PopoloPost         `json:"posts"`
	Memberships   []PopoloMembership   `json:"memberships"`
}

// A PopoloPerson is a Popolo Person.
type PopoloPerson struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	FamilyName      string `json:"family_name,omitempty"`
	GivenName       string `json:"given_name,omitempty"`
	AdditionalName  string `json:"additional_name,omitempty"`
	HonorificPrefix string `json:"honorific_prefix,omitempty"`
	SortName        string `json:"sort_name,omitempty"`
}

// A PopoloOrganization is a Popolo Organization: a resolved unit, or a unit
// known only by the words that named it.
type PopoloOrganization struct {
	ID              string            `json:"id"`
	Name            string            `json:"name"`
	OtherNames      []PopoloOtherName `json:"other_names,omitempty"`
	Classification  string            `json:"classification,omitempty"`
	ParentID        string            `json:"parent_id,omitempty"`
	FoundingDate    string            `json:"founding_date,omitempty"`
	DissolutionDate string            `json:"dissolution_date,omitempty"`
}

// A PopoloOtherName is another name of an organization.
type PopoloOtherName struct {
	Name string `json:"name"`
	Note string `json:"note,omitempty"`
}

// A PopoloPost is a Popolo Post: an office in an organization, with the dates
// the organization existed.
type PopoloPost struct {
	ID             string `json:"id"`
	Label          string `json:"label"`
	Role           string `json:"role,omitempty"`
	OrganizationID string `json:"organization_id,omitempty"`
	StartDate      string `json:"start_date,omitempty"`
	EndDate        string `json:"end_date,omitempty"`
}

// A PopoloMembership is a Popolo Membership: a person holding a post or a
// seat in an organization.
type PopoloMembership struct {
	ID             string         `json:"id"`
	PersonID       string         `json:"person_id"`
	OrganizationID string         `json:"organization_id,omitempty"`
	PostID         string         `json:"post_id,omitempty"`
	Role           string         `json:"role,omitempty"`
	Label          string         `json:"label,omitempty"`
	StartDate      string         `json:"start_date,omitempty"`
	EndDate        string         `json:"end_date,omitempty"`
	Sources        []PopoloSource `json:"sources,omitempty"`
}

// A PopoloSource names where a fact was read.
type PopoloSource struct {
	URL  string `json:"url,omitempty"`
	Note string `json:"note,omitempty"`
}

// slug makes an identifier part: the matching key without diacritics,
// words joined by '-'.
func slug(s string) string {
	k := vntext.Key(s, true)
	var b strings.Builder
	for _, r := range k {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// ExportPopolo builds a Popolo data set from records. A person appears once
// per name, an organization once per resolved unit (or per unit as written,
// when unresolved), a post once per office in an organization; each position
// and membership of each record is a Popolo Membership. Positions marked
// former get no start or end dates from the record (the record's tenure is
// of the current ones). The output is sorted by ID so that it is stable.
func ExportPopolo(records []Record) Popolo {
	out := Popolo{Persons: []PopoloPerson{}, Organizations: []PopoloOrganization{}, Posts: []PopoloPost{}, Memberships: []PopoloMembership{}}
	persons := map[string]bool{}
	orgs := map[string]bool{}
	posts := map[string]bool{}
	addOrg := func(pos Position) string {
		if f, ok := factsOf(pos.unit); ok {
			if !orgs[f.id] {
				orgs[f.id] = true
				o := PopoloOrganization{ID: f.id, Name: f.name, Classification: f.kind, ParentID: f.parentID,
					FoundingDate: date(f.from), DissolutionDate: date(f.to)}
				if f.english != "" {
					o.OtherNames = []PopoloOtherName{{Name: f.english, Note: "English"}}
				}
				if pos.org != "" && pos.org != f.name {
					o.OtherNames = append(o.OtherNames, PopoloOtherName{Name: pos.org, Note: "as written"})
				}
				out.Organizations = append(out.Organizations, o)
			}
			return f.id
		}
		if pos.org == "" {
			return ""
		}
		id := "org:" + slug(pos.org)
		if !orgs[id] {
			orgs[id] = true
			out.Organizations = append(out.Organizations, PopoloOrganization{ID: id, Name: pos.org})
		}
		return id
	}
	n := 0
	for _, r := range records {
		m := r.Mention
		if !m.Name.IsValid() {
			continue
		}
		pid := "person:" + slug(m.Name.String())
		if !persons[pid] {
			persons[pid] = true
			pp := PopoloPerson{ID: pid, Name: m.Name.String(), FamilyName: m.Name.Family(), GivenName: m.Name.Given(),
				AdditionalName: m.Name.Middle(), HonorificPrefix: strings.TrimSpace(m.Rank + " " + m.Academic)}
			pp.SortName = strings.TrimSpace(m.Name.Given() + " " + m.Name.Middle() + " " + m.Name.Family())
			out.Persons = append(out.Persons, pp)
		}
		var src []PopoloSource
		if r.Source != "" {
			src = []PopoloSource{{URL: r.Source}}
		}
		for _, pos := range m.Positions {
			oid := addOrg(pos)
			office := pos.office.String()
			if office == "" {
				office = pos.title
			}
			if pos.standing {
				office += " Thường trực"
			}
			postID := "post:" + slug(office)
			if oid != "" {
				postID += "@" + oid
			}
			if !posts[postID] {
				posts[postID] = true
				post := PopoloPost{ID: postID, Label: pos.String(), Role: pos.Rank().String(), OrganizationID: oid}
				if f, ok := factsOf(pos.unit); ok {
					post.StartDate, post.EndDate = date(f.from), date(f.to)
				}
				post.Label = strings.TrimSpace(office + " " + pos.writtenOrg())
				out.Posts = append(out.Posts, post)
			}
			n++
			ms := PopoloMembership{ID: "membership:" + itoa(n), PersonID: pid, OrganizationID: oid, PostID: postID,
				Role: pos.Rank().String(), Label: pos.String(), Sources: src}
			if pos.mods&Former == 0 {
				ms.StartDate, ms.EndDate = date(r.Start), date(r.End)
			}
			out.Memberships = append(out.Memberships, ms)
		}
		for _, mb := range m.Memberships {
			n++
			ms := PopoloMembership{ID: "membership:" + itoa(n), PersonID: pid, Role: "member", Label: mb.Expansion(), Sources: src}
			if mb.mods&Former == 0 {
				ms.StartDate, ms.EndDate = date(r.Start), date(r.End)
			}
			out.Memberships = append(out.Memberships, ms)
		}
	}
	slices.SortFunc(out.Persons, func(a, b PopoloPerson) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(out.Organizations, func(a, b PopoloOrganization) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(out.Posts, func(a, b PopoloPost) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// MarshalJSON implements [json.Marshaler] with the fields in Popolo's names.
func (p Popolo) MarshalJSON() ([]byte, error) {
	type plain Popolo
	return json.Marshal(plain(p))
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}
