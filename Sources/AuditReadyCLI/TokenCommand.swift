import ArgumentParser
import AuditServer
import Foundation

/// `auditready token create`: makes an API token for an organisation and prints it once.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Manage the API tokens of `auditready serve`.",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Make an API token and print it (only its hash is stored: keep it now).")

        @OptionGroup var store: StoreLocation

        @Option(help: "The organisation the token's checks belong to (created if new).")
        var org: String

        @Option(help: "member (uploads, reads, deletes) or reviewer (reads only).")
        var role: Role = .member

        func run() throws {
            let (org, role) = (self.org, self.role)
            print(try store.withStore { try await $0.createToken(organisation: org, role: role) })
        }
    }
}
