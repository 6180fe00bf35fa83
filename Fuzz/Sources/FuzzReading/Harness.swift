import FuzzSupport

/// A text document (CSV, tab-separated, a punch log, plain text) read every way: the CSV reader,
/// the punch-log and labelled-value readers, table building and field grammars. The first byte
/// picks the name the file is given, since names break ties between formats.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let names = ["timesheet.csv", "1_attlog.dat", "payslips.txt", "roster.tsv", "工资表.csv"]
    let bytes = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let input = ExtractionInput(path: names[Int(data[0]) % names.count], bytes: bytes)
    DocumentReading.readEveryWay(ExtractionRouter().extract(input))
    return 0
}
