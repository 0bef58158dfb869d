#!/usr/bin/env bash
# Captures real FTP client logs (curl, lftp, wget, tnftp, Python ftplib) against
# real FTP servers (vsftpd, ProFTPD, Pure-FTPd, pyftpdlib, GNU inetutils ftpd),
# all on 127.0.0.1, and writes them as test fixtures plus a manifest.
#
# usage: sudo bash capture.sh        (Debian 12; needs root and Debian's apt repositories)
# env:   CAPTURE_OUT    where fixtures go (default: example-app/src/test/resources/client-logs)
#        CAPTURE_CACHE  where the server .debs are downloaded and unpacked
#                       (default: /var/tmp/capture-client-logs)
#        KEEP_WORK=1    keep the temp dir (server configs and logs, downloads) for a look
# See README.md beside this file.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP=$(cd "$HERE/../.." && pwd)
OUT=${CAPTURE_OUT:-$APP/src/test/resources/client-logs}
CACHE=${CAPTURE_CACHE:-/var/tmp/capture-client-logs}
PY=/usr/bin/python3          # Debian's python3, the one python3-pyftpdlib installs into
TIMEOUT=20
FTP_USER=ftpfixture
FILE=welcome.txt
MISSING=no-such-file.txt

CLIENTS=(curl-progress curl-silent lftp lftp-script wget tnftp ftplib-debug1 ftplib-debug2)
SERVERS=(vsftpd proftpd pure-ftpd pyftpdlib inetutils-ftpd)
ANON_SERVERS=" vsftpd proftpd pyftpdlib "

log() { printf '[capture] %s\n' "$*" >&2; }
rand_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

# ---------------------------------------------------------------- setup

install_packages() {
  local pkgs=(curl wget lftp tnftp socat python3 python3-pyftpdlib passwd coreutils
    libwrap0 libsodium23 libhiredis0.14 libmemcached11 libmemcachedutil2 libpcre2-posix3
    libcap2 libidn2-0 libacl1 libcrypt1 libpam0g libpam-modules libssl3 libncursesw6 zlib1g)
  local missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "installing: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# vsftpd, proftpd-core, pure-ftpd and inetutils-ftpd all conflict on ftp-server, so
# none is installed: each .deb is unpacked into $CACHE/root/<pkg> and run from there.
unpack_servers() {
  local pkg deb bin
  mkdir -p "$CACHE/debs" "$CACHE/root"
  for pkg in vsftpd proftpd-core pure-ftpd inetutils-ftpd; do
    deb=$(ls "$CACHE/debs/${pkg}"_*.deb 2>/dev/null | head -1 || true)
    if [[ -z $deb ]]; then
      log "downloading $pkg"
      (cd "$CACHE/debs" && apt-get download "$pkg" 2>/dev/null) \
        || { apt-get update -q && (cd "$CACHE/debs" && apt-get download "$pkg"); }
      deb=$(ls "$CACHE/debs/${pkg}"_*.deb | head -1)
    fi
    if [[ ! -e $CACHE/root/$pkg/.unpacked ]]; then
      rm -rf "${CACHE:?}/root/$pkg"
      dpkg-deb -x "$deb" "$CACHE/root/$pkg"
      touch "$CACHE/root/$pkg/.unpacked"
    fi
  done
  for bin in vsftpd/usr/sbin/vsftpd proftpd-core/usr/sbin/proftpd pure-ftpd/usr/sbin/pure-ftpd \
      inetutils-ftpd/usr/sbin/ftpd; do
    if ldd "$CACHE/root/$bin" | grep -q 'not found'; then
      log "missing libraries for $bin:"; ldd "$CACHE/root/$bin" | grep 'not found' >&2; exit 1
    fi
  done
}

deb_version() { dpkg-deb -f "$(ls "$CACHE/debs/$1"_*.deb | head -1)" Version; }

# The servers authenticate a real system account (ftpfixture) whose home is the
# temp FTP root and whose password is set fresh each run; it is locked again on exit.
setup_user() {
  if ! id "$FTP_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir "$ROOT" --shell /bin/sh "$FTP_USER"
  fi
  usermod --home "$ROOT" "$FTP_USER"
  printf '%s:%s\n' "$FTP_USER" "$GOOD_PW" | chpasswd
  usermod --unlock "$FTP_USER" >/dev/null 2>&1 || true
}

free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_port() {
  local i
  for i in $(seq 1 50); do
    if "$PY" -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$1" 2>/dev/null; then
      sleep 0.3; return 0
    fi
    sleep 0.2
  done
  return 1
}

fill() { sed -e "s|@PORT@|$2|g" -e "s|@ROOT@|$ROOT|g" -e "s|@DIR@|$3|g" -e "s|@EMPTY@|$3/empty|g" "$1"; }

# ---------------------------------------------------------------- servers
# Each start_<server> PORT DIR starts the server in the background; sets SERVER_PID
# and SERVER_VERSION (as the program prints it).

start_vsftpd() {
  local bin=$CACHE/root/vsftpd/usr/sbin/vsftpd
  mkdir -p "$2/empty"
  fill "$HERE/vsftpd.conf.in" "$1" "$2" >"$2/vsftpd.conf"
  SERVER_VERSION=$("$bin" -v 0>&1 | head -1)   # vsftpd prints its version on fd 0
  "$bin" "$2/vsftpd.conf" >"$2/stdout" 2>&1 &
  SERVER_PID=$!
}

start_proftpd() {
  local bin=$CACHE/root/proftpd-core/usr/sbin/proftpd
  fill "$HERE/proftpd.conf.in" "$1" "$2" >"$2/proftpd.conf"
  SERVER_VERSION=$("$bin" -v 2>&1 | head -1)
  "$bin" --nodaemon --config "$2/proftpd.conf" >"$2/stdout" 2>&1 &
  SERVER_PID=$!
}

start_pure-ftpd() {
  local bin=$CACHE/root/pure-ftpd/usr/sbin/pure-ftpd
  SERVER_VERSION=$("$bin" --help 2>&1 | head -1)
  # -l unix: /etc/passwd + /etc/shadow; -u 1: allow system uids; -E: no anonymous
  "$bin" --bind 127.0.0.1,"$1" --login unix --minuid 1 --noanonymous --dontresolve \
    --ipv4only --forcepassiveip 127.0.0.1 >"$2/stdout" 2>&1 &
  SERVER_PID=$!
}

start_pyftpdlib() {
  SERVER_VERSION="pyftpdlib $("$PY" -c 'import pyftpdlib; print(pyftpdlib.__ver__)')"
  "$PY" -u "$HERE/pyftpdlib_server.py" "$1" "$ROOT" "$FTP_USER" "$GOOD_PW" >"$2/stdout" 2>&1 &
  SERVER_PID=$!
}

# inetutils ftpd is an inetd service (its -D daemon mode has no port option), so socat
# accepts the connections and, with nofork, execs ftpd on the accepted socket itself.
start_inetutils-ftpd() {
  local bin=$CACHE/root/inetutils-ftpd/usr/sbin/ftpd
  SERVER_VERSION=$("$bin" --version | head -1)
  socat TCP-LISTEN:"$1",bind=127.0.0.1,reuseaddr,fork EXEC:"$bin",nofork >"$2/stdout" 2>&1 &
  SERVER_PID=$!
}

stop_server() {
  if [[ -n ${SERVER_PID:-} ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
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
  local server=$1 port dir client
  port=$(free_port)
  dir=$WORK/server/$server
  mkdir -p "$dir"
  SERVER_VERSION=
  log "starting $server on 127.0.0.1:$port"
  "start_$server" "$port" "$dir"
  if ! wait_port "$port"; then
    log "$server did not start; its output:"; cat "$dir"/stdout >&2 || true
    printf '%s\tdid not start on port %s\n' "$server" "$port" >>"$WORK/failures"
    stop_server; return 0
  fi
  local sver="$SERVER_VERSION (Debian $(server_package_version "$server"))"
  for client in "${CLIENTS[@]}"; do
    capture "$client" "$server" good "$port" "$FTP_USER" "$GOOD_PW" "$FILE" "$sver"
    capture "$client" "$server" bad-password "$port" "$FTP_USER" "$BAD_PW" "$FILE" "$sver"
    capture "$client" "$server" missing-file "$port" "$FTP_USER" "$GOOD_PW" "$MISSING" "$sver"
    if [[ $ANON_SERVERS == *" $server "* ]]; then
      capture "$client" "$server" anonymous "$port" anonymous "$ANON_PW" "$FILE" "$sver"
    fi
  done
  stop_server
}

server_package_version() {
  case $1 in
    vsftpd|pure-ftpd|inetutils-ftpd) deb_version "$1" ;;
    proftpd) deb_version proftpd-core ;;
    pyftpdlib) dpkg-query -W -f='${Version}' python3-pyftpdlib ;;
  esac
}

cleanup() {
  stop_server
  usermod --lock "$FTP_USER" >/dev/null 2>&1 || true
  if [[ ${KEEP_WORK:-} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}

main() {
  [[ $(id -u) == 0 ]] || { log "run as root (servers switch users; the fixture account is set up)"; exit 1; }
  install_packages
  unpack_servers

  WORK=$(mktemp -d /tmp/capture-client-logs.XXXXXX)
  chmod 755 "$WORK"
  SERVER_PID=
  trap cleanup EXIT
  ROOT=$WORK/ftproot
  STAGE=$WORK/out
  mkdir -p "$ROOT" "$STAGE"
  printf 'Welcome to the ftp-doctor client-log fixture server.\n' >"$ROOT/$FILE"
  chmod 755 "$ROOT"; chmod 644 "$ROOT/$FILE"

  GOOD_PW=pw-$(rand_hex 8)
  BAD_PW=pw-$(rand_hex 8)
  ANON_PW=anon-$(rand_hex 4)@example.invalid
  setup_user

  declare -gA CLIENT_VERSION
  local client server
  for client in "${CLIENTS[@]}"; do CLIENT_VERSION[$client]=$(client_version "$client"); done

  printf '%s\n' "$MANIFEST_HEADER" >"$STAGE/manifest.tsv"
  : >"$WORK/failures"
  for server in "${SERVERS[@]}"; do run_server "$server"; done

  local port
  port=$(free_port)   # nothing listens here
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
