"""The prose mask: nothing inside code, Liquid, URLs, markup or front matter is prose."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.proof.prose import MASK, mask_non_prose


def kept(text: str) -> str:
    return "".join(c for c in mask_non_prose(text) if c != MASK)


def test_code_liquid_urls_tags_and_front_matter_are_masked() -> None:
    text = (
        "---\ntitle: teh\n---\n"
        "見れる `見れる` {% include 見れる.html %} {{ page.見れる }} {{< x 見れる >}}\n"
        "<span title='見れる'>本文</span> https://example.com/見れる [link](http://a.b/見れる)\n"
        "```\n見れる\n```\n"
        "{% highlight ruby %}\n見れる\n{% endhighlight %}\n"
        "<!-- 見れる -->\n## 見出し {#見れる}\n"
    )
    assert kept(text).count("見れる") == 1
    assert "本文" in kept(text) and "link" in kept(text) and "見出し" in kept(text)


@given(st.text())
def test_the_mask_keeps_length_and_lines(text: str) -> None:
    masked = mask_non_prose(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]
