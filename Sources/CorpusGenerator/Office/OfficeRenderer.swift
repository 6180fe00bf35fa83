import AuditCore

/// Renders a factory's evidence as an office makes it in LibreOffice Calc: each document a sheet
/// (`OfficeTableLayout`), printed to PDF or, for some attendance and payroll months, saved as an
/// XLSX workbook. The values are the factory's, so the truth holds.
struct OfficeRenderer {
    let factory: Factory
    let seed: UInt64

    /// The language, money format and file choices of the archive (stream `office`).
    struct Choices {
        var language: DocumentLanguage
        var money: OfficeSheet.NumberFormat
        var attendanceWorkbook: Bool
        var payrollWorkbook: Bool
        /// What a workbook is saved as: Excel 2007 XML or Excel 97.
        var workbookFormat: OfficeConverter.Target
        /// The licence and certificates are typed in Writer, their fields set as `fieldStyle`;
        /// otherwise they are Calc sheets of label and value cells.
        var formsInWriter: Bool
        var fieldStyle: FlatODTWriter.FieldStyle
        /// The roster is a Writer table rather than a Calc sheet.
        var rosterInWriter: Bool
        /// Bilingual headers as Chinese over English in two lines of one cell.
        var stackedHeaders: Bool
        /// Latin text in the CJK font too (WenQuanYi Micro Hei), not DejaVu Sans.
        var cjkFontOnly: Bool

        init(seed: UInt64) {
            var rng = SplitMix64(seed: seed, stream: "office")
            language = rng.pick(DocumentLanguage.allCases)
            money = rng.chance(0.6) ? .grouped2 : .plain2
            attendanceWorkbook = rng.chance(0.4)
            payrollWorkbook = rng.chance(0.2)
            workbookFormat = rng.chance(0.3) ? .xls : .xlsx
            formsInWriter = rng.chance(0.6)
            fieldStyle = rng.pick(FlatODTWriter.FieldStyle.allCases)
            rosterInWriter = rng.chance(0.3)
            stackedHeaders = language == .bilingual && rng.chance(0.5)
            cjkFontOnly = rng.chance(language == .english ? 0.2 : 0.5)
        }

        var summary: String {
            "libreoffice, \(language.rawValue)" + (stackedHeaders ? " stacked" : "") + ", money \(money.rawValue)"
                + (cjkFontOnly ? ", CJK font only" : "")
                + (formsInWriter ? ", forms in writer (\(fieldStyle.rawValue))" : "") + (rosterInWriter ? ", roster in writer" : "")
                + (attendanceWorkbook ? ", attendance \(workbookFormat.rawValue)" : "") + (payrollWorkbook ? ", payroll \(workbookFormat.rawValue)" : "")
        }
    }

    var choices: Choices { Choices(seed: seed) }
    private var lang: DocumentLanguage { choices.language }
    private var company: Company { factory.company }

    /// One document before LibreOffice: its sheet, the application that lays it out (Calc, or
    /// Writer with its field style) and what to turn it into.
    private struct Pending {
        var role: RenderedDocument.Role
        var type: DocumentType
        var created: CivilDate
        var sheet: OfficeSheet
        var target: OfficeConverter.Target
        var writer: FlatODTWriter.FieldStyle?
    }

    /// Every document of the factory, converted in one LibreOffice run per format.
    func render() throws -> [RenderedDocument] {
        var pending = [businessLicense()]
        if !factory.omitted.contains(.fireCertificate) { pending.append(fireCertificate()) }
        pending.append(managementCertificate())
        if !factory.omitted.contains(.roster) { pending.append(roster()) }
        for month in factory.months { pending.append(attendance(month)) }
        for register in factory.payroll { pending.append(payroll(register)) }
        if let report = factory.auditReport { pending.append(auditReport(report)) }
        if choices.cjkFontOnly {
            for index in pending.indices { pending[index].sheet.westernFont = "WenQuanYi Micro Hei" }
        }
        let jobs = pending.map { document -> OfficeConverter.Job in
            if let style = document.writer {
                return .init(name: document.sheet.name, xml: FlatODTWriter.document(document.sheet, fieldStyle: style, chineseColon: lang == .chinese),
                             fileExtension: "fodt", target: document.target)
            }
            return .init(name: document.sheet.name, xml: FlatODSWriter.document(document.sheet), fileExtension: "fods", target: document.target)
        }
        let bytes = try OfficeConverter.convert(jobs)
        return zip(pending, bytes).map { document, bytes in
            var rendered = RenderedDocument(role: document.role, type: document.type, bytes: bytes, created: document.created)
            rendered.fileExtension = document.target.rawValue
            rendered.producer = .libreoffice
            return rendered
        }
    }

    private func rng(_ name: String) -> SplitMix64 { SplitMix64(seed: seed, stream: "office/" + name) }

    private func date(for dates: [CivilDate], _ name: String) -> VariantDate {
        var rng = rng(name + "/date")
        return VariantDate.draw(for: dates, language: lang, using: &rng)
    }

    private func title(_ english: String, _ chinese: String) -> String {
        lang == .bilingual ? chinese + " " + english : lang.label(english, chinese)
    }

    private func line(_ english: String, _ chinese: String, _ value: String) -> String {
        lang.field(english, chinese) + (lang == .chinese ? "：" : ": ") + value
    }

    // MARK: Certificates

    private func form(_ name: String, _ title: String, subtitle: String? = nil, fields: [(String, String)]) -> OfficeSheet {
        var layout = OfficeTableLayout(rng: rng(name))
        return layout.form(name: name, title: title, subtitle: subtitle, fields: fields)
    }

    /// The Writer field style of a form, or nil when forms are Calc sheets.
    private var formWriter: FlatODTWriter.FieldStyle? { choices.formsInWriter ? choices.fieldStyle : nil }

    /// A header label; bilingual ones stacked in two lines when the archive stacks them.
    private func header(_ english: String, _ chinese: String) -> String {
        lang.label(english, chinese, stacked: choices.stackedHeaders)
    }

    /// Whether the dates and times of document `name` are typed values (Calc keeps a date and a
    /// time it recognises as a value with a format) rather than text.
    private func typesValues(_ name: String) -> Bool {
        var rng = rng(name + "/typed")
        return rng.chance(0.6)
    }

    private func dateCell(_ date: CivilDate, _ style: VariantDate, typed: Bool) -> OfficeSheet.Value {
        typed ? .date(date, style: style) : .text(style.text(date))
    }

    /// A clock time; one past midnight (`24:30`) stays text, as no time of day shows it.
    private func timeCell(_ time: ClockTime, typed: Bool) -> OfficeSheet.Value {
        typed && time.minutesAfterMidnight < 24 * 60 ? .time(time) : .text(time.description)
    }

    private func businessLicense() -> Pending {
        let d = date(for: [], "licence")
        let to = lang == .english ? " to " : " 至 "
        let term = d.text(company.established) + to + (company.businessTermEnd.map(d.text) ?? lang.field("Long-term", "长期"))
        let sheet = form("Business License", title("Business License", "营业执照"), subtitle: lang.field("(Duplicate)", "（副本）"), fields: [
            (lang.field("Company Name", "名称"), company.name),
            (lang.field("Unified Social Credit Code", "统一社会信用代码"), company.socialCreditCode),
            (lang.field("Type", "类型"), company.entityType),
            (lang.field("Legal Representative", "法定代表人"), company.legalRepresentative),
            (lang.field("Registered Capital", "注册资本"), VariantMoney.rmb.text(company.registeredCapitalYuan * 100)),
            (lang.field("Address", "住所"), company.address),
            (lang.field("Date of Establishment", "成立日期"), d.text(company.established)),
            (lang.field("Business Term", "营业期限"), term),
            (lang.field("Business Scope", "经营范围"), company.businessScope),
            (lang.field("Registration Authority", "登记机关"), company.registrationAuthority),
            (lang.field("Date of Issue", "发证日期"), d.text(company.licenceIssued)),
        ])
        return Pending(role: .businessLicense, type: .businessLicense, created: company.licenceIssued, sheet: sheet, target: .pdf, writer: formWriter)
    }

    private func fireCertificate() -> Pending {
        let certificate = factory.fireCertificate
        let d = date(for: [], "fire")
        let sheet = form("Fire Certificate", lang == .english ? certificate.title : title(certificate.title, "消防安全检查合格证"), fields: [
            (lang.field("Company Name", "单位名称"), factory.companyName(on: .fireCertificate)),
            (lang.field("Unified Social Credit Code", "统一社会信用代码"), certificate.socialCreditCode),
            (lang.field("Address", "地址"), company.address),
            (lang.field("Certificate No.", "证书编号"), certificate.number),
            (lang.field("Inspection Result", "检查结果"), lang.field("Qualified", "合格")),
            (lang.field("Date of Issue", "发证日期"), d.text(certificate.issued)),
            (lang.field("Valid Until", "有效期至"), d.text(certificate.validUntil)),
            (lang.field("Issued by", "发证机关"), certificate.issuer),
        ])
        return Pending(role: .fireCertificate, type: .fireCertificate, created: certificate.issued, sheet: sheet, target: .pdf, writer: formWriter)
    }

    private func managementCertificate() -> Pending {
        let certificate = factory.managementCertificate
        let d = date(for: [], "iso")
        let sheet = form("Certificate", title("Certificate of Registration", "认证证书"), subtitle: certificate.standard, fields: [
            (lang.field("Organisation", "组织名称"), factory.companyName(on: .certificate)),
            (lang.field("Address", "地址"), certificate.address),
            (lang.field("Scope", "认证范围"), certificate.scope),
            (lang.field("Certificate No.", "证书编号"), certificate.number),
            (lang.field("Issue Date", "发证日期"), d.text(certificate.issued)),
            (lang.field("Expiry Date", "有效期至"), d.text(certificate.expires)),
            (lang.field("Certification Body", "认证机构"), certificate.body),
            (lang.field("Accreditation", "认可标志"), certificate.accreditation),
        ])
        return Pending(role: .managementCertificate(standard: certificate.standard), type: .certificate,
                       created: certificate.issued, sheet: sheet, target: .pdf, writer: formWriter)
    }

    private func auditReport(_ report: SocialAuditReport) -> Pending {
        let d = date(for: [], "bsci")
        var fields = [(lang.field("Company Name", "企业名称"), company.name), (lang.field("Address", "地址"), company.address)]
        switch report.scheme {
        case .bsci: fields.append(("amfori ID", report.siteID))
        case .smeta: fields.append(("Sedex Site Reference", report.siteID))
        }
        if let reference = report.auditReference { fields.append((lang.field("Sedex Audit Reference", "审核编号"), reference)) }
        fields.append((lang.field("Audit Date", "审核日期"), d.text(report.auditDate)))
        if let rating = report.rating { fields.append((lang.field("Overall Rating", "总评级"), rating)) }
        fields.append((lang.field("Audit Company", "审核机构"), report.auditCompany))
        let sheet = form("BSCI Audit", title(report.title.english, report.title.chinese), fields: fields)
        return Pending(role: .auditReport(report.scheme, calledCertificate: report.calledCertificate), type: .certificate,
                       created: report.auditDate, sheet: sheet, target: .pdf, writer: formWriter)
    }

    // MARK: Tables

    private func roster() -> Pending {
        let created = factory.asOf.adding(days: -4)
        let dates = factory.employees.flatMap { [$0.birthDate, $0.hireDate] + ($0.leaveDate.map { [$0] } ?? []) } + [created]
        let d = date(for: dates, "roster")
        let typed = !choices.rosterInWriter && typesValues("roster")
        let resigned = factory.employees.contains { $0.leaveDate != nil }
        let headers = [header("Emp No.", "工号"), header("Name", "姓名"), header("Sex", "性别"),
                       header("ID Card No.", "身份证号码"), header("Date of Birth", "出生日期"),
                       header("Hire Date", "入职日期"), header("Department", "部门")]
            + (resigned ? [header("Leave Date", "离职日期")] : [])
        let rows = factory.employees.map { e -> [OfficeSheet.Value] in
            let sex = lang == .english ? (e.sex == .male ? "M" : "F") : (e.sex == .male ? "男" : "女")
            return [.text(e.id), .text(e.name), .text(sex), .text(e.nationalID), dateCell(e.birthDate, d, typed: typed),
                    dateCell(e.hireDate, d, typed: typed), .text(e.department)]
                + (resigned ? [e.leaveDate.map { dateCell($0, d, typed: typed) } ?? .empty] : [])
        }
        var layout = OfficeTableLayout(rng: rng("roster"))
        let sheet = layout.sheet(name: "Roster", title: title("Employee Roster", "员工花名册"),
                                 lines: [line("Company", "公司名称", factory.companyName(on: .roster)), line("Date", "日期", d.text(created)),
                                         line("Headcount", "人数", String(factory.employees.count))],
                                 headers: headers, rows: rows)
        return Pending(role: .roster, type: .roster, created: created, sheet: sheet, target: .pdf,
                       writer: choices.rosterInWriter ? .table : nil)
    }

    private func attendance(_ month: YearMonth) -> Pending {
        let rows = factory.attendance.filter { $0.date.yearMonth == month }.sorted(by: AttendanceScheduler.timesheetOrder)
        let d = date(for: rows.map(\.date), "attendance/\(month)")
        let typed = typesValues("attendance/\(month)")
        let headers = [header("Date", "日期"), header("Emp No.", "工号"), header("Name", "姓名"),
                       header("Clock In", "上班时间"), header("Clock Out", "下班时间"),
                       header("Regular Hours", "正常工时"), header("OT Hours", "加班工时")]
        let body = rows.map { r -> [OfficeSheet.Value] in
            [dateCell(r.date, d, typed: typed), .text(r.employeeID), .text(r.employeeName),
             timeCell(r.clockIn, typed: typed), timeCell(r.clockOut, typed: typed),
             .number(Double(r.regularMinutes) / 60, format: .plain1), .number(Double(r.overtimeMinutes) / 60, format: .plain1)]
        }
        var layout = OfficeTableLayout(rng: rng("attendance/\(month)"))
        let sheet = layout.sheet(name: "\(month)", title: title("Attendance Records", "考勤记录"),
                                 lines: [line("Company", "公司名称", factory.companyName(on: .payroll)), line("Month", "考勤月份", d.month(month))],
                                 headers: headers, rows: body)
        return Pending(role: .timesheet(month), type: .timesheet, created: month.next.firstDay.adding(days: 1), sheet: sheet,
                       target: choices.attendanceWorkbook ? choices.workbookFormat : .pdf)
    }

    private func payroll(_ register: PayrollMonth) -> Pending {
        let d = date(for: [register.payDate], "payroll/\(register.month)")
        let allowance = register.lines.contains { $0.allowanceFen != nil }
        let headers = [header("Emp No.", "工号"), header("Name", "姓名"), header("Days Worked", "出勤天数"),
                       header("Regular Hours", "正常工时"), header("OT Hours", "加班工时"), header("Base Wage", "基本工资"),
                       header("OT Pay", "加班费")]
            + (allowance ? [header("Allowance", "津贴")] : [])
            + [header("Gross Pay", "应发工资"), header("Deductions", "扣款合计"), header("Net Pay", "实发工资")]
        let money = choices.money
        func yuan(_ fen: Int) -> OfficeSheet.Value { .number(Double(fen) / 100, format: money) }
        let rows = register.lines.map { l -> [OfficeSheet.Value] in
            [.text(l.employeeID), .text(l.employeeName), .number(Double(l.daysWorked), format: .integer),
             .number(Double(l.regularMinutes) / 60, format: .plain1), .number(Double(l.overtimeMinutes) / 60, format: .plain1),
             yuan(l.baseFen), yuan(l.overtimePayFen)] + (allowance ? [yuan(l.allowanceFen ?? 0)] : [])
                + [yuan(l.grossFen), yuan(l.deductionsFen), yuan(l.netFen)]
        }
        let period = lang == .chinese ? VariantDate.chinese.month(register.month) : d.month(register.month)
        var layout = OfficeTableLayout(rng: rng("payroll/\(register.month)"))
        let sheet = layout.sheet(name: "\(register.month)", title: title("Payroll Register", "工资表"),
                                 lines: [line("Company", "公司名称", factory.companyName(on: .payroll)),
                                         line("Pay Period", "工资月份", period), line("Pay Date", "发薪日期", d.text(register.payDate))],
                                 headers: headers, rows: rows)
        return Pending(role: .payroll(register.month), type: .payroll, created: register.payDate.adding(days: -2), sheet: sheet,
                       target: choices.payrollWorkbook ? choices.workbookFormat : .pdf)
    }
}
