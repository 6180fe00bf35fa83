import AuditCore

/// Sex as the roster and the resident ID (17th digit) record it.
enum Sex: String, Codable, CaseIterable {
    case male, female
}

/// How a factory numbers its workers; one style per archive.
enum EmployeeIDStyle: CaseIterable {
    /// `E0137`
    case letterPrefixed
    /// `HR-2041`
    case departmentPrefixed

    /// The employee ID for a sequence number.
    func id(_ number: Int) -> String {
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        switch self {
        case .letterPrefixed: return "E" + padded
        case .departmentPrefixed: return "HR-" + padded
        }
    }
}

/// One worker on the roster.
struct Employee {
    var id: String
    var name: String
    var sex: Sex
    var nationalID: String
    var birthDate: CivilDate
    var hireDate: CivilDate
    /// The last day of employment, for a worker who resigned.
    var leaveDate: CivilDate?
    var department: String
    /// The contract's monthly base wage, in fen.
    var monthlyBaseFen: Int

    /// True when the worker is employed on `date`.
    func isEmployed(on date: CivilDate) -> Bool {
        date >= hireDate && (leaveDate.map { date <= $0 } ?? true)
    }
}
