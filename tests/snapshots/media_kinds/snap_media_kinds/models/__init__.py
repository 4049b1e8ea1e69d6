"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_note_request_body import CreateNoteRequestBody
    from .owner import Owner
    from .pet import Pet
    from .search_pets_request_body import SearchPetsRequestBody
    from .search_pets_request_body_range import SearchPetsRequestBodyRange
    from .tag_pet_request_body import TagPetRequestBody
    from .tag_pet_request_body_form import TagPetRequestBodyForm
    from .upload_photo_request_body import UploadPhotoRequestBody

__all__ = [
    "CreateNoteRequestBody",
    "Owner",
    "Pet",
    "SearchPetsRequestBody",
    "SearchPetsRequestBodyRange",
    "TagPetRequestBody",
    "TagPetRequestBodyForm",
    "UploadPhotoRequestBody",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
CreateNoteRequestBody .create_note_request_body
Owner .owner
Pet .pet
SearchPetsRequestBody .search_pets_request_body
SearchPetsRequestBodyRange .search_pets_request_body_range
TagPetRequestBody .tag_pet_request_body
TagPetRequestBodyForm .tag_pet_request_body_form
UploadPhotoRequestBody .upload_photo_request_body
"""
_EXPORTS: dict[str, str] = {
    name: module
    for name, _, module in (line.partition(" ") for line in _TABLE.splitlines())
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
