# tools/lib.sh — shared by tools/demo, tools/test and the benchmarks:
# install missing Debian packages, then configure and build with meson.
# Sourced, not run.

CASETRACE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Packages the build and tests need (Debian names).
CASETRACE_BUILD_DEPS=(gcc meson ninja-build pkg-config libsqlite3-dev libpcre2-dev
	libxml2-dev libpoppler-glib-dev check)
CASETRACE_TEST_DEPS=(sqlite3 jq pandoc)

say() { printf '%s\n' "$*" >&2; }

# ensure_packages PKG... — install those not installed yet, and only those.
ensure_packages() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	say "casetrace: installing Debian packages: ${missing[*]}"
	local sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null || {
			say "casetrace: need root (or sudo) to install: ${missing[*]}"
			return 1
		}
		sudo=(sudo)
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -qq >/dev/null &&
		"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
		{ say "casetrace: apt-get install failed for: ${missing[*]}"; return 1; }
}

# build_dir DIR [MESON-OPTION...] — configure DIR once (with the options),
# then build it. Prints nothing but errors.
build_dir() {
	local dir=$1
	shift
	if [ ! -f "$dir/build.ninja" ]; then
		meson setup "$dir" "$CASETRACE_ROOT" "$@" >"$dir.setup.log" 2>&1 ||
			{ cat "$dir.setup.log" >&2; return 1; }
	fi
	ninja -C "$dir" >"$dir.build.log" 2>&1 ||
		{ grep -E 'error|warning' -A3 "$dir.build.log" >&2 || cat "$dir.build.log" >&2; return 1; }
}
