"""A development RFC 3161 timestamp authority over HTTP, signing with the dev PKI's TSA key.

For the local stack only (`python -m tramita_documents.adapters.dev_tsa --pki DIR --port N`):
POST a DER TimeStampReq (application/timestamp-query), get a TimeStampResp back.
"""

import argparse
import asyncio
from pathlib import Path

from aiohttp import web
from asn1crypto import tsp
from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder
from pyhanko.sign.timestamps import DummyTimeStamper

from tramita_documents.adapters.dev_pki import DevPki


def timestamper(pki: DevPki) -> DummyTimeStamper:
    return DummyTimeStamper(
        tsa_cert=load_cert_from_pemder(str(pki.tsa_cert)),
        tsa_key=load_private_key_from_pemder(str(pki.tsa_key), passphrase=None),
        certs_to_embed=[load_cert_from_pemder(str(pki.chain))],
    )


def application(pki: DevPki) -> web.Application:
    stamper = timestamper(pki)

    async def stamp(request: web.Request) -> web.Response:
        query = tsp.TimeStampReq.load(await request.read())
        reply = await stamper.async_request_tsa_response(query)
        return web.Response(body=reply.dump(), content_type="application/timestamp-reply")

    async def ready(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/", stamp)
    app.router.add_get("/readyz", ready)
    return app


async def serve(pki: DevPki, host: str, port: int) -> None:
    runner = web.AppRunner(application(pki))
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pki", required=True, type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    asyncio.run(serve(DevPki(args.pki.resolve()), args.host, args.port))
