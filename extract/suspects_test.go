package extract

import (
	"strings"
	"testing"
)

// TestSuspects: the embedded rules attribute, as suspected, incidents that
// name no perpetrator in Iraq since 2014 and in eastern Syria, and nothing
// else: not a stated perpetrator's incident, not an arrest, not another
// period or province, not an incident with no country.
func TestSuspects(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text, published, want string
	}{
		{"Iraqi bombing, 2017", "A roadside bomb killed two soldiers near Tikrit on Monday.", "2017-05-06", "islamic-state"},
		{"unidentified gunmen are no attribution", "Unidentified gunmen shot dead a mukhtar in Kirkuk on Monday.", "2018-02-06", "islamic-state"},
		{"eastern Syria", "A car bomb killed five people in Raqqa on Monday.", "2018-02-06", "islamic-state"},
		{"event date over publication date", "A roadside bomb killed two soldiers near Tikrit on 3 March 2010.", "2017-05-06", ""},
		{"before the rule's period", "A roadside bomb killed two soldiers near Tikrit on Monday.", "2010-05-06", ""},
		{"Idlib is not eastern Syria", "A car bomb killed five people in Idlib on Monday.", "2018-02-06", ""},
		{"arrests are not attacks", "Police arrested five suspects in Tikrit on Monday.", "2017-05-06", ""},
		{"no country", "A roadside bomb killed two soldiers on Monday.", "2017-05-06", ""},
		{"no place, but the victims' nationality", "A series of suicide bombings killed 11 Iraqis on Monday.", "2016-08-07", "islamic-state"},
		{"another country", "A roadside bomb killed two soldiers near Kandahar on Monday.", "2017-05-06", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := x.Extract(Article{ID: "a", Text: c.text, Published: c.published})
			if len(r.Events) == 0 {
				t.Fatalf("no event in %q", c.text)
			}
			got := ""
			for _, a := range r.Events[0].Actors {
				if strings.HasPrefix(a.Rule, "suspects:") {
					if a.Role != "perpetrator" || a.Text != "" || !strings.HasPrefix(a.Note, "suspected") {
						t.Errorf("suspect %+v: want role perpetrator, no text, note suspected", a)
					}
					got = a.ID
				}
			}
			if got != c.want {
				t.Errorf("suspect = %q; want %q (actors %+v)", got, c.want, r.Events[0].Actors)
			}
		})
	}
	// a stated perpetrator wins
	r := x.Extract(Article{ID: "b", Published: "2017-05-06", Text: "The PKK claimed a roadside bomb that killed two soldiers near Tikrit on Monday."})
	for _, a := range r.Events[0].Actors {
		if strings.HasPrefix(a.Rule, "suspects:") {
			t.Errorf("suspect %s added beside a stated perpetrator: %+v", a.ID, r.Events[0].Actors)
		}
	}
}

// TestSuspectFileErrors: a suspects: list is checked like attack rules, and an
// actor the dictionary lacks is refused when the extractor is built.
func TestSuspectFileErrors(t *testing.T) {
	r, err := DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	bad := `suspects:
- id: s1
  actor: pkk
  countries: [Turkey]
  from: 2015
  until: 2019
- id: s2
  actor: pkk
  countries: [TR]
  from: 2015
  types: [bombs]
- id: s3
  actor: pkk
  countries: [TR]
  from: 2019-13
  until: 2015
  colour: red
`
	err = r.AddYAML("user.yaml", []byte(bad))
	if err == nil {
		t.Fatal("bad suspects accepted")
	}
	for _, want := range []string{
		`user.yaml:4: bad country "Turkey"`,
		`user.yaml:7: suspect rule s2 needs from and until`,
		`user.yaml:11: unknown type "bombs"`,
		`user.yaml:15: bad from "2019-13"`,
		`user.yaml:17: unknown key "colour" (known: actor, admin1, countries, from, id, note, types, until)`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%v", want, err)
		}
	}
	// an unknown actor is caught by New, with the rule's file and line
	r, _ = DefaultRules()
	if err := r.AddYAML("user.yaml", []byte("suspects:\n- {id: s, actor: isis, countries: [IQ], from: 2014, until: 2015}\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := New(WithRules(r)); err == nil || !strings.Contains(err.Error(), `user.yaml:2: suspect rule s: unknown actor "isis"`) {
		t.Errorf("unknown actor: %v", err)
	}
	// a user rule with the same id replaces the embedded one
	r, _ = DefaultRules()
	if err := r.AddYAML("user.yaml", []byte("suspects:\n- {id: islamic-state-iraq, actor: islamic-state, countries: [IQ], from: 1900, until: 1900}\n")); err != nil {
		t.Fatal(err)
	}
	x, err := New(WithRules(r))
	if err != nil {
		t.Fatal(err)
	}
	rec := x.Extract(Article{ID: "a", Published: "2017-05-06", Text: "A roadside bomb killed two soldiers near Tikrit on Monday."})
	for _, a := range rec.Events[0].Actors {
		if a.Rule == "suspects:islamic-state-iraq" {
			t.Errorf("switched-off rule still applied: %+v", a)
		}
	}
}
