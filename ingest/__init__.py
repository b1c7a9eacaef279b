"""Ingestion: corpus files → pages → sections and inventory records → chunks → Chroma."""
