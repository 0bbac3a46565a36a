#!/usr/bin/env bash
# Times image-build against packer, side by side in one run, and writes bench/RESULTS.md.
#   (a) twenty-builds.json: 20 file builds + shell-local provisioner + manifest post-processor
#   (b) seq-20000.json:     one null build whose shell-local provisioner prints 20,000 lines
#   (c) seq-20000.json again, with image-build as the core of Packer 1.6.6's own plugin processes
#       (shims on PACKER_PLUGIN_PATH that exec `packer plugin packer-<kind>-<type>`)
#   (d) plugin start-to-first-RPC latency (bench/plugin-latency.ts, bundled with ncc into a temp
#       dir): image-build's startPlugin + Builder.Prepare on `packer plugin packer-builder-null`,
#       and `validate` minus `validate -syntax-only` of a one-null-builder template for both tools
#   (e) ssh.json: a null build over the ssh communicator to a throw-away sshd on 127.0.0.1:22918
#       (started here as root, keys under /tmp/ib-bench-sshd): 20,000 lines of remote output and
#       a 64 MiB scp upload
# Each tool runs N times per template (fresh copy of the template each time, -color=false,
# output checked, not shown); the table shows the median wall time and median peak RSS
# (/usr/bin/time -v; for a process tree that is the largest single process).
# Usage: bench/run.sh [N]   (default 5). Needs `npm run build`, packer and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
REPO=$(pwd)
command -v packer >/dev/null || { echo "bench: packer not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not installed (apt-get install time)" >&2; exit 2; }
# IB_BENCH_ENGINE=<command> replaces `node bin/image-build.js` (e.g. a bundle built elsewhere);
# BENCH_OUT=<file> writes the results elsewhere than bench/RESULTS.md.
ENGINE=${IB_BENCH_ENGINE:-}
OUT=${BENCH_OUT:-bench/RESULTS.md}
CMD="bash bench/run.sh $N"; [ -n "$ENGINE" ] && CMD="IB_BENCH_ENGINE=$ENGINE $CMD"
[ -n "$ENGINE" ] || [ -f dist/cli/index.js ] || { echo "bench: dist/cli/index.js missing: run npm run build" >&2; exit 2; }
export CHECKPOINT_DISABLE=1
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# read before $OUT is rewritten (which would itself count as a change)
DIRTY=$(git diff --quiet -- . ":(exclude)$OUT" 2>/dev/null || echo ' (uncommitted changes)')
work=$(mktemp -d -t ib-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# one measurement: prints "<wall seconds> <max rss KiB> <exit code>"
measure() { # tool template
  local tool=$1 tpl=$2 d; d=$(mktemp -d -p "$work")
  cp "bench/templates/$tpl" "$d/t.json"
  [ "$tpl" = ssh.json ] && cp "$work/payload.bin" "$d/payload.bin"
  local cmd=(packer) env=()
  if [ "$tool" = image-build+plugins ]; then env=(env "PACKER_PLUGIN_PATH=$shims"); tool=image-build; fi
  if [ "$tool" = image-build ]; then if [ -n "$ENGINE" ]; then cmd=("$ENGINE"); else cmd=(node "$REPO/bin/image-build.js"); fi; fi
  local rc=0
  (cd "$d" && /usr/bin/time -v -o "$d/time.txt" "${env[@]}" "${cmd[@]}" build -color=false t.json >"$d/out.txt" 2>&1 </dev/null) || rc=$?
  # a run only counts if it did the work: all 20 builds finished / all 20,000 lines shown
  local want=20 got; got=$(grep -c "^Build '.*' finished" "$d/out.txt" || true)
  if [ "$tpl" = seq-20000.json ]; then want=20000; got=$(grep -c '^    null: ' "$d/out.txt" || true); fi
  if [ "$tpl" = ssh.json ]; then want=20001; got=$(grep -c '^    bench: \([0-9]*\|payload-ok\)$' "$d/out.txt" || true); fi
  [ "$rc" -ne 0 ] || [ "$got" = "$want" ] || rc=99
  awk -v rc="$rc" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.3f %d %d\n", wall, rss, rc }' "$d/time.txt"
  rm -rf "$d"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Packer's built-ins as legacy single-component plugin binaries (row c)
shims=$work/shims; mkdir -p "$shims"
for c in builder-null provisioner-shell-local; do
  printf '#!/bin/sh\nexec packer plugin packer-%s\n' "$c" > "$shims/packer-$c"; chmod 755 "$shims/packer-$c"
done

# (e)'s sshd and payload
SSHD=/tmp/ib-bench-sshd
command -v /usr/sbin/sshd >/dev/null || { echo "bench: /usr/sbin/sshd not installed (apt-get install openssh-server)" >&2; exit 2; }
rm -rf "$SSHD" && mkdir -p "$SSHD" /run/sshd
ssh-keygen -q -t ed25519 -N '' -f "$SSHD/hostkey" && ssh-keygen -q -t ed25519 -N '' -f "$SSHD/userkey"
cp "$SSHD/userkey.pub" "$SSHD/authorized_keys" && chmod 600 "$SSHD/authorized_keys"
printf '%s\n' 'ListenAddress 127.0.0.1' 'Port 22918' "HostKey $SSHD/hostkey" "AuthorizedKeysFile $SSHD/authorized_keys" \
  'PermitRootLogin prohibit-password' 'PasswordAuthentication no' 'StrictModes no' 'UsePAM no' "PidFile $SSHD/sshd.pid" > "$SSHD/sshd_config"
/usr/sbin/sshd -f "$SSHD/sshd_config" -E "$SSHD/sshd.log"
trap 'kill "$(cat "$SSHD/sshd.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$work" "$SSHD" /tmp/ib-bench-remote' EXIT
head -c 67108864 /dev/urandom > "$work/payload.bin"

# (d) first, while the machine is as quiet as it will be; 4N starts (at least 20)
LAT_N=$(( N * 4 < 20 ? 20 : N * 4 ))
npx ncc build bench/plugin-latency.ts -o "$work/latency" -t -q --target es2022 >/dev/null 2>&1 || { echo "bench: ncc build of bench/plugin-latency.ts failed" >&2; exit 2; }
if [ -n "$ENGINE" ]; then LAT_ENGINE=("$ENGINE"); else LAT_ENGINE=(node "$REPO/bin/image-build.js"); fi
LAT=$(node "$work/latency/index.js" "$LAT_N" "${LAT_ENGINE[@]}")
echo "latency: $LAT" >&2
lat() { node -e 'const o = JSON.parse(process.argv[1]); const v = o[process.argv[2]]; console.log(Array.isArray(v) ? v.join("–") : v)' "$LAT" "$1"; }

declare -A WALL RSS FAIL
for tpl in twenty-builds.json seq-20000.json ssh.json; do
  tools="packer image-build"; [ "$tpl" = seq-20000.json ] && tools="$tools image-build+plugins"
  for tool in $tools; do
    : > "$work/$tool-$tpl.txt"
    for i in $(seq 1 "$N"); do
      m=$(measure "$tool" "$tpl"); echo "$tool $tpl run $i: $m" >&2
      echo "$m" >> "$work/$tool-$tpl.txt"
    done
    WALL[$tool,$tpl]=$(cut -d' ' -f1 "$work/$tool-$tpl.txt" | median)
    RSS[$tool,$tpl]=$(cut -d' ' -f2 "$work/$tool-$tpl.txt" | median)
    FAIL[$tool,$tpl]=$(awk '$3 != 0 { n++ } END { print n + 0 }' "$work/$tool-$tpl.txt")
  done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
row() { # label template target [image-build tool]
  local ib=${4:-image-build}
  local t=$2 iw=${WALL[$ib,$2]} pw=${WALL[packer,$2]} ir=${RSS[$ib,$2]} pr=${RSS[packer,$2]}
  local note=""; [ "${FAIL[$ib,$t]}" != 0 ] && note=" (image-build failed or incomplete in ${FAIL[$ib,$t]}/$N runs)"
  [ "${FAIL[packer,$t]}" != 0 ] && note="$note (packer failed or incomplete in ${FAIL[packer,$t]}/$N runs)"
  local r; r=$(ratio "$iw" "$pw")
  local ok; ok=$(awk -v r="$r" -v t="$3" 'BEGIN { print (r != "n/a" && r <= t) ? "met" : "NOT met" }')
  printf '| %s | %s s | %s s | %s | ≤ %s× | %s | %s MiB | %s MiB | %s |%s\n' "$1" "$iw" "$pw" "$r" "$3" "$ok" \
    "$(awk -v k="$ir" 'BEGIN { printf "%.1f", k / 1024 }')" "$(awk -v k="$pr" 'BEGIN { printf "%.1f", k / 1024 }')" "$(ratio "$ir" "$pr")" "$note"
}

{
  echo "# Benchmark: image-build vs packer"
  echo
  echo "Produced by \`$CMD\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(packer version | head -1), node $(node --version), image-build $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$DIRTY."
  echo "Median of $N runs each; wall time and peak RSS from \`/usr/bin/time -v\` (peak RSS is the largest single process of the tree)."
  echo
  echo "| template | image-build wall | packer wall | wall ratio | target | | image-build RSS | packer RSS | RSS ratio |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row "(a) 20 file builds + shell-local + manifest" twenty-builds.json 0.3
  row "(b) null build, shell-local \`seq 1 20000\`" seq-20000.json 0.04
  row "(c) as (b), image-build as the core of Packer's own Go plugin processes" seq-20000.json 1.0 image-build+plugins
  row "(e) null build over ssh (loopback sshd): remote \`seq 1 20000\`, 64 MiB scp upload" ssh.json 1.0
  echo
  echo "## (d) Plugin start-to-first-RPC latency (Packer's own null builder, \`packer plugin packer-builder-null\`)"
  echo
  echo "Median of $LAT_N, measured by \`bench/plugin-latency.ts\` (bundled with ncc; run by \`$CMD\`)."
  echo
  echo "| measure | image-build as the core | packer 1.6.6 as the core |"
  echo "|---|---|---|"
  echo "| spawn → Builder.Prepare reply, in process (startPlugin + Prepare; range $(lat imageBuildStartToFirstRpcMinMaxMs) ms) | $(lat imageBuildStartToFirstRpcMs) ms | — (no hook inside Packer; PACKER_LOG stamps are whole seconds) |"
  echo "| \`validate t.json\` (starts the plugin, Prepare, kills it) | $(lat imageBuildValidateMs) ms | $(lat packerValidateMs) ms |"
  echo "| \`validate -syntax-only t.json\` (same start and template read, no plugin) | $(lat imageBuildSyntaxOnlyMs) ms | $(lat packerSyntaxOnlyMs) ms |"
  echo "| difference = one plugin's start, first RPC and stop, seen from outside | $(lat imageBuildPluginMs) ms | $(lat packerPluginMs) ms |"
  echo "| \`validate t.json\` without the shim (image-build: built-in null, no process; packer: its built-in is the same plugin process) | $(lat imageBuildBuiltinValidateMs) ms | (= validate above) |"
  echo "| validate with the plugin minus validate with the built-in | $(lat imageBuildPluginOverBuiltinMs) ms | — |"
  echo
  echo "t.json is \`{\"builders\":[{\"type\":\"null\",\"communicator\":\"none\"}]}\`, in a directory holding the shim \`packer-builder-null\` (\`exec packer plugin packer-builder-null\`): both tools discover it in the working directory and run the same plugin through it, so both differences hold the shim's sh exec and plugin discovery; the in-process row spawns \`packer plugin packer-builder-null\` directly."
  echo
  echo "Machine: nproc=$(nproc); load average (1/5/15 min) before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) — other work on the machine skews the timings."
  echo
  echo '```'
  free -m
  echo '```'
} > "$OUT"
cat "$OUT"
