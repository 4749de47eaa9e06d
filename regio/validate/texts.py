"""A sentence in every language the reports speak, with {named} places for a finding's data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Text:
    en: str
    nl: str

    def render(self, lang: str, params: Mapping[str, str]) -> str:
        return (self.nl if lang == "nl" else self.en).format_map(params)
