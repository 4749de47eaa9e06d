"""The debugging view of one page: the page as rendered, and drawn over it what regio saw
there (words, rules, fills) and how it read each table (box, columns, rows, header).

The layout and the tables come from the same steps as ``regio.read_tables`` (read_page,
find_tables, read_region), so the picture shows the reading itself, not a re-enactment.
Sizes are set in points and multiplied by the scale, so the drawing looks alike at any scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from regio.extract.every_table import read_regions
from regio.extract.finder import TableRegion
from regio.extract.layout import Fill, PageLayout
from regio.extract.pdf import InputError, open_pdf
from regio.extract.settings import DEFAULT, Settings
from regio.schema import ExtractionWarning, Table

WORD, PALE_WORD, RULE, FILL = (150, 150, 150), (0, 160, 200), (230, 0, 0), (255, 140, 0)
TABLE, COLUMN, ROW = (0, 70, 255), (0, 170, 0), (220, 0, 220)
READING = (120, 60, 0)
KEY = [("word", WORD), ("pale word", PALE_WORD), ("rule", RULE), ("fill (shade)", FILL), ("table", TABLE),
       ("column", COLUMN), ("row (dashed)", ROW), ("header | body (thick)", ROW),
       ("text columns' gutter, box read as a whole", READING)]
_TEXT_PT, _PITCH_PT, _PAD_PT = 7.0, 10.0, 4.0  # legend and label type, in points
_MAX_PIXELS = 100_000_000  # a hostile page size must not allocate gigabytes


@dataclass
class DebugSummary:
    page: int
    tables: list[tuple[str, str | None, int, int]]  # id, reader, columns, rows
    out_path: Path


def draw_page(path: Path | str, page_number: int, out_path: Path | str, *, password: str | None = None,
              scale: float = 2.0, settings: Settings | None = None, limits=None) -> DebugSummary:
    """Render page ``page_number`` (1-based) of the PDF at ``scale`` pixels a point, draw what
    regio read on it, and write the picture to ``out_path`` as PNG. Raises InputError for a
    file or page that cannot be read."""
    if not scale > 0:
        raise ValueError("scale must be positive")
    settings = settings or DEFAULT
    layout, image = _read_page(Path(path), page_number, password, scale, settings, limits)
    read = read_regions(layout, settings)
    draw = ImageDraw.Draw(image)
    font = _font(scale)
    _draw_layout(draw, layout, scale, font)
    notes = []
    for found, table in read:
        columns = _column_lines(table) if isinstance(table, Table) else None
        _draw_table(draw, found, table, columns, scale, font)
        notes.append(_describe(table))
    _with_legend(image, notes, scale, font).save(out_path, format="PNG")
    tables: list[tuple[str, str | None, int, int]] = [(t.id, t.reader, len(t.columns), len(t.rows))
                                                      for _, t in read if isinstance(t, Table)]
    return DebugSummary(page_number, tables, Path(out_path))


def _font(scale: float):
    size = max(1, round(_TEXT_PT * scale))
    try:  # Pillow's own font has no "€", which captions and headers often hold; DejaVu has
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _read_page(path: Path, number: int, password: str | None, scale: float, settings: Settings, limits):
    """The page's layout and its picture, read from one opening of the checked file."""
    import pypdfium2 as pdfium

    from regio.extract.pdfium_layout import read_page

    opened = open_pdf(path, password, limits)
    try:
        if not 1 <= number <= opened.page_count:
            raise InputError(f"page {number} does not exist (the file has {opened.page_count} pages)")
        try:
            page = opened.page(number)
        except pdfium.PdfiumError as exc:
            raise InputError(f"page {number} could not be read ({exc})") from None
        try:
            width, height = page.get_size()
            if width * height * scale * scale > _MAX_PIXELS:
                raise InputError(f"page {number} is too large to draw at scale {scale:g}")
            layout = read_page(page, number, settings)
            # Drawn the way the page was read: a page set sideways is turned upright.
            return layout, page.render(scale=scale, rotation=layout.turn).to_pil().convert("RGB")
        finally:
            page.close()
    finally:
        opened.close()


def _px(box, scale: float) -> tuple[float, float, float, float]:
    return tuple(v * scale for v in box)  # type: ignore[return-value]


def _width(points: float, scale: float) -> int:
    """A line width in pixels, never so thin at a small scale that the line vanishes."""
    return max(1, round(points * scale))


def _draw_layout(draw: ImageDraw.ImageDraw, layout: PageLayout, scale: float, font) -> None:
    """Fills first, so that the words and rules on them stay visible."""
    for fill in layout.fills:
        draw.rectangle(_px((fill.x0, fill.top, fill.x1, fill.bottom), scale), outline=FILL, width=_width(1, scale))
        _shade_label(draw, fill, layout, scale, font)
    for word in (w for line in [*layout.lines, *layout.margin, *layout.notes] for w in line.words):
        draw.rectangle(_px((word.x0, word.top, word.x1, word.bottom), scale), outline=PALE_WORD if word.light else WORD)
    for rule in layout.hrules + layout.vrules:
        draw.line(_px((rule.x0, rule.top, rule.x1, rule.bottom), scale), fill=RULE, width=_width(1, scale))
    # The reading order: where two columns of text are read one after the other, and the
    # boxes beside the text read as a whole.
    for top, bottom, middles in layout.columns:
        for middle in middles:
            draw.line(_px((middle, top, middle, bottom), scale), fill=READING, width=_width(2, scale))
    for box in layout.asides:
        edge = _width(1.5, scale)
        x0, top, x1, bottom = _px((box.x0, box.top, box.x1, box.bottom), scale)
        draw.rectangle((x0 - edge, top - edge, x1 + edge, bottom + edge), outline=READING, width=edge)


def _shade_label(draw: ImageDraw.ImageDraw, fill: Fill, layout: PageLayout, scale: float, font) -> None:
    """The fill's shade, right of its top-right corner: clear of the text on it and of a
    table's outline. Where that spot lies on another fill (shaded cells side by side, a
    cell's fill inside a row's) the fill goes unlabelled, so a row of cells gets one label,
    at its end; a band as wide as the page has it inside its corner."""
    shade, x, y = f"{fill.shade:.2f}", fill.x1 + 3, fill.top
    if (x + 1) * scale + draw.textlength(shade, font=font) > layout.width * scale:
        draw.text(((fill.x1 - 1) * scale, y * scale), shade, fill=FILL, font=font, anchor="ra")
    elif not any(f.x0 <= x <= f.x1 and f.top <= y <= f.bottom for f in layout.fills):
        draw.text((x * scale, y * scale), shade, fill=FILL, font=font)


def _draw_table(draw: ImageDraw.ImageDraw, found: TableRegion, table: Table | ExtractionWarning,
                columns: list[float] | None, scale: float, font) -> None:
    x0, top, x1, bottom = _px(found.box, scale)
    if isinstance(table, Table):
        for x in columns or []:
            draw.line((x * scale, top, x * scale, bottom), fill=COLUMN, width=_width(1, scale))
        boxes = [row.provenance.bbox for row in table.rows if row.provenance and row.provenance.bbox]
        for upper, lower in zip(boxes, boxes[1:]):
            _dashed(draw, x0, x1, (upper[3] + lower[1]) / 2 * scale, scale)
        if found.header:
            y = (max(ln.bottom for ln in found.header) + found.body[0].top) / 2 * scale
            draw.line((x0, y, x1, y), fill=ROW, width=_width(2, scale))
    edge = _width(2, scale)  # drawn outside the box: its edge words stay readable
    draw.rectangle((x0 - edge, top - edge, x1 + edge, bottom + edge), outline=TABLE, width=edge)
    _label(draw, x0, top, edge, f"{table.id}\n{table.reader}" if isinstance(table, Table) else "unreadable", font)


def _column_lines(table: Table) -> list[float]:
    """Where the reader parted the table's columns: between the row labels and the first
    column, and between every two columns."""
    return [c.span[0] for c in table.columns if c.span] + [c.span[1] for c in table.columns[-1:] if c.span]


def _dashed(draw: ImageDraw.ImageDraw, x0: float, x1: float, y: float, scale: float) -> None:
    dash = 4 * scale
    x = x0
    while x < x1:
        draw.line((x, y, min(x + dash, x1), y), fill=ROW, width=_width(0.5, scale))
        x += 2 * dash


def _label(draw: ImageDraw.ImageDraw, left: float, top: float, edge: int, text: str, font) -> None:
    """The table's label on a white ground, in the margin left of the table where it fits, so
    that it hides neither the table nor its caption; else inside the table's top-left corner."""
    width = draw.multiline_textbbox((0, 0), text, font=font)[2]
    xy = (left - 2 * edge, top) if width + 2 * edge + 4 <= left else (left + 2 * edge + width, top + 2 * edge)
    box = draw.multiline_textbbox(xy, text, font=font, anchor="ra", align="right")
    draw.rectangle((box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2), fill="white", outline=TABLE)
    draw.multiline_text(xy, text, fill=TABLE, font=font, anchor="ra", align="right")


def _describe(table: Table | ExtractionWarning) -> str:
    if not isinstance(table, Table):
        return f"unreadable: {table.message}"
    text = f"{table.id} {table.reader} {len(table.columns)} columns x {len(table.rows)} rows"
    # The caption last: where the strip is too narrow, it is what is cut off.
    return f"{text}, caption: {table.caption}" if table.caption else text


def _with_legend(page: Image.Image, notes: list[str], scale: float, font) -> Image.Image:
    """The page with a strip below it: the colour key, then one line per table."""
    pad, pitch = _PAD_PT * scale, _PITCH_PT * scale
    keys = _key_rows(ImageDraw.Draw(page), font, page.width, pad, pitch)
    out = Image.new("RGB", (page.width, page.height + round(2 * pad + pitch * (len(keys) + len(notes)))), "white")
    out.paste(page)
    draw = ImageDraw.Draw(out)
    draw.line((0, page.height, page.width, page.height), fill=(0, 0, 0), width=_width(0.5, scale))
    y = page.height + pad
    for row in keys:
        for name, colour, x in row:
            draw.rectangle((x, y + pitch * 0.2, x + pitch * 1.2, y + pitch * 0.7), fill=colour)
            draw.text((x + pitch * 1.5, y), name, fill=(0, 0, 0), font=font)
        y += pitch
    for note in notes:
        draw.text((pad, y), note, fill=RULE if note.startswith("unreadable") else TABLE, font=font)
        y += pitch
    return out


def _key_rows(measure: ImageDraw.ImageDraw, font, width: int, pad: float, pitch: float):
    """The colour key as rows of (name, colour, x), flowed over as many rows as the width
    needs (a narrow page, a small scale)."""
    rows: list[list[tuple[str, tuple[int, int, int], float]]] = [[]]
    x = pad
    for name, colour in KEY:
        step = 2 * pitch + measure.textlength(name, font=font)
        if rows[-1] and x + step > width:
            rows.append([])
            x = pad
        rows[-1].append((name, colour, x))
        x += step
    return rows
