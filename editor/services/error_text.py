"""Core errors in the writer's language: one place that turns a typed error into words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def describe_error(error: BaseException) -> str:
    """The plain-words message of ``error``, translated when the error offers a template.

    Core errors that may be translated carry ``TEMPLATE`` (marked for the catalogue in
    the ``SiteError`` context) and ``template_args``; the others read as they are.
    """
    template = getattr(type(error), "TEMPLATE", None)
    arguments = getattr(error, "template_args", None)
    if isinstance(template, str) and isinstance(arguments, dict):
        return QCoreApplication.translate("SiteError", template).format(**arguments)
    return getattr(error, "message", None) or str(error)
