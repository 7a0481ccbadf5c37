package publish

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// ManifestName is the file at the root of an output folder that lists what
// builds wrote there. The leading dot keeps it out of casual listings.
const ManifestName = ".blueprint-manifest.json"

// manifestFormat is the version of the manifest's layout; a manifest of
// another version is ignored as unreadable, which costs one full rebuild.
const manifestFormat = 1

// ErrBadManifest is wrapped by the error for a manifest that cannot be
// read or makes no sense. The caller may go on as if there were none:
// nothing is then owned, so nothing is deleted, and everything is rebuilt.
var ErrBadManifest = errors.New("unreadable build manifest")

// Manifest lists the files builds wrote into an output folder.
type Manifest struct {
	Files []Entry
}

// Entry is one file a build wrote. Publish needs only Path, Sum and Size;
// the rest is kept for the caller, which decides from it what to rebuild.
type Entry struct {
	Path   string `json:"path"`   // slash-separated, relative to the root
	Group  string `json:"group"`  // what made it, e.g. "module/MSP-11b"
	Kind   string `json:"kind"`   // the format that made it, e.g. "svg"
	Inputs string `json:"inputs"` // fingerprint of what it was made from
	Sum    string `json:"sha256"` // hex SHA-256 of the bytes written
	Size   int64  `json:"size"`
}

// manifestFile is the manifest as stored.
type manifestFile struct {
	Format int     `json:"format"`
	Files  []Entry `json:"files"`
}

// ReadManifest reads the folder's manifest and remembers its files as the
// ones Remove may delete. A missing manifest is an empty one; a manifest
// that cannot be parsed, or lists a path outside the folder or twice,
// gives an empty one and an error wrapping ErrBadManifest.
func (d *Dir) ReadManifest() (Manifest, error) {
	d.own(nil)
	target, err := d.resolve("read", ManifestName)
	if err != nil {
		return Manifest{}, err
	}
	data, err := os.ReadFile(target)
	if errors.Is(err, fs.ErrNotExist) {
		return Manifest{}, nil
	}
	if err != nil {
		return Manifest{}, fmt.Errorf("read %s: %w", target, err)
	}
	m, err := decodeManifest(data)
	if err != nil {
		return Manifest{}, fmt.Errorf("%w %s: %v", ErrBadManifest, target, err)
	}
	d.own(m.Files)
	return m, nil
}

// decodeManifest parses and checks a stored manifest.
func decodeManifest(data []byte) (Manifest, error) {
	var mf manifestFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&mf); err != nil {
		return Manifest{}, err
	}
	if mf.Format != manifestFormat {
		return Manifest{}, fmt.Errorf("format %d, want %d", mf.Format, manifestFormat)
	}
	seen := map[string]bool{}
	for _, e := range mf.Files {
		_, lerr := filepath.Localize(e.Path)
		if err := checkRel(e.Path, "."); err != nil || lerr != nil || e.Path == ManifestName {
			return Manifest{}, fmt.Errorf("path %q is not an output path", e.Path)
		}
		if seen[e.Path] {
			return Manifest{}, fmt.Errorf("path %q is listed twice", e.Path)
		}
		seen[e.Path] = true
	}
	return Manifest{Files: mf.Files}, nil
}

// WriteManifest replaces the folder's manifest with m, atomically and
// durably, and makes m's files the ones Remove may delete. It syncs first
// (see Sync), so that after a crash the manifest on disk lists only files
// that are on disk too. Files are stored sorted by path, one per line, so
// the same build gives the same bytes and an unchanged manifest is not
// rewritten.
func (d *Dir) WriteManifest(m Manifest) error {
	data, err := encodeManifest(m)
	if err != nil {
		return err
	}
	if err := d.Sync(); err != nil {
		return err
	}
	if _, err := d.write(ManifestName, data); err != nil {
		return err
	}
	d.own(m.Files)
	return d.Sync()
}

// encodeManifest stores m sorted by path, one entry per line.
func encodeManifest(m Manifest) ([]byte, error) {
	files := append([]Entry(nil), m.Files...)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"format\": %d,\n  \"files\": [", manifestFormat)
	for i, e := range files {
		if i > 0 && e.Path == files[i-1].Path {
			return nil, fmt.Errorf("manifest: path %q is listed twice", e.Path)
		}
		line, err := json.Marshal(e)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		b.Write(line)
	}
	if len(files) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	return b.Bytes(), nil
}

// own records the files Remove may delete.
func (d *Dir) own(files []Entry) {
	owned := make(map[string]Entry, len(files))
	for _, e := range files {
		owned[e.Path] = e
	}
	d.mu.Lock()
	d.owned = owned
	d.mu.Unlock()
}

// owner returns the manifest entry of rel, if it has one.
func (d *Dir) owner(rel string) (Entry, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.owned[rel]
	return e, ok
}

// Holds reports whether rel is a regular file of size bytes: the cheap
// check that an output the manifest lists is still there. Its bytes are
// not read; an output edited in place to the same size goes unnoticed
// (a forced build rewrites it).
func (d *Dir) Holds(rel string, size int64) bool {
	if checkRel(rel, d.root) != nil {
		return false
	}
	local, err := filepath.Localize(rel)
	if err != nil {
		return false
	}
	info, err := os.Stat(filepath.Join(d.root, local))
	return err == nil && info.Mode().IsRegular() && info.Size() == size
}
