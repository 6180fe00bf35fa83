/// The meaning of a column in a roster, timesheet or payroll, whatever its header says.
public enum CanonicalField: String, Sendable, CaseIterable, Codable, Hashable {
    // Identity (roster, domain §3.5).
    /// The factory's own worker number (工号, Emp No).
    case employeeId
    /// The worker's name (姓名).
    case name
    /// Sex or gender (性别).
    case sex
    /// The resident ID or passport number (身份证号码).
    case nationalId
    /// Date of birth (出生日期).
    case dob
    /// Age in years (年龄).
    case age
    /// First day of employment (入职日期).
    case hireDate
    /// Last day of employment (离职日期).
    case leaveDate
    /// Department, workshop, line or team (部门, 车间).
    case department
    /// Job title or post (岗位, 职务).
    case position
    /// Employment status (在职/离职).
    case status
    /// Contract start date (合同开始日期).
    case contractStart
    /// Contract end date (合同到期日期).
    case contractEnd
    /// Home or current address (户籍地址, 现住址).
    case address
    /// Phone number (联系电话).
    case phone

    // Attendance (domain §3.6).
    /// The day a timesheet row is about (日期).
    case date
    /// Day of the week (星期).
    case weekday
    /// A clock-in time; several clock-in columns pair with clock-out columns left to right.
    case clockIn
    /// A clock-out time.
    case clockOut
    /// A cell holding several punch times (打卡时间).
    case punches
    /// The shift name (班次).
    case shift
    /// Regular (non-overtime) hours (正班工时).
    case regularHours
    /// Weekday overtime hours (加班工时).
    case otHours
    /// Rest-day overtime hours (周末加班).
    case restDayOtHours
    /// Public-holiday overtime hours (法定假日加班).
    case holidayOtHours
    /// Total hours worked (总工时).
    case totalHours
    /// Days actually worked (实际出勤天数).
    case daysWorked
    /// Days the worker was scheduled to work (应出勤天数).
    case scheduledDays

    // Payroll (domain §3.7).
    /// The month a payroll row pays for (工资月份).
    case payPeriod
    /// Basic or time wage (基本工资).
    case baseWage
    /// Post wage, a component kept apart from the basic wage (岗位工资).
    case positionWage
    /// Piece-rate wage (计件工资).
    case pieceWage
    /// Overtime pay, one column per kind of overtime (加班费).
    case otPay
    /// An allowance or bonus line (津贴, 全勤奖).
    case allowances
    /// Gross pay (应发工资).
    case gross
    /// Total deductions (应扣合计).
    case deductions
    /// One deduction line: social insurance, tax, housing fund, dormitory, meals (个税, 住宿费).
    case deductionItem
    /// Fines, themselves a red flag under most codes (罚款).
    case fines
    /// Net pay (实发工资).
    case net
    /// The day wages were paid (发放日期).
    case payDate
    /// The bank account wages go to (银行卡号).
    case bankAccount
    /// The worker's signature or receipt (签名).
    case signature
    /// A row counter, not an identifier (序号, No.).
    case rowNumber
}
