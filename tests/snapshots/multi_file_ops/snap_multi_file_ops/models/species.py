from __future__ import annotations

from .._base import OpenStrEnum


class Species(OpenStrEnum):
    DOG = "dog"
    CAT = "cat"
    BIRD = "bird"
