#!/bin/sh
# Build keyhook, install the binary on your PATH, and install the hook in the git repository you
# run this from (if any). Safe to run again: it rebuilds, replaces the binary, and the hook
# install is idempotent.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
caller=$(pwd)

if ! command -v cargo >/dev/null 2>&1; then
  echo "install.sh: cargo not found. Install Rust first: https://rustup.rs" >&2
  exit 1
fi
if ! command -v git >/dev/null 2>&1; then
  echo "install.sh: git not found." >&2
  exit 1
fi

echo "==> building keyhook (release)"
(cd "$here" && cargo build --release --locked)
case ${CARGO_TARGET_DIR:-} in
  "") built=$here/target/release/keyhook ;;
  /*) built=$CARGO_TARGET_DIR/release/keyhook ;;
  *) built=$here/$CARGO_TARGET_DIR/release/keyhook ;;
esac
if [ ! -x "$built" ]; then
  echo "install.sh: the build succeeded but $built is missing (is build.target-dir set?)." >&2
  exit 1
fi

if [ -n "${KEYHOOK_INSTALL_DIR:-}" ]; then
  dest=$KEYHOOK_INSTALL_DIR
elif [ -d "${CARGO_HOME:-$HOME/.cargo}/bin" ]; then
  dest=${CARGO_HOME:-$HOME/.cargo}/bin
else
  dest=$HOME/.local/bin
fi
mkdir -p "$dest"
# Copy then rename, so a running hook never sees a half-written binary.
cp "$built" "$dest/.keyhook.new"
chmod 0755 "$dest/.keyhook.new"
mv -f "$dest/.keyhook.new" "$dest/keyhook"
echo "==> installed $dest/keyhook"

case ":$PATH:" in
  *":$dest:"*) ;;
  *) echo "note: $dest is not on your PATH; add it (the hook itself uses the absolute path)." >&2 ;;
esac

if (cd "$caller" && git rev-parse --is-inside-work-tree >/dev/null 2>&1); then
  echo "==> installing the pre-commit hook in $(cd "$caller" && git rev-parse --show-toplevel)"
  (cd "$caller" && "$dest/keyhook" install)
else
  echo "==> not inside a git work tree: run 'keyhook install' in each repository to protect."
fi
