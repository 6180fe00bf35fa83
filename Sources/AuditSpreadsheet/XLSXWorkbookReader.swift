import AuditCore
import Foundation

/// Reads every worksheet of an XLSX package, in workbook order, into sheets of cells.
enum XLSXWorkbookReader {
    static func read(_ bytes: Data, path: String, limits: WorkbookLimits) throws(WorkbookProblem) -> [SheetTable] {
        let package = try ZipPackage(bytes: bytes, limits: limits)
        let manifest = try WorkbookManifest(package: package)
        let sharedStrings = try package.read(manifest.sharedStringsPart, with: SharedStringsReader.read(_:partName:)) ?? []
        let formats = try package.read(manifest.stylesPart, with: StylesReader.read(_:partName:)) ?? []
        let resolver = CellValueResolver(sharedStrings: sharedStrings, formats: formats, dateSystem: manifest.dateSystem)

        var budget = CellBudget(limit: limits.maxCells)
        var mergeFillsLeft = limits.maxMergedCellsFilled
        var sheets: [SheetTable] = []
        for sheet in manifest.sheets {
            guard let data = package.part(sheet.part) else {
                throw .damaged("the part of sheet “\(sheet.name)” (\(sheet.part)) is missing")
            }
            sheets.append(try WorksheetReader.read(data, partName: sheet.part, sheet: sheet.name, path: path,
                                                   resolver: resolver, budget: &budget, mergeFillsLeft: &mergeFillsLeft))
        }
        return sheets
    }
}
