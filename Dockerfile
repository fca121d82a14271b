# Build with dev dependencies, run with production ones only: the compiled dist, no tsx or esbuild.
# Node 24, the LTS maintained until April 2028; the code itself still runs on 20.6+ (package.json engines).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts run: the build needs none, and the production tree has none.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY migrations ./migrations
COPY roadmap ./roadmap
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV DATA_DIR=/app/data HTTP_PORT=8080
VOLUME ["/app/data"]
EXPOSE 8080
# /healthz answers 200 when the database and every enabled platform are connected.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.HTTP_PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations are applied at start.
ENTRYPOINT ["node", "bin/constancia.mjs"]
CMD ["start"]
