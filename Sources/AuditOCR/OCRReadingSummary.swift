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
    var notes: [ReasonText] {
        var notes: [ReasonText] = []
        let blank = pages.filter { $0.verdict == .blank }.map(\.page.number)
        if !blank.isEmpty {
            notes.append(ReasonText((blank.count == 1 ? OCRReason.pageIsBlank : .pagesAreBlank).text, texts: ["pages": Self.pages(blank)]))
        }
        let noText = pages.filter { $0.verdict == .noText }.map(\.page.number)
        if !noText.isEmpty {
            notes.append(ReasonText((noText.count == 1 ? OCRReason.noTextOnPage : .noTextOnPages).text, texts: ["pages": Self.pages(noText)]))
        }
        for read in pages {
            if case let .failed(reason) = read.verdict { notes.append(ReasonText(OCRReason.pageUnreadable.text, texts: ["reason": LibraryMessage.text(reason)], values: ["number": "\(read.page.number)"])) }
        }
        let lowPages = pages.filter(isLowConfidence).map(\.page.number)
        if !lowPages.isEmpty {
            let percent = Int((lowConfidenceThreshold * 100).rounded())
            notes.append(ReasonText((lowPages.count == 1 ? OCRReason.lowConfidenceOnPage : .lowConfidenceOnPages).text,
                                    texts: ["pages": Self.pages(lowPages)], values: ["percent": "\(percent)"]))
        }
        return notes
    }

    var reason: ReasonText? { ReasonText.joined(notes) }

    private func isLowConfidence(_ read: OCRReadPage) -> Bool {
        let words = read.page.words.compactMap(\.confidence)
        guard !words.isEmpty else { return false }
        let low = words.filter { $0 < lowConfidenceThreshold }.count
        return Double(low) >= Self.lowConfidenceShare * Double(words.count)
    }

    /// "page 3" or "pages 2, 3 and 5".
    static func pages(_ numbers: [Int]) -> ReasonText {
        guard numbers.count > 1 else { return OCRReason.page(["number": "\(numbers.first ?? 0)"]) }
        let list = numbers.map(String.init)
        return ReasonText(en: OCRReason.pages.text(.en, ["numbers": list.dropLast().joined(separator: ", "), "last": list.last!]),
                          zh: OCRReason.pages.text(.zh, ["numbers": list.dropLast().joined(separator: "、"), "last": list.last!]))
    }
}
