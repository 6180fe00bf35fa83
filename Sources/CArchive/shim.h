#ifndef AUDITREADY_CARCHIVE_SHIM_H
#define AUDITREADY_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#endif
