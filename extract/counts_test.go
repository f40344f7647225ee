package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// countsOf renders a text's counts as "kind=value/qualifier" in text order.
func countsOf(text string) string {
	d := NewDocument(text)
	var out []string
	for _, c := range findCounts(d) {
		if c.aggregate {
			continue
		}
		v := "?"
		if c.hasValue {
			v = fmt.Sprint(c.value)
		}
		out = append(out, fmt.Sprintf("%s=%s/%s", c.kind, v, c.qualifier))
	}
	return strings.Join(out, " ")
}

func TestCounts(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Six Hashd al-Shaabi militiamen were killed and 31 injured on March 7.", "killed=6/exact wounded=31/exact"},
		// "being" after the people counted is their verb's, as "were" is
		{"The bombs caused six fatalities, resulting in 12 other people being transported to hospital with injuries.", "killed=6/exact wounded=12/exact"},
		// an absolute clause after "with"
		{"A helicopter was shot down, with all 5 people on board being killed.", "killed=5/exact"},
		// names listed before "all suffered", "died"
		{"Hospital staff said that Ralph Robinson, Shekirrah Thomas, Demereay Doe, and Bryant Turner all suffered injuries from being shot.", "wounded=4/exact"},
		{"Lee Tartt and Bryant Turner died at the scene.", "killed=2/exact"},
		{"Four boys between ages 12 and 16 were wounded in a shooting.", "wounded=4/exact"},                                                   // their ages between
		{"Five people on the bus went to the hospital.", "shot=5/exact"},                                                                      // where they were, then where they went
		{"Two victims were airlifted to a trauma center and two others were taken to Homestead Hospital.", "wounded=2/exact wounded=2/exact"}, // a trauma center is a hospital, and no one
		// one, the subject, in critical condition; "she" after "after" is she again
		{"A 12-year-old boy remained in critical condition Friday after a shooting on Brushton Avenue.", "shot=1/exact"},
		{"An 18-year-old woman is in critical condition after police said she was shot inside her home.", "shot=1/exact"},
		// shown up with wounds, wherever: the facility is no one counted
		{"Meanwhile, three others showed up at a local hospital with gunshot wounds.", "shot=3/exact"},
		{"Two men arrived at Grady Memorial Hospital with gunshot wounds on Sunday.", "shot=2/exact"},
		{"The call was in reference to 6 adults that walked into Sentara Norfolk General hospital with non-life threatening gunshot wounds.", "shot=6/exact"},
		// a graze is a bullet's, with or without an auxiliary (headline grammar)
		{"Two men were grazed in the shooting.", "shot=2/exact"},
		{"2 shot and wounded, 3 others grazed by gunfire at party in South LA", "wounded=2/exact wounded=3/exact"},
		{"Three people hospitalized after shooting", "shot=3/exact"},
		{"Fighting between October 10 and October 13 has resulted in 37 deaths.", "killed=37/exact"},        // days apart: a battle, no tally
		{"Elijah Jackson and Shakur Franklin, both 16, were killed during the shootout.", "killed=2/exact"}, // their one age between
		// "shooting" after a preposition is the verb
		{"A man was charged with shooting four men outside a restaurant last week.", "shot=4/exact"},
		{"The man accused of shooting eight people at a party is in jail.", "shot=8/exact"},
		// a list that breaks down a total told before it is the total
		{"Three people died after police found two men and a woman shot to death inside a house.", "killed=3/exact"},
		{"The shooting left eight people with wounds that required transport.", "shot=8/exact"},
		// a pronoun object after "after" or "when" is the victim just counted
		{"A child was rushed to the hospital after police say he shot himself.", "shot=1/exact"},
		{"A 4-year-old boy was taken to a hospital after his brother shot him in the foot.", "shot=1/exact"},
		{"A man was killed Sunday when police shot him.", "killed=1/exact"},
		{"A woman was found dead after her husband shot her and then killed himself.", "killed=1/exact killed=1/exact"}, // he is another
		// "he and three others": the one told of and the others
		{"A 12-year-old was in critical condition after he and three others were shot on a court.", "shot=4/exact"},
		{"She and three others had been shot at a residence.", "shot=4/exact"},
		// the shot before "four other people" wounded are more of the wounded
		{"A woman was shot five times after a drive-by shooting that injured four other people.", "wounded=1/exact wounded=4/exact"},
		{"Two people were shot, one fatally, in a shooting that injured three other people.", "shot=2/exact killed=1/exact wounded=3/exact"},
		{"Police identified two men who were shot to death on Friday.", "killed=2/exact"},
		{"The drive-by resulted in four people suffering gunshot wounds and a fifth person injured by flying glass.", "wounded=4/exact wounded=1/exact victims=5/at_least"},
		{"The road rage case ended with an 8-year-old girl suffering a gunshot wound to her foot.", "shot=1/exact"},
		{"#BREAKING : 2 dead, 4 injured including a 1-year-old after a shooting.", "killed=2/exact wounded=4/exact"},
		{"A 12-year-old girl was grazed by a bullet that was shot through an apartment window.", "shot=1/exact"}, // the bullet was shot, no one more
		// wounds counted are no people; a decade is an age
		{"The 10 gunshot wounds he sustained continue to heal.", ""},
		{"Police found four people suffering gunshot wounds.", "shot=4/exact"},
		{"Two of them are men in their 20′s who were shot in the leg.", ""},
		{"Two of them are men in their 20's who were shot in the leg.", ""},
		// no tally: a condition, a lone victim's violent night
		{"At least 15 civilians were killed and another 58 were wounded, including 8 in serious condition.", "killed=15/at_least wounded=58/exact"},
		{"It was a violent night for a man who was shot and killed on Main Street.", "killed=1/exact"},
		{"Three men were executed in Kirkuk, four hours north of Baghdad.", "killed=3/exact"}, // a distance, no span of a tally
		{"A 22-year-old Woodville man died at a hospital Sunday.", "killed=1/exact"},          // the age is one word of the noun phrase
		{"Kadin Mann was shot accidentally by another boy Saturday, and died Sunday morning.", "killed=1/exact"},
		{"A man was shot Saturday and died Sunday.", "killed=1/exact"},
		{"Two gunshot victims arrived at the hospital on Monday.", "shot=2/exact"}, // the noun says they were shot
		{"Three victims, a 25-year-old man, a 26-year-old man, and a 33-year-old man, were all transported to a local hospital.", "shot=3/exact"},
		{"Three other people ranging in age from 15 to 20 were taken to a hospital.", "wounded=3/exact"},
		{"Two women ages 17-year-old and 25-year-old were shot on Monday.", "shot=2/exact"}, // an age is no second count
		{"Two other gunshot victims arrived at the hospital via personal vehicles.", "wounded=2/exact"},
		{"Two shooting victims died at the hospital on Monday.", "killed=2/exact"},
		// names and ages in a list, the last age with no comma after it
		{"Nicholas Lee Powers, 30; Demario Laquan Burnett, 21; and Jerry Trivon Coleman, 31 all died of gunshot wounds.", "killed=3/exact"},
		{"He said the fourth victim, Tara Hendricks, survived and was taken to the hospital.", "wounded=1/exact victims=4/at_least"},
		{"Officers found the victim at 1861 Corning with a gunshot wound.", "shot=1/exact"}, // a house number is no count
		{"They located the victim lying on the sidewalk in front of 1861 Corning with a gunshot wound.", "shot=1/exact"},
		{"Derrick Stafford claims self-defense in shooting that killed 6-y", ""}, // an age a title's length limit cut short
		// the subject of "shot and killed" with an object is the killer
		{"A teenager accidentally shot and killed her brother Friday night.", "killed=1/exact"},
		{"Two men were shot and killed Sunday.", "killed=2/exact"},
		// a gallery's caption numbers are no counts
		{"Image 8 of 14 A teen died after being shot in the head.", "killed=1/exact"},
		// a caption a scraped page repeats without a stop is read once
		{"Video (01:15): Lake family of five found dead in a murder-suicide Video (01:15): Lake family of five found dead in a murder-suicide", "killed=5/exact"},
		{"Two men were killed in Baghdad and two men were killed in Mosul.", "killed=2/exact killed=2/exact"},
		// "another" closing the clause is one more
		{"Militants attacked a checkpoint, killing one policeman and injuring another.", "killed=1/exact wounded=1/exact"},
		{"The attack killed a policeman and injured another, officials said.", "killed=1/exact wounded=1/exact"},
		{"Shelling caused the death of a woman as well as the injury of another person.", "killed=1/exact wounded=1/exact"},
		// taken, then killed
		{"A journalist was kidnapped and killed by suspected militants.", "kidnapped=1/exact killed=1/exact"},
		{"Three shepherds were abducted, tortured and executed in Anbar.", "kidnapped=3/exact killed=3/exact"},
		{"Gunmen kidnapped two farmers and killed the driver.", "kidnapped=2/exact killed=1/exact"},
		{"Two hostages were killed in the raid.", "kidnapped=2/exact killed=2/exact"},
		// a participle describing those counted
		{"Afterwards, two of the kidnapped officers were later found dead.", "killed=2/exact"},
		// the object's complement past its "of" phrase
		{"A car bombing left at least two members of the security forces killed and three injured.", "killed=2/at_least wounded=3/exact"},
		{"The attack left 5 civilians including a child dead and 3 others wounded.", "killed=5/exact wounded=3/exact"},
		// kin counted after the one named
		{"Jackson kidnapped a woman and her two children.", "kidnapped=1/exact kidnapped=2/exact"},
		{"He shot his wife and their three sons.", "shot=1/exact shot=3/exact"},
		// a figure of those told who died
		{"Two of the wounded later died.", "killed=2/exact"},
		{"Three of the people shot were teenagers, including the one who died.", "shot=3/exact"}, // not three dead
		// a bullet's path names whom it hit
		{"A stray bullet struck a 9-year-old girl in the leg.", "shot=1/exact"},
		{"The trigger was pulled with the round striking the victim in the back.", "shot=1/exact"},
		// one figure for the dead and the hurt together is a figure of neither
		{"Six paramilitary fighters were killed and wounded in a double bombing.", "killed=?/vague wounded=?/vague"},
		{"An ISIS suicide bomber slaughtered 18 people to death and injured 26 at a wedding.", "killed=18/exact wounded=26/exact"},
		// another incident's toll, named beside the one told
		{"A car bomb rocked Aleppo just a day after twin blasts in the capital killed almost 30 people.", ""},
		{"The attack was preceded by another attack on a different club that killed at least 16.", ""},
		{"Two days after a bombing killed 10 people, ISIS claimed it.", "killed=10/exact"},     // the incident itself
		{"Four teens, one fatally, were shot at a McDonald's.", "killed=1/exact shot=4/exact"}, // the dead among them, then their verb
		// a reflexive object and another victim
		{"A boy is charged in a shooting that injured himself and a friend.", "wounded=1/exact wounded=1/exact"},
		{"A man was arrested after he injured himself and a juvenile Saturday night.", "arrested=1/exact wounded=1/exact wounded=1/exact"},
		{"The shootings injured a 5-year-old boy and a 20-year-old woman.", "wounded=1/exact wounded=1/exact"},
		{"He is accused of killing his father and a first-grader and wounding a teacher and another 6-year-old.", "killed=1/exact killed=1/exact wounded=1/exact wounded=1/exact"},
		{"Her father shot her and her mother, 21-year-old Emiko Diaz, before killing himself.", "shot=1/exact shot=1/exact killed=1/exact"}, // an age is no victim
		// people named with their ages, one predicate for all
		{"Walter Lee Barfield, 23, of Cleveland, Brandon White, 31, of Warrensville Heights and William Gonzalez, 32, of Garfield Heights died in the shooting.", "killed=3/exact"},
		{"Jacob Smith, 9, and Jared Smith, 8, died.", "killed=2/exact"},
		// two people after one verb
		{"The shooting killed a 1-year-old boy and his 21-year-old uncle last month.", "killed=1/exact killed=1/exact"},
		{"He is accused of killing a father and son in November.", "killed=1/exact killed=1/exact"},
		{"Police found a father and daughter dead on New Year's Day.", "killed=1/exact killed=1/exact"},
		{"The couple is charged in the death of a 9-year-old and her grandmother.", "killed=1/exact killed=1/exact"},
		{"The sheriff is charging the father of a one year old girl shot and killed in an accident.", "killed=1/exact"}, // an age without hyphens
		// a total of one incident is no statistic
		{"In total, two people were killed, including the suspect, and six others were injured.", "killed=2/exact wounded=6/exact"},
		// "dead" after the object of an active "shot"
		{"A man shot his 1-year-old daughter dead on Monday.", "killed=1/exact"},
		{"He shot two people dead on Monday.", "killed=2/exact"},
		{"A man shot her dead on Monday.", "killed=1/exact"},
		{"He shot a man in the leg and left him for dead.", "shot=1/exact"},
		// the shooter dead by his own hand; not an attempt
		{"He shot his wife before turning the gun on himself.", "shot=1/exact killed=1/exact"},
		{"She later took her own life.", "killed=1/exact"},
		{"She tried to take her own life.", ""},
		{"About 500 children are killed in gun accidents each year, the study found.", ""}, // statistics
		{"According to the report, \u201cInnocents Lost: A Year of Unintentional Deaths,\u201d at least 100 children were killed in unintentional shootings.", ""},
		// people named or told one by one, then the predicate of all of them
		{"Shots were fired and MBN Agent Lee Tartt and the male suspect were killed.", "killed=2/exact"},
		{"John Smith and Jane Doe were killed in the shooting.", "killed=2/exact"},
		{"The gunman and a police officer were killed.", "killed=2/exact"},
		{"The driver and his passenger were wounded.", "wounded=2/exact"},
		{"The victim and his brother were both shot and killed.", "killed=2/exact"},
		{"Baghdad and Mosul were hit.", ""},
		// one incident singled out of a sum is counted; attacks told as a
		// series are one coordinated incident
		{"Forty people were shot in three separate shootings. Among the attacks was a shooting in Fernwood where four people were killed.", "killed=4/exact"},
		{"Four separate rocket attacks killed 5 civilians.", "killed=5/exact"},
		// a subject's age adjectives are read past to its verb; one more
		// person of the subject is one more, as is one in a clause of its own
		{"Three 28-year-old men from Tarboro and a 27-year-old man from Pinetops were wounded in the shooting.", "wounded=3/exact wounded=1/exact"},
		{"Two men were shot and a woman was wounded.", "wounded=2/exact wounded=1/exact"},
		{"Two men were shot, and a woman was injured by flying glass.", "wounded=2/exact wounded=1/exact"},
		{"Two men were shot; a woman was wounded.", "wounded=2/exact wounded=1/exact"},
		// a victim told by its rank: so many victims at least
		{"A fourth victim drove herself to a hospital.", "victims=4/at_least"},
		{"Officers later discovered a seventh victim.", "victims=7/at_least"},
		{"The fifth person is in satisfactory condition.", "victims=5/at_least"},
		{"A fourth victim in a shooting that killed three others has died.", "killed=3/exact victims=4/at_least"},
		{"Two teens are hospitalized after a third teen accidentally shot them.", "shot=2/exact"}, // the shooter
		{"He was the 64th homicide victim of the year.", ""},
		{"A third child inside the home was unharmed.", ""},
		{"A second man is wanted for questioning.", ""},
		{"Police fired at the second victim.", ""},
		{"A seventh grader was shot in the arm.", "shot=1/exact"},
		{"Two victims, a 25-year-old Milwaukee man and a 26-year-old Milwaukee man, died at the scene.", "killed=2/exact"},
		// taken to hospital and said to survive: wounded, not only shot
		{"Three victims were transported to a local hospital for treatment of non-life threatening injuries.", "wounded=3/exact"},
		{"Three victims were transported to a local hospital.", "shot=3/exact"},
		// the hurt without a casualty verb
		{"A 15-month-old in the minivan was also struck but suffered injuries that weren't life-threatening.", "shot=1/exact"},
		{"The boy remains hospitalized in stable condition at Children's Hospital.", "shot=1/exact"},
		{"A 9-year-old girl was struck by gunshots on Monday.", "shot=1/exact"},
		{"They found three people dead and transported one to the hospital.", "killed=3/exact wounded=1/exact"},
		{"A six-year-old boy is dead and his 11-year-old brother in a hospital after the shooting.", "killed=1/exact wounded=1/exact"},
		{"He visited his mother and his brother in a hospital.", ""},
		{"Ellis, 44, was shot along with three others around 1 a.m.", "shot=1/exact shot=3/exact"},
		{"A 59-year-old man, 49-year-old woman and 53-year-old man suffered gunshot wounds to the leg.", "shot=3/exact"},
		{"Another man and a six-month-old baby were also injured in that shooting.", "wounded=2/exact"},
		{"Three other people were treated at a hospital and released.", "wounded=3/exact"},
		{"Two people were taken privately to a hospital.", "shot=2/exact"},
		{"A second man was taken to an area hospital where he was being treated.", "shot=1/exact victims=2/at_least"}, // a hospital is no one
		// brain death is death
		{"She was declared clinically brain-dead at 5:10 p.m.", "killed=1/exact"},
		{"Her family says doctors have declared her brain dead.", "killed=1/exact"},
		// an infinitive is an intent, not a count
		{"He had a gun and he was going to kill his wife and kids, the chief said.", ""},
		// a list of video clips, one caption a line after its running time
		{"0:45 Emergency responders work to extricate deputy from vehicle Pause\n\n1:27 1 dead after Fife collision, police say\n\n0:35 Two teens charged in Lakewood shooting that killed 15-year-old boy", ""},
		{"1:19 Preliminary autopsy results revealed Pause 0:50 One dead after shooting involving officer 2:06 Officer describes finding clown", ""},
		{"Police said two men were killed at 1:30 a.m. and 2:15 a.m.", "killed=2/exact"},
		// a definite count that sums the dead told before it
		{"He is suspected of shooting a woman and a child to death before turning the gun on himself Sunday, leaving police to discover the three dead.", "killed=1/exact killed=1/exact killed=1/exact"},
		{"Sandra Salgado, 14, and Felix Solano, 16, were shot.", "shot=2/exact"},
		{"Jeremy Contreras, 36, Garett Contreras, 5, and Avery Contreras, 23 months, all died.", "killed=3/exact"},
		{"Kadin Tige Mann, age 5, died Sunday.", "killed=1/exact"},
		{"The mother told FOX 5 that her son was shot and killed.", "killed=1/exact"}, // a channel, not five
		{"At least ten deaths and twenty-six injuries were reported in the attack.", "killed=10/at_least wounded=26/exact"},
		{"Three deaths were confirmed after the bombing.", "killed=3/exact"},
		{"4 separate rocket attacks ended with the death of 5 civilians.", "killed=5/exact"}, // one coordinated attack
		{"On June 10, 2014, 12 people were killed in Mosul.", "killed=12/exact"},             // a day's incident in a year
		// a relative clause between the count and its verb
		{"Two former Fiji soldiers who work for a security firm as contractors in Iraq were killed.", "killed=2/exact"},
		{"James Means, 15, was shot and killed Monday night.", "killed=1/exact"},        // an age is no count before "was"
		{"William A Young Jr., 32, was shot and killed by officers.", "killed=1/exact"}, // nor after "Jr."
		{"Three men, ages 20, 21 and 25, were shot.", "shot=3/exact"},                   // the ages are the subject's
		{"Two teens, aged 17 and 19, were killed in the shooting.", "killed=2/exact"},
		{"The victim was also 15. He died Sunday of a single gunshot wound.", "killed=1/exact"}, // a pronoun subject is one
		{"a shooting that left another man dead and two people injured", "killed=1/exact wounded=2/exact"},
		{"He was arrested in connection with the fatal shooting of a teen.", "killed=1/exact"},
		{"Police are investigating the fatal shooting of Christopher Rodriguez.", "killed=1/exact"},
		{"The toddler suffered a gunshot wound to the thigh and was taken to the hospital.", "shot=1/exact"}, // one subject, once
		{"In a separate incident, a 2-year-old suffered a gunshot wound Sunday.", "shot=1/exact"},
		{"Two men suffered gunshot wounds.", "shot=2/exact"},
		{"Devon was struck in his right shoulder, police said.", "shot=1/exact"}, // a wound by where it struck
		{"The second victim was hit in the hand.", "shot=1/exact victims=2/at_least"},
		{"The child was grazed in the leg.", "shot=1/exact"},
		{"Adams was hit in the face by a shot from a 12-gauge shotgun.", "shot=1/exact"}, // "a shot" is the noun
		{"The boy was struck by a car.", ""},
		{"A 7-year-old boy should recover after shooting himself in the head.", "shot=1/exact"},
		{"A 2-year-old girl is recovering after being accidentally shot in the neck.", "shot=1/exact"},
		{"Jesse Hayes, 15, is the victim who died Monday after being shot in the face.", "killed=1/exact"},
		{"Bentley Lenhart suffered a gunshot wound to his abdomen.", "shot=1/exact"},
		{"Tony McLaughlin, 38, suffered serious injuries.", "wounded=1/exact"},
		{"McLaughlin had arrived at Calais Regional Hospital with a gunshot wound.", "shot=1/exact"},
		{"The mother was nearby, bleeding from a self-inflicted gunshot wound.", "shot=1/exact"},
		{"Three people were found with gunshot wounds after police heard shots.", "shot=3/exact"},
		{"The company suffered heavy losses after being sued.", ""},
		{"He shot two people, one of whom died at the Tampa Hotel.", "shot=2/exact killed=1/exact"}, // one of the two, not a third
		{"A gunman opened fire, killing Teryus and his friend.", "killed=2/exact"},                  // people by name
		{"Thomas shot and killed Veondus Dennis and Antwan Wheeler on May 10.", "killed=2/exact"},
		{"A security guard fatally shot Earnest Sneed, police said.", "killed=1/exact"},
		{"Police are investigating the fatal shooting of one man and wounding of three other persons.", "killed=1/exact wounded=3/exact"},
		{"A two-year-old was airlifted to the hospital after accidentally shooting himself.", "shot=1/exact"}, // one subject, once
		{"The toddler suffered a handgun wound to his abdomen and was taken to the hospital.", "shot=1/exact"},
		{"An Islamic State cell assassinated a member of the SDF in Raqqa.", "killed=1/exact"},
		{"He accidentally shot himself and died Wednesday evening.", "killed=1/exact"},
		{"Conner died of a gunshot wound to the chest.", "killed=1/exact"},
		{"Smith, 27, died Sunday.", "killed=1/exact"},
		{"Officer Frank Robertson said one of the victims, a man, has been pronounced dead.", "killed=1/exact"},
		{"Police say one of five people shot outside the Billiards and Lounge has died.", "killed=1/exact shot=5/exact"},
		{"The boy got his father's gun and fatally shot himself.", "killed=1/exact"},
		{"He pleaded guilty for fatally shooting his 5-year-old daughter.", "killed=1/exact"},
		{"An 8-year-old boy accidentally shot his 11-year-old friend with a rifle.", "shot=1/exact"},
		{"A shooting left a 7-year-old girl dead and her 8-year-old friend injured.", "killed=1/exact wounded=1/exact"},
		{"A shooting early Wednesday sent five people, including two teens, to the hospital.", "shot=5/exact"},
		{"He sent a letter to the hospital.", ""},
		{"Militants burned to death 15 civilians, including children.", "killed=15/exact"},
		{"The militants buried 45 men alive in Qayyarah.", "killed=45/exact"},
		{"Workers buried 45 cables underground.", ""},
		{"The caliphate burns fifteen civilians alive for trying to flee.", "killed=15/exact"},
		{"Gunmen took three people hostage at a bank.", "kidnapped=3/exact"},
		{"Gunmen took hostage three workers.", "kidnapped=3/exact"},
		{"Militants are holding 12 villagers hostage.", "kidnapped=12/exact"},
		{"Three people were taken hostage in Kirkuk.", "kidnapped=3/exact"},
		{"Police rounded up 15 suspects in Mosul.", "arrested=15/exact"},
		{"At least 15 suspects were rounded up in Mosul.", "arrested=15/at_least"},
		{"Militants seized two engineers in Kirkuk.", "arrested=2/exact"},
		{"Two engineers were seized by gunmen.", "arrested=2/exact"},
		{"Soldiers seized two suicide vests and ammunition.", ""},
		{"Two trucks were seized in Mosul.", ""},
		{"He took two shots at the car.", ""},
		{"Militants batter two ‘adulterers’ to death with rocks.", "killed=2/exact"},
		{"Militants executed three \"traitors\" on Monday.", "killed=3/exact"},
		{"Four guards were injured, and one civilian hostage died from the wounds sustained during the raid.", "wounded=4/exact killed=1/exact"},
		{"A Canadian and a Briton were killed near Raqqa.", "killed=1/exact killed=1/exact"}, // two people, coordinated
		{"The death toll of Turkish soldiers in Syria's Al-Bab has increased to 16.", "killed=16/exact"},
		{"He suffered fatal injuries in the crash.", "killed=1/exact"},
		{"Two others were taken to a hospital.", "wounded=2/exact"},       // others are not the dead
		{"He was rushed to a hospital, where he died.", "killed=1/exact"}, // the death, not a trip to hospital
		{"The suspect was taken to the police station.", ""},
		{"A car bomb exploded, killing nine people and wounding 23.", "killed=9/exact wounded=23/exact"},
		{"At least 12 people were killed and more than 30 wounded.", "killed=12/at_least wounded=30/at_least"},
		{"Suspected militants abducted thirty-one truffle hunters.", "kidnapped=31/exact"},
		{"A federal police officer died in the attack.", "killed=1/exact"},
		{"ISIS had wounded the mukhtar and killed his bodyguard.", "wounded=1/exact killed=1/exact"},
		{"Gunmen shot dead the mukhtar of a village.", "killed=1/exact"},
		{"At least 17 SDF fighters and 28 jihadists were killed in clashes.", "killed=17/at_least killed=28/at_least"},
		{"The strike killed a senior commander of the PKK and two of his companions.", "killed=1/exact killed=2/exact"},
		{"Federal police arrested an IS judge, and 15 fighters.", "arrested=1/exact arrested=15/exact"},
		// victims listed after an active verb, one by one
		{"Islamic State cells assassinated two SDF members and a local council chief in Al-Busayrah.", "killed=2/exact killed=1/exact"},
		{"A car bomb went off near the base, killing a commander, ten other personnel and seven civilians, including three children.", "killed=1/exact killed=10/exact killed=7/exact"},
		{"Militants shot and killed a security leader of the PMF as well as 7 of his family.", "killed=1/exact killed=7/exact"},
		{"A militant executed his brother and another person for spying.", "killed=1/exact killed=1/exact"},
		{"Gunmen killed two soldiers, a police officer said.", "killed=2/exact"},
		{"He shot and killed his father, Samir Zawahri, 55.", "killed=1/exact"},
		{"The gunman fatally wounded one student, and injured another and a teacher.", "killed=1/exact wounded=1/exact wounded=1/exact"},
		{"A girl was shot and killed at a south side home.", "killed=1/exact"},
		{"Two US civilian workers and their Iraqi interpreter were shot dead near Hillah.", "killed=2/exact killed=1/exact"},
		{"Gunmen killed Younis and his assistant in Kirkuk.", "killed=2/exact"},
		{"A 15-year-old male and a 69-year-old male in the vehicle with Johnson were also hit by gunfire.", "shot=1/exact shot=1/exact"},
		{"The victims, ages 19 and 22 — were transported to area hospitals.", ""},
		{"Four people are dead and another is fighting for her life.", "killed=4/exact wounded=1/exact"},
		{"Two men were in critical condition after the shooting.", "shot=2/exact"},
		{"Two men remain listed in serious but stable condition.", "shot=2/exact"},
		{"As a result, there is currently one wounded and one deceased.", "wounded=1/exact killed=1/exact"},
		{"The sheriff said four men, aged 20 to 27, were shot outside a store.", "shot=4/exact"},
		{"Police said one dead and 2 others in critical condition.", "killed=1/exact wounded=2/exact"},
		{"Five people were shot; two are in critical condition.", "shot=5/exact"},
		{"Two of the victims remain in critical condition.", ""},
		{"One of the two 11-year-old boys is in serious condition.", ""},
		{"A 26 yr old man is in critical condition.", ""},
		{"The casualties are the death of three suicide bombers, 3 policemen, and the injury of 5 civilians.", "killed=3/exact killed=3/exact wounded=5/exact"},
		{"Journalist Shifa Gardi was killed along with a PMF commander and four militia fighters.", "killed=1/exact killed=1/exact killed=4/exact"},
		{"The death toll rose to 14 on Sunday.", "killed=14/exact"},
		{"Security forces found the bodies of four shepherds.", "killed=4/exact"},
		{"A gunman shot six people, one fatally, at a party.", "shot=6/exact killed=1/exact"},
		{"41 people, 35 of them children, were killed.", "killed=41/exact"},
		{"The driver was killed as were three police officers.", "killed=1/exact killed=3/exact"},
		{"Two guards were wounded, as were two civilians.", "wounded=2/exact wounded=2/exact"},
		{"Seven Islamic State fighters were boiled to death.", "killed=7/exact"},
		{"A woman was stoned to death on charges of adultery.", "killed=1/exact"},
		{"He was sentenced to death in 2010.", ""},
		{"Three men were condemned to death by the court.", ""},
		{"An explosion killed 18 people and injured an additional 16 others.", "killed=18/exact wounded=16/exact"},
		{"A car bomb exploded, killing sixteen civilians and wounding another 54.", "killed=16/exact wounded=54/exact"},
		{"An explosion killed at least two policemen.", "killed=2/at_least"},
		{"A bomb killed two soldiers and 4 others were injured.", "killed=2/exact wounded=4/exact"},
		{"A suicide bomber left 12 people dead and at least 30 injured.", "killed=12/exact wounded=30/at_least"},
		{"Rocket attacks ended with the death of 5 civilians and the injury of at least 9 people.", "killed=5/exact wounded=9/at_least"},
		{"Bombs across Baghdad on 12 July killed at least 29 people.", "killed=29/at_least"},
		{"The blast killed 23 people including four commanders and four civilians.", "killed=23/exact"},
		{"A roadside bomb blew up resulting in 3 deaths and 12 injured.", "killed=3/exact wounded=12/exact"},
		{"An attack caused at least 84 deaths and more than 90 injuries.", "killed=84/at_least wounded=90/at_least"},
		{"There were 1,000 deaths last year in the province.", ""},
		{"Four regime fighters, including three officers, were killed in an ambush.", "killed=4/exact"},
		{"11 security officials including 7 Russian soldiers were killed.", "killed=11/exact"},
		{"Three members of the SDF in Manbij died when a bomb exploded.", "killed=3/exact"},
		{"Police were called at 4 p.m. He died later at the hospital.", "killed=1/exact"}, // one, the pronoun's; not the 4 of the time,
		{"An 80yo man who died in the fire was identified.", "killed=1/exact"},            // the man, not 80
		{"Police say a 5-year-old boy who died over the weekend was shot by his brother.", "killed=1/exact shot=1/exact"},
		{"At least 26 people were killed, including a policeman and 9 of his relatives who died when their house was bombed.", "killed=26/at_least"},
		{"The 5-year-old victim was struck and killed.", "killed=1/exact"},
		{"A man was shot, killed in the street on Friday.", "killed=1/exact"},
		{"Three people were stabbed and wounded near the bar.", "wounded=3/exact"},
		{"The drive-by shooting took the life of a 15-year-old basketball star.", "killed=1/exact"},
		{"The blast claimed the lives of at least 12 people.", "killed=12/at_least"},
		{"The disease took the life of the movement.", ""},
		// numbers that are not head counts: clock times, addresses, 911, ages, channel numbers
		{"Police were called at 4:35 p.m. for a man who had been wounded.", "wounded=1/exact"},
		{"Officers responded to the 600 block of Laurens Street when they were shot.", ""},
		{"The 911 center received a call saying her son had just been shot.", ""},
		{"Police are investigating the death of 25-year-old Laprida Shears.", "killed=1/exact"},
		{"A 43 y/o man was shot on Main Street.", "shot=1/exact"},
		{"Two men who were shot and killed were named.", "killed=2/exact"},
		{"A man who shot his wife was arrested.", "shot=1/exact"}, // the wife, not the man
		{"WLWT 5 One dead, one hurt in shooting", "killed=1/exact wounded=1/exact"},
		{"2018 Baghdad bombings: 38 people were killed.", "killed=38/exact"},
		{"The shots left one person dead, and 4 others injured according to police.", "killed=1/exact wounded=4/exact"},
		{"Four other teenagers, ages 13 to 17, sustained what police say are non-life threatening injuries.", "wounded=4/exact"},
		{"Four unnamed others were struck by gunfire and treated for injuries.", "shot=4/exact"},
		{"A woman was hit by a stray bullet.", "shot=1/exact"},
		{"A pedestrian was hit by a car.", ""},
		{"A man fatally shot a teenager who attempted to rob him.", "killed=1/exact"},
		{"An injured woman was found outside the house.", "wounded=1/exact"},
		{"The boy sustained substantial, but non-life-threatening injuries.", "wounded=1/exact"},
		{"An injured knee kept him out.", ""},
		{"Two men killed Sunday in the shooting were named.", "killed=2/exact"}, // a weekday is no object
		{"He was charged in the killings of three men.", "killed=3/exact"},
		{"The girl was fatally struck by the gunfire.", "killed=1/exact"},
		{"He faces trial for the 2013 shooting of seven people.", "shot=7/exact"},
		{"Three additional victims with apparent gunshot wounds were transported to the hospital.", "shot=3/exact"},
		{"(WSMV) Timea Batts, 11, died after being shot on Monday.", "killed=1/exact"},
		{"The victim Ronnie Bowers, 16, has died, an investigator said.", "killed=1/exact"},
		{"That future was taken away when he was shot and died on the street.", "killed=1/exact"},
		{"Police arrested the father of a girl who was shot at her home and later died from her injuries.", "killed=1/exact"},
		{"Police said a man was shot in the leg, and his brother died.", "shot=1/exact killed=1/exact"}, // not "shot and died"
		{"They called 911 and began first aid but the boy died.", "killed=1/exact"},                     // the boy, not 911
		{"Two men were shot early Sunday, one of them fatally.", "shot=2/exact killed=1/exact"},
		{"Gunmen wounded five people, two of them critically.", "wounded=5/exact"},
		{"Two people were shot to death on Friday.", "killed=2/exact"},
		{"The shooting killed 24-year-old Alex DoSouto of Dorchester.", "killed=1/exact"},
		{"Police said he shot 17-year-old twins in the park.", ""},
		{"A gunman shot dead three people on Sunday.", "killed=3/exact"},
		{"Two men were shot outside a store. One of them died.", "shot=2/exact killed=1/exact"},
		{"Militants kidnapped a dozen truffle hunters.", "kidnapped=12/exact"},
		{"Half a dozen soldiers were wounded.", "wounded=6/exact"},
		{"Two hundred and five people were killed.", "killed=205/exact"},
		{"Dozens were killed in the blast.", "killed=?/vague"},
		{"Scores of people were injured in the blast.", "wounded=?/vague"},
		// a kin word's name in apposition, an Arabic article in a name
		{"Saad Ismael and his uncle Mahmoud Baiyati were wounded in the blast.", "wounded=2/exact"},
		{"Saad Ismael and Mahmoud al-Baiyati were wounded in the blast.", "wounded=2/exact"},
		// murder charges tell the dead; an attempt, a unit or a rate does not
		{"Three men each face two counts of murder and two counts of attempted murder.", "charged=2/exact"},
		{"Ivanov is held on three first-degree murder counts.", "charged=3/exact"},
		{"A Rayville man is facing one charge of negligent homicide.", "charged=1/exact"},
		{"A man was charged with second-degree murder on Monday.", "charged=1/at_least"},
		{"He was charged with attempted murder.", ""},
		{"Homicide detectives are investigating.", ""},
		{"The city's murder rate dropped by 20 percent.", ""},
		{"Dozens of civilians were wounded.", "wounded=?/vague"},
		{"Hundreds of families were displaced.", ""},
		{"Between 50 and 150 fighters were killed.", "killed=50/range"},
	}
	for _, c := range cases {
		if got := countsOf(c.text); got != c.want {
			t.Errorf("counts(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

// TestNotCounts lists numbers that are never casualties.
func TestNotCounts(t *testing.T) {
	for _, text := range []string{
		"Even when offered a bribe of 50,000 dinars, Khaled insisted.",
		"Khaled, 54, was putting his feet up.",
		// incidents told apart, and their sum told on
		"Three separate shootings left six people wounded in Englewood on Tuesday night.",
		"Police are investigating three separate shooting incidents that occurred late Friday. Police say six people sustained injuries as a result of the shootings.",
		// tallies over years, a year's shootings, a year up to a day
		"Between January 2010 and August 2013, seven people were killed in crashes, according to a study.",
		"According to the group, a total of three children in Alaska were killed last year by accidental shootings.",
		"The fund said that 67 law enforcement officers have been killed in the line of duty this year through July 20.",
		"The fund on Wednesday issued a report revealing that 67 officers have been killed this year through July 20.",               // the report's day
		"Figures showed that 19 officers had been slain nationwide in July, through Monday.",                                         // a month's running total
		"In two-and-a-half years ending this past summer, there were 45 such shootings, with 29 children wounded and eleven killed.", // a span of years
		"Over the past five years, 12 people were killed at the intersection.",
		"The victims — Shaun Smith, 29; and Parish Jordan and Leroy Monsalvatge, both 22 — were seriously injured.", // an age of two
		"A bomb exploded outside an office in Damascus, no one was killed or injured.",
		"Nobody was hurt.",
		"Two dogs were also wounded.",
		"Had she been shot two inches lower, she would not have survived.",
		"The killed Fijians were identified as Emori Vunibokoi and Kelepi Qaranivalu.",
		"None of the guards were injured in the blast.",
		"the 23-year-old was approached by two men",
		"About 1,000 fighters have crossed into Iraq.",
		"Last month saw at least 83 cases of kidnap, murder or both.",
		"He said there were no more than 75 militants in the province.",
		"At least 17,000 IS fighters are still operating in Iraq.",
		"I had 200 pieces of shrapnel in my body.",
		"taking seven bullets to the chest",
		"I got 200 people to sign a petition",
		"Six of us walked for about 10 or 12 kilometers.",
		"Iraqi forces killed Islamic State militants in Mosul.", // a group is no name of one person
		"Gunmen killed Christmas Eve revellers.",
		"The strike killed ISIS commanders.",
		"Ten days later, the kidnapper called.",
		"A Mi-8 helicopter was shot down over Idlib.", // a model's designation
		"A Russian drone was shot down over Idlib.",   // a machine, no one
		"Two tanks were hit by missiles.",
		"The six-shot revolver was out of bullets.",
		"Two teens have been killed already in 2016 from accidental shootings.",
		// a roundup of several incidents
		"Three died and 16 were wounded in seven separate shootings over the weekend.",
		"Four people have been shot since Tuesday morning.",
		"At least 18 people were shot between Tuesday afternoon and early Wednesday.",
		"At least 80 people were killed in the city in November alone.",
		"More than 500 people died in 2013 from accidental gunshots.", // a year's tally
		"Fifty-five people were shot in Daytona Beach last year.",
		"There were 1,000 deaths last year.",
		"In 2017, 300 people were killed since the start of the year.",
		"Two boys were among 70 people wounded in gun violence over the holiday weekend.",
		"Multiple children have been shot in recent weeks by stray bullets, 12 of them fatally.",
		"14 shot, one fatally, since 8 p.m.", // a night's tally
		"Eight people were shot in a five-hour span.",
		"7 adults, one child shot in five hours",
		"It was a violent night in Cincinnati as eight people were shot.",
		"Violent night in St. Louis leaves one dead, nine others wounded",
		"Nine people were shot overnight, including seven in just one location.", // one incident's share of it
		"A spate of gunfire left 20 people wounded, including seven at a Brooklyn barbecue.",
		"A suicide bomber killed five people.",
	} {
		got := countsOf(text)
		if text == "A suicide bomber killed five people." {
			if got != "killed=5/exact" {
				t.Errorf("counts(%q) = %q; want only the victims (killed=5/exact)", text, got)
			}
			continue
		}
		if got != "" {
			t.Errorf("counts(%q) = %q; want none", text, got)
		}
	}
}

func TestParseNumber(t *testing.T) {
	cases := map[string]int{"six": 6, "thirty-one": 31, "1,000": 1000, "two hundred and five": 205, "a dozen": 12,
		"half a dozen": 6, "twelve": 12, "2 million": 2000000, "ninety-nine": 99}
	keys := make([]string, 0, len(cases))
	for k := range cases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		d := NewDocument(k + " people")
		n, ok := parseNumber(d.Tokens, 0)
		if !ok || n.Value != cases[k] {
			t.Errorf("parseNumber(%q) = %d, %v; want %d", k, n.Value, ok, cases[k])
		}
	}
}

// TestNumberWordRun: a run of number words is read a bounded number of words
// at a time, not as one number the length of the run.
func TestNumberWordRun(t *testing.T) {
	d := NewDocument(strings.Repeat("twenty ", 1000))
	n, ok := parseNumber(d.Tokens, 0)
	if !ok || n.End-n.Start > maxNumberWords {
		t.Errorf("parseNumber over a run of 1000 number words = %+v, %v; want at most %d words", n, ok, maxNumberWords)
	}
}

// TestAgeListNoCount checks that a list of ages sharing one "-year-old" is
// no count of people of its middle age.
func TestAgeListNoCount(t *testing.T) {
	const text = "In a separate incident, a 14-, 15-, and 17-year-old were shot leaving a store."
	if got := countsOf(text); strings.Contains(got, "=15/") || strings.Contains(got, "=14/") {
		t.Errorf("counts(%q) = %q; want no count of an age", text, got)
	}
}

// TestCountsOfSurnames checks the counts that read a surname alone as a
// person, which the place stage finds ("Ruth Hale, 40," names Hale).
func TestCountsOfSurnames(t *testing.T) {
	x := testExtractor(t)
	countsIn := func(text string) string {
		d := NewDocument(text)
		x.findPlaces(d, nil)
		var out []string
		for _, c := range findCounts(d) {
			out = append(out, fmt.Sprintf("%s=%d/%s", c.kind, c.value, c.rule))
		}
		return strings.Join(out, " ")
	}
	cases := []struct{ text, want string }{
		{"The victims are Ruth Hale, 40, Owen Pryce, 31, and Dana Marsh, 19. Hale, Owen Pryce and Marsh were shot in the legs.", "shot=3/count.coordinated"},
		{"Officers named Ruth Hale, 40, Owen Pryce, 31, and Dana Marsh, 19. The shots that killed Hale, Pryce and Marsh were fired from one rifle.", "killed=3/count.verb-name"},
		// people in apposition to a plural, then a hospital's predicate
		{"His parents, Ruth Hale and Owen Pryce, were taken to the hospital with gunshot wounds.", "shot=2/count.coordinated"},
		// a capitalised word the text gives no one as a surname stays out
		{"Memorial, Grant and Riverside were placed on lockdown after the shooting.", ""},
		// a clause after the comma is no predicate of the people before it
		{"Two masked people, a woman and a man, abducted a cashier from the bank.", "kidnapped=1/count.verb-n"},
	}
	for _, c := range cases {
		if got := countsIn(c.text); got != c.want {
			t.Errorf("%q = %q; want %q", c.text, got, c.want)
		}
	}
}

// TestCountEvidence checks the words a count gives as its evidence: the
// people it counts, whole.
func TestCountEvidence(t *testing.T) {
	cases := []struct{ text, want string }{
		// "IS" before a noun is the group, not the verb
		{"Police arrested an IS judge, and 15 fighters in Mosul.", "arrested an IS judge|arrested an IS judge, and 15 fighters"},
		{"Gunmen took three people hostage at a bank.", "took three people hostage"},
		{"Militants killed two hostages on Monday.", "killed two hostages"},
		{"Scores of people were injured in the blast.", "Scores of people were injured"},
	}
	for _, c := range cases {
		d := NewDocument(c.text)
		var got []string
		for _, m := range findCounts(d) {
			got = append(got, d.Text[d.Tokens[m.start].Start:d.Tokens[m.end-1].End])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: evidence %q; want %q", c.text, g, c.want)
		}
	}
}
