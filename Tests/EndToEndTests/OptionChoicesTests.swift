import AuditTestSupport
import Foundation
import Testing

@Suite("End to end: options that take one of a list of words")
struct OptionChoicesTests {
    @Test("A word an option does not take is refused by the argument parser before anything runs: exit 2, the option named and its words listed",
          arguments: [
              (["check", "Corpus/samples/clean-zip.zip", "--format", "pdf"], "'pdf' is invalid for '--format <format>'", "'text', 'json', 'html', 'markdown' or 'csv'"),
              (["check", "Corpus/samples/clean-zip.zip", "--fail-on", "info"], "'info' is invalid for '--fail-on <fail-on>'", "'error', 'warning' or 'never'"),
              (["check", "Corpus/samples/clean-zip.zip", "--lang", "fr"], "'fr' is invalid for '--lang <en|zh>'", "'en' and 'zh'"),
              (["token", "create", "--data", "/nonexistent/auditready-data", "--org", "A", "--role", "admin"],
               "'admin' is invalid for '--role <role>'", "'member' and 'reviewer'"),
              (["user", "create", "--data", "/nonexistent/auditready-data", "--org", "A", "--email", "a@b.example", "--password-stdin",
                "--role", "owner"], "'owner' is invalid for '--role <role>'", "'member' and 'reviewer'"),
          ])
    func refused(commandLine: [String], refusal: String, words: String) throws {
        let result = try CLIRunner.run("auditready", commandLine)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("auditready: The value \(refusal)"), "\(result.stderr)")
        #expect(result.stderr.contains("Please provide one of \(words)."), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/auditready-data"))
    }

    @Test("--help lists the words of --format, --fail-on and --lang, and of --role")
    func helpListsWords() throws {
        func help(_ arguments: [String]) throws -> String {
            let result = try CLIRunner.run("auditready", arguments + ["--help"])
            #expect(result.status == 0)
            // Joined into one line: the help wraps at the terminal's width.
            return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let check = try help(["check"])
        #expect(check.contains("(values: text, json, html, markdown, csv; default: text)"), "\(check)")
        #expect(check.contains("(values: error, warning, never; default: error)"), "\(check)")
        #expect(check.contains("(values: en, zh)"), "\(check)")
        #expect(try help(["token", "create"]).contains("(values: member, reviewer; default: member)"))
        #expect(try help(["user", "create"]).contains("(values: member, reviewer; default: member)"))
    }
}
