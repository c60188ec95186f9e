#!/usr/bin/env bash
# Start the action server, the Rasa server (REST + socket.io) and the widget page on 127.0.0.1;
# Ctrl-C stops them all.
# With --shell: the action server in the background and `rasa shell` in the foreground.
# Ports and stores come from the environment the Makefile exports (ACTION_PORT, RASA_PORT, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mkdir -p var/log
pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Mentorat arrêté."
}
trap stop INT TERM EXIT

"$BIN/rasa" run actions --actions actions --port "${ACTION_PORT:-5055}" >var/log/actions.log 2>&1 &
pids+=($!)

if [[ "${1:-}" == "--shell" ]]; then
  "$BIN/rasa" shell --model models/mentorat.tar.gz --endpoints endpoints.yml
  exit 0
fi

# shellcheck disable=SC2086 # the origins are a space-separated list
"$BIN/rasa" run --model models/mentorat.tar.gz --endpoints endpoints.yml --credentials credentials.yml \
  --interface 127.0.0.1 --port "${RASA_PORT:-5005}" --cors ${MENTORAT_ALLOWED_ORIGINS} >var/log/rasa.log 2>&1 &
pids+=($!)

"$BIN/python" -m assistant.web.server --port "${WEB_PORT:-8080}" >var/log/web.log 2>&1 &
pids+=($!)

echo "Démarrage… (journaux dans var/log/)"
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:${RASA_PORT:-5005}/" >/dev/null 2>&1; then break; fi
  sleep 1
done
cat <<MSG
Mentorat est prêt.
  Page :   http://localhost:${WEB_PORT:-8080}
  REST :   curl -s -XPOST http://127.0.0.1:${RASA_PORT:-5005}/webhooks/rest/webhook -d '{"sender":"moi","message":"bonjour"}'
  Terminal : make shell
Ctrl-C pour tout arrêter.
MSG
wait -n "${pids[@]}"
