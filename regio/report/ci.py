"""Findings in the formats CI platforms show inline: SARIF, JUnit XML, GitHub workflow
commands, and Markdown for pull-request comments and step summaries."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping
from decimal import Decimal
from urllib.parse import quote

from regio import __version__
from regio.money import euros
from regio.report import printable
from regio.schema import euros_to_json
from regio.validate import RULES, CheckResult
from regio.validate.findings import Finding, Severity
from regio.validate.texts import term

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
GITHUB_LIMIT = 10  # GitHub shows at most 10 errors and 10 warnings of a step


def explain(f: Finding, lang: str = "en") -> str:
    """The whole explanation of a finding as plain text, for places that show only text; its
    words in ``lang`` (the finding's own sentences are in the language they were told in)."""
    lines = [f"{f.code} {f.check} ({term(f.severity.value, lang)}): {f.message}"]
    places = [("file", f.file), ("page", f.page), ("project", f.project), ("table", f.table), ("row", f.row),
              ("column", f.column)]
    where = ", ".join(term(key, lang, name=value, page=value) for key, value in places if value)
    lines.append(f"{term('where', lang)} {where}")
    if f.stated is not None or f.computed is not None:
        lines.append(f"{term('stated', lang)} {euros(f.stated)}, {term('computed', lang)} {euros(f.computed)}"
                     + (f", {term('difference', lang)} {euros(f.difference)}" if f.difference is not None else ""))
    for key, text in (("cause", f.diagnosis), ("footnote", f.footnote), ("todo", f.action)):
        if text:
            lines.append(f"{term(key, lang)} {text}")
    return "\n".join(lines)


def _number(value: Decimal | None):
    return None if value is None else euros_to_json(value)


def sarif(result: CheckResult, lang: str = "en") -> dict:
    """A SARIF 2.1.0 log; each rule's helpUri is its section of docs/rules.md."""
    rules = sorted(RULES.values(), key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    driver = {
        "name": "regio",
        "version": __version__,
        "informationUri": "https://pypi.org/project/regio/",
        "rules": [{
            "id": r.code,
            "name": "".join(part.capitalize() for part in r.check.split("-")),
            "shortDescription": {"text": r.title},
            "fullDescription": {"text": r.description},
            "help": {"text": r.help},
            "helpUri": r.url,
            "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
        } for r in rules],
    }
    results = []
    for f in result.findings:
        results.append({
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity],
            # GitHub shows the first sentence; the rest of the explanation follows it.
            "message": {"text": "\n".join([f.message, *explain(f, lang).splitlines()[1:]])},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(f.file, safe="/")},
                                                "region": {"startLine": 1}}}],
            "partialFingerprints": {"regioFinding/v1": f.fingerprint},
            "properties": {
                "page": f.page, "bbox": f.evidence[0].bbox if f.evidence else None, "project": f.project,
                "table": f.table, "row": f.row, "column": f.column, "stated": _number(f.stated),
                "computed": _number(f.computed), "difference": _number(f.difference), "check": f.check,
                "diagnosis": f.diagnosis,
            },
        })
    return {"version": "2.1.0", "$schema": SARIF_SCHEMA, "runs": [{"tool": {"driver": driver}, "results": results}]}


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def junit(result: CheckResult, files: list[str], fail_rank: int, lang: str = "en",
          baselined: Mapping[str, int] | None = None) -> str:
    """One test case per check and file; its failure text carries every explanation. A file's
    suite says, as a property, how many of its findings the baseline accepted."""
    suites = ET.Element("testsuites", name="regio check")
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_file[f.file].append(f)
    total_failures = 0
    for file in files:
        suite = ET.SubElement(suites, "testsuite", name=file)
        if baselined is not None:
            properties = ET.SubElement(suite, "properties")
            ET.SubElement(properties, "property", name="baselined", value=str(baselined.get(file, 0)))
        failures = 0
        for rule in sorted(RULES.values(), key=lambda r: r.code):
            case = ET.SubElement(suite, "testcase", classname=file, name=f"{rule.code} {rule.check}")
            found = [f for f in by_file.get(file, []) if f.code == rule.code]
            failing = [f for f in found if f.severity.rank >= fail_rank]
            if failing:
                failures += 1
                failure = ET.SubElement(case, "failure", type=rule.code,
                                        message=f"{len(failing)} finding(s): {failing[0].message[:200]}")
                failure.text = "\n\n".join(explain(f, lang) for f in failing)
            rest = [f for f in found if f not in failing]
            if rest:
                ET.SubElement(case, "system-out").text = "\n\n".join(explain(f, lang) for f in rest)
        suite.set("tests", str(len(RULES)))
        suite.set("failures", str(failures))
        total_failures += failures
    suites.set("tests", str(len(RULES) * len(files)))
    suites.set("failures", str(total_failures))
    ET.indent(suites)
    # File names and document text may hold characters XML 1.0 cannot carry at all.
    return _NOT_XML.sub("\ufffd", ET.tostring(suites, encoding="unicode", xml_declaration=True)) + "\n"


def _escape_data(text: str) -> str:
    # Other control characters (an ESC in a file name) would reach the log as they are.
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(result: CheckResult, lang: str = "en") -> str:
    """Workflow commands, most severe first, within the limits GitHub shows."""
    out = []
    for severity, command in ((Severity.error, "error"), (Severity.warning, "warning")):
        found = [f for f in result.findings if f.severity == severity]
        for f in found[:GITHUB_LIMIT]:
            title = f"{f.code} {f.check}" + (f" · {f.project}" if f.project else "")
            props = f"file={_escape_property(f.file)},line=1,title={_escape_property(title)}"
            out.append(f"::{command} {props}::{_escape_data(explain(f, lang))}")
        if len(found) > GITHUB_LIMIT:
            out.append(f"::notice title=regio::{len(found) - GITHUB_LIMIT} more {command}(s) not shown here; "
                       f"see the step summary or run regio check locally")
    return "\n".join(out) + ("\n" if out else "")


def markdown(result: CheckResult, lang: str = "en") -> str:
    """A heading, the counts, and a table row per error and warning, in ``lang``."""
    s = result.summary
    counts = (term("counts", lang, files=s.files, projects=s.projects, tables=s.tables)
              + f"**{term('errors', lang, n=s.errors)}**, {term('warnings', lang, n=s.warnings)}, "
              + term("within", lang, n=s.infos)
              + (f"; {term('baselined', lang, n=s.baselined)}" if s.baselined else "") + ".")
    lines = [f"## {term('check_title', lang)}", "", counts, ""]
    shown = [f for f in result.findings if f.severity != Severity.info]
    if shown:
        head = [term(key, lang) for key in ("code", "where_col", "stated", "computed", "difference", "what")]
        lines += ["| | " + " | ".join(head) + " |", "|---|---|---|---:|---:|---:|---|"]
        lines += [_markdown_row(f, lang) for f in shown]
    if s.total:
        lines += ["", term("invested", lang, total=euros(s.total), rijk=euros(s.rijk_total))]
    return "\n".join(lines) + "\n"


def _markdown_row(f: Finding, lang: str) -> str:
    page = term("p.", lang, page=f.page) if f.page else None
    where = printable(" / ".join(x for x in (f.file, page, f.project, f.row, f.column) if x))
    cause = f" *{term('cause_md', lang)}* {escape_markdown(f.diagnosis)}." if f.diagnosis else ""
    return "| {} | {} | {} | {} | {} | {} | {} |".format(
        "❌" if f.severity == Severity.error else "⚠️", f.code, escape_markdown(where),
        euros(f.stated) if f.stated is not None else "—", euros(f.computed) if f.computed is not None else "—",
        euros(f.difference) if f.difference is not None else "", escape_markdown(f.message) + cause)


def escape_markdown(text: str) -> str:
    """Table-safe Markdown: proposal text is untrusted, so no markup of its own gets through."""
    escaped = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]#":
        escaped = escaped.replace(ch, "\\" + ch)
    return " ".join(escaped.split())


def as_json(result: CheckResult, files: list[dict]) -> str:
    doc = json.loads(result.model_dump_json())
    doc["files"] = files
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
