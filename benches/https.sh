#!/usr/bin/env bash
# Side-by-side benchmark over HTTPS (and the same rows over plain HTTP): chatdrop and curl, in
# one run, against the same local sink on 127.0.0.1 that reads every byte.
#
# The sink: chatdrop's own sandbox in discard mode (CHATDROP_SANDBOX_DISCARD=1: it parses every
# request as the fake service does and throws the bytes away) behind stunnel, which terminates
# TLS (OpenSSL) with a certificate from a private CA made here with openssl. chatdrop trusts that
# CA through `--ca-cert`, curl through `--cacert`; verification stays on for both. Both clients
# pay the same sink on the same cores; what is compared is the client's own wall time, CPU
# time (user+sys of the client process only) and peak RSS.
#
# Run by hand (not part of the test suite):   bash benches/https.sh
#   SECTIONS="https http small"  which tables (default: all three)
#   REPEAT=N                     runs per cell, curl and chatdrop alternating (default 5);
#                                the table shows the best wall time and, separately, the
#                                least CPU time of the N runs
#   SERVICES="carbonio protocol pyrus"  which 1 GiB rows
#   SMALL_REPEAT=N               runs per cell of the 200-file table (default 1)
#   CHATDROP_BIN=path            measure that binary instead of building target/release
# On a busy machine, `nice -n -10 bash benches/https.sh` keeps other work from preempting both
# clients (it cannot keep it from sharing their caches: read the CPU columns, not wall time).
# Needs: curl, openssl, GNU time (/usr/bin/time), stunnel4 (installed with apt-get if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

SECTIONS=${SECTIONS:-https http small}
want() { case " $SECTIONS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
REPEAT=${REPEAT:-5}
SMALL_REPEAT=${SMALL_REPEAT:-1}
SERVICES=${SERVICES:-carbonio protocol pyrus}

if ! command -v stunnel > /dev/null; then
  echo "https.sh: the TLS sink needs stunnel (Debian package stunnel4); installing it with apt-get" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq stunnel4 > /dev/null || { apt-get update -qq && apt-get install -y -qq stunnel4 > /dev/null; }
  else
    echo "https.sh: run as root, or: sudo apt-get install stunnel4" >&2
    exit 1
  fi
fi
[ -x /usr/bin/time ] || { echo "https.sh: needs GNU time (apt-get install time)" >&2; exit 1; }

if [ -n "${CHATDROP_BIN:-}" ]; then
  BIN=$(realpath "$CHATDROP_BIN")
else
  cargo build --release --quiet
  BIN=$PWD/target/release/chatdrop
fi
WORK=$(mktemp -d /tmp/chatdrop-https.XXXXXX)
SINK_PID=
TLS_PID=
cleanup() {
  [ -n "$TLS_PID" ] && kill "$TLS_PID" 2> /dev/null
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2> /dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---- the private CA and the sink's certificate (P-256, SAN 127.0.0.1) ------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -keyout "$WORK/ca.key" -out "$WORK/ca.pem" -subj "/CN=chatdrop bench CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2> /dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -keyout "$WORK/server.key" -out "$WORK/server.csr" -subj "/CN=127.0.0.1" 2> /dev/null
printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=critical,CA:FALSE" \
  "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" > "$WORK/server.ext"
openssl x509 -req -in "$WORK/server.csr" -CA "$WORK/ca.pem" -CAkey "$WORK/ca.key" -CAcreateserial \
  -days 2 -extfile "$WORK/server.ext" -out "$WORK/server.pem" 2> /dev/null

# ---- the sink: sandbox (discard) on PORT, stunnel on TLS_PORT ----------------------------------
PORT=${PORT:-18987}
TLS_PORT=${TLS_PORT:-18988}
GIB=$((1024 * 1024 * 1024))
# Bench seam (see benches/upload.sh): the sink answers Pyrus's md5_hash of the 1 GiB file (zeros,
# sparse) from this MD5, computed before any timing, instead of hashing it on the measured cores.
KNOWN_MD5="$GIB:$(head -c $GIB /dev/zero | openssl md5 -r | cut -d' ' -f1)"
CHATDROP_SANDBOX_DISCARD=1 CHATDROP_SANDBOX_KNOWN_MD5="$KNOWN_MD5" "$BIN" sandbox --port "$PORT" > "$WORK/sandbox.env" &
SINK_PID=$!
for _ in $(seq 50); do grep -q '^export' "$WORK/sandbox.env" 2> /dev/null && break; sleep 0.1; done
cat > "$WORK/stunnel.conf" << EOF
foreground = quiet
pid =
syslog = no
output = $WORK/stunnel.log
debug = info
[https]
accept = 127.0.0.1:$TLS_PORT
connect = 127.0.0.1:$PORT
cert = $WORK/server.pem
key = $WORK/server.key
EOF
stunnel "$WORK/stunnel.conf" &
TLS_PID=$!
for _ in $(seq 50); do curl -s -o /dev/null --cacert "$WORK/ca.pem" "https://127.0.0.1:$TLS_PORT/" && break; sleep 0.1; done

export CHATDROP_CONFIG_DIR=$WORK/config
# The journal is on, as by default, in the work dir rather than the user's state dir.
export CHATDROP_JOURNAL=$WORK/journal.jsonl
# The sandbox's env, with its http:// base (for the plain rows; `scheme` switches).
SANDBOX_ENV=$(grep '^export' "$WORK/sandbox.env" | sed 's/^export //')
PLAIN_BASE=http://127.0.0.1:$PORT
TLS_BASE=https://127.0.0.1:$TLS_PORT

# use_scheme http|https: point both clients at the plain sink or at the TLS front.
use_scheme() {
  local base
  if [ "$1" = https ]; then base=$TLS_BASE; else base=$PLAIN_BASE; fi
  set -a
  eval "$(echo "$SANDBOX_ENV" | sed "s#$PLAIN_BASE#$base#g")"
  set +a
  BASE=$base
  if [ "$1" = https ]; then
    CACERT="--cacert '$WORK/ca.pem'"
    CA_FLAG="--ca-cert '$WORK/ca.pem'"
  else
    CACERT=""
    CA_FLAG=""
  fi
  # Pyrus's auth answer names the sandbox's own (http://) files_url; chatdrop and curl both use
  # a ready token and the file service address instead, so the upload goes where it is meant to.
  PYRUS_TOKEN=$(eval "curl -sS $CACERT -X POST '$BASE/pyrus/accounts/v4/auth' -H 'content-type: application/json' \
    -d '{\"login\":\"$CHATDROP_PYRUS_LOGIN\",\"security_key\":\"$CHATDROP_PYRUS_SECURITY_KEY\"}'" |
    sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  PYRUS_ENV="env -u CHATDROP_PYRUS_LOGIN -u CHATDROP_PYRUS_SECURITY_KEY CHATDROP_PYRUS_TOKEN=$PYRUS_TOKEN CHATDROP_PYRUS_API_URL=$BASE/pyrus/api/v4 CHATDROP_PYRUS_FILES_URL=$BASE/pyrus/files"
}

# Each *_cmd prints a shell command; `measure` runs it under GNU time (exec: no shell between).
# Carbonio: the raw file as the body (curl -T streams it with Content-Length).
curl_carbonio_cmd() { echo "exec curl -sS -f -o /dev/null $CACERT -T '$1' -X POST -H 'Cookie: ZM_AUTH_TOKEN=$CHATDROP_CARBONIO_TOKEN' -H 'Content-Type: application/octet-stream' -H 'fileName: \\u0062\\u0069\\u006e' -H 'mimeType: application/octet-stream' '$CHATDROP_CARBONIO_URL/services/chats/rooms/$CHATDROP_CARBONIO_ROOM/attachments'"; }
chatdrop_carbonio_cmd() { echo "exec '$BIN' -q $CA_FLAG carbonio attach '$1'"; }
# Protocol: one multipart `file` part with a Bearer token.
curl_protocol_cmd() { echo "exec curl -sS -f -o /dev/null $CACERT -H 'Authorization: Bearer $CHATDROP_PROTOCOL_TOKEN' -F 'file=@$1' '$CHATDROP_PROTOCOL_URL/v1/attachments'"; }
chatdrop_protocol_cmd() { echo "exec '$BIN' -q $CA_FLAG protocol attach '$1'"; }
# Pyrus: multipart, and chatdrop checks the answer's md5_hash against the MD5 it computes on the
# way; curl checks nothing, so `curl + md5sum` is the same integrity check done the usual way.
curl_pyrus_cmd() { echo "exec curl -sS -f -o /dev/null $CACERT -H 'Authorization: Bearer $PYRUS_TOKEN' -F 'file=@$1' '$BASE/pyrus/files/v4/files/upload'"; }
chatdrop_pyrus_cmd() { echo "exec $PYRUS_ENV '$BIN' -q $CA_FLAG pyrus upload '$1'"; }

# ---- measurement -----------------------------------------------------------------------------
# run_once 'shell command' -> "wall user sys maxrss_kib"; a failed run stops the benchmark.
run_once() {
  if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.out" bash -c "$1" > /dev/null 2> "$WORK/err.out"; then
    echo "https.sh: this command failed:" >&2
    echo "  $1" >&2
    cat "$WORK/err.out" >&2
    exit 1
  fi
  tail -1 "$WORK/time.out"
}
# measure_pair 'cmd A' 'cmd B': A and B alternate, REPEAT runs each; sets A_WALL A_CPU A_RSS and
# B_WALL B_CPU B_RSS: the best wall time and the least user+sys CPU of each (separately), the
# peak RSS of the last run. (No subshell, so that a failed run stops the script.)
measure_pair() {
  local i
  : > "$WORK/a.runs"
  : > "$WORK/b.runs"
  for i in $(seq "$REPEAT"); do
    run_once "$1" >> "$WORK/a.runs"
    run_once "$2" >> "$WORK/b.runs"
  done
  read -r A_WALL A_CPU A_RSS <<< "$(best "$WORK/a.runs")"
  read -r B_WALL B_CPU B_RSS <<< "$(best "$WORK/b.runs")"
}
best() { awk 'BEGIN{w=1e9;c=1e9} {if($1<w)w=$1; if($2+$3<c)c=$2+$3; m=$4} END{printf "%.2f %.2f %d\n", w, c, m}' "$1"; }
mib_s() { awk -v bytes="$1" -v secs="$2" 'BEGIN{ if (secs<=0) secs=0.001; printf "%.0f", bytes/1048576/secs }'; }
mib() { awk -v k="$1" 'BEGIN{ printf "%.1f", k/1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b<=0) b=0.001; printf "%.2f", a/b }'; }

echo "# chatdrop vs curl over HTTPS and HTTP"
echo
echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
  "$(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- $("$BIN" --version) (rustls $(grep -A1 '^name = "rustls"$' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p') with aws-lc-rs);" \
  "$(curl --version | head -1 | cut -d' ' -f1-2,5)"
echo "- sink: chatdrop sandbox (discard mode) on 127.0.0.1, behind $(stunnel -version 2>&1 | grep -m1 -o 'stunnel [0-9.]*') ($(stunnel -version 2>&1 | grep -m1 -o 'OpenSSL [0-9.a-z]*'))" \
  "for HTTPS; private CA passed with --ca-cert / --cacert"
echo "- best wall time and least user+sys CPU of $REPEAT runs each, curl and chatdrop alternating; RSS of the last run"
echo

# ---- TLS settings: what each client negotiated, from the sink's log --------------------------
if want https || want small; then
  use_scheme https
  head -c 1000 /dev/urandom > "$WORK/probe.bin"
  tls_of() {
    : > "$WORK/stunnel.log"
    bash -c "$1" > /dev/null 2>&1 || true
    sleep 0.2
    local proto cipher key
    cipher=$(grep -o 'TLSv1[.0-9]* ciphersuite: [A-Z0-9_-]*' "$WORK/stunnel.log" | tail -1)
    key=$(grep -o 'Peer temporary key: [^,]*' "$WORK/stunnel.log" | tail -1 | sed 's/Peer temporary key: //')
    proto=${cipher%% *}
    echo "| $2 | $proto | ${cipher##* } | ${key:-?} |"
  }
  echo "## TLS settings (as the sink's stunnel logged each client's connection)"
  echo
  echo "| client | protocol | cipher suite | key exchange |"
  echo "|---|---|---|---|"
  tls_of "$(curl_carbonio_cmd "$WORK/probe.bin")" "curl"
  tls_of "$(chatdrop_carbonio_cmd "$WORK/probe.bin")" "chatdrop"
  echo
fi

sparse() { truncate -s "$2" "$1"; }
sparse "$WORK/big.bin" $GIB

# ---- the 1 GiB rows ------------------------------------------------------------------------------
big_table() {
  local scheme=$1 svc label cw cc cm dw dc dm vw vc vm
  use_scheme "$scheme"
  echo "## One 1 GiB file over $(echo "$scheme" | tr a-z A-Z)"
  echo
  echo "| path | client | wall s | MiB/s | user+sys s | peak RSS MiB | wall ratio | CPU ratio |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for svc in $SERVICES; do
    case $svc in
      carbonio) label="Carbonio (raw body)" ;;
      protocol) label="Protocol (multipart)" ;;
      pyrus) label="Pyrus (multipart + MD5)" ;;
    esac
    measure_pair "$(curl_${svc}_cmd "$WORK/big.bin")" "$(chatdrop_${svc}_cmd "$WORK/big.bin")"
    cw=$A_WALL cc=$A_CPU cm=$A_RSS dw=$B_WALL dc=$B_CPU dm=$B_RSS
    echo "| $label | curl | $cw | $(mib_s $GIB "$cw") | $cc | $(mib "$cm") | | |"
    echo "| $label | chatdrop | $dw | $(mib_s $GIB "$dw") | $dc | $(mib "$dm") | $(ratio "$dw" "$cw") | $(ratio "$dc" "$cc") |"
    if [ "$svc" = pyrus ]; then
      # The same integrity check done the usual way: upload, then hash the file to compare.
      measure_pair "$(curl_pyrus_cmd "$WORK/big.bin" | sed 's/^exec //') && exec md5sum '$WORK/big.bin'" "$(chatdrop_pyrus_cmd "$WORK/big.bin")"
      vw=$A_WALL vc=$A_CPU vm=$A_RSS dw=$B_WALL dc=$B_CPU dm=$B_RSS
      echo "| $label | curl + md5sum (same check) | $vw | $(mib_s $GIB "$vw") | $vc | $(mib "$vm") | | |"
      echo "| $label | chatdrop (again, paired with the row above) | $dw | $(mib_s $GIB "$dw") | $dc | $(mib "$dm") | $(ratio "$dw" "$vw") | $(ratio "$dc" "$vc") |"
    fi
  done
  echo
  echo "ratios: chatdrop / curl (the Pyrus pair: chatdrop / (curl + md5sum)); goal: wall <= 1.00, CPU <= 1.10"
  echo
}
want https && big_table https
want http && big_table http

# ---- 200 small files -----------------------------------------------------------------------------
if want small; then
  mkdir -p "$WORK/small"
  for i in $(seq 200); do head -c 102400 /dev/urandom > "$WORK/small/f$i.bin"; done
  echo "## 200 files of 100 KiB (Pyrus upload)"
  echo
  echo "| scheme | client | wall s | user+sys s | speed-up vs curl loop |"
  echo "|---|---|---:|---:|---:|"
  for scheme in https http; do
    use_scheme $scheme
    loop="for f in '$WORK'/small/*.bin; do curl -sS -f -o /dev/null $CACERT -H 'Authorization: Bearer $PYRUS_TOKEN' -F \"file=@\$f\" '$BASE/pyrus/files/v4/files/upload' || exit 1; done"
    REPEAT=$SMALL_REPEAT measure_pair "$loop" "exec $PYRUS_ENV '$BIN' -q $CA_FLAG --jobs 8 pyrus upload '$WORK'/small/*.bin"
    lw=$A_WALL lc=$A_CPU j8=$B_WALL c8=$B_CPU
    REPEAT=$SMALL_REPEAT measure_pair "exec $PYRUS_ENV '$BIN' -q $CA_FLAG --jobs 1 pyrus upload '$WORK'/small/*.bin" true
    j1=$A_WALL c1=$A_CPU
    echo "| $scheme | shell loop of curl | $lw | $lc | 1.00 |"
    echo "| $scheme | chatdrop --jobs 1 | $j1 | $c1 | $(ratio "$lw" "$j1") |"
    echo "| $scheme | chatdrop --jobs 8 | $j8 | $c8 | $(ratio "$lw" "$j8") |"
  done
  echo
fi
