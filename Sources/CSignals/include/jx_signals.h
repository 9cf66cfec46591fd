/* Signals, handled with async-signal-safe calls only: a crash ends the process at once
   with the terminal restored (never an interactive wait holding the document's lock), and
   a request to quit (SIGINT, SIGTERM, SIGHUP) is honoured within a grace period even when
   the workstation is busy. The state lives in signals.c, one copy for the process. */
#ifndef JIXIAO_SIGNALS_H
#define JIXIAO_SIGNALS_H

/* Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS, SIGQUIT):
   restore the terminal if one is active, say so on stderr, and end the process with the
   signal's default action. With `chain`, go on to the handler installed before (the Swift
   runtime's backtracer) instead. Call once, early in main. */
void jx_crash_install(int chain);

/* The terminal a crash or an overdue quit restores: its modes, saved before curses
   changes them, and the bytes that leave curses mode (keypad off, cursor on, attributes
   off, the normal screen). `jx_terminal_active(1)` once curses is on, 0 when it is off. */
void jx_terminal_save_modes(void);
void jx_terminal_set_leave(const char *sequence);
void jx_terminal_active(int on);
/* Restores the terminal now, if active: writes the leave bytes and the saved modes. */
void jx_terminal_restore_now(void);

/* Quit signals: noted for the event loop, which takes them with `jx_quit_take`. If one
   is not taken within `grace_ms` (the loop is busy), a watchdog thread restores the
   terminal and ends the process with status 128 + the signal. */
void jx_quit_install(int grace_ms);
/* The signal that asked to quit (0 when none), marked as taken. */
int jx_quit_take(void);

/* Whether input on `fd` has ended: the terminal hung up or closed (POLLHUP, POLLERR), or it
   is readable with nothing to read (end of file). */
int jx_input_gone(int fd);

/* A long command that stops between its steps when asked (SIGINT, SIGTERM, SIGHUP): the
   first signal is only noted, with system calls under way restarted; `jx_interrupted`
   says which (0 for none). A second signal ends the process as it would without this. */
void jx_interrupt_install(void);
int jx_interrupted(void);

/* A write of the record under way (an export written, placed and journaled): a quit the
   workstation's loop has not taken, or a second interrupt, waits for its end rather than
   end the process between the file and its journal line, or leave the temporary file
   behind. Calls nest; the process ends at the last `end` if it was asked to meanwhile. */
void jx_record_write_begin(void);
void jx_record_write_end(void);
#endif
