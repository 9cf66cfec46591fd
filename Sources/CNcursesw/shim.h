/* The ncursesw API as Swift can use it. SwiftPM drops -D flags from pkg-config, so the
   wide-character API is switched on here, before any include; macros and C globals that
   Swift cannot import (or Swift 6 rejects as not concurrency-safe) get accessors. */
#ifndef JIXIAO_CNCURSESW_SHIM_H
#define JIXIAO_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *jx_stdscr(void) { return stdscr; }
static inline int jx_lines(void) { return LINES; }
static inline int jx_cols(void) { return COLS; }
static inline int jx_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t jx_a_normal(void) { return A_NORMAL; }
static inline attr_t jx_a_bold(void) { return A_BOLD; }
static inline attr_t jx_a_reverse(void) { return A_REVERSE; }
static inline attr_t jx_a_underline(void) { return A_UNDERLINE; }
static inline attr_t jx_a_dim(void) { return A_DIM; }
static inline int jx_key_f0(void) { return KEY_F0; }

/* The key code ncurses gave the key a terminfo capability names (kLFT5 is Ctrl-← in
   xterm), 0 when the terminal has none. */
static inline int jx_key_code(const char *capname) {
    char *s = tigetstr(capname);
    if (s == NULL || s == (char *)-1) return 0;
    int k = key_defined(s);
    return k > 0 ? k : 0;
}

/* Bracketed paste (xterm's mode 2004): the terminal marks pasted text with
   ESC [ 200 ~ and ESC [ 201 ~, so a paste is never taken for keys. Written straight to
   the terminal (async-signal-safe), so the crash and suspend handlers can turn it off. */
static inline volatile sig_atomic_t *jx_paste_mode(void) {
    static volatile sig_atomic_t on = 0;
    return &on;
}

static inline void jx_write_paste_mode(int on) {
    const char *seq = on ? "\033[?2004h" : "\033[?2004l";
    ssize_t r = write(STDOUT_FILENO, seq, 8);
    (void)r;
}

static inline void jx_bracketed_paste(int on) {
    *jx_paste_mode() = on;
    jx_write_paste_mode(on);
}

/* Whether the terminal TERM names can place the cursor (terminfo's cup): 1 yes, 0 no
   (TERM=dumb, a printing terminal), -1 when TERM is unknown (newterm says so). */
static inline int jx_cursor_addressing(void) {
    int err = 0;
    if (setupterm(NULL, 1, &err) != OK) return -1;
    const char *cup = tigetstr("cup");
    /* The description stays loaded (a few KB): newterm loads its own. */
    return cup != NULL && cup != (char *)-1;
}

/* newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting. */
static inline SCREEN *jx_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline int jx_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0);
}

/* The user's locale, but a UTF-8 LC_CTYPE whatever it is: in "C", wcwidth of a Chinese
   character is -1 and ncursesw garbles CJK. */
static inline void jx_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (!jx_is_utf8()) setlocale(LC_CTYPE, "C.UTF-8");
}

static void jx_endwin_at_exit(void) {
    if (*jx_paste_mode()) jx_bracketed_paste(0);
    if (!isendwin()) endwin();
}

/* Ctrl-Z: ncurses's own handler restores the terminal, stops and redraws on fg; around
   it, bracketed paste is turned off for the shell and on again for the workstation. */
static inline struct sigaction *jx_previous_tstp(void) {
    static struct sigaction previous;
    return &previous;
}

static void jx_on_tstp(int sig) {
    int pasting = *jx_paste_mode();
    if (pasting) jx_write_paste_mode(0);
    struct sigaction *prev = jx_previous_tstp();
    if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN && prev->sa_handler != NULL) {
        prev->sa_handler(sig);
    } else {
        signal(SIGTSTP, SIG_DFL);
        raise(SIGTSTP);
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = jx_on_tstp;
        sigaction(SIGTSTP, &sa, NULL);
    }
    if (pasting) jx_write_paste_mode(1);
}

/* After newterm, which installs ncurses's SIGTSTP handler. */
static inline void jx_install_tstp_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = jx_on_tstp;
    sigaction(SIGTSTP, &sa, jx_previous_tstp());
}

static inline void jx_restore_at_exit(void) { atexit(jx_endwin_at_exit); }

/* Whether bytes wait on standard input, without waiting. Here rather than through Glibc
   in Swift: this module's _XOPEN_SOURCE gives <sys/ucontext.h> other members than
   SwiftGlibc's, and a Swift file importing both fails to build from clean. */
static inline int jx_input_waiting(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    return poll(&p, 1, 0) > 0 && (p.revents & POLLIN) != 0;
}

#endif
