"""Export a relationship summary (PDF)."""
