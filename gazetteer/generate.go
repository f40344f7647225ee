package gazetteer

// Regenerate the embedded data from the GeoNames dumps in ../shared/geonames
// (see data/PROVENANCE.md). Needs /usr/share/dict/words (Debian's wamerican)
// for common.txt; without it that file is kept as it is.
//
//go:generate go run ./internal/gen -src ../../shared/geonames -out data -words /usr/share/dict/words
