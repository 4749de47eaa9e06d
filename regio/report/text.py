"""The terminal report of `regio check`: a table per file, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from regio.money import euros
from regio.report import printable
from regio.validate import CheckResult
from regio.validate.findings import Severity

if TYPE_CHECKING:
    from rich.console import Console

    from regio.report.formats import CheckedFile

_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "dim"}


def safe(text: str, style: str = ""):
    """Text from a document or a file name as it is, never as rich markup ("[/]", "[link=...]")
    and without control characters, which would reach the terminal."""
    from rich.text import Text

    return Text(printable(text, newlines=True), style=style)


def render_text(result: CheckResult, files: Sequence[CheckedFile], out: IO[str], show_info: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=None if out.isatty() else 160, highlight=False, soft_wrap=False)
    shown = [f for f in result.findings if show_info or f.severity != Severity.info]
    by_file: dict[str, list] = {}
    for f in shown:
        by_file.setdefault(f.file, []).append(f)
    for file, findings in by_file.items():
        table = Table(title=safe(file), title_justify="left", show_lines=False, expand=False)
        for name in ("sev", "code", "where", "stated", "computed", "difference", "what"):
            table.add_column(name, justify="right" if name in ("stated", "computed", "difference") else "left",
                             overflow="fold")
        for f in findings:
            where = " / ".join(x for x in (f.project, f.row, f.column) if x)
            page = f"p.{f.page} " if f.page else ""
            detail = f.message + (f"\n→ {f.diagnosis}" if f.diagnosis else "") + (f"\n⇒ {f.action}" if f.action else "")
            table.add_row(f"[{_STYLE[f.severity]}]{f.severity.value}[/]", f.code, safe(page + where),
                          euros(f.stated) if f.stated is not None else "—",
                          euros(f.computed) if f.computed is not None else "—",
                          euros(f.difference) if f.difference is not None else "",
                          safe(detail))
        console.print(table)
    s = result.summary
    hidden = s.infos if not show_info else 0
    console.print(
        f"{s.files} file(s), {s.projects} projects, {s.tables} tables: "
        f"[bold red]{s.errors} error(s)[/], [yellow]{s.warnings} warning(s)[/], {s.infos} within rounding"
        + (" (hidden; --show-info lists them)" if hidden else "")
    )
    if s.total:
        sources = ", ".join(f"{k} {euros(v)}" for k, v in s.by_source.items())
        console.print(f"investments {euros(s.total)}; asked of the Rijk {euros(s.rijk_total)}; by source: {sources}")
    if s.prose_amounts:
        console.print(f"prose: {s.prose_amounts} amounts found, {s.prose_amounts_linked} linked to a table figure")
    _files(console, files)


def _files(console: Console, files: Sequence[CheckedFile]) -> None:
    """A table of the files in a batch; for a single file only why it could not be read."""
    from rich.table import Table

    if len(files) < 2:
        for file in files:
            if not file.checked:
                console.print(safe(f"{file.name}: {file.file.reason}", "red"))
        return
    table = Table(title="files", title_justify="left")
    for name in ("file", "projects", "errors", "warnings", "status"):
        table.add_column(name, justify="right" if name in ("projects", "errors", "warnings") else "left")
    for file in files:
        s = file.summary
        if s is None:
            table.add_row(safe(file.name), "-", "-", "-", safe(file.file.reason or "", "red"))
        else:
            state = "[red]errors[/]" if s.errors else "[yellow]warnings[/]" if s.warnings else "[green]clean[/]"
            table.add_row(safe(file.name), str(s.projects), str(s.errors), str(s.warnings), state)
    console.print(table)
