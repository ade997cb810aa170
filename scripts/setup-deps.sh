#!/usr/bin/env bash
# Installs every dependency Sluice needs on Debian 12 (x86_64), idempotently.
# Runs as root, or through sudo when not root. Safe to run again: each step checks first.
#
#   scripts/setup-deps.sh            install everything
#
# ONNX Runtime is not packaged for Debian 12: the shared library comes from the npm package
# onnxruntime-node and the C/C++ headers from Debian trixie's libonnxruntime-dev (unpacked, not
# installed). Both land in ${SLUICE_DEPS_DIR:-/opt/sluice-deps}/onnxruntime/{lib,include}.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

DEPS_DIR="${SLUICE_DEPS_DIR:-/opt/sluice-deps}"
ORT_VERSION="1.30.0"

DEBIAN_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git curl ca-certificates time
  clang-format
  libsqlite3-dev sqlite3 libssl-dev
  libcurl4-openssl-dev
  libcpp-httplib-dev
  nlohmann-json3-dev libsimdjson-dev
  libeigen3-dev
  libxgboost-dev
  librdkafka-dev kcat
  librocksdb-dev
  libedit-dev
  libfmt-dev libspdlog-dev libcli11-dev
  libre2-dev libutf8proc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-numpy python3-onnx python3-sklearn python3-xgboost
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup-deps: Debian packages present"
fi

# npm fetches ONNX Runtime; a machine may already have Node.js from elsewhere.
if ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi

# ---- ONNX Runtime ------------------------------------------------------------------------------
ORT_DIR="$DEPS_DIR/onnxruntime"
if [ -f "$ORT_DIR/lib/libonnxruntime.so.1" ] && [ -f "$ORT_DIR/include/onnxruntime_cxx_api.h" ] \
   && [ "$(cat "$ORT_DIR/VERSION" 2>/dev/null)" = "$ORT_VERSION" ]; then
  echo "setup-deps: ONNX Runtime $ORT_VERSION present in $ORT_DIR"
else
  echo "setup-deps: installing ONNX Runtime $ORT_VERSION into $ORT_DIR"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # The shared library, from the npm package.
  (cd "$work" && npm pack --silent "onnxruntime-node@$ORT_VERSION" >/dev/null)
  tar -xzf "$work"/onnxruntime-node-*.tgz -C "$work" package/bin/napi-v6/linux/x64/libonnxruntime.so.1
  # The headers, from Debian trixie's libonnxruntime-dev (downloaded with a private source list).
  mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial"
  echo "deb http://deb.debian.org/debian trixie main" > "$work/apt/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
            -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache"
            -o "Debug::NoLocking=1")
  apt-get "${apt_opts[@]}" update -q >/dev/null
  (cd "$work" && apt-get "${apt_opts[@]}" download libonnxruntime-dev >/dev/null)
  dpkg -x "$work"/libonnxruntime-dev_*.deb "$work/deb"
  $SUDO mkdir -p "$ORT_DIR/lib" "$ORT_DIR/include"
  $SUDO cp "$work/package/bin/napi-v6/linux/x64/libonnxruntime.so.1" "$ORT_DIR/lib/"
  $SUDO ln -sf libonnxruntime.so.1 "$ORT_DIR/lib/libonnxruntime.so"
  $SUDO cp "$work"/deb/usr/include/onnxruntime/*.h "$ORT_DIR/include/"
  echo "$ORT_VERSION" | $SUDO tee "$ORT_DIR/VERSION" >/dev/null
fi
echo "setup-deps: done"
