import AuditCore

/// Every reason a reader gives for a value, row or part of a document it could not read, in
/// English and Chinese with the same `{name}` placeholders.
///
/// A compliance officer reads these in the report's language: what could not be read, and what
/// was done instead. The switch has a case for every reason, so none can lack a language; the
/// test suite checks that both use the same placeholders and that the Chinese is Chinese.
public enum ReadReason: String, CaseIterable, Sendable {
    // Periods and dates a record does not state.
    case recordNoPeriod, matrixNoPeriod, summaryNoPeriod, dailyNoCentury, dayOutsidePeriod
    case matrixDayCount, matrixDayHeading, notADayOfPeriod, notADay
    // Workers a row does not name.
    case matrixRowNoWorker, dailyRowNoWorker, punchNoWorker
    case rosterRowNoId, timesheetRowNoId, payrollRowNoId
    // Punches.
    case singlePunch, cellNoClockTime, markedWithoutPunch, gridMarkMissingPunch, gridMarkMissingClockIn, gridMarkMissingClockOut
    case logLineNoPunch, logLineNoDate, logLineBeforeEarliest, listNoPunchTime, gridDayUnreadable
    // What a punch-log line that is not a punch holds (the `{description}` of `logLineNoPunch`).
    case logLineNulBytes, logLineNulBytesAmongOthers, logLineControlCharacters, logLineText
    // Values.
    case ambiguousDate, notADateInColumn, notHours, notMoney, notClockTime, notDaysWorked, notHoursInTotals, notMinutesInTotals
    case termEndUnreadable, labelledDateUnreadable, registrationCodeUnreadable, validityNotFound, payslipNoMonth, payrollNoMonth
    // What a document's reader did not find where rows went unread (`RowCoverage`).
    case noWorkerColumn, noDateColumn, noDateColumnForTimes, noHeaderRow, nearestHeaderAtRow, nearestHeaderOnPage, nearestHeader
    case noPayslipsEither, emptyDateCells, gridNoMonth, rowsWithoutWorkerId, rowsWithoutWorkerName, gridNotFilled, gridNotFilledAtAll
    case layoutNotRecognised
    // The shortfall itself: how many rows were read of how many.
    case readNoRows, readOfRows, readOfOneRow, readOfRowsLeftOut, readOfOneRowLeftOut
    // How the shortfall names the document.
    case rosterNoun, timesheetNoun, payrollNoun

    /// The reason in both languages.
    public var text: Bilingual {
        switch self {
        case .recordNoPeriod:
            return Bilingual(en: "the attendance record does not say which period it covers (no 'YYYY-MM-DD ~ YYYY-MM-DD' above its days), so its punches were not read",
                             zh: "考勤记录表未写明所属期间（日期行上方没有“YYYY-MM-DD ~ YYYY-MM-DD”），其打卡记录未读取")
        case .matrixNoPeriod:
            return Bilingual(en: "the punch-time report does not say which period it covers (no 'YYYY-MM-DD 至 YYYY-MM-DD' above its days), so its punches were not read",
                             zh: "打卡时间表未写明统计期间（日期行上方没有“YYYY-MM-DD 至 YYYY-MM-DD”），其打卡记录未读取")
        case .summaryNoPeriod:
            return Bilingual(en: "the attendance summary does not say which period it covers (no 'YYYY-MM-DD ~ YYYY-MM-DD' or month above its header), so its totals were not read",
                             zh: "考勤汇总表未写明统计期间（表头上方没有“YYYY-MM-DD ~ YYYY-MM-DD”或月份），其汇总数据未读取")
        case .dailyNoCentury:
            return Bilingual(en: "the daily report writes its dates without the century ('{text}') and does not say which period it covers (no 'YYYY-MM-DD 至 YYYY-MM-DD' above its header), so its punches were not read",
                             zh: "每日统计表的日期未写完整年份（“{text}”），也未写明统计期间（表头上方没有“YYYY-MM-DD 至 YYYY-MM-DD”），其打卡记录未读取")
        case .dayOutsidePeriod:
            return Bilingual(en: "day {day} is not in the period {from} ~ {to} the record states, so its column was not read",
                             zh: "第 {day} 日不在记录所写期间 {from} ~ {to} 之内，该列未读取")
        case .matrixDayCount:
            return Bilingual(en: "the report has {columns} day columns but {period} has {days} days, so the dates of its columns are not known and its punches were not read",
                             zh: "报表有 {columns} 个日期列，而 {period} 共 {days} 天，无法确定各列日期，其打卡记录未读取")
        case .matrixDayHeading:
            return Bilingual(en: "day column {column} is headed '{heading}' but is {date} in {period}, so the dates of its columns are not known and its punches were not read",
                             zh: "第 {column} 个日期列的表头为“{heading}”，但按 {period} 应为 {date}，无法确定各列日期，其打卡记录未读取")
        case .notADayOfPeriod:
            return Bilingual(en: "'{text}' is not a day of the period {from} 至 {to} the report states, so the row's punches were not read",
                             zh: "“{text}”不是报表所写期间 {from} 至 {to} 中的日期，该行打卡记录未读取")
        case .notADay:
            return Bilingual(en: "'{text}' is not a day, so the row's punches were not read", zh: "“{text}”不是日期，该行打卡记录未读取")
        case .matrixRowNoWorker:
            return Bilingual(en: "a row of punches has no 工号 or 姓名, so its days ({count}) could not be given to anyone",
                             zh: "一行打卡记录没有工号或姓名，其 {count} 天的打卡无法对应到员工")
        case .dailyRowNoWorker:
            return Bilingual(en: "the row of {date} has no 工号 or 姓名, so its punches could not be given to anyone",
                             zh: "{date} 的一行记录没有工号或姓名，其打卡无法对应到员工")
        case .punchNoWorker:
            return Bilingual(en: "the punch '{text}' has no 工号 or 姓名, so it could not be given to anyone",
                             zh: "打卡“{text}”没有工号或姓名，无法对应到员工")
        case .rosterRowNoId:
            return Bilingual(en: "a roster row without an employee ID was left out", zh: "花名册中一行没有工号，已略过")
        case .timesheetRowNoId:
            return Bilingual(en: "a timesheet row without an employee ID was left out", zh: "考勤表中一行没有工号，已略过")
        case .payrollRowNoId:
            return Bilingual(en: "a payroll row without an employee ID was left out", zh: "工资表中一行没有工号，已略过")
        case .singlePunch:
            return Bilingual(en: "badge {badge} punched only once on {date} ({time}): its clock-in or clock-out is missing, so no hours were counted for that day",
                             zh: "工号 {badge} 于 {date} 只打卡一次（{time}）：缺上班或下班打卡，当天未计工时")
        case .cellNoClockTime:
            return Bilingual(en: "'{text}' for badge {badge} on {date} holds no clock time", zh: "工号 {badge} 在 {date} 的“{text}”不含打卡时间")
        case .markedWithoutPunch:
            return Bilingual(en: "{worker} on {date} has no punch time but is marked '{mark}', so the day's hours are not known and none were counted",
                             zh: "{worker} 在 {date} 没有打卡时间，但标记为“{mark}”，当天工时不明，未计工时")
        case .gridMarkMissingPunch:
            return Bilingual(en: "'{text}' marks {worker} on {date} as worked but a punch is missing, so the day counts as worked with no hours; the time clock's record or a signed correction gives its hours",
                             zh: "“{text}”表示 {worker} 在 {date} 出勤但缺卡，当天按出勤计、不计工时；工时以考勤机记录或签字确认的更正为准")
        case .gridMarkMissingClockIn:
            return Bilingual(en: "'{text}' marks {worker} on {date} as worked but its clock-in punch is missing, so the day counts as worked with no hours; the time clock's record or a signed correction gives its hours",
                             zh: "“{text}”表示 {worker} 在 {date} 出勤但缺上班卡，当天按出勤计、不计工时；工时以考勤机记录或签字确认的更正为准")
        case .gridMarkMissingClockOut:
            return Bilingual(en: "'{text}' marks {worker} on {date} as worked but its clock-out punch is missing, so the day counts as worked with no hours; the time clock's record or a signed correction gives its hours",
                             zh: "“{text}”表示 {worker} 在 {date} 出勤但缺下班卡，当天按出勤计、不计工时；工时以考勤机记录或签字确认的更正为准")
        case .logLineNoPunch:
            return Bilingual(en: "line {line} of the punch log is not a punch ({description}), so it was left out",
                             zh: "打卡日志第 {line} 行不是打卡记录（{description}），已略过")
        case .logLineNulBytes: return Bilingual(en: "{count} NUL bytes", zh: "{count} 个 NUL 字节")
        case .logLineNulBytesAmongOthers: return Bilingual(en: "{count} NUL bytes among other bytes", zh: "{count} 个 NUL 字节夹杂其他字节")
        case .logLineControlCharacters: return Bilingual(en: "control characters", zh: "控制字符")
        case .logLineText: return Bilingual(en: "'{text}'", zh: "内容为“{text}”")
        case .logLineNoDate:
            return Bilingual(en: "line {line} of the punch log has no real date and time ('{text}'), so the punch was left out",
                             zh: "打卡日志第 {line} 行没有有效的日期和时间（“{text}”），该次打卡已略过")
        case .logLineBeforeEarliest:
            return Bilingual(en: "line {line} of the punch log is dated {date}, before {earliest}: the time clock's date was wrong (reset), so the punch was left out",
                             zh: "打卡日志第 {line} 行的日期为 {date}，早于 {earliest}：考勤机日期有误（曾被重置），该次打卡已略过")
        case .listNoPunchTime:
            return Bilingual(en: "'{text}' is no date and time of a punch, so the punch was left out", zh: "“{text}”不是打卡日期和时间，该次打卡已略过")
        case .gridDayUnreadable:
            return Bilingual(en: "'{text}' for day {day} is neither hours, clock times nor a mark of the day (√, 休, 事假, 旷工, 缺卡 …)",
                             zh: "第 {day} 日的“{text}”既不是工时、打卡时间，也不是出勤标记（√、休、事假、旷工、缺卡等）")
        case .ambiguousDate:
            return Bilingual(en: "the date '{text}' could be day-first or month-first and nothing in the document settles it; write it as YYYY-MM-DD",
                             zh: "日期“{text}”可理解为日/月或月/日，文件中没有可以确定的依据；请写成 YYYY-MM-DD")
        case .notADateInColumn:
            return Bilingual(en: "'{text}' in the {column} column is not a date", zh: "“{column}”列中的“{text}”不是日期")
        case .notHours:
            return Bilingual(en: "'{text}' is not a number of hours", zh: "“{text}”不是工时数")
        case .notMoney:
            return Bilingual(en: "'{text}' is not an amount of money", zh: "“{text}”不是金额")
        case .notClockTime:
            return Bilingual(en: "'{text}' is not a clock time", zh: "“{text}”不是打卡时间")
        case .notDaysWorked:
            return Bilingual(en: "'{text}' is not a number of days worked, so {worker}'s days were not read",
                             zh: "“{text}”不是出勤天数，{worker} 的出勤天数未读取")
        case .notHoursInTotals:
            return Bilingual(en: "'{text}' is not a number of hours, so it was left out of {worker}'s totals",
                             zh: "“{text}”不是工时数，未计入 {worker} 的汇总")
        case .notMinutesInTotals:
            return Bilingual(en: "'{text}' is not a number of minutes, so it was left out of {worker}'s totals",
                             zh: "“{text}”不是分钟数，未计入 {worker} 的汇总")
        case .termEndUnreadable:
            return Bilingual(en: "the term's end after {date} is blank or could not be read", zh: "{date} 之后的期限截止日期为空或无法读取")
        case .labelledDateUnreadable:
            return Bilingual(en: "'{text}' after a date's label could not be read as a date, so it was not checked",
                             zh: "日期标签后的“{text}”无法读取为日期，未予检查")
        case .registrationCodeUnreadable:
            return Bilingual(en: "'{text}' after the credit code's label is neither an 18-character unified social credit code nor a 15-digit registration number, so the code was not checked",
                             zh: "统一社会信用代码标签后的“{text}”既不是18位统一社会信用代码，也不是15位注册号，未予核验")
        case .validityNotFound:
            return Bilingual(en: "no validity date or term (valid until, 有效期至, 营业期限, 长期) could be read on this document, so whether it has expired was not checked",
                             zh: "该文件上未能读取有效期或营业期限（有效期至、营业期限、长期），是否过期未予检查")
        case .payslipNoMonth:
            return Bilingual(en: "the payslip does not say which month it pays, so it was not checked", zh: "工资条未写明所属月份，未予检查")
        case .noWorkerColumn:
            return Bilingual(en: "the table under the header row '{header}' has no employee ID or name column",
                             zh: "表头为“{header}”的表格没有工号或姓名列")
        case .noDateColumn:
            return Bilingual(en: "the table under the header row '{header}' has no date column and no columns numbered by day (1-31)",
                             zh: "表头为“{header}”的表格没有日期列，也没有按日（1-31）编号的列")
        case .noDateColumnForTimes:
            return Bilingual(en: "the table under the header row '{header}' has no date column and no columns numbered by day (1-31), so its '{times}' times have no dates",
                             zh: "表头为“{header}”的表格没有日期列，也没有按日（1-31）编号的列，其“{times}”时间没有对应日期")
        case .noHeaderRow:
            return Bilingual(en: "no header row was recognised (a row naming at least {minimum} known columns, such as 工号/Emp No, 姓名/Name, 日期/Date, 基本工资/Basic Wage, in most of its cells, or a worker column beside day numbers 1-31)",
                             zh: "未识别出表头行（表头行应在多数单元格中写明至少 {minimum} 个已知列名，如 工号/Emp No、姓名/Name、日期/Date、基本工资/Basic Wage，或在员工列旁有 1-31 日的日期列）")
        case .nearestHeaderAtRow:
            return Bilingual(en: "the nearest was row {row}, where {known} of {filled} filled cells name a known column ({names})",
                             zh: "最接近的是第 {row} 行，其 {filled} 个非空单元格中有 {known} 个是已知列名（{names}）")
        case .nearestHeaderOnPage:
            return Bilingual(en: "the nearest was a line of page {page}, where {known} of {filled} filled cells name a known column ({names})",
                             zh: "最接近的是第 {page} 页的一行，其 {filled} 个非空单元格中有 {known} 个是已知列名（{names}）")
        case .nearestHeader:
            return Bilingual(en: "the nearest was a row where {known} of {filled} filled cells name a known column ({names})",
                             zh: "最接近的一行中，{filled} 个非空单元格有 {known} 个是已知列名（{names}）")
        case .noPayslipsEither:
            return Bilingual(en: "no payslips of 'Label: value' pairs (工号：… 实发工资：…) either", zh: "也没有“标签：数值”形式的工资条（工号：… 实发工资：…）")
        case .emptyDateCells:
            return Bilingual(en: "rows with an empty date cell", zh: "有日期单元格为空的行")
        case .gridNoMonth:
            return Bilingual(en: "the day columns have no dates: the grid does not say which month it covers (no 'Month: YYYY-MM' line or title)",
                             zh: "日期列没有具体日期：表格未写明所属月份（没有“月份：YYYY-MM”行或标题）")
        case .rowsWithoutWorkerId:
            return Bilingual(en: "rows with no employee ID in the ID column", zh: "有工号列为空的行")
        case .rowsWithoutWorkerName:
            return Bilingual(en: "rows with no name in the name column", zh: "有姓名列为空的行")
        case .gridNotFilled:
            return Bilingual(en: "the grid holds no filled day cells: its rows give only {columns} and no day 1-31 is marked, so it is a template not yet filled in",
                             zh: "表格中没有填写任何日期单元格：各行只有{columns}，1-31 日均无标记，这是一张尚未填写的模板")
        case .gridNotFilledAtAll:
            return Bilingual(en: "the grid holds no filled day cells: its rows give only cells outside its days and no day 1-31 is marked, so it is a template not yet filled in",
                             zh: "表格中没有填写任何日期单元格：各行只有日期以外的内容，1-31 日均无标记，这是一张尚未填写的模板")
        case .layoutNotRecognised:
            return Bilingual(en: "the reader did not recognise their layout", zh: "读取程序无法识别其版式")
        case .readNoRows:
            return Bilingual(en: "read no rows of this {noun}, and none has different texts in two or more cells: {reasons}",
                             zh: "未从该{noun}读取任何行，也没有哪一行的两个以上单元格内容不同：{reasons}")
        case .readOfRows:
            return Bilingual(en: "read {read} of {count} rows of this {noun}: {reasons}", zh: "该{noun}共 {count} 行，读取了 {read} 行：{reasons}")
        case .readOfOneRow:
            return Bilingual(en: "read {read} of 1 row of this {noun}: {reasons}", zh: "该{noun}共 1 行，读取了 {read} 行：{reasons}")
        case .readOfRowsLeftOut:
            return Bilingual(en: "read {read} of {count} rows of this {noun} ({leftOut} more left out with a reason given): {reasons}",
                             zh: "该{noun}共 {count} 行，读取了 {read} 行（另有 {leftOut} 行已略过并注明原因）：{reasons}")
        case .readOfOneRowLeftOut:
            return Bilingual(en: "read {read} of 1 row of this {noun} ({leftOut} more left out with a reason given): {reasons}",
                             zh: "该{noun}共 1 行，读取了 {read} 行（另有 {leftOut} 行已略过并注明原因）：{reasons}")
        case .rosterNoun: return Bilingual(en: "roster", zh: "花名册")
        case .timesheetNoun: return Bilingual(en: "timesheet", zh: "考勤表")
        case .payrollNoun: return Bilingual(en: "payroll", zh: "工资表")
        case .payrollNoMonth:
            return Bilingual(en: "the payroll does not say which month it pays (no 'Pay Period' line or column), so this row was not checked",
                             zh: "工资表未写明所属月份（没有“工资月份”行或列），该行未予检查")
        }
    }
}

extension ReasonText {
    /// `reason` filled with `values` in each language.
    public init(_ reason: ReadReason, _ values: [String: String] = [:]) {
        self.init(reason.text, values)
    }
}
