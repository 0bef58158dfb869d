#!/usr/bin/env bash
# Starts one real FTP server on 127.0.0.1 (see README.md beside this file).
#
# usage: start.sh [--background] SERVER PORT ROOT USER PASSWORD
#   SERVER    vsftpd | proftpd | pure-ftpd | pyftpdlib | inetutils-ftpd
#   ROOT      the FTP root: USER's home, and anonymous's (must be readable by USER)
#   PASSWORD  USER's password; "-" reads it from the first line of stdin, which keeps
#             it out of the process list
#
# It never installs anything (prepare.sh does). It waits (at most FTPS_LOCK_SECONDS,
# default 60) while another run uses the account USER, then sets up the account USER
# (home ROOT, password PASSWORD) and, for anonymous on Pure-FTPd and inetutils ftpd,
# the account ftp; starts the server; waits (at most FTPS_START_SECONDS, default 15)
# until the port accepts connections; and prints, one per line:
#   server=NAME  version=...  pid=PID  anonymous=yes|no: why  work=DIR  ready=127.0.0.1:PORT
# In the foreground (default) it then stays until SIGTERM/SIGINT/SIGHUP or until the
# server dies, and on the way out stops the server (its whole process group), removes
# the ftp account it made, locks USER and deletes DIR (KEEP_WORK=1 keeps it).
# With --background it returns once ready; stop with stop.sh PID USER.
#
# exit: 0 ready (background) or stopped (foreground); 3 cannot run here
# (unavailable=why); 1 did not start (failed=why, the server's output on stderr);
# 2 usage.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

background=0
if [[ ${1:-} == --background ]]; then background=1; shift; fi
if (($# != 5)); then sed -n '2,/^set /p' "${BASH_SOURCE[0]}" | sed '$d' >&2; exit 2; fi
server=$1 port=$2 root=$3 user=$4 password=$5
if [[ $password == - ]]; then IFS= read -r password || true; fi
[[ $port =~ ^[0-9]+$ ]] || { echo "failed=port '$port' is not a number"; exit 2; }
[[ -d $root ]] || { echo "failed=ROOT $root is not a directory"; exit 2; }
root=$(cd "$root" && pwd -P)   # vsftpd and ProFTPD want the real path

if ! why=$(ftps_check "$server"); then echo "unavailable=$server: $why"; exit 3; fi

# Before any clean-up is armed: a run that never got the account must not lock it.
ftps_claim_account "$user" "${FTPS_LOCK_SECONDS:-60}" \
  || { echo "failed=another run held the account $user for ${FTPS_LOCK_SECONDS:-60}s"; exit 1; }
work=$(mktemp -d /tmp/ftp-servers.XXXXXX)
chmod 755 "$work"
made_anon=0

cleanup() {
  trap - EXIT TERM INT HUP
  ftps_stop
  ((made_anon)) && ftps_remove_anon_account
  ftps_lock_account "$user"
  if [[ ${KEEP_WORK:-} == 1 ]]; then ftps_log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 0' TERM INT HUP   # the EXIT trap does the stopping

ftps_account "$user" "$password" "$root" || { echo "failed=cannot set up the account $user"; exit 1; }
case $server in
  pure-ftpd|inetutils-ftpd) ftps_anon_account "$root" && made_anon=1 || true ;;
esac
ftps_start "$server" "$port" "$root" "$user" "$password" "$work/$server"
echo "server=$server"
echo "version=$FTPS_VERSION (Debian $(ftps_package_version "$server"))"
echo "pid=$FTPS_PID"
echo "anonymous=$FTPS_ANON"
echo "work=$work"
if ! ftps_wait_port "$port" "${FTPS_START_SECONDS:-15}"; then
  echo "failed=$server did not accept connections on 127.0.0.1:$port within ${FTPS_START_SECONDS:-15}s"
  cat "$work/$server/stdout" >&2 || true
  exit 1
fi
echo "ready=127.0.0.1:$port"

if ((background)); then
  trap - EXIT TERM INT HUP   # the server outlives this script; stop.sh ends it
  exit 0
fi
# Wait for the server (or a signal: bash runs the trap as soon as one arrives).
wait "$FTPS_PID" || true
ftps_log "$server exited; its output:"
cat "$work/$server/stdout" >&2 || true
