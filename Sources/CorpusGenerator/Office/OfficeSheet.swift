import AuditCore

/// One sheet as an office clerk lays it out: title lines, a bordered table with a bold centred
/// header, text left and numbers right, and the page it is printed on.
struct OfficeSheet {
    /// What a cell holds.
    enum Value {
        case text(String)
        /// A number shown with `format`; `shown` is what the format prints.
        case number(Double, format: NumberFormat)
        /// A date value shown in `style`, as Calc keeps a date a clerk typed.
        case date(CivilDate, style: VariantDate)
        /// A time-of-day value shown as `07:52`.
        case time(ClockTime)
        case empty

        /// What the cell prints.
        var shown: String {
            switch self {
            case .text(let text): return text
            case .number(let number, let format): return FlatODSWriter.shown(number, format)
            case .date(let date, let style): return style.text(date)
            case .time(let time): return time.description
            case .empty: return ""
            }
        }
    }

    /// How a number cell is printed.
    enum NumberFormat: String, CaseIterable {
        /// `2,360.00`
        case grouped2
        /// `2360.00`
        case plain2
        /// `8.5`
        case plain1
        /// `22`
        case integer
    }

    /// The part of the sheet a row belongs to, which decides its look.
    enum RowKind {
        /// A title centred over the table's columns, large and bold.
        case title
        /// A line of text in the first cell (a label and its value), flowing over empty cells.
        case line
        /// A label cell in bold and its value beside it.
        case field
        /// The table's header: bold, centred, bordered, wrapped when `wrapsHeader`.
        case header
        /// A table row: text left, numbers right, bordered.
        case body
    }

    struct Row {
        var kind: RowKind
        var cells: [Value]
    }

    /// How the sheet is printed.
    struct Page {
        var landscape = false
        /// Scale the print so all columns fit one page width.
        var fitsWidth = false
        /// A footer `Page N` on every page.
        var footer = false
        /// A header with the sheet's name on every page.
        var header = false
        /// Zero values are printed (Calc's default); otherwise a zero cell prints blank.
        var printsZeros = true
    }

    var name: String
    /// Column widths in centimetres.
    var columnWidths: [Double]
    var rows: [Row] = []
    var page = Page()
    var fontSize = 9.0
    var wrapsHeader = false
    /// Whether the body's grid lines are drawn as cell borders.
    var borders = true
    /// The font of Latin text (CJK text is always WenQuanYi Micro Hei): DejaVu Sans, or the CJK
    /// font for everything, as a Chinese office's default font does.
    var westernFont = "DejaVu Sans"
    /// Whether the header row is printed again at the top of every page.
    var repeatsHeader = false

    /// The width in centimetres a sheet prints on: A4 less the 1.5 cm margins.
    static func printableWidth(landscape: Bool) -> Double { landscape ? 26.7 : 18.0 }

    /// The width in centimetres `text` takes at `size` points, bold or not: a rough measure of
    /// DejaVu Sans and WenQuanYi (CJK glyphs a full em, Latin about 0.62 em, bold a tenth more).
    static func width(of text: String, size: Double, bold: Bool = false) -> Double {
        let em = size * 2.54 / 72
        let ems = text.unicodeScalars.reduce(0.0) { total, scalar in
            total + (scalar.value >= 0x2E80 ? 1.0 : (scalar == " " ? 0.32 : 0.62))
        }
        return ems * em * (bold ? 1.1 : 1.0)
    }
}
