import AuditCore

/// The factory's legal entity, as its business licence shows it.
struct Company {
    var name: String
    var socialCreditCode: String
    var entityType: String
    var legalRepresentative: String
    var registeredCapitalYuan: Int
    var address: String
    var businessScope: String
    var established: CivilDate
    /// The last day of the business term; nil when the term is "Long-term".
    var businessTermEnd: CivilDate?
    var registrationAuthority: String
    /// The day the licence copy in the archive was printed.
    var licenceIssued: CivilDate
}
