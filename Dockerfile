# One image for the api and the worker (docker-compose.yml picks the command).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/checks/package.json packages/checks/
COPY packages/aws/package.json packages/aws/
COPY packages/scanner/package.json packages/scanner/
COPY packages/report/package.json packages/report/
COPY packages/core/package.json packages/core/
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/cli/package.json apps/cli/
COPY apps/web/package.json apps/web/
# No dependency of ours needs an install script; skipping them keeps the build free of native toolchains.
RUN npm ci --ignore-scripts
COPY tsconfig.base.json tsconfig.build.json ./
COPY packages packages
COPY apps apps
# Builds the packages and the dashboard (apps/web/dist, served by the api); its libraries are bundled, so
# pruning the dev dependencies leaves the dashboard whole.
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/packages packages
COPY --from=build /app/apps apps
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/server.js"]
