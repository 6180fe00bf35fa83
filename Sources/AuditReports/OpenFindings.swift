import AuditCore

extension AuditReport {
    /// Findings no baseline accepts: the ones the verdict and the "open" counts include.
    public var openFindings: [Finding] { findings.filter { $0.accepted == nil } }

    /// Findings a baseline accepts: still listed, left out of the verdict.
    public var acceptedFindings: [Finding] { findings.filter { $0.accepted != nil } }

    /// Open findings at or above `threshold`: what decides the exit status.
    public func openCount(atLeast threshold: Severity) -> Int {
        findings.lazy.filter { $0.accepted == nil && $0.severity >= threshold }.count
    }

    /// Open findings of exactly `severity`.
    public func openCount(_ severity: Severity) -> Int {
        findings.lazy.filter { $0.accepted == nil && $0.severity == severity }.count
    }
}
