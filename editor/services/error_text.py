"""Core errors in the writer's language: one place that turns a typed error into words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.core.site.site_errors import TEXT_CONTEXT, CoreText
from editor.services.yaml_messages import translate_yaml_message


def translate_text(text: str) -> str:
    """``text`` in the writer's language when the core marked it (:class:`CoreText`), or
    when it is one of the front matter's YAML errors."""
    if not isinstance(text, CoreText):
        return translate_yaml_message(text)
    values = {key: translate_text(v) if isinstance(v, str) else v for key, v in text.values.items()}
    return QCoreApplication.translate(TEXT_CONTEXT, text.template).format(**values)


def describe_error(error: BaseException) -> str:
    """The plain-words message of ``error``, translated when the error offers a template.

    Core errors that may be translated carry ``TEMPLATE`` (marked for the catalogue in
    the ``SiteError`` context) and ``template_args``; the others read as they are.
    """
    template = getattr(type(error), "TEMPLATE", None)
    arguments = getattr(error, "template_args", None)
    if isinstance(template, str) and isinstance(arguments, dict):
        return QCoreApplication.translate("SiteError", template).format(**arguments)
    if error.args and isinstance(error.args[0], CoreText):
        return translate_text(error.args[0])
    message = getattr(error, "message", None)
    return translate_text(message) if isinstance(message, str) and message else str(error)
