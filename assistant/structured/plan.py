"""The action plan as a tree of codes: counts, lists and ordinal steps answered from the section ids.

"Eylem planında toplam kaç eylem öneriliyor?" has one exact answer (71), which
no passage states: it is the number of ORAn.AAm.Tk.Ej sections. "Ortak rekabet
alanları hangileri?" is the list of the plan's areas, and "Onun ilk alt alanındaki
ilk tedbirde hangi eylemler var?" (after "ORA1 …?") walks the tree: the first
sub-area of ORA1, its first measure, that measure's actions. The levels are read
from the question by the cues of `core.lexicon.PLAN_LEVEL_CUES`; the question must
have no topic words besides them (`Question.topic`), else it asks about the content
of the plan ("Which actions support exports?") and the other routes answer it.
An area with no text of its own (ORA1 is only a heading) is known by its descendants.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.lexicon import PLAN_FRAME_STEMS, PLAN_LEVEL_CUES, PLAN_NAME_CUE, PLAN_ORDINALS
from core.messages import say
from core.answers import DirectAnswer

from assistant.question.analysis import topic_words
from assistant.structured.citing import Citer
from assistant.structured.codes import AREA_NAMES, resolve_codes
from assistant.structured.quantities import joined

LEVELS = tuple(level for level, _ in PLAN_LEVEL_CUES)  # depth 1..4
_CUES = tuple((level, re.compile(cue)) for level, cue in PLAN_LEVEL_CUES)
_PLAN_NAME = re.compile(PLAN_NAME_CUE)
_CODE = re.compile(r"^ORA\d+(\.AA\d+(\.T\d+(\.E\d+)?)?)?$")
_TYPED_CODE = re.compile(r"\bora ?\d\w*( \w{1,3}\d\w*)*")  # a code as `joined` prints it ("ora1 aa1 t1")


def _depth(code: str) -> int:
    return code.count(".") + 1


def _order(code: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", code))


def plan_codes(sections) -> dict[str, str]:
    """Every code of the plan with its title, areas that are only headings included (from their children's
    paths: "5 … › ORA1 Küme Yönetimi › AA1 …")."""
    codes: dict[str, str] = {}
    for sid, info in sections.items():
        if not _CODE.match(sid):
            continue
        codes[sid] = info.title
        parts, steps = sid.split("."), info.path.split(" › ")
        for depth in range(1, len(parts)):
            ancestor = ".".join(parts[:depth])
            if ancestor not in codes and ancestor not in sections:
                step = next((s for s in steps if s.startswith(parts[depth - 1] + " ")), "")
                codes[ancestor] = step.partition(" ")[2] or ancestor
    return codes


def below(codes, node: str | None, depth: int) -> list[str]:
    """The codes at `depth` under `node` (the whole plan for None), in the plan's order."""
    prefix = f"{node}." if node else ""
    return sorted((c for c in codes if _depth(c) == depth and c.startswith(prefix)), key=_order)


@dataclass(frozen=True)
class PlanTarget:
    node: str | None    # where the question points (None: the whole plan)
    level: str | None   # what it asks of it: "action", … ; None for the node itself
    count: bool         # a count rather than a list


def plan_target(q, knowledge) -> PlanTarget | None:
    """What of the plan's tree the question asks for, or None when it is not (only) about the tree."""
    if q.slots.has_filter:
        return None  # a cluster described by stage, sector or province asks what fits it (the profile)
    folded = joined(q.text)
    rest = _PLAN_NAME.sub(" ", folded)
    found = sorted((m.start(), m.end(), level) for level, cue in _CUES for m in cue.finditer(rest))
    if not found:
        return None
    codes = plan_codes(knowledge.index.sections)
    ids = set(codes)
    node = next(iter(resolve_codes(q.text, ids, knowledge.aliases)), None)
    if node is None:
        node = next((code for code, names in AREA_NAMES.items() if any(n in rest for n in names)), None)
    if node is None and q.followup and q.history:
        node = next(iter(resolve_codes(q.history[-1], ids, knowledge.aliases)), None)
    if node is not None and node not in ids:
        return None
    # words the tree does not explain are the question's topic: not a question about the tree alone
    spans = [(s, e) for s, e, _ in found]
    leftover = rest
    for s, e in sorted(spans, reverse=True):
        leftover = leftover[:s] + " " + leftover[e:]
    leftover = _TYPED_CODE.sub(" ", leftover)
    for names in AREA_NAMES.values():
        for name in names:
            leftover = leftover.replace(name, " ")
    words = [w for w in leftover.split() if w not in PLAN_ORDINALS and not w.startswith(PLAN_FRAME_STEMS)]
    if topic_words(words):
        return None
    target: str | None = None
    for start, _, level in found:
        before = rest[:start].split()
        ordinal = PLAN_ORDINALS.get(before[-1]) if before else None
        depth = LEVELS.index(level) + 1
        if ordinal is None:
            target = level
            continue
        if node is not None and _depth(node) >= depth:
            return None  # "ORA1.AA2'nin ilk alt alanı": no such step
        options = below(codes, node, depth)
        if not options or abs(ordinal) > len(options) or (ordinal < 0 and ordinal != -1):
            return None
        node = options[ordinal - 1] if ordinal > 0 else options[-1]
    if target is not None and node is not None and _depth(node) >= LEVELS.index(target) + 1:
        return None  # a level above the node ("ORA1.AA1.T1'in alt alanları"): not the tree's to answer
    return PlanTarget(node, target, q.wants == "count" and target is not None)


def answer_plan(target: PlanTarget, q, knowledge) -> DirectAnswer | None:
    """The count or the list of `target.level` under `target.node`, each code cited to its section."""
    codes = plan_codes(knowledge.index.sections)
    lang = q.lang
    depth = LEVELS.index(target.level) + 1
    chosen = below(codes, target.node, depth)
    if not chosen:
        return None
    citer = Citer(knowledge)

    def title(code: str) -> str:
        text = codes[code]
        english = knowledge.rendering.english(text) if lang == "en" else None
        return f"{english} ({text})" if english and english != text else text

    def cite(code: str) -> int:
        sid = code if code in knowledge.index.sections else next(
            (c for c in sorted(knowledge.index.sections, key=_order) if c.startswith(code + ".")), code)
        info = knowledge.index.sections.get(sid)
        text = knowledge.index.section_text(sid) or (info.title if info else codes[code])
        return citer.cite(sid, text[:400])

    unit = say(f"plan_unit_{target.level}", lang)
    where = (say("plan_where", lang, code=target.node, title=title(target.node)) if target.node
             else say("plan_where_all", lang))
    if lang == "en" and target.node is None:
        where = where[0].upper() + where[1:]
    if target.count:
        parts_of = below(codes, target.node, (_depth(target.node) if target.node else 0) + 1)
        if parts_of == chosen:
            parts = ", ".join(f"{c} {title(c)} [{cite(c)}]" for c in chosen)
        else:
            counts = [(c, len(below(codes, c, depth))) for c in parts_of]
            parts = "; ".join(f"{c} {title(c)}: {n} [{cite(c)}]" for c, n in counts)
            parts += "; " + say("plan_sum", lang, terms=" + ".join(str(n) for _, n in counts), n=len(chosen))
        lead = say("plan_count", lang, where=where, n=len(chosen), unit=unit, parts=parts)
    else:
        lines = [say("plan_list", lang, where=where, n=len(chosen), unit=unit)]
        lines += [f"• {c} {title(c)} [{cite(c)}]" for c in chosen]
        lead = "\n".join(lines)
    return DirectAnswer("plan", lead, citer.all(), count=len(chosen))
