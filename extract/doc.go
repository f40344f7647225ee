// Package extract turns news articles into incident records.
//
// The pipeline runs in one direction. NewDocument tokenises the text and
// splits it into paragraphs and sentences; independent stages then each
// write one layer of typed spans (dates.go, places.go, actors.go, counts.go,
// rules.go for attack triggers); event assembly (events.go, roles.go) reads
// the layers and builds incidents; record.go is the output contract of
// SPEC.md. An Extractor holds the immutable resources and is safe for
// concurrent use; nothing here reads files, flags, the environment or the
// clock: the publication date is an input.
//
// # Rule files
//
// Attack-type rules are YAML (rules/attacks.yaml is embedded; users add files
// with --rules DIR). A file is a mapping with one key, attack_types, holding
// a list of rules:
//
//	attack_types:
//	- id: car-bomb            # lowercase letters, digits, hyphens; unique
//	  type: car_bomb          # one of SPEC.md's event types
//	  priority: 85            # 0-100; the highest trigger in a sentence sets the type
//	  plural_generic: false   # true: "kidnappings" without a number is a statistic
//	  patterns: ["car bomb*", "vbied*", "booby-trapped car*"]
//
// A pattern is a run of words matched case-insensitively on whole words;
// hyphens count as spaces, diacritics and apostrophes are folded, and a word
// ending in * matches any word it begins. A rule whose id exists replaces
// it. Unknown keys, unknown types, duplicate ids, bad priorities and empty
// patterns are errors reported as file:line: message, all of them at once.
//
// The same files may hold suspects: (rules/suspects.yaml is embedded), the
// suspected attribution of incidents whose article names no perpetrator:
//
//	suspects:
//	- id: islamic-state-iraq  # unique; a user rule with this id replaces it
//	  actor: islamic-state    # an actor id of the dictionary
//	  countries: [IQ]         # ISO 3166-1 alpha-2 codes of the incident's place
//	  admin1: [Kirkuk]        # optional: GeoNames admin1 names
//	  from: 2014-01           # YYYY, YYYY-MM or YYYY-MM-DD; required
//	  until: 2021             # the last day, month or year; required
//	  types: [bombing, ied]   # optional; default every type but arrest
//	  note: why               # shown after "suspected: " in the output
//
// The first rule covering an incident's country, admin1, date and type adds
// its actor as perpetrator, with no text, note "suspected: <note>" and rule
// "suspects:<id>".
package extract
