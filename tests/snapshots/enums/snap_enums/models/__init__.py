"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .box_size import BoxSize
    from .carrier_with_null import CarrierWithNull
    from .case_sensitive import CaseSensitive
    from .letter_size import LetterSize
    from .mixed import Mixed
    from .nullable_carrier import NullableCarrier
    from .only_null import OnlyNull
    from .parameter_sort_list_shipments import ParameterSortListShipments
    from .parcel_size import ParcelSize
    from .priority import Priority
    from .ratio import Ratio
    from .shipment import Shipment
    from .shipment_flags_item import ShipmentFlagsItem
    from .shipment_insured import ShipmentInsured
    from .shipment_packaging import ShipmentPackaging
    from .shipment_status import ShipmentStatus
    from .symbols import Symbols

__all__ = [
    "BoxSize",
    "CarrierWithNull",
    "CaseSensitive",
    "LetterSize",
    "Mixed",
    "NullableCarrier",
    "OnlyNull",
    "ParameterSortListShipments",
    "ParcelSize",
    "Priority",
    "Ratio",
    "Shipment",
    "ShipmentFlagsItem",
    "ShipmentInsured",
    "ShipmentPackaging",
    "ShipmentStatus",
    "Symbols",
]

#: where each name lives, one "name module" line each (a table in one literal:
#: cheap to load, and to format for the thousands of models of big APIs)
_TABLE = """\
BoxSize .box_size
CarrierWithNull .carrier_with_null
CaseSensitive .case_sensitive
LetterSize .letter_size
Mixed .mixed
NullableCarrier .nullable_carrier
OnlyNull .only_null
ParameterSortListShipments .parameter_sort_list_shipments
ParcelSize .parcel_size
Priority .priority
Ratio .ratio
Shipment .shipment
ShipmentFlagsItem .shipment_flags_item
ShipmentInsured .shipment_insured
ShipmentPackaging .shipment_packaging
ShipmentStatus .shipment_status
Symbols .symbols
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
