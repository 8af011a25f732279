"""The benchmark corpus generator: deterministic, varied, and readable by the importer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tracker.documents import read_document
from tracker.extract import extract

ROOT = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", module)  # dataclasses look their module up
    spec.loader.exec_module(sys.modules["bench_corpus"])
    module = sys.modules["bench_corpus"]
    return module


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_gives_byte_identical_files_and_another_seed_does_not(tmp_path):
    corpus = _corpus_module()
    corpus.generate(tmp_path / "a", documents=20, seed=5)
    corpus.generate(tmp_path / "b", documents=20, seed=5)
    corpus.generate(tmp_path / "c", documents=20, seed=6)
    a, b, c = _files(tmp_path / "a"), _files(tmp_path / "b"), _files(tmp_path / "c")
    assert len(a) == 20
    assert a == b
    assert a != c


def test_documents_differ_parse_and_hold_answers_with_commitments(tmp_path):
    corpus = _corpus_module()
    counts = corpus.generate(tmp_path, documents=20, seed=1)
    files = sorted(tmp_path.iterdir())
    assert len({p.read_bytes() for p in files}) == 20
    assert counts["verslag"] > 0 and counts["kamervragen"] > 0
    references, years, total = set(), set(), 0
    for path in files:
        document = read_document(path)
        references.add(document.reference)
        years.add(document.reference_date.year)
        if "brief" in path.name:
            continue
        assert document.exchanges, path.name
        assert any(ex.answer for ex in document.exchanges), path.name
        total += len(extract(document))
    assert len(references) == 20, "every document has its own dossier and number"
    assert len(years) >= 3, "dates are spread over several years"
    assert all(2019 <= y <= 2026 for y in years)
    assert total >= 20 * 10, "the corpus aims at about 20 commitments a document"
