package extract

import (
	"strings"
	"testing"
)

// dateCase: text, reference (publication date, "" for none), the first
// expression's text and value.
type dateCase struct {
	name, text, ref, wantText, want string
}

func firstDate(t *testing.T, text, ref string) (string, string, bool) {
	t.Helper()
	d, tx := firstTimex(t, text, ref)
	if tx == nil {
		return "", "", false
	}
	s, e := d.Tokens[tx.start].Start, d.Tokens[tx.end-1].End
	return d.Text[s:e], tx.value(), true
}

// firstTimex is the first date expression of text, resolved against ref.
func firstTimex(t *testing.T, text, ref string) (*Document, *timex) {
	t.Helper()
	d := NewDocument(text)
	d.dayFirst = detectDayFirst(d)
	txs := findDates(d)
	var r Date
	if ref != "" {
		var ok bool
		if r, ok = ParseISODate(ref); !ok {
			t.Fatalf("bad ref %q", ref)
		}
	}
	resolveDates(txs, r)
	for i := range txs {
		tx := &txs[i]
		if tx.hidden || !tx.ok && tx.rel != "monthday" && tx.rel != "month" {
			continue
		}
		return d, tx
	}
	return d, nil
}

// TestEventDates checks the date an event carries: SPEC's day, month or year,
// where the dates list keeps TimeML's finer values.
func TestEventDates(t *testing.T) {
	const ref = "2016-07-19" // a Tuesday
	for _, c := range []struct{ text, want, precision, mod string }{
		{"Police said the shooting happened this morning.", "2016-07-19", "day", ""},
		{"A man was shot this afternoon.", "2016-07-19", "day", ""},
		{"Two men were shot last week.", "2016-07", "month", ""}, // July 11-17
		{"Two men were shot this week.", "2016-07", "month", ""}, // July 18-24
		{"The village was attacked in the summer of 2015.", "2015", "year", ""},
		{"Gunmen attacked the post on March 7.", "2016-03-07", "day", ""},
		{"Attacks were common in the 1990s.", "", "", ""},
	} {
		_, tx := firstTimex(t, c.text, ref)
		if tx == nil {
			t.Errorf("%q: no date", c.text)
			continue
		}
		ed, ok := tx.eventDate()
		got := ""
		if ok {
			got = ed.String()
		}
		if got != c.want || ok && (ed.Precision != c.precision || ed.Mod != c.mod) {
			t.Errorf("%q: event date %q %s %q; want %q %s %q", c.text, got, ed.Precision, ed.Mod, c.want, c.precision, c.mod)
		}
	}
	// a week across two months is the month of its Thursday, approximately
	for _, c := range []struct {
		week Date
		want string
	}{
		{Date{Y: 2016, Week: 22, Precision: "week"}, "2016-06"}, // May 30 - June 5
		{Date{Y: 2015, Week: 1, Precision: "week"}, "2015-01"},  // Dec 29 - Jan 4
	} {
		if ed, ok := (&timex{res: c.week}).eventDate(); !ok || ed.String() != c.want || ed.Mod != "approx" {
			t.Errorf("%v: %v %v; want %s approx", c.week, ed, ok, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	const ref = "2019-05-06" // a Monday
	cases := []dateCase{
		{"full date", "The attack happened on July 21, 2019 in Kirkuk.", ref, "July 21, 2019", "2019-07-21"},
		{"the day of a report", "The Nikkei closed down 6.4 percent for the day.", ref, "the day", "2019-05-06"},
		{"later in the day", "Shares rose, before declining later in the day.", ref, "the day", "2019-05-06"},
		{"day month year", "It was Wednesday, 25 July, 2018 - 05:00", ref, "Wednesday, 25 July, 2018", "2018-07-25"},
		{"abbreviated", "Wed 05 Apr 2017 Militants attacked", ref, "Wed 05 Apr 2017", "2017-04-05"},
		{"sept period", "On Sept. 3, 2018 a bomb exploded.", ref, "Sept. 3, 2018", "2018-09-03"},
		{"iso", "Posted 2019-07-21T10:00", ref, "2019-07-21", "2019-07-21"},
		{"numeric day first", "Report dated 21/07/2019.", ref, "21/07/2019", "2019-07-21"},
		{"numeric month first", "Report dated 7/21/2019.", ref, "7/21/2019", "2019-07-21"},
		{"month day past", "On May 4, ISIS claimed the attack.", ref, "May 4", "2019-05-04"},
		{"month day later in year is last year", "On July 23, gunmen stormed a building.", ref, "July 23", "2018-07-23"},
		{"month day no reference", "On July 23, gunmen stormed a building.", "", "July 23", "--07-23"},
		{"month year", "in March 2019 the caliphate fell", ref, "March 2019", "2019-03"},
		{"bare month past", "In February, militants struck.", ref, "February", "2019-02"},
		{"bare month after reference", "In September, militants struck.", ref, "September", "2018-09"},
		{"last month name", "One evening last September he came home.", ref, "last September", "2018-09"},
		{"mid month", "in mid-March near the village", ref, "mid-March", "2019-03"},
		{"late month", "told Rudaw in late April", ref, "late April", "2019-04"},
		{"weekday past", "Militants attacked on Tuesday.", ref, "Tuesday", "2019-04-30"},
		// holidays: the nearest occurrence in reach of the tense
		{"holiday eve", "A New Year's Eve party ended with five people in the hospital.", ref, "New Year's Eve", "2018-12-31"},
		{"holiday curly apostrophe", "He was shot on Mother’s Day.", ref, "Mother’s Day", "2018-05-13"},
		{"holiday movable", "He was killed on Easter Sunday.", ref, "Easter Sunday", "2019-04-21"},
		{"holiday last Monday", "He was killed on Memorial Day.", ref, "Memorial Day", "2018-05-28"},
		{"holiday future", "The parade will be held on Memorial Day.", ref, "Memorial Day", "2019-05-27"},
		{"holiday fourth", "Shots rang out during the Fourth of July fireworks.", ref, "Fourth of July", "2018-07-04"},
		{"holiday bare after on", "Police said the shooting happened on Thanksgiving night.", ref, "Thanksgiving", "2018-11-22"},
		{"holiday with year", "It happened on Christmas Day, 2014.", ref, "Christmas Day, 2014", "2014-12-25"},
		{"holiday no reference", "It happened on Christmas Eve.", "", "Christmas Eve", "--12-24"},
		{"holiday MLK", "at the Martin Luther King Jr. Day parade", ref, "Martin Luther King Jr. Day", "2019-01-21"},
		{"weekday future", "Elections will be held on Tuesday.", ref, "Tuesday", "2019-05-07"},
		{"yesterday", "A bomb exploded yesterday.", ref, "yesterday", "2019-05-05"},
		{"last year", "He died last year.", ref, "last year", "2018"},
		{"late last year", "a video published late last year", ref, "late last year", "2018"},
		{"earlier this month", "An explosion earlier this month killed two.", ref, "earlier this month", "2019-05"},
		{"earlier this year", "who escaped earlier this year", ref, "earlier this year", "2019"},
		{"last month", "a video released last month", ref, "last month", "2019-04"},
		{"this week", "This week, police arrested a judge.", ref, "This week", "2019-W19"},
		{"years ago", "He was kidnapped two years ago.", ref, "two years ago", "2017"},
		{"last summer", "an operation last summer", ref, "last summer", "2018-SU"},
		{"season year", "in summer 2018 the group", ref, "summer 2018", "2018-SU"},
		{"year", "the war ended in 2017, officials said", ref, "2017", "2017"},
		{"year in parentheses", "the Iran-Iraq war (1980-88)", ref, "1980", "1980"},
		{"present", "The group is now weaker.", ref, "now", "PRESENT_REF"},
		{"late in the day", "Shares rebounded late in the day after falling 250 points.", ref, "late in the day", "2019-05-06"},
		{"this morning", "Police said this morning that two men were held.", ref, "this morning", "2019-05-06TMO"},
		{"last quarter", "Profits rose 78 percent in the last quarter, officials said.", ref, "the last quarter", "2019-Q1"},
		{"this quarter", "Attacks fell this quarter.", ref, "this quarter", "2019-Q2"},
		{"quarter not yet come is last year's", "Attacks fell in the fourth quarter.", ref, "the fourth quarter", "2018-Q4"},
		{"consecutive day", "Trading was suspended for a second consecutive day.", ref, "a second consecutive day", "2019-05-06"},
		{"week in a row", "Stocks rose for the fourth week in a row.", ref, "the fourth week", "2019-W19"},
		{"the previous year with no year before", "Attacks doubled compared with the previous year.", ref, "the previous year", "2018"},
		{"the same period with nothing before", "Attacks doubled compared with the same period last year.", ref, "the same period last year", "2018"},
		{"apostrophe year", "the class of '98 met again", ref, "'98", "1998"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, val, ok := firstDate(t, c.text, c.ref)
			if !ok || text != c.wantText || val != c.want {
				t.Errorf("dates(%q) = %q %q; want %q %q", c.text, text, val, c.wantText, c.want)
			}
		})
	}
}

// TestNotDates lists what must not be read as a date.
func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"2019 fighters crossed the border.",
		"It was a quarter to nine at night.",
		"He fought for three years.",
		"Khaled, 54, was putting his feet up.",
		"a 23-year-old student",
		"They operate 24/7 across the region.",
		"Sun Microsystems was sold.",
		"Militants may return to the area.",
		"The troops march on the town.",
		"Highway 1 was closed.",
		"the 1,000 fighters",
		"He worked for the day shift at the plant.",
		"They spent the day of the attack at home.",
		"Apple unveils its iLife '11 software suite.",
		"Shares fell the day after falling 250 points.",
		"Police arrived the day after he died.",
		"Christmas shopping was slow.",
		"New Year's resolutions are hard to keep.",
		"He lived on Easter Road.",
		"Thanksgiving is a time for family.",
		// a model year after an owner or an article
		"He was found driving Holt's 1998 silver Ford Taurus.",
		"The suspect fled in a 2005 Honda Civic.",
	} {
		if txt, val, ok := firstDate(t, text, "2019-05-06"); ok {
			t.Errorf("dates(%q) = %q %q; want none", text, txt, val)
		}
	}
}

// TestAnaphoricDates resolves "a day earlier" against the previous date.
func TestAnaphoricDates(t *testing.T) {
	d := NewDocument("On May 4, ISIS claimed its unit had wounded a mukhtar a day earlier. Ten days later his body was found.")
	txs := findDates(d)
	resolveDates(txs, Date{Y: 2019, M: 5, D: 6, Precision: "day"})
	var got []string
	for _, tx := range txs {
		got = append(got, tx.value())
	}
	want := []string{"2019-05-04", "2019-05-03", "2019-05-13"}
	if len(got) != len(want) {
		t.Fatalf("got %v; want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("date %d = %s; want %s", i, got[i], want[i])
		}
	}
}

// TestContextDates resolves expressions that lean on the date last spoken of.
func TestContextDates(t *testing.T) {
	cases := []struct{ text, want string }{
		// "the year before" is the year before the one just named, not before publication
		{"Ford cut its costs in 2009, $19.8 billion less than the year previous.", "2009 2008"},
		{"He moved into a house hit by an airstrike in 2016 and left the year before the war ended.", "2016 2015"},
		// "the same period last year" repeats the period just named, a year back
		{"Sales rose 43% in February compared to the same period last year.", "2019-02 2018-02"},
		{"Car sales fell 35% in January, compared to the same month a year ago.", "2019-01 2018-01"},
		{"Profits doubled in the first quarter of 2018 against the same quarter of the previous year.", "2018-Q1 2017-Q1"},
		{"It lost $2 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.", "2005-Q4 2005"},
	}
	for _, c := range cases {
		d := NewDocument(c.text)
		txs := findDates(d)
		resolveDates(txs, Date{Y: 2019, M: 5, D: 6, Precision: "day"})
		var got []string
		for _, tx := range txs {
			got = append(got, tx.value())
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("dates(%q) = %v; want %s", c.text, got, c.want)
		}
	}
}

func TestPublication(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text, meta, want, source string
	}{
		{"metadata wins", "Published: July 21, 2019\nText.", "2019-01-02", "2019-01-02", "metadata"},
		{"byline", "Headline\nBy A. Writer | The Post | Published: July 21, 2019\n\nQAIM, Iraq — Text on May 3.", "", "2019-07-21", "text"},
		{"dated line", "Headline\n\nWednesday, 25 July, 2018 - 05:00\nText about June 17.", "", "2018-07-25", "text"},
		{"opening date", "Sun 22 Feb 2015 Suicide bomber kills 4 in town.", "", "2015-02-22", "text"},
		{"byline word, text runs on", "Published August 15 2016 SEND A Syrian man carries metal on a street.", "", "2016-08-15", "text"},
		{"glued day and year", "Last updated at Apr 152017 A suicide car bomb attack on buses killed 43 people.", "", "2017-04-15", "text"},
		{"date of publication", "Date of publication 7 July 2016 Video More than 33 people were killed.", "", "2016-07-07", "text"},
		{"weekday month day year", "Thu Sep 5 2013 Car bomb kills four in Damascus.", "", "2013-09-05", "text"},
		{"a date in the story is no byline", "Militants attacked the town. Published reports on July 21, 2019 said five died.", "", "2019-07-21", "inferred"},
		{"inferred", "Militants attacked on March 7. Photo taken on April 11, 2019 by a villager.", "", "2019-04-11", "inferred"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := x.Extract(Article{ID: "a", Text: c.text, Published: c.meta})
			if r.Article.Published == nil || r.Article.Published.Value != c.want || r.Article.Published.Source != c.source {
				t.Errorf("published(%q) = %+v; want %s (%s)", c.text, r.Article.Published, c.want, c.source)
			}
		})
	}
	r := x.Extract(Article{ID: "a", Text: "Gunmen attacked a checkpoint on Tuesday."})
	if r.Article.Published != nil {
		t.Errorf("published with no date anywhere = %+v; want null", r.Article.Published)
	}
}
