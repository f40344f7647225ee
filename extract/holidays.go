package extract

import (
	"strings"
	"time"
)

// holiday is a named day ("Christmas Eve", "Father's Day") that dates an
// incident as well as a calendar date does: "a New Year's Eve party ended
// with five people in the hospital". TimeML annotates them as DATEs.
type holiday struct {
	words []string // token norms, "'s" for either apostrophe
	bare  bool     // the name alone is also a season ("Christmas shopping"): a day only after "on"/"at" or before a part of day
	day   func(y int) time.Time
}

func fixedDay(m time.Month, d int) func(int) time.Time {
	return func(y int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
}

// nthWeekday is the n-th weekday wd of month m (n = -1 for the last).
func nthWeekday(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time {
		if n < 0 {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
			return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
		}
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
	}
}

// easter is Easter Sunday of the Gregorian calendar (the anonymous
// Gregorian algorithm, Meeus/Jones/Butcher).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func dayBefore(f func(int) time.Time) func(int) time.Time {
	return func(y int) time.Time { return f(y).AddDate(0, 0, -1) }
}

var thanksgiving = nthWeekday(time.November, time.Thursday, 4)

// holidays are the named days sitrep reads, longest names first where one
// begins another. US holidays, as local US news names them; "Independence
// Day" is left out, as it is a different day in each country.
var holidays = []holiday{
	{words: []string{"new", "year", "'s", "eve"}, day: fixedDay(time.December, 31)},
	{words: []string{"new", "year", "'s", "day"}, day: fixedDay(time.January, 1)},
	{words: []string{"new", "year", "'s"}, bare: true, day: fixedDay(time.January, 1)},
	{words: []string{"christmas", "eve"}, day: fixedDay(time.December, 24)},
	{words: []string{"christmas", "day"}, day: fixedDay(time.December, 25)},
	{words: []string{"christmas"}, bare: true, day: fixedDay(time.December, 25)},
	{words: []string{"fourth", "of", "july"}, day: fixedDay(time.July, 4)},
	{words: []string{"halloween"}, bare: true, day: fixedDay(time.October, 31)},
	{words: []string{"valentine", "'s", "day"}, day: fixedDay(time.February, 14)},
	{words: []string{"valentines", "day"}, day: fixedDay(time.February, 14)},
	{words: []string{"veterans", "day"}, day: fixedDay(time.November, 11)},
	{words: []string{"veteran", "'s", "day"}, day: fixedDay(time.November, 11)},
	{words: []string{"thanksgiving", "eve"}, day: dayBefore(thanksgiving)},
	{words: []string{"thanksgiving", "day"}, day: thanksgiving},
	{words: []string{"thanksgiving"}, bare: true, day: thanksgiving},
	{words: []string{"father", "'s", "day"}, day: nthWeekday(time.June, time.Sunday, 3)},
	{words: []string{"fathers", "day"}, day: nthWeekday(time.June, time.Sunday, 3)},
	{words: []string{"mother", "'s", "day"}, day: nthWeekday(time.May, time.Sunday, 2)},
	{words: []string{"mothers", "day"}, day: nthWeekday(time.May, time.Sunday, 2)},
	{words: []string{"memorial", "day"}, day: nthWeekday(time.May, time.Monday, -1)},
	{words: []string{"labor", "day"}, day: nthWeekday(time.September, time.Monday, 1)},
	{words: []string{"easter", "sunday"}, day: easter},
	{words: []string{"easter"}, bare: true, day: easter},
	{words: []string{"mlk", "day"}, day: nthWeekday(time.January, time.Monday, 3)},
	{words: []string{"martin", "luther", "king", "day"}, day: nthWeekday(time.January, time.Monday, 3)},
	{words: []string{"martin", "luther", "king", "jr", "day"}, day: nthWeekday(time.January, time.Monday, 3)},
	{words: []string{"martin", "luther", "king", "jr", ".", "day"}, day: nthWeekday(time.January, time.Monday, 3)},
}

// holidayStarts are the first words of holidays, for the lexicon.
var holidayStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range holidays {
		m[h.words[0]] = true
	}
	return m
}()

// partsOfDayAfter may follow a bare holiday name: "Christmas night".
var partsOfDayAfter = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "eve": true}

// matchHoliday reads a capitalised holiday name at i ("New Year's Eve",
// "Christmas Day 2014"); with a year it is a calendar date, without one
// it resolves to the occurrence nearest the publication date (rel
// "holiday", offset the index into holidays).
func matchHoliday(toks []Token, i int) (timex, bool) {
	tx := timex{start: i}
	if !toks[i].Cap {
		return tx, false
	}
next:
	for hi, h := range holidays {
		for k, w := range h.words {
			n := strings.ReplaceAll(norm(toks, i+k), "’", "'")
			if n != w {
				continue next
			}
		}
		e := i + len(h.words)
		if h.bare {
			p := norm(toks, i-1)
			if p != "on" && p != "at" && p != "over" && !partsOfDayAfter[norm(toks, e)] {
				continue
			}
			if e < len(toks) && toks[e].Kind == Word && toks[e].Cap && !partsOfDayAfter[toks[e].Norm] {
				continue // "on Easter Road", "Christmas Island"
			}
		}
		tx.end, tx.rule = e, "date.holiday"
		if y, e2 := yearAt(toks, skipComma(toks, e)); y > 0 {
			tx.end, tx.abs = e2, dayDate(h.day(y))
			return tx, true
		}
		tx.rel, tx.offset = "holiday", hi
		return tx, true
	}
	return tx, false
}

// resolveHoliday dates a holiday named without a year: its last
// occurrence by the reference date, or in a future-tense clause its next
// (a day's slack either way for time zones). Unlike a month and day, a
// holiday's name is not used ahead of it in a past-tense report. Without a
// reference, a fixed day keeps an unknown year ("--12-25") and a movable one
// is unresolved.
func resolveHoliday(tx *timex, ref Date) {
	h := holidays[tx.offset]
	if ref.Y == 0 {
		t, t2 := h.day(2001), h.day(2002)
		tx.res = Date{M: int(t.Month()), D: t.Day(), Precision: "day"}
		tx.ok = t.Month() == t2.Month() && t.Day() == t2.Day()
		return
	}
	rt := refTime(ref)
	if tx.future {
		for y := ref.Y - 1; y <= ref.Y+1; y++ {
			if t := h.day(y); !t.Before(rt.AddDate(0, 0, -1)) {
				tx.res = dayDate(t)
				return
			}
		}
	}
	for y := ref.Y + 1; y >= ref.Y-1; y-- {
		if t := h.day(y); !t.After(rt.AddDate(0, 0, 1)) {
			tx.res = dayDate(t)
			return
		}
	}
	tx.ok = false
}
