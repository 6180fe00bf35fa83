import Foundation

/// The bodies of the web page's pages, in the reader's language.
enum Pages {
    /// The sign-in form; `message` says why the last try failed.
    static func signIn(language: Language, formToken: String, email: String = "", message: String? = nil) -> String {
        let t = { (text: PageText) in HTML.escape(text(language)) }
        return """
        <section class="card narrow">
          <h1>\(t(.signInTitle))</h1>
          \(message.map { "<p class=\"error\" role=\"alert\">\(HTML.escape($0))</p>" } ?? "")
          <form method="post" action="/signin">
            <input type="hidden" name="csrf" value="\(HTML.escape(formToken))">
            <label>\(t(.email)) <input type="email" name="email" value="\(HTML.escape(email))" required autocomplete="username" autofocus></label>
            <label>\(t(.password)) <input type="password" name="password" required autocomplete="current-password"></label>
            <button type="submit">\(t(.signIn))</button>
          </form>
        </section>
        """
    }

    /// The upload form and the organisation's checks.
    static func dashboard(language: Language, caller: Caller, checks: [CheckRecord], batches: [BatchRecord], defaultRuleset: String) -> String {
        let t = { (text: PageText) in HTML.escape(text(language)) }
        let upload = caller.role.mayChange ? """
        <section class="card">
          <h1>\(t(.uploadTitle))</h1>
          <p class="hint">\(t(.uploadHint))</p>
          <form id="upload-form" method="post" action="/checks" enctype="multipart/form-data">
            <label class="wide">\(t(.archives)) <input type="file" name="archive" multiple required></label>
            <label>\(t(.ruleset)) <input type="text" name="ruleset" value="\(HTML.escape(defaultRuleset))"></label>
            <label>\(t(.asOf)) <input type="date" name="asOf" placeholder="\(t(.asOfHint))"> <small>\(t(.asOfHint))</small></label>
            <label>\(t(.region)) <input type="text" name="region" placeholder="shenzhen"> <small>\(t(.regionHint))</small></label>
            <button type="submit">\(t(.upload))</button>
          </form>
          <ul id="uploads" class="uploads"></ul>
        </section>
        """ : "<p class=\"hint\">\(t(.forbiddenReviewer))</p>"
        let rows = checks.map { row(for: $0, language: language) }.joined(separator: "\n")
        return """
        \(upload)
        \(Self.batches(batches, language: language))
        <section class="card">
          <h2>\(t(.checksTitle))</h2>
          \(checks.isEmpty ? "<p class=\"hint\" id=\"no-checks\">\(t(.noChecks))</p>" : "")
          <table class="checks">
            <thead><tr><th>\(t(.file))</th><th>\(t(.status))</th><th>\(t(.findings))</th><th>\(t(.uploaded))</th><th>\(t(.actions))</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
          </table>
        </section>
        """
    }

    /// The organisation's batches, newest first; empty when there are none.
    static func batches(_ batches: [BatchRecord], language: Language) -> String {
        guard !batches.isEmpty else { return "" }
        let items = batches.map { batch in
            "<li><a href=\"/batches/\(batch.id)\">\(HTML.escape(batch.name))</a> <small>\(HTML.escape(timestamp(batch.createdAt)))</small></li>"
        }.joined(separator: "\n")
        return """
        <section class="card">
          <h2>\(HTML.escape(PageText.batchesTitle(language)))</h2>
          <ul class="batches">
          \(items)
          </ul>
        </section>
        """
    }

    /// A batch: suppliers × categories, worst first, with the CSV of it.
    static func batch(_ matrix: BatchMatrix, language: Language) -> String {
        let t = { (text: PageText) in HTML.escape(text(language)) }
        let header = matrix.categories.map {
            "<th class=\"category\" title=\"\(HTML.escape($0))\">\(HTML.escape(CategoryNames.name($0, language)))</th>"
        }.joined()
        let rows = matrix.rows.map { row -> String in
            let check = row.check
            let cells = matrix.categories.map { category -> String in
                guard check.status == .done, let cell = row.cells[category], cell.errors + cell.warnings > 0 else {
                    return "<td class=\"count\"></td>"
                }
                let tone = cell.errors > 0 ? "errors" : "warnings"
                return "<td class=\"count \(tone)\">\(cell.errors) / \(cell.warnings)</td>"
            }.joined()
            let totals = check.summary.map { summary in
                summary.openErrors + summary.openWarnings == 0 ? t(.noFindings) : "\(summary.openErrors) / \(summary.openWarnings)"
            } ?? ""
            return """
            <tr>
              <td><a href="/checks/\(check.id)">\(HTML.escape(row.supplier))</a></td>
              <td>\(statusCell(check, language: language))</td>
              <td class="count">\(totals)</td>
              \(cells)
              <td>\(check.status == .done ? "<a href=\"/checks/\(check.id)/report.html\" target=\"_blank\" rel=\"noopener\">\(t(.open))</a>" : "")</td>
            </tr>
            """
        }.joined(separator: "\n")
        return """
        <p><a href="/">← \(t(.backToChecks))</a></p>
        <section class="card">
          <h1>\(HTML.escape(matrix.batch.name))</h1>
          <p class="hint">\(matrix.rows.count) \(t(.checksInBatch)) · \(t(.batchHint))</p>
          <p><a class="button" href="/batches/\(matrix.batch.id)/batch.csv" download>\(t(.downloadCSV))</a></p>
          <div class="scroll">
          <table class="checks matrix">
            <thead><tr><th>\(t(.supplier))</th><th>\(t(.status))</th><th>\(t(.findings))</th>\(header)<th>\(t(.actions))</th></tr></thead>
            <tbody>
            \(rows)
            </tbody>
          </table>
          </div>
        </section>
        """
    }

    /// One check's row in the list.
    static func row(for check: CheckRecord, language: Language) -> String {
        let link = "/checks/\(check.id)"
        return """
        <tr>
          <td><a href="\(link)">\(HTML.escape(check.fileName))</a></td>
          <td>\(statusCell(check, language: language))</td>
          <td>\(HTML.escape(findings(check, language: language)))</td>
          <td>\(HTML.escape(timestamp(check.createdAt)))</td>
          <td>\(check.status == .done ? "<a href=\"\(link)/report.html\" target=\"_blank\" rel=\"noopener\">\(HTML.escape(PageText.open(language)))</a>" : "")</td>
        </tr>
        """
    }

    /// One check: its status, live while it runs, its summary and its reports.
    static func check(_ check: CheckRecord, language: Language, caller: Caller, csrf: String) -> String {
        let t = { (text: PageText) in HTML.escape(text(language)) }
        let base = "/checks/\(check.id)"
        var details = ""
        switch check.status {
        case .done:
            let downloads = ReportFile.allCases.map { file in
                "<a href=\"\(base)/\(file.fileName)?download=1\" download>\(file.fileName)</a>"
            }.joined(separator: " · ")
            details = """
            <p class="summary">\(HTML.escape(findings(check, language: language)))</p>
            <p><a class="button" href="\(base)/report.html" target="_blank" rel="noopener">\(t(.reportHTML))</a></p>
            <p>\(t(.downloads)): \(downloads)</p>
            """
        case .failed:
            details = "<p class=\"error\">\(t(.failedBecause)) \(HTML.escape(check.error ?? ""))</p>"
        case .queued, .running:
            break
        }
        let delete = caller.role.mayChange ? """
        <form method="post" action="\(base)/delete" data-confirm="\(t(.deleteConfirm))">
          <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
          <button type="submit" class="danger">\(t(.delete))</button>
        </form>
        """ : ""
        return """
        <p><a href="/">← \(t(.backToChecks))</a></p>
        <section class="card">
          <h1>\(HTML.escape(check.fileName))</h1>
          <dl>
            <dt>\(t(.status))</dt><dd>\(statusCell(check, language: language, reloadWhenDone: true))</dd>
            <dt>\(t(.ruleset))</dt><dd>\(HTML.escape(check.ruleset))</dd>
            <dt>\(t(.asOf))</dt><dd>\(HTML.escape(check.asOf))</dd>
            \(check.region.map { "<dt>\(t(.region))</dt><dd>\(HTML.escape($0))</dd>" } ?? "")
            <dt>\(t(.uploaded))</dt><dd>\(HTML.escape(timestamp(check.createdAt)))</dd>
          </dl>
          \(details)
          \(delete)
        </section>
        """
    }

    /// A page saying the check is not there (or not the reader's).
    static func notFound(language: Language) -> String {
        "<section class=\"card narrow\"><h1>404</h1><p>\(HTML.escape(PageText.notFound(language)))</p><p><a href=\"/\">\(HTML.escape(PageText.backToChecks(language)))</a></p></section>"
    }

    /// The status text; a running or queued check's is updated live by the page's script.
    static func statusCell(_ check: CheckRecord, language: Language, reloadWhenDone: Bool = false) -> String {
        var text = statusName(check.status)(language)
        if check.status == .running {
            text += " · \(check.documentsDone) \(PageText.documentsRead(language))"
        }
        let live = check.status == .queued || check.status == .running
        let attributes = live ? " data-live-check=\"\(check.id)\"\(reloadWhenDone ? " data-reload-when-done" : "")" : ""
        return "<span class=\"status \(check.status.rawValue)\"\(attributes)>\(HTML.escape(text))</span>"
    }

    static func statusName(_ status: CheckStatus) -> PageText {
        switch status {
        case .queued: .queued
        case .running: .running
        case .done: .done
        case .failed: .failed
        }
    }

    /// "3 open errors · 1 warnings · 12 documents", once done.
    static func findings(_ check: CheckRecord, language: Language) -> String {
        guard let summary = check.summary else { return "" }
        return "\(summary.openErrors) \(PageText.openErrors(language)) · \(summary.openWarnings) \(PageText.openWarnings(language)) · \(summary.documents) \(PageText.documents(language))"
    }

    /// A moment as YYYY-MM-DD HH:MM UTC.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
