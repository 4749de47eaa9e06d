"""One more house style for the layout zoo (see zoo.py), held out: a province's glossy
programme report with photographs, as a design agency delivers it.

- photos: A4 portrait, margins 2 cm all round (a 17 cm text column). The body in a sans
          (Liberation Sans, Arial's metrics; else DejaVu Sans) at 9.5pt on 13pt, ragged
          right, 4pt after each paragraph; a list item ("•", "-", "o", "1.", "(a)") keeps
          its marker and hangs on it (11pt); a paragraph holding a character the face
          lacks ("⁴", "₂") is set in DejaVu Sans. The PHOTOGRAPHS are raster images (JPEG,
          quality 70, about 100 dpi), drawn deterministically from a seed by this module
          (sky with clouds over fields, water with wind turbines, a street of glass and
          brick facades, a harbour with cranes, a workshop hall with people; soft focus,
          vignette, grain). Page 1 is the COVER: a photograph across the full page width
          from the top edge down to 19.5 cm, over it at its lower left, in white, the
          programme period ("PROGRAMMA 2018–2022", 10pt capitals), the report title
          ("Regio Deal <name>", 34pt bold) and "Projecten in beeld" (15pt); under the
          photograph a 2 cm accent bar and "Projectvoorstellen" (12pt bold, accent), no
          footer. Page 2 is the contents: the transcription's heading ("Inhoud", 20pt bold,
          accent), each theme as a bold 8.5pt accent line in capitals, its projects' titles
          (10pt) with their page numbers right-aligned in bold accent, a 0.25pt grey rule
          under each entry. Each project starts on a new page under a PHOTOGRAPH across the
          text column, 7 cm high, at the top of the frame; the project's TITLE IS SET ON
          THE PHOTOGRAPH in white bold 20pt on 23pt at its lower left (0.6 cm in from the
          photo's left and bottom edges, wrapping within 13 cm), with the theme in white
          9pt capitals on the line above it, also on the photograph: no fill behind the
          text, the photograph is darker towards its lower left (the agency's grading).
          Fields: the label in bold 10pt in the dark accent colour (#0B4F6C) on a line of
          its own (10pt above it, 2pt below), its paragraphs under it. In about half the
          projects one field carries a FLOATED PHOTOGRAPH: 8.5 cm wide (half the column),
          5.6 cm high, at the right edge of the column, its top level with the top of the
          field's first paragraph, a CAPTION under it in 7.5pt grey italic naming a place
          or party of the project with a photo credit ("Container Terminal Hengelo aan
          het Twentekanaal. Foto: Port of Twente"); the text wraps on its left: every line
          whose top lies beside the photograph and its caption (plus 10pt) is set 8 cm wide
          (17 cm - 8.5 cm - 0.5 cm), the lines below run the full width again (a paragraph
          changes width between two of its lines); where the field is shorter than the
          photograph, the next field's label and text wrap beside it too; a table, a field
          holding a photograph or fact box of its own, or the end of the project moves
          below it. Photograph and the text beside it move to the next page together where
          they do not fit. An occasional FACT BOX (some projects, a field other than the
          photograph's) is floated the same way at the right: a 5.5 cm light tinted
          rectangle (#E1EEF4) holding a big number in bold 20pt accent ("29 bedrijven")
          and a short line under it in 9pt ("betrokken bij AMP"), both taken from the
          project's own text (every word of them occurs there; they repeat it, as
          decoration); the text wraps on its left at 11 cm. TABLES (investment tables and
          those inside a field, which stay in their field) across the text column: the
          table's label as a bold 9pt caption above the table (kept with it), then the grid
          in 8.5pt: the header lines on an accent fill (#0B4F6C) with white bold 8pt text,
          value headers right-aligned, a group header ("Publiek") centred over its members
          with a white rule under it, the header cell over the row labels empty; 0.25pt
          grey rules between the body rows, a 0.5pt grey rule under the last; amounts
          right-aligned, row labels wrapped; the Totaal row bold; header lines repeated
          where an investment table breaks over a page. Table footnotes in 7.5pt under the
          table. Running footer on every page but the cover, 7.5pt grey, 1.1 cm from the
          bottom edge: "Programma Regio Deal <name> 2018–2022" at the left, the page number
          at the right. Project notes as page footnotes in 7.5pt under a short (2.5 cm)
          rule at the foot of the page where their mark stands (notes whose mark is nowhere
          go with the project's last paragraph).

The house prints every table cell as transcribed: the truth record has no "raw" texts. The
captions and facts are editorial: written per project for the two transcriptions
(PHOTOS, FACTS, keyed by title); a fact whose words do not all occur in the project's text
is left out; in another dossier every second project gets a photograph captioned with its
title, and no fact boxes.
"""

from __future__ import annotations

import io
import math
import re
import zlib
from functools import cache
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners
from .zoo_budget import _fonts
from .zoo_common import Doc, FootnoteSupport, Truth, build_until_stable, dossier_name, font_for, has_mark, meta, page_of, para

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN                # 17 cm
OPENER_H = 7.0 * cm
OPENER_GAP = 0.5 * cm                  # under the opening photograph
INSET = 0.6 * cm                       # the title's distance from the photo's edges
TITLE_W = 13.0 * cm
PHOTO_W = FW / 2                       # the floated photograph
PHOTO_H = 5.6 * cm
FACT_W = 5.5 * cm
GUTTER = 0.5 * cm                      # between a float and the text beside it
DIST = 10.0                            # white space under a float before full-width lines
COVER_H = 19.5 * cm
DPI = 100
PERIOD = "2018–2022"

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#0B4F6C")
TINT = colors.HexColor("#E1EEF4")
GREY = colors.HexColor("#6E6E6E")
RULE = colors.HexColor("#B5B5B5")
WHITE = colors.white
HANG = 11.0

_LIST = re.compile(r"^(•|●|○|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+(.*)$", re.S)

# The agency's picture editing, per project title: (field label, scene, caption).
PHOTOS = {
    # Twente
    "PDEng voor Digitale Transformatie en Advanced Manufacturing": (
        "Voorgestelde aanpak", "hall",
        "PDEng-trainee en begeleider van de Universiteit Twente in de productiehal van een "
        "Twents maakbedrijf. Foto: Gijs van Ouwerkerk"),
    "Twents Fonds voor Vakmanschap": (
        "Opgave", "hall",
        "Omscholing tot CNC-operator in een leerwerkplaats in Hengelo. Foto: Werkplein Twente"),
    "Talent Halen, Opleiden en Houden": (
        "Voorgestelde aanpak", "city",
        "Kennispark en campus van de Universiteit Twente in Enschede. Foto: Eric Brinkhorst"),
    "Gebiedsontwikkeling en Bereikbaarheid Topwerklocaties": (
        "Voorgestelde aanpak", "harbour",
        "Container Terminal Hengelo aan het Twentekanaal. Foto: Port of Twente"),
    "Mineral Valley Twente": (
        "Voorgestelde aanpak", "land",
        "Proeftuin op een melkveebedrijf in het gebied van Waterschap Vechtstromen. "
        "Foto: Jan Jansen"),
    # Zeeland
    "Innovatiecentrum Vlissingen-Oost": (
        "Aanpak", "harbour",
        "Het Sloegebied in Vlissingen-Oost, gezien vanaf de Westerschelde. Foto: North Sea Port"),
    "Zeeuws Techniekpact": (
        "Aanpak", "hall",
        "Praktijkles in de werkplaats van Scalda in Vlissingen. Foto: Marijke Folkertsma"),
    "Vitale Kernen": (
        "Aanpak", "land",
        "Akkers aan de rand van een Zeeuwse kern. Foto: Stichting Dorpshuizen Zeeland"),
}

# The fact boxes, per project title: (field label, big number, short line).
FACTS = {
    "Advanced Manufacturing Program": ("Partijen", "29 bedrijven", "betrokken bij AMP"),
    "Twents Fonds voor Vakmanschap": ("Resultaten", "1.500",
                                      "werkenden en werkzoekenden, jaarlijks"),
    "Leonardo": ("Resultaten", "200", "bachelorstudenten in fase 2"),
    "Circulair Textiel door Chemische en Mechanische Recycling": (
        "Opgave", "100 miljoen ton", "textiele vezels per jaar, wereldwijd"),
    "Proeftuin Zilte Teelt": ("Beoogde resultaten", "40 hectare", "proefvelden met zilte teelten"),
    "Zorgtalent Zeeland": ("Beoogde resultaten", "300", "nieuwe zorgmedewerkers"),
}

# The opening photograph's scene, by the first pattern found in theme and title.
_SCENES = [
    (r"haven|port|vlissingen|kanaal|terminal|topwerk", "harbour"),
    (r"zilt|kust|delta|water", "water"),
    (r"mineral|landbouw|teelt|kernen|circulair|duurzaam", "land"),
    (r"bereikbaar|mobiliteit|gebied|broedplaats|campus|talent|leonardo", "city"),
    (r"techniek|manufactur|innovatie|textiel|vakmanschap|skills|zorg|pdeng|topfit", "hall"),
]
_ROTATION = ["city", "land", "hall", "water", "harbour"]


# --- the photographs ----------------------------------------------------------------


def _noise(rng, w, h, scale, octaves=4):
    """Smooth value noise in 0..1 with features of about `scale` px, finer octaves added."""
    out = np.zeros((h, w), np.float32)
    amp, total = 1.0, 0.0
    for _ in range(octaves):
        gw, gh = max(2, int(w / scale) + 2), max(2, int(h / scale) + 2)
        small = (rng.random((gh, gw)) * 255).astype(np.uint8)
        out += amp * np.asarray(Image.fromarray(small).resize((w, h), Image.BICUBIC),
                                np.float32) / 255
        total += amp
        amp *= 0.5
        scale /= 2.2
    return out / total


def _vgrad(h, w, stops):
    """A vertical gradient through (t, colour) stops."""
    ys = np.linspace(0, 1, h)
    out = np.zeros((h, w, 3), np.float32)
    for k in range(3):
        out[:, :, k] = np.interp(ys, [s[0] for s in stops], [s[1][k] for s in stops])[:, None]
    return out


def _sky(rng, w, h, horizon):
    hz = horizon / h
    a = _vgrad(h, w, [(0, (58, 98, 158)), (hz * 0.7, (112, 150, 196)), (hz, (206, 214, 220)),
                      (1, (206, 214, 220))])
    n = _noise(rng, w, h, w / 3.5, 5)
    yy = np.linspace(0, 1, h)[:, None]
    cover = np.clip((n - 0.50) * 4.0, 0, 1) * np.clip(1.1 - (yy / max(hz, 0.05)) * 0.4, 0, 1)
    shade = np.clip((_noise(rng, w, h, w / 5, 3) - 0.4) * 2, 0, 1)
    cloud = np.stack([236 - 40 * shade, 236 - 38 * shade, 234 - 30 * shade], -1)
    return a * (1 - cover[:, :, None]) + cloud * cover[:, :, None]


def _skyline(rng, w, base, height, bumps):
    """A row of rounded bumps (tree crowns, a dike) standing on `base`."""
    xs = np.arange(w, dtype=np.float32)
    y = np.zeros(w, np.float32)
    for _ in range(bumps):
        cx, r = rng.uniform(-0.1, 1.1) * w, rng.uniform(0.01, 0.06) * w
        y = np.maximum(y, rng.uniform(0.3, 1.0) * np.sqrt(np.clip(1 - ((xs - cx) / r) ** 2, 0, 1)))
    y += _noise(rng, w, 2, 6, 2)[0] * 0.25
    return base - y * height


def _below(a, ys, layer, soft=1.5):
    """`layer` painted under the line `ys` (one y per column), its edge antialiased."""
    rows = np.arange(a.shape[0], dtype=np.float32)[:, None]
    m = np.clip((rows - ys[None, :]) / soft + 0.5, 0, 1)[:, :, None]
    return a * (1 - m) + layer * m


def _to_image(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _landscape(rng, w, h, water=False):
    horizon = int(h * rng.uniform(0.40, 0.5))
    a = _sky(rng, w, h, horizon)
    far = _skyline(rng, w, horizon, h * 0.05, 40)  # a far tree line in the haze
    layer = _vgrad(h, w, [(0, (70, 90, 70)), (1, (60, 80, 60))]) * 0.55 + \
        np.array([196, 206, 214], np.float32) * 0.45
    a = _below(a, far, layer)
    if water:
        im = _to_image(a)
        d = ImageDraw.Draw(im)
        x = rng.uniform(0.05, 0.3) * w
        for _ in range(int(rng.integers(3, 7))):  # wind turbines on the far shore
            th = h * rng.uniform(0.14, 0.2)
            top = (x, horizon - th)
            d.line([(x, horizon), top], fill=(224, 226, 228), width=max(2, w // 500))
            phi = rng.uniform(0, math.tau)
            for k in range(3):
                ang = phi + k * math.tau / 3
                d.line([top, (x + math.cos(ang) * th * 0.55, top[1] + math.sin(ang) * th * 0.55)],
                       fill=(230, 232, 234), width=max(1, w // 700))
            x += rng.uniform(0.08, 0.16) * w
        a = np.asarray(im, np.float32).copy()
        ref = _vgrad(h, w, [(0, (60, 80, 96)), (horizon / h, (176, 190, 200)), (1, (50, 70, 86))])
        rip = _noise(rng, w, h, w / 2.5, 4)
        stripes = np.sin(np.arange(h)[:, None] * (0.9 + 0.4 * rip) + rip * 12) * 0.5 + 0.5
        a = _below(a, np.full(w, horizon + 1.0), ref * (0.85 + 0.22 * stripes[:, :, None]))
        dike = _skyline(rng, w, h * rng.uniform(0.8, 0.88), h * 0.03, 12)
        grass = _vgrad(h, w, [(0, (110, 130, 70)), (1, (50, 66, 34))])
        return _below(a, dike, grass * (0.8 + 0.35 * _noise(rng, w, h, 5, 2))[:, :, None])
    near = _skyline(rng, w, horizon + h * 0.01, h * 0.09, 10)
    a = _below(a, near, _vgrad(h, w, [(0, (46, 64, 40)), (1, (36, 50, 30))]) *
               (0.8 + 0.4 * _noise(rng, w, h, 6, 3))[:, :, None])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)  # fields: furrows to a vanishing point
    vx = w * rng.uniform(0.25, 0.75)
    depth = np.clip(yy - horizon, 1, None)
    furrow = np.sin((xx - vx) / depth * rng.uniform(18, 30)) * 0.5 + 0.5
    band = np.floor(np.log(depth) * 2.2 + _noise(rng, w, h, w / 4, 2) * 0.6).astype(int)
    palette = [(120, 146, 72), (170, 158, 92), (96, 124, 60), (140, 120, 80), (84, 110, 54)]
    field = np.zeros((h, w, 3), np.float32)
    pick = (band * 7 + 3) % len(palette)
    for i, c in enumerate(palette):
        field[pick == i] = c
    field *= (0.78 + 0.3 * furrow * np.clip(depth / h * 3, 0, 1))[:, :, None]
    field *= (0.85 + 0.3 * _noise(rng, w, h, 4, 2))[:, :, None]
    fade = np.clip(1 - depth / (h * 0.12), 0, 1)[:, :, None] * 0.35
    field = field * (1 - fade) + np.array([190, 196, 196], np.float32) * fade
    return _below(a, np.full(w, horizon + 2.0), field)


def _city(rng, w, h, harbour=False):
    horizon = int(h * rng.uniform(0.64, 0.72))
    im = _to_image(_sky(rng, w, h, int(horizon * 0.8)))
    d = ImageDraw.Draw(im)
    for lo, hi, haze in ((0.15, 0.32, 0.55), (0.22, 0.55, 0.0)):  # a far row, a near row
        x = -int(rng.integers(0, 40))
        while x < w:
            bw = int(rng.integers(w // 12, w // 5))
            bh = int(rng.uniform(lo, hi) * h)
            top = horizon - bh
            glass = rng.random() < 0.5
            if glass:
                base = np.array([96, 124, 150]) + rng.integers(-15, 15, 3)
            else:
                base = (np.array([150, 96, 70]) if rng.random() < 0.6
                        else np.array([196, 190, 178])) + rng.integers(-15, 15, 3)
            base = base * (1 - haze) + np.array([190, 200, 210]) * haze
            for y in range(top, horizon + 2):  # lit from above
                col = tuple(int(v) for v in base * (1.12 - 0.3 * (y - top) / max(1, bh)))
                d.line([(x, y), (x + bw, y)], fill=col)
            d.rectangle([x + bw - bw // 6, top, x + bw, horizon + 2],
                        fill=tuple(int(v * 0.72) for v in base))
            if not haze:
                cols = max(3, bw // 16)
                cw, ch, gap = (bw - 10) / cols, 9, 6
                for wy in range(top + 6, horizon - 10, ch + gap):
                    for k in range(cols - 1):
                        wx = x + 4 + k * cw
                        if glass:
                            d.line([(wx, wy - gap / 2), (wx, wy + ch)],
                                   fill=tuple(int(v * 0.7) for v in base), width=1)
                            continue
                        tint = 0.55 + 0.5 * (1 - (wy - top) / max(1, bh)) + rng.uniform(-0.08, 0.08)
                        c = ((int(120 * tint), int(150 * tint), int(176 * tint))
                             if rng.random() < 0.9 else (210, 190, 130))
                        d.rectangle([wx + 2, wy, wx + cw - 3, wy + ch], fill=c)
            x += bw + int(rng.integers(-6, 20))
    if harbour:
        for _ in range(int(rng.integers(2, 4))):  # container cranes
            cx, ch = int(rng.integers(w // 10, w)), int(h * rng.uniform(0.35, 0.5))
            col = (196, 74, 52) if rng.random() < 0.5 else (214, 176, 50)
            lw = max(3, w // 250)
            d.line([(cx - 10, horizon), (cx - 4, horizon - ch)], fill=col, width=lw)
            d.line([(cx + 10, horizon), (cx + 4, horizon - ch)], fill=col, width=lw)
            d.line([(cx - w // 10, horizon - ch), (cx + w // 7, horizon - ch)], fill=col, width=lw)
            d.line([(cx, horizon - ch - h // 12), (cx + w // 7, horizon - ch)], fill=col, width=1)
            d.line([(cx, horizon - ch - h // 12), (cx - w // 10, horizon - ch)], fill=col, width=1)
    a = np.asarray(im, np.float32).copy()
    yy = np.mgrid[0:h, 0:w][0].astype(np.float32)
    if harbour:
        water = _vgrad(h, w, [(0, (90, 110, 124)), (horizon / h, (150, 164, 172)), (1, (40, 56, 68))])
        stripes = np.sin(yy * 0.7 + _noise(rng, w, h, w / 3, 3) * 14) * 0.5 + 0.5
        return _below(a, np.full(w, float(horizon)), water * (0.86 + 0.2 * stripes[:, :, None]))
    road = _vgrad(h, w, [(0, (120, 118, 112)), (horizon / h, (120, 118, 112)), (1, (52, 52, 54))])
    a = _below(a, np.full(w, float(horizon)), road * (0.9 + 0.2 * _noise(rng, w, h, 3, 2))[:, :, None])
    im = _to_image(a)
    d = ImageDraw.Draw(im)
    vx = w * rng.uniform(0.3, 0.7)
    for k in (-1, 1):
        d.line([(vx + k * 20, horizon), (vx + k * w * 0.9, h)], fill=(205, 205, 200), width=3)
    for _ in range(int(rng.integers(4, 8))):  # trees: clusters of leaf blobs
        tx, r = float(rng.uniform(0, w)), h * rng.uniform(0.07, 0.14)
        ty = horizon - r * 1.2
        d.rectangle([tx - 3, ty, tx + 3, horizon + 8], fill=(58, 46, 36))
        for _ in range(40):
            ox, oy, rr = rng.normal(0, r * 0.55), rng.normal(0, r * 0.5), r * rng.uniform(0.2, 0.4)
            g = int(rng.integers(70, 120))
            d.ellipse([tx + ox - rr, ty + oy - rr, tx + ox + rr, ty + oy + rr],
                      fill=(int(g * 0.55), g, int(g * 0.4)))
    return np.asarray(im, np.float32)


def _hall(rng, w, h):
    floor_y = int(h * rng.uniform(0.62, 0.7))
    back = (196, 186, 170) if rng.random() < 0.5 else (176, 188, 198)
    a = _vgrad(h, w, [(0, tuple(v * 0.7 for v in back)), (floor_y / h, back), (1, back)])
    floor = _vgrad(h, w, [(0, (150, 150, 146)), (floor_y / h, (150, 148, 142)), (1, (70, 70, 72))])
    a = _below(a, np.full(w, float(floor_y)), floor * (0.92 + 0.12 * _noise(rng, w, h, 4, 2))[:, :, None])
    im = _to_image(a)
    d = ImageDraw.Draw(im)
    for i in range(-w // 10, w, w // 9):  # roof trusses
        d.line([(i, 0), (i + w // 18, h * 0.14)], fill=(112, 112, 114), width=3)
        d.line([(i + w // 9, 0), (i + w // 18, h * 0.14)], fill=(112, 112, 114), width=2)
    d.line([(0, h * 0.14), (w, h * 0.14)], fill=(96, 96, 100), width=4)
    d.rectangle([0, h * 0.2, w, h * 0.3], fill=(214, 222, 228))  # a band of windows
    for i in range(0, w, w // 14):
        d.line([(i, h * 0.2), (i, h * 0.3)], fill=(120, 120, 124), width=3)
    x = int(rng.integers(-w // 20, w // 10))
    while x < w:  # machines
        mw, mh = int(rng.integers(w // 9, w // 4)), int(h * rng.uniform(0.22, 0.42))
        c = np.array([(64, 104, 146), (196, 196, 192), (214, 122, 44), (84, 92, 98),
                      (40, 120, 96)][int(rng.integers(0, 5))])
        top = floor_y - mh
        for y in range(top, floor_y + 6):
            d.line([(x, y), (x + mw, y)], fill=tuple(int(v) for v in c * (1.15 - 0.35 * (y - top) / mh)))
        d.rectangle([x + mw - mw // 7, top, x + mw, floor_y + 6], fill=tuple(int(v * 0.7) for v in c))
        d.rectangle([x + mw // 8, top + mh * 0.2, x + mw // 2, top + mh * 0.5], fill=(36, 46, 54))
        d.rectangle([x + mw // 8 + 4, top + mh * 0.2 + 4, x + mw // 2 - 4, top + mh * 0.5 - 4],
                    fill=(62, 96, 120))
        x += mw + int(rng.integers(w // 20, w // 6))
    for _ in range(int(rng.integers(2, 5))):  # people
        px, ph = float(rng.uniform(w * 0.1, w * 0.95)), h * rng.uniform(0.3, 0.42)
        fy = floor_y + rng.uniform(0, h * 0.15)
        shirt = [(40, 60, 110), (210, 210, 206), (232, 122, 30), (70, 70, 70),
                 (200, 200, 60)][int(rng.integers(0, 5))]
        d.rectangle([px - ph * 0.09, fy - ph * 0.47, px + ph * 0.09, fy], fill=(40, 44, 58))
        d.rounded_rectangle([px - ph * 0.14, fy - ph * 0.86, px + ph * 0.14, fy - ph * 0.44],
                            radius=6, fill=shirt)
        d.ellipse([px - ph * 0.075, fy - ph, px + ph * 0.075, fy - ph * 0.84], fill=(200, 156, 126))
        d.chord([px - ph * 0.08, fy - ph * 1.01, px + ph * 0.08, fy - ph * 0.88], 180, 360,
                fill=(70, 50, 36))
    a = np.asarray(im, np.float32).copy()
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    glow = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(4, 8))):  # lamps
        cx, cy, r = rng.uniform(0, w), rng.uniform(h * 0.02, h * 0.14), rng.uniform(w * 0.02, w * 0.05)
        glow += np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
    return a + glow[:, :, None] * np.array([110, 100, 80], np.float32)


@cache
def photo(seed: int, w: int, h: int, scene: str, shade: bool = False) -> bytes:
    """A photograph-like JPEG of `scene` ("land", "water", "city", "harbour", "hall"),
    w x h px, the same for the same seed; `shade`: darker toward the lower left."""
    rng = np.random.default_rng(seed)
    W, H = w * 2, h * 2  # drawn at twice the size, then scaled down
    a = {"land": lambda: _landscape(rng, W, H), "water": lambda: _landscape(rng, W, H, True),
         "city": lambda: _city(rng, W, H), "harbour": lambda: _city(rng, W, H, True),
         "hall": lambda: _hall(rng, W, H)}[scene]()
    im = _to_image(a).filter(ImageFilter.GaussianBlur(2.2)).resize((w, h), Image.LANCZOS)
    a = np.asarray(im, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sun = rng.uniform(0, 1)  # the light falls from one side
    a = a * 0.95 / (0.92 + 0.16 * np.abs(xx / w - (1 - sun)))[:, :, None]
    r = np.sqrt(((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2)
    a *= (1 - 0.35 * np.clip(r - 0.55, 0, 1))[:, :, None]
    if shade:
        t = np.clip((yy / h - 0.3) / 0.7, 0, 1) ** 0.8 * np.clip(1.35 - xx / w, 0, 1)
        a *= (1 - 0.7 * np.clip(t, 0, 1))[:, :, None]
    a = a * (np.array([1.03, 1.0, 0.95]) if rng.random() < 0.5 else np.array([0.97, 1.0, 1.04]))
    a += rng.normal(0, 3.0, a.shape)
    buf = io.BytesIO()
    _to_image(a).save(buf, "JPEG", quality=70, optimize=True)
    return buf.getvalue()


def _px(length: float) -> int:
    return int(round(length / 72.0 * DPI))


def _seed(*parts: str) -> int:
    return zlib.crc32("|".join(parts).encode("utf-8"))


def _scene(pr: source.Project, p: int) -> str:
    text = f"{pr.theme} {pr.title}".lower()
    return next((s for pat, s in _SCENES if re.search(pat, text)), _ROTATION[p % len(_ROTATION)])


def _draw_jpeg(canv, data: bytes, x, y, w, h):
    canv.drawImage(ImageReader(io.BytesIO(data)), x, y, w, h)


# --- flowables ----------------------------------------------------------------------


class _Opener(Flowable):
    """The project's opening photograph across the column, the theme and the title set on
    it in white at its lower left."""

    def __init__(self, jpeg, theme_p, title_p):
        super().__init__()
        self.jpeg, self.theme_p, self.title_p = jpeg, theme_p, title_p

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, OPENER_H + OPENER_GAP

    def draw(self):
        c = self.canv
        _draw_jpeg(c, self.jpeg, 0, OPENER_GAP, self.aW, OPENER_H)
        th = self.title_p.wrap(TITLE_W, 1e6)[1]
        y = OPENER_GAP + INSET
        self.title_p.drawOn(c, INSET, y)
        self.theme_p.wrap(TITLE_W, 1e6)
        self.theme_p.drawOn(c, INSET, y + th + 2)


class _PhotoFloat(Flowable):
    """A floated photograph with its caption under it."""

    def __init__(self, jpeg, caption_p):
        super().__init__()
        self.jpeg, self.caption_p = jpeg, caption_p
        self.width = PHOTO_W

    def wrap(self, aW, aH):
        self.ch = self.caption_p.wrap(PHOTO_W, 1e6)[1]
        self.height = PHOTO_H + 4 + self.ch
        return PHOTO_W, self.height

    def draw(self):
        _draw_jpeg(self.canv, self.jpeg, 0, self.height - PHOTO_H, PHOTO_W, PHOTO_H)
        self.caption_p.drawOn(self.canv, 0, 0)


class _FactBox(Flowable):
    """A tinted box: a big number and a short line."""

    PAD = 9.0

    def __init__(self, big_p, line_p):
        super().__init__()
        self.big_p, self.line_p = big_p, line_p
        self.width = FACT_W

    def wrap(self, aW, aH):
        inner = FACT_W - 2 * self.PAD
        self.bh = self.big_p.wrap(inner, 1e6)[1]
        self.lh = self.line_p.wrap(inner, 1e6)[1]
        self.height = self.PAD + self.bh + 3 + self.lh + self.PAD
        return FACT_W, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TINT)
        c.rect(0, 0, FACT_W, self.height, stroke=0, fill=1)
        c.restoreState()
        self.line_p.drawOn(c, self.PAD, self.PAD)
        self.big_p.drawOn(c, self.PAD, self.PAD + self.lh + 3)


class _Wrapped(Flowable):
    """A float at the right of the column and the text set beside it: `placed` holds
    (paragraph, top, width), tops measured down from the float's top. Never split: it
    moves to the next page whole."""

    def __init__(self, box, placed, height, space_before, space_after):
        super().__init__()
        self.box, self.placed = box, placed
        self.h, self.sb, self.sa = height, space_before, space_after

    def getSpaceBefore(self):
        return self.sb

    def getSpaceAfter(self):
        return self.sa

    def _notes(self):
        return [n for p, _, _ in self.placed for n in p._notes]

    def wrap(self, aW, aH):
        self.aW = aW
        self.bw, self.bh = self.box.wrap(aW, 1e6)
        for p, _, w in self.placed:
            p.wrap(w, 1e6)
        notes = self._notes()
        if notes:
            foot = next(p._foot for p, _, _ in self.placed if p._notes)
            if self.h + foot.height(notes, aW) > aH:
                return aW, self.h + foot.height(notes, aW)
        return aW, self.h

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        top = y + self.h
        self.box.drawOn(canv, x + self.aW - self.bw, top - self.bh)
        for p, t, w in self.placed:
            _, h = p.wrap(w, 1e6)
            p._frame = getattr(self, "_frame", None)
            p.drawOn(canv, x, top - t - h)


# --- styles, tables -------------------------------------------------------------------


def _styles(sans, bold, italic):
    def style(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"ph-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=HANG, bulletIndent=0, bulletFontName=sans,
                      bulletFontSize=9.5, spaceAfter=4),
        "label": style("label", bold, 10, 13, textColor=ACCENT, spaceBefore=10, spaceAfter=2,
                       keepWithNext=1),
        "theme": style("theme", sans, 9, 11, textColor=WHITE),
        "title": style("title", bold, 20, 23, textColor=WHITE),
        "caption": style("caption", italic, 7.5, 9.5, textColor=GREY),
        "fact_big": style("factb", bold, 20, 22, textColor=ACCENT),
        "fact_line": style("factl", sans, 9, 11.5, textColor=INK),
        "toc_h": style("toch", bold, 20, 24, textColor=ACCENT, spaceAfter=18),
        "toc_theme": style("toct", bold, 8.5, 11, textColor=ACCENT, spaceBefore=12,
                           spaceAfter=3, keepWithNext=1),
        "toc": style("toc", sans, 10, 13),
        "toc_page": style("tocp", bold, 10, 13, textColor=ACCENT, alignment=TA_RIGHT),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tcap": style("tcap", bold, 9, 12, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "tlabel": style("tl", bold, 8, 10, textColor=WHITE),
        "thead": style("th", bold, 8, 10, textColor=WHITE, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8, 10, textColor=WHITE, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 10.5),
        "tbody_b": style("tbb", bold, 8.5, 10.5),
        "tamount": style("ta", sans, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 7.5, 9.5, spaceBefore=3),
    }
    for k in ("body", "item"):  # the lines of a paragraph beside a float, and the rest
        st[f"{k}_cut"] = ParagraphStyle(f"ph-{k}-cut", st[k], spaceAfter=0)
        st[f"{k}_rest"] = ParagraphStyle(f"ph-{k}-rest", st[k], spaceBefore=0, firstLineIndent=0)
    return st


def _table(t: source.Table, st, rec) -> list:
    """The caption, the grid across the column on an accent header, the footnotes."""
    pad = 4.0
    rows, spans, placed, _totals = _grid(t, st, rec, label=False)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE)]
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, RULE))
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.6, WHITE))
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    widths = _col_widths(t, lambda s: s, FW, st, pad)
    widths[-1] -= sum(widths) - FW
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [para(t.label, st["tcap"], rec), table] + \
        [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w.]+", text)}


def _fact_ok(pr: source.Project, big: str, line: str) -> bool:
    """Every word of the fact occurs in the project's text."""
    have = _words(pr.title)
    for row in pr.rows:
        if isinstance(row, source.Field):
            have |= _words(" ".join(c for c in row.content if isinstance(c, str)))
    return all(w.strip(".") in {h.strip(".") for h in have} for w in _words(f"{big} {line}"))


def _float_fields(pr: source.Project, p: int, name: str):
    """{row index: ("photo", scene, caption) | ("fact", big, line)} for the project."""
    fields = {row.label: r for r, row in enumerate(pr.rows) if isinstance(row, source.Field)
              and row.content and isinstance(row.content[0], str)}
    out = {}
    if pr.title in PHOTOS:
        label, scene, caption = PHOTOS[pr.title]
        if label in fields:
            out[fields[label]] = ("photo", scene, caption)
    elif pr.title not in FACTS and p % 2 == 1 and fields:
        def size(r):
            return sum(len(c) for c in pr.rows[r].content if isinstance(c, str))
        r = max(fields.values(), key=size)
        out[r] = ("photo", _ROTATION[(p + 2) % len(_ROTATION)],
                  f"{pr.title}. Foto: Regio Deal {name}")
    if pr.title in FACTS:
        label, big, line = FACTS[pr.title]
        if label in fields and fields[label] not in out and _fact_ok(pr, big, line):
            out[fields[label]] = ("fact", big, line)
    return out


# --- the document ---------------------------------------------------------------------


def render_photos(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, italic = _fonts()
    st = _styles(sans, bold, italic)
    name = dossier_name(dossier)
    footer = f"Programma Regio Deal {name} {PERIOD}".replace("  ", " ")
    cover_scene = "water" if re.search(r"zeeland|delta|kust", name.lower()) else "land"
    cover_jpeg = photo(_seed("cover", name), _px(WIDTH), _px(COVER_H), cover_scene, True)

    def text_para(text, rec, cut=False, like=None):
        """A field paragraph: a list item with its marker hanging, else body text (`cut`:
        the lines of a paragraph beside a float, the rest follows under it); set in the
        face that shows every character of `like` (the whole paragraph) or of `text`."""
        m = _LIST.match(text)
        base = st[("item" if m else "body") + ("_cut" if cut else "")]
        font = font_for(like or text, base.fontName)
        if font != base.fontName:
            base = ParagraphStyle(f"{base.name}-{font}", base, fontName=font, bulletFontName=font)
        if m is None:
            return para(text, base, rec)
        return para("", base, rec,
                    markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")

    def body_words(text):
        m = _LIST.match(text)
        return (m.group(2) if m else text).split()

    def once(info):
        truth = Truth(dossier, "photos")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=2.5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "photos"))

        def cover(canv, d):
            canv.saveState()
            _draw_jpeg(canv, cover_jpeg, 0, HEIGHT - COVER_H, WIDTH, COVER_H)
            x, y = MARGIN, HEIGHT - COVER_H + 2.2 * cm
            canv.setFillColor(WHITE)
            canv.setFont(sans, 15)
            canv.drawString(x, y, "Projecten in beeld")
            title = f"Regio Deal {name}".strip()
            canv.setFont(font_for(title, bold), 34)
            canv.drawString(x, y + 26, title)
            canv.setFont(sans, 10)
            canv.drawString(x, y + 26 + 44, f"PROGRAMMA {PERIOD}")
            canv.setFillColor(ACCENT)
            canv.rect(x, HEIGHT - COVER_H - 2.2 * cm, 2 * cm, 5, stroke=0, fill=1)
            canv.setFont(bold, 12)
            canv.drawString(x, HEIGHT - COVER_H - 3.0 * cm, "Projectvoorstellen")
            canv.restoreState()

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(footer, sans), 7.5)
            canv.drawString(MARGIN, 1.1 * cm, footer)
            canv.drawRightString(WIDTH - MARGIN, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("cover", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN)], onPage=cover),
            PageTemplate("page", [frame], onPage=furniture,
                         onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [NextPageTemplate("page"), Spacer(0, 1), PageBreak(),
                       para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(pr.theme.upper(), st["toc_theme"]))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)])))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            opener = photo(_seed("opener", pr.title), _px(FW), _px(OPENER_H), _scene(pr, p), True)
            story += [PageBreak(), _Opener(opener, para(pr.theme.upper(), st["theme"], rec),
                                           para(pr.title, st["title"], truth.heading(p)))]
            story += project_body(pr, p, rec, foot)
        doc.build(story)
        return truth

    def make_float(spec, pr, rec):
        if spec[0] == "photo":
            _, scene, caption = spec
            jpeg = photo(_seed("inline", pr.title), _px(PHOTO_W), _px(PHOTO_H), scene)
            return _PhotoFloat(jpeg, para(caption, st["caption"], rec))
        _, big, line = spec
        return _FactBox(para(big, st["fact_big"], rec), para(line, st["fact_line"], rec))

    def project_body(pr, p, rec, foot) -> list:
        floats = _float_fields(pr, p, name)
        owner, loose = _note_owners(pr, set(range(len(pr.rows))))
        units = []  # ("label", r) | ("float", r) | ("text", r, i) | ("ntable", r, i) | ("table", r)
        for r, row in enumerate(pr.rows):
            if isinstance(row, source.Table):
                units.append(("table", r))
                continue
            units.append(("label", r))
            if r in floats:
                units.append(("float", r))
            for i, c in enumerate(row.content):
                units.append(("text", r, i) if isinstance(c, str) else ("ntable", r, i))

        def unit_para(u):
            if u[0] == "label":
                return para(pr.rows[u[1]].label, st["label"], rec)
            return text_para(pr.rows[u[1]].content[u[2]], rec)

        def attach(q, u, text=None):
            if u[0] == "text" and (u[1], u[2]) in owner:
                notes = [n for n in owner[(u[1], u[2])] if text is None or has_mark(text, n.mark)]
                if notes:
                    q._notes, q._foot = tuple(notes), foot
            return q

        story: list = []
        last_q = None
        k = 0
        while k < len(units):
            u = units[k]
            if u[0] == "table":
                story += _table(pr.rows[u[1]], st, rec)
                k += 1
                continue
            if u[0] == "ntable":
                story += _table(pr.rows[u[1]].content[u[2]], st, rec)
                k += 1
                continue
            if u[0] != "float":
                q = attach(unit_para(u), u)
                story.append(q)
                if u[0] == "text":
                    last_q = q
                k += 1
                continue
            # A float: set the text beside it until the lines pass its foot.
            box = make_float(floats[u[1]], pr, rec)
            bw, bh = box.wrap(FW, 1e6)
            narrow = FW - bw - GUTTER
            foot_y = bh + DIST
            placed, y, prev_sa, space_before, remainder = [], 0.0, None, 0.0, None
            k += 1
            while k < len(units) and units[k][0] in ("label", "text"):
                v = units[k]
                q = unit_para(v)
                gap = 0.0 if prev_sa is None else max(q.getSpaceBefore(), prev_sa)
                top = y + gap
                if top >= foot_y:
                    break
                if prev_sa is None:
                    space_before = q.getSpaceBefore()
                _, h = q.wrap(narrow, 1e6)
                beside = math.ceil((foot_y - top) / q.style.leading - 1e-9)
                if v[0] == "text" and len(q.blPara.lines) > beside:
                    # the longest run of words that fills the lines beside the float
                    text = pr.rows[v[1]].content[v[2]]
                    words = body_words(text)
                    mk = _LIST.match(text)

                    def cut(m, text=text, words=words, mk=mk, narrow=narrow):
                        head = " ".join(words[:m])
                        head = f"{mk.group(1)} {head}" if mk else head
                        c = text_para(head, rec, cut=True, like=text)
                        c.wrap(narrow, 1e6)
                        return head, c

                    lo, hi = 1, len(words) - 1  # lines(words[:m]) <= beside for m <= answer
                    while lo < hi:
                        mid = (lo + hi + 1) // 2
                        if len(cut(mid)[1].blPara.lines) <= beside:
                            lo = mid
                        else:
                            hi = mid - 1
                    m = lo
                    head, q = cut(m)
                    tail = " ".join(words[m:])
                    attach(q, v, head)
                    _, h = q.wrap(narrow, 1e6)
                    assert len(q.blPara.lines) == beside, (len(q.blPara.lines), beside)
                    placed.append((q, top, narrow))
                    rest_style = st["item_rest" if mk else "body_rest"]
                    font = font_for(text, rest_style.fontName)
                    if font != rest_style.fontName:
                        rest_style = ParagraphStyle(f"{rest_style.name}-{font}", rest_style,
                                                    fontName=font)
                    remainder = para(tail, rest_style, rec)
                    notes = [n for n in owner.get((v[1], v[2]), ()) if n not in q._notes]
                    if notes:
                        remainder._notes, remainder._foot = tuple(notes), foot
                    y, prev_sa = top + h, 0.0
                    k += 1
                    break
                attach(q, v)
                placed.append((q, top, narrow))
                if v[0] == "text":
                    last_q = q
                y, prev_sa = top + h, q.getSpaceAfter()
                k += 1
            ends = k >= len(units) or units[k][0] not in ("label", "text")
            height = max(y, foot_y) if ends and remainder is None else y
            story.append(_Wrapped(box, placed, height, space_before, prev_sa or 0.0))
            if remainder is not None:
                story.append(remainder)
                last_q = remainder
        if loose:  # notes whose mark is nowhere in the text: with the last paragraph
            if last_q is None:
                last_q = para("", st["body"], rec)
                story.append(last_q)
            last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        return story

    return build_until_stable(once)
