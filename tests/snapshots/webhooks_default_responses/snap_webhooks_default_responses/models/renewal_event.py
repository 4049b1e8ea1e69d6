from __future__ import annotations

from datetime import datetime
from .._base import Model


class RenewalEvent(Model):

    subscription_id: str
    renewed_at: datetime
