import AuditCore

/// PRC resident identity card numbers (GB 11643-1999): 18 characters whose birth date, sex digit
/// and ISO 7064 MOD 11-2 check character agree.
enum ResidentID {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    /// Builds a valid number for someone born on `birthDate` in the county `areaCode`.
    ///
    /// - Parameters:
    ///   - areaCode: a six-digit administrative division code (GB/T 2260).
    ///   - sequence: the order number within that day and county, 0...99; the sex digit is
    ///     appended to it, odd for men and even for women.
    static func make(areaCode: String, birthDate: CivilDate, sequence: Int, sex: Sex) -> String {
        precondition(areaCode.count == 6 && areaCode.allSatisfy(\.isASCIIDigit), "area code must be six digits")
        let birth = birthDate.description.filter { $0 != "-" }
        let sexDigit = sex == .male ? 1 : 2
        let base = areaCode + birth + twoDigits(sequence % 100) + String(sexDigit)
        return base + String(checkCharacter(forFirst17: base))
    }

    /// The check character for the first 17 digits: `(12 - S mod 11) mod 11`, with 10 written as X.
    static func checkCharacter(forFirst17 digits: String) -> Character {
        let values = digits.compactMap(\.wholeNumberValue)
        precondition(values.count == 17, "a resident ID body has 17 digits")
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = (12 - sum % 11) % 11
        return check == 10 ? "X" : Character(String(check))
    }

    /// True when `number` has 18 characters and a correct check character.
    static func isValid(_ number: String) -> Bool {
        guard number.count == 18 else { return false }
        let body = String(number.prefix(17))
        guard body.allSatisfy(\.isASCIIDigit) else { return false }
        return number.last == checkCharacter(forFirst17: body)
    }

    /// True when `number` is valid and its birth date and sex digit match `birthDate` and `sex`.
    static func agrees(_ number: String, birthDate: CivilDate, sex: Sex) -> Bool {
        guard isValid(number) else { return false }
        let characters = Array(number)
        guard String(characters[6..<14]) == birthDate.description.filter({ $0 != "-" }),
              let sexDigit = characters[16].wholeNumberValue else { return false }
        return (sexDigit % 2 == 1) == (sex == .male)
    }

    /// `7` as `07`.
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

extension Character {
    /// True for the ASCII digits 0-9 only (not other Unicode numerals).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
