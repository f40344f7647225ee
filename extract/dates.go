package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date at some precision; zero fields are unknown.
type Date struct {
	Y, M, D   int
	Precision string // day, month, year, season, week
	Season    string // SP, SU, FA, WI
	Week      int    // ISO week, or the quarter for precision "quarter"
	Mod       string // early, mid, late, approx
}

// String formats the date as an ISO 8601 partial ("2019-03-07", "2019-03",
// "2019", "--03-07" when the year is unknown, "2019-SU", "2019-W12").
func (d Date) String() string {
	y := fmt.Sprintf("%04d", d.Y)
	if d.Y == 0 {
		y = "-"
	}
	switch d.Precision {
	case "day":
		return fmt.Sprintf("%s-%02d-%02d", y, d.M, d.D)
	case "month":
		return fmt.Sprintf("%s-%02d", y, d.M)
	case "season":
		return fmt.Sprintf("%s-%s", y, d.Season)
	case "week":
		return fmt.Sprintf("%s-W%02d", y, d.Week)
	case "quarter":
		return fmt.Sprintf("%s-Q%d", y, d.Week)
	case "decade":
		return y[:3]
	}
	return y
}

// Time returns the date as a time at its first day (zero for an unknown year).
func (d Date) Time() time.Time {
	m, day := d.M, d.D
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

func dayDate(t time.Time) Date {
	return Date{Y: t.Year(), M: int(t.Month()), D: t.Day(), Precision: "day"}
}

// ParseISODate parses "2019-03-07", "2019-03" or "2019" (and an ISO time
// after a T or space, which is dropped).
func ParseISODate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i > 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	var d Date
	var err error
	switch len(parts) {
	case 3:
		d.Precision = "day"
		if d.D, err = strconv.Atoi(parts[2]); err != nil || d.D < 1 || d.D > 31 {
			return d, false
		}
		fallthrough
	case 2:
		if d.Precision == "" {
			d.Precision = "month"
		}
		if d.M, err = strconv.Atoi(parts[1]); err != nil || d.M < 1 || d.M > 12 {
			return d, false
		}
		fallthrough
	case 1:
		if d.Precision == "" {
			d.Precision = "year"
		}
		if len(parts[0]) != 4 {
			return d, false
		}
		if d.Y, err = strconv.Atoi(parts[0]); err != nil {
			return d, false
		}
		return d, true
	}
	return d, false
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var weekdayAbbrev = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
	"thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

var quarterOrdinal = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}

// sessionDayBefore are the words before "the day" when it is the day of a
// market or daily report.
var sessionDayBefore = map[string]bool{"ending": true, "ended": true, "end": true, "ends": true, "finish": true,
	"finished": true, "finishing": true, "for": true, "closing": true, "closed": true, "close": true}

var dayReportNext = map[string]bool{"at": true, "down": true, "up": true, "with": true, "higher": true,
	"lower": true, "flat": true, "unchanged": true, "and": true}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// quarterOf and seasonOf look a token up only when its lexical class says so.
func quarterOf(t Token) int {
	if t.Lex&lexQuarter == 0 {
		return 0
	}
	return quarterOrdinal[t.Norm]
}

func seasonOf(t Token) string {
	if t.Lex&lexSeason == 0 {
		return ""
	}
	return seasons[t.Norm]
}

// timex is one temporal expression before and after resolution.
type timex struct {
	start, end int // token indices [start, end)
	rule       string
	abs        Date // what the text states (year may be 0)
	// relative expressions
	rel    string // "", "dct", "anaphor", "month", "monthday", "weekday", "season"
	unit   string // day, week, month, year
	offset int    // -1 last, 0 this, +1 next, N for "N days later"
	res    Date   // resolved
	ok     bool   // resolved to something printable
	hidden bool   // used for events but not listed in dates[] (durations in TimeML)
	future bool   // governing clause is in the future tense
	part   string // TimeML part of day: MO, AF, EV ("this morning")
}

// findDates scans the document for temporal expressions (phase one: the
// underspecified values).
func findDates(d *Document) []timex {
	toks := d.Tokens
	var out []timex
	for i := 0; i < len(toks); {
		if tx, ok := matchDate(d, i); ok {
			tx.future = futureTense(d, tx.start)
			out = append(out, tx)
			i = tx.end
			continue
		}
		i++
	}
	return out
}

func norm(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Norm
}

func tokText(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Text
}

// monthAt reads a capitalised month name (and its period) at i.
func monthAt(toks []Token, i int) (m, end int) {
	if i >= len(toks) || !toks[i].Cap || toks[i].Kind != Word {
		return 0, i
	}
	m = monthNames[toks[i].Norm]
	if m == 0 {
		return 0, i
	}
	end = i + 1
	if len(toks[i].Norm) <= 4 && toks[i].Norm != "may" && toks[i].Norm != "june" && toks[i].Norm != "july" {
		// abbreviations need their period ("Sept.") or a following number
		if end < len(toks) && toks[end].Text == "." && !toks[end].Space {
			end++
		} else if end >= len(toks) || toks[end].Kind != Number {
			return 0, i
		}
	}
	return m, end
}

func dayAt(toks []Token, i int) (int, int) {
	if i >= len(toks) || toks[i].Kind != Number {
		return 0, i
	}
	s := strings.TrimRight(strings.ToLower(toks[i].Text), "stndrh")
	if len(s) > 2 || !allDigits(s) {
		return 0, i
	}
	v, _ := strconv.Atoi(s)
	if v < 1 || v > 31 {
		return 0, i
	}
	return v, i + 1
}

func yearAt(toks []Token, i int) (int, int) {
	if i >= len(toks) || toks[i].Kind != Number || len(toks[i].Text) != 4 || !allDigits(toks[i].Text) {
		return 0, i
	}
	v, _ := strconv.Atoi(toks[i].Text)
	if v < 1900 || v > 2099 {
		return 0, i
	}
	return v, i + 1
}

func skipComma(toks []Token, i int) int {
	if i < len(toks) && toks[i].Text == "," {
		return i + 1
	}
	return i
}

var yearPrepositions = map[string]bool{"in": true, "since": true, "of": true, "until": true, "till": true,
	"by": true, "from": true, "during": true, "before": true, "after": true, "to": true, "through": true,
	"early": true, "late": true, "mid": true, "and": true, "between": true, "around": true, "throughout": true,
	"summer": true, "spring": true, "autumn": true, "winter": true, "fall": true}

// yearFollowers are words after which a four-digit number is a count, not a
// year ("2019 fighters").
func isYearContext(toks []Token, i, end int) bool {
	prev := norm(toks, i-1)
	if prev == "-" || prev == "–" {
		prev = norm(toks, i-2)
		if _, ok := yearAt(toks, i-2); ok == i-1 {
			return true
		}
	}
	if yearPrepositions[prev] || prev == "(" || prev == "," {
		return true
	}
	// a model year or a vintage after an owner or an indefinite article:
	// "Holt's 1998 silver Ford Taurus", "a 2005 Honda Civic"
	switch prev {
	case "a", "an", "his", "her", "their", "its", "my", "our", "your", "'s", "’s":
		if end < len(toks) && toks[end].Kind == Word {
			return false
		}
	}
	if end >= len(toks) {
		return true
	}
	n := toks[end]
	if n.Kind == Punct {
		return n.Text != "-" || prev == ""
	}
	// "2019 fighters", "1,000 people": a count of a plural noun is no year
	if n.Kind == Word && !n.Cap && (strings.HasSuffix(n.Norm, "s") && !strings.HasSuffix(n.Norm, "ss") && n.Norm != "was" && n.Norm != "has" && n.Norm != "is" || countNouns[n.Norm]) {
		return false
	}
	return n.Kind == Word
}

// countNouns after a four-digit number make it a count.
var countNouns = map[string]bool{"people": true, "men": true, "women": true, "children": true, "police": true,
	"troops": true, "personnel": true, "staff": true, "km": true, "kilometres": true, "kilometers": true, "feet": true,
	"metres": true, "meters": true, "dollars": true, "dinars": true, "tonnes": true, "tons": true, "civilians": true}

// dateStarts are the words other than month, weekday, season and number
// names that may begin a temporal expression in matchDate.
var dateStarts = map[string]bool{"early": true, "late": true, "mid": true, "end": true, "beginning": true,
	"start": true, "middle": true, "today": true, "tonight": true, "yesterday": true, "tomorrow": true,
	"last": true, "this": true, "next": true, "past": true, "coming": true, "earlier": true, "later": true,
	"future": true, "soon": true, "now": true, "currently": true, "recently": true, "nowadays": true,
	"the": true, "that": true, "a": true, "an": true, "one": true}

func matchDate(d *Document, i int) (timex, bool) {
	toks := d.Tokens
	t := toks[i]
	tx := timex{start: i}
	if t.Kind == Word && t.Lex&lexDate == 0 {
		return tx, false // most words: one bit test
	}
	if holidayStarts[t.Norm] {
		if h, ok := matchHoliday(toks, i); ok {
			return h, true
		}
	}
	mod := ""
	j := i
	// modifiers: early/mid/late, "the end of", "the beginning of"
	switch t.Norm {
	case "early", "late", "mid":
		if j+1 < len(toks) {
			mod = t.Norm
			j++
			if toks[j].Text == "-" && !toks[j].Space {
				j++
			}
			if norm(toks, j) == "in" {
				j++
			}
		}
	case "end", "beginning", "start", "middle":
		if norm(toks, i-1) == "the" && norm(toks, i+1) == "of" {
			mod = map[string]string{"end": "late", "beginning": "early", "start": "early", "middle": "mid"}[t.Norm]
			j = i + 2
		}
	}
	if mod != "" {
		if inner, ok := matchDate(d, j); ok && inner.start == j && (inner.abs.Precision != "day") && !inner.hidden {
			inner.start = i
			inner.abs.Mod = mod
			inner.rule += "+mod"
			if t.Norm == "end" || t.Norm == "beginning" || t.Norm == "start" || t.Norm == "middle" {
				inner.start = i - 1
			}
			return inner, true
		}
		return tx, false
	}

	// ISO 2019-07-21
	if y, e := yearAt(toks, i); e > i && e+3 < len(toks)+0 && tokText(toks, e) == "-" && e+3 <= len(toks) {
		if m, _ := dayAt(toks, e+1); m >= 1 && m <= 12 && len(toks[e+1].Text) == 2 && tokText(toks, e+2) == "-" {
			if dd, e2 := dayAt(toks, e+3); dd > 0 && len(toks[e+3].Text) == 2 {
				tx.end, tx.rule, tx.abs = e2, "date.iso", Date{Y: y, M: m, D: dd, Precision: "day"}
				return tx, true
			}
		}
	}
	// 26.12.2014 (one token) and 01-10-2014: day first, as the press that writes them does
	if t.Kind == Number && strings.Count(t.Text, ".") == 2 {
		p := strings.Split(t.Text, ".")
		dd, _ := strconv.Atoi(p[0])
		m, _ := strconv.Atoi(p[1])
		y, _ := strconv.Atoi(p[2])
		if len(p[2]) == 4 && y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 {
			tx.end, tx.rule, tx.abs = i+1, "date.numeric.dmy-dots", Date{Y: y, M: m, D: dd, Precision: "day"}
			return tx, true
		}
	}
	if t.Kind == Number && tokText(toks, i+1) == "-" && tokText(toks, i+3) == "-" && !toks[i+1].Space && i+4 < len(toks) && !toks[i+3].Space {
		a, _ := dayAt(toks, i)
		b, _ := dayAt(toks, i+2)
		y, e := yearAt(toks, i+4)
		if a > 0 && b > 0 && b <= 12 && y > 0 && !toks[i+4].Space {
			tx.end, tx.rule, tx.abs = e, "date.numeric.dmy-dashes", Date{Y: y, M: b, D: a, Precision: "day"}
			return tx, true
		}
	}
	// numeric 21/07/2019 or 7/21/2019
	if t.Kind == Number && tokText(toks, i+1) == "/" && tokText(toks, i+3) == "/" {
		a, _ := dayAt(toks, i)
		b, _ := dayAt(toks, i+2)
		y, e := yearAt(toks, i+4)
		if y == 0 && i+4 < len(toks) && toks[i+4].Kind == Number && len(toks[i+4].Text) == 2 && allDigits(toks[i+4].Text) {
			yy, _ := strconv.Atoi(toks[i+4].Text) // "7/8/07"
			y, e = 2000+yy, i+5
			if yy >= 50 {
				y = 1900 + yy
			}
		}
		if a > 0 && b > 0 && y > 0 {
			m, dd, rule := a, b, "date.numeric.mdy"
			if a > 12 {
				m, dd, rule = b, a, "date.numeric.dmy"
			} else if b <= 12 && d.dayFirst {
				m, dd, rule = b, a, "date.numeric.dmy"
			}
			if m <= 12 {
				tx.end, tx.rule, tx.abs = e, rule, Date{Y: y, M: m, D: dd, Precision: "day"}
				return tx, true
			}
		}
	}
	// [Weekday ,] Month Day [,] [Year]  |  Month Year  |  Month
	wd := false
	if t.Lex&lexWeekday != 0 && t.Cap {
		wd = true
	} else if t.Lex&lexWeekdayAbbrev != 0 && t.Cap {
		// "Wed 05 Apr 2017", "Sun 22 Feb 2015": an abbreviated weekday only before a date
		if dd, e := dayAt(toks, i+1); dd > 0 {
			if m, e2 := monthAt(toks, e); m > 0 {
				if y, e3 := yearAt(toks, skipComma(toks, e2)); y > 0 {
					tx.end, tx.rule, tx.abs = e3, "date.wd-d-m-y", Date{Y: y, M: m, D: dd, Precision: "day"}
					return tx, true
				}
			}
		}
		// "Thu Sep 5 2013"
		if m, e := monthAt(toks, skipComma(toks, i+1)); m > 0 {
			if dd, e2 := dayAt(toks, e); dd > 0 {
				if y, e3 := yearAt(toks, skipComma(toks, e2)); y > 0 {
					tx.end, tx.rule, tx.abs = e3, "date.wd-m-d-y", Date{Y: y, M: m, D: dd, Precision: "day"}
					return tx, true
				}
			}
		}
		return tx, false
	}
	k := i
	if wd {
		k = skipComma(toks, i+1)
		if k < len(toks) && toks[k].Newline {
			k = len(toks) // a date on the next line is not this weekday's
		}
	}
	if m, e := monthAt(toks, k); m > 0 {
		if t.Norm == "may" && !wd && !mayIsMonth(toks, k, e) {
			return tx, false
		}
		if t.Norm == "march" && !wd && norm(toks, e) == "on" {
			return tx, false
		}
		// "Jul 152015": day and year run together in some page templates
		if e < len(toks) && toks[e].Kind == Number && (len(toks[e].Text) == 5 || len(toks[e].Text) == 6) && allDigits(toks[e].Text) {
			num := toks[e].Text
			dd, _ := strconv.Atoi(num[:len(num)-4])
			y, _ := strconv.Atoi(num[len(num)-4:])
			if dd >= 1 && dd <= 31 && y >= 1900 && y <= 2099 {
				tx.end, tx.rule, tx.abs = e+1, "date.m-dy-glued", Date{Y: y, M: m, D: dd, Precision: "day"}
				return tx, true
			}
		}
		if dd, e2 := dayAt(toks, e); dd > 0 && !toks[e].Newline && !(e2 < len(toks) && toks[e2].Norm == ":") {
			e3 := skipComma(toks, e2)
			if y, e4 := yearAt(toks, e3); y > 0 {
				tx.end, tx.rule, tx.abs = e4, "date.m-d-y", Date{Y: y, M: m, D: dd, Precision: "day"}
				return tx, true
			}
			tx.end, tx.rule, tx.abs, tx.rel = e2, "date.m-d", Date{M: m, D: dd, Precision: "day"}, "monthday"
			return tx, true
		}
		e2 := skipComma(toks, e)
		if y, e3 := yearAt(toks, e2); y > 0 {
			tx.end, tx.rule, tx.abs = e3, "date.m-y", Date{Y: y, M: m, Precision: "month"}
			return tx, true
		}
		if wd {
			// "Tuesday, March" is not a date; the weekday alone is
			tx.end, tx.rule, tx.rel, tx.offset = i+1, "date.weekday", "weekday", int(weekdayNames[t.Norm])
			return tx, true
		}
		tx.end, tx.rule, tx.abs, tx.rel = e, "date.month", Date{M: m, Precision: "month"}, "month"
		if p := norm(toks, i-1); p == "last" || p == "next" || p == "this" {
			tx.start = i - 1
			tx.offset = map[string]int{"last": -1, "next": 1, "this": 0}[p]
			tx.rule = "date." + p + "-month"
		} else {
			tx.offset = 99 // nearest by tense
		}
		return tx, true
	}
	if wd {
		tx.end, tx.rule, tx.rel, tx.offset = i+1, "date.weekday", "weekday", int(weekdayNames[t.Norm])
		// "Wednesday, 25 July, 2018"
		if dd, e := dayAt(toks, k); dd > 0 {
			if m, e2 := monthAt(toks, e); m > 0 {
				if y, e3 := yearAt(toks, skipComma(toks, e2)); y > 0 {
					tx.end, tx.rule, tx.rel, tx.abs = e3, "date.wd-d-m-y", "", Date{Y: y, M: m, D: dd, Precision: "day"}
				}
			}
		}
		return tx, true
	}
	// Day Month [Year]: "25 July 2018", "5th of May"
	if dd, e := dayAt(toks, i); dd > 0 {
		if norm(toks, e) == "of" {
			e++
		}
		if m, e2 := monthAt(toks, e); m > 0 {
			e3 := skipComma(toks, e2)
			if y, e4 := yearAt(toks, e3); y > 0 {
				tx.end, tx.rule, tx.abs = e4, "date.d-m-y", Date{Y: y, M: m, D: dd, Precision: "day"}
				return tx, true
			}
			tx.end, tx.rule, tx.abs, tx.rel = e2, "date.d-m", Date{M: m, D: dd, Precision: "day"}, "monthday"
			return tx, true
		}
	}
	// Year, decade
	if y, e := yearAt(toks, i); y > 0 {
		if e < len(toks) && toks[e].Norm == "s" && !toks[e].Space {
			return tx, false
		}
		if !isYearContext(toks, i, e) {
			return tx, false
		}
		// "1980-88": the first year stands, the range end is a year too
		tx.end, tx.rule, tx.abs = e, "date.year", Date{Y: y, Precision: "year"}
		return tx, true
	}
	// Quarters: "the first quarter of 2009", "the third quarter of this year", "third-quarter"
	if q := quarterOf(t); q > 0 {
		j := i + 1
		if norm(toks, j) == "-" {
			j++
		}
		if norm(toks, j) == "quarter" {
			tx.end, tx.rule, tx.abs, tx.rel, tx.unit, tx.offset = j+1, "date.quarter", Date{Precision: "quarter", Week: q}, "quarter", "year", 0
			if norm(toks, i-1) == "the" {
				tx.start = i - 1
			}
			if norm(toks, j+1) == "of" {
				if y, e := yearAt(toks, j+2); y > 0 {
					tx.end, tx.rel, tx.abs.Y = e, "", y
				} else if w := norm(toks, j+2); (w == "this" || w == "last" || w == "next") && norm(toks, j+3) == "year" {
					tx.end, tx.offset = j+4, map[string]int{"this": 0, "last": -1, "next": 1}[w]
				}
			}
			return tx, true
		}
	}
	// Decades: "the 1980s", "the 80s", "'82"
	if t.Kind == Number && strings.HasSuffix(t.Text, "s") && (len(t.Text) == 5 || len(t.Text) == 3) {
		n, err := strconv.Atoi(strings.TrimSuffix(t.Text, "s"))
		if err == nil && n%10 == 0 {
			if n < 100 {
				n += 1900
			}
			tx.end, tx.rule, tx.abs = i+1, "date.decade", Date{Y: n, Precision: "decade"}
			return tx, true
		}
	}
	if (t.Text == "'" || t.Text == "’") && i+1 < len(toks) && toks[i+1].Kind == Number && len(toks[i+1].Text) == 2 && !toks[i+1].Space && apostropheYearAfter(toks, i) {
		yy, _ := strconv.Atoi(toks[i+1].Text)
		y := 1900 + yy
		if yy < 30 {
			y = 2000 + yy
		}
		tx.end, tx.rule, tx.abs = i+2, "date.year-apostrophe", Date{Y: y, Precision: "year"}
		return tx, true
	}
	// Season: "last summer", "this spring", "summer 2018", "the spring"
	if s := seasonOf(t); s != "" {
		if y, e := yearAt(toks, i+1); y > 0 {
			tx.end, tx.rule, tx.abs = e, "date.season-year", Date{Y: y, Season: s, Precision: "season"}
			return tx, true
		}
		p := norm(toks, i-1)
		if p == "last" || p == "this" || p == "next" {
			tx.start, tx.end, tx.rule, tx.rel = i-1, i+1, "date."+p+"-season", "season"
			tx.abs = Date{Season: s, Precision: "season"}
			tx.offset = map[string]int{"last": -1, "next": 1, "this": 0}[p]
			return tx, true
		}
		return tx, false
	}
	switch t.Norm {
	case "today", "tonight":
		tx.end, tx.rule, tx.rel, tx.unit = i+1, "date."+t.Norm, "dct", "day"
		return tx, true

	case "yesterday":
		tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+1, "date.yesterday", "dct", "day", -1
		return tx, true
	case "tomorrow":
		tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+1, "date.tomorrow", "dct", "day", 1
		return tx, true
	case "last", "this", "next", "past", "coming":
		u := norm(toks, i+1)
		if t.Norm == "past" && norm(toks, i-1) == "the" && (i+1 >= len(toks) || toks[i+1].Kind == Punct || u == "and" || u == "of") {
			tx.start, tx.end, tx.rule, tx.rel, tx.unit = i-1, i+1, "date.the-past", "ref", "PAST_REF"
			tx.abs.Precision = "ref"
			return tx, true
		}
		if u == "quarter" && t.Norm != "coming" {
			// "last quarter", "the last quarter", "this quarter": of the reference
			tx.end, tx.rule, tx.rel, tx.unit = i+2, "date."+t.Norm+"-quarter", "dct", "quarter"
			tx.offset = map[string]int{"last": -1, "past": -1, "this": 0, "next": 1}[t.Norm]
			if norm(toks, i-1) == "the" {
				tx.start = i - 1
			}
			return tx, true
		}
		if p := partsOfDay[u]; p != "" && t.Norm == "this" {
			// "this morning": the reference day, at TimeML's part of day
			tx.end, tx.rule, tx.rel, tx.unit, tx.part = i+2, "date.this-"+u, "dct", "day", p
			return tx, true
		}
		if u == "week" || u == "month" || u == "year" || u == "weekend" {
			off := map[string]int{"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[t.Norm]
			if norm(toks, i-1) == "the" && (t.Norm == "past" || t.Norm == "last" || t.Norm == "next" || t.Norm == "coming") {
				return tx, false // "the past year" is a duration
			}
			if u == "weekend" {
				u = "week"
			}
			tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+2, "date."+t.Norm+"-"+u, "dct", u, off
			if t.Norm == "last" && u == "night" {
				tx.unit, tx.offset = "day", -1
			}
			return tx, true
		}
		if t.Norm == "last" && u == "night" {
			tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+2, "date.last-night", "dct", "day", -1
			return tx, true
		}
	case "earlier", "later":
		// "earlier this month", "later this year"
		if norm(toks, i+1) == "this" {
			u := norm(toks, i+2)
			if u == "week" || u == "month" || u == "year" {
				tx.end, tx.rule, tx.rel, tx.unit = i+3, "date."+t.Norm+"-this-"+u, "dct", u
				return tx, true
			}
		}
		if t.Norm == "earlier" && norm(toks, i+1) == "in" && norm(toks, i+2) == "the" {
			u := norm(toks, i+3)
			if u == "week" || u == "month" || u == "year" {
				tx.end, tx.rule, tx.rel, tx.unit = i+4, "date.earlier-in-the-"+u, "dct", u
				return tx, true
			}
		}
	case "future":
		if norm(toks, i-1) == "the" && (i+1 >= len(toks) || toks[i+1].Kind == Punct || toks[i+1].Norm == "and" || toks[i+1].Norm == "of") {
			tx.start, tx.end, tx.rule, tx.rel = i-1, i+1, "date.the-"+t.Norm, "ref"
			tx.abs.Precision = "ref"
			tx.unit = map[string]string{"future": "FUTURE_REF", "past": "PAST_REF"}[t.Norm]
			return tx, true
		}
	case "soon":
		tx.end, tx.rule, tx.rel, tx.unit = i+1, "date.soon", "ref", "FUTURE_REF"
		if norm(toks, i-1) == "very" {
			tx.start = i - 1
		}
		tx.abs.Precision = "ref"
		return tx, true
	case "now", "currently", "recently", "nowadays":
		// TimeML's PRESENT_REF / PAST_REF
		if t.Norm == "now" && (norm(toks, i-1) == "from" || norm(toks, i-1) == "until" || norm(toks, i-1) == "by") {
			return tx, false
		}
		tx.end, tx.rule, tx.rel = i+1, "date."+t.Norm, "ref"
		tx.abs.Precision = "ref"
		if t.Norm == "recently" {
			tx.unit = "PAST_REF"
		} else {
			tx.unit = "PRESENT_REF"
		}
		return tx, true
	case "the", "that", "a", "an", "one":
		// anaphora: "the next day", "the following day", "the day before", "that day", "a day earlier"
		u := norm(toks, i+1)
		// market and daily reports: "ending the day down 31 points", "for the
		// day" are the day of the report
		if t.Norm == "the" && u == "day" && (sessionDayBefore[norm(toks, i-1)] || norm(toks, i-1) == "in" && inTheDay[norm(toks, i-2)]) {
			// only where the phrase ends: "the day down 31 points", "for the
			// day, the Nikkei", not "the day shift", "the day of the attack";
			// "later in the day" always
			if n := i + 2; n >= len(toks) || toks[n].Kind == Punct || dayReportNext[toks[n].Norm] || norm(toks, i-1) == "in" {
				tx.end, tx.rule, tx.rel, tx.unit = i+2, "date.the-day", "dct", "day"
				return tx, true
			}
		}
		if t.Norm == "the" && u == "same" {
			// "the same period last year", "the same month a year ago": the
			// period last spoken of, a year back
			if unit := norm(toks, i+2); sameUnits[unit] {
				k := i + 3
				if norm(toks, k) == "of" || norm(toks, k) == "in" {
					k++
				}
				if e := yearBackAt(toks, k); e > k {
					tx.end, tx.rule, tx.rel, tx.unit, tx.offset = e, "date.the-same-"+unit+"-a-year-back", "same", unit, -1
					return tx, true
				}
			}
		}
		if t.Norm == "the" && (u == "next" || u == "following" || u == "previous" || u == "same") {
			unit := norm(toks, i+2)
			if unit == "day" || unit == "week" || unit == "month" || unit == "year" || unit == "night" || unit == "morning" || unit == "evening" {
				if unit == "night" || unit == "morning" || unit == "evening" {
					unit = "day"
				}
				off := map[string]int{"next": 1, "following": 1, "previous": -1, "same": 0}[u]
				// TimeML writes "the next day", "the same day" as dates (a day earlier
				// is a duration): listed, resolved against the previous date
				tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+3, "date.the-"+u+"-"+unit, "anaphor", unit, off
				if unit == "year" {
					tx.rel = "year" // the year last spoken of, else the reference's
				}
				return tx, true
			}
		}
		if t.Norm == "the" && (u == "day" || u == "year") && (norm(toks, i+2) == "before" || norm(toks, i+2) == "after") && !clauseAt(toks, i+3) {
			off := -1
			if norm(toks, i+2) == "after" {
				off = 1
			}
			tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+3, "date.the-"+u+"-"+norm(toks, i+2), "anaphor", u, off
			if u == "year" {
				tx.rel = "year"
			}
			return tx, true
		}
		if t.Norm == "that" && (u == "day" || u == "night" || u == "morning" || u == "evening") {
			tx.end, tx.rule, tx.rel, tx.unit = i+2, "date.that-"+u, "anaphor", "day"
			return tx, true
		}
		// "the previous year", "the year previous", "the entire year": the
		// year last spoken of, else the reference's
		if t.Norm == "the" && (u == "previous" || u == "prior") && norm(toks, i+2) == "year" {
			tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+3, "date.the-previous-year", "year", "year", -1
			return tx, true
		}
		if t.Norm == "the" && u == "year" && (norm(toks, i+2) == "previous" || norm(toks, i+2) == "prior") {
			tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+3, "date.the-year-previous", "year", "year", -1
			return tx, true
		}
		if t.Norm == "the" && (u == "entire" || u == "whole" || u == "full") && norm(toks, i+2) == "year" {
			tx.end, tx.rule, tx.rel, tx.unit = i+3, "date.the-entire-year", "year", "year"
			return tx, true
		}
		if t.Norm == "the" && u == "day" && norm(toks, i-1) == "on" && (i+2 >= len(toks) || toks[i+2].Kind == Punct) {
			tx.end, tx.rule, tx.rel, tx.unit = i+2, "date.on-the-day", "dct", "day"
			return tx, true
		}
		if (t.Norm == "a" || t.Norm == "an" || t.Norm == "one") && (u == "day" || u == "week" || u == "month" || u == "year") {
			if dir := norm(toks, i+2); dir == "earlier" || dir == "later" || dir == "before" || dir == "after" {
				o := 1
				if dir == "earlier" || dir == "before" {
					o = -1
				}
				tx.end, tx.rule, tx.rel, tx.unit, tx.offset, tx.hidden = i+3, "date.a-"+u+"-"+dir, "anaphor", u, o, true
				return tx, true
			}
			if norm(toks, i+2) == "ago" {
				tx.end, tx.rule, tx.rel, tx.unit, tx.offset = i+3, "date.a-"+u+"-ago", "dct", u, -1
				return tx, true
			}
		}
	}
	// "for a second consecutive day", "the third straight week", "the fourth
	// week in a row": the reference's day or week, as market reports mean it
	if ord := ordinals[t.Norm]; ord > 1 {
		k := i + 1
		if w := norm(toks, k); w == "consecutive" || w == "straight" || w == "successive" {
			k++
		}
		u := norm(toks, k)
		inRow := norm(toks, k+1) == "in" && norm(toks, k+2) == "a" && norm(toks, k+3) == "row"
		if (u == "day" || u == "week") && (k > i+1 || inRow) {
			tx.end, tx.rule, tx.rel, tx.unit = k+1, "date.nth-consecutive-"+u, "dct", u
			if p := norm(toks, i-1); p == "a" || p == "the" {
				tx.start = i - 1
			}
			return tx, true
		}
	}
	// "N days later", "ten days ago", "two years earlier"
	if n, ok := parseNumber(toks, i); ok && n.Value > 0 && n.Value < 100 {
		u := strings.TrimSuffix(norm(toks, n.End), "s")
		if u == "day" || u == "week" || u == "month" || u == "year" {
			dir := norm(toks, n.End+1)
			switch dir {
			case "ago":
				tx.end, tx.rule, tx.rel, tx.unit, tx.offset = n.End+2, "date.n-"+u+"s-ago", "dct", u, -n.Value
				return tx, true
			case "later", "earlier", "after", "before":
				o := n.Value
				if dir == "earlier" || dir == "before" {
					o = -o
				}
				tx.end, tx.rule, tx.rel, tx.unit, tx.offset, tx.hidden = n.End+2, "date.n-"+u+"s-"+dir, "anaphor", u, o, true
				return tx, true
			}
		}
	}
	return tx, false
}

// partsOfDay are TimeML's parts of the day.
var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV"}

// inTheDay are the words before "in the day" that make it the reference day.
var inTheDay = map[string]bool{"later": true, "earlier": true, "late": true, "early": true}

// sameUnits are the periods "the same ... last year" repeats.
var sameUnits = map[string]bool{"period": true, "month": true, "quarter": true, "week": true, "day": true, "time": true, "season": true}

var ordinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10}

// yearBackAt matches "last year", "a year ago", "a year earlier", "the
// previous year", "the year before", "the last year" at i and returns its end
// (i when none).
func yearBackAt(toks []Token, i int) int {
	a, b, c := norm(toks, i), norm(toks, i+1), norm(toks, i+2)
	switch {
	case a == "last" && b == "year":
		return i + 2
	case (a == "a" || a == "one") && b == "year" && (c == "ago" || c == "earlier" || c == "before"):
		return i + 3
	case a == "the" && (b == "previous" || b == "prior" || b == "last") && c == "year":
		return i + 3
	case a == "the" && b == "year" && (c == "before" || c == "earlier"):
		return i + 3
	}
	return i
}

// clauseAt reports whether a clause, not a noun, starts at i: "the day after
// falling 250 points", "the day before he died".
func clauseAt(toks []Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	switch t.Norm {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return t.Kind == Word && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ing")
}

// apostropheYearAfter accepts "'08" as a year after a preposition, a month or
// season, or in a range ("in '08", "summer '69", "'08-'09"), not in a name
// ("iLife '11").
func apostropheYearAfter(toks []Token, i int) bool {
	p := norm(toks, i-1)
	switch p {
	case "in", "of", "since", "from", "to", "until", "by", "during", "before", "after", "-", "–":
		return true
	}
	if i > 0 && (toks[i-1].Lex&lexSeason != 0 || monthNames[p] > 0) {
		return true
	}
	return false
}

// mayIsMonth tells the month from the modal verb: "in May", "May 4", "May 2019".
func mayIsMonth(toks []Token, i, e int) bool {
	if e < len(toks) && toks[e].Kind == Number {
		return true
	}
	switch norm(toks, i-1) {
	case "in", "since", "until", "of", "last", "next", "this", "early", "late", "mid", "by", "during", "from", "through", "-", "between", "and", "to":
		return true
	}
	return false
}

// futureTense reports whether the clause around token i speaks of the future.
func futureTense(d *Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sent]
	lo := i - 8
	if lo < s.First {
		lo = s.First
	}
	for k := lo; k < i; k++ {
		switch d.Tokens[k].Norm {
		case "will", "shall", "ll", "plans", "planned", "scheduled", "upcoming", "expected", "due", "until", "till",
			"set", "next", "tomorrow":
			return true
		}
	}
	return false
}

// resolve turns underspecified expressions into values (phase two): against
// the reference date (publication) for deictic ones, the previous resolved
// day for anaphoric ones. ref.Y == 0 means no reference.
func resolveDates(txs []timex, ref Date) {
	var last Date    // previous resolved date at day precision
	var lastAny Date // previous resolved date with a year, at any precision
	for i := range txs {
		tx := &txs[i]
		tx.ok = true
		switch tx.rel {
		case "year":
			switch {
			case lastAny.Y != 0:
				tx.res = Date{Y: lastAny.Y + tx.offset, Precision: "year"}
			case ref.Y != 0:
				tx.res = Date{Y: ref.Y + tx.offset, Precision: "year"}
			default:
				tx.ok = false
			}
		case "same":
			tx.res, tx.ok = sameAYearBack(lastAny, ref, tx.unit)
		case "":
			tx.res = tx.abs
		case "ref":
			tx.res = Date{Precision: "ref"}
		case "holiday":
			resolveHoliday(tx, ref)
		case "monthday", "month":
			tx.res = tx.abs
			if ref.Y != 0 {
				y := ref.Y
				rm := ref.M
				if tx.rel == "month" && tx.offset != 99 {
					switch tx.offset {
					case -1:
						if tx.abs.M >= rm {
							y--
						}
					case 1:
						if tx.abs.M <= rm {
							y++
						}
					}
				} else {
					y = nearestYear(tx.abs, ref, tx.future)
				}
				tx.res.Y = y
			}
		case "quarter", "season":
			tx.res = tx.abs
			if ref.Y != 0 {
				tx.res.Y = ref.Y + tx.offset
				// "the fourth quarter" said in January is last year's
				if tx.rel == "quarter" && tx.offset == 0 && !tx.future && ref.M != 0 && tx.abs.Week > (ref.M-1)/3+1 {
					tx.res.Y--
				}
			} else {
				tx.ok = false
			}
		case "weekday":
			if ref.Precision != "day" {
				tx.ok = false
				continue
			}
			rt := ref.Time()
			want := time.Weekday(tx.offset)
			diff := int(want - rt.Weekday())
			if tx.future {
				if diff < 0 {
					diff += 7
				}
			} else if diff > 0 {
				diff -= 7
			}
			tx.res = dayDate(rt.AddDate(0, 0, diff))
		case "dct":
			if ref.Y == 0 || (tx.unit == "day" && ref.Precision != "day") {
				tx.ok = false
				continue
			}
			rt := ref.Time()
			switch tx.unit {
			case "day":
				tx.res = dayDate(rt.AddDate(0, 0, tx.offset))
			case "week":
				t := rt.AddDate(0, 0, 7*tx.offset)
				if strings.HasSuffix(tx.rule, "-ago") {
					tx.res = dayDate(t) // "a week ago" is a day, as TimeML writes it
					break
				}
				y, w := t.ISOWeek()
				tx.res = Date{Y: y, Week: w, Precision: "week"}
			case "month":
				t := time.Date(ref.Y, time.Month(max(ref.M, 1)), 1, 0, 0, 0, 0, time.UTC).AddDate(0, tx.offset, 0)
				tx.res = Date{Y: t.Year(), M: int(t.Month()), Precision: "month"}
				if ref.M == 0 {
					tx.ok = false
				}
			case "year":
				tx.res = Date{Y: ref.Y + tx.offset, Precision: "year"}
			case "quarter":
				if ref.M == 0 {
					tx.ok = false
					break
				}
				q := ref.Y*4 + (ref.M-1)/3 + tx.offset
				tx.res = Date{Y: q / 4, Week: q%4 + 1, Precision: "quarter"}
			}
		case "anaphor":
			if last.Y == 0 && last.M == 0 {
				tx.ok = false
				continue
			}
			t := last.Time()
			switch tx.unit {
			case "day":
				tx.res = dayDate(t.AddDate(0, 0, tx.offset))
				if last.Y == 0 {
					tx.res.Y = 0
				}
			case "week":
				tx.res = dayDate(t.AddDate(0, 0, 7*tx.offset))
			case "month":
				t2 := t.AddDate(0, tx.offset, 0)
				tx.res = Date{Y: t2.Year(), M: int(t2.Month()), Precision: "month"}
			case "year":
				tx.res = Date{Y: last.Y + tx.offset, Precision: "year"}
			}
		}
		tx.res.Mod = tx.abs.Mod
		if tx.ok && tx.res.Precision == "day" && (tx.res.M != 0) {
			last = tx.res
		}
		if tx.ok && tx.res.Y != 0 && tx.res.Precision != "ref" && tx.res.Precision != "decade" && !tx.hidden {
			lastAny = tx.res
		}
	}
}

// sameAYearBack resolves "the same <unit> last year" against the date last
// spoken of: "sales rose in February compared to the same period last year"
// is February of the year before. With no such date it is the year before
// the reference.
func sameAYearBack(base, ref Date, unit string) (Date, bool) {
	if base.Y == 0 || base.Precision == "year" {
		if ref.Y == 0 {
			return Date{}, false
		}
		return Date{Y: ref.Y - 1, Precision: "year"}, true
	}
	b := base
	b.Mod = ""
	switch unit {
	case "month":
		if b.M == 0 {
			return Date{Y: b.Y - 1, Precision: "year"}, true
		}
		return Date{Y: b.Y - 1, M: b.M, Precision: "month"}, true
	case "quarter":
		switch {
		case b.Precision == "quarter":
			return Date{Y: b.Y - 1, Week: b.Week, Precision: "quarter"}, true
		case b.M != 0:
			return Date{Y: b.Y - 1, Week: (b.M-1)/3 + 1, Precision: "quarter"}, true
		}
		return Date{Y: b.Y - 1, Precision: "year"}, true
	case "week":
		if b.Precision == "day" {
			y, w := b.Time().AddDate(-1, 0, 0).ISOWeek()
			return Date{Y: y, Week: w, Precision: "week"}, true
		}
	case "day":
		if b.Precision == "day" {
			return dayDate(b.Time().AddDate(-1, 0, 0)), true
		}
	}
	b.Y-- // "period", "time", "season": the base's own precision
	return b, true
}

// nearestYear gives a month or month-day without a year the year that puts it
// nearest the reference date (see nearest), or the reference's year.
func nearestYear(d, ref Date, future bool) int {
	day := d.D
	if day == 0 {
		day = 15
	}
	var cands []time.Time
	for y := ref.Y - 1; y <= ref.Y+1; y++ {
		cands = append(cands, time.Date(y, time.Month(d.M), day, 0, 0, 0, 0, time.UTC))
	}
	if k := nearest(cands, refTime(ref), future); k >= 0 {
		return ref.Y - 1 + k
	}
	return ref.Y
}

// nearest is the index of the candidate day nearest rt, as news mostly
// speaks of the recent past and the near future: a past-tense clause does
// not reach more than a month ahead, a future one not more than a month
// back. It is -1 when none is in reach.
func nearest(cands []time.Time, rt time.Time, future bool) int {
	best, bestDist := -1, math.MaxFloat64
	for k, t := range cands {
		diff := t.Sub(rt).Hours() / 24
		if !future && diff > 31 || future && diff < -31 {
			continue
		}
		if math.Abs(diff) < bestDist {
			best, bestDist = k, math.Abs(diff)
		}
	}
	return best
}

// refTime is the reference date as a time, mid-month when it has no day.
func refTime(ref Date) time.Time {
	rd := ref.D
	if rd == 0 {
		rd = 15
	}
	return time.Date(ref.Y, time.Month(max(ref.M, 1)), rd, 0, 0, 0, 0, time.UTC)
}

// eventDate is the date an event record carries: SPEC's ISO 8601 value at
// day, month or year precision. The `dates` list keeps TimeML's finer values
// ("2019-05-06TMO" for "this morning", "2019-W12"); an incident's date does
// not. A part of day is dropped, a week becomes its month (the month of its
// Thursday, approximate, when it straddles two), a season or quarter its
// year. A decade dates no incident: ok is false.
func (tx *timex) eventDate() (d Date, ok bool) {
	d = tx.res
	switch d.Precision {
	case "day", "month", "year":
		return d, true
	case "week":
		mon := isoWeekMonday(d.Y, d.Week)
		thu, sun := mon.AddDate(0, 0, 3), mon.AddDate(0, 0, 6)
		d = Date{Y: thu.Year(), M: int(thu.Month()), Precision: "month", Mod: d.Mod}
		if mon.Month() != sun.Month() {
			d.Mod = "approx"
		}
		return d, true
	case "season", "quarter":
		if d.Y == 0 {
			return d, false
		}
		return Date{Y: d.Y, Precision: "year", Mod: d.Mod}, true
	}
	return d, false
}

// datesIncident reports whether the expression can date an incident.
func (tx *timex) datesIncident() bool {
	_, ok := tx.eventDate()
	return ok
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	back := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, 7*(w-1)-back)
}

// value renders a resolved expression as the output value.
func (tx *timex) value() string {
	if tx.res.Precision == "ref" {
		return tx.unit
	}
	if tx.part != "" && tx.res.Precision == "day" {
		return tx.res.String() + "T" + tx.part
	}
	return tx.res.String()
}
