"""The optional language-model answerer: a cited answer written by any OpenAI-compatible chat endpoint.

`LLMAnswerer(config).answer(question, lang, citations)` asks the model to
answer from the numbered passages only (`assistant.llm.prompting`), then checks
the answer (`assistant.llm.verify`): every `[n]` must name a passage and every
figure must occur in a passage the sentence cites. Sentences that fail are
dropped (`repair`); when nothing cited remains, or the endpoint fails, is too
slow or returns garbage, the result has `used_llm=False` and a one-line
notice, and the caller shows its default answer (the report's passages).

The call itself (LangChain's `ChatOpenAI`, the wall-clock deadline, the
streamed preview) is `assistant.llm.client`; `LLMConfig` lives there and is
importable from here too, as the assistant builds both from this module.

Streaming: `stream_to` receives the model's text pieces in order, in the
caller's thread, as they arrive. They are a provisional preview: the answer
to display is `LLMResult.text` (verified, possibly with sentences removed)
or, when `used_llm` is False, the caller's default answer: a UI should
replace the preview with it when `answer` returns.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.llm.client import DEFAULT_TIMEOUT_S, LLMClient, LLMConfig, LLMFailure, visible_text
from assistant.llm.prompting import NOT_SAID, build_messages
from core.answers import Citation
from core.messages import say
from assistant.llm.verify import parse_citations, repair, verify

__all__ = ["LLMAnswerer", "LLMResult", "notice_for"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LLMResult:
    text: str                   # the verified answer ("" when used_llm is False)
    used_llm: bool              # False: show the default answer, with `notice`
    notice: str = ""            # one line for the user, in the question's language ("" when all went well)
    cited: tuple[int, ...] = ()  # the passage numbers the text cites, all valid
    reason: str = "ok"          # ok | repaired | no_context | declined | timeout | http_error | connection |
    #                             garbage | empty | unverified | unavailable
    problems: tuple[str, ...] = ()  # what verification found (for logs and evals)
    elapsed_ms: float = field(default=0.0, compare=False)



def notice_for(reason: str, lang: str, *, seconds: float = DEFAULT_TIMEOUT_S, detail: str = "") -> str:
    """The one-line notice for `reason` (a key llm_<reason> of core.messages), in the question's language."""
    if reason == "repaired":
        return say("llm_repaired", lang)
    return say(f"llm_{reason}", lang, s=f"{seconds:g}", detail=detail) + say("llm_fallback", lang)


class LLMAnswerer:
    """Writes cited answers with a chat model; falls back (used_llm=False) whenever it cannot be trusted."""

    def __init__(self, config: LLMConfig):
        self.config = config
        self.client = LLMClient(config)

    def chat_model(self):
        """The LangChain chat model, built (and langchain-openai imported) on first use."""
        return self.client.chat_model()

    def warm(self) -> None:
        """Import and build the client now (about a second), so the first question does not pay for it."""
        self.client.warm()

    def answer(self, question: str, lang: str, citations: Sequence[Citation],
               stream_to: Callable[[str], None] | None = None) -> LLMResult:
        """A verified, cited answer from the passages `citations`, or used_llm=False with a notice."""
        started = time.perf_counter()
        lang = lang if lang in NOT_SAID else "tr"
        citations = list(citations)

        def result(**values) -> LLMResult:
            return LLMResult(elapsed_ms=(time.perf_counter() - started) * 1000, **values)

        def fallback(reason: str, detail: str = "", problems: tuple[str, ...] = ()) -> LLMResult:
            notice = notice_for(reason, lang, seconds=self.config.timeout_s, detail=detail)
            log.info("LLM answer not used: %s %s %s", reason, detail, "; ".join(problems))
            return result(text="", used_llm=False, notice=notice, reason=reason, problems=problems)

        if not citations:  # nothing to ground an answer on: the caller's "no passage" answer stands
            return result(text="", used_llm=False, notice="", reason="no_context")
        try:
            raw = self.client.complete(build_messages(question, lang, citations), stream_to)
        except LLMFailure as failure:
            return fallback(failure.reason, failure.detail)
        text = visible_text(raw).strip()
        if not text:
            return fallback("empty")
        if _declines(text):
            return fallback("declined")
        check = verify(text, citations)
        if check.ok:
            return result(text=text, used_llm=True, cited=check.cited, reason="ok")
        fixed = repair(text, citations)
        if fixed is None:
            return fallback("unverified", problems=check.problems)
        valid = tuple(n for n in parse_citations(fixed) if n in {c.n for c in citations})
        return result(text=fixed, used_llm=True, notice=notice_for("repaired", lang), cited=valid,
                      reason="repaired", problems=check.problems)


_DECLINE = re.compile("|".join(re.escape(p.rstrip(".")) for p in NOT_SAID.values()), re.IGNORECASE)


def _declines(text: str) -> bool:
    """The model said "the report does not say" (in either language) and cited nothing."""
    return bool(_DECLINE.search(text)) and not parse_citations(text)
