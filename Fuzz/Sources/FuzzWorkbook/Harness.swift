import AuditSpreadsheet
import FuzzSupport

/// A workbook (the bytes of an .xlsx) extracted and read every way: the zip package, the XML
/// readers (workbook, sheets, shared strings, styles) and the readers after them. Legacy .xls goes
/// to FreeXL, a C library whose own faults the worker processes contain (see docs/fuzzing.md):
/// it is left out so that the fuzzer keeps exploring AuditReady's own code.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let limits = WorkbookLimits(maxPartBytes: 8 << 20, maxTotalBytes: 32 << 20)
    let router = ExtractionRouter(extractors: [XLSXExtractor(limits: limits)])
    DocumentReading.readEveryWay(router.extract(ExtractionInput(path: "payroll.xlsx", bytes: bytes)))
    return 0
}
