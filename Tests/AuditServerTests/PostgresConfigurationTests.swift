@testable import AuditServer
import Testing

@Suite("The --database URL")
struct PostgresConfigurationTests {
    @Test("A TCP URL and a Unix-socket URL give their user, password, database and address")
    func urls() throws {
        let tcp = try PostgresConfiguration(url: "postgres://auditready:s3cret%20pw@db.example:6543/checks").endpoint()
        #expect(tcp.user == "auditready" && tcp.password == "s3cret pw" && tcp.database == "checks")
        #expect(tcp.host == "db.example" && tcp.port == 6543 && tcp.socketPath == nil)
        let socket = try PostgresConfiguration(url: "postgresql://auditready@/checks?host=/run/postgresql").endpoint()
        #expect(socket.socketPath == "/run/postgresql/.s.PGSQL.5432" && socket.database == "checks")
    }

    @Test("A URL that cannot be used is refused with what to write instead, and never shows its password")
    func badURLs() {
        for url in ["mysql://auditready@db.example/checks", "postgres://db.example/checks", "postgres://auditready@/checks",
                    "postgres://auditready:pw@db.example/checks?sslmode=require"] {
            #expect(throws: ServerSetupError.self, "\(url) was taken") { try PostgresConfiguration(url: url).endpoint() }
        }
        let error = #expect(throws: ServerSetupError.self) {
            try PostgresConfiguration(url: "mysql://auditready:topsecret@db.example/checks").endpoint()
        }
        #expect(error.map { !$0.description.contains("topsecret") && $0.description.contains("postgres://") } == true, "\(String(describing: error))")
        #expect(PostgresConfiguration(url: "postgres://auditready:topsecret@db.example/checks").redactedURL
                == "postgres://auditready:***@db.example/checks")
    }
}
