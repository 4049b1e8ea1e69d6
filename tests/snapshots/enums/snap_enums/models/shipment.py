from __future__ import annotations

from .._base import Model
from .carrier_with_null import CarrierWithNull
from .case_sensitive import CaseSensitive
from .mixed import Mixed
from .nullable_carrier import NullableCarrier
from .priority import Priority
from .ratio import Ratio
from .shipment_flags_item import ShipmentFlagsItem
from .shipment_insured import ShipmentInsured
from .shipment_packaging import ShipmentPackaging
from .shipment_status import ShipmentStatus
from .symbols import Symbols


class Shipment(Model):

    id: str
    status: ShipmentStatus
    priority: Priority | None = None
    ratio: Ratio | None = None
    mode: Mixed | bool | None = None
    carrier: NullableCarrier | None = None
    backup_carrier: CarrierWithNull | None = None
    gone: None = None
    size: CaseSensitive | None = None
    symbol: Symbols | None = None
    insured: ShipmentInsured | None = None
    packaging: ShipmentPackaging | None = None
    """An inline enum, hoisted as ShipmentPackaging."""

    flags: list[ShipmentFlagsItem] | None = None
