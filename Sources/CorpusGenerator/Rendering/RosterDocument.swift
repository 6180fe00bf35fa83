import AuditCore

/// Renders the employee roster: every worker, including one who resigned, as a table.
struct RosterDocument {
    let factory: Factory
    let style: RosterStyle
    let fieldLayout: FieldLayout

    /// The roster as a PDF, printed a few days before the audit date.
    func render() throws -> RenderedDocument {
        let created = factory.asOf.adding(days: -4)
        let columns = style.order + (factory.employees.contains { $0.leaveDate != nil } ? [.leaveDate] : [])
        var page = PageComposer(pdf: try PDFDocument(title: "Employee Roster", created: created),
                                fieldLayout: fieldLayout, numbersPages: true)
        page.heading("Employee Roster")
        page.field("Company", factory.companyName(on: .roster), singleLine: true)
        page.field("Date", style.dateStyle.text(created))
        page.field("Headcount", String(factory.employees.count))
        page.space(6)
        page.table(TextTable(
            columns: columns.map { TextTable.Column(header: style.headers[$0]!, alignment: .left) },
            rows: factory.employees.map { employee in columns.map { cell($0, of: employee) } },
            fontSize: 8, rowHeight: style.rowHeight))
        return RenderedDocument(role: .roster, type: .roster, bytes: try page.finish(), created: created)
    }

    /// One employee's value for `column`.
    private func cell(_ column: RosterStyle.Column, of employee: Employee) -> String {
        switch column {
        case .employeeID: return employee.id
        case .name: return employee.name
        case .sex:
            let full = employee.sex == .male ? "Male" : "Female"
            return style.writesSexInFull ? full : String(full.prefix(1))
        case .birthDate: return style.dateStyle.text(employee.birthDate)
        case .nationalID: return employee.nationalID
        case .hireDate: return style.dateStyle.text(employee.hireDate)
        case .department: return employee.department
        case .leaveDate: return employee.leaveDate.map(style.dateStyle.text) ?? ""
        }
    }
}
