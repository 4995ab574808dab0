#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test. CI runs exactly this (.ci/run).
# Installs the Debian packages the tests use when they are missing (needs root or sudo), starts a throwaway
# PostgreSQL cluster on loopback and stops it afterwards. Tests that need ../shared (the corpus beside the repository)
# skip with a message when it is absent.
source "$(dirname "$0")/lib/common.sh"
ensure_dotnet
ensure_document_tools
start_test_postgres
cd "$REPO_ROOT"
dotnet build Gongkai.slnx -c Release -nologo -v quiet -clp:ErrorsOnly -warnaserror
dotnet test Gongkai.slnx -c Release --no-build -nologo -v quiet -- RunConfiguration.CollectSourceInformation=false
