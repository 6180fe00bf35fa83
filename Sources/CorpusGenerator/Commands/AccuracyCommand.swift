import ArgumentParser
import Foundation

/// `accuracy`: generates archives, reads each with `auditready inspect --json` and counts how many
/// of the truth's field values the reader extracted exactly, per producer (the software that made
/// the document) and document type.
struct AccuracyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Field accuracy of a reader against the truth of N archives per producer.")

    @Option(help: "The auditready executable.")
    var reader: String

    @Option(help: "How many seeds.")
    var count: Int = 10

    @Option(help: "The first seed.")
    var seed: UInt64 = 1

    @Option(help: "The folder to write the archives, truths and inspect JSON to.")
    var out: String

    @Option(help: "A producer to generate each seed with (repeat for several; default: cairo with varied layouts, and libreoffice).")
    var producer: [Producer] = Producer.allCases

    @Flag(help: "Print every mismatch.")
    var verbose = false

    func run() throws {
        ProcessSetup.prepare()
        var fields = Tally(), types = Tally(), formats = Tally(), producers = Tally()
        for index in 0..<count {
            let s = seed + UInt64(index)
            let profile: Profile = index % 3 == 0 ? .clean : .violations
            for maker in producer {
                let name = "acc-\(s)-\(profile.rawValue)-\(maker.rawValue)"
                let result = try ArchiveGenerator.generate(GenerationRequest(
                    seed: s, profile: profile, format: .zip, outputDirectory: out, name: name, nestsPayroll: nil,
                    varied: true, producer: maker))
                let json = try inspect(result.archivePath)
                try json.write(to: URL(fileURLWithPath: out + "/" + name + ".inspect.json"))
                let read = ReadValues(json: json)
                print("\(name): \(result.truth.layout ?? "classic")")
                var madeBy: [String: Producer] = [:]
                for document in result.truth.documents { madeBy[document.path] = document.producer ?? .cairo }
                for value in result.truth.fields.values {
                    let got = read.value(for: value)
                    let ok = got.map { equal($0, value.value, field: value.field) } ?? false
                    let made = (madeBy[value.path] ?? .cairo).rawValue + (value.scanned == true ? " scan" : "")
                    fields.add("\(made) \(value.documentType.rawValue)/\(value.field)", ok)
                    types.add("\(made) \(value.documentType.rawValue)", ok)
                    let format = URL(fileURLWithPath: value.path).pathExtension.lowercased()
                    formats.add("\(made) \(value.documentType.rawValue) \(format)", ok)
                    producers.add(made, ok)
                    if !ok && verbose { print("  MISS \(value.path) [\(value.record)] \(value.field): expected \(value.value), read \(got ?? "nothing")") }
                }
            }
        }
        print("\nfield accuracy (exact/total) per producer, document type and field:")
        fields.print(width: 46)
        print("\nper producer and document type:")
        types.print(width: 46)
        print("\nper producer, document type and file format:")
        formats.print(width: 46)
        print("\nper producer:")
        producers.print(width: 46)
    }

    /// Exact reads out of all values, per key.
    struct Tally {
        private var counts: [String: (exact: Int, total: Int)] = [:]

        mutating func add(_ key: String, _ exact: Bool) {
            counts[key, default: (0, 0)].total += 1
            if exact { counts[key]!.exact += 1 }
        }

        func print(width: Int) {
            for key in counts.keys.sorted() {
                let (exact, total) = counts[key]!
                let share = total == 0 ? "—" : String(format: "%.1f%%", 100 * Double(exact) / Double(total))
                Swift.print("  \(key.padding(toLength: width, withPad: " ", startingAt: 0)) \(exact)/\(total)  \(share)")
            }
        }
    }

    private func equal(_ read: String, _ expected: String, field: String) -> Bool {
        if field.hasSuffix("ours"), let a = Double(read), let b = Double(expected) { return abs(a - b) < 0.05 }
        return read == expected
    }

    private func inspect(_ archive: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: reader)
        process.arguments = ["inspect", "--json", archive]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

/// The values `auditready inspect --json` read, indexed like the truth's field values.
struct ReadValues {
    private var documents: [(path: String, facts: [String: Any])] = []
    private var byRecord: [String: String] = [:]

    init(json: Data) {
        let parsed = try? JSONSerialization.jsonObject(with: json)
        var root: [String: Any] = [:]
        if let items = parsed as? [[String: Any]] {
            for case let model as [String: Any] in items.map({ $0["evidence"] as Any }) {
                for (key, list) in model {
                    root[key] = ((root[key] as? [Any]) ?? []) + ((list as? [Any]) ?? [])
                }
            }
        } else if let model = parsed as? [String: Any] {
            root = model
        }
        func value(_ object: Any?) -> String? {
            guard let located = object as? [String: Any], let v = located["value"] else { return nil }
            if let n = v as? NSNumber {
                let d = n.doubleValue
                return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
            }
            return v as? String
        }
        func path(_ object: Any?) -> String {
            ((object as? [String: Any])?["evidence"] as? [String: Any])?["path"] as? String ?? ""
        }
        for document in root["documents"] as? [[String: Any]] ?? [] {
            documents.append((document["path"] as? String ?? "", document))
        }
        for e in root["employees"] as? [[String: Any]] ?? [] {
            guard let id = value(e["id"]) else { continue }
            let key = "roster|\(id)|"
            byRecord[key + "employeeId"] = id
            for field in ["name", "birthDate", "nationalId", "hireDate", "leaveDate"] {
                if let v = value(e[field]) { byRecord[key + field] = v }
            }
        }
        for t in root["timeEntries"] as? [[String: Any]] ?? [] {
            guard let id = value(t["employeeId"]), let date = value(t["date"]) else { continue }
            let key = "timesheet|\(id)|\(date)|"
            byRecord[key + "employeeId"] = id
            byRecord[key + "date"] = date
            if let v = value(t["hours"]) { byRecord[key + "hours"] = v }
            byRecord[key + "overtimeHours"] = value(t["overtimeHours"]) ?? "0"
        }
        for s in root["attendanceSummaries"] as? [[String: Any]] ?? [] {
            guard let id = value(s["employeeId"]), let from = value(s["from"]) else { continue }
            let key = "timesheet|\(id)|\(from.prefix(7))|"
            if let v = value(s["regularHours"]) { byRecord[key + "summaryHours"] = v }
            byRecord[key + "summaryOvertimeHours"] = value(s["overtimeHours"]) ?? "0"
            if let v = value(s["daysWorked"]) { byRecord[key + "summaryDaysWorked"] = v }
        }
        for p in root["payLines"] as? [[String: Any]] ?? [] {
            guard let id = value(p["employeeId"]), let period = value(p["period"]) else { continue }
            let key = "payroll|\(id)|\(period)|"
            byRecord[key + "employeeId"] = id
            byRecord[key + "period"] = period
            for field in ["baseWage", "overtimePay", "gross", "deductions", "net"] {
                if let v = value(p[field]) { byRecord[key + field] = v }
            }
        }
        self.documentValue = value
    }

    private var documentValue: (Any?) -> String? = { _ in nil }

    /// What the reader read for `truth`, or nil.
    func value(for truth: TruthFieldValue) -> String? {
        if truth.record.isEmpty {
            guard let facts = documents.first(where: { $0.path == truth.path || $0.path.hasSuffix("/" + truth.path) })?.facts
            else { return nil }
            if truth.field == "openEnded" { return facts["openEnded"].map { $0 is NSNull ? "false" : "true" } }
            return documentValue(facts[truth.field])
        }
        let section: String
        switch truth.documentType {
        case .roster: section = "roster"
        case .timesheet: section = "timesheet"
        default: section = "payroll"
        }
        return byRecord["\(section)|\(truth.record)|\(truth.field)"]
    }
}
