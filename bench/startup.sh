#!/usr/bin/env bash
# Start of the packaged jar to the first rendered login page, without and with the JDK's AOT cache (JEP 483/514).
# Usage: bench/startup.sh [runs]   (after ./mvnw package -DskipTests; needs JDK 25 as JAVA_HOME or on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The AOT cache needs plain jars on the class path, so the fat jar is extracted first (Spring Boot's jarmode tools).
"$JAVA" -Djarmode=tools -jar target/clientele.jar extract --destination "$WORK/app" >/dev/null

# Milliseconds from launch until /login answers with the page, on a fresh embedded database each time.
first_page() {
  local port=$((20000 + RANDOM % 20000)) db="$WORK/db-$RANDOM" start end
  start=$(date +%s%N)
  "$JAVA" "$@" -jar "$WORK/app/clientele.jar" --server.port=$port --spring.datasource.url=jdbc:h2:file:$db \
    >"$WORK/log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$port/login" | grep -q "<html"; do sleep 0.05; done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

plain=$(for _ in $(seq "$RUNS"); do first_page; done | median)
# Training run: the context starts and stops at refresh; the JVM writes what it loaded and linked.
"$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/clientele.jar" \
  --spring.datasource.url=jdbc:h2:file:"$WORK/train" >"$WORK/train.log" 2>&1 || true
cached=$(for _ in $(seq "$RUNS"); do first_page -XX:AOTCache="$WORK/app.aot"; done | median)
printf 'start to first page (median of %s): %s ms without AOT cache, %s ms with (%s MB cache)\n' "$RUNS" "$plain" \
  "$cached" "$(( $(stat -c %s "$WORK/app.aot") / 1048576 ))"
