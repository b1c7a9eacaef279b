"""Which ORA actions fit which cluster profile, in the report's own words.

The action plan rarely says "for start-stage clusters" next to an action; it
says it in the prose of the measure, sub-area or area above ("Fikir
aşamasındaki kümelerin…", "“gelişen” ve “olgun” aşamadaki kümeler…"). Each
sentence naming a stage, BROP or a sector goes down the tree to the child
whose text it matches, or to all children when none stands out; actions
with no such sentence are general. Every tag keeps its verbatim quote and
source section, so an answer can show why. `python -m ingest.applicability
--write` regenerates corpus/action-applicability.tsv; the committed file
may carry manual corrections and is what the assistant reads.
"""
from __future__ import annotations

import argparse
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ingest.inventory import SECTOR_RULES, STAGES
from core.normalize import fold_ascii, normalize_tr
from core.records import Section

TSV_NAME = "action-applicability.tsv"
COLUMNS = ("code", "title", "stages", "brop", "sectors", "general", "why", "source_section")
QUOTE_SEPARATOR = " | "
ACTION = re.compile(r"^ORA\d\.AA\d\.T\d\.E\d+$")
_STAGE_KEYS = {"fikir": "fikir", "başlangıç": "baslangic", "gelişen": "gelisen", "olgun": "olgun"}
_Q = "[“”\"']?"
_STAGE_RUN = re.compile(
    rf"{_Q}(fikir|başlangıç|gelişen|olgun){_Q}"
    rf"((?:\s*(?:,|ve|veya|ya da)\s*{_Q}(?:fikir|başlangıç|gelişen|olgun){_Q})*)"
    r"\s+(?:aşama\w*|küme\w*)\b(?!\s+dışında)")  # "olgun kümeler dışındaki kümeler" is not about mature ones
_BROP = re.compile(r"\bbrop\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÇĞİÖŞÜ“\"])")
_STOP = {"icin", "olan", "olarak", "veya", "gibi", "daha", "kadar", "ancak", "ayrica", "bunun", "nedenle", "tedbir",
         "kapsaminda", "onerilen", "faaliyetler", "sunlardir", "olmak", "uzere", "gore", "arasinda", "bircok", "onemli",
         "buyuk", "gerekmektedir", "saglanmalidir", "edilmelidir", "tarafindan", "ulusal", "bolgesel"}
_COMMON_SECTORS = re.compile(r"yaygın sektör")
_COMMON_SOURCE = re.compile(r"yoğunlaştığı sektör")  # section 6 names the sectors clusters concentrate in


@dataclass(frozen=True)
class Applicability:
    """One action and the cluster profiles it is tied to; `why` quotes are verbatim, one per source section."""

    code: str
    title: str
    stages: tuple[str, ...]
    brop: bool
    sectors: tuple[str, ...]
    general: bool
    why: tuple[str, ...]
    source_sections: tuple[str, ...]

    def quotes(self) -> tuple[tuple[str, str], ...]:
        return tuple(zip(self.why, self.source_sections))


def stage_mentions(text: str) -> tuple[str, ...]:
    """Stage keys a text ties to clusters ("Başlangıç ve gelişen aşamadaki kümeler" → baslangic, gelisen)."""
    keys: list[str] = []
    for match in _STAGE_RUN.finditer(normalize_tr(text)):
        for word in re.findall(r"fikir|başlangıç|gelişen|olgun", match.group(0)):
            if _STAGE_KEYS[word] not in keys:
                keys.append(_STAGE_KEYS[word])
    return tuple(k for k in (s.key for s in STAGES) if k in keys)


def mentions_brop(text: str) -> bool:
    return bool(_BROP.search(normalize_tr(text)))


def _sector_keywords(text: str) -> tuple[str, ...]:
    """Sector groups named in prose; short keywords ("et", "un") are left out, they are too ambiguous."""
    tokens = re.findall(r"[a-z]+", fold_ascii(text))
    found = []
    for sector, keywords in SECTOR_RULES:
        if sector == "other":
            continue
        for kw in keywords:
            kw = kw.lstrip("=")
            hit = any(t.startswith(kw) for t in tokens) if len(kw) >= 5 else kw in tokens  # "hali" ≠ "halinde"
            if len(kw) >= 4 and hit and sector not in found:
                found.append(sector)
    return tuple(found)


def sector_mentions(text: str, common: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Sector groups a text ties to clusters ("… sektörler", "… ürünleri üreten"); "yaygın sektörler" → common."""
    norm = normalize_tr(text)
    if _COMMON_SECTORS.search(norm):
        return common
    if "sektör" not in norm and "ürünleri üreten" not in norm:
        return ()
    return _sector_keywords(text)


def common_sectors(sections: Iterable[Section]) -> tuple[str, ...]:
    """The sectors "clusters concentrate in", from the sentence of chapter 6 that lists them."""
    for section in sections:
        for sentence in _sentences(section):
            if _COMMON_SOURCE.search(normalize_tr(sentence)):
                return _sector_keywords(sentence)
    return ()


def _sentences(section: Section) -> list[str]:
    """The prose of a section; the list of actions (and its wrapped lines) ends it, each action speaks for itself."""
    out = []
    for paragraph in section.paragraphs:
        if paragraph.text.lstrip().startswith("•"):
            break
        out.extend(s.strip() for s in _SENTENCE.split(paragraph.text) if s.strip())
    return out


def _stems(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z0-9]+", fold_ascii(text))
            if len(w) >= 4 and w not in _STOP and not w.startswith(("kume", "firma", "brop"))}


class _Plan:
    """The action plan's tree, for pushing a sentence down to the actions it motivates."""

    def __init__(self, sections: Iterable[Section]):
        self.by_id = {s.section_id: s for s in sections if s.section_id.startswith("ORA")}
        self.children: dict[str, list[str]] = {}
        for s in self.by_id.values():
            if s.parent_id in self.by_id:
                self.children.setdefault(s.parent_id, []).append(s.section_id)

    def subtree_text(self, sid: str) -> str:
        s = self.by_id[sid]
        return " ".join([s.title, s.text] + [self.subtree_text(c) for c in self.children.get(sid, [])])

    def push_down(self, sid: str, sentence: str, reason_words: str) -> list[str]:
        """The actions under `sid` a sentence speaks for: the child it matches best, or all when none stands out."""
        if ACTION.match(sid):
            return [sid]
        kids = self.children.get(sid, [])
        texts = {k: self.subtree_text(k) for k in kids}
        chosen = kids
        quoted = set(re.findall(r"[a-z]+", fold_ascii(" ".join(re.findall(r"“([^”]+)”", sentence)))))
        hits = {k: len(quoted & set(re.findall(r"[a-z]+", fold_ascii(t)))) for k, t in texts.items()}
        if quoted and 0 < max(hits.values(), default=0) and len(set(hits.values())) > 1:
            chosen = [k for k in kids if hits[k] == max(hits.values())]  # a quoted term (“bölgelerarasılaştırma”)
        elif kids:
            wanted = _stems(sentence) - _stems(reason_words)
            stems = {k: _stems(t) for k, t in texts.items()}
            df = {w: sum(w in st for st in stems.values()) for w in wanted}
            scores = {k: sum(1 / df[w] for w in wanted & st) for k, st in stems.items()}
            ranked = sorted(scores.values(), reverse=True) + [0.0]
            if ranked[0] >= 2 and ranked[0] >= ranked[1] + 1:  # distinctive shared words single one child out
                chosen = [k for k in kids if math.isclose(scores[k], ranked[0])]
        return [a for k in chosen for a in self.push_down(k, sentence, reason_words)]


def _quote(sentence: str, limit: int = 240) -> str:
    """The sentence, or the run of whole words around its first stage/BROP/sector cue when it is long."""
    cue = re.search(r"fikir|başlangıç|gelişen|olgun|brop|sektör|ürünleri üreten", normalize_tr(sentence))
    start = sentence.rfind(" ", 0, max(0, (cue.start() if cue else 0) - limit // 3)) + 1
    end = sentence.find(" ", start + limit)
    return sentence if len(sentence) <= limit else sentence[start:end if end > 0 else None].strip(" ,;")


def _specificity(quote: str) -> int:
    """ "Fikir aşamasındaki kümelerin…" (aims at a stage) beats "…fikir aşamasında olduğu görülmektedir"."""
    aimed = re.search(r"(fikir|başlangıç|gelişen|olgun)[”\"]? (aşama\w*(daki|deki)|küme)", normalize_tr(quote))
    return 2 if aimed else 1


def _keep(quotes: list[tuple[str, str]], quote: str, sid: str) -> None:
    """One quote per source section: the most specific one."""
    i = next((i for i, (_, old_sid) in enumerate(quotes) if old_sid == sid), None)
    if i is None:
        quotes.append((quote, sid))
    elif _specificity(quote) > _specificity(quotes[i][0]):
        quotes[i] = (quote, sid)


def derive_applicability(sections: Iterable[Section]) -> list[Applicability]:
    """Every action of the plan with the stages, BROP flag and sectors the report ties it to."""
    sections = tuple(sections)
    plan = _Plan(sections)
    common = common_sectors(sections)
    reasons: dict[str, list[tuple[str, str]]] = {sid: [] for sid in plan.by_id if ACTION.match(sid)}
    for sid, section in plan.by_id.items():
        texts = [section.text] if ACTION.match(sid) else _sentences(section)
        for sentence in texts:
            if not (stage_mentions(sentence) or mentions_brop(sentence) or sector_mentions(sentence, common)):
                continue
            cues = " ".join(re.findall(r"\w*(?:fikir|başlangıç|gelişen|olgun|aşama|brop|sektör)\w*|(?<=brop )\w+",
                                       normalize_tr(sentence)))
            for action in plan.push_down(sid, sentence, cues):
                _keep(reasons[action], _quote(sentence), sid)
    out = []
    for code in sorted(reasons, key=lambda c: [int(n) for n in re.findall(r"\d+", c)]):
        quotes = reasons[code]
        stages = tuple(k for k in (s.key for s in STAGES) if any(k in stage_mentions(q) for q, _ in quotes))
        sectors = tuple(dict.fromkeys(x for q, _ in quotes for x in sector_mentions(q, common)))
        brop = any(mentions_brop(q) for q, _ in quotes)
        out.append(Applicability(code, plan.by_id[code].title, stages, brop, sectors,
                                 not (stages or brop or sectors), tuple(q for q, _ in quotes),
                                 tuple(s for _, s in quotes)))
    return out


def write_tsv(rows: Iterable[Applicability], path: Path) -> None:
    lines = ["\t".join(COLUMNS)]
    for a in rows:
        lines.append("\t".join((a.code, a.title, ",".join(a.stages), "yes" if a.brop else "", ",".join(a.sectors),
                                "yes" if a.general else "no", QUOTE_SEPARATOR.join(a.why),
                                QUOTE_SEPARATOR.join(a.source_sections))))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _split(value: str, sep: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(sep) if x.strip())


def read_tsv(path: Path) -> list[Applicability]:
    """The committed table (with any manual corrections); the assistant reads this, not the derivation."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        f = (line.split("\t") + [""] * len(COLUMNS))[:len(COLUMNS)]
        out.append(Applicability(f[0], f[1], _split(f[2], ","), f[3].strip() == "yes", _split(f[4], ","),
                                 f[5].strip() == "yes", _split(f[6], "|"), _split(f[7], "|")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Derive which ORA actions fit which cluster profile.")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--write", action="store_true", help=f"write corpus/{TSV_NAME} (else print a summary)")
    args = parser.parse_args(argv)
    from ingest.report_parser import parse_corpus

    rows = derive_applicability(parse_corpus(args.corpus).sections)
    if args.write:
        write_tsv(rows, args.corpus / TSV_NAME)
    counts = {k: sum(1 for r in rows if getattr(r, k)) for k in ("stages", "brop", "sectors", "general")}
    print(f"{len(rows)} actions: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
