"""Make the reference HTML for the preview-fidelity benchmark with the real Jekyll or Hugo.

The real-site corpus (``../shared/realcorpus`` beside the checkout, or ``$KIJI_REALCORPUS``;
never copied into this repository) may carry ``reference/<site>.json.gz``: the HTML the
real generator made of each post body. Where it does not, this script makes it with the
installed ``jekyll``: it copies the site to a temporary folder, replaces every layout with
one that prints only a marker naming the source file and the converted body, drops
plugins and themes that are not installed (recorded in ``meta.substitutions``), builds
with future and unpublished posts, and writes ``{"meta": …, "html": {path: html}}`` to
``~/.cache/kiji-fidelity/<site>.json.gz``. Hugo sites likewise, with ``hugo -D -F -E``,
the theme dropped and ``layouts/_default/single.html`` printing the marker and ``.Content``.

Only sites whose posts need nothing but their own files can be built this way: the
corpus keeps posts and configuration, not a site's ``_includes`` or plugins, so a site
whose posts include its own snippets is skipped with the reason.

Run: ``python benchmarks/fidelity_reference.py [SITE ...]`` (default: every site).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kiji-fidelity"
MARKER = "<!--kiji-source:{{ page.path }}-->"
_MARKED = re.compile(r"<!--kiji-source:(?P<path>[^>]*?)-->")
_LAYOUT = re.compile(r"^layout:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)
# Plugins Debian's jekyll package brings; everything else is dropped from the config.
INSTALLED_PLUGINS = {"jekyll-sass-converter", "jekyll-watch"}


def corpus_root() -> Path | None:
    """The corpus folder, when it is present."""
    configured = os.environ.get("KIJI_REALCORPUS")
    root = Path(configured) if configured else REPO.parent / "shared" / "realcorpus"
    return root if (root / "corpora").is_dir() else None


def _source_field(corpus: Path, site: str, name: str) -> str:
    """The ``name: value`` field of ``site``'s line in SOURCES.txt (``""`` if absent)."""
    for line in (corpus / "SOURCES.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields and fields[0] == site:
            for field in fields:
                if field.startswith(f"{name}: "):
                    return field[len(name) + 2 :].strip()
    return ""


def post_folders(corpus: Path, site: str) -> list[str]:
    """The post folders SOURCES.txt names for ``site``."""
    folders = _source_field(corpus, site, "posts")
    return [name.strip() for name in folders.split(",")] if folders else []


def generator_of(corpus: Path, site: str) -> str:
    """``jekyll`` or ``hugo``, as SOURCES.txt says."""
    return _source_field(corpus, site, "generator")


def _run_build(argv: list[str], cwd: Path) -> None:
    """Run a generator's build; a failure raises with its first error lines."""
    run = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=900, check=False)
    if run.returncode != 0:
        first = [ln for ln in run.stderr.splitlines() if "error" in ln.lower()][:2]
        raise RuntimeError(f"{argv[0]} build failed: {' | '.join(first)[:400]}")


def _bare_config(config: dict[str, Any], substitutions: list[str]) -> dict[str, Any]:
    for key in ("plugins", "gems"):
        wanted = config.get(key) or []
        kept = [name for name in wanted if name in INSTALLED_PLUGINS]
        if wanted != kept:
            substitutions.append(f"{key}: dropped {sorted(set(wanted) - set(kept))}")
            config[key] = kept
    for key in ("theme", "remote_theme"):
        if key in config:
            substitutions.append(f"{key}: dropped {config.pop(key)!r}")
    if config.get("markdown", "kramdown").lower() != "kramdown":
        substitutions.append(f"markdown: {config['markdown']!r} is not installed, kramdown used")
        config["markdown"] = "kramdown"
    config["destination"] = "_site"
    config.pop("source", None)
    return config


def build_jekyll(corpus: Path, site: str) -> dict[str, Any]:
    """Build ``site`` with the bare layouts; returns the reference mapping."""
    source = corpus / "corpora" / site
    substitutions: list[str] = []
    with tempfile.TemporaryDirectory(prefix=f"kiji-ref-{site}-") as scratch:
        work = Path(scratch) / "site"
        shutil.copytree(source, work)
        config_path = work / "_config.yml"
        config = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
        config = _bare_config(config, substitutions)
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        names = {"default", "post", "page"}
        for path in work.rglob("*.md"):
            names.update(_LAYOUT.findall(path.read_text(encoding="utf-8", errors="replace")))
        names.update(_default_layouts(config))
        layouts = work / "_layouts"
        shutil.rmtree(layouts, ignore_errors=True)
        layouts.mkdir()
        for name in names:
            (layouts / f"{name}.html").write_text(MARKER + "{{ content }}", encoding="utf-8")
        _run_build(["jekyll", "build", "--future", "--unpublished", "--drafts", "--quiet"], work)
        html: dict[str, str] = {}
        for page in (work / "_site").rglob("*.html"):
            text = page.read_text(encoding="utf-8", errors="replace")
            marked = _MARKED.search(text)
            if marked is not None:
                html[marked.group("path")] = text[marked.end() :]
    folders = post_folders(corpus, site)
    html = {path: body for path, body in html.items() if path.split("/")[0] in folders}
    meta = {"generator": "jekyll", "version": _version(), "substitutions": substitutions}
    return {"meta": meta, "html": html}


# Go's html/template drops comments, so Hugo's marker is an element.
HUGO_LAYOUT = "<kiji-src>{{ with .File }}{{ .Path }}{{ end }}</kiji-src>{{ .Content }}"
_HUGO_MARKED = re.compile(r"<kiji-src>(?P<path>[^<]*)</kiji-src>")
_THEME = re.compile(
    r"^\s*theme\s*=.*$|^\s*\[\[module\.imports\]\]\s*\n\s*path\s*=.*$", re.MULTILINE
)
_SHORTCODE = re.compile(r"\{\{[<%]\s*(/?)\s*([\w./-]+)")
# Shortcodes Hugo 0.111 brings; the others live in a theme the corpus does not keep.
HUGO_SHORTCODES = {
    "figure",
    "gist",
    "highlight",
    "instagram",
    "param",
    "ref",
    "relref",
    "tweet",
    "twitter",
    "vimeo",
    "youtube",
}


def build_hugo(corpus: Path, site: str) -> dict[str, Any]:
    """Build the Hugo ``site`` with a bare single layout and no theme; the reference mapping."""
    source = corpus / "corpora" / site
    substitutions: list[str] = []
    with tempfile.TemporaryDirectory(prefix=f"kiji-ref-{site}-") as scratch:
        work = Path(scratch) / "site"
        shutil.copytree(source, work)
        for config in [*work.glob("*.toml"), *(work / "config").rglob("*.toml")]:
            text = config.read_text(encoding="utf-8")
            if _THEME.search(text):
                substitutions.append(f"{config.relative_to(work)}: theme dropped")
                config.write_text(_THEME.sub("", text), encoding="utf-8")
        shutil.rmtree(work / "layouts", ignore_errors=True)
        defaults = work / "layouts" / "_default"
        defaults.mkdir(parents=True)
        (defaults / "single.html").write_text(HUGO_LAYOUT, encoding="utf-8")
        (defaults / "list.html").write_text("", encoding="utf-8")
        used: set[str] = set()
        closed: set[str] = set()
        for path in (work / "content").rglob("*.md"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for slash, name in _SHORTCODE.findall(text):
                (closed if slash else used).add(name)
        stubs = sorted((used | closed) - HUGO_SHORTCODES)
        if stubs:
            substitutions.append(f"shortcodes stubbed (inner text or nothing): {stubs}")
            folder = work / "layouts" / "shortcodes"
            folder.mkdir()
            for name in stubs:
                (folder / f"{name}.html").parent.mkdir(parents=True, exist_ok=True)
                stub = "{{ .Inner }}" if name in closed else ""
                (folder / f"{name}.html").write_text(stub, encoding="utf-8")
        _run_build(["hugo", "-D", "-F", "-E", "--quiet", "-d", str(Path(scratch) / "public")], work)
        html: dict[str, str] = {}
        # A multilingual site renders a file once per language; the default language's
        # page (no language prefix, so the shallowest) is the one kept.
        pages = sorted((Path(scratch) / "public").rglob("*.html"), key=lambda p: len(p.parts))
        for page in pages:
            text = page.read_text(encoding="utf-8", errors="replace")
            marked = _HUGO_MARKED.search(text)
            if marked is not None and marked.group("path"):
                html.setdefault("content/" + marked.group("path"), text[marked.end() :])
    run = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=False)
    meta = {"generator": "hugo", "version": run.stdout.strip(), "substitutions": substitutions}
    return {"meta": meta, "html": html}


def build(corpus: Path, site: str) -> dict[str, Any]:
    """The reference of ``site``, built by its own generator."""
    if generator_of(corpus, site) == "hugo":
        return build_hugo(corpus, site)
    return build_jekyll(corpus, site)


def _default_layouts(config: dict[str, Any]) -> set[str]:
    found = set()
    for default in config.get("defaults") or []:
        values = default.get("values") or {}
        if isinstance(values.get("layout"), str):
            found.add(values["layout"])
    return found


def _version() -> str:
    run = subprocess.run(["jekyll", "--version"], capture_output=True, text=True, check=False)
    return run.stdout.strip()


def reference_path(site: str) -> Path:
    """Where the reference of ``site`` is read from (the corpus' own, else the cache)."""
    corpus = corpus_root()
    if corpus is not None:
        own = corpus / "reference" / f"{site}.json.gz"
        if own.is_file():
            return own
    return CACHE / f"{site}.json.gz"


def load_reference(site: str) -> dict[str, Any] | None:
    """The reference of ``site``, or ``None`` when it has not been made."""
    path = reference_path(site)
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def main(argv: list[str]) -> int:
    """Build the references named on the command line (default: every site)."""
    corpus = corpus_root()
    if corpus is None:
        print("needs the corpus (../shared/realcorpus)")
        return 1
    sites = argv or sorted(p.name for p in (corpus / "corpora").iterdir())
    CACHE.mkdir(parents=True, exist_ok=True)
    for site in sites:
        try:
            if shutil.which(generator_of(corpus, site)) is None:
                raise RuntimeError(f"{generator_of(corpus, site)} is not installed")
            reference = build(corpus, site)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(f"{site}: skipped: {error}")
            continue
        target = CACHE / f"{site}.json.gz"
        with gzip.open(target, "wt", encoding="utf-8") as handle:
            json.dump(reference, handle, ensure_ascii=False)
        subs = "; ".join(reference["meta"]["substitutions"]) or "none"
        print(f"{site}: {len(reference['html'])} posts -> {target} (substitutions: {subs})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
