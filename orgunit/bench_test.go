// Copyright 2026 The vnorg Authors. All rights reserved.

package orgunit

import (
	"regexp"
	"runtime"
	"testing"
)

var benchNames = []struct{ name, text string }{
	{"central", "Ban Dân vận Trung ương"},
	{"abbrev", "UBND tỉnh Khánh Hòa"},
	{"district", "Ban Thường vụ Thành ủy Ninh Bình"},
	{"folded", "Thanh uy Ninh Binh"},
	{"qualified", "UBND thị xã Đông Triều, tỉnh Quảng Ninh"},
	{"ambiguous", "Đảng ủy xã Phú Mỹ"},
	{"none", "Nguyễn Văn A"},
}

func BenchmarkResolve(b *testing.B) {
	reg()
	at := date("2020-07-09")
	for _, bn := range benchNames {
		b.Run(bn.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bn.text)))
			for b.Loop() {
				Resolve(bn.text, at)
			}
		})
	}
}

// A regular expression for the committee names, as a baseline only.
var committeeRE = regexp.MustCompile(`(?i)^(Ban Thường vụ )?(Tỉnh|Thành|Huyện|Quận|Thị) (ủy|uỷ) (.+)$`)

func BenchmarkResolveRegexpBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		committeeRE.FindStringSubmatch("Ban Thường vụ Thành ủy Ninh Bình")
	}
}

// BenchmarkLoad builds the registry from the embedded files. B/op is what a
// load allocates; live-B is the heap the registry keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := load()
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc), "live-B")
	runtime.KeepAlive(r)
}
