package layout

// queue is a bucket queue of search states keyed by their (non-negative,
// integer) estimated cost: push and pop take constant time, where a heap
// spent most of the router's time. Keys may go below the last one popped,
// since the weighted heuristic is not monotone: the cursor moves back.
// Within a bucket the last state pushed comes first, which keeps the order
// deterministic.
type queue struct {
	buckets [][]int32
	used    []int32 // buckets that held states since the last reset
	cur     int32
	n       int
}

// reset empties the queue, keeping its memory.
func (q *queue) reset() {
	for _, b := range q.used {
		q.buckets[b] = q.buckets[b][:0]
	}
	q.used, q.cur, q.n = q.used[:0], 0, 0
}

func (q *queue) push(f, state int32) {
	for int(f) >= len(q.buckets) {
		q.buckets = append(q.buckets, nil)
	}
	if len(q.buckets[f]) == 0 {
		q.used = append(q.used, f)
	}
	q.buckets[f] = append(q.buckets[f], state)
	if q.n == 0 || f < q.cur {
		q.cur = f
	}
	q.n++
}

// pop removes a state of the least key; ok is false when the queue is
// empty.
func (q *queue) pop() (f, state int32, ok bool) {
	if q.n == 0 {
		return 0, 0, false
	}
	for len(q.buckets[q.cur]) == 0 {
		q.cur++
	}
	b := q.buckets[q.cur]
	state = b[len(b)-1]
	q.buckets[q.cur] = b[:len(b)-1]
	q.n--
	return q.cur, state, true
}
