#!/usr/bin/env bash
# The journal at scale (#27), side by side with the goals and a reference where one makes sense:
#   1. 100,000 files of 16 bytes: the first upload, the re-run with --skip-sent (the quick
#      check: nothing is read; the files on the command line, then listed in a file), the
#      same with --checksum (every file read and hashed);
#   2. a 1 GiB journal: `history --failed --limit 20`, and one new file with --skip-sent,
#      each the first time (the index is built; the upload also prunes) and again.
# Wall time and peak RSS from GNU time. The sink is chatdrop's sandbox in discard mode
# (CHATDROP_SANDBOX_DISCARD=1), as in benches/upload.sh.
#
# Run by hand (not part of the test suite):   bash benches/journal.sh
# Needs: /usr/bin/time (GNU), python3, git (for the `git status` reference). FILES=N changes
# the number of small files (default 100000); JOURNAL_MIB the synthetic journal (default 1024);
# SECTIONS="1" or "2" runs one part.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-100000}
JOURNAL_MIB=${JOURNAL_MIB:-1024}

# BIN=path runs a binary built elsewhere (no build).
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=$PWD/target/release/chatdrop
fi
WORK=$(mktemp -d /tmp/chatdrop-journal-bench.XXXXXX)
SINK_PID=
cleanup() { [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

PORT=${PORT:-18978}
CHATDROP_SANDBOX_DISCARD=1 "$BIN" sandbox --port "$PORT" > "$WORK/sandbox.env" &
SINK_PID=$!
for _ in $(seq 50); do grep -q '^export' "$WORK/sandbox.env" 2>/dev/null && break; sleep 0.1; done
set -a; eval "$(grep '^export' "$WORK/sandbox.env" | sed 's/^export //')"; set +a
export CHATDROP_CONFIG_DIR=$WORK/config
J=$WORK/journal.jsonl

# measure 'shell command' -> "wall_s maxrss_kib cpu_s" (the command's own output discarded)
measure() {
  /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.out" bash -c "$1" > /dev/null 2> "$WORK/stderr.out" || {
    echo "FAILED: $1" >&2; tail -5 "$WORK/stderr.out" >&2; }
  tail -1 "$WORK/time.out" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}
mib() { awk -v k="$1" 'BEGIN{ printf "%.1f", k/1024 }'; }
# Records of files sent (a `skipped` record names its earlier `sent` inside `previous`).
sent_count() { { grep '"outcome":"sent"' "$J" || true; } | grep -vc '"outcome":"skipped"' || true; }
row() { # what wall rss cpu goal reference
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$4" "$(mib "$3")" "$5" "$6"
}

echo "# chatdrop journal benchmark"
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); $("$BIN" --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

SECTIONS=${SECTIONS:-1 2}
want() { case " $SECTIONS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---- 1. 100,000 small files ------------------------------------------------------------------
if want 1; then
mkdir -p "$WORK/files"
python3 - "$WORK/files" "$FILES" <<'EOF'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    # 16 bytes each, every content different; short names keep the command line under ARG_MAX.
    with open(os.path.join(d, f"{i:06d}"), "w") as f:
        f.write(f"file {i:010d}\n")
EOF
# Older than the quick check's 2 s racy window, as files a re-run meets are.
sleep 3
cd "$WORK/files"
UP="'$BIN' -q --jobs 8 carbonio attach --journal '$J'"

echo "## 1. $FILES files of 16 bytes (Carbonio attach, one room)"
echo
echo "| run | wall s | CPU s | peak RSS MiB | goal | reference |"
echo "|---|---:|---:|---:|---|---|"
read -r w m c <<<"$(measure "exec $UP *")"
sent=$(sent_count)
row "first upload ($sent sent)" "$w" "$m" "$c" "no per-file cost that grows with the batch" ""
read -r w m c <<<"$(measure "exec $UP --skip-sent *")"
again=$(( $(sent_count) - sent ))
read -r fw fm fc <<<"$(measure "find . -type f -printf '%s %T@ %i\n' | wc -l")"
git init -q . && git add -A && git -c user.name=b -c user.email=b@b commit -qm files >/dev/null
git status --porcelain > /dev/null
read -r gw gm gc <<<"$(measure "exec git status --porcelain")"
rm -rf .git
row "re-run --skip-sent (sent again: $again)" "$w" "$m" "$c" "< 2 s, < 32 MiB" "find (stat each) $fw s, $(mib "$fm") MiB; git status $gw s, $(mib "$gm") MiB"
read -r w m c <<<"$(measure "exec $UP --skip-sent *")"
again=$(( $(sent_count) - sent ))
row "re-run --skip-sent again (sent again: $again)" "$w" "$m" "$c" "< 2 s, < 32 MiB" ""
# The same files listed in a file instead of on the command line.
printf '%s\n' * > "$WORK/list.txt"
read -r w m c <<<"$(measure "exec $UP --skip-sent --files-from '$WORK/list.txt'")"
again=$(( $(sent_count) - sent ))
row "re-run --skip-sent --files-from LIST (sent again: $again)" "$w" "$m" "$c" "< 2 s, < 32 MiB" ""
# Where a re-run spends its time (-vv traces the journal's steps).
"$BIN" -vv -q --jobs 8 carbonio attach --journal "$J" --skip-sent * 2>&1 >/dev/null | grep '^journal:' > "$WORK/phases.txt" || true
read -r w m c <<<"$(measure "exec $UP --skip-sent --checksum *")"
again=$(( $(sent_count) - sent ))
read -r hw hm hc <<<"$(measure "cat * | md5sum")"
row "re-run --skip-sent --checksum (sent again: $again)" "$w" "$m" "$c" "reads every file" "cat * | md5sum $hw s, $(mib "$hm") MiB"
echo
echo "journal after the runs: $(du -h "$J" | cut -f1), index $(du -h "$J.idx" 2>/dev/null | cut -f1 || echo none). A re-run's steps (\`-vv\`):"
echo
echo '```'
cat "$WORK/phases.txt"
echo '```'
echo
cd - > /dev/null
rm -rf "$WORK/files" "$J" "$J.idx" "$J.lock"
fi

if want 2; then
# ---- 2. a 1 GiB journal ----------------------------------------------------------------------
# 40 runs' worth of records: every file sent once to one of 3 rooms, then skipped by each
# re-run, 1 attempt in 200 failed; written in the journal's own format, fresh times.
python3 - "$J" "$JOURNAL_MIB" <<'EOF'
import json, sys, time, datetime
path, mib = sys.argv[1], int(sys.argv[2])
target = mib << 20
rooms = ["room:%08x-1886-4a8b-aa00-e00fab828e24" % r for r in range(3)]
now = time.time()
stamp = lambda t: datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
per_run = 65000
written = 0
with open(path, "w") as f:
    run = 0
    while written < target:
        t = stamp(now - 86400 * 30 + run * 3600)
        for i in range(per_run):
            if written >= target:
                break
            fp = "xxh3:%032x" % (i * 7919 + 1)
            rec = {"v": 1, "time": t, "run": "%016x" % run, "service": "carbonio", "profile": "default",
                   "target": rooms[i % 3], "path": "/builds/app/shots/shot-%06d.png" % i,
                   "name": "shot-%06d.png" % i, "size": 48213, "fingerprint": fp}
            if run == 0:
                rec.update(outcome="sent", ids={"id": "6a1f%028x" % i})
            elif (i * 31 + run) % 200 == 0:
                rec.update(outcome="failed", exit_class="temporary", error="the server answered 503")
            else:
                rec.update(outcome="skipped", ids={"id": "6a1f%028x" % i},
                           previous={"time": stamp(now - 86400 * 30), "outcome": "sent",
                                     "ids": {"id": "6a1f%028x" % i}, "run": "%016x" % 0})
            rec["version"] = "0.1.0"
            line = json.dumps(rec, separators=(",", ":")) + "\n"
            f.write(line)
            written += len(line)
        run += 1
EOF
lines=$(wc -l < "$J")
echo "## 2. A $(du -h "$J" | cut -f1) journal ($lines records)"
echo
echo "| run | wall s | CPU s | peak RSS MiB | goal | reference |"
echo "|---|---:|---:|---:|---|---|"
read -r tw tm tc <<<"$(measure "tail -n 20 '$J' | wc -l")"
idx() { if [ -e "$J.idx" ]; then echo "index $(du -h "$J.idx" | cut -f1)"; else echo "no index built"; fi; }
read -r w m c <<<"$(measure "exec '$BIN' history --journal '$J' --failed --limit 20")"
row "history --failed --limit 20 (first; $(idx))" "$w" "$m" "$c" "< 1 s, < 32 MiB" "tail -n 20: $tw s"
read -r w m c <<<"$(measure "exec '$BIN' history --journal '$J' --failed")"
row "history --failed, all of them (walks it all; $(idx))" "$w" "$m" "$c" "flat memory" ""
read -r w m c <<<"$(measure "exec '$BIN' history --journal '$J' --failed --limit 20")"
row "history --failed --limit 20 (again, with the index)" "$w" "$m" "$c" "< 1 s, < 32 MiB" ""
read -r w m c <<<"$(measure "exec '$BIN' history --journal '$J' --failed")"
row "history --failed, all of them (again)" "$w" "$m" "$c" "flat memory" ""
echo "new file 1 $(date +%s%N)" > "$WORK/new1.txt"
echo "new file 2 $(date +%s%N)" > "$WORK/new2.txt"
echo "new file 0 $(date +%s%N)" > "$WORK/new0.txt"
# The lookup alone on the whole journal (the test seam puts the prune off).
read -r w m c <<<"$(measure "CHATDROP_JOURNAL_PRUNE_AT=1000000000000 exec '$BIN' -q carbonio attach --journal '$J' --skip-sent '$WORK/new0.txt'")"
row "one new file --skip-sent, the whole journal kept (prune put off)" "$w" "$m" "$c" "fast and flat" ""
before=$(du -h "$J" | cut -f1)
read -r w m c <<<"$(measure "exec '$BIN' -q carbonio attach --journal '$J' --skip-sent '$WORK/new1.txt'")"
row "one new file --skip-sent (first upload: prunes $before to $(du -h "$J" | cut -f1))" "$w" "$m" "$c" "fast and flat" ""
read -r w m c <<<"$(measure "exec '$BIN' -q carbonio attach --journal '$J' --skip-sent '$WORK/new2.txt'")"
row "one new file --skip-sent (again)" "$w" "$m" "$c" "fast and flat" ""
read -r w m c <<<"$(measure "exec '$BIN' -q carbonio attach --journal '$J' --skip-sent '$WORK/new2.txt'")"
row "the same file again (skipped)" "$w" "$m" "$c" "" ""
echo
fi
