"""The command line for reviewers and CI: `regio rule` and the rules page SARIF links to,
`regio report` judged as `regio check` is, check output in Dutch, a PDF on stdin, help without
Python types, one-line messages, baselines that know a file by its path, and a JSON Schema for
every JSON output."""

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SAMPLES
from regio.cli import app
from regio.validate import RULES, CheckResult
from regio.validate.findings import Finding
from regio.validate.texts import DESCRIPTIONS_NL, HELP_NL, TITLES_NL

SAMPLE = SAMPLES / "twente-word.pdf"
WEB = SAMPLES / "twente-web.pdf"  # its table of contents is off: RD301 warnings
IN_PROCESS = ["--timeout", "0", "--max-memory", "0"]  # no worker processes: quicker, and cwd is this process's
COMMANDS = ["extract", "tables", "check", "report", "rule", "debug", "schema"]


def run(*args, input=None, env=None):
    """The command in this process, stdout and stderr apart."""
    return CliRunner().invoke(app, [str(a) for a in args], input=input, env=env, prog_name="regio")


@cache
def cached(*args):
    return run(*args)


def regio(*args, input=None, cwd=None, env=None):
    """The command as a shell runs it."""
    return subprocess.run([sys.executable, "-m", "regio.cli", *map(str, args)], input=input, capture_output=True,
                          cwd=cwd, env=env, timeout=300)


def flat(text: str) -> str:
    return " ".join(text.split())


# -- regio rule, docs/rules.md and SARIF's helpUri ------------------------------------------------

def test_rule_explains_a_rule_as_ruff_rule_does():
    shown = cached("rule", "RD103")
    assert shown.exit_code == 0, shown.stderr
    r = RULES["RD103"]
    text = flat(shown.stdout)
    for part in ("RD103", "grand-total", r.title, r.description, r.help, "severity: error", "checks: every table"):
        assert flat(part) in text, part
    assert r.url in text and r.url.endswith("/docs/rules.md#rd103")


def test_rule_explains_in_dutch():
    text = flat(cached("rule", "RD103", "--lang", "nl").stdout)
    for part in (TITLES_NL["RD103"], DESCRIPTIONS_NL["RD103"], HELP_NL["RD103"], "ernst: fout", "Wat te doen"):
        assert flat(part) in text, part
    assert RULES["RD103"].title not in text and "What to do" not in text


def test_rule_takes_a_code_in_any_case_or_a_check_name():
    assert cached("rule", "grand-total").stdout == cached("rule", "rd103").stdout == cached("rule", "RD103").stdout


def test_rule_alone_lists_every_rule_a_line_each():
    lines = cached("rule").stdout.splitlines()
    assert [line.split()[0] for line in lines] == sorted(RULES)
    for line in lines:
        r = RULES[line.split()[0]]
        assert line.split()[1] == r.check and line.endswith(r.title)


def test_an_unknown_rule_is_one_error_line():
    shown = run("rule", "XX9")
    assert shown.exit_code == 2 and shown.stdout == ""
    assert shown.stderr.splitlines() == [shown.stderr.strip()]
    assert shown.stderr.startswith("regio: error: 'XX9' is no rule code or check name (codes: RD001")


def test_every_rule_is_explained_in_dutch():
    assert set(DESCRIPTIONS_NL) == set(HELP_NL) == set(TITLES_NL) == set(RULES)
    for code, r in RULES.items():
        assert r.about("nl") != r.about("en")


def test_the_rules_page_is_what_the_registry_gives():
    """docs/rules.md cannot go stale: it is `regio rule --format markdown`, byte for byte."""
    written = cached("rule", "--format", "markdown")
    assert written.exit_code == 0
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == written.stdout


def test_sarif_help_uri_points_at_each_rules_own_section():
    from regio.report.ci import sarif
    from regio.validate.rules import DOCS_URL

    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    # The anchors GitHub gives the page's headings: "## RD103" is #rd103.
    anchors = {re.sub(r"[^\w-]", "", h.strip().lower().replace(" ", "-")) for h in re.findall(r"^## (.+)$", page, re.M)}
    driver = sarif(CheckResult())["runs"][0]["tool"]["driver"]
    assert {r["id"] for r in driver["rules"]} == set(RULES)
    for described in driver["rules"]:
        base, _, anchor = described["helpUri"].partition("#")
        assert base == DOCS_URL.partition("#")[0] and anchor in anchors, described["helpUri"]
        assert anchor == described["id"].lower()


# -- regio report: --select, --ignore, --fail-on, --exit-zero -----------------------------------

def test_report_fails_on_findings_as_check_does(tmp_path):
    def report(*args):
        return run("report", *args, "--format", "markdown", *IN_PROCESS)

    errors = report(SAMPLE)
    assert errors.exit_code == 1 and "RD103" in errors.stdout  # 7 errors: not 0, as it was
    assert report(SAMPLE, "--exit-zero").exit_code == 0
    only_warnings = report(WEB, "--select", "RD301")
    assert only_warnings.exit_code == 0 and "RD301" in only_warnings.stdout and "RD103" not in only_warnings.stdout
    assert report(WEB, "--select", "RD301", "--fail-on", "warning").exit_code == 1
    assert report(SAMPLE, "--ignore", "RD1,RD2").exit_code == 0
    typo = report(SAMPLE, "--select", "XX9")
    assert typo.exit_code == 2 and typo.stdout == ""
    assert typo.stderr.startswith("regio: error: --select: 'XX9' is no rule code")


def test_report_and_check_share_one_declaration_of_the_judging_options():
    def judging(command):
        """The help of --select to --exit-zero, continuation lines included."""
        shown = run(command, "--help", env={"COLUMNS": "100"}).stdout
        block = shown[shown.index("  --select"):]
        end = block.index("\n  -", block.index("  --exit-zero"))
        return block[:end]

    assert judging("report") == judging("check")
    assert all(f"--{name}" in judging("report") for name in ("select", "ignore", "fail-on", "exit-zero"))


@pytest.mark.parametrize("command", ["check", "report"])
def test_a_configuration_that_narrows_the_checks_says_so_on_one_line(tmp_path, monkeypatch, command):
    (tmp_path / "regio.toml").write_text('select = ["RD3"]\n')
    monkeypatch.chdir(tmp_path)
    narrowed = run(command, WEB, "--format", "markdown", *IN_PROCESS)
    notes = [line for line in narrowed.stderr.splitlines() if line.startswith("regio: note: ")]
    assert notes == ["regio: note: regio.toml narrows the checks: select = RD3 (--select and --ignore replace it)"]
    assert set(re.findall(r"RD\d{3}", narrowed.stdout)) == {"RD301"}
    own = run(command, WEB, "--format", "markdown", "--select", "RD1", *IN_PROCESS)
    assert "regio: note:" not in own.stderr and "RD301" not in own.stdout


# -- regio check --lang nl ---------------------------------------------------------------------

def test_check_text_in_dutch():
    shown = run("check", SAMPLE, "--lang", "nl", *IN_PROCESS, env={"COLUMNS": "100"})
    assert shown.exit_code == 1, shown.stderr
    text = flat(shown.stdout)
    for part in ("fout RD103 · pagina 16", "vermeld € 13.699.097 berekend € 5.974.097 verschil € 7.725.000",
                 "waarschijnlijke oorzaak:", "wat te doen:", "7 fout(en), 2 waarschuwing(en)",
                 "gevraagd van het Rijk € 38.335.936", "Publiek (kolom 1) € 248.000", "Overig publiek € 19.300.000"):
        assert part in text, part
    for english in ("error", "page ", "stated", "likely cause", "what to do", "investments", "by source", "publiek_1"):
        assert english not in text, english
    for f in dutch_json()["findings"]:
        if f["severity"] != "info":
            assert flat(f["message"]) in text and flat(f["action"]) in text


@cache
def dutch_json() -> dict:
    return json.loads(run("check", SAMPLE, "--format", "json", "--lang", "nl", *IN_PROCESS).stdout)


@cache
def english_json() -> dict:
    return json.loads(run("check", SAMPLE, "--format", "json", *IN_PROCESS).stdout)


def test_the_summary_names_sources_as_readers_know_them():
    summary = flat(run("check", SAMPLE, *IN_PROCESS).stdout.split("within rounding")[-1])
    assert "by source: Private € 72.275.000, Education € 14.641.845" in summary
    assert "Publiek (column 1) € 248.000, Publiek (column 2) € 450.000" in summary
    assert not re.search(r"\b(privaat|onderwijs|publiek_\d|overig_publiek) €", summary)


def test_concise_and_markdown_in_dutch():
    concise = run("check", SAMPLE, "--lang", "nl", "--format", "concise", *IN_PROCESS).stdout.splitlines()
    shown = [f for f in dutch_json()["findings"] if f["severity"] != "info"]
    assert concise[:len(shown)] == [f"{SAMPLE}:{f['page']}: {f['code']} {'fout' if f['severity'] == 'error' else 'waarschuwing'}: "
                                    f"{f['message']}" for f in shown]
    assert concise[-1].startswith("1 bestand(en), 11 projecten, 12 tabellen: 7 fout(en), 2 waarschuwing(en)")
    markdown = run("check", SAMPLE, "--lang", "nl", "--format", "markdown", *IN_PROCESS).stdout
    assert markdown.startswith("## regio-controle\n\n1 bestand(en), 11 projecten, 12 tabellen: **7 fout(en)**")
    assert "| | code | waar | vermeld | berekend | verschil | wat |" in markdown
    assert "*Waarschijnlijke oorzaak:*" in markdown and "Likely cause" not in markdown


def test_report_markdown_in_dutch():
    markdown = run("report", SAMPLE, "--format", "markdown", "--lang", "nl", *IN_PROCESS).stdout
    assert markdown.startswith("## regio-controle\n")
    assert "het totaal is € 13.699.097, maar de delen tellen op tot € 5.974.097" in markdown
    assert "the total reads" not in markdown


def test_machine_formats_keep_their_keys_and_codes_and_carry_the_languages_message():
    from regio.report.i18n import message

    en, nl = english_json(), dutch_json()
    assert [(f["code"], f["fingerprint"], sorted(f)) for f in en["findings"]] == \
        [(f["code"], f["fingerprint"], sorted(f)) for f in nl["findings"]]
    assert en["summary"] == nl["summary"]
    for english, dutch in zip(en["findings"], nl["findings"]):
        assert dutch["message"] == message(Finding.model_validate(english), "nl") != english["message"]
    sarif = json.loads(run("check", SAMPLE, "--format", "sarif", "--lang", "nl", *IN_PROCESS).stdout)
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [f["code"] for f in nl["findings"]]
    assert results[0]["message"]["text"].startswith(nl["findings"][0]["message"] + "\nwaar: bestand ")


# -- a PDF on stdin ----------------------------------------------------------------------------

def test_a_pdf_on_stdin_is_checked_under_the_name_dash(tmp_path):
    checked = regio("check", "-", "--format", "json", input=SAMPLE.read_bytes(), env=_env(TMPDIR=str(tmp_path)))
    assert checked.returncode == 1, checked.stderr
    doc = json.loads(checked.stdout)
    assert doc["files"] == [{"file": "-", "status": "checked", "errors": 7, "warnings": 2, "baselined": 0}]
    assert {f["file"] for f in doc["findings"]} == {"-"}
    assert [f["code"] for f in doc["findings"]] == [f["code"] for f in english_json()["findings"]]
    assert list(tmp_path.iterdir()) == []  # the spooled copy is gone


def _env(**extra: str) -> dict:
    import os

    return {**os.environ, **extra}


def test_extract_and_report_read_stdin_too():
    dossier = json.loads(run("extract", "-", *IN_PROCESS, input=SAMPLE.read_bytes()).stdout)
    assert dossier["file"] == "-" and len(dossier["projects"]) == 11
    page = run("report", "-", *IN_PROCESS, input=SAMPLE.read_bytes())
    assert page.exit_code == 1 and page.stdout.startswith("<!DOCTYPE html>")  # no file beside stdin: to stdout
    assert "data:image/png;base64," in page.stdout  # crops from the spooled copy


def test_stdin_keeps_the_file_size_limit_and_is_read_once():
    big = run("check", "-", "--max-file-size", "1", *IN_PROCESS, input=b"%PDF-1.4\n" + b"0" * 1_500_000)
    assert big.exit_code == 2
    assert big.stderr == "regio: error: -: file is larger than the limit of 1 MB (raise it with --max-file-size)\n"
    twice = run("check", "-", "-", input=b"")
    assert twice.exit_code == 2 and twice.stderr == "regio: error: -: stdin can be read only once\n"


# -- --help ------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_what_arguments_take_not_python_types(command):
    shown = run(*filter(None, [command]), "--help").stdout
    assert not re.search(r"<[\w\[\], |.]+>", shown), shown
    assert "{" not in shown.split("\n", 1)[0]  # usage: FILE..., not {PDF}...
    if command in ("extract", "tables", "check", "report"):
        assert shown.startswith(f"Usage: regio {command} [OPTIONS] FILE...\n")
        assert re.search(r"^  FILE\.\.\.  PDF files, folders of PDFs, or - for a PDF on stdin\.", shown, re.M)


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_help_never_breaks_a_word_at_its_hyphen(columns):
    for command in COMMANDS:
        shown = run(command, "--help", env={"COLUMNS": columns}).stdout
        assert not [line for line in shown.splitlines() if re.search(r"\w-$", line)], shown
        assert "regio-baseline.json" in shown or command != "check"


# -- messages ----------------------------------------------------------------------------------

def test_usage_errors_are_one_line_with_one_prefix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "regio.toml").write_text("colour = 1\n")
    config = run("check", SAMPLE)
    assert config.exit_code == 2
    assert config.stderr.startswith(f"regio: error: {tmp_path / 'regio.toml'}: unknown setting(s) colour")
    (tmp_path / "regio.toml").unlink()
    for args, line in ((["--select", "XX9"], "regio: error: --select: 'XX9' is no rule code"),
                       (["-o", tmp_path / "nope" / "x.txt"], f"regio: error: -o: folder '{tmp_path / 'nope'}' does not exist"),
                       (["--pages", "0"], "regio: error: --pages: '0' is not a page")):
        shown = run("check", SAMPLE, *args)
        assert shown.exit_code == 2 and len(shown.stderr.splitlines()) == 1 and shown.stderr.startswith(line), shown.stderr


# -- baselines ---------------------------------------------------------------------------------

@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A repository holding one proposal twice, under one name in two folders."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLE, tmp_path / folder / "dossier.pdf")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def fingerprints(*args) -> dict[str, list[str]]:
    doc = json.loads(run("check", *args, "--format", "json", *IN_PROCESS).stdout)
    return {file["file"]: [f["fingerprint"] for f in doc["findings"] if f["file"] == file["file"]] for file in doc["files"]}


def test_a_fingerprint_knows_the_file_by_its_path_from_the_working_directory(checkout):
    both = fingerprints("a/dossier.pdf", "b/dossier.pdf")
    assert len(both["a/dossier.pdf"]) == len(both["b/dossier.pdf"]) == len(english_json()["findings"])
    assert not set(both["a/dossier.pdf"]) & set(both["b/dossier.pdf"])  # one name, two files
    absolute = fingerprints(checkout / "a" / "dossier.pdf")
    assert absolute[str(checkout / "a" / "dossier.pdf")] == both["a/dossier.pdf"]  # the same path, written otherwise


def test_a_baseline_holds_in_another_checkout_and_says_what_it_accepted(checkout, tmp_path_factory, monkeypatch):
    written = run("check", "a/dossier.pdf", "--write-baseline", *IN_PROCESS)
    assert written.exit_code == 0, written.stderr
    baseline = json.loads((checkout / "regio-baseline.json").read_text())
    assert baseline["version"] == 2 and {e["file"] for e in baseline["findings"]} == {"a/dossier.pdf"}
    ci = tmp_path_factory.mktemp("ci")  # CI's checkout: another folder, the same tree
    shutil.copytree(checkout, ci, dirs_exist_ok=True)
    monkeypatch.chdir(ci)
    args = ["a/dossier.pdf", "b/dossier.pdf", "--baseline", "regio-baseline.json", *IN_PROCESS]
    doc = json.loads(run("check", *args, "--format", "json").stdout)
    assert doc["summary"]["baselined"] == 9 and [f["baselined"] for f in doc["files"]] == [9, 0]
    assert {f["file"] for f in doc["findings"] if f["severity"] != "info"} == {"b/dossier.pdf"}  # the other's are new
    assert "; 9 accepted by the baseline." in run("check", *args, "--format", "markdown").stdout
    suites = ET.fromstring(run("check", *args, "--format", "junit").stdout).findall("testsuite")
    assert [s.find("properties/property[@name='baselined']").get("value") for s in suites] == ["9", "0"]
    assert "9 accepted by the baseline" in flat(run("check", *args).stdout)


def test_a_baseline_of_the_earlier_version_is_refused_clearly(checkout):
    (checkout / "old.json").write_text(json.dumps({"version": 1, "findings": []}))
    shown = run("check", "a/dossier.pdf", "--baseline", "old.json")
    assert shown.exit_code == 2 and "write it again with --write-baseline" in shown.stderr


# -- JSON Schemas ------------------------------------------------------------------------------

DOCUMENTS = ["dossier", "extract", "tables", "check"]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_committed_schemas_are_what_regio_schema_prints(document):
    printed = cached("schema", "--for", document)
    assert printed.exit_code == 0
    committed = ROOT / "docs" / "schemas" / f"{document}.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(printed.stdout)


def validator(document: str):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs" / "schemas" / f"{document}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def assert_valid(document: str, doc: dict) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(document).iter_errors(doc)]
    assert not errors, errors[:5]


def test_every_json_output_is_valid_against_its_schema(tmp_path):
    (tmp_path / "notes.pdf").write_text("these are notes, not a PDF\n")
    one = json.loads(run("extract", SAMPLE, *IN_PROCESS).stdout)
    assert_valid("dossier", one)
    assert_valid("extract", one)
    batch = json.loads(run("extract", SAMPLE, tmp_path / "notes.pdf", *IN_PROCESS).stdout)
    assert [r["status"] for r in batch["results"]] == ["ok", "error"]
    assert_valid("extract", batch)
    assert not validator("dossier").is_valid(batch)
    assert_valid("tables", json.loads(run("tables", SAMPLE, *IN_PROCESS).stdout))
    assert_valid("tables", json.loads(run("tables", SAMPLE, tmp_path / "notes.pdf", *IN_PROCESS).stdout))
    checked = json.loads(run("check", SAMPLE, tmp_path / "notes.pdf", "--format", "json", *IN_PROCESS).stdout)
    assert [f["status"] for f in checked["files"]] == ["checked", "unreadable"]
    assert_valid("check", checked)


def test_the_schemas_can_fail():
    batch = {"results": [{"file": "a.pdf", "status": "ok"}]}  # read whole, yet no dossier
    assert not validator("extract").is_valid(batch)
    check = dict(english_json(), extra=1)
    assert not validator("check").is_valid(check)
    finding = dict(english_json()["findings"][0], stated="13.699.097")  # an amount as text, not a number
    assert not validator("check").is_valid(dict(english_json(), findings=[finding]))
