"""Run the catcher: python -m tramita_devstack.mailcatcher --dir D --smtp-port N --api-port M."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path

from aiosmtpd.controller import Controller

from tramita_devstack.mailcatcher.http_api import make_server
from tramita_devstack.mailcatcher.store import MessageStore

log = logging.getLogger("mailcatcher")


class StoreHandler:
    """aiosmtpd handler: accept every recipient, store every message."""

    def __init__(self, store: MessageStore) -> None:
        self.store = store

    async def handle_DATA(self, server, session, envelope) -> str:
        message = self.store.add(
            envelope.original_content or envelope.content,
            mail_from=envelope.mail_from,
            rcpt_tos=envelope.rcpt_tos,
        )
        log.info(
            "stored %s from %s to %s: %s",
            message["ID"],
            envelope.mail_from,
            ",".join(envelope.rcpt_tos),
            message["Subject"],
        )
        return "250 Message accepted for delivery"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mailcatcher")
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--smtp-port", type=int, required=True)
    parser.add_argument("--api-port", type=int, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    store = MessageStore(args.dir)
    smtp = Controller(
        StoreHandler(store),
        hostname=args.host,
        port=args.smtp_port,
        data_size_limit=50 * 1024 * 1024,
    )
    smtp.start()
    http = make_server(args.host, args.api_port, store)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=http.shutdown).start())
    log.info(
        "SMTP on %s:%d, API on http://%s:%d", args.host, args.smtp_port, args.host, args.api_port
    )
    try:
        http.serve_forever()
    finally:
        smtp.stop()
        http.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
