package build

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"reflect"
	"sort"
)

// maxDepth bounds how deep canon follows pointers. The model is a tree
// (references between values are ids, not pointers), so only a bug could
// reach it; canon then fails rather than loop.
const maxDepth = 64

// canon writes values into a hash in a canonical encoding: every field of
// every struct (exported or not, named, in declaration order), map entries
// sorted by key, each value tagged with its kind and lengths before
// contents, so that two different values never encode alike. It reads the
// model values themselves, so a fingerprint needs no file reading and
// sees exactly what renderers see, personalization included.
type canon struct {
	h   hash.Hash
	buf []byte
}

func newCanon() *canon { return &canon{h: sha256.New(), buf: make([]byte, 0, 4096)} }

// sum flushes what is buffered and returns the hash.
func (c *canon) sum() Sum {
	c.flush()
	var s Sum
	c.h.Sum(s[:0])
	return s
}

func (c *canon) flush() {
	c.h.Write(c.buf)
	c.buf = c.buf[:0]
}

func (c *canon) tag(b byte) { c.buf = append(c.buf, b) }

func (c *canon) uint(u uint64) { c.buf = binary.AppendUvarint(c.buf, u) }

func (c *canon) bytes(b []byte) {
	c.uint(uint64(len(b)))
	if len(c.buf)+len(b) > cap(c.buf) {
		c.flush()
		c.h.Write(b)
		return
	}
	c.buf = append(c.buf, b...)
}

func (c *canon) string(s string) {
	c.uint(uint64(len(s)))
	if len(c.buf)+len(s) > cap(c.buf) {
		c.flush()
		c.h.Write([]byte(s))
		return
	}
	c.buf = append(c.buf, s...)
}

// value encodes v. It fails on kinds a model value never holds (funcs,
// channels, maps with non-string keys), so a model change that brings one
// is noticed rather than hashed loosely.
func (c *canon) value(v reflect.Value, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("fingerprint: values nest deeper than %d (a pointer cycle?)", maxDepth)
	}
	switch v.Kind() {
	case reflect.Invalid:
		c.tag('0')
	case reflect.Bool:
		c.tag('b')
		if v.Bool() {
			c.uint(1)
		} else {
			c.uint(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.tag('i')
		c.buf = binary.AppendVarint(c.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		c.tag('u')
		c.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		c.tag('f')
		c.uint(math.Float64bits(v.Float()))
	case reflect.String:
		c.tag('s')
		c.string(v.String())
	default:
		return c.composite(v, depth)
	}
	if len(c.buf) >= cap(c.buf)/2 {
		c.flush()
	}
	return nil
}

// composite encodes pointers, interfaces, slices, arrays, maps and structs.
func (c *canon) composite(v reflect.Value, depth int) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			c.tag('n')
			return nil
		}
		c.tag('p')
		if v.Kind() == reflect.Interface {
			c.string(v.Elem().Type().String())
		}
		return c.value(v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		return c.list(v, depth)
	case reflect.Map:
		return c.dict(v, depth)
	case reflect.Struct:
		return c.record(v, depth)
	}
	return fmt.Errorf("fingerprint: cannot encode a %s", v.Type())
}

func (c *canon) list(v reflect.Value, depth int) error {
	if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
		c.tag('y')
		c.bytes(v.Bytes())
		return nil
	}
	c.tag('l')
	c.uint(uint64(v.Len()))
	for i := range v.Len() {
		if err := c.value(v.Index(i), depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (c *canon) dict(v reflect.Value, depth int) error {
	if v.Type().Key().Kind() != reflect.String {
		return fmt.Errorf("fingerprint: cannot encode a %s (keys must be strings)", v.Type())
	}
	type entry struct {
		key string
		val reflect.Value
	}
	var entries []entry
	for it := v.MapRange(); it.Next(); {
		entries = append(entries, entry{it.Key().String(), it.Value()})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	c.tag('m')
	c.uint(uint64(len(entries)))
	for _, e := range entries {
		c.string(e.key)
		if err := c.value(e.val, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (c *canon) record(v reflect.Value, depth int) error {
	t := v.Type()
	c.tag('t')
	c.uint(uint64(t.NumField()))
	for i := range t.NumField() {
		c.string(t.Field(i).Name)
		if err := c.value(v.Field(i), depth+1); err != nil {
			return err
		}
	}
	return nil
}
