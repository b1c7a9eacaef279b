"""The Turkish analyzer of the lexical index: one callable for documents AND queries.

A document and a question only meet if both go through the very same
function, so `make_analyzer` returns one callable (text -> terms) that the
BM25 index applies to both sides (bm25s-style: the analyzer is injected, the
index knows nothing about Turkish).

Why each step:

* `core.normalize.tokenize_tr` is the project's one normaliser (Turkish
  lowercase, NFC, apostrophes), so "Konya'daki" splits into "konya" + "daki"
  and codes like "ora1.aa1.t1.e6", "2010/8" or "07r2.02-01" stay whole.
* Every term is ASCII-folded, so "kume destegi" typed on an English keyboard
  matches "küme desteği".
* Each word yields its unstemmed form AND a stem in a separate namespace
  ("~" prefix). Exact forms keep proper names and rare words precise, stems
  let "ihracatın" meet "ihracatı"; a word matched both ways scores twice, which
  is the exact-match bonus we want.
* Turkish is agglutinative: stemming matters. The stemmer was chosen by
  measurement on evals/sets/dev.jsonl (scripts/retrieval_study.py): "none",
  prefix truncation at 4/5/6 letters (Can et al., "Information retrieval on
  Turkish texts", JASIST 59(3), 2008: first-5 truncation does about as well
  as a lemmatiser) and Snowball Turkish. In the hybrid, prefix4, prefix5 and
  Snowball tie within one dev question; prefix5 is the default (no extra
  dependency; prefix4 merges "ulusal" and "uluslararası"). Snowball needs
  the unfolded letters, so it stems before folding; it over-stems bare roots
  ("küme" -> "k"), hence the minimum stem length below which the word itself
  is the stem. It needs the optional PyPI package `snowballstemmer`.
* Hyphen/slash compounds without digits ("savunma-havacılık-uzay") also
  yield their parts; ORA codes are canonicalised ("ora4.aa2.t1-e6" ->
  "ora4.aa2.t1.e6") and, optionally, emit their ancestors so a measure's code
  also finds its actions (off: no gain on dev).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from core.normalize import fold_letters, tokenize_tr  # the one folding table, shared on purpose

Analyzer = Callable[[str], list[str]]
Stemmer = Callable[[str], str]

STEM_MARK = "~"
TOKEN_CACHE = 200_000  # distinct tokens remembered per analyzer (make_analyzer)
DEFAULT_STEMMER = "prefix5"

_WORD = re.compile(r"[a-zçğıöşüâîû]+")
_ORA_CODE = re.compile(r"ora\d(?:[.\-/](?:aa|t|e)\d+)*")

# Question and function words (ASCII-folded). Kept short on purpose: content
# words such as "kadar" (ceilings: "400.000 TL'ye kadar") or "rapor" stay.
TR_STOPWORDS = frozenset("""
ve veya ile bir bu o da de ki mi mu icin gibi ne nedir nelerdir neler hangi hangileri hangisi
kac kaci kacar nasil midir mudur olan olarak gore daha en cok her ise ya hem ama fakat ancak var
peki bunlar bunlardan bunlarin onun onlarin olup oldugu dir dur tir tur nin nun in un
""".split())
EN_STOPWORDS = frozenset("""
the of and or a an in on for to is are was were be been by with what which who whom how when where
why does do did that this these those it its as at from about can could there their them they many
much me tell list give show according into than any all
""".split())
STOPWORDS = TR_STOPWORDS | EN_STOPWORDS


def fold(term: str) -> str:
    """ASCII-fold an already normalised term (core.normalize.fold_ascii without re-normalising)."""
    return fold_letters(term)  # = term.translate(core.normalize._ASCII_FOLD), faster


def no_stem(word: str) -> str:
    return word


def prefix_stemmer(n: int) -> Stemmer:
    """First-n-letters truncation: crude, fast, and a strong Turkish IR baseline."""
    def stem(word: str) -> str:
        return word[:n]
    stem.__name__ = f"prefix{n}"
    return stem


def snowball_stemmer(min_len: int = 3) -> Stemmer:
    """Snowball Turkish on the unfolded word; stems shorter than min_len fall back to the word."""
    import snowballstemmer  # optional dependency, imported only when chosen

    engine = snowballstemmer.stemmer("turkish")

    @lru_cache(maxsize=65536)
    def stem(word: str) -> str:
        out = engine.stemWord(word)
        return out if len(out) >= min_len else word
    return stem


def stemmer_named(name: str) -> Stemmer | None:
    """'none' | 'prefix<N>' | 'snowball' -> a stemmer over unfolded Turkish words (None: no stems)."""
    if name == "none":
        return None
    if name.startswith("prefix") and name[6:].isdigit():
        return prefix_stemmer(int(name[6:]))
    if name == "snowball":
        return snowball_stemmer()
    raise ValueError(f"unknown stemmer {name!r}: use none, prefix4, prefix5, prefix6 or snowball")


def canonical_code(token: str) -> str:
    """ORA codes written with '-' or '/' between parts become dotted ("ora4.aa2.t1-e6" -> "ora4.aa2.t1.e6")."""
    return re.sub(r"[\-/]", ".", token) if _ORA_CODE.fullmatch(token) else token


def code_ancestors(code: str) -> list[str]:
    """"ora1.aa1.t2.e1" -> ["ora1", "ora1.aa1", "ora1.aa1.t2"]: a measure's code then finds its actions."""
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def make_analyzer(stemmer: str | Stemmer | None = DEFAULT_STEMMER, *, stopwords: frozenset[str] = STOPWORDS,
                  code_parents: bool = False) -> Analyzer:
    """Build the analyzer: text -> list of terms (with repeats, so term frequency counts)."""
    stem = stemmer_named(stemmer) if isinstance(stemmer, str) else stemmer

    def words(token: str) -> list[str]:
        # A compound without digits ("gıda-tarım") is also its parts; anything with a digit is a code.
        if _WORD.fullmatch(token):
            return [token]
        if any(ch.isdigit() for ch in token):
            return []
        return _WORD.findall(token)

    def token_terms(token: str) -> tuple[str, ...]:
        whole = fold(canonical_code(token))
        if whole in stopwords:
            return ()
        terms = [whole]
        if code_parents and _ORA_CODE.fullmatch(whole):
            terms.extend(code_ancestors(whole))
        for word in words(token):
            folded = fold(word)
            if folded in stopwords:
                continue
            if word != token:
                terms.append(folded)
            if stem is not None:
                terms.append(STEM_MARK + fold(stem(word)))
        return tuple(terms)

    # A token's terms depend on the token alone: each distinct token is analysed once (the 581 chunks have ~30,000
    # tokens, ~5,000 distinct), up to a bound so that a long-running server's questions cannot grow it forever.
    known: dict[str, tuple[str, ...]] = {}

    def analyze(text: str) -> list[str]:
        terms: list[str] = []
        for token in tokenize_tr(text, fold=False):
            got = known.get(token)
            if got is None:
                got = token_terms(token)
                if len(known) < TOKEN_CACHE:
                    known[token] = got
            terms.extend(got)
        return terms

    return analyze


def default_analyzer() -> Analyzer:
    """The configuration chosen on the dev set (see assistant/retrieval/hybrid.py for the table)."""
    return make_analyzer(DEFAULT_STEMMER)
