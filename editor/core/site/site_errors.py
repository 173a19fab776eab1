"""Typed errors raised by the site operations; each carries a plain-words message.

Errors that the UI may translate keep their English template in ``TEMPLATE`` and the
values put into it in ``template_args``: ``tr(TEMPLATE).format(**template_args)`` gives
in the writer's language the message that ``str(error)`` gives in English.
"""

from __future__ import annotations

from pathlib import Path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's translation catalogue without importing Qt (the core has none).

    ``make update-translations`` reads this module too; the UI translates the template
    with ``QCoreApplication.translate(context, text)`` when it shows the error.
    """
    del context
    return text


TEXT_CONTEXT = "CoreMessage"
"""The catalogue context of every :class:`CoreText` template."""


class CoreText(str):
    """An English message the UI can show in the writer's language.

    It *is* the English text (``str``), so code and logs that treat it as a string keep
    working; the UI translates ``template`` in the :data:`TEXT_CONTEXT` context and fills
    in ``values`` (a value that is itself a ``CoreText`` is translated too). Templates are
    written ``CoreText(QT_TRANSLATE_NOOP("CoreMessage", "…{name}…"), name=...)`` so that
    ``make update-translations`` finds them.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> CoreText:
        """The message ``template`` filled with ``values``."""
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text


class SiteError(Exception):
    """A site operation could not be done; ``str(error)`` explains why in plain words."""


class NameCollisionError(SiteError):
    """The target file already exists; nothing was written or moved."""

    TEMPLATE = QT_TRANSLATE_NOOP(
        "SiteError",
        "A file named {name} already exists in {folder}. Choose another slug or date; "
        "the existing file was left untouched.",
    )

    def __init__(self, path: Path, message: str | None = None) -> None:
        self.path = path
        if message is None:
            self.template_args = {"name": repr(path.name), "folder": repr(str(path.parent))}
            message = self.TEMPLATE.format(**self.template_args)
        super().__init__(message)


class InvalidSlugError(SiteError, ValueError):
    """A slug that cannot be a file name (a path separator, a space, a leading dot…)."""

    TEMPLATE = QT_TRANSLATE_NOOP(
        "SiteError",
        "The slug {slug} cannot be used as a file name: use only letters, digits, "
        "hyphens, underscores and dots, starting and ending with a letter or digit.",
    )

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.template_args = {"slug": f"“{slug}”"}
        super().__init__(self.TEMPLATE.format(**self.template_args))


class NotInSiteError(SiteError):
    """The path given is not a post or draft of this site."""


class TrashError(SiteError):
    """The file could not be moved to the system trash."""


class OutsideSiteError(SiteError):
    """A folder or file named by the site's own files would lie outside the site folder.

    Nothing was read or written there. ``setting`` names where the value came from (e.g.
    ``collections_dir`` in ``_config.yml``) and ``value`` is the value as written.
    """

    TEMPLATE = QT_TRANSLATE_NOOP(
        "SiteError",
        "The setting {setting} ({value}) points outside the site folder, so Kiji does not "
        "use it and writes nothing there. Change it to a folder inside the site.",
    )

    def __init__(self, setting: str, value: str) -> None:
        self.setting = setting
        self.value = value
        self.template_args = {"setting": setting, "value": repr(value)}
        super().__init__(self.TEMPLATE.format(**self.template_args))

    @property
    def message(self) -> str:
        """The plain-words English message (what ``str(error)`` gives)."""
        return str(self)
