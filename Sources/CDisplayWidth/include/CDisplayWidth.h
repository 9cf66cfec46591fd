#ifndef JIXIAO_CDISPLAYWIDTH_H
#define JIXIAO_CDISPLAYWIDTH_H

/* libc wcwidth(3), which Glibc's Swift module hides without _XOPEN_SOURCE: the same
   function ncursesw uses to place characters, so layout and terminal agree. */
int jixiao_wcwidth(unsigned int scalar);

/* Makes LC_CTYPE a UTF-8 locale (the user's, else C.UTF-8); returns 1 on success. */
int jixiao_use_utf8_ctype(void);

/* The lock of the layout's memo of broken lines (`LineBreakMemo`): a pthread mutex kept
   here, as Swift's Synchronization module brings Glibc's headers into every module that
   imports the layout, and they clash with ncursesw's (built under _XOPEN_SOURCE) in the
   terminal module on a clean build. */
void jixiao_memo_lock(void);
void jixiao_memo_unlock(void);

#endif
