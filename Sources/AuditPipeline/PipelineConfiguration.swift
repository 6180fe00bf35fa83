import AuditEvidence
import AuditIntake

/// Everything a check can be tuned with, each part documented where it is defined.
public struct PipelineConfiguration: Sendable {
    /// Archive limits (sizes, ratio, nesting depth).
    public var intake: IntakeConfiguration
    /// How ambiguous values are read (date order, meal break).
    public var evidence: EvidenceConfiguration

    public init(intake: IntakeConfiguration = IntakeConfiguration(), evidence: EvidenceConfiguration = EvidenceConfiguration()) {
        self.intake = intake
        self.evidence = evidence
    }
}
