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
