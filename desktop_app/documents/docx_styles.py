"""The Word file's paragraph styles: the look of the PDF, as named styles.

Every paragraph of the Word file has a style of its own kind, so that Word's navigation
pane and table of contents show the headings, and a change of look is made once, in the
style: *Title* (the type name) and *Subtitle* (the trích yếu), *Heading 1–3* (I., 1.,
a)), *Body Text* (justified, 1.27 cm first-line indent, 6 pt after), *Table Text* and
*Table Heading*, *Signature* and *Signature Date*, *Recipients* and *Recipients Title*
(Nơi nhận), *Letterhead* (the header's lines), *Caption*, *Appendix Title*.

Word's own rules keep the pages as the PDF keeps them: widow and orphan control on every
paragraph, headings (and titles) kept with the next paragraph and never split.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT = "Times New Roman"
FIRST_LINE_INDENT = Cm(1.27)

TITLE = "Title"
SUBTITLE = "Subtitle"
HEADINGS = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
BODY = "Body Text"
BODY_FLUSH = "Body Text Flush"  # a paragraph without first-line indent ("Họ và tên: …")
TABLE_TEXT = "Table Text"
TABLE_HEADING = "Table Heading"
SIGNATURE = "Signature"
SIGNATURE_DATE = "Signature Date"
RECIPIENTS = "Recipients"
RECIPIENTS_TITLE = "Recipients Title"
LETTERHEAD = "Letterhead"
LETTERHEAD_CELL = "Letterhead Cell"  # the issuing cell's name, bold
LETTERHEAD_DATE = "Letterhead Date"  # the place-date line, italic
PARTY_NAME = "Party Name"
TITLE_RULE = "Title Rule"  # the short "-----" under the title block
DRAFT_MARK = "Draft Mark"  # "(Dự thảo)" under the title of a draft
CAPTION = "Caption"
FIGURE = "Figure"  # the paragraph holding a chart's picture
APPENDIX_TITLE = "Appendix Title"
APPENDIX_SUBTITLE = "Appendix Subtitle"
SPACER = "Spacer"  # an empty paragraph holding 6 pt (after a table, before a signature)


@dataclass(frozen=True)
class Look:
    size: float
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT
    indent: bool = False
    before: float = 0
    after: float = 0
    keep_with_next: bool = False
    base: str = "Normal"


def looks(body: float) -> dict[str, Look]:
    """Each style's look, *body* the body size in points (the PDF's styles, pdf.py)."""
    centre, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    return {
        TITLE: Look(15, bold=True, align=centre, before=12, keep_with_next=True),
        SUBTITLE: Look(14, bold=True, align=centre, keep_with_next=True),
        HEADINGS[1]: Look(body, bold=True, align=justify, indent=True, before=6, after=6,
                          keep_with_next=True),
        HEADINGS[2]: Look(body, bold=True, align=justify, indent=True, after=6,
                          keep_with_next=True),
        HEADINGS[3]: Look(body, italic=True, align=justify, indent=True, after=6,
                          keep_with_next=True),
        BODY: Look(body, align=justify, indent=True, after=6),
        BODY_FLUSH: Look(body, align=justify, after=6, base=BODY),
        TABLE_TEXT: Look(body - 1),
        TABLE_HEADING: Look(body - 1, bold=True, align=centre, base=TABLE_TEXT),
        SIGNATURE: Look(14, bold=True, align=centre),
        SIGNATURE_DATE: Look(14, italic=True, align=centre, base=SIGNATURE),
        RECIPIENTS: Look(12),
        RECIPIENTS_TITLE: Look(12, bold=True, italic=True, keep_with_next=True,
                               base=RECIPIENTS),
        LETTERHEAD: Look(14, align=centre),
        LETTERHEAD_CELL: Look(14, bold=True, align=centre, base=LETTERHEAD),
        LETTERHEAD_DATE: Look(14, italic=True, align=centre, base=LETTERHEAD),
        PARTY_NAME: Look(15, bold=True, align=centre, base=LETTERHEAD),
        TITLE_RULE: Look(14, align=centre, after=12),
        DRAFT_MARK: Look(14, italic=True, align=centre, keep_with_next=True),
        CAPTION: Look(12, italic=True, align=centre, before=4, after=6),
        FIGURE: Look(body, align=centre, keep_with_next=True),
        APPENDIX_TITLE: Look(14, bold=True, align=centre, keep_with_next=True),
        APPENDIX_SUBTITLE: Look(14, italic=True, align=centre, keep_with_next=True),
        SPACER: Look(6),
    }


def _fonts(element) -> None:
    """Times New Roman for every script (Vietnamese letters count as several)."""
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _reset(style) -> None:
    """Drop the template's look of a built-in style (colours, borders, theme fonts),
    keeping its outline level (what the navigation pane and the contents read)."""
    element = style.element
    for tag in ("w:pPr", "w:rPr"):
        found = element.find(qn(tag))
        if found is None:
            continue
        for child in list(found):
            if child.tag != qn("w:outlineLvl"):
                found.remove(child)


def _style(document, name: str):
    styles = document.styles
    try:
        return styles[name]
    except KeyError:
        return styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)


def install(document, body: float) -> None:
    """Give *document* the styles of a Party document (its Normal style included)."""
    normal = document.styles["Normal"]
    _reset(normal)
    normal.font.name = FONT
    normal.font.size = Pt(body)
    _fonts(normal.element)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing = 1.0
    fmt.widow_control = True
    for name, look in looks(body).items():
        style = _style(document, name)
        _reset(style)
        style.base_style = document.styles[look.base]
        style.hidden = False
        style.quick_style = name in (TITLE, SUBTITLE, BODY, *HEADINGS.values())
        font = style.font
        font.name = FONT
        _fonts(style.element)
        font.size = Pt(look.size)
        font.bold, font.italic = look.bold, look.italic
        font.color.rgb = RGBColor(0, 0, 0)
        fmt = style.paragraph_format
        fmt.alignment = look.align
        fmt.first_line_indent = FIRST_LINE_INDENT if look.indent else Pt(0)
        fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
        fmt.line_spacing = 1.0
        fmt.widow_control = True
        fmt.keep_with_next = look.keep_with_next
        fmt.keep_together = look.keep_with_next  # a heading is never split either
        style.next_paragraph_style = document.styles[BODY if name in HEADINGS.values()
                                                     else name]
