"""``rasid serve``: the analyst's desk (web pages + JSON API) over a store, with uvicorn.

Binds to 127.0.0.1 by default: the store may hold material an analyst must not expose to the
network, so listening on other interfaces is an explicit choice (``--host 0.0.0.0``).
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the web interface and JSON API (localhost by default)")
    p.add_argument("--db", default="rasid.db", help="SQLite file or database URL (default rasid.db)")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-body", type=int, default=2 * 1024 * 1024, help="request body limit in bytes (default 2 MB)")
    p.add_argument("--timeout", type=float, default=30.0, help="per-request time limit in seconds (default 30)")
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from rasid.web import create_app

    if not 0 < args.port < 65536:
        print(f"invalid port {args.port}", file=sys.stderr)
        return 2
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {args.host}, reachable from other machines", file=sys.stderr)
    app = create_app(args.db, max_body=args.max_body, timeout=args.timeout)
    print(f"rasid: http://{args.host}:{args.port}/  (store {args.db})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                limit_concurrency=64, timeout_keep_alive=5)
    return 0
