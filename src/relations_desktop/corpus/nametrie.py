"""Alternations of many words (month and weekday names) factored into a prefix tree, tolerant
of Hindi nukta and nasal-mark spelling differences."""

from __future__ import annotations

import regex

# Devanagari consonants that are written with or without a nukta (फ़रवरी / फरवरी).
_NUKTA_BASES = frozenset("कखगजडढफयर")


def _char_regex(ch: str) -> str:
    """One character of a name, tolerant of Hindi nukta and nasal-mark spelling differences."""
    if ch == "\u093c":
        return "\u093c?"
    if ch in "\u0901\u0902":
        return "[\u0901\u0902]"
    return regex.escape(ch) + ("\u093c?" if ch in _NUKTA_BASES else "")


def trie_regex(words: list[str]) -> str:
    """An alternation of ``words`` factored into a prefix tree, which the regex engine tries
    far faster than a flat list of a hundred names."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.replace("\u093c", ""):      # the nukta is optional everywhere (see _char_regex)
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(_char_regex(ch) + emit(child)) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)
