/// Every piece of text the web page shows, in each language it speaks.
enum PageText: String, CaseIterable {
    case appName, tagline, signInTitle, email, password, signIn, signOut, signInFailed, signInLimited, signedInAs
    case uploadTitle, uploadHint, archives, ruleset, asOf, region, regionHint, asOfHint, upload
    case checksTitle, noChecks, file, status, progress, uploaded, findings, actions, open, delete, deleteConfirm
    case queued, running, done, failed, documentsRead, uploading, uploadFailed, reportHTML, downloads
    case backToChecks, reading, openErrors, openWarnings, documents, failedBecause, notFound, forbiddenReviewer
    case language, sessionExpired
    case batchesTitle, batchTitle, supplier, downloadCSV, batchHint, openBatch, checksInBatch, noFindings
    case splitIntoSuppliers

    /// The text in `language`.
    func callAsFunction(_ language: Language) -> String {
        let pair = Self.table[self] ?? (rawValue, rawValue)
        return language == .zh ? pair.zh : pair.en
    }

    /// The texts the page's script shows, by key, in `language`.
    static func scriptTexts(_ language: Language) -> [String: String] {
        let keys: [PageText] = [.queued, .running, .done, .failed, .documentsRead, .uploading, .uploadFailed, .open, .reading, .sessionExpired,
                                .openBatch, .splitIntoSuppliers]
        return Dictionary(uniqueKeysWithValues: keys.map { ($0.rawValue, $0(language)) })
    }

    private static let table: [PageText: (en: String, zh: String)] = [
        .appName: ("AuditReady", "AuditReady 审核准备"),
        .tagline: ("What a social-compliance auditor would find in your evidence", "社会责任审核员会在您的证据中发现的问题"),
        .signInTitle: ("Sign in", "登录"),
        .email: ("E-mail", "电子邮箱"),
        .password: ("Password", "密码"),
        .signIn: ("Sign in", "登录"),
        .signOut: ("Sign out", "退出"),
        .signInFailed: ("The e-mail address or password is wrong.", "电子邮箱或密码错误。"),
        .signInLimited: ("Too many failed sign-ins; wait a few minutes and try again.", "登录失败次数过多，请几分钟后再试。"),
        .signedInAs: ("Signed in as", "当前用户"),
        .uploadTitle: ("Check evidence archives", "检查证据档案"),
        .uploadHint: ("Choose one archive or many (.zip, .tar.gz, .7z, .rar); each gets a check of its own.",
                      "选择一个或多个档案（.zip、.tar.gz、.7z、.rar），每个档案单独检查。"),
        .archives: ("Archives", "档案"),
        .ruleset: ("Rule packs", "规则包"),
        .asOf: ("Judge as of", "审核日期"),
        .asOfHint: ("empty: today", "留空：今天"),
        .region: ("Region", "地区"),
        .regionHint: ("empty: from the business license", "留空：按营业执照"),
        .upload: ("Upload and check", "上传并检查"),
        .checksTitle: ("Checks", "检查记录"),
        .noChecks: ("No checks yet: upload an archive above.", "尚无检查记录：请在上方上传档案。"),
        .file: ("File", "文件"),
        .status: ("Status", "状态"),
        .progress: ("Progress", "进度"),
        .uploaded: ("Uploaded", "上传时间"),
        .findings: ("Findings", "发现问题"),
        .actions: ("Report", "报告"),
        .open: ("Open report", "打开报告"),
        .delete: ("Delete", "删除"),
        .deleteConfirm: ("Delete this check, its archive and its reports?", "删除此检查及其档案和报告？"),
        .queued: ("Queued", "排队中"),
        .running: ("Checking", "检查中"),
        .done: ("Done", "已完成"),
        .failed: ("Failed", "失败"),
        .documentsRead: ("documents read", "份文件已读取"),
        .uploading: ("Uploading", "上传中"),
        .uploadFailed: ("Upload failed", "上传失败"),
        .reportHTML: ("HTML report", "HTML 报告"),
        .downloads: ("Download", "下载"),
        .backToChecks: ("All checks", "全部检查"),
        .reading: ("Reading", "正在读取"),
        .openErrors: ("open errors", "项未解决错误"),
        .openWarnings: ("warnings", "项警告"),
        .documents: ("documents", "份文件"),
        .failedBecause: ("The check failed:", "检查失败："),
        .notFound: ("No such check.", "没有此检查。"),
        .forbiddenReviewer: ("Reviewers can read checks but not upload or delete them.", "审阅者只能查看检查，不能上传或删除。"),
        .language: ("Language", "语言"),
        .sessionExpired: ("Your session has ended; sign in again.", "会话已过期，请重新登录。"),
        .batchesTitle: ("Batches", "批次"),
        .batchTitle: ("Batch", "批次"),
        .supplier: ("Supplier", "供应商"),
        .downloadCSV: ("Download as CSV", "下载 CSV"),
        .batchHint: ("One row per supplier archive, worst first; each cell counts open errors / warnings of that category.",
                     "每个供应商档案一行，问题最严重的在前；每格为该类别未解决的错误 / 警告数。"),
        .openBatch: ("Compare these suppliers", "比较这些供应商"),
        .checksInBatch: ("checks", "项检查"),
        .noFindings: ("no open findings", "无未解决问题"),
        .splitIntoSuppliers: ("an archive of supplier archives: one check each", "供应商档案合集：每个档案单独检查"),
    ]
}
