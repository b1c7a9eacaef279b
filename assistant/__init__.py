"""Answering: question → retrieval → cited answer. Never imports `ui`."""
