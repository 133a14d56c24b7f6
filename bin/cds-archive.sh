#!/usr/bin/env bash
# Builds the class data sharing (CDS) archive that shortens Lobby's start (docs/production.md#start-time).
#
#   bin/cds-archive.sh [lobby jar] [directory]
#
# 1. extracts the jar (default: target/lobby-*.jar) into the directory (default: target/lobby):
#    lobby-<version>.jar and lib/, the layout the JVM can share classes from (not the nested jars);
# 2. starts it once up to the end of its context refresh (-Dspring.context.exit=onRefresh: beans
#    created, the database migrated, no port opened, nothing sent) with -XX:ArchiveClassesAtExit,
#    which writes the classes it loaded into <directory>/lobby.jsa.
# Then start Lobby from the extracted jar with the archive (same JDK, same jar):
#
#   java -XX:SharedArchiveFile=target/lobby/lobby.jsa -Xmx192m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
#     -jar target/lobby/lobby-<version>.jar
#
# The training start runs in the prod profile on an in-memory H2 database unless SPRING_PROFILES_ACTIVE
# or SPRING_DATASOURCE_URL say otherwise (it then migrates that database, as a start would). Build the
# archive again after every new jar or JDK: the JVM ignores an archive made for other jars (it says so
# with a warning and starts without it). JAVA (default: java on the PATH) names the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls target/lobby-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
dir=${2:-target/lobby}
java=${JAVA:-java}
[ -f "$jar" ] || { echo "No Lobby jar (build it: ./mvnw -DskipTests package)"; exit 1; }

rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
app="$dir/$(basename "$jar")"

export SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-prod}
export SPRING_DATASOURCE_URL=${SPRING_DATASOURCE_URL:-"jdbc:h2:mem:cds;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"}
if [[ "$SPRING_DATASOURCE_URL" == jdbc:h2:* ]]; then
  export SPRING_DATASOURCE_USERNAME=sa SPRING_DATASOURCE_PASSWORD=
fi
# The prod profile refuses to start without a secret; this start signs nothing.
export LOBBY_INVITATIONS_SECRET=${LOBBY_INVITATIONS_SECRET:-"cds-training-only-$RANDOM$RANDOM$RANDOM$RANDOM"}

log="$dir/cds-training.log"
if ! "$java" -XX:ArchiveClassesAtExit="$dir/lobby.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -jar "$app" > "$log" 2>&1; then
  echo "The training start failed; its log: $log"; tail -n 20 "$log"; exit 1
fi
[ -s "$dir/lobby.jsa" ] || { echo "No archive was written; the training start's log: $log"; exit 1; }
echo "Wrote $dir/lobby.jsa ($(du -h "$dir/lobby.jsa" | cut -f1)). Start Lobby with:"
echo "  java -XX:SharedArchiveFile=$dir/lobby.jsa -Xmx192m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $app"
