"""The HTML report: self-contained, escaped, in English and Dutch, and rendered by a real browser."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES, extracted
from regio.report.html import render
from regio.report.i18n import LABELS
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
    assert result.returncode == 1, result.stderr  # written; the sample has errors
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_report_of_some_pages_holds_their_projects_only(tmp_path):
    target = tmp_path / "r.html"
    result = subprocess.run([sys.executable, "-m", "regio.cli", "report", str(SAMPLES / "twente-word.pdf"), "-o",
                             str(target), "--pages", "14-17"], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr  # the Talent table's errors
    html = target.read_text(encoding="utf-8")
    assert "Talent Halen" in html and "Advanced Manufacturing" not in html


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
    assert result.returncode == 1, result.stderr  # written; the sample has errors
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
    assert run.returncode == 1, run.stderr  # written; the samples have errors
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


def _between(page: str, start: str, end: str = "<h2") -> str:
    """The part of the page from ``start`` to the next ``end``."""
    at = page.index(start)
    stop = page.find(end, at + len(start))
    return page[at:stop if stop >= 0 else len(page)]


def test_page_links_reach_the_pdf_from_the_reports_folder(tmp_path):
    from urllib.parse import urljoin, urlparse
    from urllib.request import url2pathname

    out = tmp_path / "reports" / "deep"
    out.mkdir(parents=True)
    target = out / "r.html"
    # The PDF named relative to the working directory, the report written somewhere else.
    run = subprocess.run([sys.executable, "-m", "regio.cli", "report", "samples/twente-word.pdf", "-o", str(target),
                          "--cross-check", "none"], capture_output=True, text=True, cwd=SAMPLES.parent, timeout=300)
    assert run.returncode == 1, run.stderr  # written; the samples have errors
    links = re.findall(r'href="([^"#]+)#page=(\d+)"', target.read_text(encoding="utf-8"))
    assert links and {page for _, page in links} >= {"10", "16", "22", "24", "26"}
    for href, _ in links:
        opened = urlparse(urljoin(target.as_uri(), href))  # as a browser resolves it from the report's folder
        assert opened.scheme == "file"
        assert Path(url2pathname(opened.path)).samefile(SAMPLES / "twente-word.pdf")


def _giant_page(tmp_path, width: float, height: float, places):
    """A one-page PDF with a MediaBox of ``width`` x ``height`` points and a row-sum error
    whose three numbers stand at ``places`` (x, top)."""
    from reportlab.pdfgen import canvas

    from regio.schema import Provenance

    path = tmp_path / "giant.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    for x, top in places:
        pdf.drawString(x, height - top - 9, "100")
    pdf.showPage()
    pdf.save()
    t = table(["Totaal", "Privaat", "Rijk"], [["A", "100", "50", "40"]])
    for (x, top), cell in zip(places, t.rows[0].cells):
        cell.provenance = Provenance(page=1, bbox=(x, top, x + 20, top + 10))
    return path, dossier(t)


def _images(page: str):
    import base64
    import io

    from PIL import Image

    return [Image.open(io.BytesIO(base64.b64decode(data))) for data in re.findall(r"base64,([A-Za-z0-9+/=]+)", page)]


@pytest.mark.parametrize("width, height, places", [
    (3_000_000, 400, [(100, 90), (160, 90), (220, 90)]),                      # a strip 3 million points wide
    (3_000_000, 3_000_000, [(100, 90), (1_500_000, 90), (2_999_000, 2_999_000)]),  # numbers at its far corners
])
def test_crops_of_a_giant_page_stay_within_the_pixel_budget(tmp_path, width, height, places):
    import pickle
    import resource

    from regio.report.html import _PIXEL_BUDGET

    path, d = _giant_page(tmp_path, width, height, places)
    found = check(d)
    assert any(f.code == "RD101" and f.severity.value == "error" for f in found.findings)
    # In a child with a bounded address space: a crop at full scale would need gigabytes.
    script = ("import pickle, sys; from regio.report.html import render; d, r, p = pickle.load(sys.stdin.buffer); "
              "sys.stdout.write(render(d, r, p, 'en'))")
    run = subprocess.run([sys.executable, "-c", script], input=pickle.dumps((d, found, path)), capture_output=True,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20)),
                         timeout=120)
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    images = _images(run.stdout.decode())
    assert images
    for image in images:
        assert image.width * image.height <= _PIXEL_BUDGET
        assert min(image.size) >= 8  # still a picture, not a sliver


def test_crops_show_the_column_headers_and_whole_lines():
    from regio.report.html import _Crops, _table_of

    d = extracted("twente-word")
    findings = check(d).findings
    projects = {p.title: p for p in d.projects}
    crops = _Crops(SAMPLES / "twente-word.pdf", None)
    try:
        column = next(f for f in findings if f.code == "RD102" and f.footnote and f.severity.value == "error")
        table = _table_of(column, d, projects)
        band = crops.band(16, [e for e in column.evidence if e.page == 16], table, column.footnote)
        assert band.top <= table.provenance.bbox[1]  # the header rows are in the picture
        lines = crops.page_text(16)[2]
        assert not [line for line in lines if line[1] < band.top < line[3] or line[1] < band.bottom < line[3]]
        # The footnote the finding quotes ends in the picture: "... voor het programma."
        note = next(n for n in table.footnotes if n.mark == "*").provenance.bbox
        below = sorted(line for line in lines if note[1] <= line[1] < note[1] + 40 and line[0] < note[2])
        assert len(below) >= 3 and band.bottom >= below[-1][3]
        # Numbers on a later page of the table get the headers from the page the table starts on.
        page_24 = next(f for f in findings if f.code == "RD102" and f.page == 24)
        assert "column headers from page 23" in crops.figure(page_24, _table_of(page_24, d, projects), LABELS["en"])
    finally:
        crops.close()


def test_each_legend_names_only_the_colours_its_picture_uses(sample_report):
    cards = re.findall(r'<div class="finding.*?(?=<div class="finding|<h2|</main>)', sample_report, re.S)
    prose = next(c for c in cards if "<b>RD202</b>" in c)
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", prose)
    assert captions and all("purple" in c and "red" not in c and "blue" not in c for c in captions)
    excluded = next(c for c in cards if "<b>RD102</b>" in c and "footnote keeps" in c)
    assert re.search(r"<figcaption>[^<]*page 16.*red.*blue.*orange.*</figcaption>", excluded)
    missing = next(c for c in cards if "<b>RD104</b>" in c and "open page 16" in c)
    assert "orange" not in missing
    # The redrawn table's marks are named with the colours they are drawn in.
    talent = _between(sample_report, "Talent Halen, Opleiden en Houden</h2>")
    assert re.search(r'class="legend">[^<]*<span class="item"><span class="key bad-total">', talent)


def test_summary_speaks_one_format_and_explains_the_sources(sample_report):
    glance = _between(sample_report, "The dossier at a glance", "All findings")
    amounts = re.findall(r'<td class="num"[^>]*>([^<]*)</td>', glance)
    assert amounts and all(re.fullmatch(r"(≈ )?€ [\d.]+|—", a) for a in amounts), amounts
    assert "€ 92,3 mln." not in re.sub(r'title="[^"]*"', "", glance) and "-*" not in glance.replace('title="-*"', "")
    assert "publiek_1" not in glance and "overig_publiek" not in glance
    assert "Publiek (column 1)" in glance and "Other public" in glance
    assert "€ 172.181.877" in glance and "€ 80.000 less than the total investments" in glance
    assert re.search(r"Gebiedsontwikkeling en Bereikbaarheid Topwerklocaties</a>: total € 92.300.000, "
                     r"sources € 92.220.000", glance)


def test_rounding_is_said_in_words(sample_report):
    assert "Intervals" not in sample_report and "[€" not in sample_report
    assert "the stated figure lies between € 14.050.000 and € 14.150.000 and the computed one between" \
           in sample_report


def test_every_finding_shown_is_listed_with_a_link_to_its_card(sample_report):
    index = _between(sample_report, "All findings")
    targets = re.findall(r'href="#(f-\d+)"', index)
    cards = re.findall(r'<div class="finding[^"]*" id="(f-\d+)"', sample_report)
    assert targets == cards and len(cards) == 9  # 7 errors and 2 warnings; within rounding is not shown


def test_a_projects_reading_notes_stand_in_its_section(sample_report):
    skills = _between(sample_report, "Skills Twente</h2>")
    assert "the columns under &#x27;Publiek&#x27; have no labels of their own" in skills
    assert "No findings." not in skills and "the notes above say which part to check by hand" in skills
    leonardo = _between(sample_report, "Leonardo</h2>")
    assert leonardo.count("stands in row") == 2
    assert "Extraction notes" not in sample_report  # nothing left for the end of the page
    assert "2 reading notes" in _between(sample_report, "The dossier at a glance")


@pytest.fixture(scope="module")
def dutch_report():
    d = extracted("twente-word")
    return render(d, check(d), SAMPLES / "twente-word.pdf", "nl")


def test_dutch_report_has_no_english_check_names_notes_or_numbers(dutch_report):
    from regio.validate import RULES

    text = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>|base64,[A-Za-z0-9+/=]+", "", dutch_report, flags=re.S))
    for rule in RULES.values():
        assert rule.check not in text and rule.title not in text, rule.code
    assert "Het eindtotaal klopt niet met de regels of de kolommen" in text
    assert "18,0%" in text and "18.0%" not in text
    assert "de kolommen onder &#x27;Publiek&#x27; hebben geen eigen kop" in text
    assert "gelezen als kop van kolom publiek_1 (nu gemeente)" in text
    for english in ("Outlined", "stands in row", "have no labels", "Intervals", "column headers", "reading note",
                    "Private", "Sum of the sources", " the ", " and "):
        assert english not in text, english


def test_dutch_notes_and_numbers():
    from regio.report.i18n import message, note_text
    from regio.validate.findings import Finding

    assert note_text("page-unreadable", "page could not be read (broken)", "nl") == \
        "pagina kon niet worden gelezen (broken)"
    assert note_text("table-unreadable", "Project: A: table 'x' could not be read (y)", "nl") == \
        "Project: A: tabel 'x' kon niet worden gelezen (y)"
    assert note_text("cross-check-failed", "something new", "nl") == "tweede lezing mislukt: something new"
    # Reading a note is linear: a huge document text does not slow it down.
    long = "x': '" * 200_000
    assert note_text("subheader-in-row", f"table '{long}", "nl").startswith("kolomkop in een regel")
    shares = Finding(code="RD203", check="percent-sum", severity="error", file="f.pdf", message="", kind="default",
                     params={"subject": "field", "label": "Opgave", "shares": "33.3%, 33.3%, 30%", "share": "96.6",
                             "sentence": "1.650 euro"})
    assert message(shares, "nl") == ("veld 'Opgave': de aandelen 33,3%, 33,3%, 30% tellen op tot 96,6%, niet 100%: "
                                     "\"1.650 euro\"")


def test_every_rule_has_a_dutch_title():
    from regio.validate import RULES
    from regio.validate.texts import TITLES_NL

    assert set(TITLES_NL) == set(RULES)


def _chromium(tmp_path, html: str, *args: str) -> subprocess.CompletedProcess:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={tmp_path / 'profile'}", *args, page.as_uri()],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed; the narrow layout was not measured")
def test_nothing_runs_off_a_narrow_screen(dutch_report, tmp_path):
    from html import escape

    # Headless Chromium's window is at least 500 pixels wide: the report is laid out in a frame
    # 420 pixels wide, and the page around it measures how wide the report became.
    host = (f'<!DOCTYPE html><body style="margin:0"><iframe id="r" width="420" height="2000" srcdoc="{escape(dutch_report)}">'
            "</iframe><script>const f = document.getElementById('r'); f.onload = () => {document.body.dataset.width = "
            "f.contentDocument.documentElement.scrollWidth; document.body.dataset.viewport = f.contentWindow.innerWidth;};"
            "</script></body>")
    run = _chromium(tmp_path, host, "--window-size=600,2000", "--virtual-time-budget=10000", "--dump-dom")
    measured = re.search(r'data-width="(\d+)" data-viewport="(\d+)"', run.stdout)
    assert measured, run.stderr[-2000:]
    width, viewport = map(int, measured.groups())
    assert viewport == 420 and width <= viewport


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed; the report was not printed")
def test_printed_cards_are_not_split_over_pages(sample_report, tmp_path):
    import pypdfium2

    printed = tmp_path / "report.pdf"
    _chromium(tmp_path, sample_report, "--no-pdf-header-footer", f"--print-to-pdf={printed}")
    document = pypdfium2.PdfDocument(str(printed))
    try:
        texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    assert sum(t.count("· open page") for t in texts) == 9
    for text in texts:  # each card's heading, its advice and its picture on one page
        cards = text.count("· open page")
        assert text.count("What to do:") == cards
        assert cards or "Outlined on the page:" not in text
