"""Can the report answer what this question asks about the thing it names?

scope.py refuses by topic (a later year, another country, the weather). These
checks look in the corpus itself, so they also hold for questions nobody wrote
a rule for:

- a missing fact: the question names something the report knows (an EK 2
  cluster, a case study, an organisation, a province) and asks for a kind of
  fact — members, turnover, employees, founding year, contact details, a
  head's name, population, a money amount — that no section mentioning it
  contains. The inventory gives a cluster's name, province and stage, not its
  members; answering from its row would look like an answer and be none.
- an unknown name: the question is about a proper name the report never uses
  and that is not an everyday word of the question's language ("Tesla",
  "COSME"); whatever passages come back are about something else.

Both are decided on words that occur or not, not on similarity scores, which
cannot tell a hard related question from an unrelated one (see scope.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterable, Mapping, NamedTuple

from core.normalize import fold_ascii, tokenize_folded

from assistant.question.glossary import singular
from assistant.refusal.attributes import AGGREGATE, ATTRIBUTES, COLLECTION, COLLECTION_SECTIONS, FAMILIES
from assistant.refusal.refusal import Refusal
from assistant.question.slots import extract_slots
from assistant.refusal.names import (COUNTRY_WORDS, PLACE_WORDS, PROVINCE_WORDS, NameToken, _everyday,  # noqa: F401
                                     _name_tokens, function_words)
from core.lexicon import GENERIC_NAME_WORDS, LANGUAGE_WORDS_TR, suffix_chain, turkish_stems
from core.wordlists import english_names, frequent_words

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")

# Turkish function and question words, folded: "Hangileri", "Kaçı" starting a question are no names
_QUESTION_WORDS = frozenset(fold_ascii(w) for w in LANGUAGE_WORDS_TR)


class Gap(NamedTuple):
    """Why the report cannot answer: `kind` is "attribute" or "name"."""

    kind: str               # "attribute", "aggregate", "name" or "topic"
    subject: str            # the entity or name as the user typed it
    attribute: str = ""     # key into ATTRIBUTES for kind "attribute"

    def describe(self, lang: str) -> str:
        if self.kind == "topic":
            return "soru raporun konusu dışında" if lang == "tr" else "the question is outside its subject"
        if self.kind == "name":
            return (f"raporda «{self.subject}» geçmiyor" if lang == "tr"
                    else f"it never mentions «{self.subject}»")
        label = next(a.label[lang] for a in ATTRIBUTES if a.key == self.attribute)
        return (f"rapor «{self.subject}» için {label} bilgisi vermiyor" if lang == "tr"
                else f"it gives no {label} for «{self.subject}»")


@dataclass(frozen=True)
class Answerability:
    """The corpus as the checks need it: its words and each section's folded text."""

    words: frozenset[str]
    sections: tuple[tuple[str, str], ...]      # (section id, folded title + text)
    known_words: frozenset[str]                # glossary English words, country names
    by_prefix: Mapping[str, tuple[str, ...]]   # the words by their first four letters
    english_text: str = ""                     # the folded English rendering, for name phrases of everyday words
    english_sections: Mapping[str, str] = field(default_factory=dict)  # section id -> its folded English

    def with_english(self, by_section: Mapping[str, str]) -> "Answerability":
        """The same checks, with each section's English rendering: a name an English question types as the
        rendering prints it ("Çankaya University") is mentioned where the rendering of a section prints it."""
        return replace(self, english_sections={sid: fold_ascii(text) for sid, text in by_section.items()})

    @classmethod
    def build(cls, section_texts: Iterable[tuple[str, str]], known_words: Iterable[str] = (),
              english_text: str = "") -> "Answerability":
        sections = tuple((sid, fold_ascii(text)) for sid, text in section_texts)
        # "MIT/Girişimcilik" is one token to the tokenizer; its parts are words of the report too
        words = frozenset(part for _, text in sections for w in tokenize_folded(text)
                          for part in {w, *re.split(r"[./-]", w)} if part)
        extra = set(COUNTRY_WORDS) | {singular(fold_ascii(w)) for w in known_words}
        by_prefix: dict[str, list[str]] = {}
        for word in words:
            by_prefix.setdefault(word[:4], []).append(word)
        return cls(words, sections, frozenset(extra), {k: tuple(v) for k, v in by_prefix.items()},
                   f" {' '.join(tokenize_folded(fold_ascii(english_text)))} ")

    def refusal(self, question: str, lang: str) -> Refusal | None:
        """The gap as the refusal stage's typed result."""
        gap = self.gap(question, lang)
        if gap is None:
            return None
        if gap.kind in ("attribute", "aggregate"):
            label = next(a.label for a in ATTRIBUTES if a.key == gap.attribute)
            kind = "fact_absent" if gap.kind == "attribute" else "no_aggregate"
            return Refusal(kind, gap.subject, (label["tr"], label["en"]))
        return Refusal("unknown_name", gap.subject) if gap.kind == "name" else Refusal("general_knowledge")

    def gap(self, question: str, lang: str) -> Gap | None:
        names = _name_tokens(question, lang)
        return (self._attribute_gap(question, names, lang) or self._aggregate_gap(question, names, lang)
                or self._unknown_name(names, lang))

    def named_things(self, question: str, lang: str) -> list[str]:
        """The names in the question the report knows (folded)."""
        return [t.folded for t in self._entities(_name_tokens(question, lang), lang)]

    def _entities(self, names: list["NameToken"], lang: str) -> list["NameToken"]:
        """Name tokens the report knows; a sentence's first word only when it is not an everyday word of
        the question's language ("Toronto ..." yes, "Hangi ..." no)."""
        everyday = frequent_words(lang) - PROVINCE_WORDS

        def everyday_word(folded: str) -> bool:  # "Hangileri" = hangi + leri: an inflected question word
            return folded in everyday or lang == "tr" and any(s in _QUESTION_WORDS for s in turkish_stems(folded, 3))
        return [t for t in names
                if len(t.folded) >= 3 and self._known(t.folded) and not (t.initial and everyday_word(t.folded))]

    def _known_word(self, folded: str) -> bool:
        """A glossary or rendering word, also with an English ending either way ("Asian" for "asia",
        "Africa" for "african", "members")."""
        forms = {folded, singular(folded), *(folded[:-n] for n in (1, 2, 3) if len(folded) - n >= 4),
                 *(folded + ending for ending in ("s", "n", "an", "ian", "es")),
                 *(folded[:-n] + "a" for n in (1, 2, 3) if len(folded) - n >= 4)}  # "Canadian": canada
        return any(w in self.known_words for w in forms)

    def _known(self, folded: str, inflected: bool = True) -> bool:
        """In the corpus as typed, as the start of a longer word, or as a report stem with Turkish suffixes.

        Turkish stacks suffixes ("Kümemizde" = küme+miz+de, "Seramikçilerin" = seramik+ci+ler+in), so a word
        is the report's when it splits into a stem the report uses (a word, or the start of one, of 4+
        letters) and a chain of suffixes (core.lexicon.suffix_chain); "fotosentez" = "foto"+"sentez" is not.
        """
        if folded in self.words:
            return True
        candidates = self.by_prefix.get(folded[:4], ()) if len(folded) >= 4 else ()
        if any(w.startswith(folded) for w in candidates):
            return True
        for n in range(len(folded) - 1, 3, -1) if inflected else ():  # Turkish suffixes: not on English names
            stem, rest = folded[:n], folded[n:]
            if suffix_chain(rest) and (stem in self.words or any(w.startswith(stem) for w in candidates)):
                return True
        return False

    def _attribute_gap(self, question: str, names: list["NameToken"], lang: str) -> Gap | None:
        folded_q = fold_ascii(question)
        asked = [a for a in ATTRIBUTES if a.asked.search(folded_q)]
        tokens = self._entities(names, lang)
        entity = [(t.raw, t.folded) for t in tokens]
        if not asked or not entity:
            return None
        # "Kümesi", "Sektörü", "Cluster" say what kind of thing is named, not which one
        specific = [t for t in tokens if not t.folded.startswith(GENERIC_NAME_WORDS)]
        if all(extract_slots(t.folded).sectors for t in specific):  # "Mobilya" alone names no one cluster
            specific = tokens
        # a name of several words is mentioned where they stand together ("Bursa Mobilya" is EK 2's row, not
        # every section with "Bursa" and "mobilya" in it); a long last word may carry a Turkish suffix
        # ("Toronto'daki"), a short one must stand alone
        phrases: dict[int, list[str]] = {}
        for t in specific:
            phrases.setdefault(t.phrase, []).append(re.escape(t.folded))
        joint = r"[^a-z0-9]+(?:[a-z]{1,3}[^a-z0-9]+)?"  # "Gıda ve İçecek", "Denizli Ev Tekstil": short words between
        patterns = [re.compile(rf"\b{joint.join(words)}" + ("" if len(words[-1]) >= 5 else r"\b"))
                    for words in phrases.values()]
        mentioning = [text for _, text in self.sections if all(p.search(text) for p in patterns)]
        if not mentioning:  # never together: where all its words are is the best evidence of a mention
            words = [re.compile(rf"\b{re.escape(t.folded)}" + ("" if len(t.folded) >= 5 else r"\b")) for t in specific]
            mentioning = [text for _, text in self.sections if all(p.search(text) for p in words)]
        if not mentioning and lang == "en" and len(patterns) == 1:
            # one name, as the rendering prints it ("Çankaya University"): the Turkish holds the evidence
            mentioning = [text for sid, text in self.sections
                          if patterns[0].search(self.english_sections.get(sid, ""))]
        if not mentioning:
            return None
        for attribute in asked:
            if not any(attribute.evidence.search(text) for text in mentioning):
                return Gap("attribute", " ".join(raw for raw, _ in entity), attribute.key)
        return None

    def _aggregate_gap(self, question: str, names: list["NameToken"], lang: str) -> Gap | None:
        """A figure over all the clusters ("their total turnover") that the sections giving such figures lack.

        Only when no particular thing is named (that is `_attribute_gap`'s) and the question asks for a
        total, average, count or share over the clusters, the inventory or the map.
        """
        folded_q = fold_ascii(question)
        if not (COLLECTION.search(folded_q) and AGGREGATE.search(folded_q)):
            return None
        if any(not COLLECTION.search(t.folded) and not t.folded.startswith(GENERIC_NAME_WORDS)
               for t in self._entities(names, lang)):
            return None
        # a total or an average must be stated as one, in one sentence with the fact: a range of member
        # firms or "27 of the 35 clusters focus on exports" gives no total membership or export figure
        stated = [family for asked, family in FAMILIES if asked.search(folded_q)]
        sentences = [s for s in self.collection_sentences if all(f.search(s) for f in stated)]
        for attribute in (a for a in ATTRIBUTES if a.asked.search(folded_q)):
            if not any(attribute.evidence.search(s) for s in sentences):
                return Gap("aggregate", "", attribute.key)
        return None

    @cached_property
    def collection_sentences(self) -> tuple[str, ...]:
        """The sentences of the sections that give figures over all the clusters (folded)."""
        return tuple(s for sid, text in self.sections if sid.split(".")[0] in COLLECTION_SECTIONS
                     for s in _SENTENCE.split(text) if s.strip())

    def _unknown_name(self, names: list["NameToken"], lang: str) -> Gap | None:
        """A name phrase with a word nobody knows and none the report or glossary knows.

        "Toronto Food and Beverage Cluster" is fine (Toronto is the report's);
        "Tesla" or "COSME" alone is not.
        """
        everyday = _everyday(lang)
        phrases: dict[int, list[NameToken]] = {}
        for token in names:
            phrases.setdefault(token.phrase, []).append(token)
        for tokens in phrases.values():
            known = [(self._known(t.folded, inflected=lang == "tr") or self._known_word(t.folded))
                     and t.folded not in PLACE_WORDS and len(t.folded) >= 3 for t in tokens]
            if any(known):
                # a known word does not vouch for a name word nobody knows ("Michael Porter", "Anadolu Efes"):
                # such a phrase is the report's only where its words stand together in the text or rendering
                # (a first name is frequent in Turkish text, "Michael" ranks 1134th: SCOWL's proper nouns say name)
                # an everyday word capitalised inside a name counts too when neither the text nor the rendering
                # ever uses it ("Horizon Europe": "horizon" is everyday English the report never writes)
                strange = [t for t, ok in zip(tokens, known) if not ok and len(t.folded) >= 3
                           and (t.folded not in everyday or (len(t.folded) >= 4 and t.folded in english_names())
                                or (not t.initial and t.folded not in function_words() and self._unused(t.folded)))
                           and t.folded not in PLACE_WORDS and not t.raw.isupper()]
                if strange and not self._phrase_occurs([t.folded for t in tokens]):
                    return Gap("name", " ".join(t.raw for t in tokens))
                continue
            inner = [t for t in tokens if not t.initial and len(t.folded) >= 3]
            # "Silicon Valley": a name of everyday words, none of them the report's (countries: scope.py)
            if (len(inner) >= 2 and not any(t.folded in COUNTRY_WORDS for t in tokens)
                    and not self._phrase_occurs([t.folded for t in inner])):  # "Middle East", "Labour-intensive"
                return Gap("name", " ".join(t.raw for t in inner if t.folded not in PLACE_WORDS))
            for t in tokens:
                if t.folded in PLACE_WORDS:
                    continue  # a country says where; scope.py decides whether the report covers it
                acronym = t.raw.isupper() and len(t.folded) > 3
                if len(t.folded) >= 3 and not t.initial and (acronym or (t.suffixed and lang == "tr") or t.folded not in everyday):
                    return Gap("name", t.raw)
                if t.initial and t.folded not in everyday:
                    return Gap("name", t.raw)
        return None


    def _unused(self, folded: str) -> bool:
        """Neither the text nor the rendering writes this word (nor its English plural or singular); without a
        rendering an English word cannot be judged."""
        if not self.english_text.strip():
            return False
        forms = {folded, singular(folded), folded + "s", folded + "es"}
        return not any(f in self.words or re.search(rf"\b{re.escape(f)}\b", self.english_text) for f in forms)

    def _phrase_occurs(self, words: list[str]) -> bool:
        pattern = re.compile(r"\b" + r"[^a-z0-9]+".join(map(re.escape, words)))
        return bool(pattern.search(self.english_text)) or any(pattern.search(text) for _, text in self.sections)
