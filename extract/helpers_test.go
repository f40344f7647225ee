package extract

import (
	"sync"
	"testing"
)

var (
	sharedOnce sync.Once
	sharedX    *Extractor
	sharedErr  error
)

// testExtractor returns one extractor with the embedded resources, built once
// for the package's tests (it is safe for concurrent use).
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() { sharedX, sharedErr = New() })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedX
}

// anyCount, in oneEventWith, does not look at a kind; noCount wants it absent.
const (
	anyCount = -2
	noCount  = -1
)

// oneEventWith reports a record of one event whose killed and wounded are
// the figures given (noCount: absent; anyCount: not looked at).
func oneEventWith(r Record, killed, wounded int) bool {
	if len(r.Events) != 1 {
		return false
	}
	is := func(v *int, want int) bool {
		switch want {
		case anyCount:
			return true
		case noCount:
			return v == nil
		}
		return v != nil && *v == want
	}
	c := r.Events[0].Casualties
	return is(c.Killed, killed) && is(c.Wounded, wounded)
}
