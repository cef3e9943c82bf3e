"""MkDocs plugin ``dlvm-timeline``: the DLVM Support Timeline widget as Markdown.

Two forms, replaced in ``on_page_markdown`` (before Markdown conversion):

- inline, a badge: ``:dlvm-badge:pytorch/2.4:``
- a block, any view: a fenced code block with the language ``dlvm-timeline``
  holding ``key: value`` lines (the embed attribute names without ``data-``).

Neither is replaced inside other fenced code blocks, inline code spans or
HTML comments, so pages can show the syntax. What other extensions bring
into a page during conversion (files ``pymdownx.snippets`` includes) is
replaced there, by a Markdown preprocessor that runs after theirs. Every
instance is checked against the facts the Rust core wrote (``data.json``,
read by the shared ``_embed`` module); a bad
one is logged as a warning naming the page and line (``mkdocs build
--strict`` then fails) and is left on the page as code. The bundle is copied
once per build into ``site/dlvm-timeline/``; only pages that use the widget
get its loader, inside the page content so that Material's instant navigation
runs it too (it re-creates the scripts of the content it swaps in, and only
those).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.utils import get_relative_url

from . import _embed

log = logging.getLogger("mkdocs.plugins.dlvm_timeline")

#: The language of a block fence that holds an instance.
FENCE_LANG = "dlvm-timeline"

# A fence opens with 3+ backticks or tildes, indented by anything (inside an
# admonition or a list item); its info string decides whether it is ours.
_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
# An inline code span, as Python-Markdown reads one: a run of backticks up to
# the next run of the same length, within one paragraph (no blank line).
_CODE_SPAN = re.compile(r"(?<!\\)(?P<ticks>`+)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`)", re.S)
_BADGE = re.compile(r":dlvm-badge:(?P<id>[^\s:`|<>]+):")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
#: Where the preprocessor for included text runs: after ``pymdownx.snippets``
#: (32) has included its files, before the fences (25) and raw HTML (20) are read.
_INCLUDED_PRIORITY = 31
# A block view's element alone in a paragraph: Python-Markdown wraps custom
# elements in <p> (it only knows HTML's own block tags); the element is
# unwrapped after conversion so a card or timeline is not a paragraph.
_WRAPPED_BLOCK = re.compile(
    r"<p>\s*(<dlvm-timeline(?![^>]*\bview=\"badge\")[^>]*>[^<]*</dlvm-timeline>)\s*</p>")
# Characters Markdown (and the usual extensions: smarty, emoji, tables,
# attr_list) would act on in the fallback text; written as numeric character
# references they are plain text to every one of them.
_MARKDOWN_ACTIVE = set("\\`*_{}[]|:~^=+<>&\"'")


class DlvmTimelineConfig(base.Config):
    #: Language of every instance (``es``, ``en-GB``...); default: the
    #: theme's ``language`` (Material sets one), else the page's own.
    lang = c.Optional(c.Type(str))
    #: How many days ahead "soon" warnings start; default: the widget's.
    warn_days = c.Optional(c.Type(int))


@dataclass
class Instance:
    """One instance as written on a page: its options and where they are."""

    attributes: dict[str, str]
    line: int
    #: The line each option was written on (a block's keys), for warnings.
    lines: dict[str, int]
    #: Problems found before the options reach ``_embed.read``, with their line.
    problems: list[tuple[int, str]]

    def line_of(self, problem: str) -> int:
        """The line a problem of ``_embed.read`` is about: its option's, if
        the problem starts with an option's name, else the instance's."""
        return self.lines.get(problem.split(":", 1)[0], self.line)


class DlvmTimelinePlugin(BasePlugin[DlvmTimelineConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        super().__init__()
        self.defaults: dict[str, str] = {}
        # Pages (src_uri) that hold at least one instance, and the views they
        # show: only they get the loader, with the files for those views
        # preloaded.
        self.pages_using: dict[str, set[str]] = {}
        # The page being converted, for the preprocessor of included text.
        self.page = None

    def on_config(self, config):
        lang = self.config.lang
        if lang is None:
            lang = config.theme.get("language")
        warn_days = self.config.warn_days
        self.defaults = {
            "lang": str(lang) if lang else "",
            "warn-days": "" if warn_days is None else str(warn_days),
        }
        # The site-wide options are checked once, here, instead of on every page.
        problems = _embed.read({}, defaults=self.defaults).problems
        if problems:
            raise PluginError(f"dlvm-timeline: plugin options: {'; '.join(problems)}")
        self.pages_using = {}
        config.markdown_extensions.append(_IncludedText(self))
        return config

    def on_page_markdown(self, markdown, page, config, files):
        self.page = page
        self.pages_using.pop(page.file.src_uri, None)
        return self.replace(markdown, page, _front_matter_lines(page, markdown))

    def replace(self, markdown: str, page, offset: int | None) -> str:
        """``markdown`` with its instances replaced, a warning per problem at
        the page's line (``offset`` lines of front matter before it), or,
        for text another extension included (``offset`` None), at the page."""
        views: set[str] = set()

        def emit(instance: Instance) -> str | None:
            """The element, or None (and a warning per problem) if it has problems."""
            embed = _embed.read(instance.attributes, defaults=self.defaults)
            problems = instance.problems + [(instance.line_of(p), p) for p in embed.problems]
            for line, problem in problems:
                where = (f"{page.file.src_uri}:{line + offset}" if offset is not None
                         else f"{page.file.src_uri} (in a file it includes)")
                log.warning(f"{where}: dlvm-timeline: {problem}")
            if problems:
                return None
            views.add(embed.view)
            return _element(embed)

        text = _replace_outside_code(markdown, emit)
        if views:
            self.pages_using.setdefault(page.file.src_uri, set()).update(views)
        return text

    def on_page_content(self, html_text, page, config, files):
        self.page = None
        if page.file.src_uri not in self.pages_using:
            return html_text
        html_text = _WRAPPED_BLOCK.sub(r"\1", html_text)
        src = get_relative_url(f"{_embed.ASSETS_FOLDER}/{_embed.ENTRY}", page.url)
        reserve = get_relative_url(f"{_embed.ASSETS_FOLDER}/{_embed.RESERVE}", page.url)
        folder = src[: -len(_embed.ENTRY)]
        preloads = _embed.preload_tags(folder, self.pages_using[page.file.src_uri])
        # Inside the content, not in <head> or at the end of <body>: Material's
        # instant navigation swaps the content in and re-creates only the
        # scripts inside it (a module runs once per document either way). The
        # stylesheet that keeps each instance's space comes first, so it
        # applies before the instances are painted, with the links that fetch
        # the files the loader will ask for.
        return f"{_embed.reserve_tag(reserve)}{preloads}\n{html_text}\n{_embed.loader_tag(src)}\n"

    def on_post_build(self, config):
        _embed.copy_bundle(config.site_dir)


class _IncludedText(Extension):
    """Replaces the instances of text included into a page during its
    conversion (``pymdownx.snippets``), after the extension that includes
    it; the page's own were replaced before (``on_page_markdown``)."""

    def __init__(self, plugin: DlvmTimelinePlugin) -> None:
        super().__init__()
        self.plugin = plugin

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_IncludedPreprocessor(md, self.plugin), "dlvm_timeline_included",
                                  _INCLUDED_PRIORITY)


class _IncludedPreprocessor(Preprocessor):
    def __init__(self, md, plugin: DlvmTimelinePlugin) -> None:
        super().__init__(md)
        self.plugin = plugin

    def run(self, lines: list[str]) -> list[str]:
        page = self.plugin.page
        if page is None:
            return lines
        return self.plugin.replace("\n".join(lines), page, None).split("\n")


def _element(embed: _embed.Embed) -> str:
    """The element on one line, its fallback text inert to Markdown and ``|``
    kept out of its attributes so a badge in a table cell keeps the row."""
    markup = embed.html()
    open_tag = markup[: markup.index(">") + 1].replace("|", "&#124;")
    text = "".join(f"&#{ord(ch)};" if ch in _MARKDOWN_ACTIVE else ch for ch in embed.text())
    return f"{open_tag}{text}</{_embed.data()['element']}>"


def _front_matter_lines(page, markdown: str) -> int:
    """How many lines of the file come before ``markdown`` (the YAML or
    MultiMarkdown meta MkDocs strips), so warnings give the file's lines."""
    try:
        source = page.file.content_string.replace("\r\n", "\n")
    except (OSError, AttributeError, TypeError):
        return 0
    body = markdown.replace("\r\n", "\n")
    if not body or not source.endswith(body):
        return 0
    return source[: len(source) - len(body)].count("\n")


def _replace_outside_code(markdown: str, emit) -> str:
    """Replaces the block fences and the badges of ``markdown``, leaving
    other fenced code blocks and inline code spans as they are."""
    lines = markdown.split("\n")
    out: list[str] = []
    prose: list[str] = []
    prose_start = 1
    i = 0
    while i < len(lines):
        opening = _FENCE_OPEN.match(lines[i])
        if opening and opening.group("fence")[0] == "`" and "`" in opening.group("info"):
            opening = None  # ```a``` on one line is a code span, not a fence
        if not opening:
            if not prose:
                prose_start = i + 1
            prose.append(lines[i])
            i += 1
            continue
        out.extend(_replace_badges("\n".join(prose), prose_start, emit).split("\n") if prose else [])
        prose = []
        end, closed = _fence_end(lines, i, opening.group("fence"))
        fence_lines = lines[i:end + 1]
        if opening.group("info") == FENCE_LANG:
            out.extend(_replace_block(fence_lines, i + 1, opening.group("indent"), closed, emit))
        else:
            out.extend(fence_lines)
        i = end + 1
    if prose:
        out.extend(_replace_badges("\n".join(prose), prose_start, emit).split("\n"))
    return "\n".join(out)


def _fence_end(lines: list[str], start: int, fence: str) -> tuple[int, bool]:
    """The index of the line closing the fence opened at ``start`` and True,
    or the last line and False if it is never closed (the block then runs to
    the end of the page)."""
    closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
    for j in range(start + 1, len(lines)):
        if closing.match(lines[j]):
            return j, True
    return len(lines) - 1, False


def _replace_badges(text: str, first_line: int, emit) -> str:
    """Replaces ``:dlvm-badge:ID:`` in prose, skipping inline code spans and
    HTML comments."""
    spans = [m.span() for m in (*_CODE_SPAN.finditer(text), *_HTML_COMMENT.finditer(text))]

    def in_code(pos: int) -> bool:
        return any(start <= pos < end for start, end in spans)

    def replace(match: re.Match) -> str:
        if in_code(match.start()):
            return match.group(0)
        line = first_line + text.count("\n", 0, match.start())
        instance = Instance({"view": "badge", "version": match.group("id")}, line, {}, [])
        element = emit(instance)
        # A bad badge stays on the page as code, so a non-strict build shows it.
        return f"`{match.group(0)}`" if element is None else element

    return _BADGE.sub(replace, text)


def _replace_block(fence_lines: list[str], first_line: int, indent: str, closed: bool,
                   emit) -> list[str]:
    """A ``dlvm-timeline`` fence: the element as a raw HTML block (blank lines
    around it, at the fence's indentation), or, if it has problems, the
    fence as plain code."""
    element = emit(_read_block(fence_lines, first_line, closed))
    if element is None:
        return [fence_lines[0].replace(FENCE_LANG, "text", 1), *fence_lines[1:]]
    return ["", indent + element, ""]


def _read_block(fence_lines: list[str], first_line: int, closed: bool) -> Instance:
    """The options of a block: ``key: value`` lines, blank lines ignored; the
    view defaults to card with a version, timeline with a framework, else full."""
    attributes: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    body = fence_lines[1:-1] if closed else fence_lines[1:]
    for number, line in enumerate(body, start=first_line + 1):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or not key:
            problems.append((number, f"expected a 'key: value' line; found {line.strip()!r}"))
            continue
        if key in attributes:
            problems.append((number, f"{key}: given twice"))
            continue
        attributes[key], lines[key] = value.strip(), number
    if "view" not in attributes:
        attributes["view"] = ("card" if "version" in attributes
                              else "timeline" if "framework" in attributes else "full")
    return Instance(attributes, first_line, lines, problems)


__all__ = ["DlvmTimelinePlugin", "DlvmTimelineConfig"]
