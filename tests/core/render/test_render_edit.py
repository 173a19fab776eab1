"""After an edit, the prepared lines come from the edit alone, or not at all.

:func:`lines_after_edit` may only splice the edited lines into the lines prepared last
when the preparation (normalising, the Liquid pass, abbreviations) would leave them as
they are; whenever it answers, the answer is the full preparation's.
"""

from __future__ import annotations

from hypothesis import event, given, settings
from hypothesis import strategies as st

from editor.core.render.kramdown import take_abbreviations
from editor.core.render.liquid import LiquidContext, preprocess_liquid
from editor.core.render.render import _normalize
from editor.core.render.render_edit import lines_after_edit, prepare
from editor.core.render.shortcodes import preprocess_shortcodes
from tests.core.render.edits import random_edit

_PIECES = [
    *"ab あ\n\n  #*-_>`~|[]()!:^$\\{}%<=.1",
    "{% comment %}",
    "{% endcomment %}\n",
    "{% raw %}",
    "{% endraw %}",
    "{% highlight ruby %}\n",
    "{% endhighlight %}\n",
    "{{ page.title }}",
    "{{ site.title\n}}",
    "{% include note.html\n%}",
    "{::comment}",
    "{:/comment}",
    "*[HTML]: Hyper Text\n",
    "HTML",
    "```\n",
    "<!--more-->",
    "\r\n",
    "\r",
    "\0",
    "\ufdd0",
    "paragraph text\n",
    "{{< highlight go >}}\n",
    "{{< /highlight >}}\n",
    "{{< code >}}\n",
    "{{< /code >}}\n",
]
_BODIES = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_CONTEXT = LiquidContext(site={"title": "Site"}, page={"title": "Post"})


def _prepared_lines(body: str, separator: str, hugo: bool = False) -> list[str]:
    if hugo:  # "code" stands for a site's shortcode that shows its content as code
        text = preprocess_shortcodes(_normalize(body), lambda name: name in {"highlight", "code"})
    else:
        text = preprocess_liquid(_normalize(body), _CONTEXT, separator)
    return take_abbreviations(text)[0].split("\n")


@settings(max_examples=400, deadline=None)
@given(_BODIES, st.data(), st.sampled_from(["", "<!--more-->", "hugo"]))
def test_spliced_lines_equal_a_full_preparation(
    body: str, data: st.DataObject, separator: str
) -> None:
    hugo = separator == "hugo"
    separator = "" if hugo else separator

    def full(text: str) -> list[str]:
        return _prepared_lines(text, separator, hugo)

    prepared = prepare(body, full(body), ("same",), separator, hugo=hugo)
    for _ in range(4):
        edited = random_edit(body, data, _BODIES, 6)
        expected = full(edited)
        answer = lines_after_edit(prepared, edited, ("same",))
        event("spliced" if answer is not None else "prepared again")
        if answer is not None:
            lines, first, kept = answer
            assert lines == expected
            assert lines[:first] == prepared.lines[:first]
            assert kept == 0 or lines[-kept:] == prepared.lines[-kept:]
            prepared = prepared.after_edit(edited, lines)
        else:
            prepared = prepare(edited, expected, ("same",), separator, hugo=hugo)
        body = edited


def test_typing_in_a_plain_line_is_spliced() -> None:
    body = "# Title {{ page.title }}\n\nfirst paragraph\n\nsecond paragraph\n"
    prepared = prepare(body, _prepared_lines(body, ""), (), "")
    answer = lines_after_edit(prepared, body.replace("second", "second-x"), ())
    assert answer is not None
    lines, first, kept = answer
    assert (lines[first], first, kept) == ("second-x paragraph", 4, 1)


def test_what_the_preparation_rewrites_is_prepared_again() -> None:
    body = (
        "{% comment %}\nhidden words\n{% endcomment %}\n\ntext `code`\n\n"
        "{% highlight %}\nx\n{% endhighlight %}\n"
    )
    prepared = prepare(body, _prepared_lines(body, ""), (), "")
    assert lines_after_edit(prepared, body.replace("hidden", "hidden more"), ()) is None
    # A backtick can lengthen the highlight block's fence, lines away from the edit.
    assert lines_after_edit(prepared, body.replace("`code`", "```code`"), ()) is None
    # The same text again, or other front matter: something else changed.
    assert lines_after_edit(prepared, body, ()) is None
    assert lines_after_edit(prepared, body.replace("text", "texts"), ("other page",)) is None
