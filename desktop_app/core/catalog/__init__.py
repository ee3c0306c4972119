"""What a user can pick: the losses (:mod:`.losses`) and the base models (:mod:`.models`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from desktop_app.core.i18n import translate


class TranslatedTable(Mapping[str, str]):
    """A read-only table of English texts (marked with ``QT_TRANSLATE_NOOP``) whose values are
    translated into the current language when read; the keys stay English ids."""

    def __init__(self, context: str, table: Mapping[str, str]) -> None:
        self._context = context
        self._table = dict(table)

    def __getitem__(self, key: str) -> str:
        return translate(self._context, self._table[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def source(self, key: str) -> str:
        """The English text of ``key`` (for comparisons and files)."""
        return self._table[key]
