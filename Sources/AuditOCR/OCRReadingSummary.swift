import AuditCore

/// One page OCR read, as extracted, with what it amounts to.
struct OCRReadPage {
    var page: ExtractedPage
    var verdict: OCRPageVerdict
}

/// Sums up the pages of one document that OCR read: their confidence, and a reason a person can
/// act on naming the pages without text and the pages read with low confidence.
struct OCRReadingSummary {
    var pages: [OCRReadPage]
    var lowConfidenceThreshold: Double

    /// Pages where at least this share of words is below the threshold are named in the reason.
    static let lowConfidenceShare = 0.25

    /// Mean confidence 0...1 over every word kept from OCR; nil when none was.
    var meanConfidence: Double? {
        let confidences = pages.flatMap(\.page.words).compactMap(\.confidence)
        return confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count)
    }

    var hasText: Bool { pages.contains { $0.verdict == .text } }

    /// True when every page failed to be made or read (not merely blank).
    var allFailed: Bool {
        !pages.isEmpty && pages.allSatisfy { if case .failed = $0.verdict { return true } else { return false } }
    }

    /// The notes worth a reader's attention, in page order within each kind.
    var notes: [String] {
        var notes: [String] = []
        let blank = pages.filter { $0.verdict == .blank }.map(\.page.number)
        if !blank.isEmpty {
            notes.append("\(Self.pages(blank)) \(blank.count == 1 ? "is" : "are") blank")
        }
        let noText = pages.filter { $0.verdict == .noText }.map(\.page.number)
        if !noText.isEmpty {
            notes.append("no text found on \(Self.pages(noText)) (\(noText.count == 1 ? "a photo" : "photos")?)")
        }
        for read in pages {
            if case let .failed(reason) = read.verdict { notes.append("page \(read.page.number) could not be read: \(reason)") }
        }
        let lowPages = pages.filter(isLowConfidence).map(\.page.number)
        if !lowPages.isEmpty {
            let percent = Int((lowConfidenceThreshold * 100).rounded())
            notes.append("OCR confidence is low on \(Self.pages(lowPages)) (a quarter or more of the words below \(percent)%): check values from \(lowPages.count == 1 ? "it" : "them") against the original, or rescan at 300 dpi")
        }
        return notes
    }

    var reason: String? { notes.isEmpty ? nil : notes.joined(separator: "; ") }

    private func isLowConfidence(_ read: OCRReadPage) -> Bool {
        let words = read.page.words.compactMap(\.confidence)
        guard !words.isEmpty else { return false }
        let low = words.filter { $0 < lowConfidenceThreshold }.count
        return Double(low) >= Self.lowConfidenceShare * Double(words.count)
    }

    /// "page 3" or "pages 2, 3 and 5".
    static func pages(_ numbers: [Int]) -> String {
        guard numbers.count > 1 else { return "page \(numbers.first ?? 0)" }
        let list = numbers.map(String.init)
        return "pages " + list.dropLast().joined(separator: ", ") + " and " + list.last!
    }
}
