import ArgumentParser
import AuditServer
import Foundation

/// `auditready user create`: adds a person who signs in to the web page.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the web page's accounts of `auditready serve`.",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Add an account, or set the password and organisation of an existing one.",
            discussion: "The password is read from the first line of standard input, so it appears in no process list or shell history: printf '%s\\n' \"$PASSWORD\" | auditready user create ...")

        @OptionGroup var store: StoreLocation

        @Option(help: "The organisation whose checks the person sees (created if new).")
        var org: String

        @Option(help: "The e-mail address the person signs in with.")
        var email: String

        @Option(help: "member (uploads, reads, deletes) or reviewer (reads only).")
        var role: Role = .member

        @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input (required).")
        var passwordStdin = false

        func run() throws {
            guard passwordStdin else { throw UsageError(message: "pass --password-stdin and give the password on standard input") }
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw UsageError(message: "no password on standard input; pipe it in, e.g. printf '%s\\n' \"$PASSWORD\" | auditready user create ...")
            }
            let (email, org, role) = (self.email, self.org, self.role)
            try store.withStore { try await $0.createUser(email: email, organisation: org, role: role, password: line) }
            print("\(email) signs in to \(org) as \(role.rawValue)")
        }
    }
}
