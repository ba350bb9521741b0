#!/bin/sh
# Docker-secrets convention: when MEILI_ADMIN_KEY / MEILI_SEARCH_KEY is empty and VAR_FILE names
# a readable file (written by the `keys` job), export the file's content as VAR. A value set
# explicitly (e.g. a Meilisearch Cloud key in .env) wins. Then run the command as PID 1.
set -eu

load_key() {
  var="$1"
  eval "value=\${$var:-}"
  eval "file=\${${var}_FILE:-}"
  if [ -z "$value" ] && [ -n "$file" ]; then
    if [ ! -r "$file" ]; then
      echo "error: $var is not set and ${var}_FILE ($file) is not readable" >&2
      exit 2
    fi
    value=$(cat "$file")
    export "$var=$value"
  fi
  unset "${var}_FILE"
}

load_key MEILI_ADMIN_KEY
load_key MEILI_SEARCH_KEY

exec "$@"
