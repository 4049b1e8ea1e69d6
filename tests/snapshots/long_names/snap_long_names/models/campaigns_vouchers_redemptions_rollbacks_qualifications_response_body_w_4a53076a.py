from __future__ import annotations

from .._base import Model


class CampaignsVouchersRedemptionsRollbacksQualificationsResponseBodyWithAVer_a61c9a5d(
    Model
):

    id: str | None = None
