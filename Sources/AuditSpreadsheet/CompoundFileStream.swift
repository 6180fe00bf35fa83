/// One named stream of an OLE2 compound file ([MS-CFB]), the container of a legacy .xls: the
/// `Workbook` stream holds the BIFF8 records.
///
/// Only reading is supported, and every offset and chain is checked against the file: a sector
/// number outside the file, a chain that loops or runs past the stream's size gives nil, never a
/// trap. FreeXL reads the cells; this reader is for what FreeXL leaves out (see
/// `BIFFFormulaResults`).
struct CompoundFileStream {
    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    /// Sector numbers at or above this are markers (free, end of chain, FAT, DIFAT), not sectors.
    private static let maximumSector: UInt32 = 0xFFFF_FFFA

    /// The stream's bytes.
    let bytes: [UInt8]

    /// The stream named `name` (compared without case, as [MS-CFB] compares names) in `file`,
    /// or nil when the file is no compound file, has no such stream, or is damaged.
    init?(named name: String, in file: [UInt8]) {
        guard file.count >= 512, Array(file[0..<8]) == Self.signature else { return nil }
        let sectorShift = Int(Self.uint16(file, 0x1E))
        let miniShift = Int(Self.uint16(file, 0x20))
        guard sectorShift == 9 || sectorShift == 12, miniShift == 6 else { return nil }
        let sectorSize = 1 << sectorShift
        let sectorCount = (file.count - 512) / sectorSize + 1  // an upper bound on chain lengths
        func sector(_ number: UInt32) -> ArraySlice<UInt8>? {
            guard number < Self.maximumSector else { return nil }
            let start = (Int(number) + 1) * sectorSize
            guard start >= 0, start + sectorSize <= file.count else { return nil }
            return file[start..<(start + sectorSize)]
        }
        // The FAT: the sectors the header's DIFAT (and DIFAT sectors) list, in order.
        var fatSectors: [UInt32] = (0..<109).map { Self.uint32(file, 0x4C + 4 * $0) }.filter { $0 < Self.maximumSector }
        var difat = Self.uint32(file, 0x44)
        var visited = 0
        while difat < Self.maximumSector, visited < sectorCount {
            guard let block = sector(difat) else { return nil }
            let entries = sectorSize / 4 - 1
            fatSectors += (0..<entries).map { Self.uint32(block, 4 * $0) }.filter { $0 < Self.maximumSector }
            difat = Self.uint32(block, 4 * entries)
            visited += 1
        }
        var fat: [UInt32] = []
        for number in fatSectors.prefix(sectorCount) {
            guard let block = sector(number) else { return nil }
            fat += (0..<(sectorSize / 4)).map { Self.uint32(block, 4 * $0) }
        }
        func chain(from start: UInt32, table: [UInt32], limit: Int) -> [UInt32]? {
            var numbers: [UInt32] = []
            var next = start
            while next != Self.endOfChain {
                guard next < Self.maximumSector, Int(next) < table.count, numbers.count < limit else { return nil }
                numbers.append(next)
                next = table[Int(next)]
            }
            return numbers
        }
        func read(from start: UInt32) -> [UInt8]? {
            guard let numbers = chain(from: start, table: fat, limit: sectorCount) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(numbers.count * sectorSize)
            for number in numbers {
                guard let block = sector(number) else { return nil }
                out += block
            }
            return out
        }
        // The directory: 128-byte entries; the first is the root, whose stream is the mini stream.
        guard let directory = read(from: Self.uint32(file, 0x30)), directory.count >= 128 else { return nil }
        let entries = directory.count / 128
        func entryName(_ index: Int) -> String {
            let base = index * 128
            let length = min(Int(Self.uint16(directory, base + 0x40)), 64)
            let units = stride(from: 0, to: max(0, length - 2), by: 2).map { Self.uint16(directory, base + $0) }
            return String(decoding: units, as: UTF16.self)
        }
        guard let index = (1..<entries).first(where: { directory[$0 * 128 + 0x42] == 2 && entryName($0).lowercased() == name.lowercased() })
        else { return nil }
        let start = Self.uint32(directory, index * 128 + 0x74)
        let size = Int(Self.uint32(directory, index * 128 + 0x78))  // the high half is 0 in files under 4 GB
        guard size <= file.count else { return nil }
        if size >= Int(Self.uint32(file, 0x38)) {
            guard let stream = read(from: start), stream.count >= size else { return nil }
            bytes = Array(stream.prefix(size))
            return
        }
        // A small stream lives in the mini stream, in 64-byte sectors chained by the mini FAT.
        guard let miniStream = read(from: Self.uint32(directory, 0x74)),
              let miniFATBytes = read(from: Self.uint32(file, 0x3C)) ?? (Self.uint32(file, 0x3C) == Self.endOfChain ? [] : nil)
        else { return nil }
        let miniFAT = (0..<(miniFATBytes.count / 4)).map { Self.uint32(miniFATBytes, 4 * $0) }
        guard let numbers = chain(from: start, table: miniFAT, limit: miniStream.count / 64 + 1) else { return nil }
        var out: [UInt8] = []
        for number in numbers {
            let offset = Int(number) * 64
            guard offset + 64 <= miniStream.count else { return nil }
            out += miniStream[offset..<(offset + 64)]
        }
        guard out.count >= size else { return nil }
        bytes = Array(out.prefix(size))
    }

    static func uint16<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ offset: Int) -> UInt16 where C.Index == Int {
        let base = bytes.startIndex + offset
        guard offset >= 0, base + 2 <= bytes.endIndex else { return 0 }
        return UInt16(bytes[base]) | UInt16(bytes[base + 1]) << 8
    }

    static func uint32<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ offset: Int) -> UInt32 where C.Index == Int {
        let base = bytes.startIndex + offset
        guard offset >= 0, base + 4 <= bytes.endIndex else { return 0 }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[base + $1]) << (8 * $1) }
    }
}
