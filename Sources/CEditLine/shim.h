// Thin C accessors for libedit. Swift cannot call variadic C functions (el_set, history) nor
// touch C globals such as stdin or rl_* hooks directly under Swift 6, so everything goes through
// these static inline functions. Never include <readline/readline.h> (GNU Readline's header).
#ifndef ACCORD_CEDITLINE_SHIM_H
#define ACCORD_CEDITLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <locale.h>
#include <histedit.h>
#include <editline/readline.h>

static inline void accord_setlocale(void) { setlocale(LC_CTYPE, ""); }
static inline int accord_errno(void) { return errno; }
static inline void accord_clear_errno(void) { errno = 0; }

// --- readline-compatible API -------------------------------------------------------------------
typedef char *(*accord_completion_entry_fn)(const char *, int);
typedef char **(*accord_attempted_completion_fn)(const char *, int, int);

static inline void accord_rl_set_name(const char *name) { rl_readline_name = name; }
static inline void accord_rl_set_completion_entry(accord_completion_entry_fn fn) {
    rl_completion_entry_function = (rl_compentry_func_t *)fn;
}
static inline void accord_rl_set_attempted_completion(accord_attempted_completion_fn fn) {
    rl_attempted_completion_function = (rl_completion_func_t *)fn;
}
static inline const char *accord_rl_line_buffer(void) { return rl_line_buffer; }
static inline int accord_rl_point(void) { return rl_point; }
static inline void accord_rl_set_attempted_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void accord_rl_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void accord_rl_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void accord_rl_set_basic_word_break(const char *s) { rl_basic_word_break_characters = s; }
static inline char **accord_rl_completion_matches(const char *text, accord_completion_entry_fn fn) {
    return rl_completion_matches(text, (rl_compentry_func_t *)fn);
}
static inline void accord_rl_set_instream_stdin(void) { rl_instream = stdin; }
static inline void accord_rl_set_outstream_stdout(void) { rl_outstream = stdout; }
static inline int accord_history_length(void) { return history_length; }
static inline void accord_rl_reset_line(void) {
    // Clear whatever is typed so far (used after Ctrl-C).
    rl_replace_line("", 0);
}
typedef int (*accord_getc_fn)(FILE *);
static inline void accord_rl_set_getc(accord_getc_fn fn) { rl_getc_function = fn; }
typedef int (*accord_command_fn)(int, int);
static inline int accord_rl_add_defun(const char *name, accord_command_fn fn, int key) {
    return rl_add_defun(name, (rl_command_func_t *)fn, key);
}
static inline void accord_rl_set_done(int v) { rl_done = v; }
static inline int accord_rl_insert_text(const char *text) { return rl_insert_text(text); }
static inline void accord_rl_forced_update_display(void) { rl_forced_update_display(); }
static inline int accord_rl_end(void) { return rl_end; }
static inline int accord_rl_initialize(void) { return rl_initialize(); }
static inline int accord_rl_parse_and_bind(const char *line) { return rl_parse_and_bind(line); }
static inline void accord_stifle_history(int max) { stifle_history(max); }
/// The most recent history entry, or NULL.
static inline const char *accord_history_last(void) {
    if (history_length <= 0) return NULL;
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}
#endif
