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
