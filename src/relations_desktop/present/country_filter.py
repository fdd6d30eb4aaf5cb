"""The country filter: what a person types matched against country names and aliases in all
three scripts, folded (case, nukta, digits, accents) and with the inflected endings the
corpus knows stripped. No Qt; loads the folding rules (regex) only when first used."""

from __future__ import annotations

from relations_desktop.store.queries import Country


class CountryFilter:
    """Selects the countries a typed query matches; each country's keys are folded once."""

    def __init__(self) -> None:
        self._keys: dict[str, list[str]] = {}

    def reset(self) -> None:
        """Forget the folded keys (the countries changed)."""
        self._keys = {}

    def select(self, countries: list[Country], text: str) -> list[Country]:
        """The countries whose names or aliases start with the query (all of them for none)."""
        forms = _query_forms(text.strip()) if text.strip() else []
        if not forms or not forms[0]:
            return list(countries)
        return [c for c in countries if self._matches(c, forms)]

    def _matches(self, country: Country, forms: list[str]) -> bool:
        keys = self._keys.get(country.code)
        if keys is None:
            keys = self._keys[country.code] = _search_keys(country)
        return any(k.startswith(q) for q in forms if q for k in keys)


def _query_forms(query: str) -> list[str]:
    """The folded query and its stems (a Bengali or Hindi name typed with a case ending)."""
    from relations_desktop.corpus.countries import stems
    from relations_desktop.textnorm import search_fold, word_script
    folded = search_fold(query)
    return [folded] + [s for s, _derived in stems(folded, word_script(folded))]


def _search_keys(country: Country) -> list[str]:
    from relations_desktop.textnorm import search_fold
    words: list[str] = []
    for text in list(country.names.values()) + [a for names in country.aliases.values() for a in names]:
        folded = search_fold(text)
        words.append(folded)
        words.extend(folded.replace("-", " ").split())
    return words
