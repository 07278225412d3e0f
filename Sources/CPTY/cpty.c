#include "cpty.h"
#include <pty.h>
#include <unistd.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <stdlib.h>

pid_t accord_forkpty_exec(int *master, const char *path, char *const argv[], char *const envp[],
                          unsigned short rows, unsigned short cols) {
    struct winsize ws = {0};
    ws.ws_row = rows ? rows : 24;
    ws.ws_col = cols ? cols : 80;
    pid_t pid = forkpty(master, NULL, NULL, &ws);
    if (pid == 0) {
        // Child: default signal dispositions, then exec. Only async-signal-safe calls here.
        signal(SIGINT, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

int accord_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}

static volatile sig_atomic_t accord_sigint_seen = 0;

static void accord_sigint_handler(int signo) {
    (void)signo;
    accord_sigint_seen = 1;
}

int accord_install_sigint_handler(void) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: blocking reads return EINTR */
    action.sa_handler = accord_sigint_handler;
    return sigaction(SIGINT, &action, NULL);
}

int accord_take_sigint(void) {
    int seen = accord_sigint_seen;
    accord_sigint_seen = 0;
    return seen;
}

int accord_isatty(int fd) { return isatty(fd); }
