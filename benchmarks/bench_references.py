"""Time finding a post's links and images, with the code-masking pass against without it.

Run from the repository root: ``python benchmarks/bench_references.py``. The site index
reads every post's references (for the checks and the learned image folder); links inside
code are masked out first. For the seed post and a 20k-character Japanese post with
many code spans it prints the median and p95 of ``_find_references`` as shipped, and the
same with the masking pass replaced by the identity (the baseline, same run).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import japanese_post, seed_post
from timing import measure

from editor.core.post.front_matter_split import split_front_matter
from editor.core.site import post_entries as site_index


def main() -> None:
    """Print the figures for each post."""
    for name, text in (("seed post", seed_post()), ("20k Japanese post", japanese_post())):
        body = split_front_matter(text).body
        masked = measure(lambda body=body: site_index._find_references(body, 1), 300)
        shipped = site_index.mask_code
        site_index.mask_code = lambda text: text
        try:
            plain = measure(lambda body=body: site_index._find_references(body, 1), 300)
        finally:
            site_index.mask_code = shipped
        print(
            f"{name:<20} references with code masked  median {masked[0]:7.3f} ms  "
            f"p95 {masked[1]:7.3f} ms  ratio {masked[0] / plain[0]:.2f}x "
            f"(baseline without masking {plain[0]:.3f} ms, {body.count('`')} backticks)"
        )


if __name__ == "__main__":
    main()
