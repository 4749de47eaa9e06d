"""The HTML report: self-contained, escaped, in English and Dutch, and rendered by a real browser."""

import re
import shutil
import subprocess
import sys

import pytest

from conftest import SAMPLES, extracted
from regio.report.html import render
from regio.validate import check
from tables import dossier, table

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def sample_report():
    d = extracted("twente-word")
    return render(d, check(d), SAMPLES / "twente-word.pdf", "en")


def test_report_is_self_contained(sample_report):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", sample_report)
    assert "<link" not in sample_report and "<script" not in sample_report
    assert "Content-Security-Policy" in sample_report
    assert sample_report.count("data:image/png;base64,") >= 7


def test_report_shows_the_numbers_and_where_to_look(sample_report):
    assert "13.699.097" in sample_report and "5.974.097" in sample_report
    assert "twente-word.pdf#page=16" in sample_report
    assert 'class="num bad-total"' in sample_report and 'class="num bad-part"' in sample_report
    assert "Deze zijn buiten de totale investering gehouden" in sample_report


def test_document_text_is_escaped():
    t = table(["Totaal", "Privaat", "Rijk"], [[HOSTILE, "100", "50", "40"]])
    t.label = HOSTILE
    d = dossier(t)
    d.projects[0].title = HOSTILE
    d.projects[0].theme = HOSTILE
    page = render(d, check(d), None, "en")
    assert "<script" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page


def test_dutch_report_has_dutch_labels_and_messages():
    d = extracted("twente-word")
    page = render(d, check(d), SAMPLES / "twente-word.pdf", "nl")
    assert 'lang="nl"' in page and "Het dossier in één oogopslag" in page and "Waarschijnlijke oorzaak" in page
    assert "het totaal is € 13.699.097, maar de delen tellen op tot € 5.974.097" in page
    assert "The dossier at a glance" not in page


def test_report_command_writes_the_file(tmp_path):
    target = tmp_path / "r.html"
    result = subprocess.run([sys.executable, "-m", "regio.cli", "report", str(SAMPLES / "twente-word.pdf"), "-o",
                             str(target), "--lang", "nl"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (Debian: apt-get install chromium); "
                                         "the report was not rendered in a browser")
def test_report_renders_in_headless_chromium(sample_report, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(sample_report, encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1600", f"--screenshot={shot}",
                    page.as_uri()], capture_output=True, timeout=120)
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1600)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours and len(colours) > 50  # a rendered page, not a blank one


def test_reports_into_a_folder_get_names_that_stay_inside_it(tmp_path):
    from regio.cli.report import report_name

    out = tmp_path / "reports"
    out.mkdir()
    for hostile in ["../../etc/passwd.pdf", "..pdf", "a/../../b.pdf", "name with spaces & <tags>.pdf", ".pdf"]:
        target = report_name(tmp_path / hostile, out)
        assert target.parent == out.resolve() and target.name.endswith(".report.html")
    (tmp_path / "in").mkdir()
    pdf = tmp_path / "in" / "..twente.pdf"
    pdf.write_bytes((SAMPLES / "twente-word.pdf").read_bytes())
    result = subprocess.run([sys.executable, "-m", "regio.cli", "report", str(pdf), str(SAMPLES / "twente-web.pdf"),
                             "-o", str(out), "--cross-check", "none"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["twente-web.report.html", "twente.report.html"]


def test_dutch_diagnoses():
    from regio.report.i18n import diagnosis

    t = table(["Totaal", "Privaat", "Provincie", "Rijk"], [["A", "1.250.000", "1.000.000", "400.000", "120.000"],
                                                          ["B", "1.500", "1.000.000", "250.000", "250.000"]])
    found = [f for f in check(dossier(t)).findings if f.diagnosis]
    assert len(found) == 2
    dutch = [diagnosis(f, "nl") for f in found]
    assert any("twee cijfers lijken verwisseld" in d for d in dutch) and any("eenheidsfout" in d for d in dutch)
    assert not any(word in d for d in dutch for word in ("the ", "appear", "times"))


def test_inputs_with_the_same_name_get_reports_of_their_own(tmp_path):
    import shutil
    import subprocess
    import sys

    from conftest import SAMPLES

    for folder, sample in (("a", "twente-web.pdf"), ("b", "twente-word.pdf")):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES / sample, tmp_path / folder / "dossier.pdf")
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.run([sys.executable, "-m", "regio.cli", "report", str(tmp_path / "a" / "dossier.pdf"),
                          str(tmp_path / "b" / "dossier.pdf"), "-o", str(out), "--cross-check", "none"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["dossier-2.report.html", "dossier.report.html"]
    assert (out / "dossier.report.html").read_text() != (out / "dossier-2.report.html").read_text()


def test_every_finding_is_told_in_dutch_by_its_own_rule():
    from regio.report.i18n import action, diagnosis, message

    found = check(extracted("twente-word")).findings
    assert {f.code for f in found} >= {"RD101", "RD102", "RD103", "RD104", "RD202", "RD206"}
    for f in found:
        told = [message(f, "nl"), action(f, "nl"), diagnosis(f, "nl")]
        assert told[0] != f.message and told[1] != f.action, f.code
        assert not any(word in text for text in told if text for word in (" the ", " against ", " equals ")), told
    column = next(f for f in found if f.code == "RD102" and f.severity.value == "error" and not f.footnote)
    assert message(column, "nl").startswith("kolom '") and ": het totaal is " in message(column, "nl")
