// The accord binary's terminal helpers that Swift cannot reach cleanly: SIGINT without
// SA_RESTART and reads it interrupts, the window size, isatty, and reading a bracketed paste.
#ifndef ACCORD_TERMINAL_H
#define ACCORD_TERMINAL_H
#include <sys/types.h>
#include <stdio.h>

/// Terminal width of `fd` via TIOCGWINSZ, or 0 when unknown.
int accord_terminal_columns(int fd);

/// Install a SIGINT handler WITHOUT SA_RESTART: a blocking read (or libedit's readline) returns
/// with EINTR, and the press is recorded for `accord_take_sigint`. Returns 0 on success.
int accord_install_sigint_handler(void);

/// 1 if SIGINT arrived since the last call (and clear the record), else 0.
int accord_take_sigint(void);

/// A getc for libedit's `rl_getc_function`: reads one UTF-8 character from `stream`'s descriptor
/// and returns its code point (U+FFFD for malformed input); returns -1 (end of input) at EOF or
/// as soon as SIGINT has been recorded, without the race of a plain blocking read.
int accord_interruptible_getc(FILE *stream);

/// read(2) that returns -1 with errno EINTR as soon as SIGINT has been recorded (no race with a
/// signal arriving just before the wait); otherwise like read: 0 at end of input.
ssize_t accord_interruptible_read(int fd, void *buffer, size_t size);

/// 1 if SIGINT was recorded and not yet taken (does not clear it).
int accord_sigint_pending(void);

/// When SIGINT is recorded during a read, `accord_interruptible_getc` first returns `key` (once)
/// so a command bound to it can capture the line and end the read; later calls return -1.
void accord_set_interrupt_key(int key);

/// Read a bracketed paste's content from `fd` up to the end marker ESC [ 2 0 1 ~ (not included),
/// after the start marker was seen. Returns a malloc'd NUL-terminated buffer (free it) and its
/// length in `*length` (at most 1 MiB kept); NULL when out of memory.
char *accord_read_paste(int fd, size_t *length);

/// Non-zero when `fd` is a terminal.
int accord_isatty(int fd);
#endif
