import AuditCore
import AuditExtraction
@testable import AuditSpreadsheet
import Foundation
import Testing

@Suite("Large sheets")
struct PerformanceTests {
    @Test("A 30,000-row by 15-column sheet parses in a few seconds, every cell in place")
    func largeSheet() {
        let rowCount = 30_000
        let book = XLSXFixture(rows: Self.rows(rowCount), sharedStrings: ["Li Na", "Wang Wei", "Zhang San"],
                               cellStyles: [0, 14, 20])
        let bytes = book.data
        // Thread CPU time, not wall time: the other tests and other builds share the machine.
        let cpuStart = Self.threadCPUSeconds()
        let wallStart = ContinuousClock.now
        let outcome = extractXLSX(bytes)
        let wall = ContinuousClock.now - wallStart
        let cpu = Self.threadCPUSeconds() - cpuStart
        let rows = outcome.cells
        #expect(rows.count == rowCount)
        #expect(rows.allSatisfy { $0.count == 15 })
        #expect(rows.last?.map(\.text).prefix(5) == ["E30000", "Li Na", "2026-03-01", "08:00", "2520.5"])
        print("30,000 x 15 cells (\(bytes.count) bytes zipped): \(String(format: "%.2f", cpu)) s CPU, \(wall) wall")
        #expect(cpu < 10)
    }

    /// CPU seconds the calling thread has used.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Rows of an attendance-and-payroll sheet: ids, shared-string names, dates, times and numbers.
    static func rows(_ count: Int) -> String {
        var xml = ""
        xml.reserveCapacity(count * 600)
        for row in 1...count {
            xml += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>E\(row)</t></is></c>"
            xml += "<c r=\"B\(row)\" t=\"s\"><v>\(row % 3)</v></c><c r=\"C\(row)\" s=\"1\"><v>46082</v></c>"
            xml += "<c r=\"D\(row)\" s=\"2\"><v>0.33333333333333331</v></c><c r=\"E\(row)\"><v>2520.5</v></c>"
            for column in ["F", "G", "H", "I", "J", "K", "L", "M", "N", "O"] {
                xml += "<c r=\"\(column)\(row)\"><v>\(row % 97).25</v></c>"
            }
            xml += "</row>"
        }
        return xml
    }
}
