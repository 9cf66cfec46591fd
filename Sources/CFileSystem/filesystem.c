#define _GNU_SOURCE
#include <unistd.h>
#include "jx_filesystem.h"

int jx_syncfs(int fd) { return syncfs(fd); }
