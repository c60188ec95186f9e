#!/usr/bin/env bash
# Start the action server, the Rasa server (REST + socket.io) and the widget page on 127.0.0.1;
# Ctrl-C stops them all.
# With --shell: the action server in the background and `rasa shell` in the foreground.
# With --prod: the production profile, credentials.production.yml (socket.io only, through
# rasa_plugins.socketio_channel: Origin checked, signed sessions, size and rate limits); it needs
# MENTORAT_SESSION_SECRET and MENTORAT_ALLOWED_ORIGINS.
# Ports and stores come from the environment the Makefile exports (ACTION_PORT, RASA_PORT, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mode="${1:-}"
credentials=credentials.yml
if [[ "$mode" == "--prod" ]]; then
  credentials=credentials.production.yml
  secret="${MENTORAT_SESSION_SECRET:-}"
  if (( ${#secret} < 32 )); then
    echo "Profil de production : MENTORAT_SESSION_SECRET doit contenir au moins 32 caractères aléatoires,"
    echo "le même sur chaque serveur Rasa. Par exemple :"
    echo "  export MENTORAT_SESSION_SECRET=\$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(32))')"
    exit 1
  fi
fi
mkdir -p var/log
pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Mentorat arrêté."
}
trap stop INT TERM EXIT

# Rasa does not stop on an unreachable tracker store (it retries forever at start-up, then falls
# back to memory at run time): check every configured store first and refuse to start otherwise.
"$BIN/python" scripts/check_stores.py || { echo "Un stockage ne répond pas : Mentorat ne démarre pas."; exit 1; }

"$BIN/python" -m actions --port "${ACTION_PORT:-5055}" >var/log/actions.log 2>&1 &
pids+=($!)

if [[ "$mode" == "--shell" ]]; then
  "$BIN/rasa" shell --model models/mentorat.tar.gz --endpoints endpoints.yml
  exit 0
fi

# --cors lets the page check the server's health; the origins may be separated by commas or spaces.
origins="${MENTORAT_ALLOWED_ORIGINS//,/ }"
# shellcheck disable=SC2086 # the origins are a space-separated list
"$BIN/rasa" run --model models/mentorat.tar.gz --endpoints endpoints.yml --credentials "$credentials" \
  --interface 127.0.0.1 --port "${RASA_PORT:-5005}" --cors ${origins} >var/log/rasa.log 2>&1 &
pids+=($!)

"$BIN/python" -m assistant.web.server --port "${WEB_PORT:-8080}" >var/log/web.log 2>&1 &
pids+=($!)

echo "Démarrage… (journaux dans var/log/)"
ready=false
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:${RASA_PORT:-5005}/" >/dev/null 2>&1; then ready=true; break; fi
  sleep 1
done
if [[ "$ready" != true ]]; then
  echo "Le serveur Rasa ne répond pas après 180 s : voir var/log/rasa.log."
  exit 1
fi
if [[ "$mode" == "--prod" ]]; then
  cat <<MSG
Mentorat est prêt (profil de production : socket.io seulement, pas de REST).
  Page :   http://localhost:${WEB_PORT:-8080}
  Origines admises : ${origins}
Ctrl-C pour tout arrêter.
MSG
else
  cat <<MSG
Mentorat est prêt.
  Page :   http://localhost:${WEB_PORT:-8080}
  REST :   curl -s -XPOST http://127.0.0.1:${RASA_PORT:-5005}/webhooks/rest/webhook -d '{"sender":"moi","message":"bonjour"}'
  Terminal : make shell
Ctrl-C pour tout arrêter.
MSG
fi
wait -n "${pids[@]}"
