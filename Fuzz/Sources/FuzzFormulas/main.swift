import FuzzSupport

// libFuzzer's driver runs the harness over its corpus with the arguments given (see scripts/fuzz.sh).
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { fuzzInput($0!, $1) })
