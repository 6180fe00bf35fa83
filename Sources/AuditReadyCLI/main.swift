print("auditready")
