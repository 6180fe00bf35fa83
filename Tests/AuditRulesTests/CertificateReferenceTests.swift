import AuditCore
import AuditEvidence
@testable import AuditRules
import Testing

@Suite("Certificate rules and their reference data")
struct CertificateReferenceTests {
    static let reference = try! ReferenceData.load(from: [rulesDirectory])
    static let pack = try! RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]

    @Test("Every certificate rule of the China pack names its source, which rules explain prints")
    func rulesNameSources() throws {
        let certificateRules = Self.pack.rules.filter { $0.category == .certificate || $0.check == "audit-report-age" }
        #expect(certificateRules.count == 10)
        for rule in certificateRules {
            #expect(!(rule.source ?? "").isEmpty, "\(rule.id) names no source")
        }
    }

    @Test("Every edition and body of the shipped table names its source and how sure it is")
    func entriesNameSources() {
        let table = Self.reference.certification
        #expect(table.editions.count >= 10 && table.bodies.count >= 5)
        for edition in table.editions {
            #expect(!edition.source.isEmpty && edition.confidence != nil, "\(edition.standard)")
            if edition.invalidFrom != nil { #expect(edition.replacedBy != nil, "\(edition.standard) ended without a successor") }
        }
        for body in table.bodies {
            #expect(!body.source.isEmpty && body.confidence != nil, "\(body.name)")
        }
    }

    @Test("Every edition and body of the shipped table has its source in Chinese (zh: {source: …}), and only Chinese reports quote it")
    func entriesHaveChineseSources() {
        let table = Self.reference.certification
        for edition in table.editions {
            #expect(hasChinese(edition.zh?.source ?? ""), "\(edition.standard) has no Chinese source")
            #expect(edition.source(in: .zh) == edition.zh?.source && edition.source(in: .en) == edition.source)
        }
        for body in table.bodies {
            #expect(hasChinese(body.zh?.source ?? ""), "\(body.name) has no Chinese source")
            #expect(body.source(in: .zh) == body.zh?.source && body.source(in: .en) == body.source)
        }
    }

    @Test("A Chinese finding on a withdrawn body or a withdrawn edition quotes the source in Chinese; the English one quotes it in English")
    func sourcesInTheFindingsLanguage() throws {
        let certificate = ExampleEvidence.certificate(standard: "ISO 9001:2008", number: "12345", body: "江西百信认证有限公司", accreditations: ["CNAS C123-M"])
        func found(_ language: ReportLanguage, _ suffix: String) throws -> String {
            let findings = RuleEngine(packs: [Self.pack], language: language).evaluate(
                RuleContext(evidence: EvidenceModel(documents: [certificate]), asOf: CivilDate(year: 2026, month: 6, day: 1)!, reference: Self.reference))
            return try #require(findings.first { $0.rule.hasSuffix(suffix) }).message
        }
        let body = try #require(Self.reference.certification.body(named: "江西百信认证有限公司"))
        let edition = try #require(Self.reference.certification.edition("ISO 9001:2008"))
        #expect(try found(.zh, "certification-body").hasSuffix("（\(try #require(body.zh?.source))）"))
        #expect(try found(.en, "certification-body").hasSuffix("(\(body.source))"))
        #expect(try !found(.zh, "certification-body").contains("SAMR announcement"))
        #expect(try found(.zh, "certificate-edition").hasSuffix("（\(try #require(edition.zh?.source))）"))
        #expect(try found(.en, "certificate-edition").hasSuffix("(\(edition.source))"))
    }

    @Test("Nothing the table marks unverified ([U]) can raise an error: no end date, no withdrawn status, no number pattern")
    func unverifiedEntriesRaiseNothing() {
        let table = Self.reference.certification
        for edition in table.editions where edition.confidence?.hasPrefix("[U]") == true {
            #expect(edition.invalidFrom == nil, "\(edition.standard)")
        }
        for body in table.bodies where body.confidence?.hasPrefix("[U]") == true {
            #expect(body.status == nil && body.numberPattern == nil, "\(body.name)")
        }
    }

    @Test("A printed body name is found by any of its names, in Chinese or English, whatever its case, width and punctuation")
    func bodyNames() {
        let table = Self.reference.certification
        #expect(table.body(named: "中国质量认证中心有限公司")?.cnca == "CNCA-R-2002-001")
        #expect(table.body(named: "CHINA QUALITY CERTIFICATION CENTRE")?.cnca == "CNCA-R-2002-001")
        #expect(table.body(named: "SGS-CSTC Standards Technical Services Co., Ltd.")?.name == "SGS")
        #expect(table.body(named: "TÜV Rheinland (Shanghai) Co., Ltd.")?.name == "TÜV Rheinland")
        #expect(table.body(named: "Golden Bridge Certification Co., Ltd.") == nil)
    }

    @Test("A certificate from a body whose approval CNCA or SAMR revoked is an error naming the announcement, whatever width its brackets are printed in")
    func revokedBodies() throws {
        let withdrawn = Self.reference.certification.bodies.filter { $0.status == "withdrawn" }
        #expect(withdrawn.count >= 20)
        #expect(withdrawn.allSatisfy { $0.cnca?.hasPrefix("CNCA-R") == true && $0.source.contains("announcement") })
        for printed in ["中泽认证技术(深圳)有限公司", "江西百信认证有限公司", "上海中致威认证有限公司 Shanghai Zhongzhiwei Certification"] {
            let certificate = ExampleEvidence.certificate(standard: "ISO 9001:2015", number: "12345", body: printed, accreditations: ["CNAS C123-M"])
            let found = RuleEngine(packs: [Self.pack]).evaluate(RuleContext(evidence: EvidenceModel(documents: [certificate]),
                                                                            asOf: CivilDate(year: 2026, month: 6, day: 1)!,
                                                                            reference: Self.reference))
                .filter { $0.rule.hasSuffix("certification-body") }
            #expect(found.count == 1, "\(printed)")
            #expect(found.first?.severity == .error, "\(printed)")
            #expect(found.first?.message.contains("announcement") == true, "\(printed): \(found.first?.message ?? "no finding")")
        }
        // A sound body of the table is not taken for a revoked one.
        #expect(Self.reference.certification.body(named: "中国质量认证中心有限公司")?.status == nil)
    }

    @Test("The edition check and the body check list the table's entries with their sources for rules explain")
    func explainedEntries() throws {
        let edition = try #require(CheckRegistry.check(named: "certificate-edition"))
        let body = try #require(CheckRegistry.check(named: "certification-body"))
        let editions = edition.referenceSources(Self.reference)
        #expect(editions.count == Self.reference.certification.editions.filter { $0.invalidFrom != nil }.count)
        #expect(editions.allSatisfy { $0.contains("Source: ") })
        #expect(body.referenceSources(Self.reference).count == Self.reference.certification.bodies.count)
    }
}
