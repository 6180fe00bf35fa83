import AuditCore
import Logging

/// Writes log messages on standard error, with the text they carry from the evidence made harmless
/// and without tangling them with the progress bar.
///
/// Messages, metadata values and errors often name archive entries: each goes through
/// `UntrustedText.plain`, so a log line is one line with no control characters. When there is a
/// progress bar, it is erased before each message and comes back with the next update.
struct ProgressAwareLogHandler: LogHandler {
    private var base: StreamLogHandler
    private let progress: TerminalProgress?

    init(label: String, progress: TerminalProgress?) {
        base = StreamLogHandler.standardError(label: label)
        base.metadataProvider = Self.shown(base.metadataProvider)
        self.progress = progress
    }

    /// A logger on standard error through this handler, at `level`.
    static func logger(progress: TerminalProgress? = nil, level: Logger.Level) -> Logger {
        var logger = Logger(label: "auditready") { ProgressAwareLogHandler(label: $0, progress: progress) }
        logger.logLevel = level
        return logger
    }

    /// Writes `event` with its message, metadata and error made harmless, the progress bar erased first.
    func log(event: LogEvent) {
        var event = event
        event.message = "\(UntrustedText.plain(event.message.description))"
        var metadata = event.metadata.map(Self.shown) ?? [:]
        if let error = event.error {
            metadata["error.message"] = .string(UntrustedText.plain("\(error)"))
            metadata["error.type"] = .string(String(reflecting: type(of: error)))
            event.error = nil
        }
        event.metadata = metadata.isEmpty ? nil : metadata
        progress?.finish()
        base.log(event: event)
    }

    /// `metadata` with every text in it made harmless.
    private static func shown(_ metadata: Logger.Metadata) -> Logger.Metadata {
        metadata.mapValues(shown)
    }

    private static func shown(_ value: Logger.MetadataValue) -> Logger.MetadataValue {
        switch value {
        case let .string(text): return .string(UntrustedText.plain(text))
        case let .stringConvertible(convertible): return .string(UntrustedText.plain(convertible.description))
        case let .dictionary(dictionary): return .dictionary(shown(dictionary))
        case let .array(array): return .array(array.map(shown))
        }
    }

    /// `provider` with every text it provides made harmless.
    private static func shown(_ provider: Logger.MetadataProvider?) -> Logger.MetadataProvider? {
        provider.map { provider in Logger.MetadataProvider { shown(provider.get()) } }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { base.metadataProvider }
        set { base.metadataProvider = Self.shown(newValue) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue.map(Self.shown) }
    }

    var metadata: Logger.Metadata {
        get { base.metadata }
        set { base.metadata = Self.shown(newValue) }
    }

    var logLevel: Logger.Level {
        get { base.logLevel }
        set { base.logLevel = newValue }
    }
}
