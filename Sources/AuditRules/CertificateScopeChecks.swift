import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// A certificate whose scope claims manufacturing while the business license's scope (经营范围)
/// allows none: the holder is a trading company, and the certificate cannot cover a factory.
struct TradingCompanyScopeCheck: RuleCheck {
    let name = "certificate-trading-scope"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp = [
        "claim_terms": "words by which a certificate's scope claims production (生产, manufactur, …)",
        "manufacturing_terms": "words by which a business scope allows production (the claim terms and factory work such as weaving or assembly)",
        "license_exclusions": "phrases by which a business scope rules production out (不含生产, 不得从事生产, excluding production); removed before looking for manufacturing terms",
    ]

    /// The business scope without the phrases that rule production out, lower-cased.
    static func allowedScope(_ scope: String, excluding exclusions: [String]) -> String {
        var text = scope.precomposedStringWithCompatibilityMapping.lowercased()
        for phrase in exclusions.sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: phrase.precomposedStringWithCompatibilityMapping.lowercased(), with: " ")
        }
        return text
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        guard let license = context.businessLicense, let business = license.scope,
              mentionsAny(Self.allowedScope(business.value, excluding: rule.list("license_exclusions")),
                          rule.list("manufacturing_terms")) == nil else { return [] }
        return context.certificates.compactMap { document in
            guard let scope = document.scope, let claim = mentionsAny(scope.value, rule.list("claim_terms")) else { return nil }
            return rule.finding(
                rule.say(.tradingScope, ["label": document.certificateLabel(rule.language), "scope": scope.value, "claim": claim,
                                         "business": business.value]),
                documentType: document.type, evidence: [scope.evidence, business.evidence],
                limit: rule.say(.tradingScopeLimit), actual: claim)
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let trader = E.document(.businessLicense, scope: "Wholesale and retail of lamps and electrical products; import and export of goods")
        let maker = E.document(.businessLicense, scope: "生产、销售：灯具、电子产品；货物进出口")
        let claim = E.certificate(standard: "ISO 9001:2015", scope: "Manufacture of LED lamps")
        return RuleExamples(
            triggering: [.init("a trading company's license and a certificate for manufacturing", EvidenceModel(documents: [trader, claim])),
                         .init("a trading company's license and a certificate for 加工",
                               EvidenceModel(documents: [E.document(.businessLicense, scope: "销售：服装、鞋帽；货物进出口"),
                                                         E.certificate(standard: "ISO 9001:2015", scope: "服装的加工")])),
                         .init("a license that sells garments but rules production out (不含生产加工) and a certificate for 生产",
                               EvidenceModel(documents: [E.document(.businessLicense, scope: "服装、鞋帽的销售（不含生产加工）；货物进出口"),
                                                         E.certificate(standard: "ISO 9001:2015", scope: "服装的生产")]))],
            nonTriggering: [.init("a manufacturer's license and a certificate for manufacturing", EvidenceModel(documents: [maker, claim])),
                            .init("a trading company's license and a certificate for trading",
                                  EvidenceModel(documents: [trader, E.certificate(standard: "ISO 9001:2015", scope: "Sales of LED lamps")]))])
    }
}

/// A certificate whose scope leaves out what the buyer buys (`auditready check --products`).
struct ProductScopeCheck: RuleCheck {
    let name = "certificate-products"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    /// Whether a scope mentions a product: a Chinese name as written, an English one word by
    /// word, each word also without its plural ending ("LED lamps" in "LED lamp assembly").
    static func mentions(_ scope: String, _ product: String) -> Bool {
        let text = scope.precomposedStringWithCompatibilityMapping.lowercased()
        let words = product.precomposedStringWithCompatibilityMapping.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            if text.contains(word) { return true }
            for ending in ["es", "s"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
                if text.contains(String(word.dropLast(ending.count))) { return true }
            }
            return false
        }
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        guard !context.products.isEmpty else { return [] }
        return context.certificates.compactMap { document in
            guard let scope = document.scope, !document.isAuditReport,
                  !context.products.contains(where: { Self.mentions(scope.value, $0) }) else { return nil }
            let products = rule.language.enumeration(context.products)
            return rule.finding(
                rule.say(.productScope, ["label": document.certificateLabel(rule.language), "scope": scope.value, "products": products]),
                documentType: document.type, evidence: [scope.evidence],
                limit: rule.say(.productScopeLimit, ["products": products]), actual: scope.value)
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let lamps = ["LED lamps", "灯具"]
        return RuleExamples(
            triggering: [.init("a certificate for garments when LED lamps are bought",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", scope: "Manufacture of knitted garments")]),
                               products: lamps)],
            nonTriggering: [.init("a certificate for LED lamp assembly",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", scope: "Assembly of LED lamp")]), products: lamps),
                            .init("a Chinese certificate for 灯具",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", scope: "灯具的生产")]), products: lamps),
                            .init("no products named for the check",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", scope: "Manufacture of knitted garments")]))])
    }
}

/// A certificate whose addresses do not include the business license's: it may cover another
/// site, or another company.
struct CertificateAddressCheck: RuleCheck {
    let name = "certificate-address"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers = ["misread_characters"]
    let parameterHelp = ["misread_characters": "letters and digits a scanned address may differ in and still be the same address misread by OCR (a note to verify, not a warning)"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        guard let license = context.businessLicense, let registered = license.address else { return [] }
        return context.certificates.compactMap { document in
            let addresses = (document.address.map { [$0] } ?? []) + (document.certificate?.coveredAddresses ?? [])
            guard !addresses.isEmpty, !addresses.contains(where: { AddressMatch.same($0.value, registered.value) }) else { return nil }
            if let misread = Self.misreading(addresses, registered, within: Int(rule.number("misread_characters"))) {
                var finding = rule.finding(
                    rule.say(.certificateAddressMisread, ["label": document.certificateLabel(rule.language), "address": misread.address.value,
                                                          "registered": registered.value, "count": String(misread.characters)]),
                    documentType: document.type, evidence: [misread.address.evidence, registered.evidence],
                    limit: rule.say(.certificateAddressLimit), actual: misread.address.value)
                finding.severity = .info
                return finding
            }
            return rule.finding(
                rule.say(.certificateAddress, ["label": document.certificateLabel(rule.language),
                                               "addresses": rule.language.enumeration(addresses.map { rule.language.quoted($0.value) }),
                                               "registered": registered.value]),
                documentType: document.type, evidence: addresses.map(\.evidence) + [registered.evidence],
                limit: rule.say(.certificateAddressLimit), actual: addresses[0].value)
        }
    }

    /// The certificate address that differs from the licence's in no more characters than OCR
    /// misreads, when one of the two was read from a scan: a difference to look at, not one to
    /// report as a different site.
    static func misreading(_ addresses: [Located<String>], _ registered: Located<String>, within limit: Int)
        -> (address: Located<String>, characters: Int)? {
        addresses.lazy.compactMap { address -> (address: Located<String>, characters: Int)? in
            guard address.evidence.confidence != nil || registered.evidence.confidence != nil,
                  let distance = AddressMatch.distance(address.value, registered.value, limit: limit) else { return nil }
            return (address, distance)
        }.first
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let license = E.document(.businessLicense, address: "No. 18 Industrial Road, Chang'an Town, Dongguan, Guangdong")
        return RuleExamples(
            triggering: [.init("a certificate for another building number",
                               EvidenceModel(documents: [license, E.certificate(standard: "ISO 9001:2015",
                                                                                address: "No. 81 Industrial Road, Chang'an Town, Dongguan")]))],
            nonTriggering: [.init("the same address without its province",
                                  EvidenceModel(documents: [license, E.certificate(standard: "ISO 9001:2015",
                                                                                   address: "No.18 Industrial Road, Chang'an Town, Dongguan")])),
                            .init("a second site beside the licensed address",
                                  EvidenceModel(documents: [license, E.certificate(standard: "ISO 9001:2015", address: "No. 5 Harbour Road, Shenzhen",
                                                                                   sites: ["No. 18 Industrial Road, Chang'an Town, Dongguan"])]))])
    }
}
