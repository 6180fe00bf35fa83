import AuditCore
import Foundation

/// What a report shows beyond the report itself, as plain values: page crops, weekly hours per
/// worker, the weekly limit, and whether the terminal takes colour.
public struct ReportContext: Sendable {
    /// Whether to use ANSI colours (only for a terminal).
    public var colour: Bool
    /// PNG images of page regions, keyed by the evidence they show.
    public var crops: [EvidenceCropKey: Data]
    /// Each worker's hours per week, for the per-employee charts.
    public var weeklyHours: [WorkerWeeklyHours]
    /// The weekly-hours limit the charts draw, in hours.
    public var weeklyLimit: Double
    /// The language of the labels around the findings (whose texts the report holds already,
    /// made in the language of the check).
    public var language: ReportLanguage

    /// The limit charts draw when the rule packs have no weekly-hours rule.
    public static let defaultWeeklyLimit = 60.0

    public init(colour: Bool = false, crops: [EvidenceCropKey: Data] = [:], weeklyHours: [WorkerWeeklyHours] = [],
                weeklyLimit: Double = ReportContext.defaultWeeklyLimit, language: ReportLanguage = .en) {
        self.language = language
        self.colour = colour
        self.crops = crops
        self.weeklyHours = weeklyHours
        self.weeklyLimit = weeklyLimit
    }
}
