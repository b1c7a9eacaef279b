"""The "Küme haritası / Cluster map" tab: the SVG map with presets and filters, a province's clusters on
click, and the bar charts of stages and sectors."""
from __future__ import annotations

from ui import map as kmap
from ui.citations import esc
from core.messages import say
from ui.i18n import STAGES

PAST_IDEA = "baslangic,gelisen,olgun"


def stage_choices(lang: str) -> list[tuple[str, str]]:
    return ([(say("any", lang), "")] + [(say(key, lang), value) for value, key in STAGES]
            + [(say("preset_past_idea", lang), PAST_IDEA)])


def sector_choices(rows, lang: str) -> list[tuple[str, str]]:
    return [(say("any", lang), "")] + [(s, s) for s in kmap.sectors_of(rows)]


def brop_choices(lang: str) -> list[tuple[str, str]]:
    return [(say("any", lang), ""), (say("brop_yes", lang), "yes"), (say("brop_no", lang), "no")]


def flt(stage_v, sector_v, brop_v) -> kmap.MapFilter:
    stages = tuple(s for s in str(stage_v or "").split(",") if s)
    return kmap.MapFilter(stages, sector_v or "", brop_v or "")


def build(gr, runtime, L, lang):
    private = {"api_visibility": "private"}
    with L(gr.Tab(say("tab_map", "tr"), elem_id="tab-map"), label="tab_map"):
        L(gr.Markdown(say("map_intro", "tr")), value="map_intro")
        with gr.Row():
            preset = L(gr.Dropdown(kmap.preset_choices("tr"), value="sekil1", label=say("map_preset", "tr"),
                                   elem_id="map-preset"), label="map_preset", choices=kmap.preset_choices)
            stage = L(gr.Dropdown(stage_choices("tr"), value="", label=say("f_stage", "tr"), elem_id="map-stage"),
                      label="f_stage", choices=stage_choices)
            sector = L(gr.Dropdown(sector_choices(runtime.rows, "tr"), value="", label=say("map_sector", "tr"),
                                   elem_id="map-sector"), label="map_sector",
                       choices=lambda lg: sector_choices(runtime.rows, lg))
            brop = L(gr.Dropdown(brop_choices("tr"), value="", label=say("map_brop", "tr"), elem_id="map-brop"),
                     label="map_brop", choices=brop_choices)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                shape = gr.HTML("", elem_id="kmap")
            with gr.Column(scale=2, min_width=300):
                listing = gr.HTML(f"<p>{esc(say('map_pick', 'tr'))}</p>", elem_id="map-list")
        charts = gr.HTML("", elem_id="map-charts")
        req = gr.Textbox(visible="hidden", elem_id="map-req")
        go = gr.Button(visible="hidden", elem_id="map-go")

    def draw(stage_v, sector_v, brop_v, lg):
        if not runtime.rows:
            return f"<p>{esc(runtime.error or say('building_wait', lg))}</p>"
        return kmap.map_svg(runtime.rows, lg, flt(stage_v, sector_v, brop_v))

    def from_preset(key, lg):
        _, f = kmap.PRESETS.get(key, kmap.PRESETS["sekil1"])
        stage_v = PAST_IDEA if f.stages == tuple(PAST_IDEA.split(",")) else ",".join(f.stages)
        return [stage_v, f.sector, f.brop, draw(stage_v, f.sector, f.brop, lg)]

    preset.input(from_preset, [preset, lang], [stage, sector, brop, shape], queue=False, **private)
    inputs = [stage, sector, brop, lang]
    for box in (stage, sector, brop):
        box.input(draw, inputs, shape, queue=False, **private)

    def province_list(name, stage_v, sector_v, brop_v, lg):
        province = kmap.province_name(name)
        if province is None or not runtime.rows:
            return gr.skip()
        return kmap.province_table_html(province, runtime.rows, lg, flt(stage_v, sector_v, brop_v))

    go.click(province_list, [req, stage, sector, brop, lang], listing, queue=False, **private)

    def refresh(stage_v, sector_v, brop_v, lg):
        rows = runtime.rows
        return [draw(stage_v, sector_v, brop_v, lg), kmap.charts_html(rows, lg) if rows else "",
                gr.update(choices=sector_choices(rows, lg)), f"<p>{esc(say('map_pick', lg))}</p>"]

    lang.change(refresh, inputs, [shape, charts, sector, listing], queue=False, **private)
    return refresh, inputs, [shape, charts, sector, listing]
