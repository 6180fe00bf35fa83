import AuditCore
import Hummingbird

/// The languages the web page speaks.
enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// The cookie a chosen language is kept in.
    static let cookie = "ar_lang"

    /// The language for `request`: the one chosen with the switch, else the browser's first
    /// preference we speak (Accept-Language, by q-value), else English.
    static func of(_ request: Request) -> Language {
        if let chosen = request.cookies[cookie].flatMap({ Language(rawValue: $0.value) }) { return chosen }
        return fromAcceptLanguage(request.headers[.acceptLanguage] ?? "")
    }

    /// The best language of an Accept-Language header we speak; English when none.
    static func fromAcceptLanguage(_ header: String) -> Language {
        let ranked = header.split(separator: ",").enumerated().compactMap { index, item -> (tag: String, q: Double, index: Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { return nil }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, q, index)
        }.sorted { $0.q != $1.q ? $0.q > $1.q : $0.index < $1.index }
        for item in ranked where item.q > 0 {
            if item.tag == "zh" || item.tag.hasPrefix("zh-") { return .zh }
            if item.tag == "en" || item.tag.hasPrefix("en-") { return .en }
        }
        return .en
    }

    /// The language the reports are shown in.
    var report: ReportLanguage { self == .zh ? .zh : .en }

    /// The `lang` attribute of the page.
    var htmlTag: String { self == .zh ? "zh-CN" : "en" }

    /// The other language, offered by the switch.
    var other: Language { self == .zh ? .en : .zh }

    /// The language's own name, as the switch shows it.
    var ownName: String { self == .zh ? "中文" : "English" }
}
