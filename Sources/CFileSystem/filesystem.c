#define _GNU_SOURCE
#include <unistd.h>
#include <sys/mman.h>
#include "jx_filesystem.h"

int jx_syncfs(int fd) { return syncfs(fd); }

int jx_memfd(const char *name) { return memfd_create(name, MFD_CLOEXEC); }
