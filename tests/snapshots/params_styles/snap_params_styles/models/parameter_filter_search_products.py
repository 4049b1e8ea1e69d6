from __future__ import annotations

from .._base import Model


class ParameterFilterSearchProducts(Model):

    color: str | None = None
    size: str | None = None
    price: ParameterFilterSearchProductsPrice | None = None


from .parameter_filter_search_products_price import ParameterFilterSearchProductsPrice
