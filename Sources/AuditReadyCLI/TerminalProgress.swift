import AuditCore
import AuditPipeline
import Foundation
import Synchronization

/// A one-line progress bar on standard error, redrawn in place while a check runs.
///
/// It exists only when standard error is a terminal, so redirected output, pipes and logs never
/// receive it; `finish()` erases it before the report, a log message or an error is written.
/// Log messages and several checks' progress may come from other threads, so its state and
/// writes are guarded by a `Mutex`.
final class TerminalProgress: Sendable {
    /// What is on the terminal: when the bar was last drawn, its spinner's frame, whether it shows.
    private struct State {
        var lastDraw: ContinuousClock.Instant?
        var frame = 0
        var visible = false
    }

    private let state = Mutex(State())

    /// A progress display, or nil when it must not be shown (`enabled` false, standard error not a
    /// terminal, or `TERM=dumb`).
    static func make(enabled: Bool) -> TerminalProgress? {
        guard enabled, isatty(STDERR_FILENO) != 0, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        return TerminalProgress()
    }

    /// Reports a document being read; the number of documents is not known in advance.
    func reading(_ progress: PipelineProgress) {
        draw(ProgressLine(phase: "Reading", done: progress.documentsDone, total: nil, unit: "documents", detail: progress.currentPath))
    }

    /// Reports page images rendered out of `total`.
    func renderingPageImages(done: Int, total: Int) {
        draw(ProgressLine(phase: "Page images", done: done, total: total, unit: "", detail: ""), force: done == total)
    }

    /// Erases the bar; the next update draws it again.
    func finish() {
        state.withLock { state in
            guard state.visible else { return }
            write("\r\u{1B}[K")
            state.visible = false
        }
    }

    /// Draws `line`, at most about ten times a second unless `force`.
    private func draw(_ line: ProgressLine, force: Bool = false) {
        state.withLock { state in
            let now = ContinuousClock.now
            if !force, let lastDraw = state.lastDraw, now - lastDraw < .milliseconds(80) { return }
            state.lastDraw = now
            state.frame += 1
            write("\r" + line.rendered(width: Self.terminalWidth(), frame: state.frame) + "\u{1B}[K")
            state.visible = true
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Columns of the terminal on standard error, or $COLUMNS, or 80.
    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }
}

/// The text of one progress line: `Reading  [   ████     ]  12 documents  …/payroll_202605.pdf`.
///
/// The detail is an archive entry's name: it is shown through `UntrustedText.plain`, so it cannot
/// move the cursor, retitle the terminal or reverse the text around it.
struct ProgressLine {
    var phase: String
    var done: Int
    /// Nil when the amount of work is not known: the bar then shows a moving block.
    var total: Int?
    var unit: String
    var detail: String

    static let barWidth = 24

    /// The line fitted into `width` columns; `frame` moves the block of an open-ended bar.
    func rendered(width: Int, frame: Int) -> String {
        var cells = Array(repeating: "░", count: Self.barWidth)
        if let total, total > 0 {
            let filled = min(Self.barWidth, done * Self.barWidth / total)
            for index in 0..<filled { cells[index] = "█" }
        } else {
            let block = 6
            let span = Self.barWidth - block
            let position = frame % (2 * span)
            let start = position < span ? position : 2 * span - position
            for index in start..<start + block { cells[index] = "█" }
        }
        let count = total.map { "\(done)/\($0)" } ?? "\(done)"
        var line = "\(phase) [\(cells.joined())] \(count)\(unit.isEmpty ? "" : " \(unit)")"
        let room = width - 1 - Self.columns(line) - 2
        let detail = UntrustedText.plain(detail)
        if !detail.isEmpty, room > 8 { line += "  " + Self.fitted(detail, columns: room) }
        return line
    }

    /// `text` cut from the left to `columns` terminal columns, keeping the file name end.
    static func fitted(_ text: String, columns limit: Int) -> String {
        guard columns(text) > limit else { return text }
        var kept: [Character] = []
        var used = 1  // the ellipsis
        for character in text.reversed() {
            let width = columns(String(character))
            guard used + width <= limit else { break }
            kept.append(character)
            used += width
        }
        return "…" + String(kept.reversed())
    }

    /// Terminal columns of `text`: East Asian wide characters take two.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x0300...0x036F: return total
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD: return total + 2
            default: return total + 1
            }
        }
    }
}
