# shellcheck shell=bash
# scripts/lib/exp_format.sh: the one definition of how a sample program is run
# and how its result is written down (the .exp format). Sourced by
# scripts/run_programs (compares Ouro against .exp files) and scripts/regen_exp
# (writes .exp files from CPython), so the two can never disagree.
#
# The .exp format, line by line:
#   <the program's stdout, verbatim>
#   --- no newline at end of stdout      (only when stdout is non-empty and
#                                          does not end with a newline)
#   --- exit: <exit status>
#   --- stderr: <last non-empty line of stderr>   ("--- stderr:" when none)
#
# Only the last line of stderr is kept: for an uncaught exception it is
# "TypeError: ..." and for a syntax error "SyntaxError: ...", which do not
# depend on the machine, while the traceback lines above it name files.

# Seconds a program may run before it is killed and counted as failed. The
# slowest programs (a million objects, a million-long chain) need 2-3 s of
# CPU; on a loaded 2-core machine that took over 10 s of wall time, so the
# limit leaves room for load while still catching a hang.
EXP_TIMEOUT=${EXP_TIMEOUT:-30}

# exp_run OUTDIR PROGRAM INTERPRETER [OPTION...]
# Runs `INTERPRETER OPTION... NAME.py` in the program's own directory, with
# stdin from /dev/null and a timeout. Leaves OUTDIR/stdout, OUTDIR/stderr and
# OUTDIR/status (the exit status; 124 when the timeout killed it).
exp_run() {
    local outdir=$1 program=$2
    shift 2
    local dir base status=0
    dir=$(dirname -- "$program")
    base=$(basename -- "$program")
    mkdir -p -- "$outdir"
    # `|| status=$?` keeps a failing program from stopping a `set -e` caller.
    (
        cd -- "$dir" || exit 125
        exec timeout -k 2 "$EXP_TIMEOUT" "$@" "$base" </dev/null
    ) >"$outdir/stdout" 2>"$outdir/stderr" || status=$?
    printf '%s\n' "$status" >"$outdir/status"
}

# exp_last_stderr_line FILE: the last line of FILE that is not blank, with
# trailing whitespace (and a carriage return) removed.
exp_last_stderr_line() {
    LC_ALL=C awk '{ sub(/[ \t\r]+$/, ""); if ($0 != "") last = $0 } END { print last }' "$1"
}

# exp_render OUTDIR: writes to stdout the .exp text for the run in OUTDIR.
exp_render() {
    local outdir=$1
    cat -- "$outdir/stdout"
    if [ -s "$outdir/stdout" ] && [ "$(tail -c 1 -- "$outdir/stdout" | od -An -c | tr -d ' ')" != '\n' ]; then
        printf '\n--- no newline at end of stdout\n'
    fi
    printf -- '--- exit: %s\n' "$(cat -- "$outdir/status")"
    local last
    last=$(exp_last_stderr_line "$outdir/stderr")
    if [ -n "$last" ]; then
        printf -- '--- stderr: %s\n' "$last"
    else
        printf -- '--- stderr:\n'
    fi
}

# exp_timed_out OUTDIR: true when the run in OUTDIR was killed by the timeout.
exp_timed_out() {
    local status
    status=$(cat -- "$1/status")
    [ "$status" = 124 ] || [ "$status" = 137 ]
}
