"""Sphinx extension: the DLVM Support Timeline widget in a page.

``extensions = ["sphinx_dlvm_timeline"]`` adds

* the ``dlvm-timeline`` directive for the block views (full, timeline, card)::

      .. dlvm-timeline:: pytorch/2.4
         :lang: es

* the ``dlvm-badge`` role for the inline badge: ``:dlvm-badge:`pytorch/2.4```.

Every instance is checked while the page is read, against the facts this
release of the widget ships (``data.json``): a problem is a warning naming the
file and line (so ``-W`` fails the build) and the instance is left out, never
shown broken. HTML builders get the element, the bundle once in
``_static/dlvm-timeline/`` and the loader script on the pages that use it;
every other builder gets the version's facts as text. All the checking and
writing is in ``_embed`` (shared with the MkDocs plugin); this module only
wires it into Sphinx.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, SphinxRole

from . import _embed

logger = logging.getLogger(__name__)

#: The loader, relative to the HTML static folder (``_static/``).
LOADER = f"{_embed.ASSETS_FOLDER}/{_embed.ENTRY}"
RESERVE = f"{_embed.ASSETS_FOLDER}/{_embed.RESERVE}"
#: The directive's options: the embed attributes but the version, which is
#: its argument.
DIRECTIVE_OPTIONS = tuple(name for name in _embed.OPTIONS if name != "version")


class dlvm_timeline(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes in lower case)
    """A block instance; ``node["attributes"]`` holds its checked attributes."""


class dlvm_badge(nodes.Inline, nodes.Element):  # noqa: N801
    """An inline badge; ``node["attributes"]`` holds its checked attributes."""


INSTANCE_NODES = (dlvm_timeline, dlvm_badge)


def uses_script(builder: Any) -> bool:
    """Whether the builder's pages run the widget: HTML pages do; EPUB
    readers don't run module scripts, and the other formats have none."""
    return builder.format == "html" and not builder.name.startswith("epub")


def site_defaults(config: Any) -> dict[str, str]:
    """What conf.py sets for every instance that leaves it out: the language
    (``dlvm_timeline_lang``, else Sphinx's ``language``) and the warn-days.
    A value the widget would refuse is left out (``check_config`` warns once)."""
    defaults = {}
    lang = config.dlvm_timeline_lang or config.language
    if lang:
        # Sphinx spells regions with "_" (pt_BR); HTML's lang takes BCP 47 (pt-BR).
        defaults["lang"] = str(lang).replace("_", "-")
    warn_days = config.dlvm_timeline_warn_days
    if warn_days is not None and not _embed.read({"warn-days": str(warn_days)}).problems:
        defaults["warn-days"] = str(warn_days)
    return defaults


def check_config(app: Any, config: Any) -> None:
    warn_days = config.dlvm_timeline_warn_days
    if warn_days is None:
        return
    for problem in _embed.read({"warn-days": str(warn_days)}).problems:
        logger.warning("dlvm_timeline_warn_days: %s", problem, type="dlvm_timeline", subtype="config")


def report(what: str, problems: list[str], location: str) -> None:
    """One warning per problem, at the instance's file and line; ``what`` is
    the directive or role as written."""
    for problem in problems:
        logger.warning("%s: %s", what, problem, location=location,
                       type="dlvm_timeline", subtype="instance")


#: The view a directive shows without ``:view:``, by what its argument
#: names: a version's card, a framework's timeline; no argument: everything.
DEFAULT_VIEWS = {"version": "card", "framework": "timeline", None: "full"}


class TimelineDirective(SphinxDirective):
    """``.. dlvm-timeline:: [version | framework]`` with the embed options.

    An argument with a slash is a version id (``pytorch/2.4``), one without is
    a framework (``pytorch``)."""

    optional_arguments = 1
    option_spec = {name: directives.unchanged_required for name in DIRECTIVE_OPTIONS}

    def run(self) -> list[nodes.Node]:
        attributes = dict(self.options)
        problems, kind = [], None
        if self.arguments:
            argument = self.arguments[0]
            kind = "version" if "/" in argument else "framework"
            if kind in attributes:
                problems.append(f"{kind}: given both as the argument ({argument!r}) and as an option")
            attributes[kind] = argument
        given_view = "view" in attributes
        attributes.setdefault("view", DEFAULT_VIEWS[kind])
        embed = _embed.read(attributes, defaults=site_defaults(self.config))
        problems += embed.problems
        if given_view and embed.is_inline:
            problems.append("view: the badge is inline: write it with the role, "
                            f":dlvm-badge:`{attributes.get('version', 'pytorch/2.4')}`")
        if problems:
            report(f"{self.name} directive", problems, self.get_location())
            return []
        node = dlvm_timeline(attributes=embed.attributes)
        self.set_source_info(node)
        return [node]


class BadgeRole(SphinxRole):
    """``:dlvm-badge:`pytorch/2.4```: the version's badge, inline."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        embed = _embed.read({"view": "badge", "version": self.text},
                            defaults=site_defaults(self.config))
        if embed.problems:
            report(f"{self.name} role", embed.problems, self.get_location())
            # The sentence stays whole: the id as written, without a widget.
            return [nodes.literal(self.rawtext, self.text)], []
        node = dlvm_badge(self.rawtext, attributes=embed.attributes)
        self.set_source_info(node)
        return [node], []


def visit_instance_html(translator: Any, node: nodes.Element) -> None:
    markup = _embed.Embed(dict(node["attributes"])).html()
    # A block on its own line, as Sphinx writes its other body elements.
    translator.body.append(markup if isinstance(node, dlvm_badge) else markup + "\n")
    raise nodes.SkipNode


def write_text_for_builders_without_script(app: Any, doctree: nodes.document, docname: str) -> None:
    """For builders whose output runs no script (text, LaTeX, man, EPUB…):
    each instance becomes its facts in words, inline for a badge, a paragraph
    for a block (nothing when the view has no one version to state)."""
    if uses_script(app.builder):
        return
    for node in list(doctree.findall(lambda n: isinstance(n, INSTANCE_NODES))):
        text = _embed.Embed(dict(node["attributes"])).text(every_version=True)
        if isinstance(node, dlvm_badge):
            node.replace_self(nodes.Text(text))
        elif text:
            node.replace_self(nodes.paragraph(text, text))
        else:
            node.parent.remove(node)


def refuse_badges_in_headings(app: Any, doctree: nodes.document) -> None:
    """A badge in a section's title: a warning at its line, and the id as
    written in its place. Sphinx copies titles into the tables of contents
    and the navigation of every page, where no loader runs (and where the
    text builders have no writer for the element)."""
    for node in list(doctree.findall(dlvm_badge)):
        if inside(node, lambda a: isinstance(a, nodes.title) and isinstance(a.parent, nodes.section)):
            logger.warning("dlvm-badge role: a badge can't sit in a heading, which the tables of contents "
                           "copy; write it in the text below the heading", location=node,
                           type="dlvm_timeline", subtype="instance")
            node.replace_self(nodes.literal(node.rawsource, node["attributes"]["version"]))


def inside(node: nodes.Node, test: Any) -> bool:
    """Whether one of the elements ``node`` sits in passes ``test``."""
    while node.parent is not None:
        node = node.parent
        if test(node):
            return True
    return False


def shown(node: nodes.Node) -> bool:
    """Whether the page shows ``node``: not when it is only a substitution's
    definition (``rst_epilog``'s reach every page; their uses are copies)."""
    return not inside(node, lambda a: isinstance(a, nodes.substitution_definition))


def add_loader(app: Any, pagename: str, templatename: str, context: dict, doctree: Any) -> None:
    """The loader script, and the stylesheet that keeps each instance's
    space until it mounts (in the head: from the first paint), on the pages
    that show an instance only. Called in this event, ``add_js_file`` and
    ``add_css_file`` add them to this page alone; Sphinx writes the paths
    relative to the page (any folder depth, html or dirhtml)."""
    if doctree is None or not uses_script(app.builder):
        return
    instances = [node for node in doctree.findall(lambda n: isinstance(n, INSTANCE_NODES)) if shown(node)]
    if instances:
        app.add_js_file(LOADER, type="module")
        app.add_css_file(RESERVE)
        # The files the loader will ask for, fetched while the page loads
        # (in the head, where themes write ``metatags``).
        views = {_embed.Embed(dict(node["attributes"])).view for node in instances}
        folder = context["pathto"](f"_static/{_embed.ASSETS_FOLDER}/", 1)
        context["metatags"] = context.get("metatags", "") + _embed.preload_tags(folder, views)


def copy_bundle(app: Any, env: Any) -> None:
    """The bundle into ``_static/dlvm-timeline/``, once per build, before the
    pages are written (so Sphinx can add its ``?v=`` checksum to the loader).
    ``env-updated`` runs in the main process even with ``-j N``."""
    if uses_script(app.builder):
        _embed.copy_bundle(Path(app.outdir) / "_static")


def setup(app: Any) -> dict[str, Any]:
    app.add_config_value("dlvm_timeline_lang", None, "env", types=(str, type(None)))
    app.add_config_value("dlvm_timeline_warn_days", None, "env", types=(int, str, type(None)))
    html = (visit_instance_html, None)
    app.add_node(dlvm_timeline, html=html)
    app.add_node(dlvm_badge, html=html)
    app.add_directive("dlvm-timeline", TimelineDirective)
    app.add_role("dlvm-badge", BadgeRole())
    app.connect("config-inited", check_config)
    app.connect("env-updated", copy_bundle)
    # Before Sphinx's table-of-contents collector (priority 500) copies the titles.
    app.connect("doctree-read", refuse_badges_in_headings, priority=400)
    app.connect("doctree-resolved", write_text_for_builders_without_script)
    app.connect("html-page-context", add_loader)
    return {
        "version": _embed.version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
