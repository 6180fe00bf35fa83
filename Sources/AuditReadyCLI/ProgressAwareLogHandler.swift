import Logging

/// Writes log messages on standard error without tangling them with the progress bar: the bar is
/// erased before each message and comes back with the next update.
struct ProgressAwareLogHandler: LogHandler {
    private var base: StreamLogHandler
    private let progress: TerminalProgress

    init(label: String, progress: TerminalProgress) {
        base = StreamLogHandler.standardError(label: label)
        self.progress = progress
    }

    func log(event: LogEvent) {
        progress.finish()
        base.log(event: event)
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { base.metadataProvider }
        set { base.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue }
    }

    var metadata: Logger.Metadata {
        get { base.metadata }
        set { base.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { base.logLevel }
        set { base.logLevel = newValue }
    }
}
