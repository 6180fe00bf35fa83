import AuditCore
import AuditFields
import Testing

@Suite("PRC resident ID numbers (GB 11643)")
struct ResidentIDTests {
    @Test("The standard's own sample is a valid number of a woman born 1949-12-31 in Beijing")
    func standardSample() throws {
        guard case .valid(let number) = ResidentIDCheck.check("11010519491231002X") else {
            Issue.record("11010519491231002X should be valid")
            return
        }
        #expect(number.normalized == "11010519491231002X")
        #expect(number.birthDate == day(1949, 12, 31))
        #expect(number.isMale == false)
        #expect(number.provinceCode == 11)
        #expect(number.repairedFromOCR == false)
    }

    @Test("The domain's second example is a valid number of a man")
    func secondExample() {
        guard case .valid(let number) = ResidentIDCheck.check("440524188001010014") else {
            Issue.record("440524188001010014 should be valid")
            return
        }
        #expect(number.isMale)
        #expect(number.provinceCode == 44)
        #expect(number.birthDate == day(1880, 1, 1))
    }

    @Test("Lower-case x, spaces and full-width characters are normalised before checking", arguments: [
        "11010519491231002x", "110105 19491231 002X", "１１０１０５１９４９１２３１００２Ｘ",
    ])
    func normalisedForms(text: String) {
        guard case .valid(let number) = ResidentIDCheck.check(text) else {
            Issue.record("\(text) should be valid")
            return
        }
        #expect(number.normalized == "11010519491231002X")
    }

    @Test("A wrong check digit is reported with the digit the first 17 require")
    func wrongCheckDigit() {
        #expect(ResidentIDCheck.check("110105194912310023")
            == .invalid(reason: "check digit is 3 but the first 17 digits require X"))
        #expect(ResidentIDCheck.check("440524188001010015")
            == .invalid(reason: "check digit is 5 but the first 17 digits require 4"))
    }

    @Test("Each broken number is rejected for the first rule it breaks", arguments: [
        ("1101051949123100", "has 16 characters"),
        ("110105491231002", "15-digit first-generation number"),
        ("11010519491231A02X", "character 15 is 'A'"),
        ("11010519491231002Y", "the last character is 'Y'"),
        ("990105194912310020", "starts with 99, which is not a province code"),
        ("110105194902300021", "the birth date 19490230 is not a real date"),
        ("11O105194912310023", "character 3 is 'O'"),
    ])
    func brokenNumbers(text: String, reasonFragment: String) {
        guard case .invalid(let reason) = ResidentIDCheck.check(text) else {
            Issue.record("\(text) should be invalid")
            return
        }
        #expect(reason.contains(reasonFragment), "\(reason)")
    }

    @Test("OCR look-alikes are undone only when the repaired number then validates")
    func ocrRepair() {
        guard case .valid(let number) = ResidentIDCheck.check("11O1O5I9491231OO2X") else {
            Issue.record("the OCR-damaged sample should validate after repair")
            return
        }
        #expect(number.normalized == "11010519491231002X")
        #expect(number.repairedFromOCR)
    }

    @Test("A birth date after the as-of day is invalid")
    func futureBirth() {
        let first17 = "11010520300101001"
        let id = first17 + String(ResidentIDCheck.checkDigit(for: first17)!)
        #expect(ResidentIDCheck.check(id) != .invalid(reason: ""))
        guard case .invalid(let reason) = ResidentIDCheck.check(id, asOf: day(2026, 7, 1)) else {
            Issue.record("a birth in 2030 should be invalid as of 2026")
            return
        }
        #expect(reason == "the birth date 2030-01-01 is after 2026-07-01")
    }

    @Test("The check digit is computed for 17 digits and refused for anything else", arguments: [
        ("11010519491231002", Character?("X")),
        ("44052418800101001", "4"),
        ("12345", nil),
        ("1101051949123100A", nil),
        ("110105194912310021", nil),
    ])
    func checkDigits(first17: String, expected: Character?) {
        #expect(ResidentIDCheck.checkDigit(for: first17) == expected)
    }

    @Test("Numbers built with the computed check digit always validate", arguments: [
        "32010219900307123", "51010720051231567", "65012119800229000", "81000019991010999",
    ])
    func generatedNumbersValidate(first17: String) {
        guard let digit = ResidentIDCheck.checkDigit(for: first17) else {
            Issue.record("no check digit for \(first17)")
            return
        }
        guard case .valid = ResidentIDCheck.check(first17 + String(digit)) else {
            Issue.record("\(first17)\(digit) should be valid")
            return
        }
    }

    @Test("The resident-ID shape is 17 digits then a digit or X, whatever the check digit", arguments: [
        ("11010519491231002X", true), ("110105194912310023", true), ("11010519491231002x", true),
        ("E12345678", false), ("1101051949123100", false), ("11010519491231002Y", false), ("", false),
    ])
    func shape(text: String, expected: Bool) {
        #expect(ResidentIDCheck.looksLikeResidentID(text) == expected)
    }
}
