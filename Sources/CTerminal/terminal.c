#define _GNU_SOURCE
#include "terminal.h"
#include <unistd.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <stdlib.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>

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
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
    return sigaction(SIGINT, &action, NULL);
}

static volatile sig_atomic_t accord_interrupt_delivered = 0;
static int accord_interrupt_key = -1;

int accord_take_sigint(void) {
    int seen = accord_sigint_seen;
    accord_sigint_seen = 0;
    accord_interrupt_delivered = 0;
    return seen;
}

int accord_sigint_pending(void) { return accord_sigint_seen; }

void accord_set_interrupt_key(int key) { accord_interrupt_key = key; }

int accord_isatty(int fd) { return isatty(fd); }

/* Read one byte from fd, waiting with ppoll so that a SIGINT arriving at any moment (even just
   before the wait) is noticed: SIGINT is blocked while the flag is checked and unblocked only
   atomically inside ppoll. Returns 1, 0 at end of input, -1 on error or interrupt (errno EINTR). */
static int accord_read_byte(int fd, unsigned char *byte) {
    sigset_t block, original;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    for (;;) {
        sigprocmask(SIG_BLOCK, &block, &original);
        if (accord_sigint_seen) {
            sigprocmask(SIG_SETMASK, &original, NULL);
            errno = EINTR;
            return -1;
        }
        struct pollfd descriptor = { fd, POLLIN, 0 };
        int ready = ppoll(&descriptor, 1, NULL, &original);
        int saved = errno;
        sigprocmask(SIG_SETMASK, &original, NULL);
        if (ready < 0) {
            if (saved == EINTR) continue; /* the flag check above decides */
            errno = saved;
            return -1;
        }
        ssize_t count = read(fd, byte, 1);
        if (count < 0 && errno == EINTR) continue;
        return count > 0 ? 1 : (int)count;
    }
}

ssize_t accord_interruptible_read(int fd, void *buffer, size_t size) {
    unsigned char *bytes = buffer;
    if (size == 0) return 0;
    int status = accord_read_byte(fd, bytes); /* waits race-free for input or SIGINT */
    if (status != 1) return status;
    ssize_t more = 0;
    struct pollfd descriptor = { fd, POLLIN, 0 };
    if (size > 1 && poll(&descriptor, 1, 0) > 0) {
        more = read(fd, bytes + 1, size - 1);
        if (more < 0) more = 0;
    }
    return 1 + more;
}

int accord_interruptible_getc(FILE *stream) {
    int fd = fileno(stream);
    unsigned char lead;
    int status = accord_read_byte(fd, &lead);
    if (status == -1 && errno == EINTR && accord_interrupt_key >= 0 && !accord_interrupt_delivered) {
        accord_interrupt_delivered = 1; /* once: the key's command ends the read */
        return accord_interrupt_key;
    }
    if (status != 1) return -1;
    if (lead < 0x80) return lead;
    int length;
    unsigned int value;
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; value = lead & 0x1F; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; value = lead & 0x0F; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; value = lead & 0x07; }
    else return 0xFFFD;
    for (int i = 1; i < length; i++) {
        unsigned char next;
        if (accord_read_byte(fd, &next) != 1) return -1;
        if ((next & 0xC0) != 0x80) return 0xFFFD;
        value = (value << 6) | (next & 0x3F);
    }
    if ((length == 3 && value < 0x800) || (length == 4 && (value < 0x10000 || value > 0x10FFFF))
        || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
    return (int)value;
}

char *accord_read_paste(int fd, size_t *length) {
    static const char end[] = "\033[201~";
    const size_t endLength = sizeof(end) - 1;
    const size_t limit = 1 << 20;
    size_t capacity = 4096, used = 0;
    char *buffer = malloc(capacity + 1);
    if (buffer == NULL) return NULL;
    for (;;) {
        unsigned char byte;
        ssize_t n = read(fd, &byte, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // end of input: keep what arrived
        if (used == capacity) {
            if (capacity >= limit) continue;  // too long: drop the rest until the end marker
            capacity *= 2;
            char *grown = realloc(buffer, capacity + 1);
            if (grown == NULL) { free(buffer); return NULL; }
            buffer = grown;
        }
        buffer[used++] = (char)byte;
        if (used >= endLength && memcmp(buffer + used - endLength, end, endLength) == 0) {
            used -= endLength;
            break;
        }
    }
    buffer[used] = 0;
    *length = used;
    return buffer;
}
