"""Keycloak 26 (Quarkus distribution from Maven Central) on the `keycloak` database.

Every realm file of deploy/keycloak/realms (`tramita`, and the stand-in national IdPs
`govbr` and `autenticacao-gov`) is imported on start (`--import-realm`), which creates
missing realms and leaves existing ones untouched. So that edits to a realm file still
reach an existing database, the digest of each imported file is recorded under the
state directory; when Keycloak is next started (`tramita-stack down keycloak && up`) a
changed file is re-imported with `kc.sh import --override true`, which replaces that
realm (users created at runtime in it, e.g. brokered accounts, are dropped).

Tramita's own login steps (deploy/keycloak/extensions, a Maven project: the security code
and the first-login one-time code) are built into a jar, copied into the distribution's
`providers/` directory and baked in by `kc.sh build` (the server starts `--optimized`).
The digest of the extension sources is part of the build stamp, so changed sources make
the component "not installed": the next `install`, or the next start of Keycloak, rebuilds
the jar (Maven, offline once its dependencies are in ~/.m2) and re-augments Keycloak. A
running Keycloak is never rebuilt underneath: restart it to deploy a change.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import httpx

from tramita_devstack import config, downloads, process, state
from tramita_devstack.components.base import Component
from tramita_devstack.components.postgres import psql
from tramita_devstack.console import detail, say
from tramita_devstack.process import Launch, StackError

ARTIFACT = "org.keycloak:keycloak-quarkus-dist:{version}:tar.gz"
REALM = "tramita"
ADMIN_USER = "admin"
# Build-time options (Quarkus augmentation); recorded in a stamp so changes rebuild.
BUILD_OPTIONS = ("--db=postgres", "--health-enabled=true", "--cache=local")
EXTENSIONS_JAR = "tramita-keycloak-extensions.jar"
# The SMS provider of the first-login one-time code: the stack's catcher (any token).
SMS_TOKEN = "local-only-sms-token"


def extensions_dir(repo: Path) -> Path:
    """The Maven project of Tramita's Keycloak extensions."""
    return repo / "deploy" / "keycloak" / "extensions"


def extension_sources(repo: Path) -> list[Path]:
    """pom.xml and everything under src/: what the jar is built from."""
    root = extensions_dir(repo)
    files = [root / "pom.xml"] if (root / "pom.xml").is_file() else []
    if (root / "src").is_dir():
        files.extend(sorted(p for p in (root / "src").rglob("*") if p.is_file()))
    return files


def extensions_digest(repo: Path) -> str:
    """Digest of the extension sources (names and contents); "" when there are none."""
    files = extension_sources(repo)
    if not files:
        return ""
    root = extensions_dir(repo)
    sha = hashlib.sha256()
    for path in files:
        sha.update(path.relative_to(root).as_posix().encode() + b"\0")
        sha.update(hashlib.sha256(path.read_bytes()).digest())
    return sha.hexdigest()


def realm_dir(repo: Path) -> Path:
    return repo / "deploy" / "keycloak" / "realms"


def demo_users(repo: Path, realm: str = REALM) -> list[tuple[str, str, list[str]]]:
    """(username, password, realm roles) of the users one local realm file defines."""
    users = []
    for path in sorted(realm_dir(repo).glob("*.json")):
        data = json.loads(path.read_text())
        if data.get("realm") != realm:
            continue
        for user in data.get("users", []):
            passwords = [c["value"] for c in user.get("credentials", []) if "value" in c]
            roles = [r for r in user.get("realmRoles", []) if not r.startswith("default-")]
            users.append((user["username"], passwords[0] if passwords else "", roles))
    return users


def realm_files(repo: Path) -> dict[str, Path]:
    """Realm name -> its local realm file."""
    files = {}
    for path in sorted(realm_dir(repo).glob("*.json")):
        files[json.loads(path.read_text())["realm"]] = path
    return files


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Keycloak(Component):
    name = "keycloak"
    port_names = ("keycloak", "keycloak_management")
    requires = ("postgres",)
    startup_timeout = 300.0
    stop_timeout = 30.0
    java_preferred = (25, 21, 17)

    @property
    def home(self) -> Path:
        return self.ctx.paths.cache / f"keycloak-{config.KEYCLOAK_VERSION}"

    @property
    def stamp(self) -> Path:
        return self.home / ".tramita-build"

    def _stamp_value(self) -> str:
        java_home, _ = downloads.pick_java(minimum=17, preferred=self.java_preferred)
        parts = [*BUILD_OPTIONS, str(java_home)]
        digest = extensions_digest(self.ctx.repo)
        if digest:
            parts.append(f"extensions={digest}")
        return " ".join(parts)

    @property
    def extensions_build(self) -> Path:
        """Maven's build directory for the extensions (per checkout, outside the sources)."""
        return self.data_dir / "extensions-build"

    def installed(self) -> bool:
        try:
            return self.stamp.read_text().strip() == self._stamp_value()
        except FileNotFoundError:
            return False

    def install(self) -> None:
        version = config.KEYCLOAK_VERSION
        downloads_dir = self.ctx.paths.cache / "downloads"
        archive = downloads_dir / f"keycloak-quarkus-dist-{version}.tar.gz"
        logs = self.ctx.paths.cache / "build-logs"
        if not archive.exists():
            argv = [
                downloads.maven(),
                "-B",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                f"-Dartifact={ARTIFACT.format(version=version)}",
                f"-DoutputDirectory={downloads_dir}",
            ]
            downloads.run_with_progress(
                argv,
                what=f"fetching Keycloak {version} (~170 MB)",
                log=logs / "keycloak-fetch.log",
                cwd=self.ctx.paths.cache,
            )
        if not (self.home / "bin" / "kc.sh").exists():
            detail(f"extracting {archive.name}")
            downloads.extract_tar(archive, self.home)
        jar = self._build_extensions()
        if process.running_pid(self.ctx.paths.pidfile(self.name)) is not None:
            # kc.sh build rewrites the distribution a running server loads classes from.
            say(
                "keycloak is running: the rebuilt extensions are deployed when it restarts "
                "(tramita-stack down keycloak && tramita-stack up)"
            )
            return
        self._deploy_extensions(jar)
        java_home, major = downloads.pick_java(minimum=17, preferred=self.java_preferred)
        env = dict(self.ctx.base_env(), JAVA_HOME=str(java_home))
        downloads.run_with_progress(
            [str(self.home / "bin" / "kc.sh"), "build", *BUILD_OPTIONS],
            what=f"building (augmenting) Keycloak {version} on Java {major}",
            log=logs / "keycloak-build.log",
            env=env,
            cwd=self.home,
        )
        self.stamp.write_text(self._stamp_value() + "\n")

    def _build_extensions(self) -> Path | None:
        """`mvn package` the extensions (unit tests included) unless this digest is built.

        The first build downloads Keycloak's SPI jars, JUnit and the pinned plugins into
        ~/.m2 (visible as "Downloaded from" lines); once one build of the current pom.xml
        succeeded, later builds run offline and quiet (`-o -q`).
        """
        digest = extensions_digest(self.ctx.repo)
        if not digest:
            return None
        jar = self.extensions_build / EXTENSIONS_JAR
        built = self.extensions_build / "built-digest"
        if jar.is_file() and built.is_file() and built.read_text().strip() == digest:
            detail("keycloak extensions: up to date")
            return jar
        root = extensions_dir(self.ctx.repo)
        resolved = self.extensions_build / "resolved-pom-digest"
        pom_digest = hashlib.sha256((root / "pom.xml").read_bytes()).hexdigest()
        offline = resolved.is_file() and resolved.read_text().strip() == pom_digest
        # Maven itself on a JDK it knows well (17 or 21); the jar targets Java 17 anyway.
        java_home, major = downloads.pick_java(minimum=17, preferred=(17, 21, 25))
        env = dict(self.ctx.base_env(), JAVA_HOME=str(java_home))
        argv = [
            downloads.maven(),
            "-B",
            *(("-o", "-q") if offline else ()),
            f"-Dtramita.build.directory={self.extensions_build}",
            "-f",
            str(root / "pom.xml"),
            "package",
        ]
        log = self.ctx.paths.cache / "build-logs" / "keycloak-extensions-build.log"
        try:
            downloads.run_with_progress(
                argv,
                what=f"building the Keycloak extensions with Maven on Java {major}"
                + (" (offline)" if offline else ""),
                log=log,
                env=env,
                cwd=root,
            )
        except StackError:
            if not offline or "offline mode" not in log.read_text(errors="replace"):
                raise
            # ~/.m2 lost something since: resolve again, online.
            resolved.unlink()
            return self._build_extensions()
        resolved.write_text(pom_digest + "\n")
        built.write_text(digest + "\n")
        return jar

    def _deploy_extensions(self, jar: Path | None) -> None:
        """Put the jar (or nothing, when there are no extensions) into providers/."""
        target = self.home / "providers" / EXTENSIONS_JAR
        if jar is None:
            target.unlink(missing_ok=True)
            return
        shutil.copy2(jar, target)
        detail(f"deployed {jar.name} into {target.parent}")

    @property
    def imported_stamp(self) -> Path:
        """Digest of each realm file as last imported into this stack's database."""
        return self.data_dir / "imported-realms.json"

    def prepare(self) -> None:
        imports = self.home / "data" / "import"
        shutil.rmtree(imports, ignore_errors=True)
        imports.mkdir(parents=True)
        realms = realm_files(self.ctx.repo)
        if not realms:
            raise StackError(f"no realm files in {realm_dir(self.ctx.repo)}")
        for path in realms.values():
            shutil.copy2(path, imports / path.name)
        current = {name: _digest(path) for name, path in realms.items()}
        if self._database_has_realms():
            recorded = state.read_json(self.imported_stamp)
            # A realm never recorded is new to this database, or predates the record:
            # re-import it too (a missing realm is simply created).
            changed = sorted(name for name in current if recorded.get(name) != current[name])
            if changed:
                self._reimport({name: realms[name] for name in changed})
        # Otherwise the database is new and --import-realm imports every file on start.
        state.write_json_private(self.imported_stamp, current)

    def _database_has_realms(self) -> bool:
        found = psql(
            "SELECT to_regclass('public.realm') IS NOT NULL",
            port=self.ctx.ports["postgres"],
            user=config.PG_USER,
            password=self.ctx.secrets["pg_password"],
            database="keycloak",
        )
        return found == "t"

    def _reimport(self, realms: dict[str, Path]) -> None:
        """Replace these realms in the database (`kc.sh import --override`)."""
        say(f"realm files changed: re-importing {', '.join(p.name for p in realms.values())}")
        with tempfile.TemporaryDirectory(prefix="tramita-realms-") as tmp:
            for realm, path in realms.items():
                # A directory import reads only files named <realm>-realm.json.
                shutil.copy2(path, Path(tmp) / f"{realm}-realm.json")
            argv = [
                str(self.home / "bin" / "kc.sh"),
                "import",
                "--optimized",
                f"--dir={tmp}",
                "--override=true",
            ]
            downloads.run_with_progress(
                argv,
                what="re-importing Keycloak realms",
                log=self.ctx.paths.log("keycloak-import"),
                env=self._env(),
                cwd=self.home,
            )

    def _env(self) -> dict[str, str]:
        java_home, _ = downloads.pick_java(minimum=17, preferred=self.java_preferred)
        env = self.ctx.base_env()
        env.update(
            {
                "JAVA_HOME": str(java_home),
                "JAVA_OPTS_KC_HEAP": "-Xms128m -Xmx768m",
                "KC_DB_URL": f"jdbc:postgresql://{config.HOST}:{self.ctx.ports['postgres']}/keycloak",
                "KC_DB_USERNAME": config.PG_USER,
                "KC_DB_PASSWORD": self.ctx.secrets["pg_password"],
                "KC_BOOTSTRAP_ADMIN_USERNAME": ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD": self.ctx.secrets["keycloak_admin_password"],
                # Placeholders of the realm files, resolved by Keycloak at import.
                "TRAMITA_GATEWAY_PORT": str(self.ctx.ports["gateway"]),
                "TRAMITA_KEYCLOAK_PORT": str(self.ports["keycloak"]),
                "TRAMITA_SMTP_PORT": str(self.ctx.ports["smtp"]),
                # Read by the tramita-first-login-otp authenticator (deploy/keycloak/extensions).
                "TRAMITA_SMS_URL": f"http://{config.HOST}:{self.ctx.ports['mail_api']}/api/v1/sms",
                "TRAMITA_SMS_TOKEN": SMS_TOKEN,
            }
        )
        return env

    def launch(self) -> Launch:
        env = self._env()
        argv = [
            str(self.home / "bin" / "kc.sh"),
            "start",
            "--optimized",
            "--http-enabled=true",
            f"--http-host={config.HOST}",
            f"--http-port={self.ports['keycloak']}",
            f"--http-management-port={self.ports['keycloak_management']}",
            "--hostname-strict=false",
            "--import-realm",
            "--log=console",
        ]
        return Launch(argv=argv, env=env, cwd=self.home, marker=str(self.home))

    def _url(self) -> str:
        return f"http://{config.HOST}:{self.ports['keycloak']}"

    def ready(self) -> bool:
        health = f"http://{config.HOST}:{self.ports['keycloak_management']}/health/ready"
        discovery = f"{self._url()}/realms/{REALM}/.well-known/openid-configuration"
        try:
            return (
                httpx.get(health, timeout=3).status_code == 200
                and httpx.get(discovery, timeout=3).status_code == 200
            )
        except httpx.HTTPError:
            return False

    def endpoints(self) -> dict[str, object]:
        return {
            "keycloak_url": self._url(),
            "keycloak_realm": REALM,
            "keycloak_admin_user": ADMIN_USER,
            "keycloak_admin_password": self.ctx.secrets["keycloak_admin_password"],
        }

    def urls(self) -> list[str]:
        lines = [
            f"keycloak   {self._url()}/admin  (admin / keycloak_admin_password in "
            f"secrets.json); realm {self._url()}/realms/{REALM}"
        ]
        for username, password, roles in demo_users(self.ctx.repo):
            lines.append(f"  demo login  {username} / {password}  ({', '.join(roles)})")
        for realm in sorted(set(realm_files(self.ctx.repo)) - {REALM}):
            logins = demo_users(self.ctx.repo, realm)
            if logins:
                names = ", ".join(username for username, _, _ in logins)
                lines.append(
                    f"  stand-in IdP {self._url()}/realms/{realm}: {names} "
                    f"(password {logins[0][1]}; see deploy/keycloak/README.md)"
                )
        return lines
