#!/usr/bin/env bash
# Lobby's benchmark (docs/performance.md). On this machine's local PostgreSQL it drops and creates its
# own database, builds Lobby's jar if it is missing (or with --build), builds the bench program, starts
# Lobby from the jar in the prod profile with an SMTP sink on loopback, loads data, measures, prints a
# table and writes bench/results.json.
#
#   bench/run.sh                 the full run (~27 minutes with the 1,000,000-member account)
#   bench/run.sh --smoke         a short run with small sizes; exits non-zero if anything fails (CI runs it)
#   bench/run.sh --build ...     rebuild Lobby's jar first (./mvnw -q -DskipTests package)
#   bench/run.sh --cds ...       start Lobby as production.md recommends: from the extracted jar with its
#                                class data sharing archive, made first by bin/cds-archive.sh
#   bench/run.sh --help          every option (durations, levels, sizes, …)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres, no password), BENCH_DB (lobby_bench;
# lobby_bench_smoke with --smoke), LOBBY_JAVA_OPTS (JVM options for Lobby, e.g. "-Xmx256m"),
# BENCH_JAVA_OPTS (for the bench's own JVM: the load client and the SMTP sink, e.g. a JFR recording),
# MVNW_OFFLINE=1 to build without the network.
set -euo pipefail
cd "$(dirname "$0")/.."

build=false
cds=false
smoke=false
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    --cds) cds=true ;;
    --smoke) smoke=true; args+=("$arg") ;;
    --help|-h) args+=("--help") ;;
    *) args+=("$arg") ;;
  esac
done

pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
pg_user=${PGUSER:-postgres}
if $smoke; then db=${BENCH_DB:-lobby_bench_smoke}; else db=${BENCH_DB:-lobby_bench}; fi
offline=()
[ "${MVNW_OFFLINE:-}" = 1 ] && offline=(-o)

jar=$(ls target/lobby-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if $build || [ -z "$jar" ]; then
  echo "Building Lobby's jar (./mvnw -q -DskipTests package)"
  ./mvnw "${offline[@]}" -q -B -DskipTests package
  jar=$(ls target/lobby-*.jar | grep -v original | head -n 1)
fi

java_opts=${LOBBY_JAVA_OPTS:-}
if $cds; then
  echo "Building the class data sharing archive (bin/cds-archive.sh)"
  bin/cds-archive.sh "$jar" bench/target/lobby-cds > /dev/null
  jar="bench/target/lobby-cds/$(basename "$jar")"
  java_opts="-XX:SharedArchiveFile=$PWD/bench/target/lobby-cds/lobby.jsa $java_opts"
fi

echo "Building the bench program (./mvnw -f bench/pom.xml package)"
./mvnw "${offline[@]}" -q -B -f bench/pom.xml -DskipTests package

if [[ " ${args[*]:-} " != *" --help "* ]]; then
  pg_isready -h "$pg_host" -p "$pg_port" -q || { echo "PostgreSQL does not answer on $pg_host:$pg_port"; exit 1; }
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
fi

commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && ! git diff --quiet HEAD -- src pom.xml 2>/dev/null; then
  commit="$commit+uncommitted"
fi

# shellcheck disable=SC2086 # options are words
exec java ${BENCH_JAVA_OPTS:-} -jar bench/target/lobby-bench.jar \
  --jar="$PWD/$jar" \
  --jdbc-url="jdbc:postgresql://$pg_host:$pg_port/$db" \
  --db-user="$pg_user" \
  --commit="$commit" \
  --lobby-java-options="$java_opts" \
  ${args[@]+"${args[@]}"}
