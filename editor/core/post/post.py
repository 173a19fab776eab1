"""A lossless post document: raw front-matter text + parsed fields + body, kept verbatim.

A :class:`Post` is the file's text cut into four verbatim pieces by
:func:`~editor.core.post.front_matter_split.split_front_matter`: the opening fence line, the
front-matter block (YAML, TOML or JSON), the closing fence line and the body.
``text()`` glues them back, so reading and writing an unedited post gives identical
bytes. Front-matter edits are splices into the raw block (see
:mod:`editor.core.post.frontmatter`), never a re-dump, so the writer's order, quotes,
comments and date spellings survive.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator, MutableMapping
from typing import Any

from editor.core.post.front_matter_split import split_front_matter
from editor.core.post.frontmatter import FrontMatterError, engine_for
from editor.core.post.storage import (
    NEWLINES,
    DecodedText,
    Expected,
    FileIdentity,
    StorageError,
    WriteConflictError,
    atomic_write_bytes,
    content_hash,
    encode_text,
    read_text_file,
)

__all__ = ["FrontMatter", "Post", "PostError", "read_post", "write_post"]


class PostError(StorageError):
    """A post could not be read, parsed, edited or written.

    ``line`` is the 1-based line in the file for front-matter errors, else ``None``.
    """

    def __init__(
        self,
        message: str,
        line: int | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__(message, path)
        self.line = line

    def __repr__(self) -> str:
        return f"PostError({self.message!r}, line={self.line!r})"


class Post:
    """A post document that gives back exactly what it was given unless edited."""

    def __init__(self, text: str = "") -> None:
        """Build a post from its whole text (``"\\n"`` newlines expected, but any text works)."""
        split = split_front_matter(text)
        self._head, self._fm_text, self._close = split.opening, split.block, split.closing
        self._body = split.body
        self._format: str | None = split.format
        self._values: dict[str, Any] | None = None
        self._error: PostError | None = None
        self._newline = "\n"
        self._bom = False
        self._source: DecodedText | None = None
        self.source_hash: str | None = None
        self.source_identity: FileIdentity | None = None
        """Which file the text was read from or last saved to (``None``: not from disk)."""
        self.path: str | os.PathLike[str] | None = None

    @classmethod
    def parse(cls, text: str) -> Post:
        """Return the post for ``text``; never raises, and ``Post.parse(t).text() == t``."""
        return cls(text)

    # -- whole document -------------------------------------------------------------

    def text(self) -> str:
        """Return the whole document (``"\\n"`` newlines, no BOM)."""
        return self._head + self._fm_text + self._close + self._body

    @property
    def format(self) -> str | None:
        """``"yaml"``, ``"toml"``, ``"json"`` or ``None`` when the post has no front matter."""
        return self._format

    @property
    def newline(self) -> str:
        """The newline written on save: ``"\\n"``, ``"\\r\\n"`` or ``"\\r"``."""
        return self._newline

    @newline.setter
    def newline(self, value: str) -> None:
        if value not in NEWLINES:
            raise ValueError(f"unknown newline {value!r}")
        self._newline = value

    @property
    def bom(self) -> bool:
        """Whether a UTF-8 BOM is written on save."""
        return self._bom

    @bom.setter
    def bom(self, value: bool) -> None:
        self._bom = bool(value)

    @property
    def body_start_line(self) -> int:
        """0-based line index in ``text()`` where the body starts."""
        return (self._head + self._fm_text + self._close).count("\n")

    # -- body -----------------------------------------------------------------------

    @property
    def body(self) -> str:
        """The Markdown body exactly as written."""
        return self._body

    @body.setter
    def body(self, value: str) -> None:
        # A closing fence (or JSON's closing brace) at the very end of the file has no
        # newline; the body needs one.
        if value and self._format is not None and not self._close.endswith("\n"):
            self._close += "\n"
        self._body = value

    # -- front matter ---------------------------------------------------------------

    @property
    def front_matter_text(self) -> str:
        """The raw front-matter block between the fences."""
        return self._fm_text

    def set_front_matter_text(self, raw: str) -> None:
        """Replace the raw front-matter block; re-parses, setting ``error`` if it is broken.

        On a post without front matter a non-empty ``raw`` adds a YAML block.
        """
        if self._format is None:
            if not raw:
                return
            self._head, self._close, self._format = "---\n", "---\n", "yaml"
        if self._format == "json":
            raw = raw.rstrip()  # the closing piece holds the line end after the brace
            if raw and self._body and not self._close.endswith("\n"):
                self._close += "\n"
        elif raw and not raw.endswith("\n"):
            raw += "\n"
        self._fm_text = raw
        self._values = None
        self._error = None

    @property
    def error(self) -> PostError | None:
        """``None``, or the front-matter error (with a 1-based file ``line``)."""
        self._load()
        return self._error

    @property
    def front_matter(self) -> FrontMatter:
        """The front-matter fields in file order; setting or deleting one is a minimal edit."""
        return FrontMatter(self)

    def raw_field(self, key: str) -> str | None:
        """The value of a top-level field exactly as written (for :func:`format_like`)."""
        if self._format is None:
            return None
        return engine_for(self._format).raw(self._fm_text, key)

    def _load(self) -> dict[str, Any]:
        """Parse the block once (lazily: opening a post should not pay for the form)."""
        if self._values is not None:
            return self._values
        self._values = {}
        if self._format is None:
            return self._values
        try:
            self._values = engine_for(self._format).load(self._fm_text)
        except FrontMatterError as exc:
            self._error = PostError(exc.message, line=self._file_line(exc.line))
        return self._values

    def _file_line(self, block_line: int | None) -> int:
        """Turn a 1-based line inside the block into a 1-based line in the file."""
        return self._head.count("\n") + (block_line or 1)

    def _set_field(self, key: str, value: Any) -> None:
        values = self._load()
        if self._error is not None:
            raise PostError(
                f"The front matter has an error on line {self._error.line}; "
                "fix it in the Source view before editing fields.",
                line=self._error.line,
            )
        if self._format is None:
            self._head, self._close, self._format = "---\n", "---\n", "yaml"
        engine = engine_for(self._format)
        try:
            new_text = engine.set(self._fm_text, key, value, values)
            new_values = engine.load(new_text)
        except FrontMatterError as exc:
            raise PostError(f"Could not set {key!r}: {exc.message}") from exc
        self._fm_text = new_text
        self._values = new_values

    def _delete_field(self, key: str) -> None:
        values = self._load()
        if self._error is not None:
            raise PostError(
                f"The front matter has an error on line {self._error.line}; "
                "fix it in the Source view before editing fields.",
                line=self._error.line,
            )
        if key not in values:
            raise KeyError(key)
        engine = engine_for(self._format or "yaml")
        try:
            new_text = engine.delete(self._fm_text, key)
            new_values = engine.load(new_text)
        except FrontMatterError as exc:
            raise PostError(f"Could not remove {key!r}: {exc.message}") from exc
        self._fm_text = new_text
        self._values = new_values

    def __repr__(self) -> str:
        return f"<Post format={self._format!r} chars={len(self.text())}>"


class FrontMatter(MutableMapping[str, Any]):
    """A live view of a post's front-matter fields.

    Reading returns copies: change a list by assigning a new one
    (``fm["tags"] = [*fm["tags"], "new"]``), so that every change is an edit of the text.
    """

    def __init__(self, post: Post) -> None:
        self._post = post

    def __getitem__(self, key: str) -> Any:
        value = self._post._load()[key]
        return copy.deepcopy(value) if isinstance(value, list | dict) else value

    def __setitem__(self, key: str, value: Any) -> None:
        self._post._set_field(key, value)

    def __delitem__(self, key: str) -> None:
        self._post._delete_field(key)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._post._load()))

    def __len__(self) -> int:
        return len(self._post._load())

    def __contains__(self, key: object) -> bool:
        return key in self._post._load()

    def __repr__(self) -> str:
        return f"FrontMatter({self._post._load()!r})"


def read_post(path: str | os.PathLike[str]) -> Post:
    """Read the post at ``path``; raise :class:`PostError` if it is missing or not UTF-8 text."""
    try:
        decoded = read_text_file(path)
    except StorageError as exc:
        raise PostError(exc.message, path=path) from exc
    post = Post(decoded.text)
    post._newline = decoded.newline
    post._bom = decoded.bom
    post._source = decoded
    post.source_hash = decoded.hash
    post.source_identity = decoded.identity
    post.path = path
    return post


def write_post(
    path: str | os.PathLike[str], post: Post, *, expected: Expected | None = None
) -> str:
    """Save ``post`` atomically with its BOM and newline style; return the content hash.

    While the text is unchanged the bytes read are written back as they were (this keeps
    files with mixed newlines identical). With ``expected`` only that version of the file
    is replaced; another one raises :class:`~editor.core.post.storage.WriteConflictError`.
    """
    text = post.text()
    source = post._source
    try:
        if source is not None and source.bom == post.bom and source.newline == post.newline:
            data = source.encode(text)
        else:
            data = encode_text(text, bom=post.bom, newline=post.newline)
        identity = atomic_write_bytes(path, data, expected=expected)
    except WriteConflictError:
        raise
    except StorageError as exc:
        raise PostError(exc.message, path=path) from exc
    digest = content_hash(data)
    post._source = DecodedText(text, post.bom, post.newline, digest, data, identity)
    post.source_hash = digest
    post.source_identity = identity
    post.path = path
    return digest
