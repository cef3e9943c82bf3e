"""What both docs integrations share (copied into each wheel as ``_embed.py``).

The facts come from ``data.json``, which the Rust core writes at build time
(``dlvm-timeline docs-data``): every id an embed accepts, the values each
attribute takes, each version's dates in words. This module only looks them
up; it holds no policy, no dates and no words of its own beyond the messages
of its checks. The bundle itself (``embed.js`` and the files it loads) sits in
``bundle/`` next to it.
"""

from __future__ import annotations

import difflib
import html
import json
import re
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
BUNDLE = HERE / "bundle"
ENTRY = "embed.js"
# The space each instance takes until it mounts (the bundle's reserve.css),
# linked before the instances so the page doesn't move when they paint.
RESERVE = "reserve.css"
#: Where the bundle goes inside a built site.
ASSETS_FOLDER = "dlvm-timeline"

#: The options a docs author may write, in the order they are written out.
OPTIONS = ("view", "product", "framework", "version", "at", "lang", "theme", "warn-days")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def data() -> dict:
    """The facts the Rust core wrote for this release."""
    return json.loads((HERE / "data.json").read_text(encoding="utf-8"))


def version() -> str:
    """The release: the crate's version, the same as the bundle's."""
    return data()["version"]


def copy_bundle(folder: Path) -> Path:
    """Copies the bundle into ``folder/dlvm-timeline`` once per build."""
    target = Path(folder) / ASSETS_FOLDER
    shutil.copytree(BUNDLE, target, dirs_exist_ok=True)
    return target


@dataclass
class Embed:
    """One instance as written: its attributes (without ``data-``), read."""

    attributes: dict[str, str]
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def view(self) -> str:
        return self.attributes.get("view", data()["attributes"]["view"]["default"])

    @property
    def is_inline(self) -> bool:
        return self.view == "badge"

    def record_id(self) -> str | None:
        """The catalog id the version opens, or None."""
        return resolve(self.attributes.get("version", ""))

    def html(self) -> str:
        """The element, with the day-free facts inside for readers without
        JavaScript (the shadow root hides them once the widget mounts)."""
        tag = data()["element"]
        attrs = "".join(
            f' {name}="{html.escape(self.attributes[name], quote=True)}"'
            for name in OPTIONS
            if name in self.attributes
        )
        return f"<{tag}{attrs}>{html.escape(self.text())}</{tag}>"

    def text(self, every_version: bool = False) -> str:
        """What a reader without JavaScript gets: the version and both policy
        dates in words (nothing that depends on the reader's day). A
        timeline is its framework's name, or with ``every_version`` (text,
        LaTeX and man output, where nothing replaces it) each of its
        versions' dates, newest first."""
        lang = lang_code(self.attributes.get("lang"))
        record = self.record_id()
        if record is not None:
            facts = data()["versions"][record]["facts"]
            return facts.get(lang, facts["en"])
        framework = self.attributes.get("framework")
        if not framework:
            return ""
        name = data()["framework_names"].get(framework, framework)
        if not every_version:
            return name
        product = self.attributes.get("product") or _product_of(framework)
        versions = [
            data()["versions"][id]["facts"].get(lang) or data()["versions"][id]["facts"]["en"]
            for id in data()["order"]
            if data()["versions"][id]["framework"] == framework
            and data()["versions"][id]["product"] == product
        ]
        return "; ".join(versions)


def _product_of(framework: str) -> str:
    """The product a framework alone names, as the widget reads it: the
    first whose frameworks include it (vLLM is a container framework)."""
    for product, facts in data()["products"].items():
        if product == "vm" and framework in facts["frameworks"]:
            return product
    for product, facts in data()["products"].items():
        if framework in facts["frameworks"]:
            return product
    return "vm"


def lang_code(tag: str | None) -> str:
    """The language a tag picks, by its primary subtag (``es-419`` → ``es``),
    as the widget picks it; English for the others."""
    primary = re.split(r"[-_]", (tag or "").strip())[0].lower()
    return primary if primary in data()["langs"] else "en"


def resolve(text: str) -> str | None:
    """The record id an embed's version opens (``tensorflow/2.11`` → the
    newest Python's record), or None."""
    text = text.strip()
    versions, aliases = data()["versions"], data()["aliases"]
    if text in versions:
        return text
    return aliases.get(text)


def all_ids() -> list[str]:
    return sorted([*data()["versions"], *data()["aliases"]])


def closest(text: str, count: int = 3) -> list[str]:
    """The ids that look most like ``text``: the suggestions of a warning."""
    ids = all_ids()
    found = difflib.get_close_matches(text.strip(), ids, n=count, cutoff=0.5)
    if not found:
        prefix = text.strip().split("/")[0]
        found = [i for i in ids if i.startswith(prefix + "/")][-count:]
        # A framework only containers have (vllm/0.5): its containers ids.
        found = found or [i for i in ids if prefix in i.split("/")][-count:]
    return found


def _one_of(name: str, value: str, values: list[str]) -> str:
    # The nearest allowed value, as for ids: "pytorh" is most likely "pytorch".
    near = difflib.get_close_matches(value.lower(), values, n=1, cutoff=0.5)
    hint = f"; closest: {near[0]}" if near else ""
    return f"{name}: expected one of {', '.join(values)}; found {value!r}{hint}"


def read(attributes: dict[str, str], *, defaults: dict[str, str] | None = None) -> Embed:
    """Reads one instance's options as the widget would, with the problems
    an author must fix before a reader sees it. ``defaults`` (the site's
    language, warn-days) fill in what the instance leaves out."""
    facts = data()
    spec = facts["attributes"]
    given = {k.strip().lower(): str(v).strip() for k, v in attributes.items()}
    problems = [
        f"{name}: not an option; the options are {', '.join(OPTIONS)}"
        for name in given
        if name not in OPTIONS
    ]
    values = {k: v for k, v in given.items() if k in OPTIONS}
    for name, value in (defaults or {}).items():
        if value not in (None, "") and name not in values:
            values[name] = str(value)
    embed = Embed(values, problems)

    for name in ("view", "product", "framework", "theme"):
        if name in values and values[name] not in spec[name]["values"]:
            problems.append(_one_of(name, values[name], spec[name]["values"]))
    view = embed.view
    product, framework = values.get("product"), values.get("framework")
    record_id = None
    if "version" in values:
        record_id = resolve(values["version"])
        if record_id is None:
            near = closest(values["version"])
            hint = f"; closest: {', '.join(near)}" if near else ""
            problems.append(f"version: {values['version']!r} is not a version id in the catalog "
                            f"of {facts['catalog_as_of']}{hint}")
        else:
            record = facts["versions"][record_id]
            if framework and record["framework"] != framework:
                problems.append(f"version: {record_id} is not a version of {framework}")
            if product and record["product"] != product:
                problems.append(f"version: {record_id} is not a version of product {product}")
    elif view in facts["views_needing_version"]:
        problems.append(f"version: the {view} view needs a version id, such as pytorch/2.4")
    # As the widget reads it: a version it finds settles what to show, so a
    # product without the framework is only an error when there is none.
    if (record_id is None and product in facts["products"] and framework in spec["framework"]["values"]
            and framework not in facts["products"][product]["frameworks"]):
        problems.append(f"framework: {product} has no {framework} images; its frameworks are "
                        f"{', '.join(facts['products'][product]['frameworks'])}")
    if "at" in values and not _valid_date(values["at"]):
        problems.append(f"at: expected a date as YYYY-MM-DD; found {values['at']!r}")
    if "warn-days" in values:
        text, limits = values["warn-days"], spec["warn-days"]
        if not (text.isascii() and text.isdigit() and limits["min"] <= int(text) <= limits["max"]):
            problems.append(f"warn-days: expected a number of days from {limits['min']} to "
                            f"{limits['max']}; found {text!r}")
    return embed


def _valid_date(text: str) -> bool:
    import datetime

    if not _DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def reserve_tag(href: str) -> str:
    """The stylesheet that keeps each instance's space until it mounts."""
    return f'<link rel="stylesheet" href="{html.escape(href, quote=True)}">'


#: Each entry's files as the bundle names them (content-hashed): its glue,
#: its wasm and its stylesheet, in the order embed.js asks for them.
ENTRY_FILES = {
    "lite": ("dlvm-lite.*.js", "dlvm-lite_bg.*.wasm", "cards.*.css"),
    "full": ("dlvm-timeline.*.js", "dlvm-timeline_bg.*.wasm", "style.*.css"),
}


def preload_tags(folder: str, views: set[str]) -> str:
    """Links that fetch the files ``embed.js`` will ask for on a page showing
    ``views``, while the page loads, so they don't wait for ``embed.js`` to
    arrive first (a page of badges one round trip sooner on a network: with
    40 ms a request, 167 → 128 ms). ``folder`` is the bundle's address from the
    page, ending in ``/``. Empty when the bundle doesn't hold exactly one
    file of each (then nothing is fetched twice)."""
    # The views the small entry paints (the core's `ViewKind::painted_by_lite`);
    # a page with any other view loads the whole widget.
    entry = "lite" if views <= set(data()["lite_views"]) else "full"
    names = _entry_files(entry)
    if names is None:
        return ""
    glue, wasm, sheet = (folder + name for name in names)
    # As fetch() asks for them (same-origin credentials: `crossorigin`), so
    # the browser uses what it preloaded.
    return "".join(
        [
            f'<link rel="modulepreload" href="{html.escape(glue, quote=True)}">',
            f'<link rel="preload" as="fetch" crossorigin href="{html.escape(wasm, quote=True)}">',
            f'<link rel="preload" as="fetch" crossorigin href="{html.escape(sheet, quote=True)}">',
        ]
    )


@lru_cache(maxsize=2)
def _entry_files(entry: str) -> tuple[str, ...] | None:
    """The names of ``entry``'s files in the bundle (looked up once per
    build, not per page), or None unless there is exactly one of each."""
    found = [sorted(BUNDLE.glob(pattern)) for pattern in ENTRY_FILES[entry]]
    if any(len(paths) != 1 for paths in found):
        return None
    return tuple(paths[0].name for paths in found)


def loader_tag(src: str) -> str:
    """The one script a page that uses the widget needs."""
    return f'<script type="module" src="{html.escape(src, quote=True)}"></script>'
