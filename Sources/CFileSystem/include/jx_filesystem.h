/* What the file system offers that Swift's Glibc module leaves out (it needs _GNU_SOURCE). */
#ifndef JIXIAO_FILESYSTEM_H
#define JIXIAO_FILESYSTEM_H

/* syncfs(2): writes back everything of the file system holding `fd` and waits for it —
   one journal commit for a whole batch of imported documents instead of a few fsyncs
   each. Returns 0, or -1 with errno set (a writeback error since the last call included). */
int jx_syncfs(int fd);

/* memfd_create(2) with MFD_CLOEXEC: an anonymous file in memory, named `name` only in
   /proc, gone when its last descriptor closes — so a library that wants a path (FreeXL)
   can read bytes held in memory and nothing is ever left on disk, even after a crash.
   Returns the descriptor, or -1 with errno set. */
int jx_memfd(const char *name);

/* pipe2(2) with O_CLOEXEC: both ends closed on exec at once, so a child another thread
   spawns meanwhile does not inherit them (and keep the reading end from seeing its end).
   Returns 0, or -1 with errno set. */
int jx_pipe_cloexec(int fds[2]);

#endif
