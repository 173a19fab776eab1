"""Each Japanese style rule with text it must flag and text it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.proof import ja_style
from editor.core.proof.ja_style import StyleLimits
from editor.core.proof.proofreading import (
    CheckContext,
    PostChecker,
    ProofreadingConfig,
    parse_config,
)
from editor.core.proof.prose import mask_non_prose

SEEDS = sorted(Path("/work/shared/seeds").glob("*.txt"))


DEFAULT_LIMITS = StyleLimits()


def rules(text: str, limits: StyleLimits = DEFAULT_LIMITS) -> list[tuple[str, str, str | None]]:
    """(rule, flagged text, fix) for the whole checker on ``text``."""
    findings = PostChecker().check(text, CheckContext(config=ProofreadingConfig(limits=limits)))
    return [(f.rule, text[f.start : f.end], f.fix) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ここからなら富士山が見れる。", [("見れる", "見られる")]),
        ("明日は来れますか。", [("来れます", "来られます")]),
        ("全部は食べれない。", [("食べれない", "食べられない")]),
        ("富士山が見られる。明日は来られます。", []),
        ("見れば分かる。出来れば来てください。", []),  # conditional, not potential
        ("手に入れる。本が取れる。出れば勝てる。", []),  # 五段 potential, not ら抜き
    ],
)
def test_ra_nuki(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, fix) for rule, t, fix in rules(text) if rule == ja_style.RA_NUKI]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("使えないわけではない。", ["ないわけではない"]),
        ("分からなくはない。", ["なくはない"]),
        ("行かないこともない。", ["ないこともない"]),
        ("使えます。分からない。", []),
    ],
)
def test_double_negatives(text: str, flagged: list[str]) -> None:
    assert [t for rule, t, _ in rules(text) if rule == ja_style.DOUBLE_NEGATIVE] == flagged


def test_doubled_particles_but_not_mono_no_or_nonoshiru() -> None:
    found = [(t, fix) for rule, t, fix in rules("私のの本がが好き。") if rule.startswith("doubled")]
    assert found == [("のの", "の"), ("がが", "が")]
    assert not [
        r for r in rules("行ったものの、彼をののしる。") if r[0] == ja_style.DOUBLED_PARTICLE
    ]


def test_long_sentences_and_commas_with_limits() -> None:
    long = "あ" * 100 + "。"  # 101 characters with its 。
    assert [r[0] for r in rules(long)] == [ja_style.LONG_SENTENCE]
    assert rules("あ" * 99 + "。") == []
    assert rules(long, StyleLimits(sentence_length=200)) == []
    commas = "一、二、三、四、五、六。"
    assert [r[0] for r in rules(commas)] == [ja_style.TOO_MANY_COMMAS]
    assert rules("一、二、三、四、五。") == []
    assert rules("This English sentence is long " * 10 + ".") == []  # not Japanese


def test_mixed_style_flags_the_minority_with_a_fix() -> None:
    text = "今日は晴れです。散歩に行きました。とても楽しかった。景色がきれいだ。花が咲きます。"
    found = [(t, fix) for rule, t, fix in rules(text) if rule == ja_style.MIXED_STYLE]
    assert found == [("だ。", "です。")]
    assert not [r for r in rules("晴れです。行きました。") if r[0] == ja_style.MIXED_STYLE]
    assert not [r for r in rules("晴れだ。行ったのだ。") if r[0] == ja_style.MIXED_STYLE]


@pytest.mark.parametrize(
    ("text", "wrong", "fix"),
    [
        ("＃ 見出し\n", "＃ ", "# "),
        ("－　項目\n", "－　", "- "),
        ("１．全角の番号\n", None, None),  # no space after: not a list either way
        ("１． 番号\n", "１． ", "1. "),
        ("##　見出し\n", "##　", "## "),
        ("# 見出し\n- 項目\n1. 番号\n", None, None),
    ],
)
def test_fullwidth_markdown(text: str, wrong: str | None, fix: str | None) -> None:
    found = [(t, f) for rule, t, f in rules(text) if rule == ja_style.FULLWIDTH_MARKDOWN]
    assert found == ([(wrong, fix)] if wrong else [])


def test_control_and_invisible_characters() -> None:
    found = rules("本文\u0007です。ゼロ幅\u200bスペース。タブ\tと改行\nは普通。")
    assert [(r[0], r[1], r[2]) for r in found] == [
        (ja_style.CONTROL_CHARACTER, "\u0007", ""),
        (ja_style.CONTROL_CHARACTER, "\u200b", ""),
    ]


def test_unexpected_script_inside_japanese_but_not_a_quoted_word() -> None:
    found = [t for rule, t, _ in rules("参入障اقを大きく。") if rule == ja_style.UNEXPECTED_SCRIPT]
    assert found == ["اق"]
    assert rules("アラビア語の「 كتاب 」は本。Привет means hello.") == []
    assert rules("ー々〆ヶ αβ 混在。") == []


@pytest.mark.skipif(not SEEDS, reason="the seed post is not on this machine")
def test_the_seed_posts_arabic_letters_are_flagged() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    found = [t for rule, t, _ in rules(text) if rule == ja_style.UNEXPECTED_SCRIPT]
    assert found == ["اق"]
    assert "参入障اقを" in text


def test_no_rule_fires_inside_code_liquid_urls_or_front_matter() -> None:
    bad = "見れる。使えないわけではない。のの。＃ 見出し。障اقを。\u0007"
    in_url = "見れる/ないわけではない/のの/障اقを"
    text = (
        f"---\ntitle: {bad}\n---\n"
        f"`{bad}`\n\n```\n{bad}\n```\n\n{{% raw %}}{bad}{{% endraw %}}\n"
        f"{{{{ page.x | {bad} }}}}\n<span data-x='{bad}'></span>\nhttps://example.com/{in_url}\n"
        f"[本文](https://example.com/{in_url}) <https://example.com/{in_url}>\n"
    )
    assert rules(text) == []


def test_rules_can_be_turned_off_per_site() -> None:
    config = parse_config("[rules]\nra-nuki = false\n[limits]\nsentence-length = 5\n")
    findings = PostChecker().check("富士山が見れる。", CheckContext(config=config))
    assert [f.rule for f in findings] == [ja_style.LONG_SENTENCE]
    with pytest.raises(ValueError, match="unknown rule"):
        parse_config("[rules]\nno-such-rule = false\n")
    with pytest.raises(ValueError):
        parse_config("[rules\n")


def test_one_character_edit_checks_only_its_paragraph() -> None:
    checker = PostChecker()
    paragraphs = [f"段落{i}の文です。見れる。" for i in range(50)]
    text = "\n\n".join(paragraphs)
    before = checker.check(text, CheckContext())
    assert checker.paragraphs_checked == 50
    edited = text.replace("段落25の", "段落25あの")
    after = checker.check(edited, CheckContext())
    assert checker.paragraphs_checked == 1
    assert len(after) == len(before)
    assert all(edited[f.start : f.end] == "見れる" for f in after)
    assert mask_non_prose(edited) == edited  # all prose
