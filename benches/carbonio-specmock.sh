#!/usr/bin/env bash
# chatdrop's Carbonio commands against a mock generated from the upstream OpenAPI spec (#21).
#
# Issue #21's "Done when": a run against a server generated from the upstream Carbonio spec
# accepts every request chatdrop sends, and chatdrop parses every schema-valid answer. This
# script runs every Carbonio command RUNS times against Stoplight Prism (`prism mock -d`:
# every request validated against the spec, every answer a random schema-valid body) and
# classifies each run: requests the validator refused, answers chatdrop could not read,
# panics, exit codes. Run by hand, not by the test suite; nothing leaves 127.0.0.1 (Prism and
# the proxy listen there; chatdrop's url points there).
#
# Usage:  bash benches/carbonio-specmock.sh SPEC_1_6_2 [SPEC_1_3_1]
#   SPEC_1_6_2  api.yaml of zextras/carbonio-ws-collaboration-ce at 16972a1a (API 1.6.2)
#   SPEC_1_3_1  chats/chats-api.yaml at 5d544caf (API 1.3.1); its Meeting schema is a $ref to
#               ../meeting/meeting-api.yaml: keep that file beside it (as below), or the
#               script replaces the $ref by `type: object` in its copy (chatdrop never asks
#               for meetings)
# Env:    RUNS (50), PORT (4710: Prism on PORT, PORT+2, PORT+4, the proxy one above each),
#         WORK (a fresh mktemp dir; kept, with every run's output), TOOLS (/tmp/specmock-tools:
#         where Prism is installed from npm when `prism` is not on PATH), PASSES (all of
#         "literal realistic sparse v131 v131-sparse")
# Needs:  node + npm (Prism 5.14.2 from the npm registry), python3, cargo.
#
# Getting the specs (never commit them: upstream content stays out of this repository). With
# the agent search tool `fetch` (source github:zextras/carbonio-ws-collaboration-ce) the
# repository lands in a bare git dir, e.g. /work/.mirror/zextras+carbonio-ws-collaboration-ce/repo:
#   R=/work/.mirror/zextras+carbonio-ws-collaboration-ce/repo
#   P=carbonio-ws-collaboration-openapi/src/main/resources
#   mkdir -p /tmp/specs/131/chats /tmp/specs/131/meeting
#   git -C $R show 16972a1a:$P/api.yaml > /tmp/specs/api-1.6.2.yaml
#   git -C $R show 5d544caf:$P/chats/chats-api.yaml > /tmp/specs/131/chats/chats-api.yaml
#   git -C $R show 5d544caf:$P/meeting/meeting-api.yaml > /tmp/specs/131/meeting/meeting-api.yaml
#   bash benches/carbonio-specmock.sh /tmp/specs/api-1.6.2.yaml /tmp/specs/131/chats/chats-api.yaml
# (or from a clone: git clone https://github.com/zextras/carbonio-ws-collaboration-ce).
#
# The passes:
#   literal    the 1.6.2 spec as published. Its Capabilities lists `canVideoCallRecord` as
#              required without defining it: Prism 5.14.2 takes that as is (it invents any
#              value), so no patch is needed.
#   realistic  the same spec, with two properties narrowed in the mock's copy only, so that the
#              commands reach their later requests: Attachment.size bounded to 0..2^50 (the
#              spec's bare int64 makes most random sizes negative or above 1 PiB, which chatdrop
#              refuses by design, so download/preview would stop at the info) and
#              Attachment.mimeType one of image/png, image/jpeg, application/pdf, text/plain (a
#              random string is never an image or a PDF, so preview would stop locally).
#   sparse     realistic, with Prism's faker told (`x-json-schema-faker` at the root, a generator
#              setting, not part of the contract) to leave out a random number of each object's
#              optional properties: Prism fills every optional property by default, so answers
#              without `filter`, `attachments`, `createdAt`, `area`, a room's `name`... never
#              come otherwise.
#   v131       the 1.3.1 spec as published (no multipart PUT, user pictures, workspaces' children).
#   v131-sparse  the 1.3.1 spec narrowed and sparse as above.
# Prism never echoes X-WSC-API-VERSION, so chatdrop's probe sees a server from before API
# versioning: with CHATDROP_CARBONIO_SERVER_API unset, attachments go by the raw POST.
#
# Output: a table per pass (runs, exit codes, runs with a request the validator refused,
# answers chatdrop could not read, panics) and the distinct errors with their counts; every
# run's argv/stdout/stderr/exit and the proxy's request log (requests, verdicts, answers) stay
# under $WORK.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

[ $# -ge 1 ] || { sed -n '2,40p' "$0"; exit 2; }
SPEC162=$(realpath "$1")
SPEC131=${2:+$(realpath "$2")}
RUNS=${RUNS:-50}
PORT=${PORT:-4710}
TOOLS=${TOOLS:-/tmp/specmock-tools}
PASSES=${PASSES:-literal realistic sparse v131 v131-sparse}
[ -n "$SPEC131" ] || PASSES=$(printf '%s\n' $PASSES | grep -v '^v131' | tr '\n' ' ')
WORK=${WORK:-$(mktemp -d /tmp/carbonio-specmock.XXXXXX)}
mkdir -p "$WORK"
echo "work dir: $WORK" >&2

# ---- tools -------------------------------------------------------------------------------------
if command -v prism >/dev/null; then
  PRISM=$(command -v prism)
else
  PRISM=$TOOLS/node_modules/.bin/prism
  [ -x "$PRISM" ] || npm install --silent --prefix "$TOOLS" @stoplight/prism-cli@5.14.2 >&2
fi
# js-yaml comes with Prism: its node_modules (local install), else npm's global root.
NODE_PATH=$(cd "$(dirname "$PRISM")/.." && pwd):$(npm root -g 2>/dev/null || true)
cargo build --quiet --locked
BIN=$REPO/target/debug/chatdrop

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# ---- the specs' copies -------------------------------------------------------------------------
# narrow SRC DST MODE: the mock's copy of a spec, `realistic` or `sparse` (see the passes above).
narrow() {
  NODE_PATH=$NODE_PATH node - "$@" <<'EOF'
const fs = require('fs'), yaml = require('js-yaml');
const [src, dst, mode] = process.argv.slice(2);
const spec = yaml.load(fs.readFileSync(src, 'utf8'));
const a = spec.components.schemas.Attachment.properties;
a.size.minimum = 0;
a.size.maximum = 2 ** 50;
a.mimeType.enum = ['image/png', 'image/jpeg', 'application/pdf', 'text/plain'];
// A random number of each object's optional properties (any of 0..all), as jsf counts them.
if (mode === 'sparse') spec['x-json-schema-faker'] = {
  'always-fake-optionals': false, 'optionals-probability': 1, 'fixed-probabilities': false };
fs.writeFileSync(dst, yaml.dump(spec));
EOF
}
mkdir -p "$WORK/spec"
cp "$SPEC162" "$WORK/spec/literal.yaml"
narrow "$SPEC162" "$WORK/spec/realistic.yaml" realistic
narrow "$SPEC162" "$WORK/spec/sparse.yaml" sparse
if [ -n "$SPEC131" ]; then
  mkdir -p "$WORK/spec/131/chats" "$WORK/spec/131/meeting"
  cp "$SPEC131" "$WORK/spec/131/chats/chats-api.yaml"
  MEETING=$(dirname "$SPEC131")/../meeting/meeting-api.yaml
  if [ -f "$MEETING" ]; then
    cp "$MEETING" "$WORK/spec/131/meeting/meeting-api.yaml"
  else
    echo "no $MEETING: the copy's Meeting \$ref becomes {type: object}" >&2
    sed -i "s|\$ref: '../meeting/meeting-api.yaml#/components/schemas/Meeting'|type: object|" \
      "$WORK/spec/131/chats/chats-api.yaml"
  fi
  narrow "$WORK/spec/131/chats/chats-api.yaml" "$WORK/spec/131/chats/sparse.yaml" sparse
fi
spec_of() {
  case $1 in
    literal) echo "$WORK/spec/literal.yaml" ;;
    realistic) echo "$WORK/spec/realistic.yaml" ;;
    sparse) echo "$WORK/spec/sparse.yaml" ;;
    v131) echo "$WORK/spec/131/chats/chats-api.yaml" ;;
    v131-sparse) echo "$WORK/spec/131/chats/sparse.yaml" ;;
  esac
}

# ---- the files sent ----------------------------------------------------------------------------
mkdir -p "$WORK/files"
printf 'hello from the specmock run\n' > "$WORK/files/note.txt"
printf 'Отчёт за квартал\n' > "$WORK/files/Отчёт😀.txt"
python3 - "$WORK/files/pic.png" <<'EOF'
import struct, sys, zlib
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
w, h = 16, 12
raw = b''.join(b'\x00' + b'\xff\x00\x00' * w for _ in range(h))
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
EOF

ROOM=0298250f-741f-7602-4deb-803af504605d
ATT=6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f
USER=3b9d6c1a-2e4f-4a5b-9c8d-7e6f5a4b3c2d
DESC='Отчёт Q3 — "draft" 😀'

# Each line: label | extra env (space-separated VAR=value, or -) | chatdrop arguments.
# ${...} are expanded when run; OUT is the run's own output dir.
COMMANDS=$(cat <<'EOF'
auth-check|-|auth status --check
auth-check-json|-|--json auth status --check
rooms|-|carbonio rooms
rooms-json|-|--json carbonio rooms
attachments|-|carbonio attachments --room $ROOM
attachments-json|-|--json carbonio attachments --room $ROOM
attachments-all|-|carbonio attachments --room $ROOM --all
attachments-all-json|-|--json carbonio attachments --room $ROOM --all
info|-|carbonio info $ATT
info-json|-|--json carbonio info $ATT
download|-|carbonio download $ATT -o $OUT/dl.bin
download-json|-|--json carbonio download $ATT -o $OUT/
delete|-|carbonio delete $ATT --yes
delete-json|-|--json carbonio delete $ATT --yes
attach-1.6.2|CHATDROP_CARBONIO_SERVER_API=1.6.2|carbonio attach --room $ROOM --description $DESC $WORK/files/note.txt $WORK/files/pic.png $WORK/files/Отчёт😀.txt
attach-1.6.2-reply|CHATDROP_CARBONIO_SERVER_API=1.6.2|--json carbonio attach --room $ROOM --reply-to msg-1 --message-id msg-2 $WORK/files/pic.png
attach-1.3|CHATDROP_CARBONIO_SERVER_API=1.3|carbonio attach --room $ROOM --description $DESC $WORK/files/note.txt $WORK/files/pic.png $WORK/files/Отчёт😀.txt
attach-1.3-reply|CHATDROP_CARBONIO_SERVER_API=1.3|--json carbonio attach --room $ROOM --reply-to msg-1 --message-id msg-2 $WORK/files/pic.png
attach-probe|-|--json carbonio attach --room $ROOM $WORK/files/note.txt $WORK/files/pic.png
room-picture-set|-|carbonio room-picture set --room $ROOM $WORK/files/pic.png
room-picture-get|-|carbonio room-picture get --room $ROOM -o $OUT/
room-picture-delete|-|--json carbonio room-picture delete --room $ROOM --yes
user-picture-set-1.6.2|CHATDROP_CARBONIO_SERVER_API=1.6.2|carbonio user-picture set --user $USER $WORK/files/pic.png
user-picture-set|-|carbonio user-picture set --user $USER $WORK/files/pic.png
user-picture-get|-|--json carbonio user-picture get --user $USER -o $OUT/
preview|-|carbonio preview $ATT -o $OUT/
preview-thumbnail|-|--json carbonio preview $ATT --thumbnail --size 64x48 --quality high --format png -o $OUT/
preview-pages|-|carbonio preview $ATT --pages 1-2 -o $OUT/
EOF
)

start_mock() { # pass port
  local spec; spec=$(spec_of "$1")
  "$PRISM" mock -d -h 127.0.0.1 -p "$2" "$spec" > "$WORK/$1.prism.log" 2>&1 &
  PIDS+=($!)
  python3 "$REPO/benches/carbonio_specmock_proxy.py" "$(($2 + 1))" "$2" "$WORK/$1.requests.jsonl" \
    2> "$WORK/$1.proxy.err" &
  PIDS+=($!)
  for _ in $(seq 120); do
    grep -q 'Prism is listening' "$WORK/$1.prism.log" && return 0
    grep -q 'fatal' "$WORK/$1.prism.log" && break
    sleep 0.5
  done
  echo "Prism did not start for $1:" >&2
  cat "$WORK/$1.prism.log" >&2
  exit 1
}

run_pass() { # pass port
  local pass=$1 port=$2 n=0 i
  local log="$WORK/$pass.requests.jsonl" runs="$WORK/$pass.runs"
  : > "$log"
  mkdir -p "$runs"
  # A hermetic home: nothing of the user's configuration, state or keyring is read or written.
  local home="$WORK/$pass.home"
  mkdir -p "$home"
  while IFS='|' read -r label envs args; do
    for i in $(seq "$RUNS"); do
      n=$((n + 1))
      local dir="$runs/$(printf '%05d' $n)"
      local OUT="$dir/out"
      mkdir -p "$OUT"
      local from; from=$(wc -l < "$log")
      # Word-split the argument template, then expand the variables of each word.
      local argv=()
      for word in $args; do
        case $word in
          '$DESC') argv+=("$DESC") ;;
          *) argv+=("$(eval "printf '%s' \"$word\"")") ;;
        esac
      done
      local envv=()
      [ "$envs" = "-" ] || envv=($envs)
      printf '%s\n' "$label" > "$dir/label"
      printf '%s\n' "${argv[@]}" > "$dir/argv"
      set +e
      env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/xdg" XDG_STATE_HOME="$home/state" \
        CHATDROP_CONFIG_DIR="$home/config" CHATDROP_CREDENTIAL_STORE=file CHATDROP_NO_INPUT=1 \
        CHATDROP_JOURNAL="$home/journal.jsonl" CHATDROP_RETRY_BASE_MS=1 \
        CHATDROP_CARBONIO_URL="http://127.0.0.1:$((port + 1))" CHATDROP_CARBONIO_TOKEN=specmock-token \
        "${envv[@]}" timeout 120 "$BIN" "${argv[@]}" > "$dir/stdout" 2> "$dir/stderr" < /dev/null
      echo $? > "$dir/rc"
      set -e
      echo "$from $(wc -l < "$log")" > "$dir/requests"
    done
    printf '.' >&2
  done <<< "$COMMANDS"
  echo >&2
}

i=0
for pass in $PASSES; do
  p=$((PORT + 2 * i))
  i=$((i + 1))
  echo "pass $pass: Prism on 127.0.0.1:$p, proxy on 127.0.0.1:$((p + 1)), $RUNS runs per command" >&2
  start_mock "$pass" "$p"
  run_pass "$pass" "$p"
done

python3 "$REPO/benches/carbonio_specmock_report.py" "$WORK" $PASSES
