import CFreeXL

/// Owns one FreeXL workbook handle (a legacy .xls opened from a file) and closes it.
///
/// FreeXL reads the whole file while opening, so the file may be removed as soon as `init`
/// returns.
final class FreeXLWorkbook {
    private let handle: UnsafeRawPointer

    /// Opens the .xls at `path`; a password-protected file throws `.passwordProtected`.
    init(path: String) throws(WorkbookProblem) {
        var opened: UnsafeRawPointer?
        let status = freexl_open(path, &opened)
        guard status == FREEXL_OK, let opened else {
            // FreeXL leaves the handle set when it fails before parsing (file not found).
            if let opened { freexl_close(opened) }
            if Self.isPasswordProtected(path: path) { throw .passwordProtected }
            throw .damaged(Self.describe(status))
        }
        handle = opened
        if info(FREEXL_BIFF_PASSWORD) == UInt32(FREEXL_BIFF_OBFUSCATED) { throw .passwordProtected }
    }

    deinit { freexl_close(handle) }

    /// How many sheets the workbook has (at most 65,535, the most FreeXL can address).
    var sheetCount: Int { min(Int(info(FREEXL_BIFF_SHEET_COUNT) ?? 0), Int(UInt16.max)) }

    /// The name of sheet `index` (0-based).
    func sheetName(_ index: Int) -> String {
        var name: UnsafePointer<CChar>?
        guard freexl_get_worksheet_name(handle, UInt16(index), &name) == FREEXL_OK, let name else {
            return "Sheet\(index + 1)"
        }
        return String(cString: name)
    }

    /// Makes sheet `index` the one cells are read from and returns its size.
    func selectSheet(_ index: Int) throws(WorkbookProblem) -> (rows: Int, columns: Int) {
        guard freexl_select_active_worksheet(handle, UInt16(index)) == FREEXL_OK else {
            throw .damaged("sheet \(index + 1) cannot be selected")
        }
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else {
            throw .damaged("the size of sheet \(index + 1) cannot be read")
        }
        return (Int(rows), Int(columns))
    }

    /// The value of a cell of the selected sheet (0-based row and column), or nil when FreeXL
    /// cannot read it.
    func cell(row: Int, column: Int) -> FreeXL_CellValue? {
        var value = FreeXL_CellValue()
        guard freexl_get_cell_value(handle, UInt32(row), UInt16(column), &value) == FREEXL_OK else { return nil }
        return value
    }

    private func info(_ what: Int32) -> UInt32? {
        var value: UInt32 = 0
        return freexl_get_info(handle, UInt16(what), &value) == FREEXL_OK ? value : nil
    }

    /// Whether FreeXL's header-only open sees BIFF password protection in a file it cannot read.
    private static func isPasswordProtected(path: String) -> Bool {
        var opened: UnsafeRawPointer?
        guard freexl_open_info(path, &opened) == FREEXL_OK, let opened else {
            if let opened { freexl_close(opened) }
            return false
        }
        defer { freexl_close(opened) }
        var value: UInt32 = 0
        return freexl_get_info(opened, UInt16(FREEXL_BIFF_PASSWORD), &value) == FREEXL_OK
            && value == UInt32(FREEXL_BIFF_OBFUSCATED)
    }

    /// What a FreeXL error code means, for a reason.
    private static func describe(_ status: Int32) -> String {
        switch status {
        case FREEXL_OK:
            return "its records could not be parsed"  // FreeXL gave up without an error code
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE:
            return "its compound-file header is broken"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR, FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY,
             FREEXL_INVALID_MINI_STREAM, FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "it is truncated or its sectors are corrupt"
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
            return "it holds no Excel workbook stream"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX, FREEXL_ILLEGAL_RK_VALUE:
            return "its BIFF records are corrupt"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET:
            return "its text is in an encoding that cannot be read"
        case FREEXL_CRAFTED_FILE:
            return "it is malformed in a way that looks deliberate"
        case FREEXL_INSUFFICIENT_MEMORY:
            return "reading it ran out of memory"
        default:
            return "FreeXL error \(status)"
        }
    }
}
