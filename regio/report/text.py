"""The terminal report of `regio check`: a block per finding under its file's name, or one
line per finding (concise), then a summary."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from regio.money import euros
from regio.report import printable
from regio.validate import CheckResult
from regio.validate.findings import Finding, Severity
from regio.validate.texts import term

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from regio.report.formats import CheckedFile
    from regio.validate import Summary

_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "dim"}
_PIPED_WIDTH = 100  # piped or written to a file, without COLUMNS
_NARROWEST = 20
_MEASURE = 120  # longer lines are hard to follow, however wide the terminal
_INDENT = 2  # a finding's header under its file's name
_BODY = 4  # the rest of a finding
_HANG = 2  # the continuation lines of a paragraph
# An amount as euros() and documents write it, its spaces included: "€ 10.050.000", "€ -1.000,50",
# "€ 14,1 miljoen", "6,33 mln.".
_UNIT_WORD = r"\s(?:mln|mld|miljoen|miljard|duizend)\b\.?"
_AMOUNT = re.compile(rf"€\s?[-−]?\d[\d.,]*(?:{_UNIT_WORD})?|\d[\d.,]*{_UNIT_WORD}(?:\seuro\b)?", re.IGNORECASE)


def safe(text: str, style: str = "") -> Text:
    """Text from a document or a file name as it is, never as rich markup ("[/]", "[link=...]")
    and without control characters, which would reach the terminal."""
    from rich.text import Text

    return Text(printable(text, newlines=True), style=style)


def _plain(text: str, style: str = "") -> Text:
    """Document text on one line, never markup: its newlines are spaces, as wrapping places it anew."""
    from rich.text import Text

    return Text(printable(text), style=style)


def width_of(out: IO[str]) -> int:
    """The terminal's width on a terminal; otherwise (piped, or to a file) COLUMNS, else 100."""
    width = 0
    if out.isatty():
        try:
            width = os.get_terminal_size(out.fileno()).columns
        except (OSError, ValueError):
            pass
    if not width:
        columns = os.environ.get("COLUMNS", "").strip()
        width = int(columns) if columns.isdigit() and int(columns) else _PIPED_WIDTH
    return max(width, _NARROWEST)


def _console(out: IO[str], width: int) -> Console:
    """Colours on a terminal only (rich asks the file); the lines come wrapped already."""
    from rich.console import Console

    return Console(file=out, width=width, highlight=False, soft_wrap=True)


def _words(text: Text) -> list[Text]:
    """The words of a text, with their styles, for wrapping: an amount with its currency and
    unit ("€ 10.050.000", "€ 14,1 miljoen") is one word, so that no line break splits it, and
    a count stays with what it counts ("7 error(s)")."""
    plain = text.plain
    amounts = [m.span() for m in _AMOUNT.finditer(plain)]
    spans: list[list[int]] = []
    for m in re.finditer(r"\S+", plain):
        if spans and (plain[spans[-1][0]:spans[-1][1]].isdigit()
                      or any(start < spans[-1][1] and end > m.start() for start, end in amounts)):
            spans[-1][1] = m.end()  # the space before this word lies inside an amount or after a count
        else:
            spans.append([m.start(), m.end()])
    return [text[start:end] for start, end in spans]


def _lines(words: Sequence[Text], width: int, indent: int, hang: int = _HANG, gap: str = " ") -> list[Text]:
    """Words in lines of at most ``width`` cells, the first indented by ``indent`` and the rest
    by ``indent + hang``; only a word longer than a whole line (a long file name) is cut."""
    from rich.text import Text

    lines = [Text(" " * indent)]
    started = False  # the current line has a word
    for word in words:
        if started and lines[-1].cell_len + len(gap) + word.cell_len > width:
            lines.append(Text(" " * (indent + hang)))
            started = False
        if started:
            lines[-1].append(gap)
        while lines[-1].cell_len + word.cell_len > width:
            head, word = _cut(word, width - lines[-1].cell_len)
            lines[-1].append_text(head)
            lines.append(Text(" " * (indent + hang)))
        lines[-1].append_text(word)
        started = True
    return lines


def _cut(word: Text, cells: int) -> tuple[Text, Text]:
    """The first ``cells`` cells of a word (at least one character), and the rest."""
    from rich.cells import cell_len

    taken = end = 0
    for end, char in enumerate(word.plain, 1):
        taken += cell_len(char)
        if taken > cells:
            end -= 1
            break
    end = max(end, 1)
    return word[:end], word[end:]


def render_text(result: CheckResult, files: Sequence[CheckedFile], out: IO[str], show_info: bool = False,
                lang: str = "en") -> None:
    """Each file's findings under its name, a block each, wrapped to the width; then the
    summary; its words in ``lang``."""
    from rich.text import Text

    width = width_of(out)
    measure = min(width, _MEASURE)
    console = _console(out, width)
    by_file: dict[str, list[Finding]] = {}
    for f in _shown(result, show_info):
        by_file.setdefault(f.file, []).append(f)
    for file, findings in by_file.items():
        for line in _lines(_words(_plain(file, "bold")), measure, 0):
            console.print(line)
        for f in findings:
            console.print()
            for line in _block(f, measure, lang):
                console.print(line)
        console.print()
    s = result.summary
    summary = [_counts(s, show_info, lang)]
    if s.total:
        summary.append(_plain(term("money", lang, total=euros(s.total), rijk=euros(s.rijk_total),
                                   sources=_sources(s, files, lang))))
    if s.prose_amounts:
        summary.append(Text(term("prose", lang, found=s.prose_amounts, linked=s.prose_amounts_linked)))
    for text in summary:
        for line in _lines(_words(text), measure, 0):
            console.print(line)
    _files(console, files, measure, lang)


def _sources(s: Summary, files: Sequence[CheckedFile], lang: str) -> str:
    """The totals per funding source, each source by the name a reader knows it by in
    ``lang``, as the HTML report names it ("Private", "Publiek (column 1)"), never by its key."""
    from regio.report.html import _source_labels
    from regio.report.i18n import source_name

    labels: dict[str, str] = {}
    for dossier in (f.file.dossier for f in files if f.file.dossier is not None):
        labels = _source_labels(dossier) | labels  # the first file's label wins
    return ", ".join(f"{source_name(k, labels.get(k), lang)} {euros(v)}" for k, v in s.by_source.items())


def _shown(result: CheckResult, show_info: bool) -> list[Finding]:
    return [f for f in result.findings if show_info or f.severity != Severity.info]


def _block(f: Finding, width: int, lang: str) -> list[Text]:
    """A finding: what and where, the message, the amounts, the likely cause and what to do."""
    from rich.text import Text

    header = [Text(term(f.severity.value, lang), _STYLE[f.severity]), Text(f.code, "bold")]
    if f.page:
        header.append(Text(f"· {term('page', lang, page=f.page)}"))
    where = _words(_plain(" / ".join(x for x in (f.project, f.row, f.column) if x)))
    if where:  # the separator stays with the word it introduces
        header += [Text("· ") + where[0], *where[1:]]
    lines = _lines(header, width, _INDENT, _BODY - _INDENT + _HANG)
    lines += _lines(_words(_plain(f.message)), width, _BODY, 0)
    if f.stated is not None or f.computed is not None:
        figures = [("stated", f.stated), ("computed", f.computed)]
        if f.difference is not None:
            figures.append(("difference", f.difference))
        lines += _lines([Text.assemble((term(label, lang), "dim"), " ", euros(value)) for label, value in figures],
                        width, _BODY, gap="   ")
    for label, text in (("cause", f.diagnosis), ("todo", f.action)):
        if text:
            lines += _lines([Text(term(label, lang), "dim"), *_words(_plain(text))], width, _BODY)
    return lines


def _counts(s: Summary, show_info: bool, lang: str) -> Text:
    from rich.text import Text

    text = Text.assemble(term("counts", lang, files=s.files, projects=s.projects, tables=s.tables),
                         (term("errors", lang, n=s.errors), "bold red"), ", ",
                         (term("warnings", lang, n=s.warnings), "yellow"), ", ", term("within", lang, n=s.infos))
    if s.infos and not show_info:
        text.append(term("hidden", lang))
    if s.baselined:
        text.append(f"; {term('baselined', lang, n=s.baselined)}")
    return text


def render_concise(result: CheckResult, out: IO[str], show_info: bool = False, lang: str = "en") -> None:
    """One line per finding, `file:page: CODE severity: message`, as compilers and linters
    write them for editors and grep; then the counts."""
    from rich.text import Text

    console = _console(out, width_of(out))
    for f in _shown(result, show_info):
        place = f"{f.file}:{f.page}:" if f.page else f"{f.file}:"
        console.print(Text.assemble(_plain(place), " ", (f.code, "bold"), " ",
                                    (f"{term(f.severity.value, lang)}:", _STYLE[f.severity]), " ", _plain(f.message)))
    console.print(_counts(result.summary, show_info, lang))


def _files(console: Console, files: Sequence[CheckedFile], width: int, lang: str) -> None:
    """In a batch, a line per file: its counts, or why it could not be read; for a single
    file only the latter."""
    from rich.text import Text

    batch = len(files) > 1
    if batch:
        console.print()
        console.print(term("files", lang))
    for file in files:
        s = file.summary
        if s is None:
            line = Text.assemble(_plain(file.name), ": ", _plain(term("not_read", lang, reason=file.file.reason or ""), "red"))
        elif not batch:
            continue
        else:
            line = Text.assemble(_plain(file.name), ": ", term("file_counts", lang, projects=s.projects),
                                 (term("errors", lang, n=s.errors), "bold red" if s.errors else ""), ", ",
                                 (term("warnings", lang, n=s.warnings), "yellow" if s.warnings else ""))
        for printed in _lines(_words(line), width, _INDENT if batch else 0):
            console.print(printed)
