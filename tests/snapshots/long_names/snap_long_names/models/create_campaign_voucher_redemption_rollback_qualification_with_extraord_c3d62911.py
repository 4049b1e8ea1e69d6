from __future__ import annotations

from .._base import Model


class CreateCampaignVoucherRedemptionRollbackQualificationWithExtraordinarily_db4c5a94(
    Model
):

    value: str | None = None
