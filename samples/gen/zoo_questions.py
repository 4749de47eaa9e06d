"""One more house style for the layout zoo (see zoo.py), held out: an application form
("aanvraagformulier") filled in in Word, in which every field is asked as a numbered
question and answered under it.

- questions: A4 portrait, margins 2.5 cm, a sans (Liberation Sans; else DejaVu Sans) 10pt
          on 13pt. Page header on every page: "Aanvraagformulier Regio Deal <Name>" at the
          left and "Versie 1.2 – maart 2024" at the right, 8pt grey, a hairline under it;
          footer "Pagina <n> van <N>" centred, 8pt.
          Each project BEGINS A NEW PAGE with "Deel <k>: <title>" in 14pt bold and a line
          "Thema: <theme>" in 9.5pt under it.
          Each FIELD IS A NUMBERED QUESTION in bold 10pt on its own line(s), numbered per
          project ("1.", "2.", ...; a long question wraps under its text), worded from the
          field's label by a fixed table ("Partijen" -> "Welke partijen zijn bij het project
          betrokken?"; the Zeeland labels too); a label not in the table asks "<label>:
          toelichting?". The ANSWER under it in 10pt regular, indented 0.6 cm, in a box with
          a light grey 0.5pt border and 4pt padding (a Word form's answer field), list items
          as bullets inside it (the transcription's marker hanging); a box that does not fit
          continues, boxed again, on the next page (a question moves to the next page only
          where less than 2.8 cm is left under it).
          TABLES stand where the transcription puts them: an investment table under its own
          numbered question "<n>. Wat zijn de investeringen en hoe worden zij gefinancierd?",
          indented as an answer, the transcription's table label in its corner cell; a table
          inside a field inside that field's answer box. Tables ruled fully in 0.5pt black,
          the header bold on a light grey fill (a group header centred over its members,
          single headers right-aligned), amounts right-aligned exactly as transcribed, the
          Totaal row bold; header lines repeated where a table breaks over a page. Table
          footnotes under the table in 8pt; the project's notes at its end in 8pt, each
          with its mark.

The transcription's page breaks are not reproduced. Every cell prints as transcribed; the
truth records, under "field_labels", the question printed for each of the transcription's
field labels, without its number. A project runs from its opening page to the page of its
last field text, table cell or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, Indenter, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _fonts
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, font_for, meta, para

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
INDENT = 0.6 * cm                 # the answer field's indent under its question
BOX_PAD = 4.0
BOX_W = FW - INDENT
GREY = colors.HexColor("#6E6E6E")
BOX_LINE = colors.HexColor("#BFBFBF")
HEAD_FILL = colors.HexColor("#E7E6E6")
CELL_PAD = 3.0
KEEP = 2.8 * cm                   # room a question needs under it, else a new page
VERSION = "Versie 1.2 – maart 2024"
TABLE_QUESTION = "Wat zijn de investeringen en hoe worden zij gefinancierd?"

# The form's wording of the common field labels (both transcriptions' labels).
QUESTIONS = {
    "Naam Project": "Wat is de naam van het project?",
    "Partijen": "Welke partijen zijn bij het project betrokken?",
    "Opgave": "Welke opgave pakt het project aan?",
    "Voorgestelde aanpak": "Wat is de voorgestelde aanpak?",
    "Resultaten": "Welke resultaten levert het project op?",
    "Inzet en co-financiering": "Wat is de inzet van de partijen en hoe is de cofinanciering geregeld?",
    "Structureel karakter": "Hoe krijgt het project een structureel karakter?",
    "Projectnaam": "Wat is de naam van het project?",
    "Betrokken partijen": "Welke partijen zijn bij het project betrokken?",
    "Aanleiding": "Wat is de aanleiding voor het project?",
    "Aanpak": "Hoe wordt het project aangepakt?",
    "Planning": "Wat is de planning van het project?",
    "Beoogde resultaten": "Welke resultaten beoogt het project?",
    "Financiering": "Hoe wordt het project gefinancierd?",
    "Borging": "Hoe worden de resultaten na afloop van het project geborgd?",
}


def question(label: str) -> str:
    """The question the form asks for a field label."""
    return QUESTIONS.get(label, f"{label}: toelichting?")


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=10, leading=13, **kw):
        return ParagraphStyle(f"q-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    ts, tl = 8.5, 10.4
    return {
        "deel": st("deel", bold, 14, 17.5, spaceAfter=3, keepWithNext=1),
        "theme": st("theme", sans, 9.5, 12, spaceAfter=10, keepWithNext=1),
        # the number hangs in the answer's indent; a long question wraps under its text
        "question": st("question", bold, leftIndent=INDENT, bulletIndent=0, bulletFontName=bold,
                       bulletFontSize=10, spaceBefore=8, spaceAfter=3),
        "body": st("body"),
        "item": st("item", leftIndent=18, bulletIndent=1, bulletFontName=sans, bulletFontSize=10),
        "tlabel": st("tl", bold, ts, tl, alignment=TA_LEFT),
        "thead": st("th", bold, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", sans, ts, tl),
        "tbody_b": st("tbb", bold, ts, tl),
        "tamount": st("ta", sans, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", sans, 8, 10, spaceBefore=2),
        "note": st("note", sans, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": st("notem", sans, 8, 10, leftIndent=9, spaceAfter=1.5),
    }


def _question(n: int, text: str, st, rec) -> list:
    # Word breaks a long answer box over pages (keep-with-next would push a whole box to
    # the next page): only a question without room for some answer under it moves on.
    return [CondPageBreak(KEEP), para("", st["question"], rec,
                                      markup=f"<bullet>{n}.</bullet>{escape(text)}")]


def _table(t: source.Table, st, rec, width) -> list:
    """The table fully ruled, the header bold on grey; its footnotes under it."""
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, CELL_PAD, label_share=0.34)
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _answer(field: source.Field, st, rec) -> Table:
    """The answer field: a grey-bordered box indented under the question, one row per
    paragraph (a row splits over pages, the box drawn round each part)."""
    inner = BOX_W - 2 * BOX_PAD
    rows = []
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            rows.append(["", [Spacer(0, 2), *_table(item, st, rec, inner), Spacer(0, 2)]])
        else:
            rows.append(["", field_para(item, st["body"], st["item"], rec)])
    cmds = [("BOX", (1, 0), (1, -1), 0.5, BOX_LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), BOX_PAD), ("RIGHTPADDING", (1, 0), (1, -1), BOX_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), BOX_PAD), ("BOTTOMPADDING", (0, -1), (-1, -1), BOX_PAD)]
    return Table(rows, colWidths=[INDENT, BOX_W], hAlign="LEFT", splitInRow=1,
                 style=TableStyle(cmds))


class _QuestionsTruth(Truth):
    def record(self) -> dict:
        out = super().record()
        out["field_labels"] = {row.label: question(row.label) for pr in self.dossier.projects
                               for row in pr.rows if isinstance(row, source.Field)}
        return out


def render_questions(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    header = f"Aanvraagformulier Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = _QuestionsTruth(dossier, "questions")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "questions"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            base = HEIGHT - 1.6 * cm
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, sans), 8)
            canv.drawString(MARGIN, base, header)
            canv.setFont(font_for(VERSION, sans), 8)
            canv.drawRightString(WIDTH - MARGIN, base, VERSION)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.25)
            canv.line(MARGIN, base - 3.5, WIDTH - MARGIN, base - 3.5)
            canv.setFillColor(colors.black)
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm,
                                   f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(f"Deel {p + 1}: {pr.title}", st["deel"], truth.heading(p)))
            story.append(para(f"Thema: {pr.theme}", st["theme"], truth.heading(p)))
            for n, row in enumerate(pr.rows, 1):
                if isinstance(row, source.Table):
                    story += [*_question(n, TABLE_QUESTION, st, rec), Indenter(left=INDENT),
                              *_table(row, st, rec, BOX_W), Indenter(left=-INDENT)]
                else:
                    story += [*_question(n, question(row.label), st, rec), _answer(row, st, rec)]
            if pr.notes:
                story.append(Spacer(0, 10))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                      st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
