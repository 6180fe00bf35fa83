import AuditCore
@testable import AuditEvidence
import AuditLayout
import Testing

/// A one-page certificate printed as `lines`, each a list of (text, x) phrases on its own baseline.
private func certificate(_ lines: [[(String, Double)]]) -> DocumentFacts {
    let words = lines.enumerated().map { index, phrases in line(phrases, y: 100 + Double(index) * 24) }
    let document = ExtractedDocument(path: "certificate.pdf", textSource: .pdfText, pages: [page(1, words)])
    return EvidenceReader().read(DocumentLayout(document), type: .certificate, tables: []).documents[0]
}

@Suite("Facts read from certificates and audit reports")
struct CertificateFactsTests {
    @Test("An English certificate of registration gives its standard, number, body, accreditation marks, scope and dates")
    func englishCertificate() throws {
        let read = certificate([
            [("Certificate of Registration", 180)],
            [("This is to certify that the Quality Management System of", 80)],
            [("Dongguan Huarong Lighting Co., Ltd.", 150)],
            [("has been assessed and registered as meeting the requirements of", 60)],
            [("ISO 9001:2015", 220)],
            [("for the following scope:", 190)],
            [("Manufacture of LED lamps and lighting fixtures", 120)],
            [("Certificate No.: 00124Q31234R1M", 60)],
            [("Issue Date: 2024-03-01", 60)],
            [("Expiry Date: 2027-02-28", 60)],
            [("Audit address: No. 18 Industrial Road, Chang'an Town, Dongguan", 60)],
            [("CNAS C001-M", 60), ("IAF", 300)],
            [("China Quality Certification Centre", 60)],
        ])
        let facts = try #require(read.certificate)
        #expect(facts.standard?.value == "ISO 9001:2015")
        #expect(facts.number?.value == "00124Q31234R1M")
        #expect(facts.body?.value == "China Quality Certification Centre")
        #expect(facts.accreditations.map(\.value) == ["CNAS C001-M", "IAF"])
        #expect(facts.coveredAddresses.map(\.value) == ["No. 18 Industrial Road, Chang'an Town, Dongguan"])
        #expect(read.scope?.value == "Manufacture of LED lamps and lighting fixtures")
        #expect(read.issueDate?.value == CivilDate(year: 2024, month: 3, day: 1))
        #expect(read.validUntil?.value == CivilDate(year: 2027, month: 2, day: 28))
    }

    @Test("A Chinese certificate gives its number, scope, body, dates and audit address from their Chinese labels")
    func chineseCertificate() throws {
        let read = certificate([
            [("质量管理体系认证证书", 200)],
            [("证书编号：00124Q31234R1M", 60)],
            [("兹证明 东莞华荣照明有限公司 质量管理体系符合 GB/T 19001-2016/ISO 9001:2015 标准", 40)],
            [("认证范围：LED灯具的生产", 60)],
            [("注册地址：广东省东莞市长安镇工业路18号", 60)],
            [("审核地址：广东省东莞市长安镇工业路18号", 60)],
            [("发证日期：2024年03月01日", 60)],
            [("有效期至：2027年02月28日", 60)],
            [("认证机构：中国质量认证中心", 60)],
            [("CNAS C001-M", 60)],
        ])
        let facts = try #require(read.certificate)
        #expect(facts.standard?.value == "GB/T 19001-2016")
        #expect(facts.number?.value == "00124Q31234R1M")
        #expect(facts.body?.value == "中国质量认证中心")
        #expect(facts.accreditations.map(\.value) == ["CNAS C001-M"])
        #expect(facts.coveredAddresses.map(\.value) == ["广东省东莞市长安镇工业路18号"])
        #expect(read.scope?.value == "LED灯具的生产")
        #expect(read.issueDate?.value == CivilDate(year: 2024, month: 3, day: 1))
        #expect(read.validUntil?.value == CivilDate(year: 2027, month: 2, day: 28))
    }

    @Test("An amfori BSCI audit report gives its audit date, rating and site ID, and is known to be an audit report")
    func bsciReport() throws {
        let read = certificate([
            [("amfori BSCI Audit Report", 180)],
            [("Site amfori ID: 156-012345-000", 60)],
            [("Audit date: 2025-11-20", 60)],
            [("Overall rating: C", 60)],
            [("Audit company: Example Audit Services Ltd.", 60)],
        ])
        let facts = try #require(read.certificate)
        #expect(facts.standard?.value == "amfori BSCI")
        #expect(CertificationStandard.isAuditReport(try #require(facts.standard?.value)))
        #expect(facts.siteId?.value == "156-012345-000")
        #expect(facts.auditDate?.value == CivilDate(year: 2025, month: 11, day: 20))
        #expect(facts.rating?.value == "C")
        #expect(facts.body?.value == "Example Audit Services Ltd.")
        #expect(facts.calledCertificate == nil)
    }

    @Test("A BSCI page titled a certificate is marked as calling itself one; zero tolerance reads as ZT")
    func bsciCertificate() throws {
        let read = certificate([
            [("BSCI Certificate", 200)],
            [("审核日期：2025年11月20日", 60)],
            [("总评级：Zero Tolerance", 60)],
        ])
        let facts = try #require(read.certificate)
        #expect(facts.calledCertificate?.text == "BSCI Certificate")
        #expect(facts.rating?.value == "ZT")
        #expect(facts.auditDate?.value == CivilDate(year: 2025, month: 11, day: 20))
    }

    @Test("A SMETA report gives its Sedex site and audit references, unlabelled")
    func smetaReport() throws {
        let read = certificate([
            [("SMETA 4-Pillar Audit Report", 180)],
            [("Sedex Company Ref: ZC1234567 Site Ref: ZS7654321 Audit Ref: ZA1122334", 40)],
        ])
        let facts = try #require(read.certificate)
        #expect(facts.standard?.value == "SMETA")
        #expect(facts.siteId?.value == "ZS7654321")
        #expect(facts.auditReference?.value == "ZA1122334")
    }

    @Test("A WRAP certificate gives its level; 'wrap' in running text is not the programme")
    func wrapCertificate() throws {
        let read = certificate([
            [("Worldwide Responsible Accredited Production", 120)],
            [("Certificate of Compliance", 180)],
            [("Certification level: Gold", 60)],
            [("Valid until: 2026-12-31", 60)],
        ])
        #expect(read.certificate?.standard?.value == "WRAP")
        #expect(read.certificate?.level?.value == "Gold")
        #expect(CertificationStandard.standard(in: "Please wrap the goods in film") == nil)
    }

    @Test("Editions are named as the edition table names them, with or without an edition printed")
    func standardNames() {
        #expect(CertificationStandard.standard(in: "ISO9001：2008") == "ISO 9001:2008")
        #expect(CertificationStandard.standard(in: "OHSAS 18001:2007") == "OHSAS 18001:2007")
        #expect(CertificationStandard.standard(in: "ISO 14001") == "ISO 14001")
        #expect(CertificationStandard.standard(in: "SA 8000:2014") == "SA8000:2014")
        #expect(CertificationStandard.standard(in: "GB/T 24001—2016 idt ISO 14001:2015") == "GB/T 24001-2016")
        #expect(CertificationStandard.accreditationMarks(in: "UKAS Management Systems 0005") == ["UKAS 0005"])
    }
}
