// forkpty + exec for the tests that drive accord through a real pseudo-terminal (not shipped in
// the binary).
#ifndef ACCORD_PSEUDO_TERMINAL_H
#define ACCORD_PSEUDO_TERMINAL_H
#include <sys/types.h>

/// Fork a child on a new pseudo-terminal (its controlling terminal) and exec `path` with `argv`
/// and `envp` (NULL-terminated). Returns the child's pid and stores the master fd in `*master`;
/// -1 on failure. Rows/cols set the terminal size.
pid_t accord_forkpty_exec(int *master, const char *path, char *const argv[], char *const envp[],
                          unsigned short rows, unsigned short cols);
#endif
