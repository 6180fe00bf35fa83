AuditReadyCorpus.main()
