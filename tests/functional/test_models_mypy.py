"""Generated packages pass `mypy --strict` (the package and code that uses it)."""

from __future__ import annotations

import types
from pathlib import Path

import black
import pytest
import yaml

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import render_package

mypy_api = pytest.importorskip("mypy.api")

REPO = Path(__file__).resolve().parents[2]

USER_CODE = '''
from voucherify import ApiClient, AsyncApiClient, Configuration, OrdersApi, AsyncOrdersApi, ApiException
from voucherify.models import ParameterOrderListOrders


def run() -> None:
    config = Configuration(host="http://localhost", api_key={"X-App-Id": "a", "X-App-Token": "b"})
    with ApiClient(config) as client:
        api = OrdersApi(client)
        page = api.list_orders(limit=10, order=ParameterOrderListOrders.MINUS_CREATED_AT)
        info = api.list_orders_with_http_info()
        status: int = info.status_code
        try:
            api.get_order("ord_1")
        except ApiException as exc:
            print(exc.status, exc.body, page, status)


async def run_async() -> None:
    async with AsyncApiClient(Configuration()) as client:
        await AsyncOrdersApi(client).list_orders(page=2)
'''


def test_orders_package_passes_mypy_strict(tmp_path: Path) -> None:
    document = yaml.safe_load((REPO / "spec" / "orders.yaml").read_text(encoding="utf-8"))
    api, _ = build_ir(types.SimpleNamespace(document=document))
    files = render_package(api, Options(spec=REPO / "spec" / "orders.yaml", output=tmp_path, package_name="voucherify"))
    for rel, text in files.items():
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(black.format_str(text, mode=black.Mode()) if rel.endswith(".py") else text)
    (tmp_path / "user_code.py").write_text(USER_CODE)
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy_cache"),
         str(tmp_path / "voucherify"), str(tmp_path / "user_code.py")]
    )
    assert status == 0, stdout + stderr
