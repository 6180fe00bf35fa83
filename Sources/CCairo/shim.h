#ifndef AUDITREADY_CCAIRO_SHIM_H
#define AUDITREADY_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#endif
