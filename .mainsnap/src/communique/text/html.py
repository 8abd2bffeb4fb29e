"""Plain text from an HTML page (the standard library's ``html.parser``): entities decoded,
scripts, styles and page furniture (navigation, forms, headers and footers) dropped, one
paragraph per block element, the page title (``<h1>``, else ``<title>``) as the first line.

The article's character offsets then index this extracted text, not the markup.

>>> page = "<html><head><title>T</title><script>var googletag;</script></head>"
>>> page += "<body><nav>Home | News</nav><h1>Talks &amp; aid</h1><p>Envoys&nbsp;met.</p></body></html>"
>>> print(html_to_text(page))
Talks & aid
<BLANKLINE>
Envoys met.
>>> looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"), looks_like_html("Talks resume.")
(True, False)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# Content of these is never article text.
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "nav", "form", "select",
         "button", "iframe", "object", "canvas", "aside", "footer", "header", "menu"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "address", "br",
          "hr", "body", "html", "td", "th", "caption", "details", "summary"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip: list[str] = []  # open skipped elements (a stack, so nesting is right)
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_title = False
        self.in_h1 = False

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self.in_title = True
        if self.skip:
            if tag in _SKIP and tag not in _VOID:
                self.skip.append(tag)
            return
        if tag in _SKIP:
            self._flush()
            self.skip.append(tag)
            return
        if tag == "h1" and not self.h1:
            self.in_h1 = True
        if tag in _BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if not self.skip and tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skip:
            return
        if self.in_h1:
            self.h1.append(data)
        self.current.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page, paragraphs separated by blank lines."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    parser._flush()
    blocks = parser.blocks
    heading = re.sub(r"\s+", " ", "".join(parser.h1)).strip()
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip()
    if not heading and title and (not blocks or blocks[0] != title):
        blocks = [title, *blocks]
    return "\n\n".join(blocks)


_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|span|a|script|style|br|li|td|meta|link|img|h[1-6])\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether a text file is clearly an HTML page (a doctype or ``<html>`` start, or mostly tags)."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = _TAG.findall(head)
    return len(tags) >= 8 and sum(map(len, tags)) > 0.2 * len(head)
