# Shared helpers of the benchmark scripts (sourced, not run).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Installs the Debian packages a benchmark needs when their command is missing.
need() {
  local cmd="$1" pkg="$2"
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "installing $pkg" >&2
    if [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    else
      sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    fi
  fi
}

# Builds the application jar unless it is there already (JAR=... to use another).
app_jar() {
  local jar
  jar="$(ls "$ROOT"/target/gongkai-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  if [ -z "$jar" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
    jar="$(ls "$ROOT"/target/gongkai-*.jar | grep -v original | head -1)"
  fi
  echo "${JAR:-$jar}"
}

# Fills data folder $2 with $1 generated published records and builds the search index
# (cn.gongkai.bench.ScaleDataGenerator: bench code on the test classpath, not in the jar).
generate() {
  local n="$1" data="$2"
  (cd "$ROOT" && mvn -B -q -ntp test-compile \
    && mvn -B -q -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java \
      -Dexec.classpathScope=test -Dexec.args="-Xmx2g -cp %classpath cn.gongkai.bench.ScaleDataGenerator \
        --gongkai.data=$data --gongkai.generate=$n --server.port=0 --gongkai.demo.mode=on --logging.file.name=")
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until the application answers its health check (at most $2 seconds).
wait_up() {
  local url="$1" limit="${2:-300}"
  for _ in $(seq 1 "$limit"); do
    if curl -fsS "$url/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    sleep 1
  done
  echo "application at $url did not come up" >&2
  return 1
}

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2 " GiB RAM"}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
}

# Prints "<requests/s> <p50 ms> <p99 ms>" from a wrk --latency report.
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 } if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 } return v }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%s %.2f %.2f\n", rps, p50, p99 }'
}

# Starts jar $1 on port $2 with demo data in folder $3/data (log in $3/app.log); sets APP_PID.
start_demo_app() {
  local jar="$1" port="$2" work="$3"
  echo "starting the application on port $port with demo data in $work/data"
  java -Xmx512m -jar "$jar" --gongkai.data="$work/data" --server.port="$port" --gongkai.demo.mode=on \
    --logging.file.name= >"$work/app.log" 2>&1 &
  APP_PID=$!
}

# The reference run's server: saves page $2 of the application at $1 and has nginx serve the same
# bytes at the same path on port $3 (config, pid and files in folder $4); checks they are equal.
serve_reference_page() {
  local app="$1" path="$2" port="$3" work="$4"
  local url_path="${path%%\?*}"
  mkdir -p "$work/www"
  chmod 755 "$work" "$work/www"
  curl -fsS "$app$path" -o "$work/www/page.html"
  chmod 644 "$work/www/page.html"
  cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$port;
    location = $url_path { default_type text/html; alias $work/www/page.html; }
  }
}
CONF
  nginx -c "$work/nginx.conf"
  curl -fsS "http://127.0.0.1:$port$url_path" | cmp - "$work/www/page.html"
}
