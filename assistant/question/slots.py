"""What a question asks about: province, stage, sector, BROP, count, name (shared slot extraction).

The structured answerers (inventory, URGE, profile) all need the same facts
out of a question, typed any way people type them: with or without Turkish
letters, any case, with Turkish suffixes ("Gaziantep'teki", "Konyada",
"gelişen kümeler") or in English ("start-stage", "mature clusters"). One
extractor keeps them consistent; each answerer then decides whether the
question is its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.inventory import PROVINCE_ALIASES, STAGES
from core.lexicon import (PROVINCES, REPORT_ACRONYMS, SECTOR_WORDS, STAGE_CONTEXT_WORDS, STAGE_EXCEPT_TR,
                          STAGE_GREATER_EN, STAGE_GREATER_TR, STAGE_WORDS)
from core.normalize import fold_ascii, normalize_tr

_PROVINCE_BY_FOLDED = {fold_ascii(p): p for p in PROVINCES} | dict(PROVINCE_ALIASES)
_ASCII_CLASHES = {"agri"}  # "agri-food" is not Ağrı: this one needs its Turkish letters

# Case endings, possessives and plurals (ASCII-folded) a keyword may carry.
SUFFIXES = frozenset(
    "s es a e i u ya ye yi yu da de ta te dan den tan ten daki deki taki teki in un nin nun ler lar leri lari "
    "lerin larin lerde larda lerdeki lardaki lerden lardan si su sinin sunun sinde sunda sindeki sundaki nda nde "
    "ndaki ndeki ndan nden li lu lik luk ci cu cilik culuk ki yla yle la le ydi".split()) | {""}

# A quote opens after a non-letter and closes before one: "İzmir'deki" holds an apostrophe, not a quote.
_QUOTED = re.compile(r"(?<![\w])['‘`“\"]([^'‘’`“”\"]{2,60})['’`”\"](?![\w])")
_NAME_CUE = re.compile(r"\b(in (?:the|their) names?|named|called|adında|adi|adı|isminde|ismi|adlı)\b", re.I)
# "En çok kayıt hangi ilde", "the most clusters" — not "at most 3 years" nor "the most important".
_MOST = re.compile(r"\b(en cok|en fazla|(?<!at )most|largest number of)\b (\w+ ){0,2}"
                   r"(kayit\w*|kume\w*|entries|clusters|records|rows)\b")
_NUMBER = re.compile(r"\b(?:no|numara|entry|row|sıra|sira|kayıt|kayit)\s*\.?\s*:?\s*(\d{1,3})\b"
                     r"|\b(\d{1,3})\s*(?:numaralı|numarali|nolu)\b", re.I)


@dataclass(frozen=True)
class Slots:
    """The filters and wishes found in one question (empty tuple / None = not asked)."""

    provinces: tuple[str, ...] = ()  # canonical names, first one mentioned first
    stages: tuple[str, ...] = ()  # stage keys: fikir | baslangic | gelisen | olgun
    sectors: tuple[str, ...] = ()  # sector groups of ingest.inventory.SECTORS
    brop: str | None = None  # "brop" | "non-brop" | "both"
    wants_count: bool = False
    national: bool = False  # the inventory's "TR" (national) rows
    number: int | None = None  # an inventory row number ("no. 100")
    name_terms: tuple[str, ...] = ()  # words to look for in cluster names
    most: bool = False  # "en çok", "most"

    @property
    def province(self) -> str | None:
        return self.provinces[0] if self.provinces else None

    @property
    def has_filter(self) -> bool:
        return bool(self.provinces or self.stages or self.sectors or self.brop in ("brop", "non-brop")
                    or self.national or self.number is not None or self.name_terms)


def words(text: str) -> list[str]:
    """Folded tokens, hyphenated and slashed words split ("start-stage" → start, stage)."""
    return re.findall(r"[0-9a-z]+", fold_ascii(text))


def keyword_at(token: str, keyword: str) -> bool:
    """The token is the keyword, possibly with a Turkish or English ending ("konyadaki", "textiles")."""
    return token == keyword or (token.startswith(keyword) and token[len(keyword):] in SUFFIXES)


def _provinces(question: str) -> tuple[str, ...]:
    found: list[str] = []
    for raw in re.findall(r"[\wçğıöşüâîûÇĞİÖŞÜ]+", normalize_tr(question)):
        token = fold_ascii(raw)
        for folded, name in _PROVINCE_BY_FOLDED.items():
            short = len(folded) <= 4  # "kars"+"i" is "karşı", "van"+"a" is "vana": short names must stand alone
            if token == folded or (not short and keyword_at(token, folded)):
                if folded in _ASCII_CLASHES and raw == token:
                    continue
                if name not in found:
                    found.append(name)
    return tuple(found)


def _stages(tokens: list[str]) -> tuple[str, ...]:
    keys: list[str] = []
    for i, token in enumerate(tokens):
        key = next((k for w, k in STAGE_WORDS.items() if keyword_at(token, w)), None)
        if key is None:
            continue
        around = tokens[max(0, i - 2):i] + tokens[i + 1:i + 4]
        if not any(t.startswith(c) and not t.startswith("kumelen") for t in around for c in STAGE_CONTEXT_WORDS):
            continue  # "Kümelenme Projesi start" is no start stage
        if key == "gelisen" and tokens[i + 1:i + 2] in (["stages"], ["asamalari"]):
            continue  # "development stages" names the stage system, not one stage
        rank = next(s.rank for s in STAGES if s.key == key)
        after, before = tokens[i + 1:i + 4], tokens[max(0, i - 3):i]
        if any(t in STAGE_GREATER_TR for t in after) or any(t in STAGE_GREATER_EN for t in before):
            chosen = [s.key for s in STAGES if s.rank > rank]
        elif any(t in STAGE_EXCEPT_TR for t in after) or "other than" in " ".join(before) or "except" in before:
            chosen = [s.key for s in STAGES if s.rank != rank]
        else:
            chosen = [key]
        keys.extend(k for k in chosen if k not in keys)
    return tuple(keys)


def _sectors(tokens: list[str]) -> tuple[str, ...]:
    return tuple(sector for sector, kws in SECTOR_WORDS.items()
                 if any(keyword_at(t, kw) for t in tokens for kw in kws))


def _brop(folded: str) -> str | None:
    if "brop" not in folded:
        return None
    non = re.search(r"brop[ -]?(disi|disinda|disindaki)|non[ -]?brop|outside (the )?brop", folded)
    plain = re.sub(r"brop[ -]?(disi\w*)|non[ -]?brop|outside (the )?brop", "", folded)
    if non and "brop" in plain:
        return "both"
    return "non-brop" if non else "brop"


def _name_terms(question: str, folded: str) -> tuple[str, ...]:
    terms = [t.strip() for t in _QUOTED.findall(question)]
    if _NAME_CUE.search(question):
        for group in re.findall(r"\(([^)]{2,80})\)", question):
            terms.extend(p.strip(" '\"‘’“”") for p in re.split(r",|\bor\b|\bveya\b|\bya da\b", group))
    if "envanter" in folded or "inventory" in folded:
        acronyms = re.findall(r"\b[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ-]{2,}\b", question)  # "SASAD", "TAYSAD"
        terms.extend(a for a in acronyms if a not in REPORT_ACRONYMS)
    skip = {fold_ascii(p) for p in PROVINCES} | {"tr", "ulusal", "national", "brop"}
    out: list[str] = []
    for term in terms:
        term = _NAME_CUE.sub("", term).strip(" ,.")
        if term and fold_ascii(term) not in skip and term not in out:
            out.append(term)
    return tuple(out)


def extract_slots(question: str) -> Slots:
    """Every slot the question fills; nothing here decides which answerer runs."""
    folded = " ".join(words(question))
    tokens = folded.split()
    number = _NUMBER.search(question)
    national = bool(re.search(r"(?<![\w.])TR(?![\w.])(?!\s*\d)", question)) or bool(
        re.search(r"\b(ulusal|national) (\w+ )?(kume|kumeler\w*|kumeleri|clusters?|tr)\b", folded)) or bool(
        re.search(r"\b(clusters?|kumeler\w*) (are|is|which are|that are) (national|nationwide)\b", folded))
    return Slots(
        provinces=_provinces(question),
        stages=_stages(tokens),
        sectors=_sectors(tokens),
        brop=_brop(folded),
        wants_count=bool(re.search(r"\b(kac|how many|sayisi|number of|count)\b", folded)),
        national=national,
        number=int(number.group(1) or number.group(2)) if number else None,
        name_terms=_name_terms(question, folded),
        most=bool(_MOST.search(folded)),
    )


def merge(current: Slots, previous: Slots) -> Slots:
    """Filters of `previous` fill the ones `current` leaves empty (follow-ups narrow a list)."""
    return replace(
        current,
        provinces=current.provinces or previous.provinces,
        stages=current.stages or previous.stages,
        sectors=current.sectors or previous.sectors,
        brop=current.brop or previous.brop,
        national=current.national or previous.national,
        name_terms=current.name_terms or previous.name_terms,
    )


def slots_for(question: str, history: list[str] | tuple[str, ...] = ()) -> Slots:
    """Slots of a question in a conversation: its own, completed from the previous turn when it is a follow-up.

    "Bunlardan hangileri Gelişme aşamasında?" after "İzmir'deki kümeler hangileri?" keeps İzmir;
    "peki Konya'da?" after "Gaziantep'teki kümeler" replaces the province instead of adding one.
    """
    from assistant.question.followup import retrieval_text

    text = retrieval_text(question, list(history))
    own = extract_slots(question)
    return own if text == question else merge(own, extract_slots(text))


def with_filters(slots: Slots, stage: str | None = None, province: str | None = None) -> Slots:
    """UI filters (Filters.stage / Filters.province) narrow a question that does not name its own."""
    return replace(slots, stages=slots.stages or ((stage,) if stage else ()),
                   provinces=slots.provinces or ((province,) if province else ()))
