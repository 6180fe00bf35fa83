/// A message a library (poppler, libarchive, FreeXL, Tesseract, leptonica, cairo, the C library)
/// or one of AuditReady's own readers writes in English and hands on as text, with what it means
/// in Chinese.
///
/// A reason quotes such a message as it was written: the English is what a developer needs in a
/// bug report, and an English report shows it unchanged. A Chinese report shows the Chinese of a
/// message in `known` instead, and for any other message says that the library reported an
/// error, quoting it after `程序库原文：`.
///
/// A pattern is the message as written, with `{name}` standing for any text (a number, a file
/// name, another message). The Chinese uses the same names; a `{message}` is itself a message and
/// is put in Chinese the same way, any other value is quoted as it is.
public struct LibraryMessage: Sendable, Hashable {
    /// The English as the library writes it, `{name}` for a varying part.
    public let pattern: String
    /// What it means in Chinese.
    public let zh: String

    public init(_ pattern: String, zh: String) {
        self.pattern = pattern
        self.zh = zh
    }

    /// The Chinese of a message no entry of `known` matches.
    public static let unknown = Bilingual(en: "{message}", zh: "程序库报告了错误，程序库原文：{message}")

    /// `message` in both languages: the English as written, the Chinese from `known`, or the
    /// `unknown` text quoting it.
    public static func text(_ message: String) -> ReasonText {
        ReasonText(en: message, zh: chinese(message))
    }

    /// The Chinese of `message`.
    public static func chinese(_ message: String) -> String {
        let trimmed = message.trimmingSpace
        for entry in known {
            if var values = entry.match(trimmed) {
                if let inner = values["message"] { values["message"] = chinese(inner) }
                return Bilingual.fill(entry.zh, values)
            }
        }
        return unknown(.zh, ["message": message])
    }

    /// The values of the pattern's placeholders when `message` is this entry's message, else nil.
    public func match(_ message: String) -> [String: String]? {
        var values: [String: String] = [:]
        return Self.match(Self.tokens(of: pattern)[...], message[...], &values) ? values : nil
    }

    private enum Token: Equatable {
        case literal(String)
        case slot(String)
    }

    private static func tokens(of pattern: String) -> [Token] {
        var tokens: [Token] = []
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { tokens.append(.literal(String(rest[..<open]))) }
            tokens.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { tokens.append(.literal(String(rest))) }
        return tokens
    }

    /// Whether `text` is `tokens` in full; a slot takes the shortest text that lets the rest match.
    private static func match(_ tokens: ArraySlice<Token>, _ text: Substring, _ values: inout [String: String]) -> Bool {
        guard let first = tokens.first else { return text.isEmpty }
        switch first {
        case let .literal(literal):
            guard text.hasPrefix(literal) else { return false }
            return match(tokens.dropFirst(), text.dropFirst(literal.count), &values)
        case let .slot(name):
            guard !text.isEmpty else { return false }
            if tokens.count == 1 {
                values[name] = String(text)
                return true
            }
            var end = text.index(after: text.startIndex)
            while true {
                var attempt = values
                if match(tokens.dropFirst(), text[end...], &attempt) {
                    attempt[name] = String(text[..<end])
                    values = attempt
                    return true
                }
                guard end < text.endIndex else { return false }
                end = text.index(after: end)
            }
        }
    }
}

private extension String {
    var trimmingSpace: String {
        var text = self[...]
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}

extension LibraryMessage {
    /// Every message whose meaning a Chinese report gives, most specific first.
    public static let known: [LibraryMessage] = poppler + libarchive + workbook + ocr + system + general

    /// poppler-glib, opening a PDF (`PDFOpenFailure.message`).
    static let poppler: [LibraryMessage] = [
        LibraryMessage("PDF document is damaged", zh: "PDF 文档已损坏"),
        LibraryMessage("Failed to load document", zh: "无法载入文档"),
        LibraryMessage("Failed to read the document catalog", zh: "无法读取文档目录"),
        LibraryMessage("Failed to open the PDF file", zh: "无法打开 PDF 文件"),
        LibraryMessage("Document is encrypted", zh: "文档已加密"),
    ]

    /// libarchive, reading an archive or an XLSX package.
    static let libarchive: [LibraryMessage] = [
        LibraryMessage("Unrecognized archive format", zh: "无法识别的压缩包格式"),
        LibraryMessage("Input requires too many filters for decoding", zh: "解码需要的压缩层数过多"),
        LibraryMessage("Truncated input file (needed {needed} bytes, only {available} available)",
                       zh: "输入文件不完整（需要 {needed} 字节，只有 {available} 字节）"),
        LibraryMessage("Truncated input file", zh: "输入文件不完整"),
        LibraryMessage("Truncated ZIP file header", zh: "ZIP 文件头不完整"),
        LibraryMessage("Truncated ZIP file data", zh: "ZIP 文件数据不完整"),
        LibraryMessage("Truncated ZIP file body", zh: "ZIP 文件内容不完整"),
        LibraryMessage("Truncated ZIP end-of-file record", zh: "ZIP 文件结尾记录不完整"),
        LibraryMessage("Truncated Zip file", zh: "ZIP 文件不完整"),
        LibraryMessage("Truncated Zip encrypted body: only {count} bytes available", zh: "ZIP 加密内容不完整：只有 {count} 字节"),
        LibraryMessage("Corrupted ZIP file data", zh: "ZIP 文件数据已损坏"),
        LibraryMessage("Damaged Zip archive", zh: "ZIP 压缩包已损坏"),
        LibraryMessage("Invalid central directory signature", zh: "ZIP 中央目录签名无效"),
        LibraryMessage("Incorrect file header signature", zh: "文件头签名不正确"),
        LibraryMessage("Invalid ZIP compression type", zh: "ZIP 压缩类型无效"),
        LibraryMessage("Unsupported ZIP compression method ({method})", zh: "不支持的 ZIP 压缩方法，{method}"),
        LibraryMessage("ZIP bad CRC: {actual} should be {expected}", zh: "ZIP 校验和（CRC）错误：{actual}，应为 {expected}"),
        LibraryMessage("ZIP decompression failed ({code})", zh: "ZIP 数据解压失败，错误码 {code}"),
        LibraryMessage("Deflate decompression failed ({code})", zh: "Deflate 数据解压失败，错误码 {code}"),
        LibraryMessage("{format} decompression failed({code})", zh: "{format} 数据解压失败，错误码 {code}"),
        LibraryMessage("{format} decompression failed ({code})", zh: "{format} 数据解压失败，错误码 {code}"),
        LibraryMessage("Decompression failed({code})", zh: "数据解压失败，错误码 {code}"),
        LibraryMessage("Invalid compressed data", zh: "压缩数据无效"),
        LibraryMessage("Damaged tar archive", zh: "tar 压缩包已损坏"),
        LibraryMessage("Truncated tar archive", zh: "tar 压缩包不完整"),
        LibraryMessage("Damaged 7-Zip archive", zh: "7-Zip 压缩包已损坏"),
        LibraryMessage("Truncated 7-Zip archive", zh: "7-Zip 压缩包不完整"),
        LibraryMessage("Truncated 7-Zip file data", zh: "7-Zip 文件数据不完整"),
        LibraryMessage("Truncated 7-Zip file body", zh: "7-Zip 文件内容不完整"),
        LibraryMessage("Truncated 7z file data", zh: "7z 文件数据不完整"),
        LibraryMessage("Bad RAR file", zh: "RAR 文件已损坏"),
        LibraryMessage("Bad RAR file data", zh: "RAR 文件数据已损坏"),
        LibraryMessage("Truncated RAR file data", zh: "RAR 文件数据不完整"),
        LibraryMessage("Invalid lzma data", zh: "lzma 数据无效"),
        LibraryMessage("Truncated lzma data", zh: "lzma 数据不完整"),
        LibraryMessage("Truncated bzip2 file body", zh: "bzip2 文件内容不完整"),
        LibraryMessage("Premature end-of-file.", zh: "文件提前结束"),
        LibraryMessage("Encryption is not supported", zh: "不支持加密"),
        LibraryMessage("Encryption needs passphrase", zh: "加密内容需要密码"),
        LibraryMessage("Passphrase required for this entry", zh: "此条目需要密码"),
        LibraryMessage("Incorrect passphrase", zh: "密码不正确"),
        LibraryMessage("Too many incorrect passphrases", zh: "密码错误次数过多"),
        LibraryMessage("The {what} is encrypted, but currently not supported", zh: "{what} 已加密，目前不支持"),
        LibraryMessage("libarchive could not allocate a reader (out of memory?)", zh: "libarchive 无法分配读取器（内存不足？）"),
        LibraryMessage("libarchive could not allocate a reader", zh: "libarchive 无法分配读取器"),
        LibraryMessage("unknown zip error", zh: "未知的 zip 错误"),
    ]

    /// The workbook readers' own details (`WorkbookProblem`), some quoting libarchive or FreeXL.
    static let workbook: [LibraryMessage] = [
        LibraryMessage("the file is empty", zh: "文件为空"),
        LibraryMessage("it is not a zip package, which every .xlsx is", zh: "它不是 zip 包，而每个 .xlsx 文件都是 zip 包"),
        LibraryMessage("it is not an Excel 97-2003 compound file", zh: "它不是 Excel 97-2003 复合文档"),
        LibraryMessage("it is not a readable zip: {message}", zh: "它不是可读取的 zip：{message}"),
        LibraryMessage("the zip is truncated or corrupt: {message}", zh: "zip 不完整或已损坏：{message}"),
        LibraryMessage("{part} is truncated or corrupt: {message}", zh: "{part} 不完整或已损坏：{message}"),
        LibraryMessage("{part} is not well-formed XML (parser error {code})", zh: "{part} 不是格式正确的 XML，解析错误码 {code}"),
        LibraryMessage("a cell refers to shared string {index}, which the workbook does not have",
                       zh: "某个单元格引用了第 {index} 个共享字符串，而电子表格中没有该字符串"),
        LibraryMessage("the part of sheet “{sheet}” ({part}) is missing", zh: "工作表“{sheet}”的部件 {part} 缺失"),
        LibraryMessage("it has no workbook part ({part}), so it is not an Excel workbook", zh: "它没有工作簿部件 {part}，因此不是 Excel 电子表格"),
        LibraryMessage("sheet {number} cannot be selected", zh: "无法选中第 {number} 个工作表"),
        LibraryMessage("the size of sheet {number} cannot be read", zh: "无法读取第 {number} 个工作表的大小"),
        LibraryMessage("its records could not be parsed", zh: "其记录无法解析"),
        LibraryMessage("its compound-file header is broken", zh: "其复合文档文件头已损坏"),
        LibraryMessage("it is truncated or its sectors are corrupt", zh: "文件不完整或其扇区已损坏"),
        LibraryMessage("it holds no Excel workbook stream", zh: "其中没有 Excel 工作簿数据流"),
        LibraryMessage("its BIFF records are corrupt", zh: "其 BIFF 记录已损坏"),
        LibraryMessage("its text is in an encoding that cannot be read", zh: "其文字编码无法读取"),
        LibraryMessage("it is malformed in a way that looks deliberate", zh: "其格式异常，看起来是故意构造的"),
        LibraryMessage("reading it ran out of memory", zh: "读取时内存不足"),
        LibraryMessage("FreeXL error {code}", zh: "FreeXL 错误码 {code}"),
        LibraryMessage("no private temporary directory could be created ({message})", zh: "无法创建私有临时目录：{message}"),
        LibraryMessage("the private temporary file could not be created ({message})", zh: "无法创建私有临时文件：{message}"),
        LibraryMessage("the private temporary file could not be written", zh: "无法写入私有临时文件"),
    ]

    /// OCR: Tesseract, leptonica, cairo and poppler as the page readers report them.
    static let ocr: [LibraryMessage] = [
        LibraryMessage("the page was not read", zh: "该页未读取"),
        LibraryMessage("no OCR engine could start", zh: "没有可以启动的 OCR 引擎"),
        LibraryMessage("the {width}×{height} page image could not be prepared (out of memory?)",
                       zh: "无法准备 {width}×{height} 的页面图像（内存不足？）"),
        LibraryMessage("page {number} of the {format} image could not be converted to grey (out of memory?)",
                       zh: "{format} 图片第 {number} 页无法转换为灰度（内存不足？）"),
        LibraryMessage("the {format} image is damaged or truncated and cannot be decoded: scan or export it again",
                       zh: "{format} 图片已损坏或不完整，无法解码：请重新扫描或导出"),
        LibraryMessage("the PDF could not be opened for OCR ({message})", zh: "无法打开 PDF 进行 OCR 识别：{message}"),
        LibraryMessage("poppler cannot open the page", zh: "poppler 无法打开该页"),
        LibraryMessage("the page has no size", zh: "该页没有尺寸"),
        LibraryMessage("the page is too small to render", zh: "该页太小，无法渲染"),
        LibraryMessage("cairo cannot make a {width}×{height} image (out of memory?)", zh: "cairo 无法生成 {width}×{height} 的图像（内存不足？）"),
        LibraryMessage("cairo returned no pixels", zh: "cairo 未返回任何像素"),
        LibraryMessage("Tesseract could not create an engine (out of memory?)", zh: "Tesseract 无法创建识别引擎（内存不足？）"),
        LibraryMessage("Tesseract could not load '{language}' from {path}: the language data is missing or damaged; reinstall the tesseract-ocr language packages",
                       zh: "Tesseract 无法从 {path} 载入“{language}”：语言数据缺失或已损坏；请重新安装 tesseract-ocr 语言包"),
    ]

    /// The C library's `strerror` texts that reach reasons.
    static let system: [LibraryMessage] = [
        LibraryMessage("No space left on device", zh: "磁盘空间不足"),
        LibraryMessage("Permission denied", zh: "没有权限"),
        LibraryMessage("No such file or directory", zh: "文件或目录不存在"),
        LibraryMessage("Read-only file system", zh: "文件系统为只读"),
        LibraryMessage("Disk quota exceeded", zh: "超出磁盘配额"),
        LibraryMessage("Too many open files", zh: "打开的文件过多"),
        LibraryMessage("Cannot allocate memory", zh: "无法分配内存"),
        LibraryMessage("Input/output error", zh: "输入/输出错误"),
    ]

    /// Last: the generic texts a reader falls back on.
    static let general: [LibraryMessage] = [
        LibraryMessage("unknown error", zh: "未知错误"),
    ]
}
