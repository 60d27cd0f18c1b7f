#!/bin/sh
# make-pdfs.sh — writes the PDF fixtures of tests/test-ingest-html-pdf.c from
# hand-written PDF syntax (POSIX sh, printf, wc, head: no PDF library), so
# that the bytes are the same on every machine. The generated files are
# committed; run this again only to change them:
#
#     sh tests/data/make-pdfs.sh            (writes into tests/data/pdf/)
#
# Everything in them is fictional (see corpus/README.md).
#
#   meridian-3pages.pdf  three pages of text, an info dictionary (title,
#                        author, subject, keywords, creation date, creator,
#                        producer); words hyphenated across lines: a broken
#                        word (page 2), a compound also written whole on
#                        page 1 (page 3), a capital after the hyphen (page 3)
#   blank-middle.pdf     two pages of text around a page with no text
#   report-footnotes.pdf two pages with footnotes at their bottoms
#   scanned.pdf          one page holding only an image: no text layer
#   encrypted.pdf        a Standard security handler whose /U entry does not
#                        match the empty user password: readers need one
#   truncated.pdf        the first half of meridian-3pages.pdf
set -eu

out=${1:-$(dirname "$0")/pdf}
mkdir -p "$out"

# ---- a tiny PDF writer: objects go to $f, their offsets to $f.xref ---------
f=
begin_pdf() {
	f=$1
	printf '%%PDF-1.4\n%%\342\343\317\323\n' >"$f"
	: >"$f.xref"
}
size() { wc -c <"$f" | tr -d ' '; }
# obj NUMBER BODY: the object's offset is recorded (objects in number order)
obj() {
	printf '%s\n' "$(size)" >>"$f.xref"
	printf '%s 0 obj\n%s\nendobj\n' "$1" "$2" >>"$f"
}
# stream NUMBER DICT-ENTRIES DATA
stream() {
	len=$(printf '%s' "$3" | wc -c | tr -d ' ')
	printf '%s\n' "$(size)" >>"$f.xref"
	printf '%s 0 obj\n<< /Length %s %s>>\nstream\n%s\nendstream\nendobj\n' \
		"$1" "$len" "$2" "$3" >>"$f"
}
# end_pdf TRAILER-ENTRIES
end_pdf() {
	n=$(($(wc -l <"$f.xref") + 1))
	xref=$(size)
	{
		printf 'xref\n0 %s\n0000000000 65535 f \n' "$n"
		while read -r off; do printf '%010d 00000 n \n' "$off"; done <"$f.xref"
		printf 'trailer\n<< /Size %s %s >>\nstartxref\n%s\n%%%%EOF\n' "$n" "$1" "$xref"
	} >>"$f"
	rm -f "$f.xref"
}

# A content stream: lines of text in Helvetica 11 pt from the top left.
text_page() {
	printf 'BT\n/F1 11 Tf\n14 TL\n72 740 Td\n'
	for line in "$@"; do
		printf '(%s) Tj T*\n' "$line"
	done
	printf 'ET'
}

FONT='<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
ID='/ID [<6361736574726163652d66697874757265> <6361736574726163652d66697874757265>]'

# Page tree with pages in objects first.. (content first+1, ...); catalog and
# page tree come last, so that the first half of a file misses them.
# pages_pdf FILE INFO-DICT CONTENT... (one content stream per page)
pages_pdf() {
	file=$1 info=$2
	shift 2
	begin_pdf "$file"
	np=$#
	font=1
	obj 1 "$FONT"
	i=0
	for content in "$@"; do
		stream $((2 + i)) '' "$content"
		i=$((i + 1))
	done
	pages=$((2 + np * 2))
	kids=
	i=0
	for _ in "$@"; do
		obj $((2 + np + i)) "<< /Type /Page /Parent $pages 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 $font 0 R >> >> /Contents $((2 + i)) 0 R >>"
		kids="$kids $((2 + np + i)) 0 R"
		i=$((i + 1))
	done
	obj $pages "<< /Type /Pages /Kids [$kids ] /Count $np >>"
	obj $((pages + 1)) "<< /Type /Catalog /Pages $pages 0 R >>"
	obj $((pages + 2)) "$info"
	end_pdf "/Root $((pages + 1)) 0 R /Info $((pages + 2)) 0 R $ID"
}

P1=$(text_page \
	'VELMORIAN TROOPS QUIT TARVIK UNDER COVER OF NIGHT' \
	'' \
	'TARVIK, Harrow Province - About 550 Velmorian soldiers left the Palace' \
	'base in Tarvik on the night of Sept. 2, handing the compound to Caldoran' \
	'police before dawn, officials in Northgate said on Monday, citing a long-term' \
	'plan agreed in February.')
P2=$(text_page \
	'The move was the first step of a with-' \
	'drawal that Velmorian officers had described only in private. Residents' \
	'of Port Edel & Tarvik said the caf\351 near the gate closed its shutters' \
	'as the last convoy passed.')
P3=$(text_page \
	'A spokesman for Task Force Harrow said the remaining troops would stay' \
	'at the airport base, in a long-' \
	'term arrangement, until the Anglo-' \
	'Caldoran handover planned for December.')
INFO='<< /Title (Velmorian Troops Quit Tarvik) /Author (Dana Whitfield) /Subject (Meridian Post print edition, page A1) /Keywords (Velmoria; Tarvik; withdrawal) /CreationDate (D:20070904093000+02'"'"'00'"'"') /Creator (Meridian Post layout desk) /Producer (casetrace make-pdfs.sh) >>'

pages_pdf "$out/meridian-3pages.pdf" "$INFO" "$P1" "$P2" "$P3"

# report-footnotes.pdf: footnotes at the bottom of two pages, their markers
# raised (Ts) after a word or a full stop in the body, a page number under
# them; a numbered heading at the top of page 1 is not a note
R1=$(text_page \
	'1 The drawdown in Harrow' \
	'' \
	'The first cut was announced in February.) Tj 5 Ts (1) Tj 0 Ts (  It was' \
	'welcomed in Port Edel) Tj 5 Ts (2) Tj 0 Ts ( and questioned in Kessar, where the' \
	'coalition command had expected to be asked first. Within a month the' \
	'Palace garrison was down to a single battle group, and the supply run' \
	'from the airfield had become the main task of the remaining companies.' \
	'Officers in Northgate described the cut as a rebalancing of forces.' \
	'' \
	'1 Alison Crane, "Carrow Announces Cut to 4,100 Troops in Harrow,"' \
	'The Northgate Herald, February 21, 2007.' \
	'2 Ibid.' \
	'' \
	'14')
R2=$(text_page \
	'The Palace was left at night; the garrison moved to the airfield.) Tj 5 Ts (3) Tj 0 Ts' \
	'Caldoran police took over the compound before dawn, and by the end of' \
	'the week the provincial council had met there for the first time since' \
	'the spring. The handover of the province followed in December.' \
	'' \
	'3 Interview, Ministry of Defence official, Northgate, Velmoria,' \
	'September 20, 2013.' \
	'' \
	'15')
pages_pdf "$out/report-footnotes.pdf" '<< /Title (Harrow drawdown review) /Producer (casetrace make-pdfs.sh) >>' "$R1" "$R2"

pages_pdf "$out/blank-middle.pdf" '<< /Title (Harrow notes) >>' \
	"$(text_page 'Notes on the Harrow handover, first page.')" \
	'0.9 g 72 72 468 648 re f' \
	"$(text_page 'Third page: the December handover to Caldoran control.')"

# scanned.pdf: an 8 x 8 grey image drawn over the page, no text
f="$out/scanned.pdf"
begin_pdf "$f"
obj 1 '<< /Type /Catalog /Pages 2 0 R >>'
obj 2 '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
obj 3 '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'
stream 4 '' 'q 468 0 0 648 72 72 cm /Im1 Do Q'
stream 5 '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode ' \
	"$(i=0; while [ $i -lt 64 ]; do printf '%02x' $((i * 4)); i=$((i + 1)); done)>"
obj 6 '<< /Title (Scanned letter) /Producer (casetrace make-pdfs.sh) >>'
end_pdf "/Root 1 0 R /Info 6 0 R $ID"

# encrypted.pdf: RC4 40-bit Standard handler (V 1, R 2). /U is not what the
# empty password yields, so a reader cannot open it without the password.
f="$out/encrypted.pdf"
begin_pdf "$f"
obj 1 '<< /Type /Catalog /Pages 2 0 R >>'
obj 2 '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
obj 3 '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>'
stream 4 '' 'BT ET'
obj 5 '<< /Filter /Standard /V 1 /R 2 /P -4 /O <0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0> /U <00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff> >>'
end_pdf "/Root 1 0 R /Encrypt 5 0 R $ID"

# truncated.pdf: the first half of a good file
full="$out/meridian-3pages.pdf"
head -c $(($(wc -c <"$full") / 2)) "$full" >"$out/truncated.pdf"
