"""Writes the fixtures openpyxl-attendance-summary-merged-groups.xlsx (and, printed by
`soffice --headless --convert-to pdf`, lo-attendance-summary-merged-groups.pdf): a ZKTeco 考勤汇总-style summary workbook of fictitious workers (openpyxl), for LibreOffice to print."""
import random, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment
random.seed(20261207)
wb = Workbook(); ws = wb.active; ws.title = "考勤汇总"
centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws["A1"] = "统计日期："; ws["B1"] = "2026-05-01 ~ 2026-05-31"; ws.merge_cells("B1:D1")
ws["H1"] = "考勤汇总表"; ws.merge_cells("H1:L1")
for col, text in zip("ABC", ["工号", "姓名", "所属部门"]):
    ws[f"{col}2"] = text; ws.merge_cells(f"{col}2:{col}3")
groups = [("D", "E", "工作时数", ["标准", "实际"]), ("F", "G", "迟到", ["次数", "分数"]), ("H", "I", "早退", ["次数", "分数"]),
          ("J", "K", "加班时数", ["正常", "特殊"])]
for first, last, name, items in groups:
    ws[f"{first}2"] = name; ws.merge_cells(f"{first}2:{last}2")
    ws[f"{first}3"], ws[f"{last}3"] = items
ws["L2"] = "出勤天数\n(标准/实际)"; ws.merge_cells("L2:L3")
ws["M2"] = "旷工\n(天)"; ws.merge_cells("M2:M3")
for row in ws.iter_rows(min_row=2, max_row=3):
    for cell in row: cell.alignment = centre
widths = {"A": 7, "B": 8, "C": 12, "D": 6, "E": 6, "F": 5, "G": 5, "H": 5, "I": 5, "J": 5, "K": 5, "L": 9, "M": 5}
for col, width in widths.items(): ws.column_dimensions[col].width = width
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
depts = ["裁床车间", "缝制一组", "缝制二组", "后整车间", "品质部"]
def hm(minutes): return f"{minutes // 60}:{minutes % 60:02d}"
for i in range(60):
    r = 4 + i
    worked = random.choice([23, 22, 21, 20, 19])
    ot_normal = random.choice([0, 0, 90, 150, 600, 1230])
    ot_special = random.choice([0, 0, 0, 480, 960])
    ws[f"A{r}"] = str(30100 + i * 7); ws[f"B{r}"] = random.choice(surnames) + random.choice(given) + random.choice(given)
    ws[f"C{r}"] = random.choice(depts); ws[f"D{r}"] = "184:00"; ws[f"E{r}"] = hm(worked * 480 - random.randint(0, 300))
    late = random.choice([0, 0, 1, 3]); ws[f"F{r}"] = late; ws[f"G{r}"] = late * random.randint(0, 40)
    early = random.choice([0, 0, 2]); ws[f"H{r}"] = early; ws[f"I{r}"] = early * random.randint(0, 30)
    ws[f"J{r}"] = hm(ot_normal); ws[f"K{r}"] = hm(ot_special); ws[f"L{r}"] = f"23/{worked}"; ws[f"M{r}"] = 23 - worked
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
wb.save(sys.argv[1])
