import AuditCore

/// Places rendered documents into a factory-style folder tree, with seed-chosen folder names,
/// file names (sometimes uninformative scanner names) and an optional nested payroll zip.
struct EvidenceLayout {
    private static let roots = ["Evidence", "Audit Evidence 2026", "验厂资料 Audit Documents"]
    private static let folderSets = [
        ["01 Licenses", "02 HR", "03 Attendance", "04 Payroll"],
        ["01 证照 Licenses", "02 人事 HR", "03 考勤 Attendance", "04 工资 Payroll"],
        ["1. Legal Documents", "2. Personnel", "3. Time Records", "4. Wages"],
    ]

    /// Whether payroll registers go into a nested zip; nil lets the seed decide.
    var nestsPayroll: Bool?

    /// The archive's entries, sorted by path.
    func arrange(_ documents: [RenderedDocument], seed: UInt64) -> [EvidenceEntry] {
        var rng = SplitMix64(seed: seed, stream: "layout")
        let root = rng.pick(Self.roots)
        let folders = rng.pick(Self.folderSets)
        let naming = rng.int(in: 0...2)
        let scannerShare = rng.pick([0.0, 0.0, 0.3, 0.5])
        let nested = nestsPayroll ?? rng.chance(0.3)
        var scanNumber = rng.int(in: 3...40)

        var entries: [EvidenceEntry] = []
        var payrollEntries: [EvidenceEntry] = []
        for document in documents {
            var name = descriptiveName(document.role, scheme: naming)
            // A clock's summary keeps its name (and draws nothing, so the other entries are as before it).
            if !document.isSummary, rng.chance(scannerShare) {
                scanNumber += rng.int(in: 1...4)
                name = document.type == .timesheet ? "export_\(scanNumber).csv" : "scan_\(pad4(scanNumber)).pdf"
            }
            if let ext = document.fileExtension, let dot = name.lastIndex(of: ".") {
                name = String(name[..<dot]) + "." + ext
            }
            var entry = EvidenceEntry(path: name, modified: document.created, content: .document(document.type, document.bytes))
            entry.role = document.role
            entry.scanned = document.scanned
            entry.producer = document.producer
            switch document.role {
            case .businessLicense, .fireCertificate, .managementCertificate, .auditReport:
                entries.append(placed(entry, in: "\(root)/\(folders[0])"))
            case .roster:
                entries.append(placed(entry, in: "\(root)/\(folders[1])"))
            case .timesheet, .attendanceSummary:
                entries.append(placed(entry, in: "\(root)/\(folders[2])"))
            case .payroll:
                if nested { payrollEntries.append(entry) } else { entries.append(placed(entry, in: "\(root)/\(folders[3])")) }
            }
        }
        if !payrollEntries.isEmpty {
            let inner = rng.chance(0.5) ? payrollEntries.map { placed($0, in: "Payroll") } : payrollEntries
            entries.append(EvidenceEntry(path: "\(root)/\(folders[3])/\(rng.pick(["payroll.zip", "工资表 payroll.zip"]))",
                                         modified: payrollEntries.map(\.modified).max()!,
                                         content: .zip(inner.sorted { $0.path < $1.path })))
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// `entry` moved into `folder`.
    private func placed(_ entry: EvidenceEntry, in folder: String) -> EvidenceEntry {
        var moved = entry
        moved.path = folder + "/" + entry.path
        return moved
    }

    /// The file name a clerk would give the document, in one of three naming habits.
    private func descriptiveName(_ role: RenderedDocument.Role, scheme: Int) -> String {
        switch role {
        case .businessLicense:
            return ["营业执照 business license.pdf", "Business License.pdf", "business_licence.pdf"][scheme]
        case .fireCertificate:
            return ["消防检查合格证 fire certificate.pdf", "Fire Safety Certificate.pdf", "fire_certificate.pdf"][scheme]
        case .managementCertificate(let standard):
            let short = String(standard.prefix { $0 != ":" })
            return ["\(short) 证书 certificate.pdf", "\(short) Certificate.pdf",
                    short.lowercased().replacing(" ", with: "") + "_certificate.pdf"][scheme]
        case let .auditReport(programme, calledCertificate):
            let short = programme == .bsci ? "BSCI" : "SMETA"
            let (english, chinese) = calledCertificate ? ("Certificate", "证书") : ("Audit Report", "审核报告")
            return ["\(short) \(chinese) \(english.lowercased()).pdf", "\(programme.rawValue) \(english).pdf",
                    short.lowercased() + "_" + english.lowercased().replacing(" ", with: "_") + ".pdf"][scheme]
        case .roster:
            return ["花名册 roster.pdf", "Employee Roster.pdf", "roster.pdf"][scheme]
        case .timesheet(let month):
            return ["考勤 \(month) attendance.csv", "\(month) Attendance.csv", "timesheet_\(compact(month)).csv"][scheme]
        case .attendanceSummary(let month):
            return ["考勤汇总 \(month) summary.xlsx", "\(month) Attendance Summary.xlsx", "attendance_summary_\(compact(month)).xlsx"][scheme]
        case .payroll(let month):
            return ["工资表 payroll \(month).pdf", "Payroll \(month).pdf", "payroll_\(compact(month)).pdf"][scheme]
        }
    }

    /// `2026-07` as `202607`.
    private func compact(_ month: YearMonth) -> String {
        month.description.replacing("-", with: "")
    }

    /// A scanner's four-digit counter.
    private func pad4(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
