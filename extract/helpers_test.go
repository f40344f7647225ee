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
