#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide settings OCR needs before anything else runs.
public enum OCRProcessEnvironment {
    /// Restarts the process with `OMP_THREAD_LIMIT=1` unless that variable is already set.
    ///
    /// Tesseract parallelises inside a page with OpenMP. On a 2-core machine, with several engines
    /// working at once, that made a 300-dpi page take 12 s instead of 1.4 s. GNU OpenMP (libgomp)
    /// reads `OMP_THREAD_LIMIT` once, when the library is loaded at process start-up, so setting it
    /// with `setenv` in a running process has no effect: the only way to apply it is to set it and
    /// `execv` the same executable (`/proc/self/exe`) with the same arguments, which costs one
    /// process start (about 40 ms).
    ///
    /// Call it first thing in `main`, before any thread starts. It is idempotent: once the variable
    /// is set (by this re-exec, by a launcher or by the user, whose value is respected) it returns
    /// at once. If `execv` fails, the process carries on unchanged: `OCREnginePool` also confines
    /// OpenMP on its own threads, so OCR stays fast; the variable is the guarantee for any other
    /// thread that might call into Tesseract.
    public static func ensureSingleThreadedOpenMP() {
        guard getenv(threadLimitVariable) == nil else { return }
        setenv(threadLimitVariable, "1", 1)
        // Output still buffered in this process would be lost with it.
        fflush(nil)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Only reached when exec failed; the pool's per-thread limit still applies.
    }

    /// The variable libgomp reads at load time to cap the threads of every parallel region.
    public static let threadLimitVariable = "OMP_THREAD_LIMIT"
}
