// Copyright 2026 The vnorg Authors. All rights reserved.

// Package document reads the number and symbol (số, ký hiệu) of Vietnamese
// official documents, Party and State, and the phrases that cite them.
//
// # Codes
//
// A [Code] is a comparable value with a canonical form. The grammar:
//
//	Party (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW):
//	    NUMBER "-" TYPE "/" ISSUER ["/" EXTRA]        226-QĐ/TU, 07-QĐi/TW, 5053-CV/VPTW/nb
//	State, administrative (Nghị định 30/2020/NĐ-CP):
//	    NUMBER "/" TYPE "-" ISSUER {"-" UNIT}         123/QĐ-UBND, 02/CT-UBND
//	    NUMBER "/" ISSUER {"-" UNIT}                  4912/UBND-NC (công văn: no type)
//	State, legal normative (Luật 80/2015/QH13 Điều 10):
//	    NUMBER "/" YEAR "/" TYPE "-" ISSUER {"-" ISSUER}   15/2020/NĐ-CP, 02/2011/TTLT-VPCP-BNV
//	    NUMBER "/" YEAR "/" ("QH"|"UBTVQH") TERM          80/2015/QH13, 02/2012/UBTVQH13
//	Court, the records of a case (Nghị quyết 01/2017/NQ-HĐTP, 05/2017/NQ-HĐTP):
//	    NUMBER "/" YEAR "/" CASE "-" STAGE                112/2024/HS-ST (bản án: a judgment)
//	    NUMBER "/" YEAR "/" ACT STAGE "-" CASE            37/2023/QĐST-HNGĐ, 06/2021/TLST-HS
//
// A court's CASE is HS, DS, HNGĐ, KDTM, LĐ or HC, its STAGE ST, PT, GĐT or
// TT, its ACT QĐ, QĐXX or TL (data/court.tsv); the code does not name the
// court (see [Code.CaseKind] and [Code.Proceeding]).
//
// NUMBER has at least two digits (05); abbreviations are in their official
// case (TTg, QyĐ, CTr, TTr, TrS, QĐi) and Đ is U+0110.
//
// # Strict and lenient parsing
//
// [Parse] (and [Strict].Parse) accepts only the canonical form and says what
// differs and where. [Lenient].Parse reads codes as real text writes them —
// 290-QĐ-TW, 217/QĐ-TW (a Party code in the State's form), 03-NQ/CP,
// "Số: 15 / 2020/ND-CP", 37QĐ/TW, 07-QĐI/TW, QÐ with an Icelandic eth, en
// dashes, lower case — and reports each change as a [Fix]. The issuer
// decides the system: TW, TU, HU, ĐU and bodies ending in TW or TU after
// the prefix of a known Party body (VP, UBKT, BTC, BTG: BTGTU) are the
// Party's; CP, UBND, HĐND, the ministries and QH are the State's. A type
// only the State issues, in the State's form, keeps a code the State's
// whatever its issuer: 25/CĐ-TW is a telegram of a central steering
// committee (the Party issues no Công điện), and TW names no body there.
// Diacritics are restored only where that is unambiguous: QD becomes QĐ,
// HDND becomes HĐND, but HD (hướng dẫn) and DA (dự án) stay, since HĐ
// (hợp đồng) and ĐA (đề án) are codes of their own.
//
// # Reference data
//
// The type and issuer abbreviations, with the act each rests on and the
// dates between which a body existed, are in data/*.tsv, embedded in the
// package. Unknown issuers are common (every agency sets its own), so a code
// with an unknown issuer is valid and reports [Code.KnownIssuer] false. A
// legal normative code (one with a year) needs a known type.
//
// # References in text
//
// [ParseReference] reads the phrase that cites a document — "Quyết định số
// 226-QĐ/TU ngày 12/3/2019 của Ban Thường vụ Tỉnh ủy" — into a [Document]:
// the type word settles what the code leaves open (the Party's QĐ is both
// Quyết định and Quy định). [Find] finds every reference in a text in one
// pass, as an iterator of [Match] values with byte offsets into the text:
// codes read leniently, references without a code ("Chỉ thị 35"), a code
// broken across a line break. Dates, phone numbers, scores, fractions,
// addresses, file paths and URLs are not codes. Find is anchored on digits,
// which it looks for eight bytes at a time, and allocates nothing for the
// text it skips.
//
// # Errors
//
// Errors are [*ParseError] values whose Err wraps [ErrSyntax] or [ErrRange],
// or is an [*UnknownValueError]; use [errors.Is] and [errors.As].
//
// # Concurrency
//
// Codes, modes, fixes and documents are immutable values, safe for
// concurrent use by multiple goroutines; so are every function and method
// of the package.
package document
