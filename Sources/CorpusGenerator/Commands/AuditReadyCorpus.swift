import ArgumentParser

/// `auditready-corpus`: synthetic factory evidence archives with their ground truth.
struct AuditReadyCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auditready-corpus",
        abstract: "Generate synthetic factory evidence archives with a ground-truth file.",
        subcommands: [GenerateCommand.self, SamplesCommand.self, OfficeSamplesCommand.self, VerifyCommand.self, AccuracyCommand.self])
}

extension Profile: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension Producer: ExpressibleByArgument {}
