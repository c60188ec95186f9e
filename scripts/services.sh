#!/usr/bin/env bash
# PostgreSQL and Redis on 127.0.0.1 for the scale-out tests and benchmark (`make services`), and
# Debian's nginx for the load-balancer test (installed only: each test starts its own nginx).
#
# Installs Debian's `postgresql` and `redis-server` when missing, starts them without systemd
# (CI runs in a plain container), and creates the test role idempotently. Running it again is
# cheap: when both answer and the role can log in, it only says so.
#
# Settings come from the environment (the Makefile exports the defaults):
#   PG_HOST, PG_PORT, PG_USER, PG_PASSWORD   the local PostgreSQL and the role tests log in as
#   REDIS_HOST, REDIS_PORT                   the local Redis
# The role may create databases: the tests make a fresh database per run and drop it afterwards.
set -euo pipefail

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-mentorat}
PG_PASSWORD=${PG_PASSWORD:-mentorat}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}

if [[ "$(id -u)" == 0 ]]; then
  SUDO=()
  as_postgres() { runuser -u postgres -- "$@"; }
else
  SUDO=(sudo)
  as_postgres() { sudo -u postgres "$@"; }
fi

pg_can_login() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -qAtc 'SELECT 1' >/dev/null 2>&1
}
redis_answers() {
  command -v redis-cli >/dev/null && [[ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]
}

if pg_can_login && redis_answers && command -v nginx >/dev/null; then
  echo "services: PostgreSQL ($PG_HOST:$PG_PORT) and Redis ($REDIS_HOST:$REDIS_PORT) already running"
  exit 0
fi

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if ((${#missing[@]})); then
  echo "services: installing Debian's ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  # No service is started by the packages' scripts in a container without an init system; we
  # start both ourselves below, bound to 127.0.0.1.
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# PostgreSQL: the Debian cluster listening on PG_PORT (created when there is none), started with
# pg_ctlcluster (no systemd needed) and bound to 127.0.0.1 only.
if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  read -r version cluster status < <(pg_lsclusters -h | awk -v port="$PG_PORT" '$3 == port {print $1, $2, $4; exit}') || true
  if [[ -z "${version:-}" ]]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    cluster=mentorat
    echo "services: creating PostgreSQL $version cluster '$cluster' on port $PG_PORT"
    "${SUDO[@]}" pg_createcluster "$version" "$cluster" --port "$PG_PORT" >/dev/null
    status=down
  fi
  if [[ "$status" != online ]]; then
    echo "services: starting PostgreSQL $version/$cluster on $PG_HOST:$PG_PORT"
    "${SUDO[@]}" pg_ctlcluster "$version" "$cluster" start -- -o "-c listen_addresses=$PG_HOST"
  fi
  for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
  pg_isready -h "$PG_HOST" -p "$PG_PORT"
fi

# The test role (login, may create databases), made or reset idempotently. Identifiers and the
# password go through psql variables, quoted by psql itself.
as_postgres psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qAt -v role="$PG_USER" -v pw="$PG_PASSWORD" <<'SQL' >/dev/null
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pw') \gexec
SQL
pg_can_login || { echo "services: role $PG_USER cannot log in to $PG_HOST:$PG_PORT (pg_hba.conf?)"; exit 1; }

# Redis: a throw-away instance (no persistence) bound to 127.0.0.1, daemonised.
if ! redis_answers; then
  echo "services: starting Redis on $REDIS_HOST:$REDIS_PORT"
  redis_user=()
  if [[ "$(id -u)" == 0 ]] && id redis >/dev/null 2>&1; then redis_user=(runuser -u redis --); fi
  "${redis_user[@]}" redis-server --bind "$REDIS_HOST" --port "$REDIS_PORT" --daemonize yes --save "" \
    --appendonly no --dir /tmp --logfile "/tmp/mentorat-redis-$REDIS_PORT.log" \
    --pidfile "/tmp/mentorat-redis-$REDIS_PORT.pid"
  for _ in $(seq 1 20); do redis_answers && break; sleep 0.5; done
  redis_answers || { echo "services: Redis did not answer, see /tmp/mentorat-redis-$REDIS_PORT.log"; exit 1; }
fi
echo "services: PostgreSQL ($PG_HOST:$PG_PORT, role $PG_USER) and Redis ($REDIS_HOST:$REDIS_PORT) ready"
