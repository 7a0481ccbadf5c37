package build

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard is one share of a build, so that a CI matrix can split a large
// library: Index of Count, counting from 1. The zero Shard is the whole
// build.
//
// A job belongs to the shard its group hashes to (FNV-1a), not to a place
// in a sorted list: adding or deleting a module moves no other module to
// another shard, and the shard of a deleted module's outputs is still
// known, so each shard removes only its own.
type Shard struct {
	Index, Count int
}

// ParseShard reads a shard written as "I/N", with 1 <= I <= N.
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	index, err1 := strconv.Atoi(strings.TrimSpace(i))
	count, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || count < 1 || index < 1 || index > count {
		return Shard{}, fmt.Errorf("shard %q is not I/N with 1 <= I <= N (for example 2/4)", s)
	}
	return Shard{Index: index, Count: count}, nil
}

// String writes the shard as ParseShard reads it; the whole build is "1/1".
func (s Shard) String() string {
	if s.Count <= 1 {
		return "1/1"
	}
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// Owns reports whether the job of group is this shard's.
func (s Shard) Owns(group string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(group))
	return int(h.Sum64()%uint64(s.Count)) == s.Index-1
}
