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

    /// Makes malloc map each block of `largeBlock` bytes or more on its own and unmap it as soon as
    /// it is freed (glibc's `mallopt(M_MMAP_THRESHOLD, …)`, looked up at run time since Swift's
    /// Glibc module leaves the GNU extensions out; nothing happens without it).
    ///
    /// By default glibc raises that threshold to the largest block freed so far (up to 32 MB), so
    /// after a scan's first page its images (8.7 MB a 300-dpi A4 page in grey, with leptonica's
    /// and Tesseract's copies and masks) come from the heap, whose memory stays with the process
    /// after they are freed: a document worker reading scans held tens of megabytes more than it
    /// used (docs/performance.md). Setting the threshold also stops glibc raising it. Call it
    /// first thing in `main`.
    public static func mapLargeBlocksApart() {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in glibc's malloc.h
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, largeBlock)
    }

    /// The smallest block malloc maps on its own: 1 MiB, below every page image and mask.
    static let largeBlock: Int32 = 1 << 20
}
