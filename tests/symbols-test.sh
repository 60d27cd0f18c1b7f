#!/usr/bin/env bash
# symbols-test.sh LIB — the shared library exports the public ct_* API and
# nothing else (internal cti_* names stay hidden).
set -u
lib=$1
syms=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRV]$/ {print $3}')
leaked=$(printf '%s\n' "$syms" | grep -v '^ct_' | grep -v '^$')
if [ -n "$leaked" ]; then
	echo "not ok - symbols other than ct_* are exported:"
	printf '  %s\n' $leaked
	exit 1
fi
for want in ct_db_open ct_db_add ct_search_start ct_document_load ct_segment_paragraphs; do
	printf '%s\n' "$syms" | grep -qx "$want" || { echo "not ok - $want is not exported"; exit 1; }
done
echo "ok - $(printf '%s\n' "$syms" | wc -l) symbols, all ct_*"
