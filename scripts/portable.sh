#!/usr/bin/env bash
# A certvet binary for old Linux executors (Amazon Linux 2 / EMR, RHEL/CentOS 7 and 8):
# built against glibc 2.17 with `cargo zigbuild`, which links with zig's linker and
# glibc stubs of the version asked for. Installs cargo-zigbuild and zig from PyPI into
# target/venv-zig (no toolchain download: the rustup target x86_64-unknown-linux-gnu is
# the ordinary one), builds, then reads the binary's dynamic symbol versions and fails
# if any needs a newer glibc. The last line printed is the binary's path.
#
#   scripts/portable.sh                 # glibc 2.17
#   GLIBC=2.28 scripts/portable.sh      # another floor
set -euo pipefail
cd "$(dirname "$0")/.."

glibc=${GLIBC:-2.17}
triple=x86_64-unknown-linux-gnu
venv=target/venv-zig
# Versions this script was last run with; newer ones are expected to work too.
zigbuild_req=${ZIGBUILD_REQ:-cargo-zigbuild==0.24.1}
zig_req=${ZIG_REQ:-ziglang==0.17.1}

if [ ! -x "$venv/bin/cargo-zigbuild" ] || ! "$venv/bin/python" -m ziglang version >/dev/null 2>&1; then
  echo "installing $zigbuild_req and $zig_req into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$zigbuild_req" "$zig_req"
fi
# cargo-zigbuild finds zig as `python3 -m ziglang` on PATH: the venv's python.
export PATH="$PWD/$venv/bin:$PATH"

echo "building certvet for $triple with glibc $glibc (zig $(python3 -m ziglang version))" >&2
cargo zigbuild --release --locked --bin certvet --target "$triple.$glibc" >&2

bin="target/$triple/release/certvet"
[ -x "$bin" ] || { echo "portable.sh: $bin was not built" >&2; exit 1; }

# Every GLIBC_x.y version the binary's dynamic symbols ask for; none may exceed $glibc.
if command -v objdump >/dev/null 2>&1; then
  symbols=$(objdump -T "$bin")
else
  symbols=$(readelf --dyn-syms --wide "$bin")
fi
versions=$(grep -o 'GLIBC_[0-9][0-9.]*' <<<"$symbols" | sort -u -V)
newest=$(tail -n1 <<<"$versions")
echo "glibc symbol versions: $(tr '\n' ' ' <<<"$versions")" >&2
if [ "$(printf '%s\n%s\n' "GLIBC_$glibc" "$newest" | sort -V | tail -n1)" != "GLIBC_$glibc" ]; then
  echo "portable.sh: $bin needs $newest, newer than GLIBC_$glibc:" >&2
  grep -F "$newest" <<<"$symbols" >&2
  exit 1
fi
needed=$(objdump -p "$bin" 2>/dev/null | awk '/NEEDED/ {print $2}' | tr '\n' ' ' || true)
echo "shared libraries needed: ${needed:-?}" >&2
echo "newest glibc symbol: $newest (floor GLIBC_$glibc): ok" >&2
"$bin" --version >&2
echo "$PWD/$bin"
