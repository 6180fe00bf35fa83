import AuditFields

/// How the evidence reader interprets what documents leave unsaid.
public struct EvidenceConfiguration: Sendable, Hashable {
    /// Day/month order for a/b/yyyy dates that neither the column nor the document settles.
    /// Default nil: such a date is reported as ambiguous, never guessed.
    public var defaultDateOrder: DateOrder?
    /// The unpaid meal break deducted when a day's punches span it, in minutes after midnight.
    /// Default 12:00-13:00.
    public var mealBreak: ClosedRange<Int>

    public init(defaultDateOrder: DateOrder? = nil, mealBreak: ClosedRange<Int> = (12 * 60)...(13 * 60)) {
        self.defaultDateOrder = defaultDateOrder
        self.mealBreak = mealBreak
    }
}
