// Package gazetteer loads, indexes and looks up places and conflict actors.
//
// The embedded place data is derived from GeoNames (CC BY 4.0) by
// internal/gen (`go generate ./gazetteer/...`; see data/PROVENANCE.md):
// data/places.tsv holds every country, admin1, admin2 and populated place of
// 500+ people, and data/names.bin a sorted table of 64-bit FNV-1a hashes of
// normalised names with the rows they name. Lookups are interpolation
// searches over that table in place, so a gazetteer is ready without parsing
// its names. Curated places (data/places.yaml) and user files are added in
// memory on top.
//
// # Names
//
// Key normalises a name: lowercase, diacritics folded, apostrophes dropped,
// hyphens and punctuation as spaces, dotted initials joined ("U.S." is "us"),
// and Arabic articles dropped before the next word ("al-", "el-", and the
// assimilated "ar Raqqah", "as Suwayda", "az Zubayr"). "Al-Qa'im", "al Qaim"
// and "Qaim" share the key "qaim".
//
// # Place overlay files
//
// A YAML file with a `places:` list (data/places.yaml is one; users pass
// more with --rules DIR). Each entry is a mapping:
//
//	id:         sitrep:<slug> for a new place (lowercase letters, digits,
//	            hyphens), or geonames:<id> to add aliases or a priority to a
//	            GeoNames place; unique in the file
//	name:       the name shown (new places; required)
//	kind:       city town village neighbourhood district subdistrict admin1
//	            admin2 region mountains mountain desert river lake dam valley
//	            plain island border-crossing base airport camp road bridge
//	            oilfield area prison landmark (required for new places)
//	country:    ISO 3166-1 alpha-2 code (required for new places)
//	admin1:     a first-level division of that country, by its GeoNames name
//	            or any spelling GeoNames knows ("Salah ad Din", "Nineveh")
//	admin2:     free text
//	lat, lon:   decimal degrees (required for new places)
//	aliases:    other names, matched like the name
//	priority:   0-100, added to the score of this place against others of the
//	            same name
//	population: whole number
//	source:     free text: where the entry came from
//
// Unknown keys, bad ids, duplicate ids, unknown kinds, countries and admin1
// names, and coordinates out of range are reported as file:line: message,
// all of them, and nothing from the file is added.
//
// # Stations
//
// The same files may hold a `stations:` list (data/stations.yaml is one):
// US broadcasters by call sign, with the city of their market, whose state
// a story that names the station leans towards. An entry such as
// {call: WSMV, city: Nashville, admin1: Tennessee} has these keys:
//
//	call:     K or W and two or three more capitals; unique in the file
//	city:     a populated place of admin1 (the largest of the name there)
//	admin1:   a first-level division, as for places
//	country:  ISO code; US when absent
//	word:     true when the call sign is an English word too (WAVE, KING):
//	          it then counts only in a station's context ("(WAVE)", "WAVE 3")
//	source:   free text
//
// A call sign a later file gives again replaces the earlier entry; errors
// are reported as for places, and nothing from a file with errors is added.
//
// # Actor files
//
// A YAML file with `actors:` and `unattributed:` lists (data/actors.yaml):
//
//	actors:
//	- id: islamic-state        # lowercase slug; SPEC.md fixes some ids
//	  name: Islamic State
//	  kind: insurgent          # insurgent militia state_forces foreign_forces
//	                           # political civilian official media person criminal
//	  country: IQ              # optional
//	  parent: al-qaeda         # optional: the movement a faction belongs to
//	  from: 2006               # optional years the names were in use
//	  until: 2020
//	  aliases: [ISIS, Daesh]   # matched case-insensitively on whole words; an
//	                           # all-capital alias of up to four letters (IS,
//	                           # PMF) matches only in capitals
//	  exact: [IS]              # matched only exactly as written, and never in an
//	                           # all-capital line, where "IS" is a verb
//	  resolve: {IQ: iraqi-police}  # generic actors: the id to use when the
//	                           # article's focus country is IQ
//	unattributed: [gunmen, assailants]   # attackers kept with id "unknown"
//
// An actor whose id exists replaces it (user overlays). Parents and resolve
// targets must exist.
//
// # GeoNames dumps
//
// ReadGeoNames reads the 19-column GeoNames format (allCountries.txt, a
// country file, cities*.txt; plain, .gz or .zip) and reports every malformed
// line with its number.
package gazetteer
