package extract

import (
	"strings"
	"testing"
)

func actorIDs(t *testing.T, text string) []string {
	t.Helper()
	x := testExtractor(t)
	d := NewDocument(text)
	var out []string
	for _, m := range x.findActors(d, "IQ") {
		if !m.disguise {
			out = append(out, m.id)
		}
	}
	return out
}

func TestActorAliases(t *testing.T) {
	cases := []struct{ text, want string }{
		{"ISIS claimed the attack.", "islamic-state"},
		{"IS fighters attacked.", "islamic-state"},
		{"Daesh militants fled.", "islamic-state"},
		{"ISIL said so.", "islamic-state"},
		{"The Islamic State group claimed it.", "islamic-state"},
		{"Six Hashd al-Shaabi militiamen were killed.", "popular-mobilization-forces"},
		{"The PMF said.", "popular-mobilization-forces"},
		{"Kataib Hezbollah denied it.", "kataib-hezbollah"},
		{"Federal police arrested him.", "iraqi-federal-police"},
		{"Syrian Democratic Forces advanced.", "syrian-democratic-forces"},
		{"Al-Nusra Front fighters attacked.", "hayat-tahrir-al-sham"},
		{"Unidentified gunmen opened fire.", "unknown"},
		{"The mukhtar was shot.", "community-leaders"},
		{"police said", "iraqi-police"},
	}
	for _, c := range cases {
		if got := actorIDs(t, c.text); len(got) == 0 || got[0] != c.want {
			t.Errorf("actors(%q) = %v; want %s first", c.text, got, c.want)
		}
	}
}

func TestActorCase(t *testing.T) {
	for _, text := range []string{
		"This is what it is.",             // "is" lowercase
		"ISIS REMNANTS IS STILL A THREAT", // "IS" in an all-capital line
	} {
		for _, id := range actorIDs(t, text) {
			if id == "islamic-state" && !strings.Contains(text, "ISIS") {
				t.Errorf("actors(%q) found islamic-state", text)
			}
		}
		if text == "ISIS REMNANTS IS STILL A THREAT" {
			if got := actorIDs(t, text); len(got) != 1 {
				t.Errorf("actors(%q) = %v; want only ISIS", text, got)
			}
		}
	}
}

func TestRoles(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text   string
		perp, target []string
	}{
		{"active", "ISIS ambushed a bus of Hashd al-Shaabi militiamen in Makhmour, killing six.", []string{"islamic-state"}, []string{"popular-mobilization-forces"}},
		{"passive by", "Three men were kidnapped by ISIS militants disguised as policemen on June 17.", []string{"islamic-state"}, []string{"civilians"}},
		{"blamed", "Gunmen stormed a government building in Erbil on July 23, killing a guard. The attack was blamed on IS.", []string{"islamic-state"}, nil},
		{"arrest", "Iraqi security forces arrested five suspected Islamic State members in Mosul on Monday.", []string{"iraqi-security-forces"}, []string{"islamic-state"}},
		{"claimed", "A suicide bomber killed five people in Tuz Khurmatu on Saturday. The Islamic State group claimed the attack.", []string{"islamic-state"}, []string{"civilians"}},
		{"by an X weapon", "Three people were killed by an Islamic State drone strike in Mosul.", []string{"islamic-state"}, nil},
		{"clashes with X", "A tribal fighter was killed in confrontations with Islamic State members near Kirkuk.", []string{"islamic-state"}, []string{"tribal-hashd"}},
		{"members of X as subject", "Members of the Islamic State stormed a village near Kirkuk, killing five.", []string{"islamic-state"}, nil},
		{"a member of X", "Gunmen assassinated a member of the Syrian Democratic Forces in Raqqa.", []string{"unknown"}, []string{"syrian-democratic-forces"}},
		{"a claim by a former name", "Four contractors were killed in a road attack in Baghdad. Abu Musab al-Zarqawi's group, Tawhid and Jihad, has claimed responsibility for the attack.", []string{"al-qaeda-in-iraq"}, nil},
		{"frequented by X", "A suicide bomber struck a restaurant frequented by Iraqi soldiers in Hit, killing six.", []string{"unknown"}, nil},
		{"controlled by X", "A bomb wounded five people near a hospital in Raqqa, controlled by the SDF.", nil, nil},
		{"the source is no target", "A man was shot outside a store in Mosul on Monday, police said.", nil, []string{}},
		{"victims counted in a later sentence", "Gunmen attacked a checkpoint in Kirkuk on Monday, killing two soldiers. Officials said one civilian was also wounded.", []string{"unknown"}, []string{"iraqi-army", "civilians"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// published in 2005: no suspect rule applies, the roles are the text's
			r := x.Extract(Article{ID: "a", Text: c.text, Published: "2005-07-25"})
			if len(r.Events) != 1 {
				t.Fatalf("events = %d; want 1", len(r.Events))
			}
			var perp, target []string
			for _, a := range r.Events[0].Actors {
				switch a.Role {
				case "perpetrator":
					perp = append(perp, a.ID)
				case "target":
					target = append(target, a.ID)
				}
			}
			if strings.Join(perp, ",") != strings.Join(c.perp, ",") {
				t.Errorf("perpetrators(%q) = %v; want %v", c.text, perp, c.perp)
			}
			if c.target != nil && strings.Join(target, ",") != strings.Join(c.target, ",") {
				t.Errorf("targets(%q) = %v; want %v", c.text, target, c.target)
			}
		})
	}
}
