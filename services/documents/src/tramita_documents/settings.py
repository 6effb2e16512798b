"""Settings of the documents service (TRAMITA_* environment variables)."""

from pydantic import Field, SecretStr
from tramita_platform.settings import BaseServiceSettings


class DocumentsSettings(BaseServiceSettings):
    service_name: str = Field(default="documents", description="Service name.")
    grpc_port: int = Field(default=50055, ge=0, le=65535, description="gRPC server port.")
    metrics_port: int = Field(
        default=9475, ge=0, le=65535, description="Prometheus port of this service's processes."
    )
    service_client_id: str = Field(
        default="tramita-documents", description="Keycloak client id of this service's account."
    )
    minio_endpoint: str = Field(
        default="127.0.0.1:9100", description="S3 endpoint (host:port) holding document bytes."
    )
    minio_access_key: str = Field(description="S3 access key.")
    minio_secret_key: SecretStr = Field(description="S3 secret key.")
    minio_secure: bool = Field(default=False, description="Use TLS to reach the S3 endpoint.")
    minio_public_endpoint: str = Field(
        default="",
        description="S3 endpoint (host:port) as downloaders reach it, named in pre-signed "
        "links; empty: the same as minio_endpoint.",
    )
    minio_public_secure: bool | None = Field(
        default=None, description="Pre-signed links use https; unset: as minio_secure."
    )
    minio_region: str = Field(
        default="us-east-1", description="S3 region (signing is offline, so it must be set)."
    )
    download_link_seconds: int = Field(
        default=300, ge=1, le=3600, description="How long a pre-signed download link works."
    )
    identity_target: str = Field(
        default="127.0.0.1:50051", description="gRPC address of the identity service."
    )
    bond_cache_seconds: float = Field(
        default=30.0,
        ge=0,
        le=30,
        description="How long identity's answer on a caller's bond to an organization is "
        "reused (per subject and tax key).",
    )
    documents_bucket: str = Field(
        default="tramita-documents", description="Bucket of issued documents."
    )
    signing_key_file: str = Field(
        default="", description="PEM/DER private key of the issuing institution (a mounted secret)."
    )
    signing_key_password: SecretStr = Field(
        default=SecretStr(""), description="Passphrase of the signing key, if it is encrypted."
    )
    signing_cert_file: str = Field(default="", description="PEM certificate of the signing key.")
    signing_chain_file: str = Field(
        default="", description="PEM intermediate CA certificate(s) embedded in signatures."
    )
    trust_roots_file: str = Field(
        default="", description="PEM root CA certificate(s) that verification trusts."
    )
    tsa_url: str = Field(
        default="", description="RFC 3161 timestamp authority URL; empty: sign PAdES B-B only."
    )
    signing_location: str = Field(default="", description="Location written in signatures.")
