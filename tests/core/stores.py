"""Shared by the store tests: does a store still answer a question about the small corpus?"""
from assistant.service import Assistant

QUESTION = "Kümelerde firmalar arasındaki işbirliği nasıl güçlenir?"


def answers(settings, embedder) -> bool:
    answer = Assistant.open(settings, embedder).ask(QUESTION)
    return bool(answer.citations) and not answer.refused
