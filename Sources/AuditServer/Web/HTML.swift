import Foundation
import Hummingbird

/// Builds the web page's HTML: escaping, the shared layout, and the response carrying it.
enum HTML {
    /// `text` safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The page policy: scripts, styles and connections from this server only, nothing framed.
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// A whole page: `body` inside the layout, with the language switch and, when signed in, the
    /// sign-out button.
    static func page(title: String, body: String, language: Language, session: (caller: Caller, csrf: String)?) -> String {
        let account = session.map { session in
            """
            <form method="post" action="/signout" class="account">
              <span>\(escape(PageText.signedInAs(language))) \(escape(session.caller.email ?? "")) · \(escape(session.caller.organisation))</span>
              <input type="hidden" name="csrf" value="\(escape(session.csrf))">
              <button type="submit" class="link">\(escape(PageText.signOut(language)))</button>
            </form>
            """
        } ?? ""
        let texts = (try? JSONSerialization.data(withJSONObject: PageText.scriptTexts(language), options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return """
        <!DOCTYPE html>
        <html lang="\(language.htmlTag)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · AuditReady</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body data-texts="\(escape(texts))" data-csrf="\(escape(session?.csrf ?? ""))">
        <header>
          <a href="/" class="brand">\(escape(PageText.appName(language)))</a>
          <span class="tagline">\(escape(PageText.tagline(language)))</span>
          <nav>
            <a href="/language/\(language.other.rawValue)" hreflang="\(language.other.htmlTag)" lang="\(language.other.htmlTag)" class="language">\(escape(language.other.ownName))</a>
            \(account)
          </nav>
        </header>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }

    /// An HTML answer with the page policy.
    static func response(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: contentSecurityPolicy,
                                   .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A 303 to `location` (a path on this server).
    static func redirect(to location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location, .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }
}
