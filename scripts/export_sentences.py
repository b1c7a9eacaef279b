"""Write the report's sentences that need an English rendering, by part, as JSON Lines.

`python scripts/export_sentences.py OUT_DIR` writes OUT_DIR/<part>.jsonl with
{"key", "section", "tr"} for every sentence (EK 2 rows excluded: cluster
names stay as printed). Translators copy a line, add "en", and put it in
corpus/en/<part>.jsonl; `python -m core.rendering check` verifies it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from core.sentences import section_sentences, sentence_key
from ingest.report_parser import parse_corpus

PARTS = {  # first component of the section id -> part
    "kapak": "01-front", "onsoz": "01-front", "yonetici-ozeti": "01-front", "1": "01-front", "2": "01-front",
    "iletisim": "01-front", "ekler": "01-front", "EK2": "01-front", "5": "01-front", "6": "01-front",
    "3": "02-cases", "EK1": "02-cases", "4": "03-analysis", "ORA1": "03-analysis",
    "ORA2": "04-plan", "ORA3": "04-plan", "ORA4": "04-plan",
}


def main(out: Path, corpus: Path = Path("corpus")) -> None:
    out.mkdir(parents=True, exist_ok=True)
    parsed = parse_corpus(corpus)
    files: dict[str, list[str]] = {}
    seen: set[str] = set()
    for section in parsed.sections:
        if section.section_id.startswith("EK2."):
            continue
        part = PARTS.get(section.section_id.split(".")[0], "05-other")
        # the title first: headings (a measure's name, a case study's) are quoted and shown as labels
        for text in [section.title] + [s.text for s in section_sentences(section)]:
            key = sentence_key(text)
            if not text.strip() or key in seen:
                continue
            seen.add(key)
            files.setdefault(part, []).append(json.dumps(
                {"key": key, "section": section.section_id, "tr": text}, ensure_ascii=False))
    for part, lines in files.items():
        (out / f"{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(part, len(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
