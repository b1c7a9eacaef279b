"""Which sentence answers (assistant/compose/runs.py): the counted noun, number words, excerpt stop words,
words that announce a list.

Part of core.lexicon: import the names from `core.lexicon`, which re-exports every part.
"""
from __future__ import annotations

# -- compose: which sentence answers (assistant/compose/runs.py) --
# The noun a count question counts: the one or two words after "kaç" / "how many" / "number of", or the word
# before "sayısı". A sentence printing a number next to that noun ("89 üye firma", "üye sayısı 1500") is the
# answer; any sentence with digits is not. Folded regexes, group 1 the counted words.
COUNTED_CUES = (r"\b(?:kac|how many|number of)\s+([a-z]+(?:\s+[a-z]+)?)", r"\b([a-z]+)\s+sayisi\b")
COUNTED_STOP = frozenset(("var", "tane", "adet", "does", "do", "did", "are", "is", "were", "was", "have", "has",
                          "the", "of", "in", "there", "dir", "midir", "mi", "mu", "icin", "ile", "ve", "and"))
# Unit nouns too short for the 3-letter floor of the counted words, read as the counted unit all the same:
# "kaç ay sürdü" counts months ("30 ay sürecek"). Folded.
COUNTED_SHORT = frozenset(("ay",))
# The kind of figure a question asks for, more precise than any digits (assistant/compose/evidence.py): a
# duration ("ne kadar sürdü", "how long", "kaç ay") wants a number with a unit of time, a percentage ("yüzde
# kaç", "what increase") a "%" figure. Folded regexes over the question.
DURATION_CUE = (r"\b(ne kadar sur\w*|ne kadar zaman\w*|sure\w* ne\w*|suresi|kac (ay|yil|gun|hafta)\w*|how long(?! ago)"
                r"|how many (months|years|days|weeks)|duration|last for)\b")
PERCENT_CUE = r"\b(yuzde\w*|percent\w*|what (\w+ )?increase|how much (\w+ )?increase|(\w+ )?artis\w* (hedef|bekle|ongor)\w*)"
# Numbers written out, as counts are printed ("dört aşamadan", "three leading firms"); "bir"/"one" are left
# out: both are also the indefinite article and a pronoun, and "on" (ten) is an English preposition.
NUMBER_WORDS = frozenset(("iki", "uc", "dort", "bes", "alti", "yedi", "sekiz", "dokuz", "yirmi", "otuz",
                          "kirk", "elli", "yuz", "bin", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "twenty", "thirty", "hundred", "thousand"))
# Words of a question that say how it asks, not what: they are in many sentences of any section and would
# pick a run for its "kadar" or "which" (excerpt scoring, runs.question_words). Folded.
EXCERPT_STOP = frozenset(("kadar", "icin", "ile", "gibi", "olan", "olarak", "nedir", "nelerdir", "neler", "hangi",
                          "hangisi", "hangileri", "nasil", "midir", "mudur", "var", "veya", "daha", "the", "and",
                          "for", "what", "which", "how", "does", "did", "are", "was", "were", "with", "from", "that",
                          "this", "have", "has", "about", "who", "when", "where", "why", "can", "could", "would",
                          "should", "tell", "any", "there", "its", "their", "our", "you", "your"))
# A sentence announcing what follows ("... aşağıdaki şekilde özetlenebilir.", "as follows.") introduces it
# like one ending in ":" does: the quote must take what it announces. Folded regex.
ANNOUNCES_CUE = r"\b(asagidaki|asagida|sunlardir|sunlar|as follows|the following|below)\b"
