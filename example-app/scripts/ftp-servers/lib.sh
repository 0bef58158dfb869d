# Real FTP servers on 127.0.0.1 for tests and fixture captures: vsftpd, ProFTPD,
# Pure-FTPd, pyftpdlib and GNU inetutils ftpd, as Debian 12 packages them.
# Source it (bash); every name it defines starts with ftps_ or FTPS_. See README.md.
#
#   ftps_prepare [SERVER...]     install/unpack (root, apt; idempotent, cached)
#   ftps_check SERVER            can it run here? prints why not, never installs
#   ftps_claim_account USER      wait for and hold the account (one run at a time)
#   ftps_account USER PW ROOT    the system account the servers log in (root)
#   ftps_start SERVER PORT ROOT USER PW DIR   start in the background
#   ftps_wait_port PORT [SECONDS]             wait until 127.0.0.1:PORT accepts
#   ftps_stop                    stop what ftps_start started
#
# env: FTPS_CACHE  where the server .debs are downloaded and unpacked
#                  (default /var/tmp/ftp-servers)

FTPS_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FTPS_CACHE=${FTPS_CACHE:-/var/tmp/ftp-servers}
FTPS_PY=/usr/bin/python3     # Debian's python3, the one python3-pyftpdlib installs into
FTPS_SERVERS=(vsftpd proftpd pure-ftpd pyftpdlib inetutils-ftpd)
# The anonymous account of Pure-FTPd and inetutils ftpd is the system account `ftp`;
# one made by this library carries this comment, so it never touches someone else's.
FTPS_ANON_COMMENT="ftp-servers anonymous fixture"
FTPS_PID=
FTPS_VERSION=
FTPS_ANON=

ftps_log() { printf '[ftp-servers] %s\n' "$*" >&2; }

# The Debian package of each server. vsftpd, proftpd-core, pure-ftpd and
# inetutils-ftpd all provide and conflict with ftp-server, so those four are never
# installed: each .deb is unpacked into $FTPS_CACHE/root/<package> and run from there.
ftps_package() {
  case $1 in
    vsftpd|pure-ftpd|inetutils-ftpd) echo "$1" ;;
    proftpd) echo proftpd-core ;;
    pyftpdlib) echo python3-pyftpdlib ;;
    *) return 1 ;;
  esac
}

ftps_binary() {
  case $1 in
    vsftpd) echo "$FTPS_CACHE/root/vsftpd/usr/sbin/vsftpd" ;;
    proftpd) echo "$FTPS_CACHE/root/proftpd-core/usr/sbin/proftpd" ;;
    pure-ftpd) echo "$FTPS_CACHE/root/pure-ftpd/usr/sbin/pure-ftpd" ;;
    inetutils-ftpd) echo "$FTPS_CACHE/root/inetutils-ftpd/usr/sbin/ftpd" ;;
    pyftpdlib) echo "$FTPS_PY" ;;
    *) return 1 ;;
  esac
}

# What the servers need installed: the libraries the unpacked binaries link, socat
# (inetutils ftpd is inetd-style), python3-pyftpdlib, and passwd for the account.
FTPS_APT_PACKAGES=(socat python3 python3-pyftpdlib passwd util-linux procps
  libwrap0 libsodium23 libhiredis0.14 libmemcached11 libmemcachedutil2 libpcre2-posix3
  libcap2 libidn2-0 libacl1 libcrypt1 libpam0g libpam-modules libssl3 libncursesw6 zlib1g)

ftps_apt_install() {   # PACKAGE... (only the ones missing; apt-get update only if needed)
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  ftps_log "installing: ${missing[*]}"
  [[ ${FTPS_APT_UPDATED:-} == 1 ]] || apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

ftps_unpack() {   # PACKAGE: apt-get download once, dpkg-deb -x once
  local pkg=$1 deb
  mkdir -p "$FTPS_CACHE/debs" "$FTPS_CACHE/root"
  deb=$(ls "$FTPS_CACHE/debs/${pkg}"_*.deb 2>/dev/null | head -1 || true)
  if [[ -z $deb ]]; then
    ftps_log "downloading $pkg"
    (cd "$FTPS_CACHE/debs" && apt-get download "$pkg" 2>/dev/null) \
      || { apt-get update -q && (cd "$FTPS_CACHE/debs" && apt-get download "$pkg"); } || return 1
    deb=$(ls "$FTPS_CACHE/debs/${pkg}"_*.deb | head -1)
  fi
  if [[ ! -e $FTPS_CACHE/root/$pkg/.unpacked ]]; then
    rm -rf "${FTPS_CACHE:?}/root/$pkg"
    dpkg-deb -x "$deb" "$FTPS_CACHE/root/$pkg" || return 1
    touch "$FTPS_CACHE/root/$pkg/.unpacked"
  fi
}

ftps_prepare() {   # [SERVER...] (default: all); needs root and Debian's apt repositories
  local servers=("$@") server why failed=0
  ((${#servers[@]})) || servers=("${FTPS_SERVERS[@]}")
  ftps_apt_install "${FTPS_APT_PACKAGES[@]}" || return 1
  for server in "${servers[@]}"; do
    [[ $server == pyftpdlib ]] || ftps_unpack "$(ftps_package "$server")" || failed=1
    if ! why=$(ftps_check "$server"); then ftps_log "$server: $why"; failed=1; fi
  done
  return $failed
}

# Prints why SERVER cannot run here, and fails; prints nothing and succeeds when it
# can. Looks only: a test calls it to decide whether to skip.
ftps_check() {
  local server=$1 bin
  bin=$(ftps_binary "$server") || { echo "unknown server '$server'"; return 1; }
  [[ $(id -u) == 0 ]] || { echo "needs root (it sets a system account's password; servers switch users)"; return 1; }
  command -v useradd >/dev/null && command -v chpasswd >/dev/null \
    || { echo "useradd/chpasswd missing (package passwd)"; return 1; }
  command -v setsid >/dev/null && command -v flock >/dev/null \
    || { echo "setsid/flock missing (package util-linux)"; return 1; }
  if [[ $server == pyftpdlib ]]; then
    [[ -x $bin ]] || { echo "$bin missing (package python3)"; return 1; }
    "$bin" -c 'import pyftpdlib' 2>/dev/null \
      || { echo "$bin cannot import pyftpdlib (package python3-pyftpdlib)"; return 1; }
    return 0
  fi
  [[ -x $bin ]] || { echo "$bin missing: run prepare.sh (unpacks package $(ftps_package "$server"))"; return 1; }
  if ldd "$bin" 2>/dev/null | grep -q 'not found'; then
    echo "libraries missing for $bin: $(ldd "$bin" | awk '/not found/ {print $1}' | tr '\n' ' ')(run prepare.sh)"
    return 1
  fi
  if [[ $server == inetutils-ftpd ]]; then
    command -v socat >/dev/null || { echo "socat missing (package socat)"; return 1; }
  fi
  return 0
}

# The servers (but pyftpdlib, which has its own user list) authenticate a real
# system account: its home is ROOT and its password PW. ftps_lock_account locks it.
# The shell is /bin/sh because inetutils ftpd refuses accounts whose shell is not in
# /etc/shells.
ftps_account() {   # USER PW ROOT
  if ! id "$1" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir "$3" --shell /bin/sh "$1" || return 1
  fi
  [[ $(getent passwd "$1" | cut -d: -f6) == "$3" ]] || usermod --home "$3" "$1" || return 1
  printf '%s:%s\n' "$1" "$2" | chpasswd || return 1
  usermod --unlock "$1" >/dev/null 2>&1 || true
}

ftps_lock_account() { usermod --lock "$1" >/dev/null 2>&1 || true; }

# Two runs at once on one machine (two builds, a build and a capture) would reset each
# other's password and home of the shared account. The one that holds this lock owns
# it: the lock is on fd 9, so it lasts while this shell or a server it started lives.
ftps_claim_account() {   # USER [SECONDS]
  local dir=/run/lock
  [[ -d $dir && -w $dir ]] || dir=/tmp
  exec 9>"$dir/ftp-servers-$1.lock"
  flock -w "${2:-60}" 9
}

# Anonymous on Pure-FTPd and inetutils ftpd: the account `ftp`, chrooted to its home.
# Made (or re-homed) only if absent or made by this library; fails otherwise.
ftps_anon_account() {   # ROOT
  if id ftp >/dev/null 2>&1; then
    [[ $(getent passwd ftp | cut -d: -f5) == "$FTPS_ANON_COMMENT" ]] || return 1
    [[ $(getent passwd ftp | cut -d: -f6) == "$1" ]] || usermod --home "$1" ftp
  else
    useradd --system --no-create-home --home-dir "$1" --shell /usr/sbin/nologin \
      --comment "$FTPS_ANON_COMMENT" ftp
  fi
}

# Removes the `ftp` account again if this library made it: left behind, it would
# open anonymous access on any FTP server installed later.
ftps_remove_anon_account() {
  if [[ $(getent passwd ftp | cut -d: -f5) == "$FTPS_ANON_COMMENT" ]]; then
    userdel ftp >/dev/null 2>&1 || true
  fi
}

ftps_anon_ours() {   # ROOT: is `ftp` this library's account with home ROOT?
  local entry
  entry=$(getent passwd ftp) || return 1
  [[ $(cut -d: -f5 <<<"$entry") == "$FTPS_ANON_COMMENT" && $(cut -d: -f6 <<<"$entry") == "$1" ]]
}

ftps_free_port() {
  "$FTPS_PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

ftps_wait_port() {   # PORT [SECONDS]: bounded; fails if the server died or never listened
  local deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    if [[ -n $FTPS_PID ]] && ! kill -0 "$FTPS_PID" 2>/dev/null; then return 1; fi
    if "$FTPS_PY" -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' \
        "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

ftps_fill() {   # TEMPLATE PORT ROOT USER DIR
  sed -e "s|@PORT@|$2|g" -e "s|@ROOT@|$3|g" -e "s|@USER@|$4|g" -e "s|@DIR@|$5|g" \
    -e "s|@EMPTY@|$5/empty|g" "$1"
}

# Starts SERVER on 127.0.0.1:PORT serving ROOT, USER logging in with PW (the account
# must be set up, see ftps_account), configs and logs in DIR. Returns at once; wait
# with ftps_wait_port. Sets FTPS_PID (the server runs in its own process group, with
# its session children, so ftps_stop ends them all), FTPS_VERSION (as the program
# prints it) and FTPS_ANON ("yes", or "no: why").
ftps_start() {
  local server=$1 port=$2 root=$3 user=$4 pw=$5 dir=$6 bin
  bin=$(ftps_binary "$server") || { ftps_log "unknown server $server"; return 1; }
  mkdir -p "$dir"
  FTPS_ANON=yes
  case $server in
    vsftpd)
      mkdir -p "$dir/empty"
      ftps_fill "$FTPS_HOME/vsftpd.conf.in" "$port" "$root" "$user" "$dir" >"$dir/vsftpd.conf"
      FTPS_VERSION=$("$bin" -v 0>&1 | head -1)   # vsftpd prints its version on fd 0
      set -- "$bin" "$dir/vsftpd.conf" ;;
    proftpd)
      ftps_fill "$FTPS_HOME/proftpd.conf.in" "$port" "$root" "$user" "$dir" >"$dir/proftpd.conf"
      FTPS_VERSION=$("$bin" -v 2>&1 | head -1)
      set -- "$bin" --nodaemon --config "$dir/proftpd.conf" ;;
    pure-ftpd)
      FTPS_VERSION=$("$bin" --help 2>&1 | head -1)
      # --login unix: /etc/passwd + /etc/shadow; --minuid 1: allow system uids
      set -- "$bin" --bind 127.0.0.1,"$port" --login unix --minuid 1 --dontresolve \
        --ipv4only --forcepassiveip 127.0.0.1
      if ! ftps_anon_ours "$root"; then
        FTPS_ANON="no: anonymous needs the account ftp with home $root (ftps_anon_account)"
        set -- "$@" --noanonymous
      fi ;;
    pyftpdlib)
      FTPS_VERSION="pyftpdlib $("$bin" -c 'import pyftpdlib; print(pyftpdlib.__ver__)')"
      set -- "$bin" -u "$FTPS_HOME/pyftpdlib_server.py" "$port" "$root" "$user" "$pw" ;;
    inetutils-ftpd)
      # inetd style: its -D daemon mode has no port option, so socat accepts and, with
      # nofork, execs ftpd on the accepted socket itself. Anonymous is on whenever the
      # account ftp exists.
      FTPS_VERSION=$("$bin" --version | head -1)
      ftps_anon_ours "$root" \
        || FTPS_ANON="no: anonymous needs the account ftp with home $root (ftps_anon_account)"
      set -- socat TCP-LISTEN:"$port",bind=127.0.0.1,reuseaddr,fork EXEC:"$bin",nofork ;;
  esac
  # Without job control a background child is no process-group leader, so setsid
  # makes it one in place and $! is the server itself.
  setsid "$@" </dev/null >"$dir/stdout" 2>&1 &
  FTPS_PID=$!
}

ftps_stop() {   # ends the server's process group: the server and its sessions
  local pid=$FTPS_PID i
  [[ -n $pid ]] || return 0
  FTPS_PID=
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

ftps_package_version() {   # SERVER: the Debian version of what runs
  local pkg
  pkg=$(ftps_package "$1") || return 1
  if [[ $1 == pyftpdlib ]]; then
    dpkg-query -W -f='${Version}' "$pkg"
  else
    dpkg-deb -f "$(ls "$FTPS_CACHE/debs/$pkg"_*.deb | head -1)" Version
  fi
}
