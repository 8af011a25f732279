"""Following dossiers, committees, ministries and document kinds (issue 19)."""

from __future__ import annotations

import pytest

from tracker.store.follows import (
    DEFAULT_SOORTEN,
    Follow,
    add_follow,
    list_follows,
    remove_follow,
    soorten,
)


def test_follows_are_kept_listed_and_removed(db):
    add_follow("dossier", "32637")
    add_follow("ministerie", "OCW")
    add_follow("dossier", "32637")  # twice: a no-op
    assert list_follows() == [Follow("dossier", "32637"), Follow("ministerie", "OCW")]
    assert remove_follow("dossier", "32637") is True
    assert remove_follow("dossier", "32637") is False
    assert list_follows() == [Follow("ministerie", "OCW")]


def test_an_unknown_kind_or_empty_value_is_refused_clearly(db):
    with pytest.raises(ValueError, match="unknown kind to follow 'partij'"):
        add_follow("partij", "VVD")
    with pytest.raises(ValueError, match="nothing to follow"):
        add_follow("dossier", "  ")
    assert list_follows() == []


def test_without_a_soort_followed_the_answer_kinds_apply(db):
    assert soorten(list_follows()) == DEFAULT_SOORTEN
    assert "Antwoord schriftelijke vragen" in DEFAULT_SOORTEN
    add_follow("soort", "Brief regering")
    assert soorten(list_follows()) == ("Brief regering",)
