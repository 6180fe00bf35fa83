"""Writes attendance.xlsx, a workbook from a real third-party writer, for XLSXExtractorTests.

Made once with openpyxl 3.1.5 from PyPI in a scratch virtual environment:

    python3 -m venv /tmp/xlsvenv && /tmp/xlsvenv/bin/pip install openpyxl
    /tmp/xlsvenv/bin/python make_attendance_xlsx.py

It has what factory attendance exports have: a merged title and a merged two-row header, Chinese
text, dates, clock times, decimals, a formula, an empty row, and a second sheet.
"""
import datetime
import os

from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "考勤 March"
sheet["A1"] = "3月考勤表 Attendance March 2026"
sheet.merge_cells("A1:F1")
sheet["A2"] = "工号"
sheet["B2"] = "姓名"
sheet["C2"] = "日期"
sheet["D2"] = "打卡时间 Clock"
sheet.merge_cells("A2:A3")
sheet.merge_cells("B2:B3")
sheet.merge_cells("C2:C3")
sheet.merge_cells("D2:E2")
sheet["D3"] = "上班 In"
sheet["E3"] = "下班 Out"
sheet["F2"] = "工时 Hours"
rows = [
    ("E001", "李娜", datetime.date(2026, 3, 2), datetime.time(8, 0), datetime.time(20, 30)),
    ("E002", "王伟", datetime.date(2026, 3, 2), datetime.time(7, 55), datetime.time(17, 5)),
]
for offset, (employee, name, day, clock_in, clock_out) in enumerate(rows):
    row = 4 + offset
    sheet.cell(row, 1, employee)
    sheet.cell(row, 2, name)
    sheet.cell(row, 3, day).number_format = "yyyy/m/d"
    sheet.cell(row, 4, clock_in).number_format = "h:mm"
    sheet.cell(row, 5, clock_out).number_format = "h:mm"
    sheet.cell(row, 6, f"=ROUND((E{row}-D{row})*24,2)")
sheet["A7"] = "合计 Total"
sheet["F7"] = 21.67

notes = book.create_sheet("Notes")
notes["B2"] = "Generated for tests"

book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "attendance.xlsx"))
