package extract

import (
	"strings"

	"github.com/sitrep/sitrep/gazetteer"
)

// stationMention is a broadcaster's call sign in a text: "(WSMV)",
// "Copyright 2016 KMOV", "WAVE 3 News", "KMOV.com".
type stationMention struct {
	start, end int // tokens
	station    *gazetteer.Station
}

// stationsIn finds the call signs of known broadcasters (the gazetteer's
// stations) in d. A call sign in a line of capitals is a word of it ("HEAT
// WAVE"), and one that is an English word too counts only where it is
// plainly a station's: in parentheses, before "-TV", a channel number,
// "News" or ".com".
func (x *Extractor) stationsIn(d *Document) []stationMention {
	toks := d.Tokens
	var out []stationMention
	for i, t := range toks {
		if st := x.handleStation(toks, i); st != nil {
			out = append(out, stationMention{start: i, end: i + 1, station: st})
			continue
		}
		if t.Kind != Word || !t.Upper || len(t.Text) < 3 || len(t.Text) > 4 || t.Text[0] != 'K' && t.Text[0] != 'W' {
			continue
		}
		st := x.gaz.Station(t.Text)
		if st == nil {
			continue
		}
		end := i + 1
		if end+1 < len(toks) && toks[end].Text == "-" && !toks[end].Space && (toks[end+1].Text == "TV" || toks[end+1].Text == "DT") {
			end += 2 // "WXYZ-TV"
		}
		if st.Word && !stationContext(toks, i, end) || capitalsRun(toks, i, end) {
			continue
		}
		out = append(out, stationMention{start: i, end: end, station: st})
	}
	return out
}

// handleStation finds the station of a social-media handle or hashtag that
// opens with its call sign: a reporter's "@WPXIAmy" or "@WSMVLizLohuis" (a
// capital and a small letter after the call sign start the name), "@KJRH2HD",
// "#wpxi". A call sign that is a word too counts only before a name or a
// digit ("@WAVE3News", not "#wave").
func (x *Extractor) handleStation(toks []Token, i int) *gazetteer.Station {
	t := toks[i]
	if i == 0 || t.Kind != Word || t.Space || toks[i-1].Text != "@" && toks[i-1].Text != "#" || len(t.Text) < 3 {
		return nil
	}
	if st := x.gaz.Station(strings.ToUpper(t.Text)); st != nil && !st.Word && (t.Upper || strings.ToLower(t.Text) == t.Text) {
		return st // "@KTNV", "#wpxi"
	}
	for n := 4; n >= 3; n-- {
		if len(t.Text) <= n+1 || t.Text[:n] != strings.ToUpper(t.Text[:n]) {
			continue
		}
		rest := t.Text[n:]
		named := rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] >= 'a' && rest[1] <= 'z'
		if !named && (rest[0] < '0' || rest[0] > '9') {
			continue
		}
		if st := x.gaz.Station(t.Text[:n]); st != nil {
			return st
		}
	}
	return nil
}

// stationContext reports a call sign i..end written as a station's: "(WAVE)",
// "(Photo/WLWT)", "WAVE-TV", "WAVE 3 News", "KING 5's", "WAVE.com".
func stationContext(toks []Token, i, end int) bool {
	if end > i+1 {
		return true // "-TV"
	}
	if i > 0 && (toks[i-1].Text == "(" || toks[i-1].Text == "/") && end < len(toks) && (toks[end].Text == ")" || toks[end].Text == "/") {
		return true
	}
	if end >= len(toks) {
		return false
	}
	next := toks[end]
	switch {
	case next.Kind == Number && len(next.Text) <= 2:
		return true
	case next.Norm == "news":
		return true
	case next.Text == "." && !next.Space && end+1 < len(toks) && toks[end+1].Norm == "com":
		return true
	}
	return false
}

// capitalsRun reports a word i..end among other words in capitals: a
// headline or a shout ("HEAT WAVE KILLS"), where a call sign is a word.
// Another station's call sign ("KPHO/KTVK") and a place's name before it
// ("LOUISVILLE, KY (WAVE)") are no words of the run.
func capitalsRun(toks []Token, i, end int) bool {
	word := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == Word && toks[k].Upper && len(toks[k].Text) > 2 && !callSign(toks[k].Text) && !toks[k].Newline
	}
	// neighbours in the same line, not across a parenthesis
	before := i > 0 && toks[i-1].Kind == Word && word(i-1) && !toks[i].Newline
	after := end < len(toks) && word(end)
	return before || after
}
