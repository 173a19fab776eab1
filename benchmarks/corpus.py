"""Deterministic Markdown posts for benchmarks: the seed post and synthetic Japanese posts.

``japanese_post`` and ``long_post`` build realistic Japanese blog prose (headings,
paragraphs, lists, fenced code, a table, inline code and links) from fixed pieces, so the
same call always returns the same text.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import frontmatter

SEED_PATH = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "seed" / "2025-12-28-llama4.md"
)

_SENTENCES = (
    "いやー、皆さん、Llama 4のニュース、もうチェックしました？",
    "正直なところ、最初は「40%アップねぇ…」と、ちょっと懐疑的でした。",
    "AIの世界では、新しいモデルが出るたびに「画期的」という言葉が飛び交います。",
    "オープンソースの基盤モデルは、スタートアップにとって参入障壁を大きく下げます。",
    "私自身、海外企業とのプロジェクトで、言語や文化の壁に何度も直面してきました。",
    "例えば、地域の工務店がAIチャットボットで問い合わせに対応する時代が来るかもしれません。",
    "これは、まさに「AIの民主化」の次なるフェーズと言えるでしょう。",
    "もちろん、楽観視ばかりしていられません。倫理的な課題も伴います。",
    "技術者の方々にとっては、まさに腕の見せ所と言えるでしょう。",
    "詳しくは `transformers` のドキュメントや"
    "[公式ブログ](https://ai.meta.com/blog/)を参照してください。",
    "**重要なのは**、ベンチマークの数字だけでなく、実際の業務での使い勝手です。",
    "ファインチューニングには *LoRA* のような手法が広く使われています。",
)

_HEADINGS = (
    "「汎用性向上」の真価：実社会へのインパクト",
    "汎用性向上で拓かれる新たなユースケース",
    "開発者にとっての意味",
    "投資家はどこを見るべきか",
    "リスクと倫理的な課題",
    "まとめ：これからのAIとの付き合い方",
)

_CODE = (
    (
        "python",
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        'model_id = "meta-llama/Llama-4"\n'
        "tokenizer = AutoTokenizer.from_pretrained(model_id)\n"
        "model = AutoModelForCausalLM.from_pretrained(model_id)\n\n"
        "def generate(prompt: str) -> str:\n"
        '    """プロンプトから文章を生成する。"""\n'
        '    inputs = tokenizer(prompt, return_tensors="pt")\n'
        "    output = model.generate(**inputs, max_new_tokens=200)\n"
        "    return tokenizer.decode(output[0], skip_special_tokens=True)\n",
    ),
    (
        "bash",
        "pip install transformers accelerate\n"
        "huggingface-cli login\n"
        'python generate.py --prompt "こんにちは"\n',
    ),
    (
        "yaml",
        "model:\n  name: llama-4\n  temperature: 0.7\n  max_tokens: 512\ntags: [AI, LLM, 日本語]\n",
    ),
    (
        "javascript",
        "const response = await fetch('/api/generate', {\n"
        "  method: 'POST',\n"
        "  body: JSON.stringify({ prompt: '要約してください' }),\n"
        "});\n"
        "console.log(await response.json());\n",
    ),
)


@cache
def seed_post() -> str:
    """Return the body (without front matter) of the real seed post."""
    return frontmatter.loads(SEED_PATH.read_text(encoding="utf-8")).content


def _paragraph(rng: random.Random) -> str:
    return "".join(rng.choice(_SENTENCES) for _ in range(rng.randint(3, 7)))


def _section(rng: random.Random, index: int) -> str:
    parts = [f"## {_HEADINGS[index % len(_HEADINGS)]}"]
    for _ in range(rng.randint(2, 4)):
        parts.append(_paragraph(rng))
    if index % 2 == 0:
        parts.append("\n".join(f"- {rng.choice(_SENTENCES)}" for _ in range(rng.randint(3, 5))))
    language, code = _CODE[index % len(_CODE)]
    parts.append(f"```{language}\n{code}```")
    if index % 3 == 1:
        parts.append(
            "| モデル | パラメータ数 | 用途 |\n|---|---:|---|\n| Llama 3 | 70B | 汎用 |\n"
            "| Llama 4 | 非公開 | 汎用・マルチモーダル |"
        )
    parts.append(_paragraph(rng))
    return "\n\n".join(parts)


def _build(chars: int, seed: int) -> str:
    rng = random.Random(seed)
    sections = [_paragraph(rng)]
    total = len(sections[0])
    index = 0
    while total < chars:
        section = _section(rng, index)
        sections.append(section)
        total += len(section) + 2
        index += 1
    return "\n\n".join(sections) + "\n"


def japanese_post(chars: int = 20_000) -> str:
    """Return a deterministic Japanese post of about *chars* characters, with code blocks."""
    return _build(chars, seed=4)


def long_post(chars: int = 200_000, variant: int = 0) -> str:
    """Return a deterministic long Japanese post of about *chars* characters; each
    ``variant`` is a different text (nothing of it in a render cache yet)."""
    return _build(chars, seed=40 + variant)
