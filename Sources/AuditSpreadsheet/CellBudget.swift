/// Counts the cells produced for one workbook against `WorkbookLimits.maxCells`.
struct CellBudget {
    let limit: Int
    private(set) var used = 0

    init(limit: Int) { self.limit = limit }

    /// Takes `count` cells, or throws when the workbook would pass the limit.
    mutating func take(_ count: Int = 1) throws(WorkbookProblem) {
        try check(count)
        used += count
    }

    /// Throws when `count` more cells would pass the limit, without taking them.
    func check(_ count: Int) throws(WorkbookProblem) {
        if count > limit - used {
            throw .overLimit(WorkbookReason.tooManyCells(["limit": limit.formatted(groupingSeparator: ",")]))
        }
    }
}
