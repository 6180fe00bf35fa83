"""Writes formulas.xls and formulas-large.xls, the fixtures of the formula-result tests in
XLSExtractorTests: payroll sheets whose computed columns are formulas, as Excel, WPS and
LibreOffice save them in BIFF8 (each formula beside the result last calculated), with dates and times computed by formulas.

openpyxl writes the formulas without results into an .xlsx; LibreOffice (`soffice`, not needed by
the tests) calculates them and saves the .xls:

    python3 -m venv /tmp/fx && /tmp/fx/bin/pip install openpyxl
    /tmp/fx/bin/python make_formulas_xls.py
    soffice --headless --convert-to xls formulas.xlsx formulas-large.xlsx && rm formulas*.xlsx

formulas.xls is small enough for its Workbook stream to live in the compound file's mini stream
(under 4,096 bytes); formulas-large.xls, 400 workers, is stored in ordinary sectors.
"""
import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "工资表"
sheet.append(["工号", "姓名", "基本工资", "加班费", "应发工资", "备注", "满勤"])
sheet.append(["A1", "张三", 3000, 500, "=C2+D2", '=B2&"（已核）"', "=D2>0"])
sheet.append(["A2", "李四", 3200.5, 0, "=C3+D3", '=IF(D3=0,"","加班")', "=D3>0"])
sheet.append(["合计", "", "=SUM(C2:C3)", "=SUM(D2:D3)", "=SUM(E2:E3)", "=1/0", ""])
sheet["H1"] = "发薪日"
sheet["H2"] = "=DATE(2026,5,31)"
sheet["H3"] = "=H2+1"
sheet["I1"] = "下班"
sheet["I2"] = "=TIME(17,30,0)"
for cell in ("H2", "H3"):
    sheet[cell].number_format = "yyyy-mm-dd"
sheet["I2"].number_format = "hh:mm"
second = book.create_sheet("Sheet2")
second["A1"] = "x"
second["B1"] = '=A1&"y"'
book.save("formulas.xlsx")

large = openpyxl.Workbook()
sheet = large.active
sheet.title = "Payroll"
sheet.append(["Emp ID", "Name", "Base Wage", "OT Pay", "Gross Pay"])
for index in range(400):
    row = index + 2
    sheet.append([f"E{1000 + index}", f"Worker {index}", 2500 + index, (index % 7) * 35.5, f"=C{row}+D{row}"])
large.save("formulas-large.xlsx")
