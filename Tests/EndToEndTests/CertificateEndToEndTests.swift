import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// A business license and a management-system certificate, written as an archive for the CLI.
struct CertificateEvidence {
    /// The license's business scope (经营范围) and the certificate's scope of certification.
    var businessScope: String
    var certificateScope: String
    var companyName = "Shenzhen Brightway Lighting Co., Ltd."
    var address = "No. 18 Industrial Road, Bao'an District, Shenzhen"

    /// The two documents as English PDFs, in a zip.
    func pdfArchive() -> URL {
        let license = PDFFixture.text(pages: [[
            ("Business License", 220, 60),
            ("Company Name: \(companyName)", 60, 120),
            ("Unified Social Credit Code: 91440300MA5F0XXXXX", 60, 140),
            ("Address: \(address)", 60, 160),
            ("Business Scope: \(businessScope)", 60, 180),
            ("Date of Establishment: 2016-05-12", 60, 200),
            ("Business Term: 2016-05-12 to Long-term", 60, 220),
        ]])
        let certificate = PDFFixture.text(pages: [[
            ("Certificate of Registration", 200, 60),
            ("This is to certify that the Quality Management System of", 80, 100),
            (companyName, 150, 120),
            ("has been assessed and registered as meeting the requirements of", 60, 150),
            ("ISO 9001:2015", 250, 180),
            ("for the following scope:", 220, 210),
            (certificateScope, 150, 230),
            ("Organisation: \(companyName)", 60, 280),
            ("Certificate No.: 00124Q31234R1M", 60, 300),
            ("Issue Date: 2025-03-01", 60, 320),
            ("Expiry Date: 2028-02-29", 60, 340),
            ("CNAS C001-M", 60, 380),
            ("China Quality Certification Centre", 60, 420),
        ]])
        return ArchiveFixture(.zip, name: "certificates.zip").write([
            .file("Evidence/license.pdf", license), .file("Evidence/iso9001.pdf", certificate),
        ])
    }

    /// The same two documents in Chinese, as UTF-8 text files, in a zip.
    func chineseArchive() -> URL {
        let license = """
        营业执照
        名称：深圳市明辉照明有限公司
        统一社会信用代码：91440300MA5F0XXXXX
        住所：深圳市宝安区工业路18号
        经营范围：\(businessScope)
        成立日期：2016年05月12日
        营业期限：2016年05月12日 至 长期
        """
        let certificate = """
        质量管理体系认证证书
        证书编号：00124Q31234R1M
        组织名称：深圳市明辉照明有限公司
        注册地址：深圳市宝安区工业路18号
        质量管理体系符合 GB/T 19001-2016/ISO 9001:2015
        认证范围：\(certificateScope)
        发证日期：2025年03月01日
        有效期至：2028年02月29日
        认证机构：中国质量认证中心
        CNAS C001-M
        """
        return ArchiveFixture(.zip, name: "证书.zip").write([
            .file("证据/营业执照.txt", Data(license.utf8)), .file("证据/质量体系证书.txt", Data(certificate.utf8)),
        ])
    }
}

@Suite("End to end: certificates checked the way buyers check them")
struct CertificateEndToEndTests {
    /// The certificate-category findings of a check of `archive`, as `rule severity`.
    func certificateFindings(_ archive: URL, _ extra: [String] = []) throws -> [Finding] {
        let result = try CLIRunner.run("auditready", ["check", archive.path, "--as-of", "2026-07-18", "--format", "json", "--no-cache"] + extra)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
        #expect(Set(report.documents.map(\.type)) == [.certificate, .businessLicense], "\(report.documents.map(\.path))")
        return report.findings.filter { $0.category == .certificate }
    }

    @Test("A trading company's license and an ISO 9001 certificate whose scope claims manufacturing are an error naming both scopes")
    func tradingCompany() throws {
        let evidence = CertificateEvidence(businessScope: "Wholesale and retail of lamps and electrical products; import and export of goods.",
                                           certificateScope: "Manufacture of LED lamps and lighting fixtures")
        let findings = try certificateFindings(evidence.pdfArchive())
        let error = try #require(findings.first { $0.rule == "china-labor-law/certificate-trading-scope" })
        #expect(error.severity == .error)
        #expect(error.message.contains("Manufacture of LED lamps") && error.message.contains("Wholesale and retail of lamps"))
        #expect(error.evidence.count == 2)
    }

    @Test("The same trading company in Chinese documents (经营范围 销售, 认证范围 生产) is the same error")
    func tradingCompanyInChinese() throws {
        let evidence = CertificateEvidence(businessScope: "灯具、电子产品的销售；货物进出口。", certificateScope: "LED灯具的生产")
        let findings = try certificateFindings(evidence.chineseArchive())
        #expect(findings.contains { $0.rule == "china-labor-law/certificate-trading-scope" && $0.severity == .error },
                "\(findings.map(\.message))")
    }

    @Test("A manufacturer's clean certificate raises no certificate warning or error, only where to verify it")
    func cleanCertificate() throws {
        for archive in [CertificateEvidence(businessScope: "Production and sales of LED lamps and lighting fixtures; import and export of goods.",
                                            certificateScope: "Manufacture of LED lamps and lighting fixtures").pdfArchive(),
                        CertificateEvidence(businessScope: "LED灯具的生产、销售；货物进出口。", certificateScope: "LED灯具的生产").chineseArchive()] {
            let findings = try certificateFindings(archive)
            #expect(findings.allSatisfy { $0.severity == .info }, "\(findings.map(\.message))")
            let verify = findings.filter { $0.rule == "china-labor-law/certificate-verify" }
            #expect(verify.count == 1)
            #expect(verify.first?.message.contains("00124Q31234R1M") == true && verify.first?.message.contains("cx.cnca.cn") == true)
        }
    }

    @Test("--products names what the buyer buys: a certificate whose scope names none of it is a warning, one that names it is not")
    func products() throws {
        let archive = CertificateEvidence(businessScope: "Production and sales of LED lamps; import and export of goods.",
                                          certificateScope: "Manufacture of LED lamps and lighting fixtures").pdfArchive()
        let other = try certificateFindings(archive, ["--products", "garden furniture,户外家具"])
        #expect(other.contains { $0.rule == "china-labor-law/certificate-products" && $0.severity == .warning })
        let bought = try certificateFindings(archive, ["--products", "LED lamps,灯具"])
        #expect(!bought.contains { $0.rule == "china-labor-law/certificate-products" })
    }

    @Test("rules explain prints a certificate rule's source and the reference entries it judges by")
    func explainSource() throws {
        let edition = try CLIRunner.run("auditready", ["rules", "explain", "china-labor-law/certificate-edition"])
        #expect(edition.status == 0, "\(edition.stderr)")
        #expect(edition.stdout.contains("Source:  reference/certification.yaml"))
        #expect(edition.stdout.contains("ISO 9001:2008: not valid from 2018-09-15, replaced by ISO 9001:2015. Source: IAF Resolution 2017-13"))
        let body = try CLIRunner.run("auditready", ["rules", "explain", "china-labor-law/certification-body"])
        #expect(body.stdout.contains("China Quality Certification Centre (CNCA-R-2002-001"))
        let trading = try CLIRunner.run("auditready", ["rules", "explain", "china-labor-law/certificate-trading-scope"])
        #expect(trading.stdout.contains("document certificate, ISO 9001:2015, scope \"服装的生产\""), "\(trading.stdout)")
    }
}
