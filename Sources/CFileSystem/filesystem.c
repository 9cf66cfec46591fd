#define _GNU_SOURCE
#include <unistd.h>
#include <sys/mman.h>
#include <fcntl.h>
#include "jx_filesystem.h"

int jx_syncfs(int fd) { return syncfs(fd); }

int jx_memfd(const char *name) { return memfd_create(name, MFD_CLOEXEC); }

int jx_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
