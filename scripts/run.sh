#!/usr/bin/env bash
# Start the action server and the Rasa server (REST + socket.io) on 127.0.0.1; Ctrl-C stops both.
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

"$BIN/rasa" run --model models/mentorat.tar.gz --endpoints endpoints.yml --credentials credentials.yml \
  --interface 127.0.0.1 --port "${RASA_PORT:-5005}" >var/log/rasa.log 2>&1 &
pids+=($!)

echo "Démarrage… (journaux dans var/log/)"
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:${RASA_PORT:-5005}/" >/dev/null 2>&1; then break; fi
  sleep 1
done
cat <<MSG
Mentorat est prêt.
  REST :   curl -s -XPOST http://127.0.0.1:${RASA_PORT:-5005}/webhooks/rest/webhook -d '{"sender":"moi","message":"bonjour"}'
  Terminal : make shell
Ctrl-C pour tout arrêter.
MSG
wait -n "${pids[@]}"
