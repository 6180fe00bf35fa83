import AuditCore
import Testing

@Suite("Libraries' English messages quoted in reasons, and their Chinese")
struct LibraryMessageTests {
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The entry's pattern with each placeholder filled with `42`.
    static func sample(_ entry: LibraryMessage) -> String {
        Bilingual.fill(entry.pattern, Dictionary(uniqueKeysWithValues: Bilingual.placeholders(in: entry.pattern).map { ($0, "42") }))
    }

    @Test("Every known message has a Chinese text using only the placeholders of its English", arguments: LibraryMessage.known)
    func entryHasChinese(_ entry: LibraryMessage) {
        #expect(Self.hasChinese(entry.zh), "\(entry.pattern) is not translated: \(entry.zh)")
        #expect(Set(Bilingual.placeholders(in: entry.zh)).isSubset(of: Bilingual.placeholders(in: entry.pattern)),
                "\(entry.pattern) | \(entry.zh)")
        #expect(!entry.zh.contains("程序库原文"))
    }

    @Test("Every known message is read as itself: no entry before it in the table takes its text", arguments: LibraryMessage.known)
    func entryIsReachable(_ entry: LibraryMessage) {
        let sample = Self.sample(entry)
        let first = LibraryMessage.known.first { $0.match(sample) != nil }
        #expect(first == entry, "\(sample) is read by \(first?.pattern ?? "no entry")")
    }

    @Test("The messages poppler, libarchive and the workbook reader gave for a damaged PDF, a broken xlsx and a zip cut short are in Chinese",
          arguments: [
              ("PDF document is damaged", "PDF 文档已损坏"),
              ("the zip is truncated or corrupt: Truncated ZIP file header", "zip 不完整或已损坏：ZIP 文件头不完整"),
              ("ZIP decompression failed (-5)", "ZIP 数据解压失败，错误码 -5"),
              ("Truncated input file (needed 512 bytes, only 3 available)", "输入文件不完整（需要 512 字节，只有 3 字节）"),
              ("xl/worksheets/sheet1.xml is truncated or corrupt: Damaged Zip archive", "xl/worksheets/sheet1.xml 不完整或已损坏：ZIP 压缩包已损坏"),
              ("FreeXL error -27", "FreeXL 错误码 -27"),
          ])
    func knownMessages(message: String, chinese: String) {
        let text = LibraryMessage.text(message)
        #expect(text.en == message)
        #expect(text.zh == chinese)
    }

    @Test("A message not in the table is said in Chinese to be the library's, quoted after 程序库原文, and kept as written in English")
    func unknownMessage() {
        let text = LibraryMessage.text("Frobnicator exploded at offset 12")
        #expect(text.en == "Frobnicator exploded at offset 12")
        #expect(text.zh == "程序库报告了错误，程序库原文：Frobnicator exploded at offset 12")
        // A known wrapper around an unknown message translates the wrapper and quotes the rest.
        #expect(LibraryMessage.text("it is not a readable zip: Frobnicator exploded").zh == "它不是可读取的 zip：程序库报告了错误，程序库原文：Frobnicator exploded")
    }

    @Test("A reason quoting a message is byte-identical in English and has the message's Chinese in Chinese")
    func inReason() {
        let template = Bilingual(en: "not a readable PDF ({message}): export it again", zh: "不是可读取的 PDF（{message}）：请重新导出")
        let reason = ReasonText(template, texts: ["message": LibraryMessage.text("PDF document is damaged")])
        #expect(reason.en == "not a readable PDF (PDF document is damaged): export it again")
        #expect(reason.zh == "不是可读取的 PDF（PDF 文档已损坏）：请重新导出")
    }
}
