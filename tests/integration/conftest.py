"""Integration tests use the session fixtures real_embedder / real_settings / real_assistant of tests/conftest.py."""
