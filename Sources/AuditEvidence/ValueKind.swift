import AuditFields

/// What a printed table value is, judged from its text alone: the evidence a column's values give
/// of where the column ends, whatever its header says.
///
/// Values of one column are alike down the rows (dates that parse, clock times, amounts, IDs of one
/// shape); two columns printed so close that each row reads as one word run ("01/06/2026 E0191",
/// "F 36078119910309912X", "16/01/2016 Sewing") give runs that are no single value but split, at a
/// space that stays in one place down the rows, into two values of known kinds.
enum ValueKind: Hashable, Sendable {
    case date
    case clock
    case number
    case residentId
    /// A worker or record code: letters and digits in one word (`E0191`, `HR-2338`).
    case code
    case sex
    /// Words without digits: names, departments, positions.
    case words
    case other

    /// The kind of one value as printed.
    init(_ raw: String) {
        let text = TextNormalizer.fold(raw).trimmingCharacters(in: .whitespaces)
        let hasDigit = text.unicodeScalars.contains { $0.properties.numericType != nil }
        if text.isEmpty {
            self = .other
        } else if Self.sexes.contains(text.lowercased()) {
            self = .sex
        } else if !hasDigit {
            self = text.unicodeScalars.contains { $0.properties.isAlphabetic } ? .words : .other
        } else if text.contains(":"), ClockTimeParser.minutes(text) != nil {
            self = .clock
        } else if !text.contains(" "), ResidentIDCheck.looksLikeResidentID(text) {
            self = .residentId
        } else if DateParser.read(text) != nil {
            self = .date
        } else if MoneyParser.fen(text) != nil || DurationParser.hours(text) != nil {
            self = .number
        } else if !text.contains(" "), text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                  text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_/".unicodeScalars.contains($0) }) {
            self = .code
        } else {
            self = .other
        }
    }

    static let sexes: Set<String> = ["男", "女", "m", "f", "male", "female"]

    /// True for the kinds that are one value a reader can check (a date, a time, an amount, an
    /// ID, a sex), as against free words or anything else.
    var isDefinite: Bool {
        switch self {
        case .words, .other: return false
        default: return true
        }
    }

    /// The definite kinds a column of `field` may hold, nil when any will do.
    static func expected(for field: CanonicalField?) -> Set<ValueKind>? {
        guard let field else { return nil }
        switch field {
        case .date, .dob, .hireDate, .leaveDate, .contractStart, .contractEnd:
            return [.date, .number]
        case .clockIn, .clockOut:
            return [.clock]
        case .employeeId:
            return [.code, .number]
        case .nationalId:
            return [.residentId, .code, .number]
        case .sex:
            return [.sex]
        case .name, .department, .position, .status, .address, .shift, .weekday:
            return []
        case .regularHours, .otHours, .restDayOtHours, .holidayOtHours, .totalHours, .daysWorked, .scheduledDays, .age,
             .baseWage, .positionWage, .pieceWage, .otPay, .allowances, .gross, .deductions, .deductionItem, .fines, .net:
            return [.number]
        default:
            return nil
        }
    }

    /// The kind most of `texts` have (empty ones left out), with its share of them; nil for no texts.
    static func dominant(of texts: [String]) -> (kind: ValueKind, share: Double)? {
        var counts: [ValueKind: Int] = [:]
        var total = 0
        for text in texts where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            counts[ValueKind(text), default: 0] += 1
            total += 1
        }
        guard total > 0 else { return nil }
        let order: [ValueKind] = [.date, .clock, .number, .residentId, .code, .sex, .words, .other]
        let best = order.max { counts[$0, default: 0] < counts[$1, default: 0] }!
        return (best, Double(counts[best, default: 0]) / Double(total))
    }
}
