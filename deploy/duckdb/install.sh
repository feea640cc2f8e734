#!/bin/sh
# Installs DuckDB's Node.js client (its native library ships inside the npm
# package) into .cache/duckdb of the repository, or into $1.
# deploy/duckdb/check.mjs and deploy_test.go use it; analysts can use the
# duckdb CLI instead.
set -eu
VERSION=1.5.6-r.1
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-$here/../../.cache/duckdb}
pkg=$prefix/node_modules/@duckdb/node-api/package.json
if [ -f "$pkg" ] && grep -q "\"version\": \"$VERSION\"" "$pkg"; then
	exit 0
fi
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "@duckdb/node-api@$VERSION"
