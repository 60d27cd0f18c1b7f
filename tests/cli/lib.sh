# tests/cli/lib.sh — what the end-to-end test scripts share: TAP-style
# checks, running a command with its output kept, jq as a test. Sourced after
# $T (a scratch folder) and $CT (the casetrace program) are set.
fails=0
n=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; [ $# -gt 1 ] && printf '    %s\n' "${@:2}"; }
check() { # check DESCRIPTION COMMAND... — passes when COMMAND succeeds
	local d=$1
	shift
	if "$@"; then ok "$d"; else not_ok "$d"; fi
}
# run EXPECTED_STATUS CMD... — run, keep stdout in $T/out and stderr in $T/err
run() {
	local want=$1
	shift
	"$@" >"$T/out" 2>"$T/err"
	local got=$?
	if [ "$got" -ne "$want" ]; then
		not_ok "exit $want from: ${*#$CT}" "got $got" "stderr: $(head -c 400 "$T/err")"
		return 1
	fi
	return 0
}
jqt() { jq -e "$@" >/dev/null 2>&1; } # jq as a test: quiet, status only
# finish — the plan line and the exit status
finish() {
	echo "1..$n"
	if [ "$fails" -ne 0 ]; then
		echo "# $fails of $n checks failed"
		exit 1
	fi
	echo "# all $n checks passed"
}
