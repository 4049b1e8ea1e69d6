from __future__ import annotations

from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_d3507e50(
    Model
):

    id: int | None = None
