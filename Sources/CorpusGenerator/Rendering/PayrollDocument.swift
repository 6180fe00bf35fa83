import AuditCore

/// Renders one month's payroll register with a closing total row.
struct PayrollDocument {
    let factory: Factory
    let register: PayrollMonth
    let style: PayrollStyle
    let fieldLayout: FieldLayout
    let dateStyle: DateStyle

    /// The register as a PDF, created two days before the pay date.
    func render() throws -> RenderedDocument {
        let created = register.payDate.adding(days: -2)
        var page = PageComposer(pdf: try PDFDocument(title: "Payroll Register", created: created),
                                fieldLayout: fieldLayout, numbersPages: true)
        page.heading("Payroll Register")
        page.field("Company", factory.companyName(on: .payroll), singleLine: true)
        page.field("Pay Period", style.periodStyle.text(register.month))
        page.field("Pay Date", dateStyle.text(register.payDate))
        page.field("Currency", "RMB")
        page.space(6)
        let lines = register.lines
        let allowance = lines.contains { $0.allowanceFen != nil }
        let headers = [style.idHeader, "Name", "Days Worked", "Regular Hours", "OT Hours", "Base Wage", "OT Pay"]
            + (allowance ? ["Allowance"] : []) + [style.grossHeader, "Deductions", style.netHeader]
        page.table(TextTable(
            columns: headers.enumerated().map { TextTable.Column(header: $1, alignment: $0 < 2 ? .left : .right) },
            rows: lines.map { cells($0, allowance: allowance) },
            totals: ["Total", "", "",
                     Figures.hours(lines.reduce(0) { $0 + $1.regularMinutes }),
                     Figures.hours(lines.reduce(0) { $0 + $1.overtimeMinutes }),
                     Figures.money(lines.reduce(0) { $0 + $1.baseFen }),
                     Figures.money(lines.reduce(0) { $0 + $1.overtimePayFen })]
                + (allowance ? [Figures.money(lines.reduce(0) { $0 + ($1.allowanceFen ?? 0) })] : [])
                + [Figures.money(lines.reduce(0) { $0 + $1.grossFen }),
                   Figures.money(lines.reduce(0) { $0 + $1.deductionsFen }),
                   Figures.money(lines.reduce(0) { $0 + $1.netFen })],
            fontSize: 7.5, rowHeight: style.rowHeight))
        page.space(20)
        page.line("Prepared by: HR Department        Approved by: \(factory.company.legalRepresentative)", size: 9)
        return RenderedDocument(role: .payroll(register.month), type: .payroll, bytes: try page.finish(),
                                created: created)
    }

    /// One line's cells in column order.
    private func cells(_ line: PayrollLine, allowance: Bool) -> [String] {
        [line.employeeID, line.employeeName, String(line.daysWorked), Figures.hours(line.regularMinutes),
         Figures.hours(line.overtimeMinutes), Figures.money(line.baseFen), Figures.money(line.overtimePayFen)]
            + (allowance ? [Figures.money(line.allowanceFen ?? 0)] : [])
            + [Figures.money(line.grossFen), Figures.money(line.deductionsFen), Figures.money(line.netFen)]
    }
}
