import AuditCore

/// The words the people-facing reports (text, Markdown, CSV, HTML) put around the findings, in
/// English and Chinese with the same `{name}` placeholders. The JSON report has none: its keys
/// and codes are the contract's.
///
/// The switch has a case for every label, so none can lack a language; the test suite checks
/// that both use the same placeholders and that the Chinese is Chinese.
public enum ReportLabel: String, CaseIterable, Sendable {
    // Shared.
    case title, verdictErrors, verdictWarnings, verdictNoFindings, verdictClean, nonCompliance, nonCompliances
    case rule, clause, employee, document, period, limit, found, evidence, action, accepted, acceptedBy, reason, category
    case severity, open, status, noneRecorded, andMore, wholeFile, page, line, row, sheet, cell, placeSeparator
    // Text.
    case textHeading, textAcceptedTally, textNotRead, textSeverityHeading, textSeverityHeadingAccepted, textAccepted
    case textAcceptedBy, textRule, textAt, textMorePlaces, textNoFindings, textFixed, textWasAcceptedBy
    // Markdown.
    case markdownHeading, markdownMeta, markdownSeverityHeading, markdownRule, markdownEmployee, markdownDocument, markdownPeriod
    case markdownLimit, markdownFound, markdownEvidence, markdownAction, markdownAccepted, markdownFixed, markdownFixedNote
    case markdownNotRead
    // Baseline scopes.
    case scopeEmployee, scopePeriod
    // HTML.
    case htmlTitle, htmlHeading, htmlMeta, htmlSummary, htmlFindings, htmlFindingsCount, htmlFixed, htmlFixedCount
    case htmlWeeklyHours, htmlWeeklyHoursCount, htmlDocuments, htmlDocumentsCount, htmlFooter, htmlNoFindings, htmlBriefNote
    case htmlOmittedImage, htmlOmittedImages, htmlOpenTile, htmlAcceptedTile, htmlDocumentsRead, htmlCorrectiveAction
    case htmlAcceptedNote, htmlEvidenceFile, htmlWhere, htmlValueRead, htmlMorePlaces, htmlOCR, htmlEvidenceBrief, htmlMoreBrief
    case htmlFoundBrief, htmlSeenUnder, htmlCropCaption, htmlCropAlt, htmlCropHighlighting
    case htmlInventory, htmlInventoryAllRead, htmlInventorySomeNotRead, htmlNumber, htmlType, htmlPages, htmlText
    case htmlFixedNone, htmlFixedNote, htmlWorkersHeading, htmlWorkersNote, htmlPeak, htmlFindingsOfWorker, htmlMoreWorkers
    case htmlChartTitle, htmlChartNeverOver, htmlChartOver, htmlChartWeek

    public var text: Bilingual {
        switch self {
        case .title: return Bilingual(en: "AuditReady compliance report", zh: "AuditReady 合规预审报告")
        case .verdictErrors: return Bilingual(en: "{errors}: an auditor would record {what}", zh: "{errors}：审核员会将其记为{what}")
        case .verdictWarnings: return Bilingual(en: "No open errors; {warnings} to verify", zh: "没有未关闭的不符合项；{warnings}需要核实")
        case .verdictNoFindings: return Bilingual(en: "No findings", zh: "未发现问题")
        case .verdictClean: return Bilingual(en: "No open errors or warnings", zh: "没有未关闭的不符合项或警告")
        case .nonCompliance: return Bilingual(en: "a non-compliance", zh: "不符合项")
        case .nonCompliances: return Bilingual(en: "non-compliances", zh: "不符合项")
        case .rule: return Bilingual(en: "Rule", zh: "规则")
        case .clause: return Bilingual(en: "Clause", zh: "依据条款")
        case .employee: return Bilingual(en: "Employee", zh: "员工")
        case .document: return Bilingual(en: "Document", zh: "文件")
        case .period: return Bilingual(en: "Period", zh: "期间")
        case .limit: return Bilingual(en: "Limit", zh: "限值")
        case .found: return Bilingual(en: "Found", zh: "实际")
        case .evidence: return Bilingual(en: "Evidence", zh: "证据")
        case .action: return Bilingual(en: "Action", zh: "整改措施")
        case .accepted: return Bilingual(en: "Accepted", zh: "已接受")
        case .acceptedBy: return Bilingual(en: "Accepted by", zh: "接受人")
        case .reason: return Bilingual(en: "Reason", zh: "原因")
        case .category: return Bilingual(en: "Category", zh: "类别")
        case .severity: return Bilingual(en: "Severity", zh: "严重程度")
        case .open: return Bilingual(en: "Open", zh: "未关闭")
        case .status: return Bilingual(en: "Status", zh: "状态")
        case .noneRecorded: return Bilingual(en: "none recorded", zh: "无记录")
        case .andMore: return Bilingual(en: "and {n} more", zh: "另有 {n} 处")
        case .wholeFile: return Bilingual(en: "whole file", zh: "整个文件")
        case .page: return Bilingual(en: "page {n}", zh: "第 {n} 页")
        case .line: return Bilingual(en: "line {n}", zh: "第 {n} 行")
        case .row: return Bilingual(en: "row {n}", zh: "第 {n} 行")
        case .sheet: return Bilingual(en: "sheet {name}", zh: "工作表 {name}")
        case .cell: return Bilingual(en: "cell {cell}", zh: "单元格 {cell}")
        case .placeSeparator: return Bilingual(en: ", ", zh: "，")

        case .textHeading: return Bilingual(en: "AuditReady check of {input}, as of {asOf}, rules: {ruleset}",
                                            zh: "AuditReady 合规预审：{input}，判定日期 {asOf}，规则包：{ruleset}")
        case .textAcceptedTally: return Bilingual(en: " · {n} accepted in the baseline", zh: " · 基线已接受 {n} 项")
        case .textNotRead: return Bilingual(en: "Not read ({n})", zh: "未读取的文件（{n}）")
        case .textSeverityHeading: return Bilingual(en: "{severity}S ({n})", zh: "{severity}（{n}）")
        case .textSeverityHeadingAccepted: return Bilingual(en: "{severity}S ({n}, {accepted} accepted)", zh: "{severity}（{n}，已接受 {accepted}）")
        case .textAccepted: return Bilingual(en: "ACCEPTED", zh: "已接受")
        case .textAcceptedBy: return Bilingual(en: "accepted by {by}: {reason}", zh: "由 {by} 接受：{reason}")
        case .textRule: return Bilingual(en: "rule {rule}", zh: "规则 {rule}")
        case .textAt: return Bilingual(en: "at {place}", zh: "见 {place}")
        case .textMorePlaces: return Bilingual(en: "… and {n} more places", zh: "… 另有 {n} 处")
        case .textNoFindings: return Bilingual(en: "No findings.", zh: "未发现问题。")
        case .textFixed: return Bilingual(en: "FIXED SINCE BASELINE ({n})", zh: "基线以来已整改（{n}）")
        case .textWasAcceptedBy: return Bilingual(en: "was accepted by {by}: {reason}", zh: "原由 {by} 接受：{reason}")

        case .markdownHeading: return Bilingual(en: "AuditReady report: {input}", zh: "AuditReady 合规预审报告：{input}")
        case .markdownMeta: return Bilingual(en: "As of {asOf} · rules {ruleset} · {documents}", zh: "判定日期 {asOf} · 规则包 {ruleset} · {documents}")
        case .markdownSeverityHeading: return Bilingual(en: "{severity} ({n})", zh: "{severity}（{n}）")
        case .markdownRule: return Bilingual(en: "Rule {rule} ({category})", zh: "规则 {rule}（{category}）")
        case .markdownEmployee: return Bilingual(en: "Employee {id}", zh: "员工 {id}")
        case .markdownDocument: return Bilingual(en: "Document {type}", zh: "文件 {type}")
        case .markdownPeriod: return Bilingual(en: "Period {period}", zh: "期间 {period}")
        case .markdownLimit: return Bilingual(en: "Limit {limit}", zh: "限值 {limit}")
        case .markdownFound: return Bilingual(en: "found {actual}", zh: "实际 {actual}")
        case .markdownEvidence: return Bilingual(en: "Evidence: {evidence}", zh: "证据：{evidence}")
        case .markdownAction: return Bilingual(en: "Action: {action}", zh: "整改措施：{action}")
        case .markdownAccepted: return Bilingual(en: "**Accepted** by {by}: {reason}", zh: "**已接受**（{by}）：{reason}")
        case .markdownFixed: return Bilingual(en: "Fixed since baseline ({n})", zh: "基线以来已整改（{n}）")
        case .markdownFixedNote: return Bilingual(en: "These accepted findings no longer occur.", zh: "以下曾被接受的问题已不再出现。")
        case .markdownNotRead: return Bilingual(en: "Documents not read ({n})", zh: "未读取的文件（{n}）")

        case .scopeEmployee: return Bilingual(en: "employee {id}", zh: "员工 {id}")
        case .scopePeriod: return Bilingual(en: "period {period}", zh: "期间 {period}")

        case .htmlTitle: return Bilingual(en: "AuditReady report: {input}", zh: "AuditReady 合规预审报告：{input}")
        case .htmlHeading: return Bilingual(en: "AuditReady compliance report", zh: "AuditReady 合规预审报告")
        case .htmlMeta: return Bilingual(en: "{input} · judged as of {asOf} · rules {ruleset}", zh: "{input} · 判定日期 {asOf} · 规则包 {ruleset}")
        case .htmlSummary: return Bilingual(en: "Summary", zh: "概要")
        case .htmlFindings: return Bilingual(en: "Findings", zh: "发现的问题")
        case .htmlFindingsCount: return Bilingual(en: "Findings ({n})", zh: "发现的问题（{n}）")
        case .htmlFixed: return Bilingual(en: "Fixed since baseline", zh: "基线以来已整改")
        case .htmlFixedCount: return Bilingual(en: "Fixed since baseline ({n})", zh: "基线以来已整改（{n}）")
        case .htmlWeeklyHours: return Bilingual(en: "Weekly hours", zh: "每周工时")
        case .htmlWeeklyHoursCount: return Bilingual(en: "Weekly hours ({n})", zh: "每周工时（{n}）")
        case .htmlDocuments: return Bilingual(en: "Documents", zh: "文件")
        case .htmlDocumentsCount: return Bilingual(en: "Documents ({n})", zh: "文件（{n}）")
        case .htmlFooter:
            return Bilingual(en: "Generated by AuditReady from {input}; schema {schema}. Page images show where each value was read; the JSON report ({json}) lists every evidence location.",
                             zh: "由 AuditReady 根据 {input} 生成；数据格式 {schema}。页面截图显示每个数值的读取位置；JSON 报告（{json}）列出全部证据位置。")
        case .htmlNoFindings: return Bilingual(en: "No findings: nothing an auditor would record under these rules.", zh: "未发现问题：按这些规则，审核员不会记录任何问题。")
        case .htmlBriefNote:
            return Bilingual(en: "{shown} findings, up to {perRule} of each rule, are shown in full and the other {others} briefly, to keep this file small; the JSON report ({json}) has every detail.",
                             zh: "为控制文件大小，{shown} 项发现（每条规则最多 {perRule} 项）完整显示，其余 {others} 项简要显示；JSON 报告（{json}）包含全部细节。")
        case .htmlOmittedImage: return Bilingual(en: "{n} page image was left out to keep this file small; their evidence is listed as text.",
                                                 zh: "为控制文件大小，省略了 {n} 张页面截图；相应证据以文字列出。")
        case .htmlOmittedImages: return Bilingual(en: "{n} page images were left out to keep this file small; their evidence is listed as text.",
                                                  zh: "为控制文件大小，省略了 {n} 张页面截图；相应证据以文字列出。")
        case .htmlOpenTile: return Bilingual(en: "open {severity}", zh: "未关闭的{severity}")
        case .htmlAcceptedTile: return Bilingual(en: "accepted in the baseline", zh: "基线已接受")
        case .htmlDocumentsRead: return Bilingual(en: "documents read", zh: "已读取的文件")
        case .htmlCorrectiveAction: return Bilingual(en: "Corrective action:", zh: "整改措施：")
        case .htmlAcceptedNote: return Bilingual(en: "{accepted} by {by}: {reason}. Listed for the record; not counted in the verdict.",
                                                 zh: "{accepted}（{by}）：{reason}。仅作记录，不计入结论。")
        case .htmlEvidenceFile: return Bilingual(en: "Evidence file", zh: "证据文件")
        case .htmlWhere: return Bilingual(en: "Where", zh: "位置")
        case .htmlValueRead: return Bilingual(en: "Value read", zh: "读取的数值")
        case .htmlMorePlaces: return Bilingual(en: "… and {n} more places (all listed in the JSON report)", zh: "… 另有 {n} 处（JSON 报告中全部列出）")
        case .htmlOCR: return Bilingual(en: " (OCR {percent}%)", zh: "（OCR {percent}%）")
        case .htmlEvidenceBrief: return Bilingual(en: "Evidence: {place}", zh: "证据：{place}")
        case .htmlMoreBrief: return Bilingual(en: " and {n} more", zh: " 另有 {n} 处")
        case .htmlFoundBrief: return Bilingual(en: "found {actual}", zh: "实际 {actual}")
        case .htmlSeenUnder: return Bilingual(en: "{caption}: shown under {link}.", zh: "{caption}：见{link}。")
        case .htmlCropCaption: return Bilingual(en: "{path} · page {page}", zh: "{path} · 第 {page} 页")
        case .htmlCropAlt: return Bilingual(en: "Page {page} of {path}", zh: "{path} 第 {page} 页")
        case .htmlCropHighlighting: return Bilingual(en: ", highlighting {values}", zh: "，标出 {values}")
        case .htmlInventory: return Bilingual(en: "Document inventory", zh: "文件清单")
        case .htmlInventoryAllRead: return Bilingual(en: "{entries} in the input, all read.", zh: "输入中共 {entries}，全部已读取。")
        case .htmlInventorySomeNotRead: return Bilingual(en: "{entries} in the input; {n} not read, each with the reason.",
                                                         zh: "输入中共 {entries}；{n} 个未读取，均附原因。")
        case .htmlNumber: return Bilingual(en: "#", zh: "序号")
        case .htmlType: return Bilingual(en: "Type", zh: "类型")
        case .htmlPages: return Bilingual(en: "Pages", zh: "页数")
        case .htmlText: return Bilingual(en: "Text", zh: "文本来源")
        case .htmlFixedNone: return Bilingual(en: "Every baseline entry still matches a finding: nothing accepted has been fixed yet.",
                                              zh: "每个基线条目仍对应一项发现：已接受的问题尚未整改。")
        case .htmlFixedNote: return Bilingual(en: "These findings were accepted in the baseline and no longer occur.", zh: "以下问题曾在基线中被接受，现已不再出现。")
        case .htmlWorkersHeading: return Bilingual(en: "Weekly hours per worker", zh: "员工每周工时")
        case .htmlWorkersNote:
            return Bilingual(en: "Total hours per Monday–Sunday week from the time records; the dashed line is the weekly limit of {limit} h. {over} of {workers} exceeded it at least once. Workers with findings come first.",
                             zh: "根据考勤记录统计的每周（周一至周日）总工时；虚线为每周 {limit} 小时的上限。{workers}中有 {over} 名至少一周超过上限。有问题的员工排在前面。")
        case .htmlPeak: return Bilingual(en: "peak {hours} h/week", zh: "最高每周 {hours} 小时")
        case .htmlFindingsOfWorker: return Bilingual(en: " · findings ", zh: " · 相关问题 ")
        case .htmlMoreWorkers: return Bilingual(en: "{n} more workers are not charted to keep this file small.", zh: "为控制文件大小，另有 {n} 名员工未绘制图表。")
        case .htmlChartTitle: return Bilingual(en: "Weekly hours of {id}, limit {limit} h", zh: "{id} 的每周工时，上限 {limit} 小时")
        case .htmlChartNeverOver: return Bilingual(en: "{head}: never over it", zh: "{head}：从未超过")
        case .htmlChartOver: return Bilingual(en: "{head}: over it in {weeks}", zh: "{head}：超过上限的周为 {weeks}")
        case .htmlChartWeek: return Bilingual(en: "{week} ({hours} h)", zh: "{week}（{hours} 小时）")
        }
    }

    /// The label in `language` with `values` filled in.
    public func callAsFunction(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        text(language, values)
    }
}

/// Counts with their nouns, as the reports write them.
public enum ReportCount: String, CaseIterable, Sendable {
    case error, warning, info, openError, document, entry, finding, worker

    public var text: BilingualCount {
        switch self {
        case .error: return BilingualCount(one: "{n} error", other: "{n} errors", zh: "不符合 {n} 项")
        case .warning: return BilingualCount(one: "{n} warning", other: "{n} warnings", zh: "警告 {n} 项")
        case .info: return BilingualCount(one: "{n} info", other: "{n} info", zh: "提示 {n} 项")
        case .openError: return BilingualCount(one: "{n} open error", other: "{n} open errors", zh: "{n} 项未关闭的不符合")
        case .document: return BilingualCount(one: "{n} document", other: "{n} documents", zh: "文件 {n} 份")
        case .entry: return BilingualCount(one: "{n} entry", other: "{n} entries", zh: "{n} 个条目")
        case .finding: return BilingualCount(one: "{n} finding", other: "{n} findings", zh: "{n} 项发现")
        case .worker: return BilingualCount(one: "{n} worker", other: "{n} workers", zh: "{n} 名员工")
        }
    }

    public func callAsFunction(_ count: Int, _ language: ReportLanguage) -> String {
        text(count, language)
    }

    /// The count of findings of `severity`: `3 errors`, `不符合 3 项`.
    static func of(_ severity: Severity) -> ReportCount {
        switch severity {
        case .error: return .error
        case .warning: return .warning
        case .info: return .info
        }
    }
}
