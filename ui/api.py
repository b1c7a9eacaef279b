"""The `/ask` API's JSON: `kume ask --json` without the keys a default gradio_client takes for files.

gradio_client (2.x, protocol sse_v3) treats any dict with a string "path" as a file to download from
`/gradio_api/file=`, which this server never serves (403): a citation's "path" made
`Client(url).predict(q, api_name="/ask")` fail. The section path is under "section_path" (as in
`kume ask --json`), so "path" is dropped here.

Each citation also carries its `start`/`end`: the offsets of the quote in its section's text (null when
the quote was not located there), so that a script can highlight the quote as the page's sources panel
does without searching the text again.
"""
from __future__ import annotations

from core.answers import Answer

FILE_LIKE_KEYS = ("path",)


def _without_file_keys(value):
    if isinstance(value, dict):
        return {k: _without_file_keys(v) for k, v in value.items()
                if not (k in FILE_LIKE_KEYS and isinstance(v, str))}
    if isinstance(value, list):
        return [_without_file_keys(v) for v in value]
    return value


def api_answer(answer: Answer) -> dict:
    data = answer.to_dict()
    for c, cited in zip(data.get("citations", []), answer.citations):
        c.setdefault("section_path", cited.path)
        c.setdefault("start", cited.start)
        c.setdefault("end", cited.end)
    return _without_file_keys(data)
