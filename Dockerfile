# The kafka-specialist MCP server in a container (stdio by default; --http for Streamable HTTP).
# Build: docker build -t kafka-specialist .   Usage: docs/mcp.md, "Container image".

# Build stage: dev dependencies, compile, and pack exactly what npm would publish.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Scripts wait for the sources: `prepare` would build before they are copied in.
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build && npm pack --ignore-scripts --pack-destination /tmp/pack

# Run stage: the packed package installed as a user would, production dependencies only.
FROM node:20-slim
ENV NODE_ENV=production
COPY --from=build /tmp/pack/ /tmp/pack/
RUN npm install -g /tmp/pack/kafka-specialist-*.tgz && rm -rf /tmp/pack && npm cache clean --force
# Tools read and write only under --root, which defaults to the working directory: mount files here.
WORKDIR /work
USER node
ENTRYPOINT ["kafka-specialist", "mcp"]
