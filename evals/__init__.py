"""Evaluation question sets and the runner that scores the assistant on them."""
