#!/usr/bin/env bash
# Installs and unpacks everything lib.sh needs to run the five servers, for CI and
# for a machine that runs the real-server tests (RealServerProbeIT): Debian 12, root,
# Debian's apt repositories reachable. Idempotent; the .debs are cached in
# FTPS_CACHE (default /var/tmp/ftp-servers). See README.md beside this file.
#
# usage: prepare.sh [SERVER...]   (default: all five)
# exit:  0 all runnable; 1 something could not be had (named on stderr)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $(id -u) == 0 ]] || { ftps_log "run as root: it installs packages"; exit 1; }
# A fresh machine's package lists may be missing or stale; update them first.
apt-get update -q
FTPS_APT_UPDATED=1
ftps_prepare "$@"
(($#)) || set -- "${FTPS_SERVERS[@]}"
for server in "$@"; do
  ftps_log "$server: ready to run ($(ftps_binary "$server"), Debian $(ftps_package_version "$server"))"
done
