/*
 * cite-forms.c — the special forms of citation that citation.c tries
 * before the generic reading (step 1 of its description): interviews
 * ("Interview, Ministry of Defence official, Canberra, 20 September
 * 2013"), letters, minutes and telegrams ("Letter Pryce to Carrow, 2 May
 * 2007"), public-hearing testimony, dated issues and German press notes
 * ("Name vom DATE"), manuscripts ("Cod. SHELFMARK, ff."), sigla,
 * periodicals cited by issue, law reports and statutes. Each reads the
 * working copy of struct parse (cite-parse.h) and takes what it finds.
 */
#include "extract/cite-parse.h"
#include "util/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* "Interview, Ministry of Defence official, Canberra, Australia, September
 * 20, 2013" and "Interview with X, …". true if it was one. */
bool cti_cite_parse_interview(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	size_t i = 0;
	static const char *const lead[] = {"Interview", "interview", "Telephone interview",
	                                   "Personal interview", "Email interview", "Author interview",
	                                   "Author's interview", "Interviews", "Gespräch", "Interview mit"};
	size_t ll = 0;
	for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
		if (cti_cite_starts_cs(s, n, 0, lead[k]) && strlen(lead[k]) > ll &&
		    (strlen(lead[k]) >= n || !isalpha((unsigned char)s[strlen(lead[k])])))
			ll = strlen(lead[k]);
	if (!ll)
		return false;
	i = ll;
	p->f.type = "interview";
	if (cti_cite_starts_cs(s, n, i, " with ") || cti_cite_starts_cs(s, n, i, " mit "))
		i += cti_cite_starts_cs(s, n, i, " with ") ? 6 : 5;
	/* parts separated by commas */
	size_t pa[12], pb[12], np = 0;
	while (i < n && np < 12) {
		while (i < n && (s[i] == ',' || s[i] == ' ' || s[i] == ':'))
			i++;
		if (i >= n)
			break;
		size_t a = i;
		while (i < n && s[i] != ',' && s[i] != ';')
			i++;
		pa[np] = a;
		pb[np] = i;
		np++;
	}
	/* the date: the part(s) from the end that scan as a date */
	size_t last = np;
	for (size_t k = 0; k < np; k++) {
		char iso[11];
		size_t e;
		size_t a = pa[k];
		if (cti_cite_scan_date(s, n, a, &e, iso)) {
			p->f.iv_date = cti_cite_arena_str(p->cs, iso);
			p->f.issued = p->f.iv_date;
			last = k;
			break;
		}
	}
	if (np == 0)
		return true;
	/* first part: "Ministry of Defence official" → affiliation + role */
	const char *first = cti_cite_field(p, s, pa[0], pb[0]);
	if (first) {
		static const char *const roles[] = {
			"senior official", "official", "officials", "officer", "officers", "diplomat",
			"diplomats", "adviser", "advisor", "spokesperson", "spokesman", "spokeswoman",
			"staff member", "staffer", "member", "members", "minister", "commander", "analyst",
			"employee", "representative", "source", "sources", "aide", "civil servant",
			"politician", "MP", "soldier", "veteran", "journalist", "researcher", "expert",
		};
		size_t fl = strlen(first), best = 0;
		const char *role = NULL;
		for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
			size_t rl = strlen(roles[k]);
			if (fl > rl && !strcmp(first + fl - rl, roles[k]) && first[fl - rl - 1] == ' ' &&
			    rl > best) {
				best = rl;
				role = roles[k];
			}
		}
		if (role) {
			/* "senior Ministry official": adjectives before the affiliation */
			size_t al = fl - best - 1;
			size_t st = 0;
			while (st < al && islower((unsigned char)first[st])) {
				while (st < al && first[st] != ' ')
					st++;
				while (st < al && first[st] == ' ')
					st++;
			}
			p->f.iv_role = cti_cite_arena_str(p->cs, role);
			if (st > 0) {
				char *rr = cti_printf("%.*s%s", (int)st, first, role);
				if (rr) {
					p->f.iv_role = cti_cite_arena_str(p->cs, rr);
					free(rr);
				}
			}
			if (al > st)
				p->f.iv_affiliation = cti_cite_arena_strn(p->cs, first + st, al - st);
		} else if (cti_cite_is_upper_at(first, fl, 0)) {
			/* a named interviewee: "Interview with John Smith" */
			struct parse q;
			(void)q;
			p->f.iv_affiliation = first;
			/* is it a person? two or three capitalised words */
			int words = 1;
			bool allcap = true;
			for (size_t k = 0; k < fl; k++)
				if (first[k] == ' ') {
					words++;
					if (k + 1 < fl && !isupper((unsigned char)first[k + 1]))
						allcap = false;
				}
			if (allcap && words >= 2 && words <= 3 && !cti_cite_publisher_like(first)) {
				const char *sp = strrchr(first, ' ');
				cti_cite_add_name(p, p->names, &p->n_names, cti_cite_arena_str(p->cs, sp + 1),
				                  cti_cite_arena_strn(p->cs, first, (size_t)(sp - first)), NULL);
				p->f.iv_affiliation = NULL;
			}
		} else {
			p->f.iv_role = first;
		}
	}
	/* the place: the parts between the first and the date */
	if (np >= 2 && last > 1) {
		p->f.iv_place = cti_cite_field(p, s, pa[1], pb[last - 1]);
	}
	/* what follows the date (a code, "by telephone") is left */
	p->f.title = NULL;
	return true;
}

/* "Letter Smith to Jones, 3 March 2003, 'Title'", "Minute X to Y, …",
 * "Telegram 135 Paris to FCO London, …", "JIC Assessment, …",
 * "Paper Cabinet Office, …". */
bool cti_cite_parse_communication(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const struct {
		const char *w, *type;
	} kinds[] = {
		{"Letter", "personal_communication"}, {"Minute", "personal_communication"},
		{"Minutes", "report"}, {"Telegram", "personal_communication"},
		{"Email", "personal_communication"}, {"E-mail", "personal_communication"},
		{"Memo", "personal_communication"}, {"Memorandum", "personal_communication"},
		{"Note", "personal_communication"}, {"Manuscript comment", "personal_communication"},
		{"Fax", "personal_communication"}, {"Record", "report"}, {"Paper", "report"},
		{"Briefing", "report"}, {"JIC Assessment", "report"}, {"Assessment", "report"},
		{"Report", "report"}, {"Draft", "report"}, {"Statement", "speech"},
		{"Speech", "speech"}, {"Brief", "report"}, {"Submission", "report"},
		{"Annotated agenda", "report"}, {"Cabinet Conclusions", "report"},
	};
	size_t kl = 0;
	const char *type = NULL;
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		size_t l = strlen(kinds[k].w);
		if (cti_cite_starts_cs(s, n, 0, kinds[k].w) && l > kl && l < n &&
		    (s[l] == ' ' || s[l] == ',' || s[l] == ':')) {
			kl = l;
			type = kinds[k].type;
		}
	}
	if (!kl)
		return false;
	/* the date must come soon: "Letter X to Y, 3 March 2003" */
	size_t c = kl;
	while (c < n && s[c] != ',' && c - kl < 160)
		c++;
	if (c >= n)
		return false;
	size_t d = c + 1;
	while (d < n && s[d] == ' ')
		d++;
	char iso[11];
	size_t e;
	if (!cti_cite_scan_date(s, n, d, &e, iso)) {
		/* "Note (handwritten) [Blair], 3 March 2003" tolerates one more part */
		return false;
	}
	p->f.type = type;
	size_t g = kl;
	/* "Telegram 135" keeps its number in the genre */
	while (g < n && s[g] == ' ')
		g++;
	size_t gn = g;
	while (gn < n && cti_cite_is_dig(s[gn]))
		gn++;
	if (gn > g)
		p->f.genre = cti_cite_arena_strn(p->cs, s, gn);
	else
		p->f.genre = cti_cite_arena_strn(p->cs, s, kl);
	size_t a = gn > g ? gn : kl;
	/* "X to Y" */
	size_t to = 0;
	for (size_t k = a; k + 4 <= c; k++)
		if (!memcmp(s + k, " to ", 4)) {
			to = k;
			break;
		}
	if (to) {
		const char *from = cti_cite_field(p, s, a, to);
		if (from)
			cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, from);
		p->f.recipient = cti_cite_field(p, s, to + 4, c);
	} else {
		const char *from = cti_cite_field(p, s, a, c);
		if (from)
			cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, from);
	}
	p->f.issued = cti_cite_arena_str(p->cs, iso);
	p->date_prec = 3;
	/* the title: a quoted part after the date */
	size_t t = e;
	while (t < n && (s[t] == ' ' || s[t] == ','))
		t++;
	const char *cl;
	size_t ql = t < n ? cti_cite_open_quote(s, n, t, &cl) : 0;
	if (ql) {
		size_t ce = cti_cite_find_close(s, n, t + ql, cl);
		p->f.title = cti_cite_field(p, s, t + ql, ce < n ? ce : n);
	} else if (t < n) {
		size_t te = t;
		while (te < n && s[te] != '.')
			te++;
		p->f.title = cti_cite_field(p, s, t, te);
	}
	return true;
}

/* "Public hearing, 21 January 2011, page 45", "Sir Roderick Blaine, Harrow
 * Inquiry public hearing, 21 January 2011, page 43", "Private hearing, Part
 * 1, pages 23-24". */
/* A manuscript in an archive or library: "Cod. It. VII. 783 (= 7291), ff.
 * 2 - 287, [Domenico Malipiero] Diarii 1457 - 1500.", "Cod. Cic. 3187 / 3,
 * Francesco Attar, Discorso sopra l'isola di Cipro.": the shelfmark to the
 * first comma, folios or pages, the writer (in brackets, or a few
 * capitalised words before a comma), then the title. */
/* A reference to papers in an archive or library: it opens with the
 * archive ("Archivio di Stato di Venezia, Notarile, b. 43, n. 172", "A. S.
 * V., Testamenti, b. 3", "Biblioteca Marciana [ms. 8491]") and names a unit
 * of its papers (busta, registro, filza, manuscript). No title or names:
 * all of it is the location. */
/* "Consiglio dei Dieci, Misti, reg. 34.", "Miste: Reg. 1 - 43",
 * "Miscellanea Gregolin, Lettere commerciali, B. 8, 9.": a fonds and its
 * series, no year of publication, ended by an archival unit (a register,
 * a box, a file and its numbers) after the last comma or colon. */
static bool unit_ends_ref(const char *s, size_t n)
{
	static const char *const unit[] = {"reg. ", "regg. ", "Reg. ", "Regg. ", "b. ", "bb. ", "B. ",
	                                   "busta ", "Busta ", "filza ", "Filza ", "fz. "};
	size_t ye;
	for (size_t i = 0; i + 4 <= n; i++)
		if ((i == 0 || !cti_cite_is_dig(s[i - 1])) && cti_cite_scan_year(s, n, i, &ye) && ye - i == 4)
			return false;
	size_t c = n;
	while (c > 0 && s[c - 1] != ',' && s[c - 1] != ':')
		c--;
	/* "B. 8, 9.": the numbers after the unit may have their own commas */
	while (c > 1) {
		size_t d = c;
		while (d < n && (s[d] == ' ' || cti_cite_is_dig(s[d]) || s[d] == '-' || s[d] == '.'))
			d++;
		if (d < n)
			break;
		size_t b = c - 1;
		while (b > 0 && s[b - 1] != ',' && s[b - 1] != ':')
			b--;
		if (b == 0)
			break;
		c = b;
	}
	if (c == 0)
		return false;
	while (c < n && s[c] == ' ')
		c++;
	for (size_t k = 0; k < sizeof unit / sizeof unit[0]; k++) {
		size_t l = strlen(unit[k]);
		if (!cti_cite_starts_cs(s, n, c, unit[k]) || c + l >= n || !cti_cite_is_dig(s[c + l]))
			continue;
		for (size_t i = c + l; i < n; i++)
			if (!cti_cite_is_dig(s[i]) && s[i] != ' ' && s[i] != '-' && s[i] != ',' && s[i] != '.')
				return false;
		return true;
	}
	return false;
}

static bool archive_ref(const char *s, size_t n)
{
	static const char *const arch[] = {"Archivio ", "Archiv ", "Archives ", "Staatsarchiv",
	                                   "A. S. V.", "A.S.V.", "ASV,", "ASV ", "Biblioteca ",
	                                   "Museo ", "Public Record Office"};
	static const char *const unit[] = {" b. ", " bb. ", " reg. ", " regg. ", " busta ",
	                                   " filza ", " fz. ", "[ms. ", " ms. ", "[Ms. ", " Ms. "};
	bool open = false;
	for (size_t k = 0; k < sizeof arch / sizeof arch[0]; k++)
		if (cti_cite_starts_cs(s, n, 0, arch[k]))
			open = true;
	if (!open)
		return unit_ends_ref(s, n);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sizeof unit / sizeof unit[0]; k++) {
			size_t l = strlen(unit[k]);
			if (cti_cite_starts_cs(s, n, i, unit[k]) && i + l < n &&
			    (cti_cite_is_dig(s[i + l]) || unit[k][1] == 'm' || unit[k][1] == 'M' ||
			     unit[k][0] == '['))
				return true;
		}
	return false;
}

bool cti_cite_parse_manuscript(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"Cod. ", "Codd. ", "Ms. ", "Mss. ", "ms. ", "mss. ",
	                                 "MS ", "MSS "};
	bool hit = false;
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
		if (cti_cite_starts_cs(s, n, 0, kw[k]))
			hit = true;
	if (!hit && archive_ref(s, n)) {
		p->f.type = "manuscript";
		p->f.archive_location = cti_cite_field(p, s, 0, n);
		cti_cite_consume(p, 0, n);
		return true;
	}
	if (!hit)
		return false;
	p->f.type = "manuscript";
	size_t i = 0;
	int depth = 0;
	for (; i < n; i++) {
		if (s[i] == '(' || s[i] == '[')
			depth++;
		else if ((s[i] == ')' || s[i] == ']') && depth > 0)
			depth--;
		else if (s[i] == ',' && depth == 0)
			break;
	}
	p->f.archive_location = cti_cite_field(p, s, 0, i);
	cti_cite_consume(p, 0, i < n ? i + 1 : n);
	size_t k = i + 1;
	while (k < n && s[k] == ' ')
		k++;
	/* folios or pages: "ff. 2 - 287," "pp. 248 - 286," "cc. 3 - 9," */
	static const char *const fk[] = {"ff. ", "pp. ", "cc. ", "c. ", "f. ", "p. "};
	for (size_t q = 0; q < sizeof fk / sizeof fk[0] && k < n; q++) {
		if (!cti_cite_starts_cs(s, n, k, fk[q]))
			continue;
		size_t j = k + strlen(fk[q]);
		size_t e = cti_cite_page_range(s, n, j, false);
		if (e > j) {
			cti_cite_put_page(p, j, e);
			while (e < n && (s[e] == ',' || s[e] == ' '))
				e++;
			cti_cite_consume(p, k, e);
			k = e;
		}
		break;
	}
	/* the writer */
	if (k < n && s[k] == '[') {
		size_t e = k + 1;
		while (e < n && s[e] != ']')
			e++;
		const char *w = cti_cite_field(p, s, k + 1, e);
		if (w)
			cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, w);
		k = e < n ? e + 1 : n;
	} else {
		size_t e = k, words = 0;
		bool ok = k < n && cti_cite_is_upper_at(s, n, k);
		for (; ok && e < n && s[e] != ','; e++) {
			if (cti_cite_is_dig(s[e]) || s[e] == '.' || s[e] == '(' || s[e] == ':')
				ok = false;
			else if (s[e] == ' ' && e + 1 < n && s[e + 1] != ' ') {
				words++;
				if (!cti_cite_is_upper_at(s, n, e + 1) && !(e + 2 < n && s[e + 1] == 'E' && s[e + 2] == ' ') &&
				    !cti_cite_is_particle(s + e + 1, 2) && !cti_cite_starts_cs(s, n, e + 1, "da ") &&
				    !cti_cite_starts_cs(s, n, e + 1, "de ") && !cti_cite_starts_cs(s, n, e + 1, "di "))
					ok = false;
			}
		}
		if (ok && e < n && words <= 4 && !cti_cite_starts_cs(s, n, k, "ANONIMO") &&
		    !cti_cite_starts_cs(s, n, k, "Anonimo") && !cti_cite_starts_cs(s, n, k, "Anonymous")) {
			const char *w = cti_cite_field(p, s, k, e);
			if (w)
				cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, w);
			k = e + 1;
		} else if (cti_cite_starts_cs(s, n, k, "ANONIMO,") || cti_cite_starts_cs(s, n, k, "Anonimo,")) {
			k += 8;
		}
	}
	cti_cite_consume(p, i, k);
	p->f.title = cti_cite_field(p, s, k, n);
	cti_cite_consume(p, k, n);
	return true;
}

/* A German newspaper or press-release reference: "FAZ vom 14.11.1980,
 * S. 3", "Frankfurter Rundschau (FR) vom 27. 10. 1995, S. 5",
 * "Pressemitteilung der F.D.P., Ausgabe 242, vom 24.10. 1995": the name
 * before "vom" (to a comma) is the container, the date the issue's. */
bool cti_cite_parse_dated_issue(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	const char *f = strstr(s, " vom ");
	if (!f || (size_t)(f - s) > 80 || f == s)
		return false;
	size_t at = (size_t)(f - s);
	char iso[11];
	size_t de;
	/* "vom 9./10. 3. 1996": a weekend issue, dated by its first day */
	size_t ds = at + 5, dr = ds;
	while (dr < n && cti_cite_is_dig(s[dr]) && dr - ds < 2)
		dr++;
	if (dr > ds && dr + 2 < n && s[dr] == '.' && s[dr + 1] == '/' && cti_cite_is_dig(s[dr + 2]))
		ds = dr + 2;
	if (cti_cite_scan_date(s, n, ds, &de, iso) != 3)
		return false;
	if (ds != at + 5) {
		/* the first day, in the month of the second */
		iso[8] = dr - (at + 5) == 2 ? s[at + 5] : '0';
		iso[9] = s[dr - 1];
	}
	size_t c = 0;
	while (c < at && s[c] != ',' && s[c] != '"')
		c++;
	/* "die tageszeitung vom …": a short lower-case name too */
	size_t words = 1;
	for (size_t k = 0; k < c; k++)
		if (s[k] == ' ')
			words++;
	if ((!cti_cite_is_upper_at(s, n, 0) && words > 2) || c == 0)
		return false;
	for (size_t k = 0; k < c; k++)
		if (cti_cite_is_dig(s[k]))
			return false;
	p->f.type = "article-newspaper";
	p->f.container_title = cti_cite_field(p, s, 0, c);
	p->f.issued = cti_cite_arena_str(p->cs, iso);
	p->date_prec = 3;
	cti_cite_consume(p, 0, de);
	cti_cite_take_pages(p, de);
	return true;
}

/* A court's decision: "BGH, Beschluss vom 20.3.2012, 4 StR 561/11", "OVG
 * Berlin-Brandenburg, Urt. v. 3.4.2008 – 4 C 3.07". The court (an
 * abbreviation with a capital inside: BGH, BVerwG, LG Essen) decides, and
 * so stands as the author; the kind of decision, its date and its docket
 * number are its title; "juris", "m.w.N." after it are no part of it. */
bool cti_cite_parse_court_decision(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	size_t c = 0, words = 1;
	bool inner_cap = false;
	while (c < n && s[c] != ',' && c < 50) {
		if (cti_cite_is_dig(s[c]) || s[c] == '(' || s[c] == '"' || s[c] == ':' || s[c] == '.')
			return false;
		if (s[c] == ' ')
			words++;
		else if (c > 0 && s[c - 1] != ' ' && s[c - 1] != '-' && isupper((unsigned char)s[c]))
			inner_cap = true;
		c++;
	}
	if (c == 0 || c >= n || words > 4 || !inner_cap || !cti_cite_is_upper_at(s, n, 0))
		return false;
	size_t k = c + 1;
	while (k < n && s[k] == ' ')
		k++;
	static const char *const kinds[] = {"Beschluss", "Beschl.", "Urteil", "Urt.", "Entscheidung",
	                                    "Verfügung", "Gerichtsbescheid"};
	size_t kl = 0;
	for (size_t q = 0; q < sizeof kinds / sizeof kinds[0] && !kl; q++)
		if (cti_cite_starts_cs(s, n, k, kinds[q]))
			kl = strlen(kinds[q]);
	if (!kl)
		return false;
	size_t d = k + kl;
	while (d < n && s[d] == ' ')
		d++;
	if (cti_cite_starts_cs(s, n, d, "vom "))
		d += 4;
	else if (cti_cite_starts_cs(s, n, d, "v. "))
		d += 3;
	else if (cti_cite_starts_cs(s, n, d, "v."))
		d += 2;
	else
		return false;
	char iso[11];
	size_t de;
	if (cti_cite_scan_date(s, n, d, &de, iso) != 3)
		return false;
	/* the title runs to the end, short of the annotations after it */
	size_t e = n;
	while (e > de && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == ')'))
		e--;
	static const char *const tails[] = {" m.w.N", " m.w.B", " m. w. N", " juris", " m.w.Nachw"};
	for (bool again = true; again;) {
		again = false;
		for (size_t q = 0; q < sizeof tails / sizeof tails[0]; q++) {
			size_t tl = strlen(tails[q]);
			if (e >= de + tl && !memcmp(s + e - tl, tails[q], tl)) {
				e -= tl;
				while (e > de && (s[e - 1] == ' ' || s[e - 1] == '.'))
					e--;
				again = true;
			}
		}
	}
	p->f.type = "legal_case";
	cti_cite_add_name(p, p->names, &p->n_names, NULL, NULL, cti_cite_field(p, s, 0, c));
	p->f.title = cti_cite_field(p, s, k, e);
	p->f.issued = cti_cite_arena_str(p->cs, iso);
	p->date_prec = 3;
	cti_cite_consume(p, 0, n);
	return true;
}

/* The note's length without the spaces and full stops that end it (for the
 * whole-note forms below: sigla, law reports, statutes). */
static size_t trimmed_length(const struct parse *p)
{
	size_t n = p->n;
	while (n > 0 && (p->s[n - 1] == ' ' || p->s[n - 1] == '.'))
		n--;
	return n;
}

/* A periodical's issue cited by its numbers alone: "Deutsche Welle Monitor
 * Dienst Asien, 9.10.1997, S. 1", "Daily Digest, No. 44, Part I, 1. März
 * 1996", "Ost-Probleme (Bonn), Nr. 10/1968, S. 218-228", "Statistical
 * Yearbook, 12.3.1994": a name (capitalised words, no digits, quotes or
 * colon; maybe its place in parentheses) and then only dates, issue,
 * volume and page numbers. The name is the container, there is no author
 * or title. Not a short form "Opp 2001, S. 5": an issue number, a date
 * with its month, or "N/YYYY" must follow, or the name has two words or
 * more and one of them is an acronym ("SIPRI Yearbook 1997, S. 309"). */
bool cti_cite_parse_periodical(struct parse *p)
{
	char *s = p->s;
	size_t n = trimmed_length(p);
	if (n < 6 || !cti_cite_is_upper_at(s, n, 0))
		return false;
	const char *cl;
	size_t i = 0, words = 1;
	bool acronym = false;
	while (i < n && s[i] != ',' && s[i] != '(' && !(s[i] == ' ' && i + 1 < n && cti_cite_is_dig(s[i + 1]))) {
		if (cti_cite_is_dig(s[i]) || s[i] == ':' || s[i] == ';' || s[i] == '[' || cti_cite_is_bar(s[i]) ||
		    cti_cite_open_quote(s, n, i, &cl) || (s[i] == '.' && cti_cite_sentence_end(s, n, i, 0)))
			return false;
		if (s[i] == ' ')
			words++;
		if (cti_cite_word_start(s, i) && isupper((unsigned char)s[i])) {
			size_t e = i;
			while (e < n && isupper((unsigned char)s[e]))
				e++;
			if (e - i >= 3 && (e >= n || !isalpha((unsigned char)s[e])))
				acronym = true;
		}
		i++;
	}
	size_t ne = i;
	while (ne > 0 && s[ne - 1] == ' ')
		ne--;
	if (ne == 0 || words > 8 || i >= n)
		return false;
	/* "(Bonn)": the place goes with the name */
	if (s[i] == '(') {
		size_t c = i + 1;
		if (!cti_cite_is_upper_at(s, n, c))
			return false;
		while (c < n && s[c] != ')' && c - i < 30) {
			if (cti_cite_is_dig(s[c]) || s[c] == ',' || s[c] == '(')
				return false;
			c++;
		}
		if (c >= n || s[c] != ')')
			return false;
		ne = c + 1;
		i = ne;
	}
	/* the rest: numbers, dates and their keywords only */
	bool evidence = acronym && words >= 2;
	size_t k = i;
	while (k < n) {
		if (s[k] == ' ' || s[k] == ',' || s[k] == '.' || s[k] == ';') {
			k++;
			continue;
		}
		char iso[11];
		size_t e;
		int prec = cti_cite_scan_date(s, n, k, &e, iso);
		if (prec >= 2) {
			evidence = true;
			k = e;
			continue;
		}
		if (cti_cite_num_year_at(s, n, k) > k) {
			evidence = true;
			k = cti_cite_num_year_at(s, n, k);
			continue;
		}
		static const char *const kw[] = {"No.", "Nr.", "no.", "nr.", "Heft", "Nos.", "Issue"};
		bool hit = false;
		for (size_t q = 0; q < sizeof kw / sizeof kw[0] && !hit; q++)
			if (cti_cite_starts_cs(s, n, k, kw[q])) {
				size_t d = k + strlen(kw[q]);
				while (d < n && s[d] == ' ')
					d++;
				if (d < n && cti_cite_is_dig(s[d])) {
					evidence = hit = true;
					k = d;
				}
			}
		if (hit)
			continue;
		static const char *const other[] = {"Part ", "Teil ", "Vol. ", "vol. ", "Jg. ", "Bd. ",
		                                    "S. ", "S.", "p. ", "pp. ", "Seite ", "hier "};
		for (size_t q = 0; q < sizeof other / sizeof other[0] && !hit; q++)
			if (cti_cite_starts_cs(s, n, k, other[q]) && cti_cite_word_start(s, k)) {
				hit = true;
				k += strlen(other[q]);
			}
		if (hit)
			continue;
		/* a number, a range, a roman numeral, "f." / "ff." */
		size_t d = k;
		while (d < n && (cti_cite_is_dig(s[d]) || s[d] == '-' || s[d] == '/' || cti_cite_dash_len(s, n, d) == 3))
			d += cti_cite_dash_len(s, n, d) == 3 ? 3 : 1;
		if (d == k)
			while (d < n && strchr("IVXLC", s[d]) && s[d])
				d++;
		if (d == k && (cti_cite_starts_cs(s, n, k, "ff.") || cti_cite_starts_cs(s, n, k, "f.")))
			d = k + (s[k + 1] == 'f' ? 3 : 2);
		if (d == k || (d < n && isalpha((unsigned char)s[d])))
			return false;
		k = d;
	}
	if (!evidence)
		return false;
	p->f.container_title = cti_cite_field(p, s, 0, ne);
	if (!p->f.container_title)
		return false;
	cti_cite_consume(p, 0, ne);
	cti_cite_take_num_year(p, ne);
	if (!p->f.issued)
		cti_cite_take_date(p, ne);
	cti_cite_take_volume_issue(p, ne);
	cti_cite_take_pages(p, ne);
	/* bare numbers left when no page keyword was: the last is the page
	 * ("GVBl NRW 2013, 420"), a first one before it the volume */
	size_t na[4], nb[4], nn = 0;
	for (size_t q = ne; q < n && nn < 4; q++) {
		if (!cti_cite_is_dig(s[q]) || (q > 0 && cti_cite_is_dig(s[q - 1])))
			continue;
		size_t d = q;
		while (d < n && (cti_cite_is_dig(s[d]) || s[d] == '-' || cti_cite_dash_len(s, n, d) == 3))
			d += cti_cite_dash_len(s, n, d) == 3 ? 3 : 1;
		na[nn] = q;
		nb[nn++] = d;
		q = d;
	}
	if (nn && !p->f.page) {
		nn--;
		p->f.page = cti_cite_field(p, s, na[nn], nb[nn]);
		cti_cite_consume(p, na[nn], nb[nn]);
	} else {
		nn = 0; /* "S. 1. 4": a stray note number after the page */
	}
	if (nn && !p->f.volume) {
		p->f.volume = cti_cite_field(p, s, na[0], nb[0]);
		cti_cite_consume(p, na[0], nb[0]);
	}
	/* the German count by issue alone: the number stands as the volume */
	if (!p->f.volume && p->f.issue) {
		p->f.volume = p->f.issue;
		p->f.issue = NULL;
	}
	p->f.type = p->date_prec == 3 ? "article-newspaper" : "article-journal";
	return true;
}

/* An entry of a list of sigla: "Frankfurter Rundschau (FR)", "Die Zeit,
 * Hamburg (ZEIT)": a periodical's name (capitalised words, maybe its
 * place after a comma) and its abbreviation in parentheses, nothing else.
 * The whole is the container; there is no author. */
bool cti_cite_parse_siglum(struct parse *p)
{
	char *s = p->s;
	size_t n = trimmed_length(p);
	if (n < 6 || s[n - 1] != ')' || !cti_cite_is_upper_at(s, n, 0))
		return false;
	size_t o = n - 1;
	while (o > 0 && s[o] != '(')
		o--;
	if (o < 3 || s[o - 1] != ' ' || n - o > 24)
		return false;
	/* the abbreviation: a capital first, no spaces, no digits */
	if (!cti_cite_is_upper_at(s, n, o + 1))
		return false;
	for (size_t k = o + 1; k < n - 1; k++)
		if (s[k] == ' ' || cti_cite_is_dig(s[k]))
			return false;
	/* the name: 1-5 words, each capitalised (an article / "und" aside), at
	 * most one comma, no digits or other punctuation */
	size_t words = 0, commas = 0;
	for (size_t k = 0; k + 1 < o; k++) {
		char c = s[k];
		if (cti_cite_is_dig(c) || c == '.' || c == ':' || c == ';' || c == '(' || c == '"' || cti_cite_is_bar(c))
			return false;
		if (c == ',')
			commas++;
		if (k == 0 || s[k - 1] == ' ') {
			words++;
			if (!cti_cite_is_upper_at(s, n, k) && !cti_cite_starts_cs(s, n, k, "und ") &&
			    !cti_cite_starts_cs(s, n, k, "der ") && !cti_cite_starts_cs(s, n, k, "die "))
				return false;
		}
	}
	if (words < 1 || words > 5 || commas > 1)
		return false;
	p->f.type = "periodical";
	p->f.container_title = cti_cite_field(p, s, 0, n);
	cti_cite_consume(p, 0, n);
	return p->f.container_title != NULL;
}

/* A German law report: "BVerfGE 21, 73 (79 f.)", "BGHZ 110, 1", "NJW
 * 1988, 1651 (1652)": the reporter's abbreviation (one word, two capitals
 * or more), its volume (or year) and first page; the page cited in
 * parentheses is dropped. */
bool cti_cite_parse_reporter(struct parse *p)
{
	char *s = p->s;
	size_t n = trimmed_length(p);
	size_t i = 0, caps = 0;
	while (i < n && isalpha((unsigned char)s[i])) {
		caps += isupper((unsigned char)s[i]) != 0;
		i++;
	}
	if (i < 2 || i > 10 || caps < 2 || !isupper((unsigned char)s[0]) || i >= n || s[i] != ' ')
		return false;
	size_t va = i + 1, ve = va;
	while (ve < n && cti_cite_is_dig(s[ve]))
		ve++;
	if (ve == va || ve - va > 4 || ve + 2 >= n || s[ve] != ',' || s[ve + 1] != ' ')
		return false;
	size_t pa = ve + 2, pe = pa;
	while (pe < n && cti_cite_is_dig(s[pe]))
		pe++;
	if (pe == pa || pe - pa > 5)
		return false;
	size_t k = pe;
	if (k + 1 < n && s[k] == ' ' && s[k + 1] == '(') {
		size_t c = k + 2;
		while (c < n && s[c] != ')' && (cti_cite_is_dig(s[c]) || s[c] == ' ' || s[c] == 'f' ||
		                                 s[c] == '.' || s[c] == '-' || s[c] == ','))
			c++;
		if (c >= n || s[c] != ')')
			return false;
		k = c + 1;
	}
	if (k != n)
		return false;
	p->f.type = "legal_case";
	p->f.container_title = cti_cite_field(p, s, 0, i);
	size_t ye;
	if (ve - va == 4 && cti_cite_scan_year(s, n, va, &ye) && ye == ve) {
		/* "NJW 1988, 1651": a journal counted by years */
		char iso[11];
		cti_cite_iso_write(iso, atoi(s + va), 0, 0);
		p->f.issued = cti_cite_arena_str(p->cs, iso);
		p->date_prec = 1;
	} else {
		p->f.volume = cti_cite_arena_strn(p->cs, s + va, ve - va);
	}
	p->f.page = cti_cite_arena_strn(p->cs, s + pa, pe - pa);
	cti_cite_consume(p, 0, n);
	return p->f.container_title != NULL;
}

/* A German statute: "§ 24 Abs. 1 SGB VIII", "§§ 177, 178 StGB", "Art. 3
 * Abs. 2 GG": the provision as the title, the code (one word, two capitals
 * or more) as the container, a book of the code in Roman numerals as the
 * volume. */
bool cti_cite_parse_statute(struct parse *p)
{
	char *s = p->s;
	size_t n = trimmed_length(p);
	if (!cti_cite_starts_cs(s, n, 0, "\xc2\xa7") && !cti_cite_starts_cs(s, n, 0, "Art. "))
		return false;
	/* from the end: a Roman numeral, then the code */
	size_t e = n, b = n;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	size_t ra = 0, rb = 0;
	bool roman = b < e;
	for (size_t k = b; k < e; k++)
		if (!strchr("IVXL", s[k]))
			roman = false;
	if (roman && b > 0) {
		ra = b;
		rb = e;
		e = b - 1;
		b = e;
		while (b > 0 && s[b - 1] != ' ')
			b--;
	}
	size_t caps = 0;
	for (size_t k = b; k < e; k++) {
		if (!isalpha((unsigned char)s[k]))
			return false;
		caps += isupper((unsigned char)s[k]) != 0;
	}
	if (b == 0 || e - b < 2 || caps < 2 || !isupper((unsigned char)s[b]))
		return false;
	/* the provision: numbers, "Abs.", "S.", "Nr.", "bis", commas */
	for (size_t k = 0; k < b; k++)
		if (s[k] == ';' || s[k] == '(' || s[k] == '"')
			return false;
	p->f.type = "legislation";
	p->f.title = cti_cite_field(p, s, 0, b);
	p->f.container_title = cti_cite_field(p, s, b, e);
	if (rb > ra)
		p->f.volume = cti_cite_arena_strn(p->cs, s + ra, rb - ra);
	cti_cite_consume(p, 0, n);
	return p->f.title != NULL;
}

bool cti_cite_parse_hearing(struct parse *p)
{
	char *s = p->s;
	size_t n = p->n;
	static const char *const kw[] = {"public hearing", "Public hearing", "private hearing",
	                                 "Private hearing", "Public Hearing", "Private Hearing",
	                                 "testimony", "Testimony", "oral evidence", "Oral evidence",
	                                 "Hearing before", "hearing before"};
	size_t at = n, kl = 0;
	for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++) {
		const char *f = strstr(s, kw[k]);
		if (f && (size_t)(f - s) < at) {
			at = (size_t)(f - s);
			kl = strlen(kw[k]);
		}
	}
	if (at >= n || at > 200)
		return false;
	p->f.type = "hearing";
	/* who: before the first comma, when it comes before the keyword */
	size_t c = 0;
	while (c < at && s[c] != ',')
		c++;
	size_t title_a = 0;
	if (c < at) {
		char ep;
		bool et = false;
		size_t ne = cti_cite_read_names(p, s, n, 0, p->names, &p->n_names, &et, &ep);
		if (p->n_names == 0 || ne > c + 1) {
			p->n_names = 0;
			/* "Sir Roderick Blaine": drop the honorific */
			const char *who = cti_cite_field(p, s, 0, c);
			if (who) {
				static const char *const hon[] = {"Sir ", "Dame ", "Lord ", "Lady ", "Baroness ",
				                                  "Dr ", "Dr. ", "Professor ", "Prof. ", "Gen. ",
				                                  "General ", "Brig. ", "Lt Gen ", "Maj Gen ",
				                                  "Admiral ", "Air Chief Marshal ", "Mr ", "Mrs ",
				                                  "Ms ", "Rt Hon "};
				const char *w = who;
				for (size_t k = 0; k < sizeof hon / sizeof hon[0]; k++)
					if (!strncmp(w, hon[k], strlen(hon[k])))
						w += strlen(hon[k]);
				const char *sp = strrchr(w, ' ');
				if (sp)
					cti_cite_add_name(p, p->names, &p->n_names, cti_cite_arena_str(p->cs, sp + 1),
					                  cti_cite_arena_strn(p->cs, w, (size_t)(sp - w)), NULL);
				else
					cti_cite_add_name(p, p->names, &p->n_names, cti_cite_arena_str(p->cs, w), NULL, NULL);
			}
		}
		title_a = c + 1;
	}
	size_t te = at + kl;
	while (te < n && s[te] != ',')
		te++;
	p->f.title = cti_cite_field(p, s, title_a, te);
	cti_cite_consume(p, 0, te);
	cti_cite_take_date(p, te);
	/* pages */
	cti_cite_take_pages(p, te);
	return true;
}
