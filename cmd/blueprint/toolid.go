package main

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"io"
	"os"
	"runtime"
)

// toolID identifies this program in every fingerprint of a build: its
// version, the Go release, and the identity of its executable, so a
// changed renderer, font or template rebuilds everything even between two
// development builds that both call themselves "devel". The identity is
// the Go build ID the linker writes into every executable (a hash of
// everything the binary was built from): from its note section in ELF,
// else from the marked string in the first 32 KB; only when there is none
// is the whole file hashed (about 20 ms).
// When the executable cannot be read, the version alone is used; after
// changing such a tool, build with --force.
func toolID() string {
	id := "blueprint " + toolVersion() + " " + runtime.Version()
	exe, err := os.Executable()
	if err != nil {
		return id
	}
	f, err := os.Open(exe)
	if err != nil {
		return id
	}
	defer f.Close()
	if bid := elfBuildID(f); bid != "" {
		return id + " " + bid
	}
	head := make([]byte, 32<<10)
	n, _ := f.ReadAt(head, 0)
	if bid := goBuildID(head[:n]); bid != "" {
		return id + " " + bid
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, 1<<62)); err != nil {
		return id
	}
	return id + " " + hex.EncodeToString(h.Sum(nil))
}

// elfBuildID reads the Go build ID note of an ELF executable (Linux, the
// BSDs), where the linker keeps it in its own note section rather than as
// the marked string other formats carry.
func elfBuildID(r io.ReaderAt) string {
	ef, err := elf.NewFile(r)
	if err != nil {
		return ""
	}
	sec := ef.Section(".note.go.buildid")
	if sec == nil {
		return ""
	}
	data, err := sec.Data()
	// A note is namesz, descsz, type (4 bytes each), the name "Go\0\0",
	// then the description: the build ID.
	if err != nil || len(data) < 16 || string(data[12:16]) != "Go\x00\x00" {
		return ""
	}
	size := ef.ByteOrder.Uint32(data[4:8])
	if int(size) > len(data)-16 {
		return ""
	}
	return string(data[16 : 16+size])
}

// goBuildID finds the build ID the Go linker writes as
// `\xff Go build ID: "..."\n \xff`, as cmd/go's own reader does.
func goBuildID(head []byte) string {
	const prefix = "\xff Go build ID: \""
	i := bytes.Index(head, []byte(prefix))
	if i < 0 {
		return ""
	}
	rest := head[i+len(prefix):]
	j := bytes.IndexByte(rest, '"')
	if j <= 0 {
		return ""
	}
	return string(rest[:j])
}
