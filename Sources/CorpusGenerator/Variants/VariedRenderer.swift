import AuditCore

/// Renders a factory's evidence in a drawn `LayoutVariant`: language, date and money formats,
/// attendance grids, payslips, XLSX and scans. The values are the factory's, so the truth holds.
struct VariedRenderer {
    let factory: Factory
    let variant: LayoutVariant
    let style: DocumentStyle

    private var lang: DocumentLanguage { variant.language }
    private var company: Company { factory.company }

    func render() throws -> [RenderedDocument] {
        var documents = [try businessLicense()]
        if !factory.omitted.contains(.fireCertificate) { documents.append(try fireCertificate()) }
        documents.append(try managementCertificate())
        if !factory.omitted.contains(.roster) { documents.append(try roster()) }
        for month in factory.months {
            let rows = factory.attendance.filter { $0.date.yearMonth == month }
            documents.append(try attendance(month, rows: rows))
        }
        for register in factory.payroll { documents.append(try payroll(register)) }
        if let report = factory.auditReport { documents.append(try auditReport(report)) }
        return documents
    }

    // MARK: Certificates

    private func composer(_ title: String, created: CivilDate, role: RenderedDocument.Role) throws -> PageComposer {
        var scan: ScanOptions?
        if variant.scanned == role {
            var rng = variant.rng("scan")
            let skew = Double(rng.int(in: 10...40)) / 10 * (rng.chance(0.5) ? -1 : 1)
            scan = ScanOptions(seed: variant.seed, skew: skew, sideways: variant.scanSideways, asPDF: variant.scanAsPDF)
        }
        return PageComposer(pdf: try PDFDocument(title: title, created: created, fontFamily: variant.fontFamily, scan: scan),
                            fieldLayout: style.fieldLayout)
    }

    private func finish(_ page: inout PageComposer, role: RenderedDocument.Role, type: DocumentType, created: CivilDate) throws -> RenderedDocument {
        var document = RenderedDocument(role: role, type: type, bytes: try page.finish(), created: created)
        if variant.scanned == role {
            document.scanned = true
            document.fileExtension = variant.scanAsPDF ? "pdf" : "png"
        }
        return document
    }

    private func heading(_ page: inout PageComposer, _ english: String, _ chinese: String, size: Double) {
        switch lang {
        case .english: page.heading(english, size: size)
        case .chinese: page.heading(chinese, size: size)
        case .bilingual:
            page.heading(chinese, size: size)
            page.centred(english, size: size * 0.6)
        }
    }

    func businessLicense() throws -> RenderedDocument {
        var rng = variant.rng("licence")
        let dates = [company.established, company.licenceIssued] + (company.businessTermEnd.map { [$0] } ?? [])
        let d = VariantDate.draw(for: [], language: lang, using: &rng)
        _ = dates
        var page = try composer("Business License", created: company.licenceIssued, role: .businessLicense)
        heading(&page, "Business License", "营业执照", size: 20)
        page.centred(lang.field("(Duplicate)", "（副本）"), size: 9)
        page.space(18)
        page.field(lang.field("Company Name", "名称"), company.name, singleLine: true)
        page.field(lang.field("Unified Social Credit Code", "统一社会信用代码"), company.socialCreditCode, singleLine: true)
        page.field(lang.field("Type", "类型"), company.entityType)
        page.field(lang.field("Legal Representative", "法定代表人"), company.legalRepresentative)
        page.field(lang.field("Registered Capital", "注册资本"), VariantMoney.rmb.text(company.registeredCapitalYuan * 100))
        page.field(lang.field("Address", "住所"), company.address, singleLine: true)
        page.field(lang.field("Date of Establishment", "成立日期"), d.text(company.established))
        let to = lang == .english ? " to " : " 至 "
        let longTerm = lang.field("Long-term", "长期")
        page.field(lang.field("Business Term", "营业期限"), d.text(company.established) + to
                   + (company.businessTermEnd.map(d.text) ?? longTerm), singleLine: true)
        page.field(lang.field("Business Scope", "经营范围"), company.businessScope)
        page.space(24)
        page.field(lang.field("Registration Authority", "登记机关"), company.registrationAuthority)
        page.field(lang.field("Date of Issue", "发证日期"), d.text(company.licenceIssued))
        return try finish(&page, role: .businessLicense, type: .businessLicense, created: company.licenceIssued)
    }

    func fireCertificate() throws -> RenderedDocument {
        let certificate = factory.fireCertificate
        var rng = variant.rng("fire")
        let d = VariantDate.draw(for: [], language: lang, using: &rng)
        var page = try composer(certificate.title, created: certificate.issued, role: .fireCertificate)
        heading(&page, certificate.title, "消防安全检查合格证", size: 18)
        page.space(14)
        if lang != .chinese {
            page.paragraph("Upon inspection, the premises below meet the fire safety requirements for use and production.")
        }
        if lang != .english { page.paragraph("经消防安全检查，该场所符合消防安全要求，特发此证。") }
        page.space(10)
        page.field(lang.field("Company Name", "单位名称"), factory.companyName(on: .fireCertificate), singleLine: true)
        page.field(lang.field("Unified Social Credit Code", "统一社会信用代码"), certificate.socialCreditCode, singleLine: true)
        page.field(lang.field("Address", "地址"), company.address, singleLine: true)
        page.field(lang.field("Certificate No.", "证书编号"), certificate.number)
        page.field(lang.field("Inspection Result", "检查结果"), lang.field("Qualified", "合格"))
        page.field(lang.field("Date of Issue", "发证日期"), d.text(certificate.issued))
        page.field(lang.field("Valid Until", "有效期至"), d.text(certificate.validUntil))
        page.space(24)
        page.field(lang.field("Issued by", "发证机关"), certificate.issuer)
        return try finish(&page, role: .fireCertificate, type: .fireCertificate, created: certificate.issued)
    }

    func managementCertificate() throws -> RenderedDocument {
        let certificate = factory.managementCertificate
        let holder = factory.companyName(on: .certificate)
        var rng = variant.rng("iso")
        let d = VariantDate.draw(for: [], language: lang, using: &rng)
        let role = RenderedDocument.Role.managementCertificate(standard: certificate.standard)
        var page = try composer("Certificate of Registration", created: certificate.issued, role: role)
        heading(&page, "Certificate of Registration", "认证证书", size: 20)
        page.space(16)
        page.centred(holder, size: 13, bold: true)
        page.centred(certificate.address, size: 9)
        page.space(8)
        page.centred(certificate.standard, size: 18, bold: true)
        page.centred(certificate.scope, size: 11)
        page.space(24)
        page.field(lang.field("Organisation", "组织名称"), holder, singleLine: true)
        page.field(lang.field("Address", "地址"), certificate.address, singleLine: true)
        page.field(lang.field("Certificate No.", "证书编号"), certificate.number)
        page.field(lang.field("Issue Date", "发证日期"), d.text(certificate.issued))
        page.field(lang.field("Expiry Date", "有效期至"), d.text(certificate.expires))
        page.space(24)
        page.line(certificate.body, bold: true)
        page.line(certificate.accreditation, size: 9)
        return try finish(&page, role: role, type: .certificate, created: certificate.issued)
    }

    /// The social-audit report, its labels in the archive's language, titled as it calls itself.
    func auditReport(_ report: SocialAuditReport) throws -> RenderedDocument {
        var rng = variant.rng("bsci")
        let d = VariantDate.draw(for: [], language: lang, using: &rng)
        let role = RenderedDocument.Role.auditReport(report.scheme, calledCertificate: report.calledCertificate)
        var page = try composer(report.title.english, created: report.auditDate, role: role)
        heading(&page, report.title.english, report.title.chinese, size: 18)
        page.space(14)
        page.field(lang.field("Company Name", "企业名称"), company.name, singleLine: true)
        page.field(lang.field("Address", "地址"), company.address, singleLine: true)
        switch report.scheme {
        case .bsci: page.field("amfori ID", report.siteID)
        case .smeta: page.field("Sedex Site Reference", report.siteID)
        }
        if let reference = report.auditReference { page.field(lang.field("Sedex Audit Reference", "审核编号"), reference) }
        page.field(lang.field("Audit Date", "审核日期"), d.text(report.auditDate))
        if let rating = report.rating { page.field(lang.field("Overall Rating", "总评级"), rating) }
        page.field(lang.field("Audit Company", "审核机构"), report.auditCompany)
        return try finish(&page, role: role, type: .certificate, created: report.auditDate)
    }

    // MARK: Roster

    func roster() throws -> RenderedDocument {
        let created = factory.asOf.adding(days: -4)
        var rng = variant.rng("roster")
        let dates = factory.employees.flatMap { [$0.birthDate, $0.hireDate] + ($0.leaveDate.map { [$0] } ?? []) } + [created]
        let d = VariantDate.draw(for: dates, language: lang, using: &rng)
        let resigned = factory.employees.contains { $0.leaveDate != nil }
        let stacked = variant.stackedHeaders
        var headers = [lang.label("Emp No.", "工号", stacked: stacked), lang.label("Name", "姓名", stacked: stacked),
                       lang.label("Sex", "性别", stacked: stacked), lang.label("ID Card No.", "身份证号码", stacked: stacked),
                       lang.label("Date of Birth", "出生日期", stacked: stacked), lang.label("Hire Date", "入职日期", stacked: stacked),
                       lang.label("Department", "部门", stacked: stacked)]
        if resigned { headers.append(lang.label("Leave Date", "离职日期", stacked: stacked)) }
        let rows = factory.employees.map { e -> [String] in
            let sex = lang == .english ? (e.sex == .male ? "M" : "F") : (e.sex == .male ? "男" : "女")
            return [e.id, e.name, sex, e.nationalID, d.text(e.birthDate), d.text(e.hireDate), e.department]
                + (resigned ? [e.leaveDate.map(d.text) ?? ""] : [])
        }
        var page = PageComposer(pdf: try PDFDocument(title: "Employee Roster", created: created, fontFamily: variant.fontFamily),
                                fieldLayout: style.fieldLayout, numbersPages: true)
        heading(&page, "Employee Roster", "员工花名册", size: 16)
        page.field(lang.field("Company", "公司名称"), factory.companyName(on: .roster), singleLine: true)
        page.field(lang.field("Date", "日期"), d.text(created))
        page.field(lang.field("Headcount", "人数"), String(factory.employees.count))
        page.space(6)
        page.table(TextTable(columns: headers.map { TextTable.Column(header: $0, alignment: .left) }, rows: rows,
                             fontSize: 8, rowHeight: style.roster.rowHeight))
        var document = RenderedDocument(role: .roster, type: .roster, bytes: try page.finish(), created: created)
        document.fileExtension = "pdf"
        return document
    }

    // MARK: Attendance

    private func hoursCell(_ row: WorkDay) -> String {
        row.overtimeMinutes == 0 ? Figures.hours(row.regularMinutes).replacing(".0", with: "")
            : Figures.hours(row.regularMinutes).replacing(".0", with: "") + "+" + Figures.hours(row.overtimeMinutes).replacing(".0", with: "")
    }

    func attendance(_ month: YearMonth, rows: [WorkDay]) throws -> RenderedDocument {
        var rng = variant.rng("attendance/\(month)")
        let created = month.next.firstDay.adding(days: 1)
        let d = VariantDate.draw(for: rows.map(\.date), language: lang, using: &rng)
        let ordered = rows.sorted(by: AttendanceScheduler.timesheetOrder)
        var document: RenderedDocument
        switch variant.attendance {
        case .csvDaily, .xlsxDaily:
            let header = [lang.label("Date", "日期"), lang.label("Emp No.", "工号"), lang.label("Name", "姓名"),
                          lang.label("Clock In", "上班时间"), lang.label("Clock Out", "下班时间"),
                          lang.label("Regular Hours", "正常工时"), lang.label("OT Hours", "加班工时")]
            let body = ordered.map { r in
                [d.text(r.date), r.employeeID, r.employeeName, r.clockIn.description, r.clockOut.description,
                 Figures.hours(r.regularMinutes), Figures.hours(r.overtimeMinutes)]
            }
            if variant.attendance == .csvDaily {
                document = RenderedDocument(role: .timesheet(month), type: .timesheet, bytes: csv([header] + body), created: created)
                document.fileExtension = "csv"
            } else {
                let cells = [header.map(XLSXWriter.Cell.text)] + body.map { row in
                    row.enumerated().map { $0 >= 5 ? XLSXWriter.Cell.number($1) : .text($1) }
                }
                document = RenderedDocument(role: .timesheet(month), type: .timesheet,
                                            bytes: try XLSXWriter.workbook(cells, sheetName: "\(month)"), created: created)
                document.fileExtension = "xlsx"
            }
        case .csvGrid, .xlsxGrid, .pdfGrid:
            let days = CivilDate.daysIn(month: month.month, year: month.year)
            let monthLine = lang == .chinese ? "考勤月份：\(month.year)年\(month.month)月"
                : lang == .bilingual ? "考勤月份 Month: \(month)" : "Month: \(month)"
            let header = [lang.label("Emp No.", "工号"), lang.label("Name", "姓名")] + (1...days).map(String.init)
            var byWorker: [String: (name: String, cells: [String])] = [:]
            var order: [String] = []
            for r in ordered.sorted(by: { ($0.employeeID, $0.date) < ($1.employeeID, $1.date) }) {
                if byWorker[r.employeeID] == nil {
                    byWorker[r.employeeID] = (r.employeeName, Array(repeating: "", count: days))
                    order.append(r.employeeID)
                }
                byWorker[r.employeeID]!.cells[r.date.day - 1] = hoursCell(r)
            }
            let rest = lang == .english ? "" : "休"
            let body = order.map { id in [id, byWorker[id]!.name] + byWorker[id]!.cells.map { $0.isEmpty ? rest : $0 } }
            let title = lang.label("Monthly Attendance", "考勤表")
            switch variant.attendance {
            case .csvGrid:
                document = RenderedDocument(role: .timesheet(month), type: .timesheet,
                                            bytes: csv([[title], [monthLine], header] + body), created: created)
                document.fileExtension = "csv"
            case .xlsxGrid:
                let cells: [[XLSXWriter.Cell]] = [[.text(title)], [.text(monthLine)], header.map(XLSXWriter.Cell.text)]
                    + body.map { row in row.enumerated().map { i, v in
                        i >= 2 && !v.isEmpty && Double(v) != nil ? .number(v) : (v.isEmpty ? .empty : .text(v)) } }
                document = RenderedDocument(role: .timesheet(month), type: .timesheet,
                                            bytes: try XLSXWriter.workbook(cells), created: created)
                document.fileExtension = "xlsx"
            default:
                var page = PageComposer(pdf: try PDFDocument(title: "Attendance", created: created, fontFamily: variant.fontFamily),
                                        fieldLayout: style.fieldLayout, numbersPages: true)
                heading(&page, "Monthly Attendance", "考勤表", size: 14)
                page.field(lang.field("Company", "公司名称"), factory.companyName(on: .payroll), singleLine: true)
                page.line(monthLine)
                page.table(TextTable(columns: header.enumerated().map { TextTable.Column(header: $1, alignment: $0 < 2 ? .left : .right) },
                                     rows: body, fontSize: 6, rowHeight: 14))
                document = RenderedDocument(role: .timesheet(month), type: .timesheet, bytes: try page.finish(), created: created)
                document.fileExtension = "pdf"
            }
        }
        return document
    }

    private func csv(_ rows: [[String]]) -> [UInt8] {
        let lines = rows.map { row in
            row.map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacing("\"", with: "\"\"") + "\"" : $0 }
                .joined(separator: ",")
        }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    // MARK: Payroll

    func payroll(_ register: PayrollMonth) throws -> RenderedDocument {
        let created = register.payDate.adding(days: -2)
        var rng = variant.rng("payroll/\(register.month)")
        let d = VariantDate.draw(for: [register.payDate], language: lang, using: &rng)
        let m = variant.money
        let allowance = register.lines.contains { $0.allowanceFen != nil }
        let stacked = variant.stackedHeaders
        switch variant.payroll {
        case .register, .xlsxRegister:
            let headers = [lang.label("Emp No.", "工号", stacked: stacked), lang.label("Name", "姓名", stacked: stacked),
                           lang.label("Days Worked", "出勤天数", stacked: stacked), lang.label("Regular Hours", "正常工时", stacked: stacked),
                           lang.label("OT Hours", "加班工时", stacked: stacked), lang.label("Base Wage", "基本工资", stacked: stacked),
                           lang.label("OT Pay", "加班费", stacked: stacked)]
                + (allowance ? [lang.label("Allowance", "津贴", stacked: stacked)] : [])
                + [lang.label("Gross Pay", "应发工资", stacked: stacked), lang.label("Deductions", "扣款合计", stacked: stacked),
                   lang.label("Net Pay", "实发工资", stacked: stacked)]
            let rows = register.lines.map { l in
                [l.employeeID, l.employeeName, String(l.daysWorked), Figures.hours(l.regularMinutes), Figures.hours(l.overtimeMinutes),
                 m.text(l.baseFen), m.text(l.overtimePayFen)] + (allowance ? [m.text(l.allowanceFen ?? 0)] : [])
                    + [m.text(l.grossFen), m.text(l.deductionsFen), m.text(l.netFen)]
            }
            let period = lang == .chinese ? "工资月份：" + VariantDate.chinese.month(register.month)
                : lang.label("Pay Period", "工资月份") + ": " + d.month(register.month)
            if variant.payroll == .xlsxRegister {
                let cells: [[XLSXWriter.Cell]] = [[.text(lang.label("Payroll Register", "工资表"))],
                                                  [.text(lang.label("Company", "公司名称") + ": " + factory.companyName(on: .payroll))],
                                                  [.text(period)], headers.map { .text($0.replacing("\n", with: " ")) }]
                    + register.lines.map { l in
                        [XLSXWriter.Cell.text(l.employeeID), .text(l.employeeName), .number(String(l.daysWorked)),
                         .number(Figures.hours(l.regularMinutes)), .number(Figures.hours(l.overtimeMinutes)),
                         .number(VariantMoney.plain.text(l.baseFen)), .number(VariantMoney.plain.text(l.overtimePayFen))]
                            + (allowance ? [.number(VariantMoney.plain.text(l.allowanceFen ?? 0))] : [])
                            + [.number(VariantMoney.plain.text(l.grossFen)), .number(VariantMoney.plain.text(l.deductionsFen)),
                               .number(VariantMoney.plain.text(l.netFen))]
                    }
                var document = RenderedDocument(role: .payroll(register.month), type: .payroll,
                                                bytes: try XLSXWriter.workbook(cells), created: created)
                document.fileExtension = "xlsx"
                return document
            }
            var page = PageComposer(pdf: try PDFDocument(title: "Payroll Register", created: created, fontFamily: variant.fontFamily),
                                    fieldLayout: style.fieldLayout, numbersPages: true)
            heading(&page, "Payroll Register", "工资表", size: 16)
            page.field(lang.field("Company", "公司名称"), factory.companyName(on: .payroll), singleLine: true)
            page.line(period)
            page.field(lang.field("Pay Date", "发薪日期"), d.text(register.payDate))
            page.space(6)
            page.table(TextTable(columns: headers.enumerated().map { TextTable.Column(header: $1, alignment: $0 < 2 ? .left : .right) },
                                 rows: rows, fontSize: 7.5, rowHeight: style.payroll.rowHeight))
            var document = RenderedDocument(role: .payroll(register.month), type: .payroll, bytes: try page.finish(), created: created)
            document.fileExtension = "pdf"
            return document
        case .payslips:
            var page = PageComposer(pdf: try PDFDocument(title: "Payslips", created: created, fontFamily: variant.fontFamily),
                                    fieldLayout: .inline, numbersPages: true)
            heading(&page, "Payslips " + d.month(register.month), "工资条 " + VariantDate.chinese.month(register.month), size: 14)
            page.line(lang.label("Company", "公司名称") + "：" + factory.companyName(on: .payroll))
            page.line(lang.label("Pay Period", "工资月份") + ": " + (lang == .english ? d.month(register.month) : VariantDate.chinese.month(register.month)))
            let sep = lang == .english ? ": " : "："
            func pair(_ en: String, _ zh: String, _ value: String) -> String { lang.label(en, zh) + sep + value }
            for l in register.lines {
                page.space(8)
                page.line(pair("Employee ID", "工号", l.employeeID) + "    " + pair("Name", "姓名", l.employeeName), size: 9, bold: true)
                page.line(pair("Days Worked", "出勤天数", String(l.daysWorked)) + "    " + pair("Regular Hours", "正常工时", Figures.hours(l.regularMinutes))
                          + "    " + pair("OT Hours", "加班工时", Figures.hours(l.overtimeMinutes)), size: 9)
                page.line(pair("Basic Wage", "基本工资", m.text(l.baseFen)) + "    " + pair("OT Pay", "加班费", m.text(l.overtimePayFen))
                          + (l.allowanceFen.map { "    " + pair("Allowance", "津贴", m.text($0)) } ?? ""), size: 9)
                page.line(pair("Gross Pay", "应发工资", m.text(l.grossFen)) + "    " + pair("Deductions", "扣款合计", m.text(l.deductionsFen))
                          + "    " + pair("Net Pay", "实发工资", m.text(l.netFen)), size: 9)
            }
            var document = RenderedDocument(role: .payroll(register.month), type: .payroll, bytes: try page.finish(), created: created)
            document.fileExtension = "pdf"
            return document
        }
    }
}
