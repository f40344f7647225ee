package extract

import "testing"

// TestNotIncidents lists sentences that must not yield an event.
func TestNotIncidents(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"ISIS routinely claims attacks on mukhtars and tribal chiefs.",
		"Daesh could control this place within six months to a year.",
		"Last month saw at least 83 cases of kidnap, murder or both in the three provinces.",
		"Iraq has seen an increase in kidnappings and killings since the election.",
		"No group claimed responsibility for the attack.",
		"Soldiers seized two suicide vests and ammunition.",
		"They can't send a car bomb into a city.",
		"The militants could launch new suicide bombings in cities, the report warned.",
		"Ankara has carried out dozens of air strikes against PKK positions this year.",
	} {
		r := x.Extract(Article{ID: "a", Text: text, Published: "2019-05-06"})
		if len(r.Events) > 0 {
			t.Errorf("events(%q) = %s %q; want none", text, r.Events[0].Type, r.Events[0].Rule)
		}
	}
}

// TestOneIncident checks merging across sentences and splitting of two.
func TestOneIncident(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r := x.Extract(Article{ID: "a", Published: "2018-07-25", Text: "In one incident on June 17, three men were kidnapped by ISIS militants at a checkpoint. Ten days later their mutilated corpses were discovered."})
	if len(r.Events) != 1 || r.Events[0].Casualties.Kidnapped == nil || *r.Events[0].Casualties.Kidnapped != 3 ||
		r.Events[0].Casualties.Killed == nil || *r.Events[0].Casualties.Killed != 3 {
		t.Errorf("kidnapping then bodies found = %+v; want one kidnapping, 3 kidnapped, 3 killed", r.Events)
	}
	r = x.Extract(Article{ID: "b", Published: "2019-05-28", Text: "Militants ambushed a convoy near Beiji on Sunday, killing four fighters. The next day, a roadside bomb exploded in Shirqat, injuring two more fighters."})
	if len(r.Events) != 2 || r.Events[1].Date == nil || r.Events[1].Date.Value != "2019-05-27" {
		t.Errorf("two incidents = %d events; want 2, the second on 2019-05-27", len(r.Events))
	}
}

// TestEventContext checks where an incident takes its date, place and
// perpetrator from when its own sentence does not say.
func TestEventContext(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, title, text       string
		date, place, perp, note string
	}{
		{name: "date from the next sentence",
			text: "A man was shot and killed outside a bar, police said. The shooting happened late Saturday.",
			date: "2019-05-04"},
		{name: "the Iraqi capital",
			text:  "A car bomb killed 12 people in a market in the Iraqi capital on Monday.",
			place: "geonames:98182"},
		{name: "province narrowed to the dateline city",
			text:  "KIRKUK, Iraq — A roadside bomb killed two soldiers in Kirkuk province on Monday.",
			place: "geonames:94787"},
		{name: "title names the city",
			title: "Two shot dead in Mosul market", text: "Gunmen shot dead two shopkeepers on Monday, police said.",
			place: "geonames:99072"},
		{name: "the only armed group of the article",
			text: "A roadside bomb killed two soldiers near Tikrit on Monday. Islamic State remnants remain active in the area.",
			perp: "islamic-state", note: "the only armed group the article names"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := x.Extract(Article{ID: "a", Title: c.title, Text: c.text, Published: "2019-05-06"})
			if len(r.Events) == 0 {
				t.Fatalf("no event in %q", c.text)
			}
			e := r.Events[0]
			if c.date != "" && (e.Date == nil || e.Date.Value != c.date) {
				t.Errorf("date = %+v; want %s", e.Date, c.date)
			}
			if c.place != "" && (e.Place == nil || e.Place.ID != c.place) {
				t.Errorf("place = %+v; want %s", e.Place, c.place)
			}
			if c.perp != "" {
				found := false
				for _, a := range e.Actors {
					if a.Role == "perpetrator" && a.ID == c.perp && a.Note == c.note {
						found = true
					}
				}
				if !found {
					t.Errorf("actors = %+v; want perpetrator %s (%s)", e.Actors, c.perp, c.note)
				}
			}
		})
	}
	// two armed groups: no guess
	r := x.Extract(Article{ID: "b", Published: "2019-05-06", Text: "A roadside bomb killed two soldiers near Tikrit on Monday. Islamic State and al-Qaeda both operate in the area."})
	for _, a := range r.Events[0].Actors {
		if a.Role == "perpetrator" {
			t.Errorf("perpetrator %s guessed among two groups", a.ID)
		}
	}
}
