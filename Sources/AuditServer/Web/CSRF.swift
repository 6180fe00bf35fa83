import HTTPTypes
import Hummingbird

/// CSRF protection: every state-changing request of a session carries the session's token, in a
/// form field `csrf` or an `X-CSRF-Token` header.
enum CSRF {
    static let header = HTTPField.Name("X-CSRF-Token")!

    /// Throws 403 unless `given` is the session's token.
    static func verify(_ given: String?, session: WebSession) throws {
        guard let given, RandomToken.constantTimeEqual(given, session.csrf) else {
            throw HTTPError(.forbidden, message: "the form is stale or came from another site; reload the page and try again")
        }
    }
}
