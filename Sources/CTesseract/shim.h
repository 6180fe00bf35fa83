#ifndef AUDITREADY_CTESSERACT_SHIM_H
#define AUDITREADY_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
