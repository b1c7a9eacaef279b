"""Stage criteria questions answered from Tablo 2's records (`ingest.tables.StageCriteria`).

Three ways people ask, each answered with the criteria of the stage(s) concerned, cited to `4.tablo-2`:

- the criteria of a named stage: "Başlangıç aşamasının kriterleri neler?", "Is having a brand identity one
  of the requirements for the start stage?";
- whether the asker's own cluster is at or past a stage: "başlangıç aşamasına geçmiş sayılır mıyız?" (the
  stage and the one before it), "Are we past the idea stage?" (the stage and the one after it);
- which stage a description belongs to: "uzmanlık grupları oluştu, lobi gücümüz var; bu hangi aşamanın
  özelliği?" — the stage whose criteria share the most word stems with the question (Turkish words, or the
  English rendering of each criterion for an English question).

Inventory questions that mention a stage ("Erzurum'da fikir aşamasını geçmiş küme var mı?") speak of
clusters, not of the asker, and stay with the inventory answer. English answers quote the unofficial English
rendering; the Turkish original stays in the citation.
"""
from __future__ import annotations

import re
from dataclasses import replace

from core.messages import say
from assistant.structured.citing import Citer
from assistant.structured.quantities import joined
from core.answers import DirectAnswer
from core.normalize import fold_ascii

ORDER = ("fikir", "baslangic", "gelisen", "olgun")
_NOUN = r"( \w+)? (asama\w*|evre\w*|stage|stages|phase)\b"
STAGE_NAMES = {
    "fikir": re.compile(r"\b(fikir|idea)" + _NOUN),
    "baslangic": re.compile(r"\b(baslangic|start|starting|initial)" + _NOUN),
    "gelisen": re.compile(r"\b(gelisen|gelisme|developing|development|growth)" + _NOUN),
    "olgun": re.compile(r"\b(olgun|olgunluk|mature|maturity)" + _NOUN),
}
# A criteria question may name the stage by its adjective alone; only then, as "development" or "start"
# are ordinary words elsewhere.
BARE_STAGE_NAMES = {
    "fikir": re.compile(r"\b(fikir|idea)\b"),
    "baslangic": re.compile(r"\b(baslangic|starting)\b"),
    "gelisen": re.compile(r"\b(gelisen|gelismis|developing)\b"),
    "olgun": re.compile(r"\b(olgun|olgunlasmis|mature|maturity)\b"),
}
_CRITERIA = re.compile(r"\b(kriter\w*|criteri\w*|olcut\w*|requirement\w*|require\w*|needed|gerek\w*|sart\w*|ozellig\w*|"
                       r"ozellik\w*|characteri\w*|features?|what makes|indicator\w*|gosterge\w*)\b")
_ASSESS = re.compile(r"\b(sayil\w*|gecmis\w*|gectik|gecebil\w*|past|beyond|still|hala|count as|qualif\w*|"
                     r"are we|is our|am i)\b")
_PAST = re.compile(r"\b(past|beyond)\b|asamasini (gec|as)\w*")
_WHICH_STAGE = re.compile(r"\b(hangi asama\w*|which stage|what stage|which phase)\b")
_FIRST_PERSON = re.compile(r"\b(we|our|us|biz\w*)\b|\b\w+(miz|muz)\w*\b|\b\w+(yiz|yuz)\b")


def _stems(text: str) -> set[str]:
    """5-letter prefixes of the longer words: enough for Turkish endings ("grupları"/"grupları") and English."""
    return {w[:5] for w in re.findall(r"[a-z]+", fold_ascii(text)) if len(w) >= 4}


def english_criterion(criterion: str, label: str, rendering) -> str:
    """The English rendering of a criterion (bullet and stage label dropped), or "" when there is none."""
    if rendering is None:
        return ""
    for variant in (f"• {criterion}", criterion, f"{label} • {criterion}"):
        en = rendering.english(variant)
        if en:
            return re.sub(r"^\s*(\w+\s+)?•\s*", "", en).strip()
    return ""


def stages_asked(q, stages, english: dict | None = None) -> tuple[list, str] | None:
    """(the stages to show, why: "criteria" | "assess" | "match"), or None when not a criteria question."""
    folded = joined(q.text)
    named = [key for key in ORDER if STAGE_NAMES[key].search(folded)]
    if not named and q.wants == "criteria":  # "what makes a cluster mature": the stage word alone, no "stage"
        named = [key for key in ORDER if BARE_STAGE_NAMES[key].search(folded)]
    by_key = {s.stage_key: s for s in stages}
    first_person = bool(_FIRST_PERSON.search(folded))
    if named and (q.wants == "criteria" or _CRITERIA.search(folded)):
        return [by_key[k] for k in named if k in by_key], "criteria"
    if named and first_person and _ASSESS.search(folded):
        at = ORDER.index(named[0])
        step = 1 if _PAST.search(folded) else -1
        keys = sorted({named[0], ORDER[min(max(at + step, 0), len(ORDER) - 1)]}, key=ORDER.index)
        return [by_key[k] for k in keys if k in by_key], "assess"
    if _WHICH_STAGE.search(folded) or (q.wants == "criteria" and first_person):
        best = _best_match(q, stages, english or {})
        return ([best], "match") if best else None
    return None


def _best_match(q, stages, english: dict):
    """The stage whose criteria (Turkish, and their English rendering) share the most distinct stems with the
    question (a verb every criterion of a stage repeats, "oluşturulmuştur", counts once);
    None below two shared stems, so a cluster's name ("Seramikçilerin kümesi hangi aşamada?") matches nothing."""
    words = _stems(q.text)
    scores = {s.stage_key: len(words & set().union(*(_stems(c) | _stems(english.get((s.stage_key, c), ""))
                                                    for c in s.criteria))) for s in stages}
    best = max(stages, key=lambda s: scores[s.stage_key], default=None)
    return best if best is not None and scores[best.stage_key] >= 2 else None


def answer_criteria(q, knowledge) -> DirectAnswer | None:
    """The criteria of the stage(s) the question concerns, quoted from Tablo 2, or None."""
    tables = knowledge.tables
    if tables is None or not tables.stages:
        return None
    rendering = getattr(knowledge, "rendering", None)
    english = {(s.stage_key, c): english_criterion(c, s.label, rendering) for s in tables.stages for c in s.criteria}
    found = stages_asked(q, tables.stages, english)
    if not found or not found[0]:
        return None
    chosen, why = found
    lang, citer = q.lang, Citer(knowledge)
    lines = [say("crit_match" if why == "match" else "crit_lead", lang,
                 stage=_stage_name(chosen[0], lang))]
    rows = []
    for stage in chosen:
        original = stage.label + "\n" + "\n".join(f"• {c}" for c in stage.criteria)
        n = citer.cite(stage.section_id, original, stage.page)
        lines.append(f"{_stage_name(stage, lang)} [{n}]:")
        for c in stage.criteria:
            shown = english[(stage.stage_key, c)] or c if lang == "en" else c
            lines.append(f"• {shown}")
            rows.append((_stage_name(stage, lang), shown))
    if lang == "en":
        citer.citations = [_with_english(c, tables.stages, english) for c in citer.citations]
    columns = (say("col_stage", lang), say("col_criterion", lang))
    return DirectAnswer("table", "\n".join(lines), citer.all(), columns, tuple(rows), len(chosen))


def _stage_name(stage, lang: str) -> str:
    return say("crit_stage", lang, label=stage.label, en=(stage.english or stage.label).capitalize())


def _with_english(citation, stages, english):
    stage = next((s for s in stages if citation.text.startswith(s.label + "\n")), None)
    if stage is None:
        return citation
    en = "\n".join(f"• {english[(stage.stage_key, c)] or c}" for c in stage.criteria)
    return replace(citation, text_en=f"{(stage.english or stage.label).capitalize()}\n{en}")
