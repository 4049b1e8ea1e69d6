"""The API's models, one module each; imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .carrier_with_null import CarrierWithNull as CarrierWithNull
    from .case_sensitive import CaseSensitive as CaseSensitive
    from .mixed import Mixed as Mixed
    from .nullable_carrier import NullableCarrier as NullableCarrier
    from .only_null import OnlyNull as OnlyNull
    from .parameter_sort_list_shipments import (
        ParameterSortListShipments as ParameterSortListShipments,
    )
    from .priority import Priority as Priority
    from .ratio import Ratio as Ratio
    from .shipment import Shipment as Shipment
    from .shipment_flags_item import ShipmentFlagsItem as ShipmentFlagsItem
    from .shipment_insured import ShipmentInsured as ShipmentInsured
    from .shipment_packaging import ShipmentPackaging as ShipmentPackaging
    from .shipment_status import ShipmentStatus as ShipmentStatus
    from .symbols import Symbols as Symbols

__all__ = [
    "CarrierWithNull",
    "CaseSensitive",
    "Mixed",
    "NullableCarrier",
    "OnlyNull",
    "ParameterSortListShipments",
    "Priority",
    "Ratio",
    "Shipment",
    "ShipmentFlagsItem",
    "ShipmentInsured",
    "ShipmentPackaging",
    "ShipmentStatus",
    "Symbols",
]

_EXPORTS: dict[str, str] = {
    "CarrierWithNull": ".carrier_with_null",
    "CaseSensitive": ".case_sensitive",
    "Mixed": ".mixed",
    "NullableCarrier": ".nullable_carrier",
    "OnlyNull": ".only_null",
    "ParameterSortListShipments": ".parameter_sort_list_shipments",
    "Priority": ".priority",
    "Ratio": ".ratio",
    "Shipment": ".shipment",
    "ShipmentFlagsItem": ".shipment_flags_item",
    "ShipmentInsured": ".shipment_insured",
    "ShipmentPackaging": ".shipment_packaging",
    "ShipmentStatus": ".shipment_status",
    "Symbols": ".symbols",
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
