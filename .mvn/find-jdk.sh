# Sourced by ./mvnw, ./wasm4j and .ci/run: points JAVA_HOME at a JDK 25 or newer, or stops with a message.
wasm4j_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
wasm4j_find_jdk() {
  local candidate major globbing_was_off=0
  case $- in *f*) globbing_was_off=1; set +f ;; esac
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(wasm4j_java_major "$candidate")
    case "$major" in ''|1.*) continue ;; esac
    if [ "$major" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      [ "$globbing_was_off" = 1 ] && set -f
      return 0
    fi
  done
  [ "$globbing_was_off" = 1 ] && set -f
  echo "wasm4j needs a JDK 25 or newer. Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
wasm4j_find_jdk || exit 1
