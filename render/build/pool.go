package build

import "runtime"

// Pool bounds how many jobs make files at once, across every build that
// shares it: the command builds several brands at the same time through
// one pool of GOMAXPROCS slots.
type Pool struct {
	slots chan struct{}
}

// NewPool returns a pool of n slots; n < 1 means GOMAXPROCS.
func NewPool(n int) *Pool {
	if n < 1 {
		n = runtime.GOMAXPROCS(0)
	}
	return &Pool{slots: make(chan struct{}, n)}
}

// Size is the number of slots.
func (p *Pool) Size() int { return cap(p.slots) }

// do runs f in a slot, waiting for one to be free.
func (p *Pool) do(f func()) {
	p.slots <- struct{}{}
	defer func() { <-p.slots }()
	f()
}
