package vsdx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// pkg is a written .vsdx read back: its entries in order and their bytes.
type pkg struct {
	names []string
	parts map[string][]byte
	zip   *zip.Reader
}

// write runs Write and reads the package back.
func write(t testing.TB, pages []geom.Page, th geom.Theme, opt Options) ([]byte, pkg) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, pages, th, opt); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	p := pkg{parts: map[string][]byte{}, zip: zr}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		p.names = append(p.names, f.Name)
		p.parts[f.Name] = data
	}
	return buf.Bytes(), p
}

// wellFormed fails unless data is one well-formed XML document.
func wellFormed(t testing.TB, name string, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s does not parse as XML: %v", name, err)
			return
		}
	}
}

// decode unmarshals an XML part, failing the test when it does not parse.
func decode(t testing.TB, p pkg, name string, v any) {
	t.Helper()
	data, ok := p.parts[name]
	if !ok {
		t.Fatalf("no part %s", name)
	}
	if err := xml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

type xTypes struct {
	Defaults []struct {
		Ext  string `xml:"Extension,attr"`
		Type string `xml:"ContentType,attr"`
	} `xml:"Default"`
	Overrides []struct {
		Part string `xml:"PartName,attr"`
		Type string `xml:"ContentType,attr"`
	} `xml:"Override"`
}

type xRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// relsSource is the folder a relationships part's targets are relative
// to: "_rels/x.xml.rels" belongs to x.xml in the folder above.
func relsSource(name string) string {
	dir := path.Dir(path.Dir(name))
	if dir == "." {
		return ""
	}
	return dir
}

type xPages struct {
	Pages []struct {
		ID    int     `xml:"ID,attr"`
		Name  string  `xml:"Name,attr"`
		NameU string  `xml:"NameU,attr"`
		Cells []xCell `xml:"PageSheet>Cell"`
		Rel   struct {
			ID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"Rel"`
	} `xml:"Page"`
}

type xPage struct {
	Shapes   []xShape `xml:"Shapes>Shape"`
	Connects []struct {
		FromSheet int    `xml:"FromSheet,attr"`
		FromCell  string `xml:"FromCell,attr"`
		FromPart  string `xml:"FromPart,attr"`
		ToSheet   int    `xml:"ToSheet,attr"`
		ToCell    string `xml:"ToCell,attr"`
		ToPart    string `xml:"ToPart,attr"`
	} `xml:"Connects>Connect"`
}

type xCell struct {
	N string `xml:"N,attr"`
	V string `xml:"V,attr"`
	F string `xml:"F,attr"`
}

type xRow struct {
	T     string  `xml:"T,attr"`
	N     string  `xml:"N,attr"`
	Cells []xCell `xml:"Cell"`
}

type xSection struct {
	N    string `xml:"N,attr"`
	Rows []xRow `xml:"Row"`
}

type xShape struct {
	ID       int        `xml:"ID,attr"`
	Type     string     `xml:"Type,attr"`
	Cells    []xCell    `xml:"Cell"`
	Sections []xSection `xml:"Section"`
	Text     *struct {
		Chars string `xml:",chardata"`
	} `xml:"Text"`
}

// cell is the value of the shape's cell n, "" when it has none.
func (s xShape) cell(n string) xCell {
	for _, c := range s.Cells {
		if c.N == n {
			return c
		}
	}
	return xCell{}
}

// num is a cell's value as a number.
func (s xShape) num(t testing.TB, n string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s.cell(n).V, 64)
	if err != nil {
		t.Fatalf("shape %d: cell %s = %q: %v", s.ID, n, s.cell(n).V, err)
	}
	return v
}

// data is the value of the shape's shape-data row n.
func (s xShape) data(n string) string {
	for _, sec := range s.Sections {
		if sec.N != "Property" {
			continue
		}
		for _, r := range sec.Rows {
			if r.N != n {
				continue
			}
			for _, c := range r.Cells {
				if c.N == "Value" {
					return c.V
				}
			}
		}
	}
	return ""
}

// text is the shape's text with its paragraph breaks as spaces.
func (s xShape) text() string {
	if s.Text == nil {
		return ""
	}
	return strings.Join(strings.Fields(s.Text.Chars), " ")
}

// page reads page part n (1-based).
func (p pkg) page(t testing.TB, n int) xPage {
	t.Helper()
	var pg xPage
	decode(t, p, "visio/pages/page"+strconv.Itoa(n)+".xml", &pg)
	return pg
}

// byData finds the shape whose shape data BlueprintID is id.
func (pg xPage) byData(id string) (xShape, bool) {
	for _, s := range pg.Shapes {
		if s.data("BlueprintID") == id {
			return s, true
		}
	}
	return xShape{}, false
}
