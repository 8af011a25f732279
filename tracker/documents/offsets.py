"""The map from a clean text back into its source, kept as runs.

Each character of a `Block`'s text has the position in the source it came from. Those
positions mostly count up one by one (a sentence copied as it stood), broken only where
cleaning removed or replaced something. `Offsets` keeps one entry per run, not one per
character: a list of ints costs about 40 bytes a character, which made a 30 MB file take
gigabytes. It behaves as a read-only sequence of ints (indexing, slicing, iteration,
`len`, comparison with a list) that can grow at its end (`append`, `extend`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class Offsets(Sequence[int]):
    """Source positions, one per character, stored as runs of consecutive positions."""

    __slots__ = ("_at", "_to", "_len")

    def __init__(self, values: Iterable[int] = ()) -> None:
        self._at = array("q")  # index in this sequence where each run starts
        self._to = array("q")  # the source position at that index (then one up each)
        self._len = 0
        self.extend(values)

    def _append_run(self, start: int, length: int) -> None:
        if length <= 0:
            return
        if self._len and self._to[-1] + (self._len - self._at[-1]) == start:
            self._len += length  # goes on where the last run stopped
            return
        self._at.append(self._len)
        self._to.append(start)
        self._len += length

    def _runs(self) -> Iterator[tuple[int, int]]:
        """(first source position, length) of each run."""
        count = len(self._at)
        for k in range(count):
            end = self._at[k + 1] if k + 1 < count else self._len
            yield self._to[k], end - self._at[k]

    def append(self, value: int) -> None:
        self._append_run(value, 1)

    def extend(self, values: Iterable[int]) -> None:
        if isinstance(values, Offsets):
            for start, length in values._runs():
                self._append_run(start, length)
        elif isinstance(values, range) and values.step == 1:
            self._append_run(values.start, len(values))
        else:
            for value in values:
                self._append_run(value, 1)

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Offsets: ...

    def __getitem__(self, index: int | slice) -> int | Offsets:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            if step != 1:
                return Offsets(list(self)[index])
            out = Offsets()
            if stop <= start:
                return out
            k = bisect_right(self._at, start) - 1
            count = len(self._at)
            while k < count and self._at[k] < stop:
                first = self._at[k]
                end = self._at[k + 1] if k + 1 < count else self._len
                a, b = max(start, first), min(stop, end)
                out._append_run(self._to[k] + a - first, b - a)
                k += 1
            return out
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("offset index out of range")
        k = bisect_right(self._at, index) - 1
        return self._to[k] + index - self._at[k]

    def __iter__(self) -> Iterator[int]:
        for start, length in self._runs():
            yield from range(start, start + length)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return self._len == other._len and list(self._runs()) == list(other._runs())
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._len and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # it can grow

    def __repr__(self) -> str:
        runs = ", ".join(f"{s}+{n}" for s, n in self._runs())
        return f"Offsets([{runs}])"


def as_offsets(values: Sequence[int]) -> Offsets:
    """`values` as `Offsets` (a copy: growing one never changes the other)."""
    return Offsets(values)
