import AuditFields
import Testing

@Suite("Unified Social Credit Codes (GB 32100)")
struct SocialCreditCodeTests {
    @Test("The domain's worked example is valid, however it is spaced or cased", arguments: [
        "91110000600037341L", "91110000600037341l", "9111 0000 6000 3734 1L", "911100-006000-37341L",
        "９１１１００００６０００３７３４１Ｌ",
    ])
    func workedExample(text: String) {
        #expect(SocialCreditCode.isValid(text))
        #expect(SocialCreditCode.normalize(text) == "91110000600037341L")
    }

    @Test("Codes with a wrong check character, a forbidden letter, a bad region or a wrong length are invalid",
          arguments: [
              "91110000600037341M", "9111000060003734IL", "91110000600037341", "91110000600037341LL",
              "91A10000600037341L", "", "91110000600O37341L",
          ])
    func invalidCodes(text: String) {
        #expect(!SocialCreditCode.isValid(text))
    }

    @Test("The check character of the worked example is L, and none exists for non-code characters")
    func checkCharacter() {
        #expect(SocialCreditCode.checkCharacter(for: "91110000600037341") == "L")
        #expect(SocialCreditCode.checkCharacter(for: "9111000060003734I") == nil)
        #expect(SocialCreditCode.checkCharacter(for: "911100006") == nil)
    }

    @Test("Codes built with the computed check character always validate", arguments: [
        "91440300MA5ELPB9X", "92330106MA2H0K1Y7", "52100000500019811", "Y1110000000000000",
    ])
    func generatedCodesValidate(first17: String) {
        guard let check = SocialCreditCode.checkCharacter(for: first17) else {
            Issue.record("no check character for \(first17)")
            return
        }
        #expect(SocialCreditCode.isValid(first17 + String(check)))
    }

    @Test("The embedded organisation code passes its own check in the worked example, and fails when altered")
    func organizationCode() {
        #expect(SocialCreditCode.hasValidOrganizationCode("91110000600037341L"))
        #expect(!SocialCreditCode.hasValidOrganizationCode("91110000600037342L"))
        #expect(!SocialCreditCode.hasValidOrganizationCode("9111"))
    }
}
