"""Writes payroll.xls, the legacy-workbook fixture of XLSExtractorTests.

Made once with xlwt 1.3.0 from PyPI in a scratch virtual environment:

    python3 -m venv /tmp/xlsvenv && /tmp/xlsvenv/bin/pip install xlwt
    /tmp/xlsvenv/bin/python make_payroll_xls.py

xlwt writes BIFF8 (Excel 97-2003), the format WPS and old Excel save as .xls.
"""
import datetime
import os

import xlwt

book = xlwt.Workbook(encoding="utf-8")
date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
time_style = xlwt.easyxf(num_format_str="hh:mm")
datetime_style = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")

payroll = book.add_sheet("工资表")
for column, header in enumerate(["工号", "姓名", "Date", "Hours", "Net Pay", "Clock In", "Shift Start"]):
    payroll.write(0, column, header)
payroll.write(1, 0, "E001")
payroll.write(1, 1, "李娜")
payroll.write(1, 2, datetime.date(2026, 3, 1), date_style)
payroll.write(1, 3, 8.5)
payroll.write(1, 4, 2520.5)
payroll.write(1, 5, datetime.time(8, 0), time_style)
payroll.write(1, 6, datetime.datetime(2026, 3, 1, 8, 30), datetime_style)
payroll.write(2, 0, "E002")
payroll.write(2, 3, 42)

notes = book.add_sheet("Notes")
notes.write(0, 0, "Second sheet")

book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "payroll.xls"))
