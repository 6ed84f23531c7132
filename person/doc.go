// Copyright 2026 The vnorg Authors. All rights reserved.

// Package person reads the officials of the Vietnamese Party, State and
// Front as Vietnamese text writes them: names, titles, memberships and
// mentions, and finds them in running text.
//
// # Names
//
// [ParseName] splits a full name into family name, middle name(s) and
// given name: "Nguyễn Phước Lộc" is family Nguyễn, middle Phước, given Lộc.
// Compound family names that a source names as one family (Tôn Thất, Tôn
// Nữ, Âu Dương) stay whole. Ê Đê names write the given name first and the
// family name last, after the marker Y (men) or H' (women): "Y Thanh Hà Niê
// Kđăm" is middle Y, given Thanh Hà, family Niê Kđăm, and is never split as
// if its first word were a family name. A Catholic's baptismal name comes
// before the family name and is kept apart ([Name.Baptismal]: "Phêrô Trần
// Văn Khải"); a Korean given name keeps its hyphen ("Park Jun-ho").
// [Compare] and [Sort] order names as
// Vietnamese lists do, by given name, then middle name, then family name,
// with Vietnamese collation.
//
// # Titles
//
// A title is written
//
//	[modifier ...] office [Thường trực [chuyên trách]] [dự khuyết] [unit]
//
// [ParseTitle] reads one into a [Position]: "Phó trưởng Ban Dân vận Trung
// ương" is the office Phó Trưởng ban, a deputy, of the unit written "Ban
// Dân vận Trung ương". Case and tone placement do not matter ("Phó Trưởng
// ban", "phó trưởng ban", "Uỷ viên"); abbreviations do ("PCT UBND tỉnh",
// "CT UBMTTQ", "Bí thư TU"). Text written without any diacritic ("Pho Chu
// tich UBND tinh", as some offices and feeds write) is read with tables
// whose keys are folded, so it gives the same titles, units and English
// (a word of a unit's name that folds to a function word, "van" of "Ban
// Dan van", goes on the unit when package orgunit names a unit with both
// words: Dân vận); text that has diacritics is read as written, and a word without them
// there ("Pho") is not a title. The title keeps the words as written, the unit
// keeps them too, with a word shared with the title restored: "Trưởng Ban
// Tổ chức TW" is title "Trưởng Ban", unit "Ban Tổ chức TW"; "Bộ trưởng
// Quốc phòng" is unit "Bộ Quốc phòng". Modifiers (nguyên, tân, Quyền, kiêm,
// phụ trách, dự khuyết) are kept apart from the title; "Thường trực" is part
// of it.
//
// # Memberships
//
// Seats in a Party committee or in the National Assembly are memberships,
// not posts: TVTU, UV BTV, Tỉnh ủy viên, Ủy viên Bộ Chính trị, Ủy viên Trung
// ương Đảng, Bí thư Trung ương Đảng, ĐBQH. A [Membership] keeps the form as
// written, its expansion and its English, and is flagged
// [Membership.Unconfirmed] when the reference marks the abbreviation
// unconfirmed (TUV, HUV).
//
// # Mentions
//
// [ParseMention] reads one official: "đồng chí Lê Hữu Quý, TVTU, Bí thư
// Thành ủy Ninh Bình" has the honorific "đồng chí", the name, the
// membership TVTU and one position. The offices may follow the name
// (separated by commas, dashes, "kiêm", "đồng thời", the bars of a table
// row, or in parentheses) or come before it ("Phó Chủ tịch UBND tỉnh
// Nguyễn Văn An", "Giám đốc Công an tỉnh Đại tá Trần Quốc Hùng"), or both
// ("Phó Chủ tịch UBND tỉnh X, Trưởng Ban Chỉ đạo ..."). A seat alone makes
// a mention too ("Ủy viên Bộ Chính trị X", "đại biểu Quốc hội X", "X (Đoàn
// ĐBQH tỉnh Y)"). [Find] finds every such mention in a text, with byte
// offsets, including lists ("các Phó Chủ tịch UBND tỉnh: A, B và C") and
// signature blocks.
//
// # Data
//
// The tables are in data/*.tsv, embedded, each row with its source: titles
// (with rank, shared unit word and English: State forms from Thông tư
// 03/2009/TT-BNG, Party forms as official media write them), memberships,
// honorifics, ranks and academic titles, modifiers, and family names.
//
// # Export
//
// [ExportPopolo] turns mentions into the Popolo open-government format
// (persons, organizations, posts and memberships), for tools such as
// politically-exposed-person screening.
//
// # Concurrency
//
// Names, positions, memberships and mentions are values, safe for
// concurrent use. Every function of the package may be called from several
// goroutines at once. A [Collator] is not safe for concurrent use; create
// one per goroutine.
package person
