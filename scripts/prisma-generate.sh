#!/usr/bin/env sh
# Prisma Client 7 needs no engine binary, but `prisma generate` insists the schema engine file
# exists and would download it; offline, any existing file satisfies the check (see docs/decisions).
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$(command -v node)}"
exec prisma generate "$@"
