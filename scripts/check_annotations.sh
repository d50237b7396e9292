#!/usr/bin/env bash
# scripts/check_annotations.sh: every function declared in a header under src/
# that returns `Obj *` must say who owns the result, with NEWREF or BORROWED in
# front of the declaration (STYLE.md §4). Declarations that span several lines
# and static inline functions count too. Lists the offenders and fails.
#
# Usage: scripts/check_annotations.sh
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

headers=()
while IFS= read -r -d '' h; do
    headers+=("$h")
done < <(find src -type f -name '*.h' -print0 | LC_ALL=C sort -z)
if [ ${#headers[@]} -eq 0 ]; then
    echo "check_annotations: no headers under src/"
    exit 0
fi

# For each header: drop comments, string literals and preprocessor lines, then
# cut the text into declarations at ';', '{' and '}'. A declaration whose
# leading words are followed by `Obj *name(` returns Obj *; it passes when
# one of those leading words is NEWREF or BORROWED.
offenders=$(LC_ALL=C awk '
    function flush(   text, m, head, name) {
        text = decl
        decl = ""
        gsub(/[ \t\n]+/, " ", text)
        sub(/^ /, "", text)
        # leading words, then Obj, optional space, *, name, (
        if (match(text, /^([A-Za-z_][A-Za-z0-9_]* +)*Obj *\* *[A-Za-z_][A-Za-z0-9_]* *\(/)) {
            m = substr(text, 1, RLENGTH)
            head = m
            sub(/Obj *\* *[A-Za-z_][A-Za-z0-9_]* *\($/, "", head)
            name = m
            sub(/^.*\* */, "", name)
            sub(/ *\($/, "", name)
            if (head ~ /typedef/) return
            if (head !~ /(^| )(NEWREF|BORROWED)( |$)/)
                printf "%s:%d: %s returns Obj * without NEWREF or BORROWED\n", FILENAME, declline, name
        }
    }
    FNR == 1 { decl = ""; incomment = 0; cont = 0 }
    {
        line = $0
        # preprocessor lines, with their backslash continuations
        if (cont || (!incomment && line ~ /^[ \t]*#/)) {
            cont = (line ~ /\\$/)
            next
        }
        out = ""
        i = 1
        n = length(line)
        while (i <= n) {
            c = substr(line, i, 1)
            two = substr(line, i, 2)
            if (incomment) {
                if (two == "*/") { incomment = 0; i += 2 } else i++
                continue
            }
            if (two == "/*") { incomment = 1; i += 2; continue }
            if (two == "//") break
            if (c == "\"" || c == "\047") {
                q = c; i++
                while (i <= n && substr(line, i, 1) != q) {
                    if (substr(line, i, 1) == "\\") i++
                    i++
                }
                i++
                out = out " "
                continue
            }
            if (c == ";" || c == "{" || c == "}") {
                decl = decl out
                out = ""
                flush()
                i++
                continue
            }
            if ((decl out) !~ /[^ \t\n]/ && c !~ /[ \t]/) declline = FNR
            out = out c
            i++
        }
        decl = decl out "\n"
    }
' "${headers[@]}")

if [ -n "$offenders" ]; then
    printf '%s\n' "$offenders"
    echo "check_annotations: $(printf '%s\n' "$offenders" | wc -l) declaration(s) need NEWREF or BORROWED (STYLE.md §4)"
    exit 1
fi
echo "check_annotations: ${#headers[@]} headers, every Obj * return is annotated"
