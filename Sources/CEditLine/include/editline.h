// libedit, loaded at run time. The accord binary does not link libedit: `accord_editline_load`
// dlopens it (only when a terminal session needs line editing) and resolves every function and
// variable used below with dlsym, so other commands never pay for loading it. Swift cannot call
// variadic C functions nor touch libedit's globals under Swift 6, so everything goes through these
// accessors. Call them only after `accord_editline_load` returned 1, and all from one thread.
#ifndef ACCORD_EDITLINE_H
#define ACCORD_EDITLINE_H
#include <stdio.h>

/// The library `accord_editline_load` opens when given NULL.
#define ACCORD_EDITLINE_LIBRARY "libedit.so.2"

/// Load libedit from `library` (a file name or path; NULL: ACCORD_EDITLINE_LIBRARY) and resolve
/// every symbol below; also sets LC_CTYPE from the environment (libedit reads multibyte input by
/// it). Returns 1 on success (also on later calls); 0 when the library or a symbol is missing,
/// with the reason in `accord_editline_error()`.
int accord_editline_load(const char *library);

/// Why the last `accord_editline_load` failed (the loader's message), or NULL.
const char *accord_editline_error(void);

int accord_errno(void);
void accord_clear_errno(void);

// --- readline-compatible API -------------------------------------------------------------------
typedef char *(*accord_completion_entry_fn)(const char *, int);
typedef char **(*accord_attempted_completion_fn)(const char *, int, int);
typedef int (*accord_getc_fn)(FILE *);
typedef int (*accord_command_fn)(int, int);

/// readline(prompt): a malloc'd line (free it), or NULL at end of input or after SIGINT.
char *accord_readline(const char *prompt);
int accord_rl_initialize(void);
int accord_rl_parse_and_bind(const char *line);
void accord_rl_set_name(const char *name);
void accord_rl_set_completion_entry(accord_completion_entry_fn fn);
void accord_rl_set_attempted_completion(accord_attempted_completion_fn fn);
const char *accord_rl_line_buffer(void);
int accord_rl_point(void);
int accord_rl_end(void);
void accord_rl_set_attempted_completion_over(int v);
void accord_rl_set_completion_append_character(int c);
void accord_rl_set_catch_signals(int v);
void accord_rl_set_basic_word_break(const char *s);
char **accord_rl_completion_matches(const char *text, accord_completion_entry_fn fn);
void accord_rl_set_instream_stdin(void);
void accord_rl_set_outstream_stdout(void);
/// Clear whatever is typed so far (used after Ctrl-C).
void accord_rl_reset_line(void);
void accord_rl_set_getc(accord_getc_fn fn);
int accord_rl_add_defun(const char *name, accord_command_fn fn, int key);
void accord_rl_set_done(int v);
int accord_rl_insert_text(const char *text);
void accord_rl_forced_update_display(void);

// --- history -----------------------------------------------------------------------------------
int accord_history_length(void);
void accord_stifle_history(int max);
int accord_add_history(const char *line);
int accord_read_history(const char *path);
int accord_write_history(const char *path);
/// The most recent history entry, or NULL.
const char *accord_history_last(void);
#endif
