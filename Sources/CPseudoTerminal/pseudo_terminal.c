#define _GNU_SOURCE
#include "pseudo_terminal.h"
#include <pty.h>
#include <unistd.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>

pid_t accord_forkpty_exec(int *master, const char *path, char *const argv[], char *const envp[],
                          unsigned short rows, unsigned short cols) {
    struct winsize ws = {0};
    ws.ws_row = rows ? rows : 24;
    ws.ws_col = cols ? cols : 80;
    pid_t pid = forkpty(master, NULL, NULL, &ws);
    if (pid == 0) {
        // Child: default signal dispositions, then exec. Only async-signal-safe calls here.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL); /* test runners may block signals in threads */
        signal(SIGINT, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}
