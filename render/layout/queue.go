package layout

import (
	"math"
	"math/bits"
)

// queue is a bucket queue of search states keyed by their (non-negative,
// integer) estimated cost: push and pop take constant time, where a heap
// spent most of the router's time. Keys may go below the last one popped,
// since the weighted heuristic is not monotone: the cursor moves back.
// Within a bucket the last state pushed comes first, which keeps the order
// deterministic.
//
// Each bucket is a stack linked through one pool of entries, so a search
// writes its entries one after another and reuses the pool's memory; a
// bitmap of the buckets that hold entries lets pop skip empty ones a word
// at a time.
type queue struct {
	head []int32 // per key: the pool index of its top entry, -1 when empty
	full []uint64
	pool []qentry
	cur  int32 // no bucket below it holds entries
}

// qentry is one queued state and the pool index of the entry below it.
type qentry struct{ state, next int32 }

// reset empties the queue, keeping its memory.
func (q *queue) reset() {
	for w, m := range q.full {
		for m != 0 {
			q.head[w*64+bits.TrailingZeros64(m)] = -1
			m &= m - 1
		}
		q.full[w] = 0
	}
	q.pool, q.cur = q.pool[:0], math.MaxInt32
}

func (q *queue) push(f, state int32) {
	if int(f) >= len(q.head) || len(q.pool) == cap(q.pool) {
		q.grow(f)
	}
	i := len(q.pool)
	q.pool = q.pool[:i+1]
	q.pool[i] = qentry{state, q.head[f]}
	q.head[f] = int32(i)
	q.full[f>>6] |= 1 << (f & 63)
	q.cur = min(q.cur, f)
}

// grow makes room for keys up to f and for more entries.
func (q *queue) grow(f int32) {
	if len(q.pool) == cap(q.pool) {
		q.pool = append(q.pool, make([]qentry, max(len(q.pool), 4096))...)[:len(q.pool)]
	}
	if int(f) < len(q.head) {
		return
	}
	n := (max(int(f)+1, 2*len(q.head), 1024) + 63) &^ 63
	for len(q.head) < n {
		q.head = append(q.head, -1)
	}
	for len(q.full) < n/64 {
		q.full = append(q.full, 0)
	}
}

// pop removes a state of the least key; ok is false when the queue is
// empty.
func (q *queue) pop() (f, state int32, ok bool) {
	w := int(q.cur >> 6)
	if w >= len(q.full) {
		return 0, 0, false
	}
	m := q.full[w] >> (q.cur & 63) << (q.cur & 63)
	for m == 0 {
		if w++; w == len(q.full) {
			return 0, 0, false
		}
		m = q.full[w]
	}
	f = int32(w<<6 + bits.TrailingZeros64(m))
	e := q.pool[q.head[f]]
	if q.head[f] = e.next; e.next < 0 {
		q.full[w] &^= 1 << (f & 63)
	}
	q.cur = f
	return f, e.state, true
}
