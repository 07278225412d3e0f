// POSIX helpers that Swift cannot reach cleanly: forkpty + exec for the pseudo-terminal tests,
// window size, and an fsync'd append.
#ifndef ACCORD_CPTY_H
#define ACCORD_CPTY_H
#include <sys/types.h>

/// Fork a child on a new pseudo-terminal (its controlling terminal) and exec `path` with `argv`
/// and `envp` (NULL-terminated). Returns the child's pid and stores the master fd in `*master`;
/// -1 on failure. Rows/cols set the terminal size.
pid_t accord_forkpty_exec(int *master, const char *path, char *const argv[], char *const envp[],
                          unsigned short rows, unsigned short cols);

/// Terminal width of `fd` via TIOCGWINSZ, or 0 when unknown.
int accord_terminal_columns(int fd);

/// Install a SIGINT handler WITHOUT SA_RESTART: a blocking read (or libedit's readline) returns
/// with EINTR, and the press is recorded for `accord_take_sigint`. Returns 0 on success.
int accord_install_sigint_handler(void);

/// 1 if SIGINT arrived since the last call (and clear the record), else 0.
int accord_take_sigint(void);

/// Non-zero when `fd` is a terminal.
int accord_isatty(int fd);
#endif
