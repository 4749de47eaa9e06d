"""The CI formats of `regio check`, validated structurally."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import extracted
from regio.report import ci
from regio.validate import check
from regio.validate.findings import Finding, Severity
from regio.validate import RULES

SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def result():
    dossier = extracted("twente-word").model_copy(deep=True)
    dossier.file = "proposals/twente-word.pdf"
    return check(dossier)


def test_sarif_is_valid_against_the_published_schema(result):
    jsonschema = pytest.importorskip("jsonschema")
    doc = ci.sarif(result)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = doc["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == set(RULES)
    first = run["results"][0]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "proposals/twente-word.pdf"
    assert first["properties"]["page"] >= 1 and first["partialFingerprints"]["regioFinding/v1"]
    assert {r["level"] for r in run["results"]} <= {"error", "warning", "note"}
    assert len(run["results"]) == len(result.findings)


def test_junit_has_a_case_per_check_and_the_whole_explanation_in_failures(result):
    root = ET.fromstring(ci.junit(result, ["proposals/twente-word.pdf"], Severity.error.rank))
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == len(RULES)
    failed = {c.get("name").split()[0]: c.find("failure") for c in cases if c.find("failure") is not None}
    assert set(failed) == {f.code for f in result.findings if f.severity == Severity.error}
    assert "13.699.097" in failed["RD103"].text and "likely cause" in failed["RD103"].text
    assert int(root.get("failures")) == len(failed)


def finding(message, project="A, B: C", severity=Severity.error):
    return Finding(code="RD101", check="row-sum", severity=severity, file="dir/x,y.pdf", project=project,
                   message=message).with_fingerprint()


def test_github_commands_are_escaped():
    from regio.validate import CheckResult

    out = ci.github(CheckResult(findings=[finding("100% off\nsecond line\r")]))
    (line,) = out.splitlines()
    assert line.startswith("::error file=dir/x%2Cy.pdf,line=1,title=RD101 row-sum · A%2C B%3A C::")
    assert "100%25 off%0Asecond line%0D" in line and "\n" not in line.strip()


def test_github_shows_at_most_ten_of_each_and_says_how_many_more():
    from regio.validate import CheckResult

    many = CheckResult(findings=[finding(f"e{i}", project=f"P{i}") for i in range(13)])
    lines = ci.github(many).splitlines()
    assert sum(ln.startswith("::error") for ln in lines) == 10
    assert lines[-1].startswith("::notice") and "3 more" in lines[-1]


def test_markdown_escapes_proposal_text():
    from regio.validate import CheckResult

    md = ci.markdown(CheckResult(findings=[finding("row '<img src=x onerror=alert(1)> | *bold*'")]))
    assert "<img" not in md and "&lt;img" in md and "\\|" in md and "\\*bold\\*" in md
