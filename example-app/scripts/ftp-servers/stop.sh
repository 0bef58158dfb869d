#!/usr/bin/env bash
# Stops a server that start.sh --background started (see README.md beside this file).
#
# usage: stop.sh PID [USER]
#   PID   the pid start.sh printed: the server's process group, which is ended whole
#   USER  locked again (its password no longer works)
# The account ftp is removed if the library made it. The work dir start.sh printed is
# left for a look; delete it yourself.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# >= 1 && $# <= 2)) && [[ $1 =~ ^[0-9]+$ ]] || { sed -n '2,/^set /p' "$0" | sed '$d' >&2; exit 2; }
FTPS_PID=$1
ftps_stop
ftps_remove_anon_account
if (($# == 2)); then ftps_lock_account "$2"; fi
