#define _GNU_SOURCE
#include "jx_signals.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/* ---- The terminal to restore ---- */

static struct termios saved_modes;
static volatile sig_atomic_t have_saved_modes = 0;
static char leave[512];
static volatile sig_atomic_t leave_length = 0;
static volatile sig_atomic_t terminal_on = 0;

void jx_terminal_save_modes(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
}

void jx_terminal_set_leave(const char *sequence) {
    /* Bracketed paste off first, then what the terminal's entry says. */
    static const char paste_off[] = "\033[?2004l";
    size_t n = 0;
    memcpy(leave, paste_off, sizeof paste_off - 1);
    n = sizeof paste_off - 1;
    size_t extra = sequence ? strlen(sequence) : 0;
    if (n + extra > sizeof leave) extra = sizeof leave - n;
    if (extra) memcpy(leave + n, sequence, extra);
    leave_length = (sig_atomic_t)(n + extra);
}

void jx_terminal_active(int on) { terminal_on = on; }

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

void jx_terminal_restore_now(void) {
    if (!terminal_on) return;
    terminal_on = 0;
    if (leave_length > 0) write_all(STDOUT_FILENO, leave, (size_t)leave_length);
    if (have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
}

/* ---- Crash signals ---- */

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS, SIGQUIT };
static struct sigaction previous[65];
static int chain_to_previous = 0;

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGSYS: return "SIGSYS";
    case SIGQUIT: return "SIGQUIT";
    default: return "?";
    }
}

static void on_crash(int sig) {
    int saved_errno = errno;
    jx_terminal_restore_now();
    static const char head[] = "\njixiao 意外终止（";
    static const char tail[] = "）。终端已恢复；已确认的修改都在日志中，下次打开时会检查。\n";
    const char *name = signal_name(sig);
    write_all(STDERR_FILENO, head, sizeof head - 1);
    write_all(STDERR_FILENO, name, strlen(name));
    write_all(STDERR_FILENO, tail, sizeof tail - 1);
    if (chain_to_previous && sig > 0 && sig < 65) {
        sigaction(sig, &previous[sig], NULL);
        errno = saved_errno;
        raise(sig);
        return;
    }
    /* The default action: the process ends with the signal (a core dump if enabled). */
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);
}

void jx_crash_install(int chain) {
    chain_to_previous = chain;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_crash;
    for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &sa, &previous[crash_signals[i]]);
    }
}

/* ---- A write of the record under way ---- */

static volatile sig_atomic_t record_writes = 0;
/* A second interrupt that came during a write of the record: raised at its end. */
static volatile sig_atomic_t deferred = 0;

static int writing_record(void) { return __atomic_load_n(&record_writes, __ATOMIC_SEQ_CST) > 0; }

void jx_record_write_begin(void) { __atomic_add_fetch(&record_writes, 1, __ATOMIC_SEQ_CST); }

void jx_record_write_end(void) {
    if (__atomic_sub_fetch(&record_writes, 1, __ATOMIC_SEQ_CST) == 0 && deferred != 0) {
        int sig = deferred;
        signal(sig, SIG_DFL);
        raise(sig);
    }
}

/* ---- Quit signals ---- */

static volatile sig_atomic_t pending = 0;
static volatile sig_atomic_t taken = 0;
static sem_t wake;
static int grace = 100;

static void on_quit(int sig) {
    int saved_errno = errno;
    if (pending == 0) pending = sig;
    sem_post(&wake);
    errno = saved_errno;
}

static void *watchdog(void *unused) {
    (void)unused;
    for (;;) {
        while (sem_wait(&wake) != 0) {}
        int sig = pending;
        if (sig == 0 || taken) continue;
        for (int waited = 0; waited < grace && !taken; waited += 5) usleep(5000);
        if (!taken) {
            /* Not between an export and its journal line. */
            while (writing_record()) usleep(5000);
            jx_terminal_restore_now();
            _exit(128 + sig);
        }
    }
    return NULL;
}

void jx_quit_install(int grace_ms) {
    static int installed = 0;
    grace = grace_ms;
    if (!installed) {
        installed = 1;
        sem_init(&wake, 0, 0);
        pthread_t thread;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        /* The watchdog takes no signals: they interrupt the event loop's read. */
        sigset_t all, old;
        sigfillset(&all);
        pthread_sigmask(SIG_SETMASK, &all, &old);
        pthread_create(&thread, &attr, watchdog, NULL);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        pthread_attr_destroy(&attr);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit;
    /* No SA_RESTART: a signal interrupts the read, so the loop sees it at once. */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    /* A parent may have blocked them; children inherit the mask. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigaddset(&set, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int jx_quit_take(void) {
    int sig = pending;
    if (sig != 0) taken = 1;
    return sig;
}

/* ---- The terminal going away ---- */

int jx_input_gone(int fd) {
    struct pollfd p;
    p.fd = fd;
    p.events = POLLIN;
    p.revents = 0;
    if (poll(&p, 1, 0) < 0) return 0;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    if (p.revents & POLLIN) {
        int available = 0;
        if (ioctl(fd, FIONREAD, &available) == 0 && available == 0) return 1;
    }
    return 0;
}

/* ---- Interrupting a long command (an import of many files) ---- */

static volatile sig_atomic_t interrupted = 0;

static void on_interrupt(int sig) {
    if (interrupted != 0) {
        /* Asked twice: end now, as without the handler — once a write of the record is done. */
        if (writing_record()) {
            deferred = sig;
            return;
        }
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    interrupted = sig;
}

void jx_interrupt_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_interrupt;
    /* SA_RESTART: reads, writes and waits under way go on; the command looks between files. */
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    /* A parent may have blocked them (a test runner does); children inherit the mask. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int jx_interrupted(void) { return interrupted; }
