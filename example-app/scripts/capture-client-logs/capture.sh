#!/usr/bin/env bash
# Captures real FTP client logs (curl, lftp, wget, tnftp, Python ftplib) against
# real FTP servers (vsftpd, ProFTPD, Pure-FTPd, pyftpdlib, GNU inetutils ftpd),
# all on 127.0.0.1, and writes them as test fixtures plus a manifest.
#
# usage: sudo bash capture.sh        (Debian 12; needs root and Debian's apt repositories)
# env:   CAPTURE_OUT    where fixtures go (default: example-app/src/test/resources/client-logs)
#        CAPTURE_CACHE  where the server .debs are downloaded and unpacked (default:
#                       FTPS_CACHE, else /var/tmp/ftp-servers, shared with ../ftp-servers)
#        KEEP_WORK=1    keep the temp dir (server configs and logs, downloads) for a look
# See README.md beside this file.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP=$(cd "$HERE/../.." && pwd)
OUT=${CAPTURE_OUT:-$APP/src/test/resources/client-logs}
FTPS_CACHE=${CAPTURE_CACHE:-${FTPS_CACHE:-/var/tmp/ftp-servers}}
source "$HERE/../ftp-servers/lib.sh"
PY=$FTPS_PY
TIMEOUT=20
FTP_USER=ftpfixture
FILE=welcome.txt
MISSING=no-such-file.txt

CLIENTS=(curl-progress curl-silent lftp lftp-script wget tnftp ftplib-debug1 ftplib-debug2)
SERVERS=("${FTPS_SERVERS[@]}")
ANON_SERVERS=" vsftpd proftpd pyftpdlib "

log() { printf '[capture] %s\n' "$*" >&2; }
rand_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

# ---------------------------------------------------------------- setup
# The servers come from ../ftp-servers/lib.sh (prepare, account, start, stop); this
# script adds the clients.

install_clients() {
  ftps_apt_install curl wget lftp tnftp coreutils
}

# Starts SERVER on a free port serving $ROOT; sets PORT, SERVER_VERSION. Anonymous
# stays as it was on Pure-FTPd and inetutils ftpd (off: no account ftp is made).
start_server() {   # SERVER
  PORT=$(ftps_free_port)
  ftps_start "$1" "$PORT" "$ROOT" "$FTP_USER" "$GOOD_PW" "$WORK/server/$1"
  SERVER_VERSION=$FTPS_VERSION
}

# ---------------------------------------------------------------- clients
# Each client_<name> PORT USER PASSWORD REMOTE DLDIR LOG runs one session with a
# timeout, writes everything the client prints to LOG, and returns its exit status.

client_curl-progress() {   # progress meter on: stderr is a file, output goes to -o
  timeout "$TIMEOUT" curl -v -u "$2:$3" -o "$5/$4" "ftp://127.0.0.1:$1/$4" >"$6" 2>&1
}

client_curl-silent() {
  timeout "$TIMEOUT" curl -sS -v -u "$2:$3" -o "$5/$4" "ftp://127.0.0.1:$1/$4" >"$6" 2>&1
}

client_lftp() {            # credentials on the command line
  (cd "$5" && timeout "$TIMEOUT" lftp -d -e "get $4; bye" -u "$2,$3" "ftp://127.0.0.1:$1" \
    </dev/null >"$6" 2>&1)
}

client_lftp-script() {     # credentials inside a script, which lftp echoes as it runs it
  cat >"$5/session.lftp" <<EOF
set cmd:trace yes
open -u $2,$3 ftp://127.0.0.1:$1
get $4
bye
EOF
  (cd "$5" && timeout "$TIMEOUT" lftp -d -f "$5/session.lftp" </dev/null >"$6" 2>&1)
}

client_wget() {
  timeout "$TIMEOUT" wget -d --user="$2" --password="$3" -O "$5/$4" "ftp://127.0.0.1:$1/$4" \
    </dev/null >"$6" 2>&1
}

client_tnftp() {           # -n: no auto-login, -v: verbose although stdin is not a terminal
  (cd "$5" && timeout "$TIMEOUT" tnftp -d -n -v >"$6" 2>&1 <<EOF
open 127.0.0.1 $1
user $2 $3
get $4
bye
EOF
  )
}

client_ftplib-debug1() {
  timeout "$TIMEOUT" "$PY" -u "$HERE/ftplib_client.py" 127.0.0.1 "$1" "$2" "$3" "$4" "$5/$4" 1 \
    </dev/null >"$6" 2>&1
}

client_ftplib-debug2() {
  timeout "$TIMEOUT" "$PY" -u "$HERE/ftplib_client.py" 127.0.0.1 "$1" "$2" "$3" "$4" "$5/$4" 2 \
    </dev/null >"$6" 2>&1
}

client_version() {
  case $1 in
    curl-*) curl --version | head -1 ;;
    lftp*) lftp --version | head -1 ;;
    wget) wget --version | head -1 ;;
    tnftp) echo status | tnftp -n | sed -n 's/^Version: //p' ;;
    ftplib-*) echo "$("$PY" --version 2>&1) ftplib" ;;
  esac
}

# ---------------------------------------------------------------- one capture

MANIFEST_HEADER=$'path\tclient\tclient_version\tserver\tserver_version\tscenario\tuser\tpassword\tport\texit_status\texpected_final_code\texpected\tlog_shows_expected\tdownloaded'

expected_for() {
  case $1 in
    good|anonymous) printf '226\t226 after RETR; file downloaded' ;;
    bad-password) printf '530\t530 after PASS (login refused)' ;;
    missing-file) printf '550\t550 for the missing file (SIZE and/or RETR)' ;;
    refused) printf '10061\tconnection refused (ECONNREFUSED; WSAECONNREFUSED is 10061)' ;;
  esac
}

shows_expected() {   # LOG SCENARIO
  case $2 in
    good|anonymous) grep -Eq '(^|[^0-9])226[ -]' "$1" ;;
    bad-password) grep -Eq '(^|[^0-9])530[ -]' "$1" ;;
    missing-file) grep -Eq '(^|[^0-9])550[ -]' "$1" ;;
    refused) grep -Eqi 'refused' "$1" ;;
  esac
}

# capture CLIENT SERVER SCENARIO PORT USER PASSWORD REMOTE SERVER_VERSION
capture() {
  local client=$1 server=$2 scenario=$3 port=$4 user=$5 pw=$6 remote=$7 sver=$8
  local rel dl rc=0 shown=no got=no
  if [[ $scenario == refused ]]; then rel=$client/refused.log; else rel=$client/$server-$scenario.log; fi
  dl=$WORK/dl/$client/$server-$scenario
  mkdir -p "$STAGE/$client" "$dl"
  "client_$client" "$port" "$user" "$pw" "$remote" "$dl" "$STAGE/$rel" || rc=$?
  shows_expected "$STAGE/$rel" "$scenario" && shown=yes
  cmp -s "$dl/$FILE" "$ROOT/$FILE" && got=yes
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$rel" "$client" "${CLIENT_VERSION[$client]}" "$server" "$sver" "$scenario" "$user" "$pw" \
    "$port" "$rc" "$(expected_for "$scenario")" "$shown" "$got" >>"$STAGE/manifest.tsv"
  log "$rel: exit $rc, expected shown: $shown, downloaded: $got"
}

run_server() {   # SERVER
  local server=$1 port client
  start_server "$server"
  port=$PORT
  log "started $server on 127.0.0.1:$port"
  if ! ftps_wait_port "$port" 10; then
    log "$server did not start; its output:"; cat "$WORK/server/$server/stdout" >&2 || true
    printf '%s\tdid not start on port %s\n' "$server" "$port" >>"$WORK/failures"
    ftps_stop; return 0
  fi
  sleep 0.3   # a moment to settle after the first accept, as captures always had
  local sver="$SERVER_VERSION (Debian $(ftps_package_version "$server"))"
  for client in "${CLIENTS[@]}"; do
    capture "$client" "$server" good "$port" "$FTP_USER" "$GOOD_PW" "$FILE" "$sver"
    capture "$client" "$server" bad-password "$port" "$FTP_USER" "$BAD_PW" "$FILE" "$sver"
    capture "$client" "$server" missing-file "$port" "$FTP_USER" "$GOOD_PW" "$MISSING" "$sver"
    if [[ $ANON_SERVERS == *" $server "* ]]; then
      capture "$client" "$server" anonymous "$port" anonymous "$ANON_PW" "$FILE" "$sver"
    fi
  done
  ftps_stop
}

cleanup() {
  ftps_stop
  ftps_lock_account "$FTP_USER"
  if [[ ${KEEP_WORK:-} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}

main() {
  [[ $(id -u) == 0 ]] || { log "run as root (servers switch users; the fixture account is set up)"; exit 1; }
  install_clients
  ftps_prepare || { log "the servers cannot run (see above)"; exit 1; }

  WORK=$(mktemp -d /tmp/capture-client-logs.XXXXXX)
  chmod 755 "$WORK"
  trap cleanup EXIT
  ROOT=$WORK/ftproot
  STAGE=$WORK/out
  mkdir -p "$ROOT" "$STAGE"
  printf 'Welcome to the ftp-doctor client-log fixture server.\n' >"$ROOT/$FILE"
  chmod 755 "$ROOT"; chmod 644 "$ROOT/$FILE"

  GOOD_PW=pw-$(rand_hex 8)
  BAD_PW=pw-$(rand_hex 8)
  ANON_PW=anon-$(rand_hex 4)@example.invalid
  ftps_claim_account "$FTP_USER" 60 || { log "another run holds the account $FTP_USER"; exit 1; }
  ftps_account "$FTP_USER" "$GOOD_PW" "$ROOT"

  declare -gA CLIENT_VERSION
  local client server
  for client in "${CLIENTS[@]}"; do CLIENT_VERSION[$client]=$(client_version "$client"); done

  printf '%s\n' "$MANIFEST_HEADER" >"$STAGE/manifest.tsv"
  : >"$WORK/failures"
  for server in "${SERVERS[@]}"; do run_server "$server"; done

  local port
  port=$(ftps_free_port)   # nothing listens here
  for client in "${CLIENTS[@]}"; do
    capture "$client" none refused "$port" "$FTP_USER" "$GOOD_PW" "$FILE" -
  done

  # replace the previous capture as a whole
  mkdir -p "$OUT"
  for client in "${CLIENTS[@]}"; do rm -rf "${OUT:?}/$client"; done
  cp -r "$STAGE"/. "$OUT"/
  if [[ -s $WORK/failures ]]; then log "servers that did not start:"; cat "$WORK/failures" >&2; fi
  log "wrote $(($(wc -l <"$OUT/manifest.tsv") - 1)) fixtures and $OUT/manifest.tsv"
}

main "$@"
