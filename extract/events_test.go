package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestNotIncidents lists sentences that must not yield an event.
func TestNotIncidents(t *testing.T) {
	x := testExtractor(t)
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
		"A series of car bombings has shaken the capital in recent months.",
		"Hundreds have been killed in the fighting.",
	} {
		r := x.Extract(Article{ID: "a", Text: text, Published: "2019-05-06"})
		if len(r.Events) > 0 {
			t.Errorf("events(%q) = %s %q; want none", text, r.Events[0].Type, r.Events[0].Rule)
		}
	}
}

// TestHedgeInName: a hedge word capitalised inside a name ("Global Risk
// Strategies") hedges nothing; lowercased, it does.
func TestHedgeInName(t *testing.T) {
	x := testExtractor(t)
	for text, want := range map[string]int{
		"Two contractors for Global Risk Strategies were killed in Mosul.": 1,
		"Two contractors who risk attack were killed in Mosul.":            0,
		// "if" before a definite incident noun asks how it happened, not whether
		"Police are waiting on tests to determine if the shooting death of a 17-year-old was an accident.": 1,
		"Investigators have not revealed if the teen shot himself.":                                        0,
	} {
		if r := x.Extract(Article{ID: "a", Text: text, Published: "2019-05-06"}); len(r.Events) != want {
			t.Errorf("events(%q) = %d; want %d", text, len(r.Events), want)
		}
	}
}

// TestCoordinatedAttack: "a series of car bombs" with its own toll is one
// incident of that type, not a statistic.
func TestCoordinatedAttack(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "a", Published: "2013-02-17", Text: "A series of car bombs struck the Iraqi capital, killing at least 37 and injuring more than 130 others."})
	if len(r.Events) != 1 || r.Events[0].Type != "car_bomb" {
		t.Fatalf("events = %+v; want one car_bomb", r.Events)
	}
}

// TestEventTypes checks types set from more than a trigger word: a vehicle
// that blew up, a later sentence that tells how a bombing was done.
func TestEventTypes(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"A car parked in central Tikrit exploded, killing two and injuring two others.", "car_bomb"},
		{"A small truck, reportedly rigged with 1,000 kg of explosives, was detonated near two hospitals, killing 30.", "car_bomb"},
		{"In the morning, the car exploded at the entrance of the city, killing two victims.", "car_bomb"},
		{"A Humvee packed with explosives was driven at paramilitary forces and detonated, killing four.", "car_bomb"},
		{"ISIS used three suicide car bombs in the attack, which killed two officers.", "suicide_bombing"},
		{"A police car was hit when a bomb exploded on the road, killing two.", "bombing"},
		{"A member of the security forces was found dead and beheaded in a market.", "execution"},
		{"A series of car bombs targeted the Iraqi capital, with a hospital and a market among the targets hit. A total of 18 people were killed and 52 others injured in the blasts.", "car_bomb"},
		{"A bomb exploded near a passing car, killing two.", "bombing"},
		{"Two soldiers in a truck were killed by an explosion on Monday.", "bombing"},
		{"At least 7 people were killed after an explosion near a military checkpoint. Government officials blamed the attack on a suicide bomber.", "suicide_bombing"},
		// a blast the next sentence says was a missile or an air raid
		{"Two explosions struck the university campus, killing 82. State TV accused rebels of launching a missile at the area.", "shelling"},
		{"An explosion hit a market in Idlib, killing nine. Activists blamed the blast on an airstrike.", "airstrike"},
		// a bomb named stays a bombing
		{"A bomb exploded in a market in Idlib, killing nine. Activists accused the rebels of firing rockets.", "bombing"},
		// what goes off unnamed is a gun; a bomb that goes off is named
		{"He was handling a handgun when it went off, killing him.", "shooting"},
		{"The boy was playing with the gun when it accidentally went off, hitting his cousin, 9.", "shooting"},
		{"When gunfire exploded at dusk in the Kelvyn Park neighborhood it killed a 21-year-old man.", "shooting"},
		{"A bomb went off in a crowded market in Baquba, killing five.", "bombing"},
		// no trigger, but the count says gunfire
		{"The trigger was accidentally pulled with the round striking the victim.", "shooting"},
		// a vague toll its sentence places or dates is an incident
		{"Several people were killed in Kirkuk on Monday.", "attack"},
		// an insurgent attack in which others were arrested is no arrest
		{"Islamic State militants launched an attack on SDF forces in Baghuz, in which 16 people were killed and 21 others were arrested.", "attack"},
	} {
		r := x.Extract(Article{ID: "a", Published: "2016-05-11", Text: c.text})
		if len(r.Events) != 1 || r.Events[0].Type != c.want {
			t.Errorf("%q: events %+v; want one %s", c.text, r.Events, c.want)
		}
	}
}

// TestCaptors: people an insurgent group captures are kidnapped; people
// security forces capture, or the sentence does not say who, are arrested.
func TestCaptors(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, typ, kind string }{ // typ "": not checked
		{"ISIS militants captured five soldiers near Kirkuk.", "kidnapping", "kidnapped"},
		{"Five soldiers were captured by ISIS militants near Kirkuk.", "kidnapping", "kidnapped"},
		// hostages make a raid a kidnapping, as in GTD's attack-type hierarchy
		{"ISIS militants stormed a village near Kirkuk, killing two people and capturing five others.", "kidnapping", "kidnapped"},
		{"Gunmen stormed a house in Baquba, killing two and kidnapping five.", "kidnapping", "kidnapped"},
		// arrests the sentence does not give to the insurgents stay arrests
		{"Islamic State militants launched an attack on SDF forces in Baghuz, in which 16 people were killed and 5 others were arrested.", "attack", "arrested"},
		{"Security forces captured five ISIS militants near Kirkuk.", "arrest", "arrested"},
		{"Iraqi forces arrested five ISIS members in Mosul.", "arrest", "arrested"},
		// seizing and rounding up people is capture too
		{"ISIS militants seized five engineers near Kirkuk.", "kidnapping", "kidnapped"},
		{"ISIS rounded up five men in Hawija.", "kidnapping", "kidnapped"},
		{"Iraqi forces rounded up five suspects in Mosul.", "arrest", "arrested"},
		{"Gunmen took five people hostage at a bank in Kirkuk.", "kidnapping", "kidnapped"},
	} {
		r := x.Extract(Article{ID: "a", Published: "2019-05-06", Text: c.text})
		if len(r.Events) != 1 || c.typ != "" && r.Events[0].Type != c.typ {
			t.Errorf("%q: events %+v; want one %s", c.text, r.Events, c.typ)
			continue
		}
		if v := r.Events[0].Casualties.Get(c.kind); v == nil || *v != 5 {
			t.Errorf("%q: casualties %+v; want 5 %s", c.text, r.Events[0].Casualties, c.kind)
		}
	}
}

// TestOneIncident checks merging across sentences and splitting of two.
// TestClauseIncidents: a sentence that lists incidents clause by clause,
// each with its own figure and place, tells one incident per clause, by the
// clause's own trigger; a victim's later whereabouts, a quarter of the same
// city and a figure with no subject of its own do not split it.
func TestClauseIncidents(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "c", Published: "2015-11-30", Text: "A man was shot dead in Dayton on Monday. Earlier this month, a 2-year-old boy shot himself in Columbus, " +
		"a 12-year-old boy shot his brother in Toledo and a 6-year-old girl was shot in Akron."})
	var got []string
	for _, e := range r.Events {
		if e.Place != nil {
			got = append(got, e.Place.Name)
		}
	}
	if want := []string{"Dayton", "Columbus", "Toledo", "Akron"}; !slices.Equal(got, want) || !oneWounded(r.Events[1:]) {
		t.Errorf("a list of three earlier shootings: places %v, events %+v; want %v, one wounded each after the first", got, r.Events, want)
	}
	r = x.Extract(Article{ID: "c", Published: "2015-11-30", Text: "A bomb killed two people in Baghdad on Monday, and a gunman shot three soldiers in Mosul."})
	if len(r.Events) != 2 || r.Events[0].Type != "bombing" || r.Events[1].Type != "shooting" {
		t.Errorf("a bombing and a shooting in one sentence = %+v; want a bombing, then a shooting", r.Events)
	} else if a, b := r.Events[0].Evidence.Text, r.Events[1].Evidence.Text; a != "A bomb killed two people in Baghdad on Monday" || b != "a gunman shot three soldiers in Mosul." {
		t.Errorf("evidence = %q, %q; want each clause's words", a, b)
	}
	for text, want := range map[string][2]int{
		"A man was shot in Dayton on Monday and was found dead in Columbus.":                                                         {1, noCount},
		"Four employees (two Americans and two Poles) of the US company were killed and two others injured in an attack in Baghdad.": {4, 2},
		"A car bomb killed five people in Baghdad on Monday, and a second bomb wounded three in its Karrada district.":               {5, 3},
	} {
		if r := x.Extract(Article{ID: "c", Published: "2015-11-30", Text: text}); !oneEventWith(r, want[0], want[1]) {
			t.Errorf("%q = %+v; want one event, %d killed, %d wounded", text, r.Events, want[0], want[1])
		}
	}
}

func oneWounded(evs []Event) bool {
	for _, e := range evs {
		if e.Casualties.Wounded == nil || *e.Casualties.Wounded != 1 || e.Casualties.Killed != nil {
			return false
		}
	}
	return true
}

func TestOneIncident(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "a", Published: "2018-07-25", Text: "In one incident on June 17, three men were kidnapped by ISIS militants at a checkpoint. Ten days later their mutilated corpses were discovered."})
	if len(r.Events) != 1 || r.Events[0].Casualties.Kidnapped == nil || *r.Events[0].Casualties.Kidnapped != 3 ||
		r.Events[0].Casualties.Killed == nil || *r.Events[0].Casualties.Killed != 3 {
		t.Errorf("kidnapping then bodies found = %+v; want one kidnapping, 3 kidnapped, 3 killed", r.Events)
	}
	// "including" a place's people is no victim named before: two incidents
	if r := x.Extract(Article{ID: "i", Published: "2018-07-25", Text: "Gunmen shot dead Ali Hassan in Mosul on Monday. Hassan was a local official. He had received threats. " +
		"A bomb exploded in a market, killing six people, including Mosul police officers."}); len(r.Events) != 2 {
		t.Errorf("a shooting, then a bombing including Mosul police officers = %+v; want two events", r.Events)
	}
	// one more shot who survived; the wounded a count already gives include them
	for text, want := range map[string][2]int{
		"Iris Rodriguez, 7, was shot and killed Wednesday while walking with her mother. Her mother was also shot, but survived.": {1, 1},
		"The shooting left a 6-year-old dead and his father wounded on Tuesday. The father was also shot in the arm.":             {1, 1},
		// the dead introduced as other people than the shot
		"A 6-year-old girl was grazed by a bullet and a 22-year-old relative was shot dead on Thursday.": {1, 1},
		"Two men were shot and a woman was killed on Monday.":                                            {1, 2},
		// a survivor told a few sentences on, with no attack, place or day of its own
		"A suspect was sought Saturday in the shooting deaths of four people in Columbus. Officers found the bodies of two men and two women. \"It's a pretty ugly scene inside,\" a sergeant said. Police have not disclosed a motive. An injured woman was found outside the house when police arrived.": {4, 1},
		"Five people were shot on Monday, one fatally.": {1, 4},
		// a toll that includes a victim the incident before named, however
		// many sentences told of them between
		"Sgt. Christopher Prather was hurt in the shooting at the Fort Lauderdale airport on Friday. Prather works at a base in Texas. He was assigned there in 2011. Officials say a gunman opened fire on passengers, killing five and wounding six others, including Prather.": {5, 6},
		// one of the hurt told before died: the dead are some of them
		"Police are investigating a shooting that left four injured Saturday morning. One of the victims who was shot in the head later died.": {1, 3},
		// an ordinal victim taken to hospital is one more than those told
		"Investigators confirm three people died in a shooting at a club on Saturday. A fourth victim was taken by personal vehicle to a hospital.": {3, 1},
		// others than the one told before, in a sentence of their own
		"A 10-year-old boy was rushed to a hospital on Saturday after a stray bullet hit him. Meanwhile, three others showed up at a local hospital with gunshot wounds.": {noCount, 4},
		// one more struck "also", though the verb is another attack's
		"The two-year-old fatally shot in a minivan on Friday lived in St. Paul. The boy was identified by the medical examiner Sunday night. " +
			"After being shot in the chest, the boy was taken to a hospital, where he was pronounced dead. A 15-month-old in the minivan was also struck but suffered minor injuries.": {1, 1},
		// a detail telling the attack by another of its triggers besides a new one
		"A roadside bomb killed two soldiers near a bridge on Monday. The convoy came under mortar fire before a second device exploded. Three others were hurt.": {2, 3},
		// a shooter who kills himself is none of those he shot
		"On Sunday her father shot her and her mother before killing himself.": {1, 2},
		"On Sunday he shot his wife before turning the gun on himself.":        {1, 1},
		// the shooter dead is none of the others shot
		"A deputy was shot on Saturday, resulting in a standoff. The standoff ended when the suspect died from a self-inflicted gunshot wound.": {1, 1},
		"Two men were shot on Monday. The suspect died.": {1, 1},
		// a list a sentence tells after one verb stands against a smaller
		// figure told after it
		"A man was shot and killed early Thursday. Ellis, 44, was shot along with three others at a bus stop. " +
			"A 59-year-old man, a 49-year-old woman and a 53-year-old man suffered gunshot wounds to the leg but are expected to survive.": {1, 3},
		// a lead told twice, as a story's summary over its text
		"A pair of gunmen shot six people at a party early Saturday. A pair of gunmen shot six people, one fatally, at a party early Saturday, trapping partygoers in a crossfire.": {1, 5},
		// "he died" a day later, a few sentences on: the victim just told
		"A 15-year-old boy was shot while walking across a street in Santa Ana on Saturday night. " +
			"They received calls around 11:51 p.m. regarding the shooting. When officers arrived, they found him on the ground. " +
			"According to a GoFundMe page, he died sometime Sunday.": {1, noCount},
		// an earlier incident the story sets it beside is no incident of its own
		"Three people were wounded in a shooting near a vigil in Oakland on Tuesday. The shooting came after an attack early Sunday at a nightclub in Florida left 49 people dead.": {noCount, 3},
		"An officer was shot during a traffic stop on Monday. The shooting follows recent ambush-style attacks against police in Dallas, where five officers died.":                 {noCount, 1},
	} {
		r = x.Extract(Article{ID: "b", Published: "2016-06-02", Text: text})
		if !oneEventWith(r, want[0], want[1]) {
			t.Errorf("%q = %+v; want one event, %d killed, %d wounded", text, r.Events, want[0], want[1])
		}
	}
	// "Another seven" adds to the toll just told
	r = x.Extract(Article{ID: "b", Published: "2016-11-13", Text: "At least 15 SDF fighters were killed on Saturday in an Islamic State attack near Raqqa. Another seven SDF fighters were killed in the attack."})
	if len(r.Events) != 1 || r.Events[0].Casualties.Killed == nil || *r.Events[0].Casualties.Killed != 22 {
		t.Errorf("another seven = %+v; want one event with 22 killed", r.Events)
	}
	// the incident goes on past its first sentences while no new place or day
	// is named
	r = x.Extract(Article{ID: "b", Published: "2015-07-08", Text: "Three people have died in a shooting in west Baltimore. " +
		"Police said the shooting was reported shortly after 10:30 p.m. Tuesday. Witnesses said two men got out of a van and started shooting into a crowd. " +
		"Police said a man and a woman were taken to a hospital, where they later died. Another man was pronounced dead at the scene. " +
		"Another woman who was shot in the leg went to a hospital."})
	if !oneEventWith(r, 3, 1) {
		t.Errorf("an incident told over six sentences = %+v; want one event, 3 killed, 1 wounded", r.Events)
	}
	// the victim named again after a long aside: one incident, one wounded
	r = x.Extract(Article{ID: "c", Published: "2019-05-06", Text: "Gunmen stormed the house and shot Karim in the head. His mother screamed. The neighbours came. " +
		"The bullet went through his eye. The shooter fled the scene. Karim was rushed to hospital and survived."})
	if !oneEventWith(r, anyCount, 1) {
		t.Errorf("named victim again = %+v; want one event with 1 wounded", r.Events)
	}
	// another name far on is not the same victim
	r = x.Extract(Article{ID: "d", Published: "2019-05-06", Text: "Gunmen stormed the house and shot Karim in the head. His mother screamed. The neighbours came. " +
		"The bullet went through his eye. The shooter fled the scene. Ahmed was rushed to hospital and survived."})
	if len(r.Events) == 1 && r.Events[0].Casualties.Wounded != nil && *r.Events[0].Casualties.Wounded == 1 && strings.Contains(r.Events[0].Evidence.Text, "Ahmed") {
		t.Errorf("another name far on merged into the incident: %+v", r.Events)
	}
	// a later sentence's "also killed" adds to the toll; a restated toll does not
	for _, c := range []struct {
		text string
		want int
	}{
		{"Seven border guards were killed in an ambush by Islamic State near Rutbah. Two drivers were also killed in the attack.", 9},
		{"Seven border guards were killed in an ambush by Islamic State near Rutbah. The attack killed seven guards, officials said.", 7},
		{"Elijah Jackson was killed in the gunfire Friday night. Shakur Franklin also died from injuries sustained in the shooting.", 2},
		// the perpetrator's own toll does not replace the one reported
		{"A car bomb killed at least 100 people in Khan Bani Saad. Islamic State claimed responsibility and said 180 people were killed.", 100},
		// the one death told again with its day, a few sentences on
		{"Mesa County authorities have arrested a boy in the shooting death of another 15-year-old. The arrest was announced Wednesday. He faces a count of manslaughter. The victim was also 15. He died Sunday of a single gunshot wound.", 1},
		// a country named for whose forces they are is not a second place
		{"A suicide bomber killed 19 people in Manbij. US military announced four US personnel were among the dead, 3 US service members were also wounded.", 19},
	} {
		r = x.Extract(Article{ID: "e", Published: "2019-05-06", Text: c.text})
		if !oneEventWith(r, c.want, anyCount) {
			t.Errorf("%q = %+v; want one event with %d killed", c.text, r.Events, c.want)
		}
	}
	// a day inside the month an earlier sentence gave is the same incident
	r = x.Extract(Article{ID: "f", Published: "2015-01-20", Text: "A boy is dead from an accidental shooting earlier this month near Baconton. Jackson O'Quinn died Sunday at a hospital."})
	if len(r.Events) != 1 || r.Events[0].Date == nil || r.Events[0].Date.Value != "2015-01-18" {
		t.Errorf("this month, then Sunday = %+v; want one event on 2015-01-18", r.Events)
	}
	// the same figure of other people is no sign of the same incident
	r = x.Extract(Article{ID: "c", Published: "2014-01-17", Text: "Jackson kidnapped a woman and her two children and killed a man at the house. He opened fire, wounding two federal agents."})
	if len(r.Events) != 2 || r.Events[0].Casualties.Wounded != nil {
		t.Errorf("two kidnapped, then two wounded = %+v; want 2 events, the first with no wounded", r.Events)
	}
	r = x.Extract(Article{ID: "b", Published: "2019-05-28", Text: "Militants ambushed a convoy near Beiji on Sunday, killing four fighters. The next day, a roadside bomb exploded in Shirqat, injuring two more fighters."})
	if len(r.Events) != 2 || r.Events[1].Date == nil || r.Events[1].Date.Value != "2019-05-27" {
		t.Errorf("two incidents = %d events; want 2, the second on 2019-05-27", len(r.Events))
	}
}

// TestEventContext checks where an incident takes its date, place and
// perpetrator from when its own sentence does not say.
func TestEventContext(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, title, text       string
		date, place, perp, note string
	}{
		{name: "date from the next sentence",
			text: "A man was shot and killed outside a bar, police said. The shooting happened late Saturday.",
			date: "2019-05-04"},
		// of two dates in a sentence, the incident's, not the arrest's or a vigil's
		{name: "the date of the incident noun",
			text: "Kishawn Jackson, 16, was arrested Monday in the Fourth of July shooting of four people.",
			date: "2018-07-04"},
		{name: "the date after the incident noun",
			text: "Clay was arrested Thursday in the shooting that happened on Bourbon Street Sunday morning, which wounded ten.",
			date: "2019-05-05"},
		{name: "the date after a court's",
			text: "She is expected to be arraigned Tuesday after her son was shot in the leg Friday.",
			date: "2019-05-03"},
		{name: "the incident's date in a following sentence",
			text: "Purple balloons, pictured Monday, May 6, mark the spot where a fatal drive-by shooting took place. A drive-by shooting at an abandoned home left one teenager dead. The shooting occurred shortly after 11 p.m. Friday, May 3, on Thorpe Street.",
			date: "2019-05-03"},
		{name: "the day of the death a statement gives",
			text: "Additional charges are possible for the teen accused in the death of another teen. Funeral services were held Monday for 16-year-old Matthew Kendall. Police said Kendall died Friday after a friend shot him.",
			date: "2019-05-03"},
		// a small town in another province than the story's, which nothing
		// places, is a namesake of one the gazetteer lacks (Weir, Kansas)
		{name: "a namesake in another province",
			text:  "Two people were killed and three injured at a party in Weir, a small town in central Williamson County, Texas, deputies said.",
			place: "geonames:4742143"},
		// a place of the text in its province is a reason for it
		{name: "a town with a neighbour of its province",
			text:  "A man was shot dead in Lowry City on Friday. He had moved there from St. Clair a year ago. His brother lives in Austin, Texas, and works in Dallas, Texas.",
			place: "geonames:4396553"},
		// where a victim lives is not where he was shot
		{name: "a home town",
			text:  "SALEM, Mass. — A 19-year-old man was held without bail in the death of 21-year-old Christian Merced, of Miami, Florida, who was shot on Saturday.",
			place: "geonames:4950065"},
		{name: "a hospital's city",
			text:  "A 13-year-old boy who was shot while hunting in Oconee County on Saturday underwent surgery in a metropolitan Atlanta hospital.",
			place: "geonames:4213838"},
		{name: "the Iraqi capital",
			text:  "A car bomb killed 12 people in a market in the Iraqi capital on Monday.",
			place: "geonames:98182"},
		{name: "province narrowed to the dateline city",
			text:  "KIRKUK, Iraq — A roadside bomb killed two soldiers in Kirkuk province on Monday.",
			place: "geonames:94787"},
		{name: "title names the city",
			title: "Two shot dead in Mosul market", text: "Gunmen shot dead two shopkeepers on Monday, police said.",
			place: "geonames:99072"},
		{name: "a reference point, when nothing else is named",
			text:  "A bomb exploded in a market 20 km north of Baghdad on Monday, killing two.",
			place: "geonames:98182"},
		{name: "the dateline before a reference point",
			text:  "KIRKUK, Iraq — A bomb exploded 20 km south of Erbil on Monday, killing two.",
			place: "geonames:94787"},
		{name: "a hospital as a landmark",
			text:  "A bomb exploded near the Al-Watani hospital in Raqqa on Monday, wounding five.",
			place: "geonames:172955"},
		{name: "a hospital the victims were taken to",
			text:  "A roadside bomb wounded two soldiers near Kirkuk on Monday; one later died at a hospital in Erbil.",
			place: "geonames:94787"},
		{name: "a country, then its capital",
			text:  "A car bomb detonated in the capital of Iraq, Baghdad, on Monday, leaving four people injured.",
			place: "geonames:98182"},
		{name: "the north of a province is in it",
			text:  "Six fighters were killed in a double bombing north of Babil governorate on Monday.",
			place: "geonames:98227"},
		{name: "a common word as a town, after 'in central'",
			text:  "Nine civilians were killed in a suicide attack in central Hit on Monday.",
			place: "geonames:95788"},
		{name: "a small town the text calls a town",
			text:  "A child was killed when a landmine went off in the town of Al-Nashabiyah on Monday.",
			place: "geonames:173178"},
		{name: "the next sentence tells where",
			text:  "A person was killed when a bomb hidden in a garbage dump went off on Monday. The incident took place in Iraqi Kurdistan's Erbil.",
			place: "geonames:95446"},
		{name: "a country inside a group's name is no location",
			text:  "Two women were killed by the Islamic State of Iraq and the Levant on Monday near Raqqa.",
			place: "geonames:172955"},
		{name: "the capital of a city is the city",
			text:  "A series of car bombs targeted the Iraqi capital of Baghdad on Monday. A total of 18 people were killed in the blasts.",
			place: "geonames:98182"},
		{name: "a namesake far from the dateline is a quarter of the dateline city",
			text:  "PITTSBURGH (KDKA) – One person was killed on Monday when gunfire erupted at a bar in Homewood.",
			place: "geonames:5206379"},
		{name: "west of the city is the city, not a namesake's old name",
			text:  "CHARLOTTE, N.C. — Four people were shot on Monday near a home in west Charlotte.",
			place: "geonames:4460243"},
		{name: "a county named as such anchors a namesake",
			text:  "Deputies in Onslow County said a man was shot in Jacksonville on Monday.",
			place: "geonames:4473083"},
		{name: "a square of a city is in the city",
			text:  "A motorbike rigged with explosives exploded in Al-Sa'a square of Idlib city on Monday, killing one.",
			place: "geonames:169389"},
		{name: "where the tip line rings, when nothing else is named",
			text:  "Four people were shot at a party early Sunday, police said. Anyone with information should call police at (630) 897-8707.",
			place: "geonames:4883817"},
		{name: "the tip line's state picks the namesake",
			text:  "A man was shot in Arlington on Sunday. Call Arlington police at 817-459-5000.",
			place: "geonames:4671240"},
		{name: "a far namesake gives way to the tip line's city, as to a dateline",
			text:  "A man was shot in Homewood on Sunday, police said. Anyone with information should call Pittsburgh police at 412-323-7800.",
			place: "geonames:5206379"},
		{name: "without one, the larger namesake",
			text:  "A man was shot in Arlington on Sunday.",
			place: "geonames:4744709"},
		{name: "a title read in the text's context",
			title: "Birmingham police: teen shot while playing with friends",
			text:  "Police said a 15-year-old was shot in the chest on Monday. He was taken to a hospital in Alabama.",
			place: "geonames:4049979"},
		{name: "the one town the text names, when nothing else places the story",
			text:  "A boy was accidentally shot on Saturday. He was taken first to a clinic in Wadena and then flown to Minneapolis.",
			place: "geonames:5051659"},
		{name: "the town the text names most, however it names it",
			text:  "Five teens were shot on Saturday after a tournament put on by Memphis Athletic Ministries. The Memphis Gun Down initiative was meant to keep guns off the streets. One victim was flown to Nashville.",
			place: "geonames:4641239"},
		{name: "the one county the article names, when it names no city",
			text:  "A man was shot and killed on Monday, deputies said. A suspect is held at the Troup County Jail.",
			place: "geonames:4227166"},
		// a big county named only by its offices is still the one district
		// "the X district of Y": Y is the district's province, not its city
		{name: "a district of a province that bears its city's name",
			text:  "Six fighters were killed in the Hawija district of Kirkuk.",
			place: "geonames:6770659"},
		// "X Y" without the comma: Y holds X
		{name: "a province and its country with no comma",
			text:  "Three people were killed by unidentified gunmen in Salahuddin Iraq.",
			place: "geonames:91695"},
		{name: "the one county the article names, by its sheriff",
			text:  "A man was shot and killed on Monday. Cuyahoga County Sheriff's deputies arrested a suspect.",
			place: "geonames:5151606"},
		{name: "a county keeps its incident from the outlet's city",
			title: "Girl dies after accidental shooting | WBTV Charlotte",
			text:  "An 8-year-old girl died Sunday after an accidental shooting inside a home in Cabarrus County, deputies said.",
			place: "geonames:4458491"},
		// input reads a title-only article's title as its text
		{name: "a title-only article's one county",
			title: "Two Hunters Shot in Hunting Accident (Posey County)",
			text:  "Two Hunters Shot in Hunting Accident (Posey County)",
			place: "geonames:4263298"},
		{name: "the outlet's city, when nothing else places the story",
			title: "Man shot outside a store | WBTV Charlotte",
			text:  "A man was shot outside a convenience store in North Carolina on Monday, police said.",
			place: "geonames:4460243"},
		{name: "a town the text names once before the outlet's city",
			title: "School remembers teen who died from gunshot - WTOC-TV: Savannah, Beaufort, SC, News, Weather & Sports",
			text:  "The teen died after an accidental discharge from a rifle last weekend. He had gone hunting near Baconton with a friend.",
			place: "geonames:4180723"},
		{name: "a title's downtown names its city",
			title: "Downtown Austin shooting: Murder warrant issued for suspect",
			text:  "We have sent you a verification email. Please check your email.",
			place: "geonames:4671654"},
		{name: "the headline's town before the outlet's city",
			title: "Teen dies after shooting in Shelby - WBTV Charlotte",
			text:  "A teenager died after he was shot in North Carolina on Monday, police said.",
			place: "geonames:4491180"},
		{name: "an unambiguous town far from the story's city is a quarter of it",
			text:  "CHICAGO — Four boys were wounded in a shooting in Beverly on Monday night, police said.",
			place: "geonames:4887398"},
		{name: "a bare county name far from the story's city is a quarter of it",
			text:  "BOSTON — A man was shot and killed in Dorchester on Monday night, police said.",
			place: "geonames:4930956"},
		{name: "a name the text calls a quarter is one, however big its namesake",
			text:  "LOUISVILLE, KY (WAVE) - A toddler was hit by a stray bullet in the Portland neighborhood on Monday, police said.",
			place: "geonames:4299276"},
		{name: "a country someone came from is not where it happened",
			text:  "CHICAGO — A gunman killed a 21-year-old man from Mexico on Friday, police said.",
			place: "geonames:4887398"},
		{name: "a county named as such stands, however far",
			text:  "BOSTON — A man was shot and killed in Dorchester County, South Carolina, on Monday, police said.",
			place: "geonames:4576822"},
		{name: "a title's far town yields to the city the text keeps naming",
			title: "Young child shot in Homewood",
			text:  "A boy was shot in the back on Sunday night. Pittsburgh police said he is in stable condition. Pittsburgh police have made no arrest.",
			place: "geonames:5206379"},
		{name: "a town far from the city whose police investigate is a quarter of it, however often named",
			text: "Police are investigating a shooting in Madisonville late Friday that left two people dead. At least one dead in Madisonville shooting. " +
				"Police in Madisonville are investigating. Cincinnati police have identified the victims. \"I'm disappointed in the situation here in Madisonville,\" a neighbour said.",
			place: "geonames:4508722"},
		{name: "where a suspect is thought to be is no context for the incident told after",
			text:  "Waukegan police are searching for a murder suspect. Jackson is believed to have left Waukegan and is now in the Chicago area. On Nov. 11, officers responded to a shooting at a home, police said. A 17-year-old was pronounced dead at the scene.",
			place: "geonames:4915734"},
		{name: "a city's police at work in a sentence of no incident are the context of the next",
			text:  "Deputies searched for a teenager near Portola, California on Wednesday. On Thursday, officers with the Reno Police Department stopped a car on Kietzke Lane. A shot was fired from the car, injuring an officer.",
			place: "geonames:5511077"},
		{name: "where those called to the incident went is where it happened",
			text:  "The sheriff of Canal Winchester is investigating a weekend of violence. A 2-year-old boy was shot in the leg on Sunday. Deputies responded around 1 p.m. to a home in Stoutsville. The boy is stable.",
			place: "geonames:4525628"},
		{name: "a town abroad that the story gives no reason to be in",
			text:  "A man was shot and killed in Whitehaven on Sunday. Memphis police are looking for the gunman. Memphis police said he fled.",
			place: "geonames:4641239"},
		{name: "a city's police department places a story the text names no other city in",
			title: "Teen dead after shooting at apartments - KSLA News 12 Shreveport, Louisiana News",
			text:  "A teen is dead after a shooting at an apartment complex early Tuesday. The Baton Rouge Police Department reported the shooting happened at an apartment complex. A vigil was held at the Hooper Pointe Apartments on Hooper Road.",
			place: "geonames:4315588"},
		{name: "the outlet's town and state after its name lean the text's places to that state",
			title: "Teen shot and killed while walking home - WBRC FOX6 News - Birmingham, AL",
			text:  "A teenager shot and killed Tuesday in Birmingham has been identified. Police say he was on the way home.",
			place: "geonames:4049979"},
		{name: "a US call sign in the outlet makes the story American",
			title: "Birmingham police investigate after teen injured in drive-by - WTVM.com-Columbus, GA News Weather & Sports",
			text:  "Birmingham police are investigating after a 17-year-old male was shot in the neck in a drive-by shooting.",
			place: "geonames:4049979"},
		{name: "a state's postal code after its town",
			text:  "BRISTOL, TN (WJHL) – Bond has been set for a man accused of killing three family members in a shooting.",
			place: "geonames:4608657"},
		{name: "a city's quarter near the city its police name",
			text:  "AUSTIN — Four boys were shot in Austin on Monday, said Officer Jose Estrada, a Chicago Police spokesman.",
			place: "sitrep:chicago-austin"},
		{name: "a broadcaster's byline makes the story American; a town told twice weighs less than twice",
			text: "A shooting broke out at the Birch Leaf Apartments in Whitehaven on the evening of September 18.\n\n(WMC-TV) - A heartbroken Memphis mother calls for justice after her son was shot and killed.\n\n" +
				"He was murdered in a Whitehaven shooting spree.",
			place: "geonames:4641239"},
		{name: "a title's small town abroad yields to the text's places",
			title: "Officer fired at gunman, grazed two bystanders near Bellagio",
			text:  "A patrol officer fired at a gunman on Friday and grazed two bystanders. Las Vegas police said the suspect is in the Clark County Detention Center. Las Vegas police said he faces charges.",
			place: "geonames:5506956"},
		{name: "a title's small town in another state than the text's city yields to it",
			title: "4 people injured in a North Valley shooting",
			text:  "Four people were injured after someone opened fire on their car. The shooting happened Friday morning in Madera. Madera police believe it was retaliation.",
			place: "geonames:5369568"},
		{name: "a name the text gives a street is the street after on",
			text:  "The car was traveling southbound on Cleveland when two men were shot. The shooting happened at the intersection of Cleveland and Yosemite in Madera, police said.",
			place: "geonames:5369568"},
		{name: "a province abroad with nothing else of its country",
			text:  "A teen was shot in Ariana on Monday. Hartford police said he is in stable condition. Hartford police have made no arrest.",
			place: "geonames:4835797"},
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
	// two armed groups: no guess from the text (a suspect rule may still apply)
	r := x.Extract(Article{ID: "b", Published: "2019-05-06", Text: "A roadside bomb killed two soldiers near Tikrit on Monday. Islamic State and al-Qaeda both operate in the area."})
	for _, a := range r.Events[0].Actors {
		if a.Role == "perpetrator" && !strings.HasPrefix(a.Rule, "suspects:") {
			t.Errorf("perpetrator %s guessed among two groups", a.ID)
		}
	}
}

// TestTitleCasualties: a title given apart from the text supplies the kinds
// the main incident lacks (source "title", offsets into the title); a title
// repeated in the text is not counted twice; headline grammar reads one
// victim; a title alone makes an incident when the body has none.
func TestTitleCasualties(t *testing.T) {
	x := testExtractor(t)
	casualties := func(r Record) string {
		var out []string
		for _, e := range r.Events {
			c := e.Casualties
			s := e.Type
			for _, k := range []string{"killed", "wounded"} {
				if v := c.Get(k); v != nil {
					s += fmt.Sprintf(" %s=%d", k, *v)
				}
			}
			out = append(out, s)
		}
		return strings.Join(out, "; ")
	}
	cases := []struct{ title, text, want string }{
		// the body has the shooting and the wounded, the title the dead
		{"1 dead, 6 hurt after shooting at birthday party", "Six people were wounded when a gunman opened fire at a park on Sunday, police said.", "shooting killed=1 wounded=6"},
		// the body's own figures win
		{"2 dead in shooting", "A gunman shot dead three people on Sunday, police said.", "shooting killed=3"},
		// headline grammar, and an incident from the title alone
		{"Teen killed in shooting identified", "Police have named the victim. The investigation continues.", "shooting killed=1"},
		{"Alex DoSouto, 24, Fatally Shot in Roxbury", "Police have named the victim.", "shooting killed=1"},
		{"Teen found shot to death in driveway of Fort Worth home", "Police have named the victim.", "shooting killed=1"},
		{"Man found dead in deer stand", "Police have named the victim.", "attack killed=1"},
		{"Drive-by shooting kills teen girl, injures 4 near 57th and Sangamon", "Police have named the victim.", "shooting killed=1 wounded=4"},
		{"6-year-old girl shot in the head, killed", "Police have named the victim.", "shooting killed=1"},
		{"Police: Man shot in leg on East Side", "Police have named the victim.", "shooting wounded=1"},
		{"UPDATE: 16-year-old Cambridge native shot during marijuana deal", "Police have named the victim.", "shooting wounded=1"},
		{"Bullet grazes teen after skate park dispute", "Police have named the victim.", "shooting wounded=1"},
		{"Two men charged in robbery", "Police have named the suspects.", ""},
		// "shot dead", "shot and killed", "shot to death" in headline grammar are deaths
		{"Toddler Braison Howard, 3, Accidentally Shot Dead by Cousin", "A toddler is dead after a shooting, police said.", "shooting killed=1"},
		{"17-Year-Old Accidentally Shot and Killed Last Night", "Police have named the victim.", "shooting killed=1"},
		// the title's victim shot is the body's victim dead, not one more wounded
		{"Teen shot on West Side identified", "Police said a gunman shot him. The boy was pronounced dead at the scene.", "shooting killed=1"},
		// the victim of a headline who died; one girl read once
		{"Man wounded in 'accidental' shooting dies", "Police have named the victim.", "shooting killed=1"},
		{"Teen shot near Hofstra University dies", "Police have named the victim.", "shooting killed=1"},
		{"DA: 3-Year-Old Accidentally Shot Herself In Chest", "Police have named the girl.", "shooting wounded=1"},
		{"Tulsa mother dies after being accidentally shot by toddler son", "Police have named the victim.", "shooting killed=1"},
		{"Deputies: Teen shoots, kills 14-year-old friend", "Police have named the victim.", "attack killed=1"},
		// active verbs with a bare object, and a victim after another clause's number
		{"Accidental shooting hospitalizes juvenile at Kissimmee resort", "Sign in using your profile.", "shooting wounded=1"},
		{"Report: Man cleaning gun accidentally shoots self in Huber Heights", "Sign in using your profile.", "shooting wounded=1"},
		{"ND man who accidentally shot baby won’t get jail time", "Sign in using your profile.", "shooting wounded=1"},
		{"Toddler fatally shot by gunman in front of parents", "Sign in using your profile.", "shooting killed=1"},
		{"Teenager arrested in North Charleston shooting of 7-year-old child", "Sign in using your profile.", "arrest wounded=1"},
		{"Two arrested after child shot", "Sign in using your profile.", "arrest wounded=1"},
		{"2 boys shot outside school", "Sign in using your profile.", "shooting wounded=2"},
		{"3 year-old boy dead after accidentally shooting himself", "Police have named the victim.", "shooting killed=1"}, // an age
		{"1 killed 3 injured in weekend shooting", "Police have named the victim.", "shooting killed=1 wounded=3"},
		// an ordinal victim who died: so many dead now, the shot who lived wounded
		{"Fourth victim in Robinson Road shooting dies", "Police said four people had been shot at the apartments.", "shooting killed=4"},
		{"Third victim dies after Florida mass shooting", "A former employee shot four co-workers on Saturday.", "shooting killed=3 wounded=1"},
		{"5th person dies after July murder-suicide", "Police have named the victims.", "attack killed=5"},
		{"11th victim dies after nightclub shooting", "Police have named the victims.", "shooting killed=11"},
		// lists of people in headline grammar
		{"Baby, 20-year-old man killed in south Minneapolis shooting", "Police have named the victims.", "shooting killed=2"},
		{"Husband and wife dead, daughter in hospital", "Police have named the victims.", "attack killed=2"},
		{"Teen dad kills infant, self in Myrtle Creek", "Police have named the victims.", "attack killed=2"},
		{"Man kills 4-year-old, then himself after posting on Facebook", "Police have named the victims.", "attack killed=2"},
		// the title's toll of the dead over a body that tells it in parts;
		// not a title's sum of several incidents
		{"Mother, toddler killed in shooting in Fort Washington", "A woman was shot on Sunday. She was pronounced dead at a hospital, police said.", "shooting killed=2"},
		{"17 dead, 41 wounded in Chicago weekend shootings", "A man was shot and killed on Saturday, police said.", "shooting killed=1 wounded=41"},
		// a title's sum of several incidents over a body that tells several
		// is the toll of none of them
		{"6 Hurt in 2 Downtown Minneapolis Shootings", "A man was killed in a shooting outside a bar in Minneapolis on Saturday. On Sunday a gunman opened fire at a bus stop in St. Paul.", "shooting killed=1; shooting"},
		// a fatal shooting means a death, when the title counts none itself
		{"Testimony details fatal shooting of 15-year-old", "A 15-year-old boy was shot in the chest on Monday, police said.", "shooting killed=1"},
		{"Resident Involved In Fatal Shooting Won't Face Charges", "A 15-year-old boy was shot in the chest on Monday, police said.", "shooting killed=1"},
		{"2 dead in fatal shooting", "Police have named the victims.", "shooting killed=2"},
		// a title that tells of a death without a count; not an attempt
		{"Third person pleads in deadly Hamilton bar shooting", "Police have named the suspects.", "shooting killed=1"},
		{"Juvenile charged with murder in shooting of 17-year-old", "Police have named the suspect.", "shooting killed=1"},
		{"Teen's death under investigation", "Police have named the victim.", "attack killed=1"},
		{"Police retrace final hours before murder-suicide of woman", "Police have named the victims.", "attack killed=2"},
		{"Man charged with attempted murder in shooting", "Police have named the suspect.", "shooting"},
		{"Prosecutors will not seek death penalty in shooting", "Police have named the suspect.", "shooting"},
		// a double shooting is two shot
		{"NOPD: Fatal double shooting in the 9th Ward", "A man was shot and taken to the hospital, police said.", "shooting killed=1 wounded=1"},
		{"4 wounded in drive-by shooting on East Side", "A man was shot in the leg on Sunday, police said.", "shooting wounded=4"},
		{"Child grazed by bullet in Columbus shooting on Fourth Street", "Police have named the victim.", "shooting wounded=1"},
		{"Boy stable after accidental shooting", "Police have named the victim.", "shooting wounded=1"},
		{"Man critical following Friday night shooting", "Police have named the victim.", "shooting wounded=1"},
		{"Brownsburg Man Suffers Gunshot Wound In Hunting Incident", "Police have named the victim.", "shooting wounded=1"},
		// a title that names an incident makes one, without a toll, when the
		// text tells none; a title that names none makes none
		{"Man, 19, pleads guilty in Fort Riley shooting", "1:19 Sheriff gives update Pause\n\n2:51 Officer describes finding Louie the Clown", "shooting"},
		{"Man, 19, pleads guilty in Fort Riley", "The judge set a date.", ""},
		// a wounded victim who later died: the title's tally stands for both kinds
		{"Two dead, two injured in Charlotte shooting", "A shooting on Thursday left one person dead and three others injured, police said.", "shooting killed=2 wounded=2"},
	}
	for _, c := range cases {
		r := x.Extract(Article{ID: "a", Title: c.title, Text: c.text, Published: "2019-05-06"})
		if got := casualties(r); got != c.want {
			t.Errorf("title %q, text %q: events %q; want %q", c.title, c.text, got, c.want)
		}
	}
	r := x.Extract(Article{ID: "a", Title: "1 dead, 6 hurt after shooting", Text: "Six people were wounded when a gunman opened fire, police said."})
	var fromTitle *Count
	for i, c := range r.Events[0].Counts {
		if c.Source == "title" {
			fromTitle = &r.Events[0].Counts[i]
		}
	}
	if fromTitle == nil || fromTitle.Kind != "killed" || fromTitle.Text != "1 dead" || fromTitle.Start != 0 || fromTitle.End != 6 {
		t.Errorf("title count = %+v; want killed, \"1 dead\" at 0-6 of the title, source title", fromTitle)
	}
	// a title repeated as the text's first line is the headline, read once
	r = x.Extract(Article{ID: "a", Title: "Gunman kills 2 in park", Text: "Gunman kills 2 in park\n\nA gunman killed two people in a park on Sunday, police said. He fled."})
	if got := casualties(r); got != "shooting killed=2" {
		t.Errorf("title in the text: events %q; want one shooting with 2 killed", got)
	}
	// a title the page runs into its first sentence is a sentence of its
	// own: its dead are the lead's, told twice, not two more
	r = x.Extract(Article{ID: "a", Title: "One killed, four injured in early-morning shooting",
		Text: "One killed, four injured in early-morning shooting Arizona News One killed, four injured in early-morning shooting Police are investigating an early-morning shooting that left one person dead and four injured on Sunday."})
	if got := casualties(r); got != "shooting killed=1 wounded=4" {
		t.Errorf("title inside the first sentence: events %q; want one shooting with 1 killed and 4 wounded", got)
	}
	// a title that opens the text but runs into its first sentence still
	// gives the kinds the body lacks
	r = x.Extract(Article{ID: "a", Title: "Police: Teen fatally shot on East Side", Text: "Police: Teen fatally shot on East Side Posted: Friday, January 31, 2014 10:21 AM EST\n\nOfficers were called to Letchworth Drive after a teen was shot on Friday. Police are investigating."})
	if got := casualties(r); got != "shooting killed=1" {
		t.Errorf("title running into the text: events %q; want one shooting with 1 killed", got)
	}
}

// TestUndatedEvents: an article whose text dates no incident dates them by
// its title, else by the day officials spoke, else on its publication day,
// saying so; one that dates any keeps the undated ones undated.
func TestUndatedEvents(t *testing.T) {
	x := testExtractor(t)
	r := x.Extract(Article{ID: "a", Published: "2019-05-06", Text: "Police are reporting that a 3-year-old child was shot in the hand."})
	if len(r.Events) != 1 || r.Events[0].Date == nil || r.Events[0].Date.Value != "2019-05-06" || r.Events[0].Date.Rule != "date.published" || r.Events[0].Date.Text != "" {
		t.Fatalf("undated article: events %+v; want one dated 2019-05-06 by rule date.published, with no text", r.Events)
	}
	r = x.Extract(Article{ID: "b", Published: "2019-05-06", Text: "A man was shot dead on Saturday. Last year, a 12-year-old was killed in the same street."})
	for _, e := range r.Events {
		if e.Date != nil && e.Date.Rule == "date.published" {
			t.Errorf("event %q dated by publication in an article that dates an incident", e.Evidence.Text)
		}
	}
	r = x.Extract(Article{ID: "c", Text: "A man was shot dead."})
	if len(r.Events) != 1 || r.Events[0].Date != nil {
		t.Errorf("no publication date: events %+v; want one undated", r.Events)
	}
	// 2014-08-05 is a Tuesday
	for _, c := range []struct {
		title, text, want, rule string
		fallback                bool // dated for want of a date of its own
	}{
		{"5 people injured in northwest Atlanta shooting Monday", "Five people were shot outside a home.", "2014-08-04", "date.weekday", true},
		{"", "A police officer shot dead a pharmacy owner during a robbery, officials said Thursday.", "2014-07-31", "date.weekday", true},
		// the day an incident was reported to police is its day, not a statement's
		{"", "Police said the incident was reported Sunday afternoon. A boy was shot in the neck.", "2014-08-03", "date.weekday", false},
		{"", "The police department says an accidental shooting claimed a life Thursday.", "2014-07-31", "date.weekday", false},
		{"", "A boy was shot in the neck. Police said Sunday that the boy was stable.", "2014-08-03", "date.weekday", true},
		{"Man shot on Spain Street", "A man was shot dead.", "2014-08-05", "date.published", true},
		// an embedded post's signature dates the post, not the incident
		{"", "Dad arrested for role in accidental shooting of boy pic.twitter.com/74nF — Amy Marcinkiewicz (@WPXIAmy) August 5, 2014\n\nThe boy was accidentally shot in the neck by his brother on Saturday.", "2014-08-02", "date.weekday", false},
	} {
		r := x.Extract(Article{ID: "d", Published: "2014-08-05", Title: c.title, Text: c.text})
		if len(r.Events) == 0 || r.Events[0].Date == nil {
			t.Errorf("%q / %q: events %+v; want dated %s", c.title, c.text, r.Events, c.want)
			continue
		}
		dt := r.Events[0].Date
		if dt.Value != c.want || dt.Rule != c.rule || strings.Contains(dt.Reason, "the text dates no incident") != c.fallback {
			t.Errorf("%q / %q: date %+v; want %s by %s (fallback %v)", c.title, c.text, dt, c.want, c.rule, c.fallback)
		}
	}
}

// TestClaimSentence: a sentence that gives an attack to someone names the
// verb's object before its preposition; a man charged with an incident of
// his own does not.
func TestClaimSentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Islamic State claimed responsibility for the attack.", true},
		{"State TV accused rebels of launching a missile at the area.", true},
		{"Activists blamed the blast on an airstrike.", true},
		{"A man accused of killing his brother was arrested.", false},
		{"The attack was blamed on Islamic State.", true},
	} {
		d := NewDocument(c.text)
		if got := isClaimSentence(d, d.Sentences[0]); got != c.want {
			t.Errorf("isClaimSentence(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}

// TestAttackersDead: an armed group's own dead in its attack are counted
// with the note "perpetrators" and left out of the casualties; both sides'
// dead of a clash, and the men a group executes, are casualties.
func TestAttackersDead(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text   string
		killed int // 0: no killed total
		perps  int // counts noted "perpetrators"
	}{
		{"Islamic State militants launched an attack on SDF forces in Baghuz, in which 16 people were killed and 34 Islamic State militants were killed.", 16, 1},
		{"The Islamic State attacked an army post near Homs, resulting in the deaths of 6 Syrian soldiers and the deaths of 7 insurgents.", 6, 1},
		{"Islamic State militants attacked an army post near Deir ez-Zor. The attack was repelled with 10 assailants being killed.", 0, 1},
		// the same figure for both sides: each count reads its own noun
		{"Islamic State militants attacked an army post near Homs. 5 Islamic State militants and 5 soldiers were killed in the attack.", 5, 1},
		{"At least 17 SDF fighters and 28 jihadists were killed in clashes with Islamic State militants near Hajin.", 45, 0},
		{"Islamic State militants executed seven Islamic State fighters for fleeing the battlefield.", 7, 0},
		// no armed group: a gunman who killed himself is among the dead
		{"A gunman killed two people before he was shot dead by police in Dallas.", 3, 0},
		// attackers by their act, whoever sent them
		{"Four attackers armed with grenades tried to storm the embassy in Damascus. Three of the gunmen and one Syrian guard were killed.", 1, 1},
		// a state's forces: the gunmen they kill are their targets
		{"Iraqi security forces killed three gunmen in a raid near Tikrit.", 3, 0},
		// the subject's own dead: "the militants had three killed"
		{"Eight policemen were killed and 11 others wounded in an attack south of Tikrit, while the militants had three killed.", 8, 1},
	} {
		r := x.Extract(Article{ID: "a", Published: "2018-05-06", Text: c.text})
		if len(r.Events) != 1 {
			t.Errorf("%q: %d events; want 1", c.text, len(r.Events))
			continue
		}
		ev := r.Events[0]
		got := 0
		if ev.Casualties.Killed != nil {
			got = *ev.Casualties.Killed
		}
		perps := 0
		for _, co := range ev.Counts {
			if co.Note == "perpetrators" {
				perps++
			}
		}
		if got != c.killed || perps != c.perps {
			t.Errorf("%q: killed %d, %d perpetrator counts; want %d, %d (%+v)", c.text, got, perps, c.killed, c.perps, ev.Counts)
		}
	}
}

// TestOrdinalVictims checks that a victim told by its rank raises the
// incident's toll to that many, and a death told so its dead.
func TestOrdinalVictims(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text            string
		killed, wounded int
	}{
		{"At least three people were shot outside the club on Friday. A fourth victim drove herself to a hospital.", noCount, 4},
		{"Three people were shot on Friday. A second victim has died.", 2, 1},
		{"A fourth victim in a shooting that killed three others on Friday has died.", 4, noCount},
		// a hedge after all the counts is not theirs
		{"Two men were taken to a hospital on Friday, but it is unclear if a woman was a shooting victim.", noCount, 2},
		// the rank's sentence continues the incident, though it has a day
		{"At least four people were shot in Baltimore on Thursday. On Friday, police said a fifth victim was discovered.", noCount, 5},
	} {
		r := x.Extract(Article{ID: "o", Published: "2016-05-02", Text: c.text})
		if !oneEventWith(r, c.killed, c.wounded) {
			t.Errorf("%q = %+v; want one event with %d killed, %d wounded", c.text, r.Events, c.killed, c.wounded)
		}
	}
	// a rank alone in its sentence is the incident's told before, however
	// far on; a hospital's town is not where the victim was shot
	r := x.Extract(Article{ID: "f", Published: "2016-12-12", Text: "Four men were wounded in a shooting in Rocky Mount early Sunday. " +
		"Officers tried to break up a large crowd. Several shots were fired then. Nobody would say who fired them. The crowd ran off. " +
		"The fourth victim was taken to Vidant Medical Center in Greenville and was still there at last report."})
	if !oneEventWith(r, noCount, 4) || r.Events[0].Place == nil || r.Events[0].Place.Name != "Rocky Mount" {
		t.Errorf("a fourth victim far on = %+v; want one event in Rocky Mount with 4 wounded", r.Events)
	}
	r = x.Extract(Article{ID: "g", Published: "2016-07-17", Text: "A 4-year-old girl was shot on Willow Street in Yonkers on Saturday. " +
		"The child was taken to Jacobi Medical Center in the Bronx, where she was listed in stable condition. A second victim was treated and released."})
	if !oneEventWith(r, noCount, 2) || r.Events[0].Place == nil || r.Events[0].Place.Name != "Yonkers" {
		t.Errorf("taken to a medical center = %+v; want one event in Yonkers with 2 wounded", r.Events)
	}
	// a habit rules the whole sentence; a hedge before a count is its own
	for _, text := range []string{
		"Of the shooters, 73 died at the scene, often due to self-inflicted wounds.",
		"Investigators have not revealed who shot the teen, or if the teen shot himself.",
	} {
		if r := x.Extract(Article{ID: "h", Published: "2016-05-02", Text: text}); len(r.Events) != 0 {
			t.Errorf("%q = %+v; want no event", text, r.Events)
		}
	}
}

// TestNotTheScene: a town victims were brought to, a hospital's town, or one
// told in the predicate as a victim's home ("was a Virginia Beach man") is no
// incident's place; a subject's town may be the scene.
func TestNotTheScene(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text, town string
		notScene   bool
	}{
		{"Two of those are expected to be transported to The Med in Memphis.", "Memphis", true},
		{"The victim was airlifted to Memphis.", "Memphis", true},
		{"He was taken to a hospital in Memphis.", "Memphis", true},
		{"He was treated at a Dayton hospital.", "Dayton", true},
		{"At Dayton’s Children Hospital, doctors found a gunshot wound.", "Dayton", true},
		{"He was listed in fair condition at Dayton Children's Hospital.", "Dayton", true},
		{"Police said one of the five people killed was a Virginia Beach man.", "Virginia Beach", true},
		{"The victim, identified as a Virginia Beach woman, died.", "Virginia Beach", true},
		{"A man was shot near the hospital in Memphis.", "Memphis", false},
		{"A man was shot in Memphis on Sunday.", "Memphis", false},
		{"A boy was shot in Dayton on Sunday and taken to a hospital.", "Dayton", false},
		{"A Virginia Beach man was shot on Sunday.", "Virginia Beach", false},
	} {
		d := NewDocument(c.text)
		pms, _ := x.findPlaces(d, nil)
		k := slices.IndexFunc(pms, func(pm placeMention) bool { return pm.place.Name == c.town })
		if k < 0 {
			t.Errorf("%q: places %+v; want %s", c.text, pms, c.town)
			continue
		}
		if got := placeRank(d, &pms[k]) == 0; got != c.notScene {
			t.Errorf("%q: %s is no incident's place = %v; want %v", c.text, c.town, got, c.notScene)
		}
	}
}

// TestUnlistedPlaces: a town, village or district the gazetteer lacks,
// which the text names as one, is the incident's place when nothing else
// places it, or when only the province or county it lies in does; it has
// no id, and no point but a county's.
func TestUnlistedPlaces(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text, name, kind, admin1 string
		point                    bool
	}{
		{"A member of the security forces was found beheaded in a market at the town of Gharanij.", "Gharanij", "town", "", false},
		{"Militants shelled the Qarah Tabbah district, killing a policeman.", "Qarah Tabbah", "district", "", false},
		{"Mortar shells targeted the inhabitants of Harfa village, killing two.", "Harfa", "village", "", false},
		// an Arabic article goes on with the name (no Al Had, Yemen)
		{"An explosive device exploded near the village of al-Had al-Akhdar, killing a farmer.", "al-Had al-Akhdar", "village", "", false},
		{"Two suicide car bombs exploded in the village of Rahdjane in Hama province, killing 13 soldiers.", "Rahdjane", "village", "Hama", false},
		{"A man was shot in the town of Pinetown in Beaufort County, North Carolina, on Monday.", "Pinetown", "town", "North Carolina", true},
		// of two unlisted names, the one the province holds
		{"Two men of al-Abbara town council were wounded when a bomb exploded in the town of Qaryat Tellul in Diyala province.", "Qaryat Tellul", "town", "Diyālá", false},
		// a town told by a city it lies west of is the town, not the city
		{"A bomb killed two people in the town of al Zab, west of Kirkuk.", "al Zab", "town", "Kirkuk", false},
		{"Two bomb blasts killed at least 100 people in the township of Sharaban in Iraq's northern Diyala province.", "Sharaban", "town", "Diyālá", false},
		// the sentence's own village before the article's city
		{"A boy, 5, died Sunday in an Anchorage hospital. He was accidentally shot Saturday in the village of Kokhanok.", "Kokhanok", "village", "", false},
		// a known place stays: the city, not its unlisted quarter
		{"Gunmen killed two people in the Kensington neighborhood of Philadelphia.", "Philadelphia", "PPLA2", "Pennsylvania", true},
		// a kind with no name is no place
		{"A bomb exploded in the town market, killing two.", "", "", "", false},
		// a kind capitalised is part of a longer name
		{"A bomb exploded outside the Zayouna Town Hall, killing two.", "", "", "", false},
	}
	for _, c := range cases {
		r := x.Extract(Article{ID: "a", Published: "2019-05-06", Text: c.text})
		if len(r.Events) != 1 {
			t.Errorf("%q: %d events; want 1", c.text, len(r.Events))
			continue
		}
		p := r.Events[0].Place
		if c.name == "" {
			if p != nil {
				t.Errorf("%q: place %+v; want none", c.text, p)
			}
			continue
		}
		if p == nil || p.Name != c.name || p.Kind != c.kind || p.Admin1 != c.admin1 || (p.Lat != nil) != c.point {
			t.Errorf("%q: place %+v; want %s (%s) in %q, point %v", c.text, p, c.name, c.kind, c.admin1, c.point)
			continue
		}
		if strings.HasPrefix(p.Rule, "unlisted:") && p.ID != "" {
			t.Errorf("%q: unlisted place has id %q", c.text, p.ID)
		}
	}
}

// TestMurderCharges: murder charges tell how many died when no count tells
// more, and the shot they account for are no wounded.
func TestMurderCharges(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text            string
		killed, wounded int // -1: absent
	}{
		{"He was charged with manslaughter after he shot his friend in Dayton.", 1, -1},
		{"Police said a gunman shot two people at a party in Dayton. He faces two counts of murder.", 2, -1},
		// a count that tells more stands
		{"A gunman killed three people at a party in Dayton. He was charged with murder.", 3, -1},
		{"A gunman shot two people at a party in Dayton. He was charged with attempted murder.", -1, 2},
	}
	get := func(c Casualties, k string) int {
		if v := c.Get(k); v != nil {
			return *v
		}
		return -1
	}
	for _, c := range cases {
		r := x.Extract(Article{ID: "a", Published: "2019-05-06", Text: c.text})
		if len(r.Events) != 1 {
			t.Errorf("%q: %d events; want 1", c.text, len(r.Events))
			continue
		}
		if k, w := get(r.Events[0].Casualties, "killed"), get(r.Events[0].Casualties, "wounded"); k != c.killed || w != c.wounded {
			t.Errorf("%q: killed %d wounded %d; want %d %d", c.text, k, w, c.killed, c.wounded)
		}
	}
}
