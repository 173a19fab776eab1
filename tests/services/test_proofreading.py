"""The proofreading worker: site language and settings, learning, the newest request wins."""

from __future__ import annotations

from pathlib import Path

from editor.services.proofreading import ProofreadingService


def check(qtbot, service: ProofreadingService, body: str, lang: object = None) -> list[str]:
    with qtbot.waitSignal(service.checked, timeout=20000) as checked:
        service.request("post", body, lang)
    return [f"{f.rule}:{body[f.start : f.end]}" for f in checked.args[2]]


def test_language_comes_from_the_post_then_the_site(qtbot, tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("lang: fr\n", encoding="utf-8")
    service = ProofreadingService()
    service.set_site(tmp_path)
    try:
        assert check(qtbot, service, "Bonjour le monde, ceci est une phrase.") == []
        assert check(qtbot, service, "Hello world, this is a sentence.", "en") == []
        assert check(qtbot, service, "Die Katze schläft im Garten.", "de") == []
        assert "spelling:Katze" in check(qtbot, service, "Die Katze schläft im Garten.", "en")
    finally:
        service.close()


def test_site_settings_words_and_learned_spellings(qtbot, tmp_path: Path) -> None:
    (tmp_path / ".kiji").mkdir()
    (tmp_path / ".kiji" / "proofreading.toml").write_text(
        "[rules]\nra-nuki = false\n", encoding="utf-8"
    )
    posts = []
    for index in range(2):
        post = tmp_path / f"p{index}.md"
        post.write_text("---\ntitle: x\n---\nサーバーを使う。\n", encoding="utf-8")
        posts.append(post)
    service = ProofreadingService()
    service.set_site(tmp_path)
    try:
        service.learn_site(posts)
        body = "サーバを見れる。Kotonoha notes."
        qtbot.waitUntil(lambda: "spelling-variant:サーバ" in check(qtbot, service, body))
        assert check(qtbot, service, body) == ["spelling-variant:サーバ", "spelling:Kotonoha"]
        service.add_word("Kotonoha")
        assert check(qtbot, service, body) == ["spelling-variant:サーバ"]
        assert (tmp_path / ".kiji" / "dictionary.txt").read_text(encoding="utf-8") == "Kotonoha\n"
        service.set_enabled(spelling=True, style=False)
        assert check(qtbot, service, body + " Teh") == ["spelling:Teh"]
    finally:
        service.close()


def test_a_broken_settings_file_is_reported_and_the_defaults_used(qtbot, tmp_path: Path) -> None:
    (tmp_path / ".kiji").mkdir()
    (tmp_path / ".kiji" / "proofreading.toml").write_text("[rules\n", encoding="utf-8")
    service = ProofreadingService()
    try:
        with qtbot.waitSignal(service.configProblem) as problem:
            service.set_site(tmp_path)
        assert problem.args[0]
        assert check(qtbot, service, "富士山が見れる。") == ["ra-nuki:見れる"]
    finally:
        service.close()


def test_without_a_dictionary_the_style_checks_go_on(qtbot, monkeypatch) -> None:
    import editor.services.proofreading as module

    def missing(*_args: object, **_kwargs: object) -> None:
        raise ValueError("The provided dictionary language (en) does not exist!")

    monkeypatch.setattr(module, "Speller", missing)
    service = ProofreadingService()
    try:
        assert check(qtbot, service, "富士山が見れる。Teh end.") == ["ra-nuki:見れる"]
        assert service.suggestions("Teh") == []
    finally:
        service.close()


def test_the_usual_spellings_come_from_the_newest_posts(qtbot, tmp_path: Path, monkeypatch) -> None:
    """A big site's older posts are not read: the list given is newest first."""
    import editor.services.proofreading as module

    monkeypatch.setattr(module, "LEARNED_POSTS", 2)
    posts = []
    for index, word in enumerate(["サーバー", "サーバー", "サーバ", "サーバ", "サーバ"]):
        post = tmp_path / f"p{index}.md"
        post.write_text(f"---\ntitle: x\n---\n{word}を使う。\n", encoding="utf-8")
        posts.append(post)
    service = ProofreadingService()
    service.set_site(tmp_path)
    try:
        service.learn_site(posts)  # the three older posts, the majority, are left out
        body = "サーバを見る。"
        qtbot.waitUntil(lambda: "spelling-variant:サーバ" in check(qtbot, service, body))
    finally:
        service.close()
