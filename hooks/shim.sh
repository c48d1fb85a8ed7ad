#!/bin/sh
# keyhook-shim version=@VERSION@ hook=@HOOK@
# Installed by `keyhook install`; remove with `keyhook uninstall` (restores any hook it replaced).
# Runs the hook this one replaced (if any), then keyhook. If keyhook cannot be found the
# commit is blocked (fail closed), never silently allowed.
KEYHOOK_HOOK=@HOOK@
KEYHOOK_BAKED=@BIN@
KEYHOOK_CHAINED=@CHAINED@

hookdir=$(dirname -- "$0")
if [ "$KEYHOOK_HOOK" = pre-push ]; then
  keyhook_input=$(cat)
fi
if [ -n "$KEYHOOK_CHAINED" ] && [ -e "$hookdir/$KEYHOOK_CHAINED" ]; then
  if [ "$KEYHOOK_HOOK" = pre-push ]; then
    printf '%s\n' "$keyhook_input" | "$hookdir/$KEYHOOK_CHAINED" "$@" || exit $?
  else
    "$hookdir/$KEYHOOK_CHAINED" "$@" || exit $?
  fi
fi

if [ -x "$KEYHOOK_BAKED" ]; then
  keyhook=$KEYHOOK_BAKED
elif [ -n "${KEYHOOK_BIN:-}" ] && [ -x "$KEYHOOK_BIN" ]; then
  keyhook=$KEYHOOK_BIN
elif command -v keyhook >/dev/null 2>&1; then
  keyhook=$(command -v keyhook)
else
  echo "keyhook: $KEYHOOK_HOOK blocked: the keyhook binary was not found." >&2
  echo "  Looked for $KEYHOOK_BAKED, \$KEYHOOK_BIN and keyhook on PATH." >&2
  echo "  Reinstall it: run ./install.sh in the keyhook checkout (or cargo install --path <keyhook>)," >&2
  echo "  then run 'keyhook install' in this repository." >&2
  echo "  To bypass once on purpose: git commit --no-verify (git push --no-verify for pushes)." >&2
  exit 1
fi

if [ "$KEYHOOK_HOOK" = pre-push ]; then
  printf '%s\n' "$keyhook_input" | "$keyhook" run --hook pre-push "$@"
else
  "$keyhook" run --hook "$KEYHOOK_HOOK" "$@"
fi
