#!/usr/bin/env bash
# scripts/format.sh: formats Ouro's hand-written C with clang-format, following
# .clang-format at the repository root (STYLE.md §7). Generated C lives in the
# build trees only, so src/ and tests/unit/ hold hand-written files alone.
#
# Usage: scripts/format.sh           rewrite the files in place
#        scripts/format.sh --check   list the files that need formatting; fail if any
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

check=0
case ${1:-} in
    --check) check=1 ;;
    '') ;;
    *) echo "usage: scripts/format.sh [--check]" >&2; exit 2 ;;
esac
if ! command -v clang-format >/dev/null 2>&1; then
    echo "format.sh: clang-format is not installed (Debian package 'clang-format')" >&2
    exit 1
fi

files=()
while IFS= read -r -d '' f; do
    files+=("$f")
done < <(find src tests/unit -type f \( -name '*.c' -o -name '*.h' \) -print0 2>/dev/null | LC_ALL=C sort -z)
if [ ${#files[@]} -eq 0 ]; then
    echo "format.sh: no C files"
    exit 0
fi

if [ "$check" = 0 ]; then
    clang-format -i --style=file "${files[@]}"
    echo "format.sh: formatted ${#files[@]} files"
    exit 0
fi
bad=0
for f in "${files[@]}"; do
    if ! clang-format --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "needs formatting: $f"
        bad=$((bad + 1))
    fi
done
if [ "$bad" -gt 0 ]; then
    echo "format.sh: $bad of ${#files[@]} files need formatting (run scripts/format.sh)"
    exit 1
fi
echo "format.sh: ${#files[@]} files are formatted"
