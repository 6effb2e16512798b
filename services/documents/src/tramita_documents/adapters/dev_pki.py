"""A development PKI: root CA → issuing CA → document-signing and timestamping certificates.

Generated at stack set-up (and by tests) under a state directory, never committed.
Production keys come from secrets/HSM through the same files or a PKCS#11 signer.

`python -m tramita_documents.adapters.dev_pki DIR` creates it once (idempotent).
"""

import datetime as dt
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

FILES = ("root.pem", "issuing.pem", "chain.pem", "signer.key", "signer.pem", "tsa.key", "tsa.pem")
_VALIDITY = dt.timedelta(days=3650)
type _Key = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True)
class DevPki:
    directory: Path

    @property
    def root_cert(self) -> Path:
        return self.directory / "root.pem"

    @property
    def chain(self) -> Path:
        """The issuing CA certificate (intermediates between signer and root)."""
        return self.directory / "chain.pem"

    @property
    def signer_key(self) -> Path:
        return self.directory / "signer.key"

    @property
    def signer_cert(self) -> Path:
        return self.directory / "signer.pem"

    @property
    def tsa_key(self) -> Path:
        return self.directory / "tsa.key"

    @property
    def tsa_cert(self) -> Path:
        return self.directory / "tsa.pem"


def _name(common_name: str, organization: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "PT"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _usage(*, sign: bool, ca: bool, non_repudiation: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _certificate(
    *,
    subject: x509.Name,
    key: _Key,
    issuer: x509.Name,
    issuer_key: _Key,
    ca: bool,
    path_length: int | None = None,
    usage: x509.KeyUsage,
    eku: list[x509.ObjectIdentifier] | None = None,
    now: dt.datetime,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def _pem_key(key: _Key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def generate(directory: Path, *, organization: str = "Tramita local PKI") -> DevPki:
    """A fresh PKI in `directory` (overwrites). Keys are PEM, unencrypted, mode 0600."""
    now = dt.datetime.now(dt.UTC)
    keys: dict[str, _Key] = {
        role: ec.generate_private_key(ec.SECP256R1()) for role in ("root", "issuing", "signer")
    }
    # RFC 3161 responders commonly sign with RSA (and pyHanko's test TSA requires it).
    keys["tsa"] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = _name(f"{organization} Root CA", organization)
    issuing_name = _name(f"{organization} Issuing CA", organization)
    root = _certificate(
        subject=root_name,
        key=keys["root"],
        issuer=root_name,
        issuer_key=keys["root"],
        ca=True,
        usage=_usage(sign=False, ca=True),
        now=now,
    )
    issuing = _certificate(
        subject=issuing_name,
        key=keys["issuing"],
        issuer=root_name,
        issuer_key=keys["root"],
        ca=True,
        path_length=0,
        usage=_usage(sign=False, ca=True),
        now=now,
    )
    signer = _certificate(
        subject=_name(f"{organization} Document Signing", organization),
        key=keys["signer"],
        issuer=issuing_name,
        issuer_key=keys["issuing"],
        ca=False,
        usage=_usage(sign=True, ca=False, non_repudiation=True),
        now=now,
    )
    tsa = _certificate(
        subject=_name(f"{organization} Timestamp Authority", organization),
        key=keys["tsa"],
        issuer=issuing_name,
        issuer_key=keys["issuing"],
        ca=False,
        usage=_usage(sign=True, ca=False),
        eku=[ExtendedKeyUsageOID.TIME_STAMPING],
        now=now,
    )
    directory.mkdir(parents=True, exist_ok=True)
    contents = {
        "root.pem": _pem(root),
        "issuing.pem": _pem(issuing),
        "chain.pem": _pem(issuing),
        "signer.key": _pem_key(keys["signer"]),
        "signer.pem": _pem(signer),
        "tsa.key": _pem_key(keys["tsa"]),
        "tsa.pem": _pem(tsa),
    }
    for name, data in contents.items():
        path = directory / name
        path.write_bytes(data)
        if name.endswith(".key"):
            path.chmod(0o600)
    return DevPki(directory)


def ensure(directory: Path) -> DevPki:
    """The PKI in `directory`, created once; a partial one is replaced atomically."""
    if all((directory / name).is_file() for name in FILES):
        return DevPki(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".pki-", dir=directory.parent))
    generate(staging)
    if directory.exists():
        shutil.rmtree(directory)
    os.replace(staging, directory)
    return DevPki(directory)


if __name__ == "__main__":
    target = ensure(Path(sys.argv[1]).resolve())
    print(f"development PKI at {target.directory}")
