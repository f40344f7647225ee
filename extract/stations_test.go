package extract

import (
	"strings"
	"testing"
)

// TestStationsIn: call signs count where they are a station's, not where
// they are words.
func TestStationsIn(t *testing.T) {
	x := testExtractor(t)
	for text, want := range map[string]string{
		"LOUISVILLE, KY (WAVE) - Crystal Teasley was shot.":          "WAVE",
		"Price's grandmother told WAVE 3 News the gun was his.":      "WAVE",
		"The Detroit News and WXYZ-TV report that the man was shot.": "WXYZ",
		"Copyright 2016 KMOV (Meredith Corporation).":                "KMOV",
		"(Source: KPHO/KTVK) Fire crews were called.":                "KPHO KTVK",
		"Green told the TV station WBIR that the father was shot.":   "WBIR",
		"HEAT WAVE KILLS TWO IN CITY":                                "",     // a word in a line of capitals
		"A wave of shootings hit the city.":                          "",     // not in capitals
		"The WHO said the outbreak was over.":                        "",     // a station's call sign, and an acronym
		"THE SHOOTING ON KING STREET":                                "",     // a word of a headline
		"Stay with WBBJ 7 Eyewitness News for the latest.":           "WBBJ", // not an English word: anywhere
		"KING 5's Chris Ingalls and the team found the records.":     "KING",
		"A WZZZ reporter was there.":                                 "",     // no station in the table
		"— Amy Marcinkiewicz (@WPXIAmy) September 10, 2015":          "WPXI", // a reporter's handle
		"arrested for role in accidental shooting #wpxi pic":         "WPXI",
		"Follow @KJRH2HD for updates.":                               "KJRH",
		"Watch @WAVE3News tonight; #wave #KINGSTON @WHOisThis":       "WAVE", // a word: before a digit or a name only
	} {
		var got []string
		for _, sm := range x.stationsIn(NewDocument(text)) {
			got = append(got, sm.station.Call)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("stationsIn(%q) = %v; want %q", text, got, want)
		}
	}
}

// TestStationMarket: a station's market picks the namesake of its state and,
// when the text names no city, is the story's city.
func TestStationMarket(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ name, title, text, place, admin1 string }{
		{"a namesake in the station's state", "",
			"A man was shot Sunday in Columbus, police said. He died at the hospital. Copyright 2016 WTVM. All rights reserved.",
			"Columbus", "Georgia"},
		{"a station in the title's outlet", "Man shot in Orange - KBMT 12News",
			"A man was shot and killed in Orange on Monday night, police said.",
			"Orange", "Texas"},
		{"no city named: the station's", "",
			"(WTOC) - A man was shot in the leg on Saturday night. Police are investigating.",
			"Savannah", "Georgia"},
		{"the county the text names holds its namesake seat", "",
			"Three men accused in the shooting death of a 10-year-old Washington girl took plea deals on Friday. “If this is what Washington County thinks her life is worth, this is a sad society,” her father told WPXI.",
			"Washington", "Pennsylvania"},
		// two states voted for as often: names that fit a third do not make
		// it the story's
		{"a tie of states settles no third", "",
			"Montgomery police say a juvenile died after a shooting in the Chisholm community. Copyright 2017 WSFA 12 News. Reported by WTVM.",
			"Montgomery", "Alabama"},
	}
	for _, c := range cases {
		r := x.Extract(Article{ID: "t", Title: c.title, Text: c.text})
		if len(r.Events) == 0 || r.Events[0].Place == nil || r.Events[0].Place.Name != c.place || r.Events[0].Place.Admin1 != c.admin1 {
			var got *EventPlace
			if len(r.Events) > 0 {
				got = r.Events[0].Place
			}
			t.Errorf("%s: event place = %+v; want %s, %s", c.name, got, c.place, c.admin1)
		}
	}
}
