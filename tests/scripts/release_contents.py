"""What `make release`'s artifacts say, read from the artifacts themselves
(tests/scripts/release.sh runs it on one release folder):

- one version everywhere: Cargo.toml's is the command line's (`--version`,
  with the catalog's `as_of`), the npm package's, both wheels' and
  RELEASE.md's (the bundle's `data-release`, as a page reads it, is checked
  against the npm package's in tests/e2e/release.mjs);
- RELEASE.md's `sha384-` hash of each entry file matches that file in the web
  tarball, and every file a page loads from the bundle is listed;
- each wheel carries the web tarball's bundle, byte for byte, and was built by
  the pinned backend (flit_core 4.2.0, its WHEEL file's Generator);
- the npm package's `exports` resolve, as a bundler or Node resolves
  `dlvm-timeline/embed.js`, to the package's files.

Prints `ok` / `FAIL` per check and `N passed, N failed`; exits 1 on a failure.
"""

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
release = Path(sys.argv[1])
version = tomllib.loads((ROOT / "Cargo.toml").read_text())["package"]["version"]
as_of = json.loads((ROOT / "static/catalog.json").read_text())["as_of"]
results = []


def check(name, passed, detail=""):
    passed = bool(passed)
    results.append(passed)
    print(f"{'ok  ' if passed else 'FAIL'} {name}" + ("" if passed else f": {detail}"))


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


work = Path(tempfile.mkdtemp(prefix="release-contents-"))
# The "data" filter where this Python has it (3.11.4 and later; Debian's
# 3.11.2 has not): the archives are our own either way.
SAFE = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
for tarball in release.glob("*.tar.gz"):
    with tarfile.open(tarball) as t:
        t.extractall(work / tarball.name, **SAFE)
web = work / f"dlvm-timeline-{version}-web.tar.gz" / f"dlvm-timeline-{version}"
cli = work / f"dlvm-timeline-{version}-x86_64-unknown-linux-gnu.tar.gz" / f"dlvm-timeline-{version}" / "dlvm-timeline"
with tarfile.open(release / f"dlvm-timeline-{version}.tgz") as t:
    t.extractall(work / "npm", **SAFE)
package = work / "npm" / "package"

said = subprocess.run([cli, "--version"], capture_output=True, text=True).stdout.strip()
check(f"the command line says {version} and the catalog's {as_of}", said == f"dlvm-timeline {version} (catalog as of {as_of})", said)
npm_version = json.loads((package / "package.json").read_text())["version"]
check(f"the npm package is {version}", npm_version == version, npm_version)
wheels = {}
for wheel in sorted(release.glob("*.whl")):
    z = zipfile.ZipFile(wheel)
    wheels[wheel.name] = z
    meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
    said = re.search(r"^Version: (.+)$", z.read(meta).decode(), re.M)
    check(f"{wheel.name}: Version {version}", said and said[1] == version, said and said[1])
    generator = z.read(meta.replace("METADATA", "WHEEL")).decode()
    check(f"{wheel.name}: built by flit_core 4.2.0", "Generator: flit 4.2.0" in generator, generator)
check("both wheels", len(wheels) == 2, list(wheels))
# RELEASE.md: the version, the catalog's date, and each entry file's hash.
text = (release / "RELEASE.md").read_text()
check(f"RELEASE.md names {version}", text.startswith(f"# DLVM Support Timeline {version}\n"), text[:60])
check(f"RELEASE.md names the catalog's {as_of}", f"Catalog as of {as_of} " in text)
listed = dict(re.findall(r"^\| `([^`]+)` \| `(sha384-[^`]+)` \|$", text, re.M))
entries = {"embed.js", "reserve.css"} | {
    p.name for p in web.iterdir() if re.fullmatch(r"(dlvm-lite|dlvm-timeline)(_bg)?\.[0-9a-f]{10}\.(js|wasm)|(style|cards)\.[0-9a-f]{10}\.css", p.name)
}
check("RELEASE.md lists every entry file", set(listed) == entries, sorted(set(listed) ^ entries))
for name, hash_ in sorted(listed.items()):
    check(f"RELEASE.md: {name}'s integrity matches the file", (web / name).is_file() and sri((web / name).read_bytes()) == hash_)
snippet = re.search(r'src="/dlvm/embed.js" integrity="([^"]+)"', text)
check("RELEASE.md's snippet pins embed.js with its hash", snippet and snippet[1] == listed.get("embed.js"))

# Both wheels carry the same checks (python/dlvm_embed.py as _embed.py):
# the Sphinx one is held to the widget in tests/integrations/sphinx.mjs.
embeds = {name: z.read(next(n for n in z.namelist() if n.endswith("/_embed.py"))) for name, z in wheels.items()}
check("both wheels' _embed.py are the same file", len(set(embeds.values())) == 1, list(embeds))

# The wheels' bundle is the web tarball's.
files = {p.relative_to(web).as_posix(): p.read_bytes() for p in web.rglob("*") if p.is_file() and p.name != "THIRD-PARTY-LICENSES"}
for name, z in wheels.items():
    inside = {n.split("/bundle/", 1)[1]: z.read(n) for n in z.namelist() if "/bundle/" in n and not n.endswith("/")}
    inside.pop("THIRD-PARTY-LICENSES", None)
    missing = sorted(f for f in files if f not in inside and not f.startswith("demo"))
    differ = sorted(f for f in inside if files.get(f) != inside[f])
    check(f"{name}: its bundle is the web tarball's", not missing and not differ and inside, (missing[:5], differ[:5]))

# The npm package's exports, resolved as Node (and bundlers) do.
project = work / "consumer"
(project / "node_modules").mkdir(parents=True)
(project / "node_modules" / "dlvm-timeline").symlink_to(package)
for spec in ["embed.js", "catalog.json", "catalog.schema.json", "reserve.css"]:
    out = subprocess.run(
        ["node", "--input-type=module", "-e", f"console.log(import.meta.resolve('dlvm-timeline/{spec}'))"],
        cwd=project, capture_output=True, text=True,
    )
    resolved = out.stdout.strip()
    check(f"exports: dlvm-timeline/{spec} resolves to the package's file",
          resolved.startswith("file://") and Path(resolved[7:]).resolve() == (package / spec).resolve(), out.stderr or resolved)
refused = subprocess.run(
    ["node", "--input-type=module", "-e", "import.meta.resolve('dlvm-timeline/THIRD-PARTY-LICENSES')"],
    cwd=project, capture_output=True, text=True,
)
check("exports: a file not exported is not resolved", refused.returncode != 0 and "ERR_PACKAGE_PATH_NOT_EXPORTED" in refused.stderr, refused.stderr[:200])

shutil.rmtree(work)
passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if all(results) else 1)
