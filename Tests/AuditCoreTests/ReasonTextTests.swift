import AuditCore
import Testing

@Suite("A document's reason in English and Chinese")
struct ReasonTextTests {
    @Test("Reasons join as clauses are written in each language, and a text part fills a placeholder in its own language")
    func joinsAndFills() throws {
        let first = ReasonText(en: "page 2 is blank", zh: "第 2 页为空白页")
        let second = ReasonText(en: "no rule used it", zh: "未用于任何规则")
        let joined = try #require(ReasonText.joined([first, nil, second]))
        #expect(joined.en == "page 2 is blank; no rule used it" && joined.zh == "第 2 页为空白页；未用于任何规则")
        #expect(ReasonText.joined([nil]) == nil)
        let template = Bilingual(en: "{what} ({n})", zh: "{what}（{n}）")
        let filled = ReasonText(template, texts: ["what": first], values: ["n": "3"])
        #expect(filled(.en) == "page 2 is blank (3)" && filled(.zh) == "第 2 页为空白页（3）")
    }

    @Test("A report lists a document with its reason in the report's language alone; a reason without its Chinese stands for both")
    func listedInTheReportLanguage() {
        let record = DocumentRecord(path: "a.pdf", status: .unreadable, reasonText: ReasonText(en: "the PDF has no pages", zh: "PDF 没有页面"))
        #expect(record.listed(in: .zh) == DocumentRecord(path: "a.pdf", status: .unreadable, reason: "PDF 没有页面"))
        #expect(record.listed(in: .en) == DocumentRecord(path: "a.pdf", status: .unreadable, reason: "the PDF has no pages"))
        let english = DocumentRecord(path: "b.pdf", status: .rejected, reason: "path traversal")
        #expect(english.reason(in: .zh) == "path traversal" && english.listed(in: .zh) == english)
        #expect(DocumentRecord(path: "c.pdf", status: .ok).listed(in: .zh).reason == nil)
    }
}
