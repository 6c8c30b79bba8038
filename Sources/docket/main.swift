import DocketCLI

Entry.main()
