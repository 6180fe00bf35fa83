import AuditCore
@testable import AuditEvidence
import AuditLayout
import AuditFields
import Testing

/// A one-page document of `lines`, read by OCR or from a text layer.
private func facts(_ lines: [[Word]], source: TextSource = .ocr, type: DocumentType = .businessLicense) -> DocumentFacts {
    let document = ExtractedDocument(path: "licence.png", textSource: source, pages: [page(1, lines)])
    return EvidenceReader().read(DocumentLayout(document), type: type, tables: []).documents[0]
}

@Suite("Facts read from scanned licences and certificates")
struct ScannedFactsTests {
    @Test("A validity term that OCR cut into cells is read whole: both its dates, up to the next label")
    func termAcrossCells() {
        let read = facts([line([("营业期限:", 40), ("2015/1/1", 200), ("至 2044/12/31", 300), ("类型:", 420), ("有限公司", 460)], y: 100)])
        #expect(read.validFrom?.value == CivilDate(year: 2015, month: 1, day: 1))
        #expect(read.validUntil?.value == CivilDate(year: 2044, month: 12, day: 31))
    }

    @Test("A speck's colon between a scanned date's day and month (Valid Until: 3:Aug 2026) is read past; a labelled date that still reads as none is said as a problem, an open end is not")
    func labelledDatesOnScans() {
        func read(_ text: String) -> (facts: DocumentFacts, problems: [ReadProblem]) {
            let lines = [line([("Company Name: Guangzhou Taiyu Toys Co., Ltd.", 40)], y: 100), line([(text, 40)], y: 124)]
            let model = EvidenceReader().read(DocumentLayout(ExtractedDocument(path: "fire.png", textSource: .ocr, pages: [page(1, lines)])),
                                              type: .fireCertificate, tables: [])
            return (model.documents[0], model.problems)
        }
        let speck = read("Valid Until: 3:Aug 2026")
        #expect(speck.facts.validUntil?.value == CivilDate(year: 2026, month: 8, day: 3))
        #expect(speck.problems.isEmpty)
        let garbled = read("Valid Until: 3 Agu 20z6")
        #expect(garbled.facts.validUntil == nil)
        #expect(garbled.problems.map(\.reason) == ["'3 Agu 20z6' after a date's label could not be read as a date, so it was not checked"])
        #expect(read("营业期限：长期").problems.isEmpty)
        #expect(read("Valid Until: 2026-08-03").problems.isEmpty)
    }

    @Test("A labelled credit code that OCR made into no code (a doubled last character: 91110112222667943XxX) is said as a problem, not passed over; a code that reads raises none")
    func unreadableCodeSaid() {
        func read(_ code: String) -> (facts: DocumentFacts, problems: [ReadProblem]) {
            let lines = [line([("Unified Social Credit Code: \(code)", 40)], y: 100), line([("Company Name: Beijing Hongrui Toys Co., Ltd.", 40)], y: 124),
                         line([("Business Term: Long-term", 40)], y: 148)]
            let model = EvidenceReader().read(DocumentLayout(ExtractedDocument(path: "licence.png", textSource: .ocr, pages: [page(1, lines)])),
                                              type: .businessLicense, tables: [])
            return (model.documents[0], model.problems)
        }
        let misread = read("91110112222667943XxX")
        #expect(misread.facts.registrationCode == nil)
        #expect(misread.problems.map(\.reason) == [
            "'91110112222667943XxX' after the credit code's label is neither an 18-character unified social credit code nor a 15-digit registration number, so the code was not checked",
        ])
        #expect(misread.problems.first?.chineseReason.contains("未予核验") == true)
        let good = read("91310000570770808H")
        #expect(good.facts.registrationCode?.value == "91310000570770808H")
        #expect(good.problems.isEmpty)
        // A wrong check character is read as printed, for the credit-code rule to judge.
        #expect(read("91110112222667943X").facts.registrationCode?.value == "91110112222667943X")
    }

    @Test("A licence, fire certificate or ISO certificate on which no validity date or term could be read says so, as its expiry went unchecked; an open-ended term, a date and a social-audit report say nothing")
    func validityNotFoundSaid() {
        func problems(_ type: DocumentType, _ texts: [String]) -> [String] {
            let lines = texts.enumerated().map { line([($1, 40)], y: 100 + 24 * Double($0)) }
            return EvidenceReader().read(DocumentLayout(ExtractedDocument(path: "scan.png", textSource: .ocr, pages: [page(1, lines)])),
                                         type: type, tables: []).problems.map(\.reason)
        }
        let licence = ["统一社会信用代码: 91310000570770808H", "名称: 环平保险经纪(上海)有限公司"]
        #expect(problems(.businessLicense, licence) == [
            "no validity date or term (valid until, 有效期至, 营业期限, 长期) could be read on this document, so whether it has expired was not checked",
        ])
        #expect(problems(.businessLicense, licence + ["营业期限: 长期"]).isEmpty)
        #expect(problems(.businessLicense, licence + ["营业期限: 2011年03月14日 至 2031年03月13日"]).isEmpty)
        #expect(problems(.fireCertificate, ["Company Name: Guangzhou Taiyu Toys Co., Ltd."]).count == 1)
        #expect(problems(.certificate, ["ISO 9001:2015", "Certificate No.: 12345Q"]).count == 1)
        #expect(problems(.certificate, ["amfori BSCI Audit Report", "Audit Date: 2026-03-02", "Rating: B"]).isEmpty)
        #expect(problems(.roster, ["工号 姓名"]).isEmpty)
    }

    @Test("A credit code printed on the line below its bare label (the 2016 licence design) is the licence's code; one whose check character fails is not taken from a scan")
    func codeBelowLabel() {
        let read = facts([line([("统一社会信用代码", 40)], y: 100), line([("91310000570770808H", 40)], y: 124)])
        #expect(read.registrationCode?.value == "91310000570770808H")
        let misread = facts([line([("统一社会信用代码", 40)], y: 100), line([("91310000570770808A", 40)], y: 124)])
        #expect(misread.registrationCode == nil)
        // Only on a business licence, and only a code whose check character holds, even from a text layer.
        #expect(facts([line([("统一社会信用代码", 40)], y: 100), line([("91310000570770808H", 40)], y: 124)], type: .certificate).registrationCode == nil)
        #expect(facts([line([("统一社会信用代码", 40)], y: 100), line([("110105194912310021", 40)], y: 124)], source: .pdfText).registrationCode == nil)
        // A label with its own value keeps it; the line below is another's.
        let inline = facts([line([("统一社会信用代码: 91440300MA5DC7Y29A", 40)], y: 100), line([("91310000570770808H", 40)], y: 124)])
        #expect(inline.registrationCode?.value != "91310000570770808H")
    }

    @Test("A Chinese label that OCR cut between two cells is still a label")
    func labelAcrossCells() {
        let read = facts([line([("营业期", 40), ("限: 2007.08.25 至长期", 80)], y: 100)])
        #expect(read.validFrom?.value == CivilDate(year: 2007, month: 8, day: 25))
        #expect(read.openEnded != nil)
        // Read from a text layer, two cells are two cells.
        #expect(facts([line([("营业期", 40), ("限: 2007.08.25 至长期", 80)], y: 100)], source: .pdfText).openEnded == nil)
    }

    @Test("An open-ended term whose 期 OCR read as only one of its halves (长其, 长 月) is still open-ended, its start never taken for its end")
    func splitLongTerm() {
        for misread in ["至长其", "至 长 月", "至長其"] {
            let read = facts([line([("营业期限:", 40), ("2007.08.25 \(misread)", 200)], y: 100)])
            #expect(read.openEnded != nil, "\(misread)")
            #expect(read.validFrom?.value == CivilDate(year: 2007, month: 8, day: 25), "\(misread)")
            #expect(read.validUntil == nil, "\(misread): the start date is not the end")
        }
        #expect(facts([line([("营业期限:", 40), ("2007.08.25 至 2027.08.24", 200)], y: 100)]).openEnded == nil)
    }

    @Test("A term read as a start date and 至 with no end is the start of a term whose end is reported unreadable, not its end")
    func termWithoutEnd() {
        for source in [TextSource.ocr, .pdfText] {
            for text in ["2007.08.25 至", "2007年08月25日 至", "1 Mar 2021 to"] {
                let document = ExtractedDocument(path: "licence.png", textSource: source,
                                                 pages: [page(1, [line([("营业期限:", 40), (text, 200)], y: 100)])])
                let model = EvidenceReader().read(DocumentLayout(document), type: .businessLicense, tables: [])
                let read = model.documents[0]
                #expect(read.validFrom != nil && read.validUntil == nil, "\(source) \(text)")
                #expect(model.problems.contains { $0.reason.contains("term's end") }, "\(source) \(text)")
            }
        }
        let single = facts([line([("营业期限:", 40), ("至 2027.08.24", 200)], y: 100)])
        #expect(single.validUntil?.value == CivilDate(year: 2027, month: 8, day: 24))
    }

    @Test("A label glyph OCR boxed lower than its line (the 期 of 营业期限) is put back into the label, not left on a line of its own")
    func droppedGlyph() {
        func ocr(_ text: String, _ x0: Double, _ x1: Double, _ y0: Double) -> Word {
            Word(text: text, box: BoundingBox(x0: x0, y0: y0, x1: x1, y1: y0 + 10), confidence: 0.9)
        }
        // As Tesseract boxed it on a generated scan (a speck in the gap, low in the line), and a
        // whole glyph set half a line lower.
        let speck = Word(text: "期", box: BoundingBox(x0: 55.9, y0: 100.2, x1: 56.1, y1: 100.9), confidence: 0.92)
        for dropped in [speck, ocr("期", 52.5, 59.5, 97.5)] {
            let words = [ocr("营业", 40, 52, 92), dropped, ocr("限:", 60, 72, 92),
                         ocr("2001-06-25", 80, 140, 92), ocr("至", 146, 152, 92), ocr("2026-06-24", 158, 218, 92),
                         ocr("经营范围:", 40, 70, 118), ocr("garments", 80, 128, 118)]
            let document = ExtractedDocument(path: "licence.pdf", textSource: .ocr, pages: [ExtractedPage(number: 1, width: 595, height: 842, words: words)])
            let read = EvidenceReader().read(DocumentLayout(document), type: .businessLicense, tables: []).documents[0]
            #expect(read.validFrom?.value == CivilDate(year: 2001, month: 6, day: 25), "\(dropped.box)")
            #expect(read.validUntil?.value == CivilDate(year: 2026, month: 6, day: 24), "\(dropped.box)")
        }
        // A word on a line of its own under a gap, not overlapping the line above, stays there.
        let page = ExtractedPage(number: 1, width: 595, height: 842, words: [ocr("营业", 40, 52, 92), ocr("限", 60, 66, 92), ocr("期", 52.5, 59.5, 103)])
        let lines = DocumentLayout(ExtractedDocument(path: "licence.pdf", textSource: .ocr, pages: [page])).lines
        #expect(lines.count == 2)
    }

    @Test("Cells of OCR punctuation between a label and its value are passed over")
    func punctuationCells() {
        let read = facts([line([("Valid Until:", 40), ("|", 200), ("_", 240), ("2027.04.21", 300)], y: 100)], type: .fireCertificate)
        #expect(read.validUntil?.value == CivilDate(year: 2027, month: 4, day: 21))
    }

    @Test("A text layer's cells stay the document's own columns: only the next cell is a label's value")
    func textLayerCells() {
        let read = facts([line([("Company Name:", 40), ("Shenzhen Jiayu Garment Co., Ltd.", 200), ("Page 1", 480)], y: 100)], source: .pdfText)
        #expect(read.companyName?.value == "Shenzhen Jiayu Garment Co., Ltd.")
    }

    @Test("A label whose colon was read as a semicolon still gives its value alone")
    func semicolonAfterLabel() {
        let read = facts([line([("Company Name; Guangzhou Tianmei Electronics Co., Ltd.", 40)], y: 100)], source: .pdfText)
        #expect(read.companyName?.value == "Guangzhou Tianmei Electronics Co., Ltd.")
    }

    @Test("OCR's misread punctuation of Co., Ltd., stray marks before a name and a capital J read small are put right")
    func companyNameRepairs() {
        let cases = [
            ("Beijing Shunsheng Toys Cov Ltd.", "Beijing Shunsheng Toys Co., Ltd."),
            ("Beijing Chengtai Textile Co。 Ltd.", "Beijing Chengtai Textile Co., Ltd."),
            ("Shenzhen jinbao Footwear Co., Ltd:", "Shenzhen Jinbao Footwear Co., Ltd."),
            ("Guangzhou Xinfeng Packaging Co., Ltd,,", "Guangzhou Xinfeng Packaging Co., Ltd."),
            ("Shanghai Xinghong Toys Co., Ltd，.", "Shanghai Xinghong Toys Co., Ltd."),
            ("‘Guangzhou Hengli Electronics Co., Ltd.", "Guangzhou Hengli Electronics Co., Ltd."),
        ]
        for (read, printed) in cases {
            #expect(facts([line([("名称:", 40), (read, 200)], y: 100)]).companyName?.value == printed, "\(read)")
        }
    }

    @Test("Names printed in a usual form are left as they are, and a text layer's names are never changed")
    func companyNamesKept() {
        for name in ["Dongguan Huarong Garment Co.,Ltd.", "Dongguan Huarong Garment Co. Ltd", "DONGGUAN HUARONG GARMENT CO., LTD.",
                     "Dongguan Huarong Garment Company Limited", "Hengbao (Dongguan) Hardware Co., Ltd.", "jeans and more Co., Ltd."] {
            #expect(OCRValueRepair.companyName(name) == name, "\(name)")
        }
        let read = facts([line([("名称:", 40), ("Beijing Shunsheng Toys Cov Ltd.", 200)], y: 100)], source: .pdfText)
        #expect(read.companyName?.value == "Beijing Shunsheng Toys Cov Ltd.")
    }

    @Test("A credit code with a character OCR misread is restored when its check character then computes, and only then")
    func registrationCodeRepairs() {
        // 91440309272536378J is valid; OCR read its J as ")" and a 0 of the region as "O".
        #expect(SocialCreditCode.isValid("91440309272536378J"))
        #expect(OCRValueRepair.registrationCode(in: "91440309272536378)") == "91440309272536378J")
        #expect(OCRValueRepair.registrationCode(in: "Code: 9144O309272536378J") == "91440309272536378J")
        // A code printed with a wrong check character is read as printed: the finding stands.
        #expect(OCRValueRepair.registrationCode(in: "91440309272536378K") == nil)
        let wrong = facts([line([("统一社会信用代码:", 40), ("91440309272536378K", 200)], y: 100)])
        #expect(wrong.registrationCode?.value == "91440309272536378K")
        let repaired = facts([line([("统一社会信用代码:", 40), ("91440309272536378)", 200)], y: 100)])
        #expect(repaired.registrationCode?.value == "91440309272536378J")
    }

    @Test("OCR'd dates with a space beside a separator are read, and a range's spaced dash still separates two dates")
    func spacedDates() {
        #expect(OCRValueRepair.dateText("2014-04- 03 至 2044-04-02") == "2014-04-03 至 2044-04-02")
        #expect(OCRValueRepair.dateText("2009. 05.13") == "2009.05.13")
        #expect(OCRValueRepair.dateText("2004 年 2 月 17 日") == "2004年2月17日")
        #expect(OCRValueRepair.dateText("2021-03-01 - 2024-02-28") == "2021-03-01 - 2024-02-28")
        let read = facts([line([("营业期限:", 40), ("2014-04- 03 至 2044-04- 02", 200)], y: 100)])
        #expect(read.validFrom?.value == CivilDate(year: 2014, month: 4, day: 3))
        #expect(read.validUntil?.value == CivilDate(year: 2044, month: 4, day: 2))
    }
}
