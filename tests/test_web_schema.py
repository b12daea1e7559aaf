"""Property-based test of the JSON API against its own OpenAPI document (schemathesis).

Schemathesis generates requests from every operation's declared parameters and bodies and checks
that the app never fails with a server error, answers only with documented status codes and content
types, and returns bodies that match the declared response schemas. Examples are bounded so the
test stays fast; the database is the ingested sample.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from test_web_api import sample_db  # noqa: F401  (shared session fixture)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def web_app(sample_db: Path):  # noqa: F811
    from rasid.web import create_app
    from rasid.web.geo import warm_up

    warm_up()  # the KB load is slow; schemathesis' ASGI client gives each request 10 s
    return create_app(str(sample_db))


@pytest.fixture(scope="module")
def api_schema(web_app):
    return schemathesis.openapi.from_asgi("/openapi.json", web_app)


def test_api_conforms_to_openapi(api_schema) -> None:
    """Every operation, a bounded number of generated requests each (the pytest plugin's
    ``from_fixture`` does not work with this pytest, so operations are driven with Hypothesis here)."""
    operations = [r.ok() for r in api_schema.get_all_operations()]
    assert len(operations) >= 10
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)
        def run(case) -> None:
            case.call_and_validate(checks=CHECKS)

        try:
            run()
        except Exception as exc:
            raise AssertionError(f"{op.method.upper()} {op.path}: {exc}") from exc
