package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lowercases one rune and strips its diacritics: "Ā" → 'a', "ş" → 's'.
// Runes it does not know are lowercased and kept.
func Fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	return unicode.ToLower(r)
}

// IsApostrophe reports runes that are dropped inside words when normalising:
// "Qa'im", "Qa’im" and "Qaʿim" all normalise to "qaim".
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʿ', 'ʾ', '`', '´', 'ʼ':
		return true
	}
	return false
}

// IsWordRune reports runes that belong inside a word token.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// NormalizeWord folds one word: lowercase, no diacritics, no apostrophes.
func NormalizeWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '\'' || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	if lower, ok := asciiLower(w); ok {
		return lower
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if IsApostrophe(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(Fold(r))
	}
	return b.String()
}

// asciiLower lowercases an ASCII word without apostrophes in one pass.
func asciiLower(w string) (string, bool) {
	b := make([]byte, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '\'' {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		b[i] = c
	}
	return string(b), true
}

// Words splits a name into normalised words: "Al Qa'im" → ["al", "qaim"],
// "Deir ez-Zor" → ["deir", "ez", "zor"].
func Words(name string) []string {
	name = collapseInitials(name)
	var out []string
	start := -1
	for i, r := range name {
		inWord := IsWordRune(r) || (start >= 0 && IsApostrophe(r))
		if inWord && start < 0 {
			start = i
		} else if !inWord && start >= 0 {
			out = append(out, NormalizeWord(name[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, NormalizeWord(name[start:]))
	}
	return out
}

// IsArticle reports whether word w (normalised) is an Arabic definite article
// that can be dropped before next: "al"/"el" always, the assimilated forms
// ("ar Raqqah", "as Suwayda", "ash Shirqat", "az Zubayr") only before a word
// that starts with their consonant, as in the transliterations GeoNames and
// the press use.
func IsArticle(w, next string) bool {
	if next == "" {
		return false
	}
	switch w {
	case "al", "el", "ul":
		return true
	}
	if len(w) < 2 || len(w) > 3 || (w[0] != 'a' && w[0] != 'e' && w[0] != 'u') {
		return false
	}
	cons := w[1:]
	switch cons {
	case "d", "dh", "n", "r", "s", "sh", "t", "th", "z":
		return strings.HasPrefix(next, cons)
	}
	return false
}

// Key normalises a name into its lookup key: folded words, Arabic articles
// dropped, joined by single spaces. "Al-Qa'im", "al Qaim" and "Qaim" share
// the key "qaim"; "Dayr az Zawr" becomes "dayr zawr".
func Key(name string) string {
	return KeyWords(Words(name))
}

// KeyWords is Key over words already normalised.
func KeyWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if IsArticle(w, next) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// Hash is the 64-bit FNV-1a hash of a key, the index of the embedded name table.
func Hash(key string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

// HashExtend continues a hash with a separator and one more word, so that
// Hash("a b") == HashExtend(Hash("a"), "b").
func HashExtend(h uint64, word string) uint64 {
	h ^= ' '
	h *= 1099511628211
	for i := 0; i < len(word); i++ {
		h ^= uint64(word[i])
		h *= 1099511628211
	}
	return h
}

// HashAppend continues a hash with more letters of the same word, so that
// Hash("georges") == HashAppend(Hash("george"), "s").
func HashAppend(h uint64, letters string) uint64 {
	for i := 0; i < len(letters); i++ {
		h ^= uint64(letters[i])
		h *= 1099511628211
	}
	return h
}

// foldTable maps accented Latin letters to their base letter.
var foldTable = buildFoldTable()

func buildFoldTable() map[rune]rune {
	foldTable := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍȀȂȦẠẢẤẦẨẪẬẮẰẲẴẶ",
		'c': "çćĉċčÇĆĈĊČ",
		'd': "ďđḍḏḑÐĎĐḌḎḐ",
		'e': "èéêëēĕėęěȅȇẹẻẽếềểễệÈÉÊËĒĔĖĘĚȄȆẸẺẼẾỀỂỄỆ",
		'g': "ĝğġģǧĜĞĠĢǦ",
		'h': "ĥħḥḫḩĤĦḤḪḨ",
		'i': "ìíîïĩīĭįıǐȉȋịỉÌÍÎÏĨĪĬĮİǏȈȊỊỈ",
		'j': "ĵĴ",
		'k': "ķǩḳĶǨḲ",
		'l': "ĺļľŀłḷĹĻĽĿŁḶ",
		'n': "ñńņňṇÑŃŅŇṆ",
		'o': "òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợơÒÓÔÕÖØŌŎŐǑȌȎỌỎỐỒỔỖỘỚỜỞỠỢƠ",
		'r': "ŕŗřṛŔŖŘṚ",
		's': "śŝşšșṣŚŜŞŠȘṢß",
		't': "ţťŧțṭṯŢŤŦȚṬṮ",
		'u': "ùúûüũūŭůűųǔȕȗụủứừửữựưÙÚÛÜŨŪŬŮŰŲǓȔȖỤỦỨỪỬỮỰƯ",
		'w': "ŵẃẁẅŴẂẀẄ",
		'y': "ýÿŷỳỹỵÝŸŶỲỸỴ",
		'z': "źżžẓẔŹŻŽẒ",
	}
	for to, from := range groups {
		for _, r := range from {
			foldTable[r] = to
		}
	}
	foldTable['æ'], foldTable['Æ'] = 'a', 'a'
	foldTable['œ'], foldTable['Œ'] = 'o', 'o'
	foldTable['þ'], foldTable['Þ'] = 't', 't'
	return foldTable
}

// collapseInitials joins dotted initials: "U.S." → "US", "U.A.E." → "UAE",
// as the tokenizer reads them.
func collapseInitials(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	b := []byte(s)
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '.' && i > 0 && isLetterByte(b[i-1]) && (i < 2 || !isLetterByte(b[i-2])) {
			// a single letter followed by '.', and another such letter next or end
			if i+2 < len(b) && isLetterByte(b[i+1]) && b[i+2] == '.' {
				continue
			}
			if i >= 3 && b[i-2] == '.' {
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

func isLetterByte(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }
