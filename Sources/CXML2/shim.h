// libxml2 (Debian's libxml2-dev): its SAX2 interface reads the XML parts of .xlsx and .docx.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy inside Foundation
// (_FoundationICU). Only the encoding handler's private fields depend on it, never used here.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
