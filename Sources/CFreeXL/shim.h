#ifndef AUDITREADY_CFREEXL_SHIM_H
#define AUDITREADY_CFREEXL_SHIM_H
#include <freexl.h>
#endif
