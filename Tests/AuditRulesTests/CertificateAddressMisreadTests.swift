import AuditCore
import AuditEvidence
import AuditRules
import Testing

@Suite("Certificate addresses: a difference OCR may have made is a note to verify, not a different site")
struct CertificateAddressMisreadTests {
    static let certified = "No. 42 Gongye East Road, Guangming District, Shenzhen, Guangdong"

    /// A licence and an ISO certificate; the licence's address was read by OCR when `scanned`.
    func model(licence address: String, scanned: Bool) -> EvidenceModel {
        var licence = ExampleEvidence.document(.businessLicense, address: address)
        if scanned { licence.address?.evidence.confidence = 0.91 }
        return EvidenceModel(documents: [licence, ExampleEvidence.certificate(standard: "ISO 9001:2015", address: Self.certified)])
    }

    @Test("A scanned licence reading 'Shenzhem' where the certificate says 'Shenzhen' gives one info finding that asks for a look, citing both addresses")
    func misreadLetter() throws {
        let found = try findings("certificate-address", model(licence: "No. 42 Gongye East Road, Guangming District, Shenzhem Guangdong", scanned: true))
        #expect(found.count == 1)
        #expect(found.first?.severity == .info)
        #expect(found.first?.message.contains("differ in 1 character") == true, "\(found.first?.message ?? "")")
        #expect(found.first?.evidence.count == 2)
    }

    @Test("A scanned licence that lost a digit of the building number (No. 15 for No. 115) is a note to verify too")
    func misreadDigit() throws {
        var model = model(licence: "No. 15 Gongye East Road, Guangming District, Shenzhen, Guangdong", scanned: true)
        model.documents[1] = ExampleEvidence.certificate(standard: "ISO 9001:2015", address: "No. 115 Gongye East Road, Guangming District, Shenzhen, Guangdong")
        let found = try findings("certificate-address", model)
        #expect(found.map(\.severity) == [.info])
    }

    @Test("The same one-character difference between two text documents is a warning: nothing was misread")
    func textDocumentsDiffer() throws {
        let found = try findings("certificate-address", model(licence: "No. 42 Gongye East Road, Guangming District, Shenzhem Guangdong", scanned: false))
        #expect(found.map(\.severity) == [.warning])
    }

    @Test("A scanned licence of another street is a warning: more differs than OCR misreads")
    func scannedOtherSite() throws {
        let found = try findings("certificate-address", model(licence: "No. 9 Harbour Road, Bao'an District, Shenzhen, Guangdong", scanned: true))
        #expect(found.map(\.severity) == [.warning])
    }
}
