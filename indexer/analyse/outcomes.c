/* outcomes.c — pairs of opposite outcomes of an event, for verify: a story
 * that tells the claim's event with every name of the claim but the other
 * outcome ("Holmes pulled out of the championships" against "Holmes won
 * the title at the championships") says otherwise. WordNet does not help
 * here: its antonyms are pairs of adjectives and a few verbs (win / lose),
 * not "won" / "withdrew" or "stay" / "leave".
 *
 * The list is our own, written for casetrace: a few verbs of outcome in
 * news reports (contests, decisions, moves, markets, trials), in all their
 * forms, English only. Each pair is two sides of one event; a word may
 * stand in several pairs ("left": stay / leave and join / leave). Words that
 * are common in other senses are left out ("defeat": "a 3-1 defeat" is a
 * loss, "defeated Y" a win; "up", "down", "against", "title",
 * "champion"). verify uses it only on a story's best window that holds
 * most of the claim's other words and every name. */
#include "analyse/outcomes.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

struct pair {
	const char *const *a, *const *b; /* NULL-terminated; "w1 w2" for two words */
};

static const char *const win[] = {"win", "wins", "won", "winning", "winner", "winners",
                                  "victory", "victorious", "triumph", "triumphed", NULL};
static const char *const not_win[] = {
	"lose", "loses", "lost", "losing", "loser", "withdraw", "withdraws", "withdrew",
	"withdrawn", "withdrawal", "pulled out", "pull out", "pulls out", "pulling out",
	"forced out", "ruled out", "absence", "absent", "missing", "missed", "eliminated",
	"runner up", NULL};
static const char *const stay[] = {"stay", "stays", "stayed", "staying", "remain",
                                   "remains", "remained", "remaining", NULL};
static const char *const leave[] = {"leave", "leaves", "leaving", "left", "quit",
                                    "quits", "quitting", "depart", "departs", "departed",
                                    "departing", "departure", "exit", "exits", "exited", NULL};
static const char *const join[] = {"join", "joins", "joined", "joining", NULL};
static const char *const rise[] = {"rise", "rises", "rose", "risen", "rising", "increase",
                                   "increased", "increases", "grew", "grow", "grows",
                                   "climbed", "climbs", "jumped", "soared", "surged",
                                   "higher", NULL};
static const char *const fall[] = {"fall", "falls", "fell", "fallen", "falling",
                                   "decrease", "decreased", "decreases", "decline",
                                   "declined", "declines", "dropped", "drop", "drops",
                                   "slumped", "plunged", "tumbled", "lower", "shrank", NULL};
static const char *const approve[] = {"approve", "approves", "approved", "approval",
                                      "accept", "accepts", "accepted", "endorsed", NULL};
static const char *const reject[] = {"reject", "rejects", "rejected", "rejection", "veto",
                                     "vetoed", "blocked", "refused", "refuses", "declined",
                                     "turned down", "threw out", "thrown out", NULL};
static const char *const open_[] = {"open", "opens", "opened", "reopen", "reopens",
                                    "reopened", NULL};
static const char *const close_[] = {"close", "closes", "closed", "closing", "closure",
                                     "shut", "shuts", NULL};
static const char *const convict[] = {"convicted", "guilty", "jailed", NULL};
static const char *const acquit[] = {"acquitted", "acquittal", "cleared", "innocent", NULL};
static const char *const confirm[] = {"confirm", "confirms", "confirmed", "admitted",
                                      "admits", NULL};
static const char *const deny[] = {"deny", "denies", "denied", "denial", NULL};
static const char *const raise[] = {"raise", "raises", "raised", "raising", "hike",
                                    "hiked", NULL};
static const char *const cut[] = {"cut", "cuts", "cutting", "lowered", "lowers", "reduce",
                                  "reduced", "reduces", NULL};
static const char *const allow[] = {"allow", "allows", "allowed", "permit", "permits",
                                    "permitted", "legal", NULL};
static const char *const ban[] = {"ban", "bans", "banned", "banning", "forbid", "forbids",
                                  "forbidden", "prohibit", "prohibits", "prohibited",
                                  "illegal", "outlawed", NULL};
static const char *const launch[] = {"launch", "launches", "launched", "unveiled", NULL};
static const char *const scrap[] = {"scrap", "scraps", "scrapped", "abandon", "abandoned",
                                    "cancel", "cancelled", "canceled", "halted", "shelved",
                                    "postponed", NULL};
static const char *const survive[] = {"survive", "survived", "survives", "alive", NULL};
static const char *const die[] = {"die", "died", "dies", "killed", "dead", NULL};
static const char *const attend[] = {"attend", "attends", "attended", NULL};
static const char *const not_attend[] = {"absent", "absence", "missed", "skipped",
                                         "boycotted", NULL};

static const struct pair pairs[] = {
	{win, not_win},   {stay, leave},   {join, leave}, {rise, fall},
	{approve, reject}, {open_, close_}, {convict, acquit}, {confirm, deny},
	{raise, cut},     {allow, ban},    {launch, scrap}, {survive, die},
	{attend, not_attend},
};

_Static_assert(sizeof pairs / sizeof pairs[0] <= CTI_OUTCOME_MAX, "too many outcome pairs");

size_t cti_outcome_pairs(void)
{
	return sizeof pairs / sizeof pairs[0];
}

/* Whether entry e ("won", "pulled out") is w (and next, for two words). */
static bool entry_is(const char *e, const char *w, size_t n, const char *next, size_t nn,
                     bool *two)
{
	if (!n || tolower((unsigned char)e[0]) != tolower((unsigned char)w[0]))
		return false; /* most words: at the first letter */
	const char *sp = strchr(e, ' ');
	size_t first = sp ? (size_t)(sp - e) : strlen(e);
	if (first != n || strncasecmp(e, w, n))
		return false;
	if (!sp) {
		*two = false;
		return true;
	}
	*two = true;
	return strlen(sp + 1) == nn && !strncasecmp(sp + 1, next, nn);
}

static bool in_list(const char *const *l, const char *w, size_t n, const char *next, size_t nn,
                    bool *two)
{
	for (; *l; l++)
		if (entry_is(*l, w, n, next, nn, two))
			return true;
	return false;
}

int cti_outcome_side(size_t p, const char *w, size_t n, const char *next, size_t nn, bool *two)
{
	if (p >= cti_outcome_pairs())
		return 0;
	if (in_list(pairs[p].a, w, n, next, nn, two))
		return 1;
	if (in_list(pairs[p].b, w, n, next, nn, two))
		return -1;
	return 0;
}
