import AuditCore

/// Every note the pipeline adds to a report (rows or findings lost from a temporary file), in
/// English and Chinese with the same `{name}` placeholders.
///
/// The test suite checks that both languages use the same placeholders and that the Chinese is
/// Chinese.
enum PipelineNote: String, CaseIterable, Sendable {
    case findingsLost, timeEntriesLost, payLinesLost, batchLost, batchesLost

    /// The note in both languages.
    var text: Bilingual {
        switch self {
        case .findingsLost:
            return Bilingual(en: "{count} findings could not be read back from a temporary file ({reason}) and are not listed. Free disk space in {directory} or set TMPDIR, and check again.",
                             zh: "有 {count} 项问题无法从临时文件读回（{reason}），未列出。请释放 {directory} 的磁盘空间或设置 TMPDIR，然后重新检查。")
        case .timeEntriesLost:
            return Bilingual(en: "{count} time entries could not be read back from a temporary file ({reason}) and were not judged. Free disk space in {directory} or set TMPDIR, and check again.",
                             zh: "有 {count} 条考勤记录无法从临时文件读回（{reason}），未评判。请释放 {directory} 的磁盘空间或设置 TMPDIR，然后重新检查。")
        case .payLinesLost:
            return Bilingual(en: "{count} pay lines could not be read back from a temporary file ({reason}) and were not judged. Free disk space in {directory} or set TMPDIR, and check again.",
                             zh: "有 {count} 条工资记录无法从临时文件读回（{reason}），未评判。请释放 {directory} 的磁盘空间或设置 TMPDIR，然后重新检查。")
        case .batchLost:
            return Bilingual(en: "The rows of a batch of workers could not be read back from a temporary file ({error}); the workers' hours and pay were not judged. Free disk space in {directory} or set TMPDIR, and check again.",
                             zh: "一批员工的记录无法从临时文件读回（{error}）；这些员工的工时和工资未评判。请释放 {directory} 的磁盘空间或设置 TMPDIR，然后重新检查。")
        case .batchesLost:
            return Bilingual(en: "The rows of a batch of workers could not be read back from a temporary file ({error}); those workers' hours and pay were not judged. Free disk space in {directory} or set TMPDIR, and check again.",
                             zh: "一批员工的记录无法从临时文件读回（{error}）；这些员工的工时和工资未评判。请释放 {directory} 的磁盘空间或设置 TMPDIR，然后重新检查。")
        }
    }

    /// The note filled with `values` in `language`.
    func callAsFunction(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        text(language, values)
    }
}
