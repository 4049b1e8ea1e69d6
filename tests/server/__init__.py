"""A live, in-memory Voucherify orders server for functional tests (standard library only).

    from tests.server import OrdersServer
    with OrdersServer() as server:
        ... server.url, server.requests, server.fail_next(404, json={...}), server.reset()

See `tests/server/http.py` for the HTTP side (recording, faults, auth) and
`tests/server/orders.py` for the orders resource.
"""

from .http import OrdersServer, RecordedRequest, Scripted
from .orders import ApiError, OrdersStore

__all__ = ["ApiError", "OrdersServer", "OrdersStore", "RecordedRequest", "Scripted"]
