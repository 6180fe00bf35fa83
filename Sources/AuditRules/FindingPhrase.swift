import AuditCore

/// Every text a check or the intake writes into a finding (its message, limit and found value,
/// and the parts they are built from), in English and Chinese with the same `{name}` placeholders.
///
/// The checks fill these; the rule's own texts (rationale, clause, corrective action) are the
/// pack's (`RuleDefinition.texts(in:)`). The switch below has a case for every phrase, so a
/// phrase cannot lack a language; the test suite checks that both use the same placeholders and
/// that the Chinese is Chinese. The Chinese is written the way an auditor in China writes a
/// finding: the fact, the figure, the limit it breaks.
public enum FindingPhrase: String, CaseIterable, Sendable {
    // Shared figures.
    case hours, overtimeHours, amount

    // missing-document
    case missingDocument, missingDocumentLimit, missingDocumentActual
    // document-expired, document-expiring
    case documentExpired, documentExpiredLimit, documentExpiredActual
    case documentExpiring, documentExpiringLimit, documentExpiringActual
    // minimum-age
    case minimumAge, minimumAgeLimit, minimumAgeActual
    // juvenile-worker
    case juvenileWorker, juvenileWorkerLimit, juvenileOvertime, juvenileNightWork, juvenileKinds
    // daily-hours, monthly-overtime, weekly-hours, weekly-overtime
    case dailyHours, dailyHoursLimit
    case monthlyOvertime, monthlyOvertimeLimit
    case weeklyHours, weeklyHoursLimit
    case weeklyOvertime, weeklyOvertimeLimit
    // consecutive-days, weekly-rest-day
    case consecutiveDays, consecutiveDaysLimit, consecutiveDaysActual
    case restDayRun, restDayRunLimit, restDayRunActual
    case restDayWeek, restDayWeekLimit, restDayWeekActual
    // minimum-wage
    case minimumWage, minimumWageLimit, regionFromFlag, regionFromAddress, regionFromCompanyName
    // overtime-pay
    case overtimePay, overtimePayLimit, overtimePayPart, workdayOvertime, restDayHours, holidayHours
    // payroll-arithmetic
    case payrollArithmetic, payrollArithmeticLimit, grossMismatch, netMismatch
    // hours-mismatch
    case hoursMismatch, hoursMismatchLimit, overtimeHoursDiffer, regularHoursDiffer
    // paid-not-on-roster, rostered-not-paid
    case paidNotOnRoster, paidNotOnRosterLimit, paidNotOnRosterActual
    case rosteredNotPaid, rosteredNotPaidLimit, rosteredNotPaidActual
    // identity-mismatch
    case identityMismatch, identityMismatchLimit, registrationCodeDiffers, companyNameDiffers
    // credit-code
    case creditCode, creditCodeLimit, creditCodeActual
    // resident-id
    case residentId, residentIdLimit, residentIdInvalid, birthDateDiffers, sexDiffers, male, female
    // uniform-punches, hours-at-limit, round-net-pay, date-order, impossible-punches
    case uniformPunches, uniformPunchesLimit, uniformPunchesActual
    case hoursAtLimit, hoursAtLimitLimit
    case roundNetPay, roundNetPayLimit
    case dateOrder, dateOrderLimit, workedBeforeHire, paidBeforeHire, workedAfterLeaving
    case impossiblePunches, impossiblePunchesLimit
    // summary-below-punches
    case summaryBelowPunches, summaryBelowPunchesLimit, summaryBelowPunchesActual
    // How certificate findings name their document.
    case certificateLabel, certificateLabelNoStandard, auditReportLabel, auditReportLabelNoStandard
    // certificate-edition, certificate-term
    case editionWithdrawn, editionReplaced, editionLimitReplacement, editionLimitCurrent
    case certificateTerm, certificateTermLimit, certificateTermActual, termYears, termMonths, managementSystemCertificate
    // certificate-trading-scope, certificate-products, certificate-address
    case tradingScope, tradingScopeLimit
    case productScope, productScopeLimit
    case certificateAddress, certificateAddressLimit, certificateAddressMisread
    // certification-body
    case bodyWithdrawn, bodyWithdrawnLimit, bodyVerify, bodyVerifyLimit
    case bodyUnknown, bodyUnread, bodyNumberShape, bodyNumberExample, bodyNumberPattern, bodyNoAccreditation
    case approvalWithdrawn, approvalSuspended
    // certificate-verify
    case verify, verifyLimit, verifyActual
    case verifyBSCI, verifySMETA, verifyWRAP, verifySA8000, verifyRegistry
    case certificateNumber, certificateNumberUnknown, registryChina, registryElsewhere
    // audit-rating, audit-report-age, audit-report-as-certificate
    case auditRating, auditRatingLimit, ratingZeroTolerance, ratingValue, ratingFailing, ratingAcceptable
    case auditReportAge, auditReportAgeLimit, auditReportAgeActual, basisSMETA, basisRated, basisUnrated
    case auditReportAsCertificate, auditReportAsCertificateLimit, auditReportAsCertificateActual

    // Intake findings (`auditready/…`), which no pack holds: message and corrective action.
    case entryRejected, entryRejectedAction
    case entryUnreadable, entryUnreadableAction
    case rowsUnread, rowsUnreadAction
    case valuesUnreadable, valuesUnreadableAction
    case findingUnreadable, findingUnreadableAction
    // auditready/records-disagree
    case recordsDisagree, recordsDisagreeActual, recordsDisagreeAction, workerDay, workerMonth
    case workedWithoutHours, clockSpan, overtimeWorked, payAmount, payHours
    case payBase, payOvertime, payAllowances, payGross, payDeductions, payNet, payRegularHours, payOvertimeHours, payDaysWorked

    /// The text in both languages.
    public var text: Bilingual {
        switch self {
        case .hours: return Bilingual(en: "{hours} h", zh: "{hours} 小时")
        case .overtimeHours: return Bilingual(en: "{hours} OT h", zh: "加班 {hours} 小时")
        case .amount: return Bilingual(en: "{amount}", zh: "{amount} 元")

        case .missingDocument: return Bilingual(en: "No {document} was found in the evidence", zh: "证据中未见{document}")
        case .missingDocumentLimit: return Bilingual(en: "required document", zh: "必备文件")
        case .missingDocumentActual: return Bilingual(en: "missing", zh: "缺失")

        case .documentExpired:
            return Bilingual(en: "{document} expired on {until}, {days} before {asOf}",
                             zh: "{document}已于 {until} 过期，至 {asOf} 已过期 {days}")
        case .documentExpiredLimit: return Bilingual(en: "valid on {asOf}", zh: "{asOf} 在有效期内")
        case .documentExpiredActual: return Bilingual(en: "expired {until}", zh: "{until} 已过期")
        case .documentExpiring:
            return Bilingual(en: "{document} expires on {until}, in {days}", zh: "{document}将于 {until} 到期，仅剩 {days}")
        case .documentExpiringLimit: return Bilingual(en: "renewal due {window} days ahead", zh: "到期前 {window} 天办理续期")
        case .documentExpiringActual: return Bilingual(en: "{days} days left", zh: "剩余 {days} 天")

        case .minimumAge:
            return Bilingual(en: "{worker} was {age} on {date} (born {born}), under the minimum working age of {minimum}",
                             zh: "{worker} 于 {date} 仅 {age} 岁（出生日期 {born}），未满最低就业年龄 {minimum} 周岁")
        case .minimumAgeLimit: return Bilingual(en: "age ≥ {minimum}", zh: "年满 {minimum} 周岁")
        case .minimumAgeActual: return Bilingual(en: "age {age}", zh: "{age} 岁")

        case .juvenileWorker:
            return Bilingual(en: "{worker}, aged {age}, did {kinds} on {days} in {month} (first {first})",
                             zh: "未成年工 {worker}（{age} 岁）在 {month} 有 {days}安排{kinds}（首次为 {first}）")
        case .juvenileWorkerLimit: return Bilingual(en: "no {kinds} under {adult}", zh: "未满 {adult} 周岁不得安排{kinds}")
        case .juvenileOvertime: return Bilingual(en: "overtime", zh: "加班")
        case .juvenileNightWork: return Bilingual(en: "night work", zh: "夜班")
        case .juvenileKinds: return Bilingual(en: "{first} and {second}", zh: "{first}和{second}")

        case .dailyHours:
            return Bilingual(en: "{id} worked {hours} h on {date}, over the daily limit of {limit} h",
                             zh: "{id} 于 {date} 工作 {hours} 小时，超过每日 {limit} 小时的上限")
        case .dailyHoursLimit: return Bilingual(en: "{limit} h/day", zh: "每日 {limit} 小时")
        case .monthlyOvertime:
            return Bilingual(en: "{id} worked {overtime} overtime hours in {month}, over the monthly cap of {cap} h",
                             zh: "{id} 在 {month} 加班 {overtime} 小时，超过每月加班 {cap} 小时的上限")
        case .monthlyOvertimeLimit: return Bilingual(en: "{cap} OT h/month", zh: "每月加班 ≤ {cap} 小时")
        case .weeklyHours:
            return Bilingual(en: "{id} worked {total} h in week {week}, over the weekly limit of {limit} h",
                             zh: "{id} 在 {week} 周工作 {total} 小时，超过每周 {limit} 小时的上限")
        case .weeklyHoursLimit: return Bilingual(en: "{limit} h/week", zh: "每周 {limit} 小时")
        case .weeklyOvertime:
            return Bilingual(en: "{id} worked {overtime} overtime hours in week {week}, over {cap} h",
                             zh: "{id} 在 {week} 周加班 {overtime} 小时，超过 {cap} 小时")
        case .weeklyOvertimeLimit: return Bilingual(en: "{cap} OT h/week", zh: "每周加班 ≤ {cap} 小时")

        case .consecutiveDays:
            return Bilingual(en: "{id} worked {count} days in a row from {first} to {last}",
                             zh: "{id} 自 {first} 至 {last} 连续工作 {count} 天")
        case .consecutiveDaysLimit: return Bilingual(en: "at most {max} days in a row", zh: "连续工作不超过 {max} 天")
        case .consecutiveDaysActual: return Bilingual(en: "{count} days", zh: "{count} 天")
        case .restDayRun:
            return Bilingual(en: "{id} worked {count} days in a row from {first} to {last} with no rest day",
                             zh: "{id} 自 {first} 至 {last} 连续工作 {count} 天，其间没有休息日")
        case .restDayRunLimit: return Bilingual(en: "a rest day after at most {max} days worked", zh: "连续工作不超过 {max} 天即须休息一天")
        case .restDayRunActual: return Bilingual(en: "{count} days in a row", zh: "连续 {count} 天")
        case .restDayWeek:
            return Bilingual(en: "{id} worked {count} days in week {week} with no rest day",
                             zh: "{id} 在 {week} 周工作 {count} 天，没有休息日")
        case .restDayWeekLimit: return Bilingual(en: "{min} rest day a week", zh: "每周至少休息 {min} 天")
        case .restDayWeekActual: return Bilingual(en: "{rest} rest days", zh: "休息 {rest} 天")

        case .minimumWage:
            return Bilingual(en: "{id} was paid a base wage of {base} for {month}, below the {region} minimum of {minimum} (region from {source})",
                             zh: "{id} {month} 的基本工资为 {base} 元，低于{region}最低工资标准 {minimum} 元（地区依据：{source}）")
        case .minimumWageLimit: return Bilingual(en: "≥ {minimum}/month from {from}", zh: "自 {from} 起每月 ≥ {minimum} 元")
        case .regionFromFlag: return Bilingual(en: "--region {region}", zh: "--region {region}")
        case .regionFromAddress: return Bilingual(en: "the business license address", zh: "营业执照地址")
        case .regionFromCompanyName: return Bilingual(en: "the company name", zh: "公司名称")

        case .overtimePay:
            return Bilingual(en: "{id} was paid {paid} overtime for {month}; {breakdown} at {hourly} yuan/h requires {required}",
                             zh: "{id} {month} 的加班工资为 {paid} 元；按小时工资 {hourly} 元计，{breakdown}，应支付 {required} 元")
        case .overtimePayLimit: return Bilingual(en: "≥ {required}", zh: "≥ {required} 元")
        case .overtimePayPart: return Bilingual(en: "{hours} h {kind} × {premium}", zh: "{kind} {hours} 小时 × {premium}")
        case .workdayOvertime: return Bilingual(en: "workday overtime", zh: "工作日延长工作时间")
        case .restDayHours: return Bilingual(en: "rest day", zh: "休息日工作")
        case .holidayHours: return Bilingual(en: "statutory holiday", zh: "法定休假日工作")

        case .payrollArithmetic:
            return Bilingual(en: "{id}'s {month} payroll line does not add up: {problems}",
                             zh: "{id} {month} 的工资明细金额不符：{problems}")
        case .payrollArithmeticLimit: return Bilingual(en: "amounts that add up (±{tolerance})", zh: "各项金额相符（误差 ±{tolerance} 元）")
        case .grossMismatch:
            return Bilingual(en: "gross {gross} ≠ base + overtime + allowances {parts}", zh: "应发工资 {gross} ≠ 基本工资 + 加班工资 + 津贴 {parts}")
        case .netMismatch: return Bilingual(en: "net {net} ≠ gross − deductions {expected}", zh: "实发工资 {net} ≠ 应发工资 − 扣款 {expected}")

        case .hoursMismatch: return Bilingual(en: "{id}, {month}: {problems}", zh: "{id} {month} 工资表工时与考勤记录不符：{problems}")
        case .hoursMismatchLimit:
            return Bilingual(en: "payroll = timesheets (±{tolerance} h)", zh: "工资表工时 = 考勤工时（误差 ±{tolerance} 小时）")
        case .overtimeHoursDiffer:
            return Bilingual(en: "payroll overtime {paid} h, timesheets {recorded} h", zh: "工资表加班 {paid} 小时，考勤记录 {recorded} 小时")
        case .regularHoursDiffer:
            return Bilingual(en: "payroll regular hours {paid} h, timesheets {recorded} h", zh: "工资表正常工时 {paid} 小时，考勤记录 {recorded} 小时")

        case .paidNotOnRoster:
            return Bilingual(en: "{who} is paid on the {month} payroll but is not on the roster",
                             zh: "{who} 在 {month} 工资表上领取工资，但不在员工花名册中")
        case .paidNotOnRosterLimit: return Bilingual(en: "every payee on the roster", zh: "领取工资的人员均在花名册中")
        case .paidNotOnRosterActual: return Bilingual(en: "not on the roster", zh: "不在花名册中")
        case .rosteredNotPaid:
            return Bilingual(en: "{worker}, hired {hired}, is on the roster but not on the {month} payroll",
                             zh: "{worker}（入职日期 {hired}）在员工花名册中，但 {month} 工资表上没有其工资记录")
        case .rosteredNotPaidLimit: return Bilingual(en: "every rostered worker paid each month", zh: "花名册上的员工每月均有工资记录")
        case .rosteredNotPaidActual: return Bilingual(en: "no {month} payroll line", zh: "无 {month} 工资记录")

        case .identityMismatch: return Bilingual(en: "{document}: {problems}", zh: "{document}：{problems}")
        case .identityMismatchLimit: return Bilingual(en: "the business license's name and code", zh: "与营业执照一致的名称和统一社会信用代码")
        case .registrationCodeDiffers:
            return Bilingual(en: "{path} gives registration code {code}, the business license {licenseCode}",
                             zh: "{path} 上的统一社会信用代码为 {code}，营业执照上为 {licenseCode}")
        case .companyNameDiffers:
            return Bilingual(en: "{path} names the company \"{name}\", the business license \"{licenseName}\"",
                             zh: "{path} 上的公司名称为“{name}”，营业执照上为“{licenseName}”")

        case .creditCode:
            return Bilingual(en: "The unified social credit code {code} fails its check character: verify it on gsxt.gov.cn (some early codes are genuine but fail)",
                             zh: "统一社会信用代码 {code} 校验码不符：请在国家企业信用信息公示系统（gsxt.gov.cn）核实（部分早期代码真实有效但校验不通过）")
        case .creditCodeLimit: return Bilingual(en: "GB 32100 check character", zh: "符合 GB 32100 校验码")
        case .creditCodeActual: return Bilingual(en: "fails", zh: "校验不通过")

        case .residentId: return Bilingual(en: "{worker}: {problems}", zh: "{worker}：{problems}")
        case .residentIdLimit: return Bilingual(en: "a valid ID matching the roster", zh: "有效且与花名册一致的身份证号码")
        case .residentIdInvalid: return Bilingual(en: "the ID number {number} is not valid: {reason}", zh: "身份证号码 {number} 无效：{reason}")
        case .birthDateDiffers:
            return Bilingual(en: "the roster gives birth date {stated}, the ID {birth}", zh: "花名册出生日期为 {stated}，身份证号码显示为 {birth}")
        case .sexDiffers: return Bilingual(en: "the roster says {sex}, the ID number says {idSex}", zh: "花名册性别为 {sex}，身份证号码显示为{idSex}")
        case .male: return Bilingual(en: "male", zh: "男")
        case .female: return Bilingual(en: "female", zh: "女")

        case .uniformPunches:
            return Bilingual(en: "{id}'s {count} clock-ins in {month} vary by {deviation} minutes; {share}% fall on the same minute",
                             zh: "{id} 在 {month} 的 {count} 次上班打卡时间标准差仅 {deviation} 分钟；{share}% 落在同一分钟")
        case .uniformPunchesLimit: return Bilingual(en: "clock-ins that scatter like a real clock's", zh: "打卡时间像真实考勤机记录一样自然分散")
        case .uniformPunchesActual: return Bilingual(en: "σ {deviation} min", zh: "σ {deviation} 分钟")
        case .hoursAtLimit:
            return Bilingual(en: "{atCap} of {workers} workers have exactly {cap} overtime hours in {month} ({ids}): records piled at the limit",
                             zh: "{month} 的 {workers} 名员工中有 {atCap} 名加班恰好 {cap} 小时（{ids}）：记录集中在上限")
        case .hoursAtLimitLimit: return Bilingual(en: "≤ {share}% exactly at the cap", zh: "恰好处于上限的比例 ≤ {share}%")
        case .roundNetPay:
            return Bilingual(en: "{round} of {lines} net amounts in the {month} payroll are whole hundreds of yuan",
                             zh: "{month} 工资表的 {lines} 笔实发金额中有 {round} 笔为整百元")
        case .roundNetPayLimit: return Bilingual(en: "≤ {share}% round amounts", zh: "整百金额比例 ≤ {share}%")
        case .dateOrder: return Bilingual(en: "{worker} {problems}", zh: "{worker}：{problems}")
        case .dateOrderLimit: return Bilingual(en: "work and pay within employment dates", zh: "出勤和工资记录均在雇佣期内")
        case .workedBeforeHire: return Bilingual(en: "worked on {date}, before the hire date {hired}", zh: "{date} 有出勤，早于入职日期 {hired}")
        case .paidBeforeHire: return Bilingual(en: "paid for {month}, before the hire date {hired}", zh: "有 {month} 的工资记录，早于入职日期 {hired}")
        case .workedAfterLeaving: return Bilingual(en: "worked on {date}, after the leave date {left}", zh: "{date} 有出勤，晚于离职日期 {left}")
        case .impossiblePunches: return Bilingual(en: "{id}'s shift on {date} spans {length} h", zh: "{id} 于 {date} 的班次长达 {length} 小时")
        case .impossiblePunchesLimit:
            return Bilingual(en: "≤ {max} h from clock-in to clock-out", zh: "上下班打卡间隔 ≤ {max} 小时")
        case .summaryBelowPunches:
            return Bilingual(en: "{id}, {from} to {to}: the attendance summary states {stated} h, the punches {punched} h over {days} days",
                             zh: "{id} {from} 至 {to}：考勤汇总记载 {stated} 小时，打卡记录 {days} 天共 {punched} 小时")
        case .summaryBelowPunchesLimit:
            return Bilingual(en: "summary no more than max({min} h, {perDay} h per day punched) below the punches",
                             zh: "汇总工时比打卡工时少不超过 max({min} 小时, 每个打卡日 {perDay} 小时)")
        case .summaryBelowPunchesActual: return Bilingual(en: "{gap} h fewer than the punches", zh: "比打卡记录少 {gap} 小时")

        case .certificateLabel: return Bilingual(en: "{standard} certificate {path}", zh: "{standard} 证书 {path}")
        case .certificateLabelNoStandard: return Bilingual(en: "certificate {path}", zh: "证书 {path}")
        case .auditReportLabel: return Bilingual(en: "{standard} audit report {path}", zh: "{standard} 审核报告 {path}")
        case .auditReportLabelNoStandard: return Bilingual(en: "audit report {path}", zh: "审核报告 {path}")

        case .editionWithdrawn:
            return Bilingual(en: "{label}: certificates to {edition} stopped being valid on {invalid}{replaced} ({source})",
                             zh: "{label}：{edition} 版本的证书自 {invalid} 起失效{replaced}（{source}）")
        case .editionReplaced: return Bilingual(en: "; it was replaced by {replacement}", zh: "，已由 {replacement} 取代")
        case .editionLimitReplacement: return Bilingual(en: "a certificate to {replacement}", zh: "{replacement} 证书")
        case .editionLimitCurrent: return Bilingual(en: "a current edition", zh: "现行有效版本")
        case .certificateTerm:
            return Bilingual(en: "{label} runs from {start} to {until}, longer than the {term} term of {kind}: a sign of an altered or fake certificate",
                             zh: "{label} 有效期自 {start} 至 {until}，超过{kind}{term}的有效期：证书可能被篡改或伪造")
        case .certificateTermLimit: return Bilingual(en: "at most {months} months", zh: "不超过 {months} 个月")
        case .certificateTermActual: return Bilingual(en: "{days} days", zh: "{days} 天")
        case .termYears: return Bilingual(en: "{years}-year", zh: " {years} 年")
        case .termMonths: return Bilingual(en: "{months}-month", zh: " {months} 个月")
        case .managementSystemCertificate: return Bilingual(en: "a management-system certificate", zh: "管理体系证书")

        case .tradingScope:
            return Bilingual(en: "{label} covers \"{scope}\" ({claim}), but the business license's scope allows no production (\"{business}\"): the holder is a trading company and the certificate cannot cover the factory",
                             zh: "{label} 的认证范围为“{scope}”（{claim}），但营业执照经营范围不含生产（“{business}”）：持证方为贸易公司，该证书不能覆盖生产工厂")
        case .tradingScopeLimit: return Bilingual(en: "a scope the business license allows", zh: "营业执照经营范围允许的认证范围")
        case .productScope:
            return Bilingual(en: "{label} covers \"{scope}\", which does not mention what is bought ({products})",
                             zh: "{label} 的认证范围为“{scope}”，未涵盖所采购的产品（{products}）")
        case .productScopeLimit: return Bilingual(en: "a scope naming {products}", zh: "认证范围包含 {products}")
        case .certificateAddress:
            return Bilingual(en: "{label} covers {addresses}, not the business license's address \"{registered}\"",
                             zh: "{label} 覆盖的地址为{addresses}，不包括营业执照地址“{registered}”")
        case .certificateAddressLimit: return Bilingual(en: "the business license's address", zh: "营业执照地址")
        case .certificateAddressMisread:
            return Bilingual(en: "{label} covers \"{address}\", and the business license reads \"{registered}\": they differ in {count} character(s) and one was read from a scan, which OCR may have misread. Compare the two documents by eye",
                             zh: "{label} 覆盖的地址为“{address}”，营业执照地址为“{registered}”：两者相差 {count} 个字符，且其中之一是从扫描件识别的，可能是识别错误。请人工核对两份文件")

        case .bodyWithdrawn:
            return Bilingual(en: "{label} was issued by {body}, whose approval is {status}{cnca}: the certificate is not valid ({source})",
                             zh: "{label} 由 {body} 颁发，该认证机构的批准资质{status}{cnca}：证书无效（{source}）")
        case .bodyWithdrawnLimit: return Bilingual(en: "a body with a valid approval", zh: "批准资格有效的认证机构")
        case .bodyVerify: return Bilingual(en: "{label}: verify it: {reasons}", zh: "{label}：须核实：{reasons}")
        case .bodyVerifyLimit:
            return Bilingual(en: "a known, accredited body and a number of its pattern", zh: "已知且经认可的认证机构，证书编号符合其格式")
        case .bodyUnknown:
            return Bilingual(en: "the certification body \"{body}\" is not in the table of known bodies", zh: "认证机构“{body}”不在已知认证机构表中")
        case .bodyUnread: return Bilingual(en: "no certification body could be read", zh: "未能读取认证机构")
        case .bodyNumberShape:
            return Bilingual(en: "the certificate number {number} does not have the shape of {body}'s numbers{example}",
                             zh: "证书编号 {number} 不符合 {body} 的编号格式{example}")
        case .bodyNumberExample: return Bilingual(en: " (such as {example})", zh: "（例如 {example}）")
        case .bodyNumberPattern: return Bilingual(en: " ({pattern})", zh: "（{pattern}）")
        case .bodyNoAccreditation:
            return Bilingual(en: "it bears no accreditation mark (CNAS, UKAS, ANAB, IAF …)", zh: "证书上没有认可标志（CNAS、UKAS、ANAB、IAF 等）")
        case .approvalWithdrawn: return Bilingual(en: "withdrawn", zh: "已被撤销")
        case .approvalSuspended: return Bilingual(en: "suspended", zh: "已被暂停")

        case .verify: return Bilingual(en: "{label}: {advice}", zh: "{label}：{advice}")
        case .verifyLimit: return Bilingual(en: "verified at its source", zh: "已在发证来源核实")
        case .verifyActual: return Bilingual(en: "not verified", zh: "未核实")
        case .verifyBSCI:
            return Bilingual(en: "ask the factory to share the audit on the amfori platform and check it there by its site ID{site}, audit date and rating",
                             zh: "请工厂在 amfori 平台上共享该审核，并在平台上按场所编号{site}、审核日期和评级核实")
        case .verifySMETA:
            return Bilingual(en: "ask the factory to grant access on Sedex and check the audit by its Sedex site and audit references{references}",
                             zh: "请工厂在 Sedex 上开放查看权限，并按 Sedex 场所编号和审核编号{references}核实该审核")
        case .verifyWRAP:
            return Bilingual(en: "check the facility on WRAP's list of certified facilities (wrapcompliance.org)",
                             zh: "在 WRAP 获证工厂名单（wrapcompliance.org）上核实该工厂")
        case .verifySA8000:
            return Bilingual(en: "check {number} on SAAS's list of SA8000-certified organisations (saasaccreditation.org)",
                             zh: "在 SAAS 的 SA8000 获证组织名单（saasaccreditation.org）上核实{number}")
        case .verifyRegistry:
            return Bilingual(en: "look up {number} on {registry}: holder, scope, status and expiry must match",
                             zh: "到{registry}查询{number}，核对持证方、认证范围、证书状态和有效期是否一致")
        case .certificateNumber: return Bilingual(en: "certificate number {number}", zh: "证书编号 {number}")
        case .certificateNumberUnknown: return Bilingual(en: "the certificate number", zh: "证书编号")
        case .registryChina:
            return Bilingual(en: "the CNCA registry (认证认可业务信息统一查询平台, cx.cnca.cn)",
                             zh: "国家认监委认证认可业务信息统一查询平台（cx.cnca.cn）")
        case .registryElsewhere:
            return Bilingual(en: "IAF CertSearch (iafcertsearch.org), or the CNCA registry (cx.cnca.cn) when the body certifies in China",
                             zh: " IAF CertSearch（iafcertsearch.org；认证机构在中国境内发证的，则到国家认监委查询平台 cx.cnca.cn）")

        case .auditRating: return Bilingual(en: "{label}: {meaning}{verdict}", zh: "{label}：{meaning}{verdict}")
        case .auditRatingLimit: return Bilingual(en: "rating A or B", zh: "评级 A 或 B")
        case .ratingZeroTolerance:
            return Bilingual(en: "zero tolerance: a breach amfori acts on at once", zh: "零容忍（ZT）：amfori 将立即处理的严重违规")
        case .ratingValue: return Bilingual(en: "rating {rating}", zh: "评级 {rating}")
        case .ratingFailing:
            return Bilingual(en: ", an unacceptable result that needs remediation and a follow-up audit", zh: "，结果不可接受，须整改并接受跟进审核")
        case .ratingAcceptable: return Bilingual(en: ", acceptable with improvements due", zh: "，可以接受，但须限期改进")
        case .auditReportAge:
            return Bilingual(en: "{label}: audited on {audited}; {basis} counts for {months} months, until {end}",
                             zh: "{label}：审核日期 {audited}；{basis}的有效期为 {months} 个月，至 {end} 止")
        case .auditReportAgeLimit: return Bilingual(en: "audited within {months} months", zh: "{months} 个月内的审核")
        case .auditReportAgeActual: return Bilingual(en: "audited {audited}", zh: "审核于 {audited}")
        case .basisSMETA: return Bilingual(en: "a SMETA audit", zh: "SMETA 审核")
        case .basisRated: return Bilingual(en: "an audit rated {rating}", zh: "评级为 {rating} 的审核")
        case .basisUnrated: return Bilingual(en: "an audit without a rating read", zh: "未读取到评级的审核")
        case .auditReportAsCertificate:
            return Bilingual(en: "{path} presents its {standard} audit as a certificate (\"{called}\"): {standard} issues audit reports with findings, not certificates",
                             zh: "{path} 将 {standard} 审核当作证书出示（“{called}”）：{standard} 出具的是载有审核发现的审核报告，而不是证书")
        case .auditReportAsCertificateLimit: return Bilingual(en: "an audit report", zh: "审核报告")
        case .auditReportAsCertificateActual: return Bilingual(en: "called a certificate", zh: "称为证书")

        case .entryRejected: return Bilingual(en: "{path} was rejected: {reason}", zh: "{path} 被拒收：{reason}")
        case .entryRejectedAction:
            return Bilingual(en: "Supply this document in a plain, safe form so it can be checked.",
                             zh: "请以普通、安全的格式重新提供该文件，以便检查。")
        case .entryUnreadable: return Bilingual(en: "{path} could not be read: {reason}", zh: "{path} 无法读取：{reason}")
        case .entryUnreadableAction:
            return Bilingual(en: "Re-export or re-send the file; until then it is not checked.", zh: "请重新导出或重新发送该文件；在此之前该文件未被检查。")
        case .rowsUnread:
            return Bilingual(en: "{path}: {shortfall}; the rows not read were not checked", zh: "{path}：{shortfall}；未读取的行没有被检查")
        case .rowsUnreadAction:
            return Bilingual(en: "Export the document again with one header row naming its columns (ID or name, date or days, hours or pay), "
                                + "or send it in a layout this version reads; until then its workers are not checked from it.",
                             zh: "请重新导出该文件，只保留一行表头并写明各列名称（工号或姓名、日期或天数、工时或工资），"
                                + "或改用本版本能读取的格式；在此之前不会根据该文件检查其中的员工。")
        case .valuesUnreadable:
            return Bilingual(en: "{values} in {path} could not be read and went unchecked; first: {first}",
                             zh: "{path} 中有 {values}无法读取，未被检查；第一个：{first}")
        case .valuesUnreadableAction:
            return Bilingual(en: "Correct the values named in the evidence, or export the document again.", zh: "请更正证据中列出的数值，或重新导出该文件。")
        case .findingUnreadable:
            return Bilingual(en: "A finding could not be read back from a temporary file ({error})", zh: "无法从临时文件读回一项发现（{error}）")
        case .findingUnreadableAction:
            return Bilingual(en: "Free disk space in the temporary directory (TMPDIR) and check again.", zh: "请清理临时目录（TMPDIR）所在磁盘的空间后重新检查。")

        case .recordsDisagree:
            return Bilingual(en: "{first} and {second} give different values for the same {count}; first: {id} on {period}: {a} in one, {b} in the other",
                             zh: "{first} 与 {second} 对同样的 {count}记录数值不同；第一处：{id} {period}：一份为 {a}，另一份为 {b}")
        case .recordsDisagreeActual: return Bilingual(en: "{count} in two versions", zh: "{count}存在两个版本")
        case .recordsDisagreeAction:
            return Bilingual(en: "Two versions of the same records are what auditors call double books. Keep one true record "
                                + "of each {unit}, remove or explain the other, and mark a corrected document as such (final, v2, 更正).",
                             zh: "同一记录存在两个版本，即审核员所说的“两套账”。每个{unit}只保留一份真实记录，删除另一份或书面说明原因，"
                                + "并在更正后的文件上注明（final、v2、更正）。")
        case .workerDay: return Bilingual(en: "worker-day", zh: "员工工作日")
        case .workerMonth: return Bilingual(en: "worker-month", zh: "员工工资月")
        case .workedWithoutHours: return Bilingual(en: "worked (hours not stated)", zh: "出勤（未写明工时）")
        case .clockSpan: return Bilingual(en: " ({in}-{out})", zh: "（{in}-{out}）")
        case .overtimeWorked: return Bilingual(en: ", {hours} h overtime", zh: "，加班 {hours} 小时")
        case .payAmount: return Bilingual(en: "{name} {amount}", zh: "{name} {amount}")
        case .payHours: return Bilingual(en: "{hours} {name}", zh: "{name} {hours}")
        case .payBase: return Bilingual(en: "base", zh: "基本工资")
        case .payOvertime: return Bilingual(en: "overtime pay", zh: "加班工资")
        case .payAllowances: return Bilingual(en: "allowances", zh: "津贴")
        case .payGross: return Bilingual(en: "gross", zh: "应发")
        case .payDeductions: return Bilingual(en: "deductions", zh: "扣款")
        case .payNet: return Bilingual(en: "net", zh: "实发")
        case .payRegularHours: return Bilingual(en: "h regular", zh: "正常工时（小时）")
        case .payOvertimeHours: return Bilingual(en: "h overtime", zh: "加班（小时）")
        case .payDaysWorked: return Bilingual(en: "days worked", zh: "出勤天数")
        }
    }

    /// The text in `language` with `values` filled in.
    public func callAsFunction(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        text(language, values)
    }
}

/// Counts with their nouns, as findings write them.
public enum FindingCount: String, CaseIterable, Sendable {
    case day, value, workerDay, workerMonth, record

    public var text: BilingualCount {
        switch self {
        case .day: return BilingualCount(one: "{n} day", other: "{n} days", zh: "{n} 天")
        case .value: return BilingualCount(one: "{n} value", other: "{n} values", zh: "{n} 个值")
        case .workerDay: return BilingualCount(one: "{n} worker-day", other: "{n} worker-days", zh: "{n} 个员工工作日")
        case .workerMonth: return BilingualCount(one: "{n} worker-month", other: "{n} worker-months", zh: "{n} 个员工工资月")
        case .record: return BilingualCount(one: "{n} record", other: "{n} records", zh: "{n} 条记录")
        }
    }

    public func callAsFunction(_ count: Int, _ language: ReportLanguage) -> String {
        text(count, language)
    }
}
