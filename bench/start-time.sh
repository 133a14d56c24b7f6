#!/usr/bin/env bash
# Start to ready, alone (docs/performance.md, "Start time and memory"): starts Lobby's jar in the prod profile on
# a database of its own (created and migrated by the first start; BENCH_DB, default lobby_start_time), waits
# until an authenticated token call answers 200, prints the wall time, the CPU time the process used until
# then, its resident memory and the CPU time of its busiest threads (main, the JIT compilers, GC), and stops it.
# CPU seconds compare better than wall time on a shared machine: repeat and interleave the variants.
#
#   bench/start-time.sh LABEL "JVM OPTIONS" [JAR]      e.g.
#   bench/start-time.sh jar "-Xmx192m -Xss512k"
#   bench/start-time.sh cds "-Xmx192m -Xss512k -XX:SharedArchiveFile=target/lobby/lobby.jsa" target/lobby/lobby-0.1.0-SNAPSHOT.jar
#
# JAVA names another JDK; PGHOST/PGPORT/PGUSER as for bench/run.sh. No SMTP server is needed (nothing is sent).
set -euo pipefail
cd "$(dirname "$0")/.."
label=$1
opts=$2
jar=${3:-$(ls target/lobby-*.jar | grep -v original | head -n 1)}
pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
pg_user=${PGUSER:-postgres}
db=${BENCH_DB:-lobby_start_time}
psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
  || psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "CREATE DATABASE $db"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=start-time-token-0123456789abcdef0123456789
mkdir -p bench/target
log=bench/target/start-time-$label.log
start=$(date +%s%N)
# shellcheck disable=SC2086
env SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" \
  SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD= SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=9 \
  LOBBY_INVITATIONS_SECRET="start-time-secret-$token" LOBBY_PUBLIC_URL="http://127.0.0.1:$port" \
  LOBBY_BOOTSTRAP_ADMIN_EMAIL=admin@start-time.example LOBBY_BOOTSTRAP_ADMIN_PASSWORD='Start!Time-Passw0rd' \
  LOBBY_BOOTSTRAP_API_TOKEN=$token \
  "${JAVA:-java}" $opts -jar "$jar" --server.port="$port" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/public/v1/accounts/accounts" || true)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "$label: Lobby exited during start; its log: $log"; tail -n 5 "$log"; exit 1; }
  sleep 0.05
done
end=$(date +%s%N)
ticks=$(getconf CLK_TCK)
rss=$(awk '/VmRSS/ { print int($2 / 1024) }' /proc/$pid/status)
cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' /proc/$pid/stat)
threads=$(for task in /proc/$pid/task/*; do
    name=$(tr ' ' '_' < "$task/comm" 2>/dev/null | sed 's/[#0-9_-]*$//') || continue
    ticks_of=$(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null) || continue
    printf '%s\t%s\n' "$name" "$ticks_of"
  done | awk -F'\t' -v t="$ticks" '{ s[$1] += $2 } END { for (k in s) if (s[k] / t >= 0.2) printf "%s %.1f s, ", k, s[k] / t }')
echo "$label: ready in $(( (end - start) / 1000000 )) ms, CPU $cpu s (${threads%, }), RSS $rss MB, load $(cut -d' ' -f1 /proc/loadavg)"
