# factlint in a container: docker build -t factlint . && docker run --rm -v "$PWD:/work" factlint check stories/
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
COPY rules ./rules
RUN npm ci --no-audit --no-fund && npm pack --ignore-scripts && mv factlint-*.tgz /factlint.tgz

FROM node:20-slim
# git for --git and --git-base; nothing else.
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY --from=build /factlint.tgz /tmp/factlint.tgz
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/factlint.tgz && rm /tmp/factlint.tgz \
    && git config --system --add safe.directory '*'
WORKDIR /work
USER node
ENTRYPOINT ["factlint"]
CMD ["--help"]
