import AuditCore
import Testing

@Suite("Report language")
struct ReportLanguageTests {
    @Test("The locale decides the default language: LC_ALL, then LC_MESSAGES, then LANG; zh… is Chinese, anything else English")
    func languageFromLocale() {
        #expect(ReportLanguage.fromLocale([:]) == .en)
        #expect(ReportLanguage.fromLocale(["LANG": "C.UTF-8"]) == .en)
        #expect(ReportLanguage.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromLocale(["LANG": "zh_TW.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromLocale(["LANG": "zh"]) == .zh)
        #expect(ReportLanguage.fromLocale(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromLocale(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]) == .en)
        #expect(ReportLanguage.fromLocale(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .zh, "an empty variable is not set")
    }

    @Test("Placeholders are filled once: a value holding braces stays as written")
    func fillsOnce() {
        let text = Bilingual(en: "{path} could not be read: {reason}", zh: "{path} 无法读取：{reason}")
        #expect(text(.en, ["path": "a{reason}.pdf", "reason": "broken"]) == "a{reason}.pdf could not be read: broken")
        #expect(text(.zh, ["path": "a.pdf", "reason": "{path}"]) == "a.pdf 无法读取：{path}")
        #expect(Bilingual.placeholders(in: "{a} and {b}, {a}") == ["a", "b"])
    }

    @Test("Counts take the English plural and the Chinese counter")
    func counts() {
        let days = BilingualCount(one: "{n} day", other: "{n} days", zh: "{n} 天")
        #expect(days(1, .en) == "1 day" && days(0, .en) == "0 days" && days(12, .en) == "12 days" && days(12, .zh) == "12 天")
    }

    @Test("The contract's codes have a Chinese name for people, and keep their code in English")
    func codeNames() {
        for category in FindingCategory.allCases {
            #expect(category.name(in: .en) == category.rawValue)
            #expect(category.name(in: .zh).unicodeScalars.contains { $0.value >= 0x4E00 })
        }
        for type in DocumentType.allCases {
            #expect(type.label(in: .en) == type.rawValue)
            #expect(type.displayName(in: .zh).unicodeScalars.contains { $0.value >= 0x4E00 })
        }
        #expect(Severity.error.plural(in: .en) == "Errors" && Severity.info.plural(in: .en) == "Info")
        #expect(Severity.error.plural(in: .zh) == "不符合项" && Severity.warning.name(in: .zh) == "警告")
        #expect(Set(FindingCategory.allCases.map { $0.name(in: .zh) }).count == FindingCategory.allCases.count)
    }
}
