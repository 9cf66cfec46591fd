// libzip (Debian's libzip-dev) for Swift: JixiaoSpreadsheet opens .xlsx workbooks (zip
// archives of XML parts) with it. Only JixiaoSpreadsheet imports this module.
#ifndef JIXIAO_CZIP_SHIM_H
#define JIXIAO_CZIP_SHIM_H

#include <zip.h>

#endif
