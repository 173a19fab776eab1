"""Spelling of prose only, languages, the site dictionary, and 表記ゆれ learned from posts."""

from __future__ import annotations

import gzip
import json
import pkgutil
from pathlib import Path

import pytest
from spellchecker import SpellChecker

from editor.core.proof.proofreading import CheckContext, PostChecker
from editor.core.proof.prose import mask_non_prose
from editor.core.proof.spelling import (
    SUPPORTED,
    Speller,
    add_site_word,
    read_site_words,
    spelling_language,
    word_counts,
)
from editor.core.proof.spelling_variants import learn_usage, variant_findings

SPELLER = Speller("en")


def misspelled(text: str, **options: bool) -> list[str]:
    return [f.args[0] for f in SPELLER.misspelled(mask_non_prose(text), **options)]


def test_prose_words_are_checked_and_code_paths_urls_are_not() -> None:
    text = (
        "Teh draft will recieve feedback. `teh_var` {% include teh.html %}\n"
        "See https://exmaple.com/teh and _posts/fiel.md or mail me@exmaple.org.\n"
        "```\nrecieve\n```\n<span class='teh'>fine</span> NASA and camelCase words are names.\n"
    )
    assert misspelled(text) == ["Teh", "recieve"]


def test_suggestions_keep_the_case() -> None:
    assert SPELLER.suggestions("recieve")[0] == "receive"
    assert SPELLER.suggestions("Recieve")[0] == "Receive"


def test_capitalized_names_are_skipped_in_posts_of_other_languages() -> None:
    assert misspelled("Kiji と Jekyll で recieve を書く", skip_capitalized=True) == ["recieve"]


def test_language_from_the_post_then_the_site() -> None:
    assert spelling_language("de", "en-US") == "de"
    assert spelling_language(None, "en-US") == "en"
    assert spelling_language("", "fr_FR") == "fr"
    assert spelling_language("ja", None) == "en"
    assert spelling_language(None, None) == "en"


def test_site_dictionary_travels_with_the_site(tmp_path: Path) -> None:
    add_site_word(tmp_path, "Kotonoha")
    add_site_word(tmp_path, "kotonoha")  # once only
    assert (tmp_path / ".kiji" / "dictionary.txt").read_text(encoding="utf-8") == "Kotonoha\n"
    speller = Speller("en", read_site_words(tmp_path))
    assert list(speller.misspelled("kotonoha notes")) == []


def test_variants_learned_from_the_site_suggest_its_usual_spelling() -> None:
    usage = learn_usage(
        mask_non_prose(t)
        for t in ["サーバーを借りた。サーバーの設定はできる。", "設定ができる。`サーバ`"]
    )
    post = "サーバの設定も出来る。サーバーレスは別。"
    found = [(post[f.start : f.end], f.fix) for f in variant_findings(post, usage)]
    assert found == [("サーバ", "サーバー"), ("出来", "でき")]


def test_no_variant_is_flagged_when_the_site_has_no_usual_spelling() -> None:
    usage = learn_usage(["サーバーとサーバ。"])
    assert list(variant_findings("サーバ", usage)) == []


def test_the_checker_spells_only_when_asked() -> None:
    findings = PostChecker().check("Teh end.", CheckContext(speller=SPELLER))
    assert [f.rule for f in findings] == ["spelling"]
    assert PostChecker().check("Teh end.", CheckContext()) == []


@pytest.mark.parametrize("language", sorted(SUPPORTED))
def test_each_dictionary_is_read_exactly_as_json_reads_it(language: str) -> None:
    packed = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    assert packed
    assert word_counts(language) == json.loads(gzip.decompress(packed).decode("utf-8"))


def test_word_counts_reads_escapes_and_odd_spacing(monkeypatch) -> None:
    listed = {"naïve": 3, 'say "hi"': 2, "back\\slash": 1, "\u00e9t\u00e9": 5, "tab\tbed": 4}
    text = json.dumps(listed, indent=1).replace(": ", " :  ")
    packed = gzip.compress(text.encode("utf-8"))
    monkeypatch.setattr(pkgutil, "get_data", lambda _package, _name: packed)
    assert word_counts("en") == json.loads(text)


def test_a_list_of_another_shape_is_read_whole(monkeypatch) -> None:
    listed = {"half": 1.5, "big": 1e3, "word": 2, 'quote": colon': 3}
    packed = gzip.compress(json.dumps(listed).encode("utf-8"))
    monkeypatch.setattr(pkgutil, "get_data", lambda _package, _name: packed)
    assert word_counts("en") == listed


def test_the_speller_knows_what_pyspellchecker_knows() -> None:
    ours = Speller("en")._checker.word_frequency
    theirs = SpellChecker(language="en", distance=2).word_frequency
    assert ours.dictionary == theirs.dictionary
    assert (ours.total_words, ours.unique_words, ours.longest_word_length) == (
        theirs.total_words,
        theirs.unique_words,
        theirs.longest_word_length,
    )
    assert ours.letters == theirs.letters
