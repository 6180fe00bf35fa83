import AuditCore

/// Renders the business licence, the fire certificate and the management-system certificate.
struct CertificateDocuments {
    let factory: Factory
    let style: DocumentStyle

    private var company: Company { factory.company }

    /// The business licence (duplicate copy) with the fields a licence carries.
    func businessLicense() throws -> RenderedDocument {
        let created = company.licenceIssued
        var page = PageComposer(pdf: try PDFDocument(title: "Business License", created: created),
                                fieldLayout: style.fieldLayout)
        page.heading("Business License", size: 20)
        page.centred("(Duplicate)", size: 9)
        page.space(18)
        page.field("Company Name", company.name, singleLine: true)
        page.field("Unified Social Credit Code", company.socialCreditCode, singleLine: true)
        page.field("Type", company.entityType)
        page.field("Legal Representative", company.legalRepresentative)
        page.field("Registered Capital", "RMB \(Figures.money(company.registeredCapitalYuan * 100))")
        page.field("Address", company.address, singleLine: true)
        page.field("Date of Establishment", date(company.established))
        page.field("Business Term", "\(date(company.established)) to "
                   + (company.businessTermEnd.map(date) ?? "Long-term"), singleLine: true)
        page.field("Business Scope", company.businessScope)
        page.space(24)
        page.field("Registration Authority", company.registrationAuthority)
        page.field("Date of Issue", date(company.licenceIssued))
        page.space(12)
        page.paragraph("Market entities shall submit their annual reports through the National Enterprise "
                       + "Credit Information Publicity System from 1 January to 30 June each year.", size: 8)
        return RenderedDocument(role: .businessLicense, type: .businessLicense, bytes: try page.finish(),
                                created: created)
    }

    /// The fire department's inspection certificate.
    func fireCertificate() throws -> RenderedDocument {
        let certificate = factory.fireCertificate
        var page = PageComposer(pdf: try PDFDocument(title: certificate.title, created: certificate.issued),
                                fieldLayout: style.fieldLayout)
        page.heading(certificate.title, size: 18)
        page.space(14)
        page.paragraph("Upon inspection, the premises below meet the fire safety requirements for use "
                       + "and production and are hereby certified.")
        page.space(10)
        page.field("Company Name", factory.companyName(on: .fireCertificate), singleLine: true)
        page.field("Unified Social Credit Code", certificate.socialCreditCode, singleLine: true)
        page.field("Address", company.address, singleLine: true)
        page.field("Certificate No.", certificate.number)
        page.field("Inspection Result", "Qualified")
        page.field("Date of Issue", date(certificate.issued))
        page.field("Valid Until", date(certificate.validUntil))
        page.space(24)
        page.field("Issued by", certificate.issuer)
        return RenderedDocument(role: .fireCertificate, type: .fireCertificate, bytes: try page.finish(),
                                created: certificate.issued)
    }

    /// The certification body's certificate of registration.
    func managementCertificate() throws -> RenderedDocument {
        let certificate = factory.managementCertificate
        let holder = factory.companyName(on: .certificate)
        let system = (Vocabulary.standards + Vocabulary.withdrawnStandards).first { $0.name == certificate.standard }?.systemName ?? "Management System"
        var page = PageComposer(pdf: try PDFDocument(title: "Certificate of Registration", created: certificate.issued),
                                fieldLayout: style.fieldLayout)
        page.heading("Certificate of Registration", size: 20)
        page.space(16)
        page.centred("This is to certify that the \(system) of")
        page.space(8)
        page.centred(holder, size: 13, bold: true)
        page.centred(certificate.address, size: 9)
        page.space(8)
        page.centred("has been assessed and registered as meeting the requirements of")
        page.space(6)
        page.centred(certificate.standard, size: 18, bold: true)
        page.space(6)
        page.centred("for the following scope:")
        page.centred(certificate.scope, size: 11)
        page.space(24)
        page.field("Organisation", holder, singleLine: true)
        page.field("Address", certificate.address, singleLine: true)
        page.field("Certificate No.", certificate.number)
        page.field("Issue Date", date(certificate.issued))
        page.field("Expiry Date", date(certificate.expires))
        page.space(10)
        page.paragraph("Validity of this certificate is subject to annual surveillance audits.", size: 8)
        page.space(24)
        page.line(certificate.body, bold: true)
        page.line(certificate.accreditation, size: 9)
        return RenderedDocument(role: .managementCertificate(standard: certificate.standard), type: .certificate,
                                bytes: try page.finish(), created: certificate.issued)
    }

    /// The social-audit report: the auditee as the licence names it, the audit, its rating
    /// (amfori BSCI) or its Sedex references (SMETA), titled as the report calls itself.
    func auditReport(_ report: SocialAuditReport) throws -> RenderedDocument {
        let title = report.title.english
        var page = PageComposer(pdf: try PDFDocument(title: title, created: report.auditDate),
                                fieldLayout: style.fieldLayout)
        page.heading(title, size: 18)
        page.space(14)
        page.field("Company Name", company.name, singleLine: true)
        page.field("Address", company.address, singleLine: true)
        switch report.scheme {
        case .bsci: page.field("amfori ID", report.siteID)
        case .smeta: page.field("Sedex Site Reference", report.siteID)
        }
        if let reference = report.auditReference { page.field("Sedex Audit Reference", reference) }
        page.field("Audit Date", date(report.auditDate))
        if let rating = report.rating { page.field("Overall Rating", rating) }
        page.field("Audit Company", report.auditCompany)
        return RenderedDocument(role: .auditReport(report.scheme, calledCertificate: report.calledCertificate), type: .certificate, bytes: try page.finish(), created: report.auditDate)
    }

    /// A date in the archive's date style.
    private func date(_ value: CivilDate) -> String { style.dateStyle.text(value) }
}
