package extract

import (
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/sitrep/sitrep/gazetteer"
)

// nanpNumbers finds up to max North American phone numbers as local news
// prints them in a tip line: "(630) 897-8707", "252-972-1411",
// "216.623.5464". A byte scan: a regular expression cost a tenth of the
// whole extraction.
func nanpNumbers(t string, max int) [][2]int {
	digits := func(a, n int) bool {
		if a+n > len(t) {
			return false
		}
		for k := a; k < a+n; k++ {
			if t[k] < '0' || t[k] > '9' {
				return false
			}
		}
		return true
	}
	sep := func(k int) bool { return k < len(t) && (t[k] == '-' || t[k] == '.') }
	var out [][2]int
	for i := 0; i < len(t) && len(out) < max; i++ {
		c := t[i]
		if c != '(' && (c < '0' || c > '9') || i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
			continue
		}
		j := i
		switch {
		case c == '(' && digits(i+1, 3) && i+4 < len(t) && t[i+4] == ')':
			j = i + 5
			if j < len(t) && t[j] == ' ' {
				j++
			}
		case digits(i, 3) && sep(i+3):
			j = i + 4
		default:
			continue
		}
		if !digits(j, 3) || !sep(j+3) || !digits(j+4, 4) || digits(j+8, 1) {
			continue
		}
		out = append(out, [2]int{i, j + 8})
		i = j + 7
	}
	return out
}

// tipLine is a phone number an article prints and where it rings.
type tipLine struct {
	start, end int    // byte offsets of the number in the text
	city       string // "Aurora" for an exchange; "" when only the state is known
	admin1     string // GeoNames admin1 code: "US.IL"
}

// tipLines reads the phone numbers an article prints ("Anyone with
// information should call the Montgomery Police Department at (630)
// 897-8707"), once per document. A local story's tip line is its police
// department's or its newsroom's, so its area code and exchange say which
// state, and often which city, the story is in: the one thing an ambiguous
// "Montgomery" or "Arlington" cannot. The geocoding is libphonenumber's
// (github.com/nyaruka/phonenumbers), which places a number by its area code
// and exchange ("Aurora, IL"); toll-free and unassigned numbers place nothing.
func (d *Document) tipLines() []tipLine {
	if d.phonesDone {
		return d.phones
	}
	d.phonesDone = true
	for _, m := range nanpNumbers(d.Text, 8) {
		n, err := phonenumbers.Parse(d.Text[m[0]:m[1]], "US")
		if err != nil || !phonenumbers.IsValidNumber(n) || phonenumbers.GetRegionCodeForNumber(n) != "US" {
			continue
		}
		where, err := phonenumbers.GetGeocodingForNumber(n, "en")
		if err != nil {
			continue
		}
		// "Aurora, IL" for an exchange, "Illinois" for a whole area code;
		// GeoNames codes US states by their postal abbreviation
		tl := tipLine{start: m[0], end: m[1]}
		if i := strings.LastIndex(where, ", "); i >= 0 && len(where)-i == 4 {
			tl.city, tl.admin1 = where[:i], "US."+where[i+2:]
		} else if st, ok := usStates[where]; ok {
			tl.admin1 = "US." + st
		} else {
			continue
		}
		d.phones = append(d.phones, tl)
	}
	return d.phones
}

// tipLineCity resolves the city of the article's first tip line that names
// one, as a mention at the number itself.
func (x *Extractor) tipLineCity(d *Document) *placeMention {
	for _, tl := range d.tipLines() {
		if tl.city == "" {
			continue
		}
		var best *gazetteer.Place
		for _, c := range x.gaz.Lookup(tl.city) {
			if p := c.Place; !p.IsArea() && p.Admin1Code() == tl.admin1 && (best == nil || p.Population > best.Population) {
				best = p
			}
		}
		if best == nil {
			continue
		}
		first, last := d.TokenAt(tl.start), d.TokenAt(tl.end)
		if first >= last {
			continue
		}
		return &placeMention{start: first, end: last, place: best, rule: "phone:" + best.ID,
			reason: "the city of the article's tip-line number"}
	}
	return nil
}

// usStates maps state names, as the phone geocoder writes an area code that
// covers a whole state, to their postal abbreviations.
var usStates = map[string]string{
	"Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
	"Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
	"Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
	"Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
	"Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
	"New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
	"North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
	"Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
	"Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "Washington D.C.": "DC",
	"West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}
