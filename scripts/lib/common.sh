# Shared by the scripts: find the repository, make sure the tools exist, install Debian packages when missing.
# shellcheck shell=bash
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '%s\n' "$*" >&2; }

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "dotnet (the .NET 10 SDK) is not on PATH. Install it: https://learn.microsoft.com/dotnet/core/install/linux-debian"
    say "未找到 dotnet（.NET 10 SDK），请先安装。"
    exit 2
  fi
}

# ensure_apt <command-or-path> <debian-package>...: installs the packages when the command is missing.
ensure_apt() {
  local probe="$1"; shift
  if command -v "$probe" >/dev/null 2>&1 || [ -e "$probe" ]; then return 0; fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "Missing $probe; install the Debian packages: $* (needs root)"; return 1
    fi
  fi
  say "Installing Debian packages: $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The CLI, built once in Release.
CLI_DLL="$REPO_ROOT/src/Gongkai.Cli/bin/Release/net10.0/gongkai.dll"
build_cli() {
  ensure_dotnet
  dotnet build "$REPO_ROOT/src/Gongkai.Cli/Gongkai.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
}
gongkai() { dotnet "$CLI_DLL" "$@"; }

# The Debian packages the readers, writers and their tests use: pdftotext (PDF reader), LibreOffice (legacy Word
# conversion, DOCX→PDF interop tests), Noto CJK fonts (PDF output), Chromium (HTML→PDF, browser tests).
ensure_document_tools() {
  ensure_apt pdftotext poppler-utils || say "warning: poppler-utils could not be installed; PDF tests will skip"
  ensure_apt fc-list fontconfig || true
  if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK\|Noto Serif CJK"; then
    ensure_apt /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc fonts-noto-cjk || say "warning: fonts-noto-cjk could not be installed"
  fi
  ensure_apt soffice libreoffice-writer-nogui || say "warning: LibreOffice could not be installed; conversion tests will skip"
  ensure_apt /usr/lib/libreoffice/program/libsclo.so libreoffice-calc-nogui || say "warning: LibreOffice Calc could not be installed; the spreadsheet test will skip"
  ensure_apt chromium chromium || say "warning: Chromium could not be installed; PDF rendering and browser tests will skip"
}

# A throwaway PostgreSQL cluster on loopback for the tests, stopped when the script exits.
# Exports GONGKAI_TEST_POSTGRES (an Npgsql connection string); tests that need it skip with a message without it.
start_test_postgres() {
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    ensure_apt /usr/lib/postgresql postgresql || { say "warning: PostgreSQL could not be installed; PostgreSQL tests will skip"; return 0; }
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  PG_TEST_DIR=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
  local port=55432
  while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_TEST_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$pgbin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$pgbin/pg_ctl" -D "$PG_TEST_DIR/data" -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off" \
    -l "$PG_TEST_DIR/server.log" -w start >/dev/null
  PG_TEST_STOP=("${as[@]}" "$pgbin/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop)
  export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  trap stop_test_postgres EXIT
  say "PostgreSQL for tests on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_STOP+x}" ]; then "${PG_TEST_STOP[@]}" >/dev/null 2>&1 || true; unset PG_TEST_STOP; fi
  if [ -n "${PG_TEST_DIR:-}" ]; then rm -rf "$PG_TEST_DIR"; fi
}
