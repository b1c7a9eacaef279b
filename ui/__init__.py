"""User interfaces over the assistant: the `kume` CLI and the Gradio page."""
