"""python-liquid's side of :mod:`editor.core.render.jekyll_includes`: an environment that
reads a site's ``_includes`` and knows Jekyll's ``include`` syntax (imported only when a
post of a site with includes is shown: python-liquid is slow to import)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from liquid import Environment, FileSystemLoader, Mode, Undefined
from liquid.ast import Node
from liquid.context import Context
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, Token

from editor.core.render.jekyll_includes import parse_include, variable_path


def _variable(context: Context, expression: str) -> Any:
    value = context.get(variable_path(expression), default=None)
    return None if isinstance(value, Undefined) else value


class _JekyllIncludeNode(Node):
    """One ``{% include name key=value %}`` in an include file."""

    def __init__(self, tok: Token, arguments: str) -> None:
        self.tok = tok
        self.arguments = arguments

    def render_to_output(self, context: Context, buffer: TextIO) -> bool | None:
        """Render the named include with ``include.*`` set, as Jekyll does."""
        parsed = parse_include(self.arguments, lambda e: _variable(context, e))
        if parsed is None:
            return None
        name, parameters = parsed
        template = context.get_template_with_context(name, tag="include")
        with context.extend({"include": parameters}, template=template):
            template.render_with_context(context, buffer, partial=True)
        return True


class _JekyllIncludeTag(Tag):
    """Jekyll's ``include`` (its own syntax, not Shopify's ``include 'name' with``)."""

    block = False

    def parse(self, stream: TokenStream) -> Node:
        """Read the tag's whole argument text; it is parsed when rendered."""
        tok = next(stream)
        arguments = stream.current.value if stream.current.type == TOKEN_EXPRESSION else ""
        return _JekyllIncludeNode(tok, arguments)


class _Include(_JekyllIncludeTag):
    name = "include"


class _IncludeCached(_JekyllIncludeTag):
    name = "include_cached"


def jekyll_environment(folder: Path) -> Environment:
    """A lenient Liquid environment over ``folder`` with Jekyll's ``include`` tags."""
    env = Environment(loader=FileSystemLoader(folder), tolerance=Mode.LAX)
    env.add_tag(_Include)
    env.add_tag(_IncludeCached)
    return env
