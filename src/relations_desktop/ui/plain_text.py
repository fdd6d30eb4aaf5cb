"""Text from a document shown where Qt guesses whether a string is HTML (tooltips, labels that
are not set to plain text): escaped and wrapped, so that it is always read as the plain text it
is and markup in an imported document is never rendered, nor an image fetched."""

from __future__ import annotations


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly, line breaks kept."""
    import html  # not before the first paint, which shows no tooltip
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
