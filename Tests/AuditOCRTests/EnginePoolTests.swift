@testable import AuditOCR
import AuditCore
import Foundation
import Testing

@Suite("The engine pool")
struct EnginePoolTests {
    @Test("The pool returns pages in the order they were given, whichever worker finishes first")
    func order() {
        // Long pages first, so a later short page finishes before an earlier long one.
        let texts = ["Alpha Bravo Charlie Delta", "Echo", "Foxtrot Golf Hotel", "India"]
        let images = texts.enumerated().map { index, text in
            DrawnPage(lines: Array(repeating: text, count: index % 2 == 0 ? 6 : 1), width: 1200, height: index % 2 == 0 ? 900 : 200).grey()
        }
        let results = TestPool.shared.recognize(images)
        #expect(results.count == 4)
        #expect(results.map { $0.words.first?.text } == ["Alpha", "Echo", "Foxtrot", "India"])
    }

    @Test("A page that cannot be made fails alone, with its reason, and the others are read")
    func failedPage() {
        let page = DrawnPage(lines: ["Roster"], width: 600, height: 200).grey()
        let results = TestPool.shared.recognize(count: 3) { index in
            index == 1 ? .failure(PageImageError(message: "poppler cannot open the page")) : .success(page)
        }
        #expect(results.map { $0.words.first?.text } == ["Roster", nil, "Roster"])
        #expect(results[1].failure == "poppler cannot open the page")
    }

    @Test("OCR threads run OpenMP regions on one thread even without OMP_THREAD_LIMIT")
    func openMPConfined() async {
        let levels = await withCheckedContinuation { (continuation: CheckedContinuation<Int?, Never>) in
            let thread = Thread {
                OpenMPThreadConfinement.confineCurrentThread()
                continuation.resume(returning: OpenMPThreadConfinement.currentMaxActiveLevels())
            }
            thread.start()
        }
        #expect(levels == 0)
    }

    @Test("A configuration naming a language that is not installed is refused with the package to install")
    func missingLanguage() {
        let configuration = OCRConfiguration(languages: ["eng", "kor"])
        #expect(throws: OCRSetupError.missingLanguage("kor", tessdataPath: OCRConfiguration.debianTessdataPath)) {
            try OCREnginePool(configuration: configuration)
        }
        #expect(OCRSetupError.missingLanguage("chi_sim", tessdataPath: "/x").description.contains("install tesseract-ocr-chi-sim"))
        #expect(OCRConfiguration.languages(from: "eng+chi_sim") == ["eng", "chi_sim"])
    }
}
