import AuditCore
import Foundation
import GRDB

/// Findings filed together in the check's temporary database (one group, or part of one), in
/// report order: the rows of `rowids`, all of them and only them.
struct FindingRun: Sendable {
    var group: Int
    var rowids: ClosedRange<Int64>
}

/// Merges runs of findings, each in report order, into the report's order, reading each finding
/// back once: ties go to the earlier run (runs come in the order of their groups, then as filed),
/// so the order is that of sorting all runs together, stably.
///
/// Each finding is decoded to be compared, which is also the check that it can be read back at
/// all: one that cannot is left out of the order and counted apart with why.
struct FindingMerge {
    /// The rowids of the findings, in report order.
    private(set) var order: [Int64] = []
    /// Findings that could not be decoded, with the last reason why.
    private(set) var unreadable: (count: Int, reason: String)?

    /// Merges `runs` (in tie order) read through `db`.
    init(_ runs: [FindingRun], in db: Database) throws {
        order.reserveCapacity(runs.reduce(0) { $0 + $1.rowids.count })
        var readers = try runs.map { try FindingRunReader($0.rowids, in: db) }
        var heap = RunHeap()
        for index in readers.indices {
            try advance(&readers[index])
            if readers[index].current != nil { heap.insert(index) { Self.precedes($0, $1, in: readers) } }
        }
        while let first = heap.first {
            order.append(readers[first].current!.rowid)
            try advance(&readers[first])
            if readers[first].current == nil {
                heap.removeFirst { Self.precedes($0, $1, in: readers) }
            } else {
                heap.siftDownFirst { Self.precedes($0, $1, in: readers) }
            }
        }
    }

    /// Moves `reader` to its next finding that can be decoded, counting those that cannot.
    private mutating func advance(_ reader: inout FindingRunReader) throws {
        while let reason = try reader.advance() {
            unreadable = ((unreadable?.count ?? 0) + 1, reason)
        }
    }

    /// Whether run `a`'s current finding comes before run `b`'s: by report order, then by run.
    private static func precedes(_ a: Int, _ b: Int, in readers: [FindingRunReader]) -> Bool {
        let (x, y) = (readers[a].current!.finding, readers[b].current!.finding)
        if Finding.reportOrder(x, y) { return true }
        if Finding.reportOrder(y, x) { return false }
        return a < b
    }
}

/// One run's findings read back in the order filed, one at a time.
private struct FindingRunReader {
    private let rows: RowCursor
    /// The finding read last and its rowid; nil once the run is read to its end.
    private(set) var current: (rowid: Int64, finding: Finding)?

    init(_ rowids: ClosedRange<Int64>, in db: Database) throws {
        // A statement of its own: every run's reader steps through the table at once.
        let statement = try db.makeStatement(sql: "SELECT rowid, body FROM finding WHERE rowid BETWEEN ? AND ? ORDER BY rowid")
        rows = try Row.fetchCursor(statement, arguments: [rowids.lowerBound, rowids.upperBound])
    }

    /// Reads the next finding; returns why when it cannot be decoded (it is then not current).
    mutating func advance() throws -> String? {
        guard let row = try rows.next() else {
            current = nil
            return nil
        }
        let rowid: Int64 = row[0]
        do {
            current = (rowid, try row.withUnsafeData(atIndex: 1) { try Finding(compactBytes: [UInt8]($0 ?? Data())) })
            return nil
        } catch {
            current = nil
            return "\(error)"
        }
    }
}

/// A binary min-heap of run numbers; each change is given the order, which changes as runs advance.
private struct RunHeap {
    private var items: [Int] = []

    var first: Int? { items.first }

    mutating func insert(_ item: Int, by less: (Int, Int) -> Bool) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func removeFirst(by less: (Int, Int) -> Bool) {
        items.swapAt(0, items.count - 1)
        items.removeLast()
        siftDownFirst(by: less)
    }

    /// Restores the order after the first item's finding moved on.
    mutating func siftDownFirst(by less: (Int, Int) -> Bool) {
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, less(items[left], items[smallest]) { smallest = left }
            if right < items.count, less(items[right], items[smallest]) { smallest = right }
            guard smallest != parent else { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
