"""Every seventh real post of seven public sites: exact round trip, local single-field edits."""

from __future__ import annotations

import pytest

from tests.realcorpus import corpus_folder, run

pytestmark = pytest.mark.skipif(
    corpus_folder() is None, reason="the real-site corpus is not on this machine"
)


def test_real_posts_round_trip_and_edit_one_field_at_a_time() -> None:
    report = run(every=7)
    assert report.counts["files"] > 400 and report.counts["edits"] > 2000
    assert report.failures == []
