import FuzzSupport

/// Word boxes as a PDF page gives them, made from the bytes (six bytes a word: x, y, width,
/// height, a text chosen from those tables hold, and a confidence), then tables built from their
/// geometry and read every way: column rebuilding, header matching, the record readers.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let texts = ["Emp ID", "Name", "姓名", "工号", "Date", "日期", "In", "Out", "08:00", "17:30", "23:59", "Hours", "8", "11.5",
                 "Base", "Overtime", "Net", "3,200.00", "¥2,150", "HX0062", "E001", "2026-07-01", "07/01/2026", "Total", "合计",
                 "李娜", "Ren Yuting", "-", "", "休", "√", "Month", "2026-07"]
    var words: [Word] = []
    var offset = 0
    while offset + 6 <= size {
        let x = Double(data[offset]) * 2.4, y = Double(data[offset + 1]) * 3.3
        let width = Double(data[offset + 2] % 64) + 1, height = Double(data[offset + 3] % 16) + 1
        words.append(Word(text: texts[Int(data[offset + 4]) % texts.count], box: BoundingBox(x0: x, y0: y, x1: x + width, y1: y + height),
                          confidence: data[offset + 5] > 200 ? nil : Double(data[offset + 5]) / 2))
        offset += 6
    }
    let page = ExtractedPage(number: 1, width: 612, height: 842, words: words)
    let document = ExtractedDocument(path: "payroll.pdf", textSource: .pdfText, pages: [page])
    DocumentReading.readEveryWay(ExtractionOutcome(status: .ok, document: document))
    return 0
}
