package build

import (
	"context"
	"sync"
)

// made is what running one task gave.
type made struct {
	files []File
	err   error
}

// run makes the tasks on the pool and commits them strictly in order.
// At most two tasks per pool slot are made ahead of the one being
// committed, which bounds the files held in memory however large the
// library, while a slow task holds back its successors' writes but not,
// within that window, their making.
func (u *update) run(ctx context.Context) error {
	results := make([]chan made, len(u.tasks))
	for i := range results {
		results[i] = make(chan made, 1)
	}
	ahead := make(chan struct{}, 2*u.opt.Pool.Size())
	stop := make(chan struct{})
	var wg sync.WaitGroup
	dispatched := make(chan struct{})
	go func() {
		defer close(dispatched)
		for i, t := range u.tasks {
			select {
			case ahead <- struct{}{}:
			case <-stop:
				return
			case <-ctx.Done():
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				var m made
				u.opt.Pool.do(func() { m.files, m.err = t.job.Make(t.kinds) })
				results[i] <- m
			}()
		}
	}()
	err := u.commitAll(ctx, results, ahead)
	close(stop)
	<-dispatched
	wg.Wait()
	return err
}

// commitAll writes each task's files as soon as it and every task before
// it are made, and stops at the first failure or when ctx is done.
func (u *update) commitAll(ctx context.Context, results []chan made, ahead chan struct{}) error {
	for i, t := range u.tasks {
		if err := ctx.Err(); err != nil {
			return err
		}
		var m made
		select {
		case m = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-ahead
		if m.err != nil {
			return m.err
		}
		if err := u.commit(t, m.files); err != nil {
			return err
		}
		u.progress(t.job.Group)
	}
	return nil
}
