"""The cluster map: Turkey's 81 provinces as an offline SVG coloured by the number of inventory rows, the
province lists behind a click, presets that redraw the report's figures (4.1, Şekil 1 and 5–12), and plain
HTML bar charts of stages and sectors. No Gradio here; every name from the corpus is escaped.

Province outlines: ui/data/turkey-provinces.json (from the MIT-licensed npm package turkey-map-react,
see ui/data/README.md).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from core.normalize import fold_ascii
from core.records import ClusterRecord

from ui.citations import esc
from core.messages import say
from ui.i18n import STAGES

DATA = Path(__file__).resolve().parent / "data" / "turkey-provinces.json"
STAGE_KEYS = tuple(key for key, _ in STAGES)
# 4.2 A prints these sector shares (the report's own classification); the README compares them too.
REPORT_SECTOR_SHARES = {"tarım-gıda": 25, "metal işleme-makine-mekatronik": 13, "tekstil": 12,
                        "ağaç-mobilya-kağıt": 7, "turizm": 7}
# buckets of the colour scale: (upper bound, CSS variable)
SCALE = ((0, "--kume-map-0"), (1, "--kume-map-1"), (3, "--kume-map-2"), (6, "--kume-map-3"), (12, "--kume-map-4"),
         (10**6, "--kume-map-5"))


@dataclass(frozen=True)
class MapFilter:
    stages: tuple[str, ...] = ()  # empty = every stage
    sector: str = ""
    brop: str = ""  # "" | "yes" | "no"

    def keep(self, row: ClusterRecord) -> bool:
        return ((not self.stages or row.stage.key in self.stages) and (not self.sector or row.sector == self.sector)
                and (self.brop == "" or row.brop == (self.brop == "yes")))


# preset id -> (label key or sector, filter); the report's figures of 4.1
PRESETS: dict[str, tuple[str, MapFilter]] = {
    "sekil1": ("preset_all", MapFilter()),
    "sekil5": ("preset_past_idea", MapFilter(stages=("baslangic", "gelisen", "olgun"))),
    "baslangic": ("preset_start", MapFilter(stages=("baslangic",))),
    "gelisen": ("preset_developing", MapFilter(stages=("gelisen",))),
    "olgun": ("preset_mature", MapFilter(stages=("olgun",))),
    "sekil6": ("preset_sector", MapFilter(sector="tarım-gıda")),
    "sekil7": ("preset_sector", MapFilter(sector="tekstil")),
    "sekil8": ("preset_sector", MapFilter(sector="metal işleme-makine-mekatronik")),
    "sekil9": ("preset_sector", MapFilter(sector="ağaç-mobilya-kağıt")),
    "sekil10": ("preset_sector", MapFilter(sector="turizm")),
    "sekil11": ("preset_sector", MapFilter(sector="madencilik")),
    "sekil12": ("preset_sector", MapFilter(sector="deri-ayakkabı")),
}
FIGURE_NO = {"sekil1": "1", "sekil5": "5", "sekil6": "6", "sekil7": "7", "sekil8": "8", "sekil9": "9",
             "sekil10": "10", "sekil11": "11", "sekil12": "12"}


def preset_choices(lang: str) -> list[tuple[str, str]]:
    out = []
    for key, (label, f) in PRESETS.items():
        text = say(label, lang, sector=f.sector)
        if key in FIGURE_NO:
            text = f"{say('figure', lang)} {FIGURE_NO[key]}: {text}"
        out.append((text, key))
    return out


def key_of(name: str) -> str:
    return fold_ascii(name).replace("â", "a").replace(" ", "")


@lru_cache(maxsize=1)
def provinces() -> tuple[dict, ...]:
    """The 81 provinces (plate, id, name, path), from the vendored data."""
    return tuple(json.loads(DATA.read_text(encoding="utf-8"))["provinces"])


@lru_cache(maxsize=1)
def view_box() -> str:
    return json.loads(DATA.read_text(encoding="utf-8"))["viewBox"]


def province_name(name: str) -> str | None:
    """The map's spelling of a province name (any casing or folding), None if it is no province."""
    wanted = key_of(name or "")
    return next((p["name"] for p in provinces() if key_of(p["name"]) == wanted), None)


def rows_in(rows: Iterable[ClusterRecord], province: str, flt: MapFilter | None = None) -> list[ClusterRecord]:
    key = key_of(province)
    return [r for r in rows if key_of(r.province) == key and (flt is None or flt.keep(r))]


def _fill(count: int) -> str:
    return next(f"var({var})" for bound, var in SCALE if count <= bound)


def _tip(name: str, rows: Sequence[ClusterRecord], lang: str) -> str:
    stages = Counter(r.stage.key for r in rows)
    parts = [f"{say('stage_' + k, lang)} {stages[k]}" for k in STAGE_KEYS if stages[k]]
    return f"{name}: {say('n_clusters', lang, n=len(rows))}" + (f" ({', '.join(parts)})" if parts else "")


def map_svg(rows: Iterable[ClusterRecord], lang: str, flt: MapFilter | None = None, *, small: bool = False,
            label: str = "") -> str:
    """The SVG map: one <path> per province, filled by its count of rows (after `flt`)."""
    rows = [r for r in rows if flt is None or flt.keep(r)]
    by_key: dict[str, list[ClusterRecord]] = {}
    for r in rows:
        by_key.setdefault(key_of(r.province), []).append(r)
    paths = []
    for p in provinces():
        mine = by_key.get(key_of(p["name"]), [])
        tip = _tip(p["name"], mine, lang)
        focus = "" if small else ' tabindex="0" role="button"'
        paths.append(f'<path class="kume-prov" d="{p["path"]}" style="fill:{_fill(len(mine))}" '
                     f'data-province="{esc(p["name"])}" data-count="{len(mine)}" data-tip="{esc(tip)}" '
                     f'aria-label="{esc(tip)}"{focus}><title>{esc(tip)}</title></path>')
    national = len(by_key.get(key_of("TR"), []))
    cls = "kume-map kume-map-small" if small else "kume-map"
    legend = "" if small else _legend(lang)
    note = f'<p class="kume-map-note">{esc(say("map_national", lang, n=national))}</p>' if national else ""
    title = f'<p class="kume-map-title">{esc(label)}</p>' if label else ""
    return (f'<figure class="{cls}">{title}<svg viewBox="{view_box()}" role="group" '
            f'aria-label="{esc(label or say("tab_map", lang))}" preserveAspectRatio="xMidYMid meet">'
            f'{"".join(paths)}</svg>{legend}{note}'
            f'<figcaption class="kume-map-sum">{esc(say("map_total", lang, n=len(rows)))}</figcaption></figure>')


def _legend(lang: str) -> str:
    steps, low = [], 0
    for bound, var in SCALE:
        text = "0" if bound == 0 else (f"{low}+" if bound >= 10**6 else (f"{low}" if low == bound else f"{low}–{bound}"))
        steps.append(f'<span class="kume-legend-step"><i style="background:var({var})"></i>{esc(text)}</span>')
        low = bound + 1
    return f'<div class="kume-legend" aria-label="{esc(say("legend", lang))}">{"".join(steps)}</div>'


def province_table_html(province: str, rows: Sequence[ClusterRecord], lang: str, flt: MapFilter | None = None) -> str:
    """A province's clusters as a cited table (each row cited by its inventory row and page)."""
    mine = rows_in(rows, province, flt)
    head = [say(k, lang) for k in ("c_no", "f_province", "c_cluster", "f_stage", "c_sector", "c_brop", "c_source")]
    yes, no = say("yes", lang), say("no", lang)
    body = "".join(
        f"<tr><td>{r.number}</td><td>{esc(r.province_label)}</td><td>{esc(r.name)}</td>"
        f"<td>{esc(say('stage_' + r.stage.key, lang))}</td><td>{esc(r.sector)}</td><td>{yes if r.brop else no}</td>"
        f"<td><cite>{esc(r.section_id)}{', ' + esc(say('page', lang)) + ' ' + str(r.page) if r.page else ''}</cite></td></tr>"
        for r in sorted(mine, key=lambda r: r.number))
    caption = say("map_province_rows", lang, province=province, n=len(mine))
    return (f'<div class="kume-table-wrap"><table class="kume-table" data-province="{esc(province)}" '
            f'data-count="{len(mine)}"><caption>{esc(caption)}</caption><thead><tr>'
            + "".join(f"<th>{esc(h)}</th>" for h in head) + f"</tr></thead><tbody>{body}</tbody></table></div>")


def _bars(items: Sequence[tuple[str, int, float | None]], total: int, lang: str, title: str) -> str:
    top = max((n for _, n, _ in items), default=1) or 1
    rows = []
    for label, n, printed in items:
        share = 100 * n / total if total else 0
        report = (f'<span class="kume-bar-report">{esc(say("report_share", lang, p=f"{printed:g}"))}</span>'
                  if printed is not None else "")
        rows.append(f'<div class="kume-bar-row"><span class="kume-bar-label">{esc(label)}</span>'
                    f'<span class="kume-bar-track"><span class="kume-bar" style="width:{100 * n / top:.1f}%"></span></span>'
                    f'<span class="kume-bar-value">{n} ({share:.1f} %)</span>{report}</div>')
    return f'<section class="kume-bars"><h4>{esc(title)}</h4>{"".join(rows)}</section>'


def charts_html(rows: Sequence[ClusterRecord], lang: str) -> str:
    """Bar charts of stages and sectors: derived counts and shares, the report's printed sector shares beside."""
    total = len(rows)
    stages = Counter(r.stage.key for r in rows)
    sectors = Counter(r.sector for r in rows)
    stage_items = [(say("stage_" + k, lang), stages[k], None) for k in STAGE_KEYS]
    sector_items = [(s, n, REPORT_SECTOR_SHARES.get(s)) for s, n in sectors.most_common()]
    return (_bars(stage_items, total, lang, say("chart_stages", lang, n=total))
            + _bars(sector_items, total, lang, say("chart_sectors", lang)))


def sectors_of(rows: Iterable[ClusterRecord]) -> list[str]:
    counts = Counter(r.sector for r in rows)
    return [s for s, _ in counts.most_common()]


def answer_map(answer_rows: Sequence[Sequence[str]], all_rows: Sequence[ClusterRecord], lang: str) -> str:
    """A small map of the rows an inventory answer lists (its table's first column holds the row numbers)."""
    numbers = {str(r[0]) for r in answer_rows if r}
    listed = [r for r in all_rows if str(r.number) in numbers]
    if not listed:
        return ""
    return map_svg(listed, lang, small=True, label=say("map_of_answer", lang, n=len(listed)))
