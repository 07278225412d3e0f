// See include/editline.h. libedit's header gives the types; its symbols are never referenced
// directly (the linker must not record libedit as needed): each is looked up with dlsym.
#define _GNU_SOURCE
#include "editline.h"
#include <dlfcn.h>
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

// Every libedit symbol used (functions and variables), each resolved with dlsym into a pointer of
// the type its declaration gives (`__typeof__` references nothing).
#define ACCORD_EDITLINE_SYMBOLS(X) \
    X(readline) \
    X(rl_initialize) \
    X(rl_parse_and_bind) \
    X(rl_add_defun) \
    X(rl_insert_text) \
    X(rl_forced_update_display) \
    X(rl_replace_line) \
    X(rl_completion_matches) \
    X(stifle_history) \
    X(history_get) \
    X(add_history) \
    X(read_history) \
    X(write_history) \
    X(rl_readline_name) \
    X(rl_instream) \
    X(rl_outstream) \
    X(rl_line_buffer) \
    X(rl_point) \
    X(rl_end) \
    X(rl_done) \
    X(history_base) \
    X(history_length) \
    X(rl_basic_word_break_characters) \
    X(rl_completion_entry_function) \
    X(rl_attempted_completion_function) \
    X(rl_attempted_completion_over) \
    X(rl_completion_append_character) \
    X(rl_catch_signals) \
    X(rl_getc_function)

#define ACCORD_FIELD(name) __typeof__(&name) name;
static struct {
    ACCORD_EDITLINE_SYMBOLS(ACCORD_FIELD)
} el;
#undef ACCORD_FIELD

static int loaded = 0;
static char error_text[512];

int accord_editline_load(const char *library) {
    if (loaded) return 1;
    if (library == NULL || library[0] == '\0') library = ACCORD_EDITLINE_LIBRARY;
    error_text[0] = '\0';
    void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *why = dlerror();
        snprintf(error_text, sizeof error_text, "%s", why ? why : library);
        return 0;
    }
#define ACCORD_RESOLVE(name) \
    el.name = (__typeof__(&name))dlsym(handle, #name); \
    if (el.name == NULL) { \
        snprintf(error_text, sizeof error_text, "%s: no symbol %s", library, #name); \
        memset(&el, 0, sizeof el); \
        dlclose(handle); \
        return 0; \
    }
    ACCORD_EDITLINE_SYMBOLS(ACCORD_RESOLVE)
#undef ACCORD_RESOLVE
    setlocale(LC_CTYPE, "");
    loaded = 1;
    return 1;
}

const char *accord_editline_error(void) { return error_text[0] ? error_text : NULL; }

int accord_errno(void) { return errno; }
void accord_clear_errno(void) { errno = 0; }

char *accord_readline(const char *prompt) { return el.readline(prompt); }
int accord_rl_initialize(void) { return el.rl_initialize(); }
int accord_rl_parse_and_bind(const char *line) { return el.rl_parse_and_bind(line); }
void accord_rl_set_name(const char *name) { *el.rl_readline_name = name; }
void accord_rl_set_completion_entry(accord_completion_entry_fn fn) {
    *el.rl_completion_entry_function = (rl_compentry_func_t *)fn;
}
void accord_rl_set_attempted_completion(accord_attempted_completion_fn fn) {
    *el.rl_attempted_completion_function = (rl_completion_func_t *)fn;
}
const char *accord_rl_line_buffer(void) { return *el.rl_line_buffer; }
int accord_rl_point(void) { return *el.rl_point; }
int accord_rl_end(void) { return *el.rl_end; }
void accord_rl_set_attempted_completion_over(int v) { *el.rl_attempted_completion_over = v; }
void accord_rl_set_completion_append_character(int c) { *el.rl_completion_append_character = c; }
void accord_rl_set_catch_signals(int v) { *el.rl_catch_signals = v; }
void accord_rl_set_basic_word_break(const char *s) { *el.rl_basic_word_break_characters = s; }
char **accord_rl_completion_matches(const char *text, accord_completion_entry_fn fn) {
    return el.rl_completion_matches(text, (rl_compentry_func_t *)fn);
}
void accord_rl_set_instream_stdin(void) { *el.rl_instream = stdin; }
void accord_rl_set_outstream_stdout(void) { *el.rl_outstream = stdout; }
void accord_rl_reset_line(void) { el.rl_replace_line("", 0); }
void accord_rl_set_getc(accord_getc_fn fn) { *el.rl_getc_function = fn; }
int accord_rl_add_defun(const char *name, accord_command_fn fn, int key) {
    return el.rl_add_defun(name, (rl_command_func_t *)fn, key);
}
void accord_rl_set_done(int v) { *el.rl_done = v; }
int accord_rl_insert_text(const char *text) { return el.rl_insert_text(text); }
void accord_rl_forced_update_display(void) { el.rl_forced_update_display(); }

int accord_history_length(void) { return *el.history_length; }
void accord_stifle_history(int max) { el.stifle_history(max); }
int accord_add_history(const char *line) { return el.add_history(line); }
int accord_read_history(const char *path) { return el.read_history(path); }
int accord_write_history(const char *path) { return el.write_history(path); }
const char *accord_history_last(void) {
    if (*el.history_length <= 0) return NULL;
    HIST_ENTRY *entry = el.history_get(*el.history_base + *el.history_length - 1);
    return entry ? entry->line : NULL;
}
