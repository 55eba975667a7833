#!/usr/bin/env bash
# The load test of `certvet serve`: release builds of certvet and of the load
# generator (examples/serve_load.rs), then SECONDS (default 30) of load at
# CONNECTIONS (default 64) keep-alive connections on 127.0.0.1, then `certvet batch`
# over the same requests. Prints one table. Stops by itself.
#   examples/serve-load.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --bin certvet --example serve_load
exec target/release/examples/serve_load target/release/certvet "${1:-30}" "${2:-64}"
