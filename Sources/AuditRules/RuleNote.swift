import AuditCore

/// Every note the rules add to a report (a check that could not run, which of two versions of
/// the same records was judged), in English and Chinese with the same `{name}` placeholders.
///
/// The test suite checks that both languages use the same placeholders and that the Chinese is
/// Chinese.
public enum RuleNote: String, CaseIterable, Sendable {
    case regionNotInTable, regionNotTold, noLicenseAddress, weekParameterInvalid
    case laterVersionJudged, noLaterVersion, recordLeftOut, recordsLeftOut, workerDays, workerMonths

    /// The note in both languages.
    public var text: Bilingual {
        switch self {
        case .regionNotInTable:
            return Bilingual(en: "Minimum wages were not checked: region '{region}' is not in the minimum-wage table (known: {known}).",
                             zh: "未检查最低工资：地区“{region}”不在最低工资标准表中（表中地区：{known}）。")
        case .regionNotTold:
            return Bilingual(en: "Minimum wages were not checked: the region could not be told from the business license address ({address}); name it with --region.",
                             zh: "未检查最低工资：无法从营业执照地址（{address}）判断所在地区；请用 --region 指定。")
        case .noLicenseAddress:
            return Bilingual(en: "no business license address was read", zh: "未读取到营业执照地址")
        case .weekParameterInvalid:
            return Bilingual(en: "{rule} did not run: its parameter week is '{week}', not {sevenDays} or {calendar}",
                             zh: "{rule} 未运行：其参数 week 为“{week}”，不是 {sevenDays} 或 {calendar}")
        case .laterVersionJudged:
            return Bilingual(en: "Where {first} and {second} disagree ({units}), {judged} was judged: its name marks it as the later version (\"{marker}\").",
                             zh: "{first} 与 {second} 不一致之处（{units}）按 {judged} 评判：其文件名表明它是较新的版本（“{marker}”）。")
        case .noLaterVersion:
            return Bilingual(en: "{first} and {second} disagree on {units} and neither name marks the later version (final, v2, revised, 更正, 最终版), so each version was judged on its own: a finding about those workers may come from either.",
                             zh: "{first} 与 {second} 在 {units}上不一致，且两者的文件名都未表明哪个是较新的版本（final、v2、revised、更正、最终版），因此各版本分别评判：有关这些员工的问题可能来自其中任一版本。")
        case .recordLeftOut:
            return Bilingual(en: "{count} record is given in more than {versions} different versions (first: {id} on {period}); only the first of them were judged.",
                             zh: "{count} 条记录有超过 {versions} 个不同版本（第一条：{id}，{period}）；只评判了前 {versions} 个版本。")
        case .recordsLeftOut:
            return Bilingual(en: "{count} records are given in more than {versions} different versions (first: {id} on {period}); only the first of them were judged.",
                             zh: "{count} 条记录有超过 {versions} 个不同版本（第一条：{id}，{period}）；只评判了前 {versions} 个版本。")
        case .workerDays:
            return Bilingual(en: "{count} worker-days", zh: "{count} 个员工工作日")
        case .workerMonths:
            return Bilingual(en: "{count} worker-months", zh: "{count} 个员工工资月")
        }
    }

    /// The note filled with `values` in `language`.
    public func callAsFunction(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        text(language, values)
    }
}
