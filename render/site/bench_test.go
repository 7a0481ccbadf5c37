package site_test

import (
	"testing"

	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/site"
)

// BenchmarkShippedSite builds the whole site of the shipped content.
func BenchmarkShippedSite(b *testing.B) {
	set := branding.Apply(loadDir(b, shippedDir), nil)
	in := site.Input{Set: set, Theme: branding.Theme(nil)}
	for b.Loop() {
		if _, err := site.Build(in); err != nil {
			b.Fatal(err)
		}
	}
}
