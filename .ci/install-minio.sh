#!/usr/bin/env bash
# Installs the pinned MinIO server used by the S3 tests into .cache/bin/minio
# (ignored by git). Idempotent: does nothing when the binary is already there.
# The version must match s3test.MinIOModule in sinks/s3test/s3test.go.
set -euo pipefail
cd "$(dirname "$0")/.."
module="github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c"
grep -q "\"$module\"" sinks/s3test/s3test.go || { echo "install-minio.sh: $module differs from sinks/s3test/s3test.go" >&2; exit 1; }
bin="$PWD/.cache/bin"
if [ -x "$bin/minio" ]; then
	echo "install-minio.sh: $bin/minio already installed"
	exit 0
fi
mkdir -p "$bin"
echo "install-minio.sh: building MinIO ($module) into $bin; this takes several minutes" >&2
GOBIN="$bin" CGO_ENABLED=0 GOFLAGS=-mod=mod go install "$module"
"$bin/minio" --version | head -1
