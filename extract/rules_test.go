package extract

import (
	"strings"
	"testing"
)

func TestRuleFileErrors(t *testing.T) {
	r, err := DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	bad := `attack_types:
- id: a
  type: bombing
  patterns: ["bomb*"]
- id: a
  type: bombing
  patterns: ["x"]
- id: B
  type: bombingg
  priority: 101
  patterns: []
- {id: c, type: ied, patterns: ["x"], colour: red}
`
	err = r.AddYAML("user.yaml", []byte(bad))
	if err == nil {
		t.Fatal("bad rules accepted")
	}
	for _, want := range []string{
		`user.yaml:5: duplicate id "a" (first at line 2)`,
		`user.yaml:8: bad id "B"`,
		`user.yaml:9: unknown type "bombingg"`,
		`user.yaml:10: bad priority "101"`,
		`user.yaml:11: patterns must be a non-empty list`,
		`user.yaml:12: unknown key "colour" (known: id, note, patterns, plural_generic, priority, type)`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("errors lack %q; got:\n%v", want, err)
		}
	}
	if err := r.AddYAML("y.yaml", []byte("attack_types: [\n")); err == nil || !strings.HasPrefix(err.Error(), "y.yaml: not valid YAML") {
		t.Errorf("broken YAML: %v", err)
	}
}

func TestTriggers(t *testing.T) {
	r, err := DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"a suicide car bomb exploded":          "suicide_bombing",
		"an IED under his chair":               "ied",
		"ISIS ambushed their bus":              "ambush",
		"a roadside bomb struck the patrol":    "ied",
		"Turkish warplanes struck a vehicle":   "airstrike",
		"they were executed":                   "execution",
		"three men were kidnapped":             "kidnapping",
		"a booby-trapped car went off":         "car_bomb",
		"gunmen opened fire on the checkpoint": "shooting",
		"the car bomber who killed 16":         "suicide_bombing",
		"a car bomb killed 16":                 "car_bomb",
	}
	for text, want := range cases {
		d := NewDocument(text)
		best := ""
		prio := -1
		for _, tr := range r.findTriggers(d) {
			if tr.rule.Priority > prio {
				best, prio = tr.rule.Type, tr.rule.Priority
			}
		}
		if best != want {
			t.Errorf("trigger(%q) = %q; want %q", text, best, want)
		}
	}
}
