// FreeXL (Debian's libfreexl-dev) for Swift: JixiaoSpreadsheet reads Excel 97–2003
// workbooks (.xls, and WPS's .et, the same BIFF format in an OLE compound file) with it.
// Only JixiaoSpreadsheet imports this module.
#ifndef JIXIAO_CFREEXL_SHIM_H
#define JIXIAO_CFREEXL_SHIM_H

#include <freexl.h>

#endif
