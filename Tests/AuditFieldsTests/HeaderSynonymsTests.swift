@testable import AuditFields
import Testing

@Suite("Header synonyms")
struct HeaderSynonymsTests {
    @Test("Every synonym of a field is recognised as that field", arguments: CanonicalField.allCases)
    func everySynonymRoundTrips(field: CanonicalField) {
        let synonyms = HeaderSynonyms.allSynonyms(of: field)
        #expect(!synonyms.isEmpty)
        for synonym in synonyms {
            #expect(HeaderSynonyms.field(for: synonym) == field, "\(synonym)")
        }
    }

    @Test("No header key is listed under two fields")
    func synonymKeysAreUnique() {
        var owner: [String: CanonicalField] = [:]
        for field in CanonicalField.allCases {
            for synonym in HeaderSynonyms.allSynonyms(of: field) {
                let key = TextNormalizer.headerKey(synonym)
                #expect(owner[key] == nil || owner[key] == field, "\(synonym) is under \(owner[key]!) and \(field)")
                owner[key] = field
            }
        }
    }

    @Test("Headers as they appear on evidence map to their field", arguments: [
        ("Time In", CanonicalField.clockIn),
        ("上班时间", .clockIn),
        ("签到", .clockIn),
        ("上班2", .clockIn),
        ("下班2", .clockOut),
        ("Time Out 2", .clockOut),
        ("PM Out", .clockOut),
        ("打卡时间", .punches),
        ("EMPLOYEE ID", .employeeId),
        ("Emp. No.", .employeeId),
        ("工號", .employeeId),
        ("身份證號碼", .nationalId),
        ("實發工資", .net),
        ("应发工资(元)", .gross),
        ("加班时数(h)", .otHours),
        ("Total Hours (h)", .totalHours),
        ("基本工资 Basic Wage", .baseWage),
        ("工号(Emp No.)", .employeeId),
        ("姓名\nName", .name),
        ("序号", .rowNumber),
        ("No.", .rowNumber),
        ("#", .rowNumber),
        ("应出勤天数", .scheduledDays),
        ("实际出勤天数", .daysWorked),
        ("岗位工资", .positionWage),
        ("罚款", .fines),
        ("个税", .deductionItem),
        ("Days", .daysWorked),
        ("Day", .date),
        ("Time In (2)", .clockIn),
        ("加班时数（1.5倍）", .otHours),
        ("加班时数（2倍）", .restDayOtHours),
        ("加班工时(3倍)", .holidayOtHours),
        ("OT Hours (200%)", .restDayOtHours),
        ("OT 1.5x", .otHours),
        ("OT 2x", .restDayOtHours),
        ("OT 3X", .holidayOtHours),
        ("税前工资", .gross),
        ("税后实发", .net),
        ("养老保险", .deductionItem),
        ("公积金", .deductionItem),
        ("请假扣除", .deductionItem),
        ("补税", .deductionItem),
        ("迟到罚款", .fines),
        ("职工代码", .employeeId),
        ("职工 代码", .employeeId),   // split over two rows and read together
    ])
    func headersMap(header: String, field: CanonicalField) {
        #expect(HeaderSynonyms.field(for: header) == field)
    }

    @Test("Typing and OCR slips are forgiven within the edit budget", arguments: [
        ("Overtme Hours", CanonicalField.otHours),
        ("Basic Salery", .baseWage),
        ("Total Hour", .totalHours),
        ("Employe Name", .name),
        ("实发工贷", .net),
        ("员工编码号", .employeeId),
        ("加班工时数", .otHours),
    ])
    func fuzzyMatches(header: String, field: CanonicalField) {
        #expect(HeaderSynonyms.field(for: header) == field)
    }

    @Test("Short or ambiguous headers, and near misses that change the meaning, are not mapped", arguments: [
        "ID No.",       // employee number or national ID: decided by content
        "Int",          // short keys match only exactly
        "Nett",
        "Outs",
        "Leave Days",   // days of leave, not the leaving date
        "正班工资",      // regular pay: neither 正班工时 (hours) nor 加班工资 (overtime pay)
        "平日加班",      // not 平时加班: 日 and 时 differ in meaning
        "Workd Hours",  // as near to Work Hours as to Worked Hours
        "Amount",       // not OT Amount: a slip does not add a word
        "Work Days",    // scheduled or worked: not Work Date
        "OT 加班费",     // its parts name different fields
        "备注",
        "Remarks",
        "实际工资",      // pay earned for the days worked in some payrolls, net pay in others: not 实发工资
        "实际薪资",
        "考勤组",        // a DingTalk attendance group, not 考勤号 (the badge number)
        "迟到时间",      // minutes late (ZKTeco 异常统计), not 签到时间 (clock-in)
        "早退时间（分钟）", // minutes left early, not 签退时间 (clock-out)
        "缺勤时间",      // minutes absent, not 考勤时间 (punches)
        "15",           // a day-of-month column
        "",
    ])
    func unmapped(header: String) {
        #expect(HeaderSynonyms.field(for: header) == nil)
    }

    @Test("The synonym lists include the spellings the domain reference names")
    func domainSpellingsArePresent() {
        #expect(HeaderSynonyms.allSynonyms(of: .clockIn).contains("上班时间"))
        #expect(HeaderSynonyms.allSynonyms(of: .otHours).contains("延时加班"))
        #expect(HeaderSynonyms.allSynonyms(of: .nationalId).contains("公民身份号码"))
        #expect(HeaderSynonyms.allSynonyms(of: .gross).contains("Total Earnings"))
        #expect(HeaderSynonyms.allSynonyms(of: .rowNumber).contains("S/N"))
    }

    @Test("A bilingual header splits into its Chinese and Latin parts")
    func segments() {
        #expect(HeaderSynonyms.segments(of: TextNormalizer.headerKey("基本工资 Basic Wage")) == ["基本工资", "basicwage"])
        #expect(HeaderSynonyms.segments(of: "工号(empno)") == ["工号", "empno"])
        #expect(HeaderSynonyms.segments(of: "上班1") == ["上班1"])
    }
}
