# syntax=docker/dockerfile:1
# Paragraphe: two runtime targets from one build.
#   web      Next.js standalone server (the default, last stage)
#   indexer  the indexer job and the one-shot `keys` job (tsx runs the TypeScript sources)
# Neither runtime image holds dev dependencies, sources it does not run, or any secret.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- dependencies (dev included: the build needs them) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# better-sqlite3 is a native addon: compilers for when no prebuilt binary fits the platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- Next.js build (output: 'standalone' in next.config.js) ----
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build && mkdir -p public

# ---- production dependencies only, native addon already built ----
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# ---- common runtime base ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
# Mount points of the key volumes, owned by the unprivileged user so fresh volumes inherit it.
RUN mkdir -p /keys/indexer /keys/search /app/data \
 && chown -R node:node /keys /app/data
COPY --chmod=0755 deploy/docker-entrypoint.sh /usr/local/bin/paragraphe-entrypoint
ENTRYPOINT ["paragraphe-entrypoint"]

# ---- indexer and keys jobs ----
FROM runtime AS indexer
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY indexer ./indexer
COPY search ./search
COPY importer ./importer
COPY deploy/bootstrap-keys.ts ./deploy/bootstrap-keys.ts
USER node
CMD ["node_modules/.bin/tsx", "indexer/cli.ts", "--corpus", "/app/corpus"]

# ---- web app (default target) ----
FROM runtime AS web
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --chown=node:node start/method-guard.cjs start/bare-search.cjs start/cluster.cjs ./
USER node
ENV PORT=3000 HOSTNAME=0.0.0.0
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/search?q=').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# One process per core on the port (WEB_CONCURRENCY to change); each preloads the method guard
# and the bare handler of GET /api/search (PARAGRAPHE_BARE_SEARCH=0 leaves it to Next).
CMD ["node", "cluster.cjs", "server.js"]
