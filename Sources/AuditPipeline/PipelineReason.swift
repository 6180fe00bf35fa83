import AuditCore

/// Every reason the pipeline gives for a document it did not read or did not use, in English and
/// Chinese with the same `{name}` placeholders: a copy of another document, content no rule
/// knows, and a document worker that stopped (see `WorkerFailure`).
///
/// The test suite checks that both languages use the same placeholders and that the Chinese is
/// Chinese.
enum PipelineReason: String, CaseIterable, Sendable {
    case identicalCopy, unknownType
    // A worker that stopped: what happened, then what was checked all the same, then what to do.
    case workerStopped, workerStoppedAfterRows
    case outOfMemory, timedOut, killed, crashed, exited, exitedSaying, garbled, notStarted
    case splitOrMoreMemory, longerTimeLimit, checkAgain, sendFile, freeResources
    // The kinds of document a worker reads, and the signals that stop one.
    case kindPDF, kindWorkbook, kindImage, kindTextFile, kindDocument
    case signalNamed, signalNumber, invalidMemoryAccess, abort, badMemoryAccess, trap, arithmeticFault

    /// The reason in both languages.
    var text: Bilingual {
        switch self {
        case .identicalCopy:
            return Bilingual(en: "an identical copy of {original} (the same bytes): its content is read and judged once, as {original}",
                             zh: "与 {original} 完全相同的副本（字节一致）：其内容只作为 {original} 读取和评判一次")
        case .unknownType:
            return Bilingual(en: "its content did not match any evidence type this version knows, so no rule used it",
                             zh: "其内容不属于本版本可识别的任何证据类型，未用于任何规则")
        case .workerStopped:
            return Bilingual(en: "{what}; the rest of the archive was checked. {action}", zh: "{what}；压缩包的其余部分已检查。{action}")
        case .workerStoppedAfterRows:
            return Bilingual(en: "{what}; the rest of the archive was checked, and the rows read from this document before it stopped were checked too. {action}",
                             zh: "{what}；压缩包的其余部分已检查，停止前从该文件读取的行也已检查。{action}")
        case .outOfMemory:
            return Bilingual(en: "reading this {kind} needed more memory than a worker's limit of {limit} MB and was stopped",
                             zh: "读取此{kind}所需内存超过工作进程 {limit} MB 的上限，已被停止")
        case .timedOut:
            return Bilingual(en: "reading this {kind} took longer than its limit of {limit} and was stopped",
                             zh: "读取此{kind}的时间超过 {limit} 的上限，已被停止")
        case .killed:
            return Bilingual(en: "AuditReady stopped while reading this {kind}: the process reading it was killed (SIGKILL, by the system or a person)",
                             zh: "AuditReady 在读取此{kind}时停止：读取它的进程被终止（SIGKILL，由系统或人为发出）")
        case .crashed:
            return Bilingual(en: "AuditReady stopped while reading this {kind} (a crash in the {kind} reader: {signal})",
                             zh: "AuditReady 在读取此{kind}时停止（{kind}读取程序崩溃：{signal}）")
        case .exited:
            return Bilingual(en: "AuditReady stopped while reading this {kind}: the process reading it ended with status {status}",
                             zh: "AuditReady 在读取此{kind}时停止：读取它的进程以状态 {status} 结束")
        case .exitedSaying:
            return Bilingual(en: "AuditReady stopped while reading this {kind}: the process reading it ended with status {status}: {said}",
                             zh: "AuditReady 在读取此{kind}时停止：读取它的进程以状态 {status} 结束：{said}")
        case .garbled:
            return Bilingual(en: "AuditReady stopped while reading this {kind}: the process reading it answered with something unreadable ({detail})",
                             zh: "AuditReady 在读取此{kind}时停止：读取它的进程返回了无法识别的内容（{detail}）")
        case .notStarted:
            return Bilingual(en: "this {kind} was not read: no process could be started to read it ({detail})",
                             zh: "此{kind}未读取：无法启动读取它的进程（{detail}）")
        case .splitOrMoreMemory:
            return Bilingual(en: "Split the document, or check again with a higher --worker-memory-limit",
                             zh: "请拆分该文件，或用更高的 --worker-memory-limit 重新检查")
        case .longerTimeLimit:
            return Bilingual(en: "If it is a long scan, check again with a higher --document-time-limit; otherwise please send us the file",
                             zh: "如果是较长的扫描件，请用更高的 --document-time-limit 重新检查；否则请将该文件发给我们")
        case .checkAgain:
            return Bilingual(en: "Check again; if it happens again, please send us the file", zh: "请重新检查；如果再次发生，请将该文件发给我们")
        case .sendFile:
            return Bilingual(en: "Please send us the file so the reader can be fixed; until then it is not checked",
                             zh: "请将该文件发给我们以便修复读取程序；在此之前该文件不会被检查")
        case .freeResources:
            return Bilingual(en: "Free memory or processes on this machine, or check with --in-process, and check again",
                             zh: "请释放本机的内存或进程，或使用 --in-process，然后重新检查")
        case .kindPDF: return Bilingual(en: "PDF", zh: "PDF 文件")
        case .kindWorkbook: return Bilingual(en: "workbook", zh: "电子表格")
        case .kindImage: return Bilingual(en: "image", zh: "图片")
        case .kindTextFile: return Bilingual(en: "text file", zh: "文本文件")
        case .kindDocument: return Bilingual(en: "document", zh: "文件")
        case .signalNamed: return Bilingual(en: "signal {number}, {name}: {meaning}", zh: "信号 {number}，{name}：{meaning}")
        case .signalNumber: return Bilingual(en: "signal {number}", zh: "信号 {number}")
        case .invalidMemoryAccess: return Bilingual(en: "an invalid memory access", zh: "非法内存访问")
        case .abort: return Bilingual(en: "an abort", zh: "程序中止")
        case .badMemoryAccess: return Bilingual(en: "a bad memory access", zh: "错误的内存访问")
        case .trap: return Bilingual(en: "a trap", zh: "陷阱指令")
        case .arithmeticFault: return Bilingual(en: "an arithmetic fault", zh: "算术错误")
        }
    }

    /// The reason filled with `values` in both languages.
    func callAsFunction(_ values: [String: String] = [:]) -> ReasonText {
        ReasonText(text, values)
    }
}
