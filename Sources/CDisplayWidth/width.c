#define _XOPEN_SOURCE 700
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include "CDisplayWidth.h"

int jixiao_wcwidth(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}

static int ctype_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "UTF8") == 0);
}

int jixiao_use_utf8_ctype(void) {
    if (ctype_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "") && ctype_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") && ctype_is_utf8()) return 1;
    return 0;
}

static pthread_mutex_t memo_mutex = PTHREAD_MUTEX_INITIALIZER;

void jixiao_memo_lock(void) { pthread_mutex_lock(&memo_mutex); }

void jixiao_memo_unlock(void) { pthread_mutex_unlock(&memo_mutex); }
