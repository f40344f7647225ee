package extract

import (
	"strconv"
	"strings"
)

var units = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000}

// maxNumberWords bounds a spelled-out number ("nine hundred and
// ninety-nine thousand nine hundred and ninety-nine" is 12 tokens), so a run
// of number words costs linear time.
const maxNumberWords = 16

// number is a numeric expression: tokens [Start, End) and its value.
type number struct {
	Start, End int // token indices
	Value      int
	Word       bool // spelled out
}

// parseNumber reads a number starting at token i: digits ("1,000", "31"),
// words ("six", "thirty-one", "two hundred and five"), "a dozen", "half a
// dozen", "dozen". It does not read "a"/"an" alone: callers decide where an
// article means one.
func parseNumber(toks []Token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	t := toks[i]
	if t.Kind == Number {
		s := strings.ReplaceAll(t.Text, ",", "")
		if strings.ContainsAny(s, ".") || !allDigits(s) {
			return number{}, false
		}
		v, err := strconv.Atoi(s)
		if err != nil {
			return number{}, false
		}
		end := i + 1
		// "1.5 million" is not parsed (decimal); "2 million" is
		if end < len(toks) && (toks[end].Norm == "million" || toks[end].Norm == "thousand") {
			v *= scales[toks[end].Norm]
			end++
		}
		return number{Start: i, End: end, Value: v}, true
	}
	if t.Kind != Word {
		return number{}, false
	}
	w := t.Norm
	if w == "half" && i+2 < len(toks) && toks[i+1].Norm == "a" && toks[i+2].Norm == "dozen" {
		return number{Start: i, End: i + 3, Value: 6, Word: true}, true
	}
	if w == "a" && i+1 < len(toks) && toks[i+1].Norm == "dozen" {
		return number{Start: i, End: i + 2, Value: 12, Word: true}, true
	}
	if w == "dozen" {
		return number{Start: i, End: i + 1, Value: 12, Word: true}, true
	}
	if t.Lex&lexNumber == 0 {
		return number{}, false
	}
	total, cur := 0, 0
	j := i
	seen := false
	for j < len(toks) && j < i+maxNumberWords {
		w := toks[j].Norm
		if toks[j].Lex&lexNumber == 0 && w != "and" {
			break
		}
		if v, ok := units[w]; ok {
			cur += v
		} else if v, ok := tens[w]; ok {
			cur += v
			// "thirty-one"
			if j+2 < len(toks) && toks[j+1].Text == "-" && !toks[j+1].Space {
				if u, ok := units[toks[j+2].Norm]; ok && u < 10 {
					cur += u
					j += 2
				}
			}
		} else if v, ok := scales[w]; ok && seen {
			if v == 100 {
				cur *= 100
			} else {
				total += cur * v
				cur = 0
			}
		} else if w == "and" && seen && j+1 < len(toks) && (units[toks[j+1].Norm] > 0 || tens[toks[j+1].Norm] > 0) && j > i && scales[toks[j-1].Norm] > 0 {
			j++
			continue
		} else {
			break
		}
		seen = true
		j++
	}
	if !seen {
		return number{}, false
	}
	return number{Start: i, End: j, Value: total + cur, Word: true}, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
