#!/bin/sh
# keyhook-shim version=@VERSION@ hook=@HOOK@
# Installed by `keyhook install`; remove with `keyhook uninstall` (restores any hook it replaced).
# Runs the hook this one replaced (if any) with the same arguments and input, then keyhook.
# If keyhook cannot be found the commit is blocked (fail closed), never silently allowed.
KEYHOOK_HOOK=@HOOK@
KEYHOOK_BAKED=@BIN@
KEYHOOK_CHAINED=@CHAINED@
KEYHOOK_GLOBAL=@GLOBAL@
KEYHOOK_SCAN=@SCAN@

case $0 in
  */*) keyhook_dir=${0%/*} ;;
  *) keyhook_dir=. ;;
esac

# The hook that runs first: the one this shim replaced, or (global install) the repository's own.
keyhook_first=
if [ -n "$KEYHOOK_CHAINED" ]; then
  keyhook_first=$keyhook_dir/$KEYHOOK_CHAINED
elif [ "$KEYHOOK_GLOBAL" = 1 ]; then
  if keyhook_common=$(git rev-parse --git-common-dir 2>/dev/null); then
    keyhook_first=$keyhook_common/hooks/$KEYHOOK_HOOK
    # The repository has keyhook's own shim: it runs its chain and keyhook; do not run twice.
    if [ "$KEYHOOK_SCAN" = 1 ] && [ -f "$keyhook_first" ] && [ -x "$keyhook_first" ]; then
      keyhook_l2=
      { read -r keyhook_l1; read -r keyhook_l2; } <"$keyhook_first" 2>/dev/null
      case $keyhook_l2 in
        "# keyhook-shim "*) exec "$keyhook_first" "$@" ;;
      esac
    fi
  fi
fi
# git only runs executable hooks; so does the shim.
if [ -n "$keyhook_first" ] && ! { [ -f "$keyhook_first" ] && [ -x "$keyhook_first" ]; }; then
  keyhook_first=
fi

if [ "$KEYHOOK_SCAN" != 1 ]; then
  # Pass-through (global install): only the repository's own hook runs.
  if [ -n "$keyhook_first" ]; then
    exec "$keyhook_first" "$@"
  fi
  exit 0
fi

if [ -f "$KEYHOOK_BAKED" ] && [ -x "$KEYHOOK_BAKED" ]; then
  keyhook=$KEYHOOK_BAKED
elif [ -n "${KEYHOOK_BIN:-}" ] && [ -f "$KEYHOOK_BIN" ] && [ -x "$KEYHOOK_BIN" ]; then
  keyhook=$KEYHOOK_BIN
elif keyhook=$(command -v keyhook 2>/dev/null) && [ -n "$keyhook" ]; then
  :
else
  case $KEYHOOK_HOOK in
    pre-push) keyhook_verb=push ;;
    *) keyhook_verb=commit ;;
  esac
  echo "keyhook: $keyhook_verb blocked: the keyhook binary was not found, so nothing could be checked." >&2
  echo "  Looked for $KEYHOOK_BAKED, then \$KEYHOOK_BIN, then keyhook on PATH." >&2
  echo "  Reinstall it: run ./install.sh in the keyhook checkout (or cargo install --path <keyhook>)," >&2
  echo "  then run 'keyhook install' in this repository (or set KEYHOOK_BIN=/path/to/keyhook)." >&2
  echo "  To bypass once on purpose: git $keyhook_verb --no-verify" >&2
  exit 1
fi

if [ "$KEYHOOK_HOOK" = pre-push ]; then
  # git writes the refs being pushed on stdin: hand the same lines to both hooks.
  keyhook_input=$(cat)
  keyhook_feed() {
    if [ -n "$keyhook_input" ]; then printf '%s\n' "$keyhook_input"; fi
  }
  if [ -n "$keyhook_first" ]; then
    keyhook_feed | "$keyhook_first" "$@" || exit $?
  fi
  keyhook_feed | "$keyhook" run --hook "$KEYHOOK_HOOK" "$@"
  exit $?
fi

if [ -n "$keyhook_first" ]; then
  "$keyhook_first" "$@" || exit $?
fi
exec "$keyhook" run --hook "$KEYHOOK_HOOK" "$@"
