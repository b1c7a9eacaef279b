"""Share of an answer's words that belong to the language it should be written in (issue 12).

An English answer that is an English frame around Turkish quotes, labels and
units ("3 (üç) yıl", "Gelişme", "s. 43") reads as Turkish to its reader, and
no retrieval or fact metric notices. This measures it, in the reader's terms:
of the first 400 characters (what a reader sees first), how many words are
everyday words of the language the question was asked in.

What counts as a word, and what does not:

* names are skipped: a capitalised word that does not start a sentence
  ("Gaziantep", "Toronto"), since a name is the same in both languages; a
  sentence's first word is counted, since it is capitalised whatever it is,
  unless it is all capitals ("URGE", "İSTKA": an acronym wherever it stands);
* codes and numbers are skipped: any token with a digit ("ORA1.AA1.T1.E6",
  "EK2.3", "400.000", "%75'i", "2010/8", "[1]"), and single letters;
* an English word is one of `core.wordlists.english_words()` (SCOWL, US and UK
  spelling, plus the frequent-word list); "…n't" contractions count;
* a Turkish word is one of `frequent_words("tr")`, or such a word (3+ letters)
  followed by a chain of Turkish suffixes (`core.lexicon.suffix_chain`:
  "kümelerin" = küme+ler+in, "giderleri" = gider+ler+i), because Turkish
  inflects a stem into forms no frequency list holds. That chain covers noun
  endings; verbs ("yanıtla-mı-yor", "karşıla-n-makta-dır", "destekle-n-ir")
  are chained here with VERB_SUFFIXES too, or every Turkish refusal
  ("Rapor bu soruyu yanıtlamıyor") would count a word as foreign;
* a word both languages know ("program", "on") counts for both.

The language is the question's (`lang` in the set): the gold format says it is
the language of the expected answer's prose, so a Turkish reply to an English
question scores low instead of being measured against Turkish.
"""
from __future__ import annotations

import re
from functools import lru_cache

from core.lexicon import suffix_chain
from core.normalize import fold_ascii
from core.wordlists import english_words, frequent_words

WINDOW = 400  # characters of the answer that are scored
MIN_STEM = 3
_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_OPENERS = " \t\r\n«“\"‘'([{•*·–—-"
_ENDS = ".!?:;"


# Verb endings (folded): voice, negation, tense, mood, participles. Chained with the noun suffixes.
VERB_SUFFIXES = frozenset(
    "yor iyor uyor mak mek makta mekte ma me mi mu mis mus acak ecek yacak yecek ar er ir ur r il ul in un n "
    "la le las les lan len abil ebil yabil yebil maz mez dik duk tik tuk an en yan yen arak erek ip up meli mali "
    "sa se di ti du tu lar ler dir tir dur tur t".split())


@lru_cache(maxsize=1)
def _turkish() -> frozenset[str]:
    return frequent_words("tr")


def _chain(rest: str) -> bool:
    """`rest` is a sequence of verb endings and noun suffixes (core.lexicon.suffix_chain)."""
    if suffix_chain(rest):
        return True
    return any(rest.startswith(v) and _chain(rest[len(v):]) for v in VERB_SUFFIXES if len(v) < len(rest) or v == rest)


def is_turkish(word: str) -> bool:
    """A frequent Turkish word, or a frequent stem of 3+ letters with a chain of Turkish endings."""
    folded = fold_ascii(word).split("'")[0]
    words = _turkish()
    if folded in words:
        return True
    return any(folded[:n] in words and _chain(folded[n:]) for n in range(len(folded) - 1, MIN_STEM - 1, -1))


def is_english(word: str) -> bool:
    """An ordinary English word (SCOWL + frequent list), its possessive, or a "…n't" contraction."""
    folded = fold_ascii(word)
    words = english_words()
    if folded in words or folded.endswith("n't"):
        return True
    base, _, suffix = folded.partition("'")
    return suffix in ("s", "re", "ve", "ll", "d", "m", "") and base in words


CHECKS = {"tr": is_turkish, "en": is_english}


def _starts_sentence(text: str, start: int) -> bool:
    """True at the text's start, after . ! ? : ; or a line break, skipping opening quotes and bullets."""
    before = text[:start]
    stripped = before.rstrip(_OPENERS)
    return not stripped or stripped[-1] in _ENDS or "\n" in before[len(stripped):]


def scored_words(text: str) -> list[str]:
    """The words of `text[:WINDOW]` that are scored: no names, codes, numbers or single letters."""
    window = text[:WINDOW]
    if len(text) > WINDOW and window and not window[-1].isspace() and not text[WINDOW].isspace():
        window = window[:window.rfind(" ") + 1] if " " in window else ""  # drop the word cut in half
    words = []
    for chunk in _CHUNK.finditer(window):
        if any(ch.isdigit() for ch in chunk.group()):
            continue
        for m in _WORD.finditer(chunk.group()):
            word, start = m.group(), chunk.start() + m.start()
            if len(word) < 2 or word.isupper() or (word[0].isupper() and not _starts_sentence(window, start)):
                continue
            words.append(word)
    return words


def language_share(text: str, lang: str) -> float | None:
    """Share of the scored words that are words of `lang` ("tr" or "en"); None when no word is scored."""
    check = CHECKS[lang]
    words = scored_words(text)
    if not words:
        return None
    return sum(1 for w in words if check(w)) / len(words)
