/* cli.h — the casetrace command-line program: shared pieces. The CLI uses
 * only the public API in include/casetrace/. */
#ifndef CASETRACE_CLI_H
#define CASETRACE_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include <casetrace/casetrace.h>
#include <casetrace/index.h>

/* Exit codes (documented in README and `casetrace --help`). */
enum {
	EXIT_OK = 0,       /* everything worked */
	EXIT_PARTIAL = 1,  /* some inputs failed; the rest went in */
	EXIT_USAGE = 2,    /* bad command line or query */
	EXIT_CONFIG = 3,   /* bad rule, case or config file */
	EXIT_IO = 4,       /* I/O or database error */
};

/* Options every command shares. */
struct cli {
	const char *db_path;  /* -d, $CASETRACE_DB, or "casetrace.db" */
	bool tty_out;         /* stdout is a terminal */
	bool tty_err;         /* stderr is a terminal */
	bool quiet;           /* -q: no notes or progress */
};

typedef int (*cmd_fn)(struct cli *cli, int argc, char **argv);

struct command {
	const char *name;
	cmd_fn fn;
	const char *summary;
};

int cmd_init(struct cli *cli, int argc, char **argv);
int cmd_add(struct cli *cli, int argc, char **argv);
int cmd_search(struct cli *cli, int argc, char **argv);
int cmd_show(struct cli *cli, int argc, char **argv);
int cmd_stats(struct cli *cli, int argc, char **argv);
int cmd_aliases(struct cli *cli, int argc, char **argv);
int cmd_extract_quotes(struct cli *cli, int argc, char **argv);
int cmd_quotes(struct cli *cli, int argc, char **argv);
int cmd_cites(struct cli *cli, int argc, char **argv);
int cmd_reextract(struct cli *cli, int argc, char **argv);
int cmd_parse_cite(struct cli *cli, int argc, char **argv);
int cmd_cases(struct cli *cli, int argc, char **argv);
int cmd_case(struct cli *cli, int argc, char **argv);
int cmd_link(struct cli *cli, int argc, char **argv);
int cmd_verify(struct cli *cli, int argc, char **argv);
int cmd_check_quotes(struct cli *cli, int argc, char **argv);

/* msgs.c: diagnostics on stderr, "casetrace: error: ..." */
#if defined(__GNUC__)
#define CLI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CLI_PRINTF(a, b)
#endif
void errorf(const char *fmt, ...) CLI_PRINTF(1, 2);
void warnf(const char *fmt, ...) CLI_PRINTF(1, 2);
/* Usage error: message, a pointer to --help, returns EXIT_USAGE. */
int usagef(const char *cmd, const char *fmt, ...) CLI_PRINTF(2, 3);
/* Print a library diagnostic; ctx is the struct cli. */
void cli_diag(void *ctx, const ct_diag *d);
/* Clear a progress line on stderr before printing over it. */
void cli_progress_clear(void);
void cli_progress_show(const char *line);

/* cmd-extract.c: one quote as a JSON line (doc <= 0: null) */
struct ct_quote;
void cli_print_quote_json(const char *path, long long doc, const struct ct_quote *q);

/* cmd-extract.c: the built-in rules plus those of dir (may be NULL); bad
 * rules are reported and counted in *bad; NULL (after a message) when the
 * built-in rules cannot be found. */
struct ct_rules;
struct ct_rules *cli_load_rules(struct cli *cli, const char *dir, size_t *bad);

/* opts.c */
/* Open the database for a command; prints the error and returns NULL. */
ct_db *cli_open_db(struct cli *cli, unsigned flags, int *exit_code);
/* Exit code for a library status. */
int cli_exit_for(ct_status st);
/* Parse a positive integer option; false (after printing) if invalid. */
bool cli_parse_int(const char *cmd, const char *opt, const char *val, int *out);
/* Print s, a command's help text, to stdout. */
int cli_help(const char *text);

#endif
