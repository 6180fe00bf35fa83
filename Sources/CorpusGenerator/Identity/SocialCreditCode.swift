/// Unified Social Credit Codes (GB 32100-2015): the 18-character registration number printed on
/// every Chinese business licence.
enum SocialCreditCode {
    /// The 31 characters a code may use; a character's value is its index.
    static let charset = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    private static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// Builds a valid code for an enterprise (`91`) registered in `regionCode`.
    ///
    /// - Parameters:
    ///   - regionCode: the six-digit administrative division code of the registration authority.
    ///   - organisationDigits: eight digits of the organisation code; its GB 11714 check
    ///     character is appended before the code's own check character.
    static func make(regionCode: String, organisationDigits: String) -> String {
        precondition(regionCode.count == 6 && regionCode.allSatisfy(\.isASCIIDigit), "region code must be six digits")
        precondition(organisationDigits.count == 8 && organisationDigits.allSatisfy(\.isASCIIDigit),
                     "organisation code body must be eight digits")
        let body = "91" + regionCode + organisationDigits + String(organisationCheck(organisationDigits))
        return body + String(checkCharacter(forFirst17: body))
    }

    /// The GB 11714 check character of an eight-character organisation code body.
    static func organisationCheck(_ digits: String) -> Character {
        let values = digits.compactMap(\.wholeNumberValue)
        let sum = zip(values, organisationWeights).reduce(0) { $0 + $1.0 * $1.1 }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let check: return Character(String(check))
        }
    }

    /// The code's check character: `charset[(31 - S mod 31) mod 31]`.
    static func checkCharacter(forFirst17 body: String) -> Character {
        let values = body.map { character in
            guard let value = charset.firstIndex(of: character) else {
                preconditionFailure("\(character) is not a USCC character")
            }
            return value
        }
        precondition(values.count == 17, "a USCC body has 17 characters")
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return charset[(31 - sum % 31) % 31]
    }

    /// `code` with its check character replaced by another character of the set, so that it
    /// fails the check (a clerk's typing error).
    static func mistyped(_ code: String, using rng: inout SplitMix64) -> String {
        let others = charset.filter { $0 != code.last }
        return String(code.dropLast()) + String(rng.pick(others))
    }

    /// True when `code` has 18 valid characters and a correct check character.
    static func isValid(_ code: String) -> Bool {
        guard code.count == 18, code.allSatisfy({ charset.contains($0) }) else { return false }
        return code.last == checkCharacter(forFirst17: String(code.prefix(17)))
    }
}
