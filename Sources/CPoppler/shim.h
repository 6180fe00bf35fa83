#ifndef AUDITREADY_CPOPPLER_SHIM_H
#define AUDITREADY_CPOPPLER_SHIM_H
#include <glib.h>
#include <glib-object.h>
#include <poppler.h>
#include <cairo.h>
#endif
