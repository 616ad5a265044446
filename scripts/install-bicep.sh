#!/usr/bin/env bash
# Installs the pinned Bicep CLI from NuGet (package Azure.Bicep.CommandLine.linux-x64) into .tools/bicep/
# by restoring infra/tools/bicep-cli.csproj, then prints the binary's path on stdout.
# Idempotent: when the pinned version is already there it only prints the path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/infra/tools/bicep-cli.csproj"
version="$(sed -n 's/.*Azure\.Bicep\.CommandLine\.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' "$project")"
[ -n "$version" ] || { echo "install-bicep: no pinned version found in $project" >&2; exit 1; }
packages="$root/.tools/bicep/packages"
binary="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [ -x "$binary" ] && "$binary" --version 2>/dev/null | grep -q "version $version "; then
  echo "$binary"
  exit 0
fi

command -v dotnet >/dev/null || { echo "install-bicep: the .NET SDK (dotnet) is needed to restore the Bicep CLI from NuGet" >&2; exit 1; }
echo "install-bicep: restoring Bicep CLI $version from NuGet into .tools/bicep/" >&2
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet restore "$project" \
  --packages "$packages" \
  -p:MSBuildProjectExtensionsPath="$root/.tools/bicep/obj/" \
  --verbosity quiet >&2
# NuGet does not keep the execute bit of files inside a package.
chmod +x "$binary"
"$binary" --version >&2
echo "$binary"
