// libxlsxwriter (Debian's libxlsxwriter-dev) for Swift: JixiaoExport writes XLSX with it.
// Only JixiaoExport imports this module.
#ifndef JIXIAO_CXLSXWRITER_SHIM_H
#define JIXIAO_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
