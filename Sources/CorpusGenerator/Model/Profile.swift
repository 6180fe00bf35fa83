/// Which evidence an archive should contain.
enum Profile: String, CaseIterable {
    /// Evidence with no breach of any ground-truth rule.
    case clean
    /// Evidence with several planted breaches, chosen by the seed.
    case violations
}
