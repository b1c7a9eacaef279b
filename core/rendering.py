"""The unofficial English rendering of the report, keyed sentence by sentence.

No translation model can run offline here, so the product carries its
English with it: `corpus/en/*.jsonl`, one line per Turkish sentence,
`{"key", "section", "tr", "en"}`, written by the team from the Turkish text.
`key` is `core.sentences.sentence_key` of the Turkish sentence, so a changed
Turkish sentence no longer finds its rendering and falls back to the
original (`Rendering.english` returns None) instead of showing a stale one.

`check_pair` is what makes a rendering trustworthy enough to quote: the
numbers, codes and acronyms of the Turkish sentence must all survive, and
no Turkish-only word may remain in the English unless the Turkish sentence
has it too (a name such as "Gaziantep" or "TÜBİTAK").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from core.normalize import fold_ascii
from core.sentences import sentence_key
from core.wordlists import frequent_words

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "corpus" / "en"

# Acronyms the English text writes in its own way; any of the forms on the right counts.
ACRONYMS_EN: Mapping[str, tuple[str, ...]] = {
    "KOBİ": ("SME",), "KOBI": ("SME",), "AB": ("EU",), "ABD": ("USA", "US", "United States"),
    "AR-GE": ("R&D",), "ARGE": ("R&D",), "TL": ("TL", "TRY", "lira"), "SDŞ": ("SDŞ", "FTC", "foreign trade"),
    "GZTF": ("SWOT",), "ÇKA": ("ÇKA", "MCA"), "İŞBAP": ("İŞBAP", "IŞBAP", "ISBAP"), "YTL": ("YTL", "TRY", "lira"),
    "STK": ("NGO", "STK"), "DTM": ("DTM", "Undersecretariat"), "AA": ("AA", "sub-area"), "ORAN": ("ORAN",),
    "ÜR-GE": ("UR-GE",), "İŞKUR": ("İŞKUR", "ISKUR"), "TOBB": ("TOBB",), "TİM": ("TİM", "TIM"),
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CODE = re.compile(r"\b(?:ORA\s?\d(?:\.(?:AA|T|E)\d+)*|EK\s?\d+|AA\d+|T\d+|E\d+)\b")
_ACRONYM = re.compile(r"(?<![\w-])[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ&]{1,}(?:-[A-ZÇĞİÖŞÜ]{2,})?(?![\w-])")
_TURKISH_LETTERS = re.compile(r"[çğıöşüÇĞİÖŞÜ]")  # ç ö ü too: in this report they mark Turkish words
_WORD = re.compile(r"[\wçğıöşüÇĞİÖŞÜâîû'’-]+")
ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def numbers(text: str) -> list[str]:
    """The numbers of a text, thousands separators and the decimal mark of either language folded.

    "400.000" (Turkish) = "400,000" (English) = "400000"; "2,5" = "2.5"; list order does not matter.
    """
    out = []
    for raw in _NUMBER.findall(text):
        groups = re.split(r"[.,]", raw)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            out.append("".join(groups))
        elif len(groups) == 2:
            out.append(f"{groups[0]}.{groups[1]}")
        else:
            out.append(raw.replace(",", "."))
    return sorted(out)


def codes(text: str) -> list[str]:
    return sorted(c.replace(" ", "") for c in _CODE.findall(text))


def _names_of(tr: str) -> set[str]:
    """Words of the Turkish line that may stay in the English: capitalised ones, except a plain first word.

    A first word is capitalised anyway; it counts as a name only when it is an acronym or carries a case
    suffix after an apostrophe ("Gaziantep’te"), which only proper names take.
    """
    words = _WORD.findall(tr)
    names = {w for w in words[1:] if w[:1].isupper()}
    bulleted = bool(re.match(r"\s*[•\-–▪●◦]", tr))  # a list item's first word is capitalised as a name is
    if words and (words[0].isupper() or bulleted or re.search(r"['’]", words[0])):
        names.add(words[0])
    return names


def _ascii_names(tr: str, en: str) -> list[tuple[str, str]]:
    """(English word, printed name) for each name of `tr` with Turkish letters that `en` spells in ASCII.

    A name is printed as the report prints it ("Çorum", "Eskişehir"): the ASCII form is a different
    spelling the reader cannot find in the original, and the figures-and-names check would miss it.
    """
    out = []
    for name in sorted(_names_of(tr)):
        if not _TURKISH_LETTERS.search(name):
            continue
        plain = fold_ascii(name.rstrip("'’"))
        for word in _WORD.findall(en):
            if (word != name and word[:1].isupper() and len(word) >= 4 and not _TURKISH_LETTERS.search(word)
                    and fold_ascii(word) == plain):
                out.append((word, name))
                break
    return out


def check_pair(tr: str, en: str) -> list[str]:
    """What is wrong with `en` as a rendering of `tr` (empty: nothing found)."""
    problems = []
    if not en.strip():
        return ["empty rendering"]
    if numbers(tr) != numbers(en):
        problems.append(f"numbers differ: {numbers(tr)} vs {numbers(en)}")
    if codes(tr) != codes(en):
        problems.append(f"codes differ: {codes(tr)} vs {codes(en)}")
    everyday = frequent_words("tr")
    for acronym in set(_ACRONYM.findall(tr.replace("–", "-"))) - ROMAN:
        if fold_ascii(acronym.lower()) in everyday:
            continue  # a word set in capitals ("TOPLAM", "BROP DIŞI"), not an acronym
        forms = ACRONYMS_EN.get(acronym, ()) + (acronym,)
        if not any(form in en for form in forms):
            problems.append(f"acronym {acronym} missing (accepted: {', '.join(forms)})")
    tr_words = _names_of(tr)
    leftover = [w for w in _WORD.findall(en) if _TURKISH_LETTERS.search(w) and w not in tr_words
                and not any(w.startswith(t.rstrip("'’")) and len(t) >= 4 for t in tr_words)]
    if leftover:
        problems.append(f"Turkish words outside names: {', '.join(sorted(set(leftover)))}")
    folded = [f"{w} (printed {name})" for w, name in _ascii_names(tr, en)]
    if folded:
        problems.append(f"names lost their Turkish letters: {', '.join(folded)}")
    if len(tr) >= 40 and not 0.45 <= len(en) / len(tr) <= 2.2:
        problems.append(f"length ratio {len(en) / len(tr):.2f} outside 0.45–2.2")
    return problems


@dataclass(frozen=True)
class RenderedSentence:
    key: str
    section_id: str
    tr: str
    en: str


def word_index(texts: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Whitespace token -> the positions of the (space-normalised) texts that have it, in order."""
    postings: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for token in set(text.split()):
            postings.setdefault(token, []).append(i)
    return {token: tuple(ids) for token, ids in postings.items()}


def containing(fragment: str, texts: tuple[str, ...], index: Mapping[str, tuple[int, ...]]) -> list[int]:
    """Positions of the texts that contain `fragment` (space-normalised both), in order, through the word index.

    A text containing the fragment has every interior token of it as a whole token (the first and last may be
    cut words), so the texts sharing the fragment's rarest interior token are a superset of the answer; only
    those are checked. A fragment without interior tokens is checked against all texts.
    """
    tokens = fragment.split()
    inner = tokens[1:-1]
    if not inner:
        candidates: Iterable[int] = range(len(texts))
    else:
        rarest = min(inner, key=lambda t: len(index.get(t, ())))
        candidates = index.get(rarest, ())
    return [i for i in candidates if fragment in texts[i]]


@dataclass(frozen=True)
class Rendering:
    """Every shipped English sentence, by the key of its Turkish original."""

    by_key: Mapping[str, RenderedSentence]
    # Built once here: each Turkish sentence space-normalised, and a word index over them, so a chunk
    # fragment finds its sentence without scanning ~1,000 renderings per fragment (english_of_part).
    _turkish: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _english: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _words: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        entries = tuple(self.by_key.values())
        turkish = tuple(" ".join(r.tr.split()) for r in entries)
        object.__setattr__(self, "_turkish", turkish)
        object.__setattr__(self, "_english", tuple(r.en for r in entries))
        object.__setattr__(self, "_words", word_index(turkish))

    @classmethod
    def load(cls, folder: Path | str = DEFAULT_DIR) -> "Rendering":
        entries: dict[str, RenderedSentence] = {}
        folder = Path(folder)
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else ():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    entries[row["key"]] = RenderedSentence(row["key"], row["section"], row["tr"], row["en"])
        return cls(entries)

    def with_texts(self, texts: Iterable[tuple[str, str, str]]) -> "Rendering":
        """This rendering and generated ones ((section id, Turkish, English), e.g. the inventory rows of
        core.inventory_text): built at query time from records, so they are never stale and never shipped."""
        extra = {sentence_key(tr): RenderedSentence(sentence_key(tr), section, tr, en) for section, tr, en in texts}
        return Rendering({**self.by_key, **extra})

    def english(self, turkish_sentence: str) -> str | None:
        """The English of a Turkish sentence, or None when there is none or the Turkish text changed."""
        entry = self.by_key.get(sentence_key(turkish_sentence))
        return entry.en if entry else None

    def english_of_part(self, fragment: str) -> str | None:
        """The English of the sentence a fragment belongs to (a chunk split inside a long sentence), or None.

        Only for fragments of 30+ characters that one rendered sentence alone contains; the whole sentence's
        English is returned, since an English translation cannot be cut where the Turkish was.
        """
        text = " ".join(fragment.split())
        if len(text) < 30:
            return None
        found = containing(text, self._turkish, self._words)
        return self._english[found[0]] if len(found) == 1 else None

    def missing(self, sentences: Iterable) -> list:
        """The `core.sentences.Sentence`s with no rendering (new, changed or never rendered)."""
        return [s for s in sentences if s.key not in self.by_key]

    def stale(self, sentences: Iterable) -> list[RenderedSentence]:
        """Renderings whose Turkish sentence is no longer in the corpus."""
        keys = {s.key for s in sentences}
        return [r for r in self.by_key.values() if r.key not in keys]


def main(argv: list[str] | None = None) -> int:
    """`python -m core.rendering check corpus/en/x.jsonl ...`: print every pair that fails check_pair."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        print("usage: python -m core.rendering check FILE.jsonl ...", file=sys.stderr)
        return 2
    bad = 0
    for name in args[1:]:
        for number, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            problems = check_pair(row["tr"], row["en"])
            if sentence_key(row["tr"]) != row["key"]:
                problems.append("key is not sentence_key(tr)")
            if problems:
                bad += 1
                print(f"{name}:{number} [{row['key']}] {'; '.join(problems)}\n  tr: {row['tr']}\n  en: {row['en']}")
    print(f"{bad} failing pairs")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
