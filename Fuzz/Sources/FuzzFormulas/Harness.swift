@testable import AuditSpreadsheet
import FuzzSupport

/// Bytes as a legacy .xls whose formula results are read by AuditReady's own compound-file and
/// BIFF8 record reader (`CompoundFileStream`, `BIFFFormulaResults`): sector chains, the mini
/// stream, directory entries and records must be refused or read, never trap.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = BIFFFormulaResults(file: Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
