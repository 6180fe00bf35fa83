extension HeaderSynonyms {
    /// Headers read as no field although they are one character from a synonym, because they name
    /// different columns in different templates: `实际工资` is the pay earned for the days worked
    /// (before bonuses and deductions) in some payrolls and the net pay in others.
    public static let ambiguousHeaders = ["实际工资", "实际薪资"]

    /// Every header spelling recognised for `field`, as written on evidence (domain §3.5–3.7).
    ///
    /// Deliberately absent: bare `ID No.` (employee number or national ID: decide by content, an
    /// 18-character value is a national ID), `出勤时数`, `合计`, `金额`, `工资` and `加班` (each names
    /// different columns in different templates).
    public static func allSynonyms(of field: CanonicalField) -> [String] {
        switch field {
        case .employeeId:
            return ["工号", "员工编号", "职员编号", "员工号", "员工工号", "人员编号", "厂牌号", "工牌号", "工卡号", "职工代码", "员工代码",
                    "考勤号", "考勤号码", "登记号码", "编号", "Employee ID", "Employee No", "Employee Number",
                    "Employee Code", "Emp ID", "Emp ID No", "Emp No", "Emp#", "Emp Code", "EE ID", "Staff ID", "Staff No",
                    "Badge No", "Badge ID", "Clock No", "Card No", "Worker No", "Worker ID", "Payroll No"]
        case .name:
            return ["姓名", "员工姓名", "职工姓名", "名字", "Name", "Employee Name", "Full Name", "Worker Name",
                    "Staff Name"]
        case .sex:
            return ["性别", "Sex", "Gender", "M/F", "男/女"]
        case .nationalId:
            return ["身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证", "证件号", "护照号", "护照号码",
                    "ID Card", "ID Card No", "ID Card Number", "ID Number", "National ID", "Identity No", "Identity Card No",
                    "IC No", "Passport No"]
        case .dob:
            return ["出生日期", "出生年月", "出生年月日", "生日", "DOB", "Date of Birth", "Birth Date", "Birthday"]
        case .age:
            return ["年龄", "周岁", "Age"]
        case .hireDate:
            return ["入职日期", "入厂日期", "进厂日期", "到岗日期", "报到日期", "用工起始时间", "参加工作时间", "入职时间",
                    "Hire Date", "Date Hired", "Date Joined", "Joining Date", "Date of Joining", "DOJ", "Start Date", "Entry Date",
                    "Employment Date"]
        case .leaveDate:
            return ["离职日期", "离厂日期", "辞职日期", "解除日期", "终止日期", "Termination Date", "Resignation Date",
                    "Leaving Date", "Leave Date", "Date Left", "Exit Date", "Last Working Day"]
        case .department:
            return ["部门", "车间", "组别", "线别", "班组", "所属部门", "Dept", "Department", "Section", "Line",
                    "Workshop"]
        case .position:
            return ["职位", "岗位", "工种", "职务", "Position", "Job Title", "Post", "Title", "Designation"]
        case .status:
            return ["在职/离职", "状态", "在职状态", "员工状态", "Status", "Active/Resigned", "Employment Status"]
        case .contractStart:
            return ["合同开始日期", "合同起始日期", "合同签订日期", "签订日期", "Contract Start", "Contract Start Date"]
        case .contractEnd:
            return ["合同到期日期", "合同结束日期", "合同终止日期", "Contract End", "Contract End Date",
                    "Contract Expiry"]
        case .address:
            return ["户籍地址", "家庭住址", "现住址", "住址", "Address", "Home Address"]
        case .phone:
            return ["联系电话", "电话", "手机", "手机号", "手机号码", "Tel", "Phone", "Mobile", "Contact No"]
        case .date:
            return ["日期", "考勤日期", "打卡日期", "工作日期", "出勤日期", "Date", "Work Date", "Day"]
        case .weekday:
            return ["星期", "星期几", "周几", "礼拜", "Weekday", "Week Day", "Day of Week", "DOW"]
        case .clockIn:
            return ["上班", "上班时间", "上班1", "上班打卡", "签到", "签到时间", "签入", "刷卡上班", "上午上班", "下午上班",
                    "加班签到", "加班上班", "Time In", "Clock In", "Punch In", "In", "AM In", "PM In", "OT In",
                    "Check In", "Start", "Start Time"]
        case .clockOut:
            return ["下班", "下班时间", "下班1", "下班打卡", "签退", "签退时间", "签出", "刷卡下班", "上午下班", "下午下班",
                    "加班签退", "加班下班", "Time Out", "Clock Out", "Punch Out", "Out", "AM Out", "PM Out",
                    "OT Out", "Check Out", "End", "End Time"]
        case .punches:
            return ["打卡时间", "刷卡时间", "打卡记录", "刷卡记录", "考勤时间", "上班/下班", "签到/签退", "Punches",
                    "Punch Times", "Clock Times", "In/Out", "Time In/Out", "Clock In/Out", "Punch In/Out"]
        case .shift:
            return ["班次", "班别", "对应时段", "Shift"]
        case .regularHours:
            return ["正常工时", "正班工时", "出勤工时", "标准工时", "工作时数", "工作时长", "实际工作时长", "正班时数", "正常时数", "Regular Hours",
                    "Regular Hrs", "Reg Hrs", "Normal Hours", "Std Hrs", "Standard Hours", "Work Hours"]
        case .otHours:
            return ["加班时数", "加班工时", "加班小时", "加班时长", "加班总时长", "加点", "平时加班", "延时加班", "平时加班工时", "延时加班工时",
                    "1.5倍加班", "OT", "OT Hrs", "OT Hours", "Overtime", "Overtime Hours", "Extra Hours"]
        case .restDayOtHours:
            return ["周末加班", "休息日加班", "双休加班", "公休加班", "周末加班工时", "休息日加班工时", "2倍加班", "Weekend OT",
                    "Rest Day OT", "Sunday OT", "Weekend OT Hours", "Rest Day OT Hours"]
        case .holidayOtHours:
            return ["节假日加班", "法定假日加班", "法定节假日加班", "法定加班", "节假日加班工时", "3倍加班", "Holiday OT", "PH OT",
                    "Holiday OT Hours"]
        case .totalHours:
            return ["总工时", "合计工时", "工时合计", "总时数", "总计工时", "工时总计", "Total Hours", "Total Hrs",
                    "Hours Worked", "Worked Hours"]
        case .daysWorked:
            return ["出勤天数", "实际出勤天数", "实际工作天数", "实出勤天数", "实到", "实到天数", "出勤日数", "Days Worked",
                    "Attendance Days", "Actual Days", "Days"]
        case .scheduledDays:
            return ["应出勤天数", "应出勤", "应到", "应到天数", "Scheduled Days", "Required Days"]
        case .payPeriod:
            return ["工资月份", "薪资月份", "所属月份", "计薪周期", "发薪月份", "工资期间", "月份", "Pay Period",
                    "Payroll Month", "Salary Month", "Period", "Month"]
        case .baseWage:
            return ["基本工资", "底薪", "基本薪资", "标准工资", "计时工资", "Basic Wage", "Base Wage", "Basic Salary",
                    "Base Salary", "Base Pay", "Basic Pay", "Basic"]
        case .positionWage:
            return ["岗位工资", "职务工资", "Position Wage", "Post Wage"]
        case .pieceWage:
            return ["计件工资", "计件金额", "产量工资", "Piece Rate Pay", "Piecework Wage", "Piece Wage", "Piece Rate"]
        case .otPay:
            return ["加班费", "加班工资", "加点工资", "平时加班费", "周末加班费", "节假日加班费", "加班补贴", "OT Pay",
                    "Overtime Pay", "OT Amount", "Weekend OT Pay", "Holiday OT Pay"]
        case .allowances:
            return ["津贴", "补贴", "全勤奖", "奖金", "绩效奖金", "绩效工资", "夜班津贴", "高温补贴", "餐补", "伙食补贴",
                    "住房补贴", "交通补贴", "工龄工资", "岗位津贴", "其他补贴", "Allowance", "Allowances",
                    "Attendance Bonus", "Bonus", "Night Shift Allowance"]
        case .gross:
            return ["应发工资", "应发合计", "应发金额", "应付工资", "工资总额", "税前工资", "Gross Pay", "Gross Wage",
                    "Gross Salary", "Gross", "Total Earnings"]
        case .deductions:
            return ["应扣合计", "扣款", "扣款合计", "扣款总额", "应扣工资", "Deductions", "Total Deductions",
                    "Deduction"]
        case .deductionItem:
            return ["代扣社保", "个人社保", "社保", "社保个人", "养老", "医疗", "失业", "养老保险", "医疗保险", "失业保险",
                    "住房公积金", "公积金", "个人所得税", "个税", "补税", "请假扣除", "请假扣款", "事假扣款",
                    "病假扣款", "缺勤扣款", "水电费", "伙食费", "餐费", "住宿费", "借支", "预支",
                    "SI (Employee)", "Social Insurance", "HF", "Housing Fund", "IIT", "Income Tax", "Tax",
                    "Meal Deduction", "Dorm Fee"]
        case .fines:
            return ["罚款", "罚金", "违纪扣款", "迟到罚款", "迟到扣款", "Fine", "Fines", "Penalty"]
        case .net:
            return ["实发工资", "实发金额", "实发合计", "实领工资", "到手工资", "税后工资", "税后实发", "实发", "Net Pay", "Net Wage",
                    "Net Salary", "Net Amount", "Net", "Take-home Pay"]
        case .payDate:
            return ["发放日期", "发薪日", "发薪日期", "Pay Date", "Payment Date", "Paid Date", "Payday"]
        case .bankAccount:
            return ["银行卡号", "工资卡号", "银行账号", "Bank Account", "Bank Account No", "Bank Card No",
                    "Account No"]
        case .signature:
            return ["员工签名", "签字", "签名", "确认签名", "本人签名", "领款人签名", "签收", "Signature",
                    "Employee Signature", "Sign"]
        case .rowNumber:
            return ["序号", "行号", "No.", "S/N", "SN", "Sr No", "S.No", "Serial No", "Item"]
        }
    }
}
