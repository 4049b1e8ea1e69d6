from __future__ import annotations

from pydantic import Tag as _Tag
from typing import Annotated, Union
from .._base import RootSchema, discriminator as _discriminator
from .episode import Episode
from .track import Track


class Playable(
    RootSchema[
        Annotated[
            Union[Annotated[Track, _Tag("Track")], Annotated[Episode, _Tag("Episode")]],
            _discriminator(
                "type",
                {"track": "Track", "episode": "Episode"},
                {"Track": Track, "Episode": Episode},
            ),
        ]
    ]
):
    """No mapping, so by the rule the tags are Track and Episode; but each variant allows one value."""
