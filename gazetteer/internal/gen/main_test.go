package main

import "testing"

func TestShortWord(t *testing.T) {
	words := map[string]bool{"sam": true, "mesa": true, "ive": true}
	for a, want := range map[string]bool{
		"St": true, "Br": true, "bld": true, "bin": true, // two letters, lowercase transliterations
		"Sam": true, "Šam": true, "Mesa": true, "I've": true, // English words and first names
		"Kut": false, "Tuz": false, "Fao": false, "Halab": false, "Cologne": false, // names of their own; longer alternates stay
	} {
		if got := shortWord(a, words); got != want {
			t.Errorf("shortWord(%q) = %v; want %v", a, got, want)
		}
	}
}
