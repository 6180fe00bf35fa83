import AuditCore
import Foundation
import Yams

/// The data rules consult besides their parameters: working-day calendars, minimum wages, and
/// certification standards and bodies.
public struct ReferenceData: Sendable, Codable, Hashable {
    public var calendars: [String: WorkCalendar]
    public var minimumWages: MinimumWageTable
    public var certification: CertificationTable

    public init(calendars: [String: WorkCalendar] = [:], minimumWages: MinimumWageTable = MinimumWageTable(regions: []),
                certification: CertificationTable = CertificationTable()) {
        self.calendars = calendars
        self.minimumWages = minimumWages
        self.certification = certification
    }

    /// Reads `reference/calendars/*.yaml`, `reference/minimum-wages.yaml` and
    /// `reference/certification.yaml` from the rule folders; a folder earlier in the list wins.
    public static func load(from directories: [URL]) throws -> ReferenceData {
        var data = ReferenceData()
        let fm = FileManager.default
        for directory in directories.reversed().map({ $0.appendingPathComponent("reference") }) {
            let calendarFolder = directory.appendingPathComponent("calendars")
            for file in ((try? fm.contentsOfDirectory(atPath: calendarFolder.path)) ?? []).sorted() where file.hasSuffix(".yaml") {
                let url = calendarFolder.appendingPathComponent(file)
                let calendar = try decode(WorkCalendar.self, from: url)
                data.calendars[calendar.calendar] = calendar
            }
            let wages = directory.appendingPathComponent("minimum-wages.yaml")
            if fm.fileExists(atPath: wages.path) { data.minimumWages = try decode(MinimumWageTable.self, from: wages) }
            let certification = directory.appendingPathComponent("certification.yaml")
            if fm.fileExists(atPath: certification.path) { data.certification = try decode(CertificationTable.self, from: certification) }
        }
        return data
    }

    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: String(contentsOf: url, encoding: .utf8))
        } catch {
            throw RulePackError(file: url.path, line: nil, reason: "is not valid reference data: \(error)")
        }
    }
}

/// What kind of day a date is for pay: a workday, a rest day (200%) or a statutory holiday (300%).
public enum DayKind: String, Sendable {
    case workday, restDay, statutoryHoliday
}

/// A country's working-day calendar: statutory holidays, extra rest days and make-up workdays.
public struct WorkCalendar: Sendable, Codable, Hashable {
    public struct Year: Sendable, Codable, Hashable {
        public var statutory: [CivilDate]
        public var rest: [CivilDate]
        public var makeup: [CivilDate]
    }

    public var calendar: String
    public var years: [Int: Year]

    /// The kind of `date`; years the calendar lacks fall back to Saturday and Sunday as rest days.
    public func kind(of date: CivilDate) -> DayKind {
        listedKind(of: date) ?? (date.weekday >= 6 ? .restDay : .workday)
    }

    /// The kind the calendar gives `date` by name: a statutory holiday, an extra rest day or a
    /// make-up workday; nil for an ordinary day, which its weekday decides.
    public func listedKind(of date: CivilDate) -> DayKind? {
        guard let year = years[date.year] else { return nil }
        if year.statutory.contains(date) { return .statutoryHoliday }
        if year.rest.contains(date) { return .restDay }
        if year.makeup.contains(date) { return .workday }
        return nil
    }

    /// True when the calendar has the year of `date`.
    public func covers(_ date: CivilDate) -> Bool { years[date.year] != nil }
}

/// Regional minimum wages with the day each rate took effect.
public struct MinimumWageTable: Sendable, Codable, Hashable {
    public struct Rate: Sendable, Codable, Hashable {
        public var from: CivilDate
        public var monthly: Double
        public var hourly: Double?
        public var confidence: String?
    }

    public struct Region: Sendable, Codable, Hashable {
        public var id: String
        public var names: [String]
        public var rates: [Rate]
        public var includesSocialInsurance: Bool?

        /// The rate in force on `date`, if any had taken effect.
        public func rate(on date: CivilDate) -> Rate? {
            rates.filter { $0.from <= date }.max { $0.from < $1.from }
        }
    }

    public var regions: [Region]

    public init(regions: [Region]) { self.regions = regions }

    /// The region named by `id` or one of its names (case-insensitive).
    public func region(named name: String) -> Region? {
        let wanted = name.lowercased()
        return regions.first { $0.id == wanted || $0.names.contains { $0.lowercased() == wanted } }
    }

    /// The region whose name appears first in `address` (an address names the city once).
    public func region(inAddress address: String) -> Region? {
        let text = address.lowercased()
        var best: (region: Region, position: String.Index)?
        for region in regions {
            for name in region.names {
                guard let range = text.range(of: name.lowercased()) else { continue }
                if best == nil || range.lowerBound < best!.position { best = (region, range.lowerBound) }
            }
        }
        return best?.region
    }
}
