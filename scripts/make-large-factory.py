#!/usr/bin/env python3
"""Writes one large, mostly compliant factory as CSV files: a roster, and for each month of a year
the daily attendance (Monday to Friday, 8 hours) and the payroll of every worker.

Usage: make-large-factory.py OUT_DIR [WORKERS] [YEAR] [one-file] [xlsx] [long-days]
With one-file, the year's attendance is one CSV (as attendance systems export it) instead of twelve;
with xlsx as well, that file is one worksheet of an XLSX workbook instead (inline strings).
With long-days, everyone works until 21:00 every working day: a finding a worker a day, so the
peak memory shows whether it grows with the findings.
For the memory benchmark: the number of time entries grows with WORKERS while findings stay few,
so the peak memory of a check shows whether it grows with the evidence.
"""
import calendar, csv, datetime, os, random, sys, zipfile
from xml.sax.saxutils import escape

out = sys.argv[1]
workers = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
year = int(sys.argv[3]) if len(sys.argv) > 3 else 2025
one_file = "one-file" in sys.argv[4:]
as_xlsx = one_file and "xlsx" in sys.argv[4:]
clock_out = 21 if "long-days" in sys.argv[4:] else 17
random.seed(workers * 7919 + year)
os.makedirs(out, exist_ok=True)
with open(f"{out}/roster.csv", "w") as f:
    f.write("Employee ID,Name,Sex,Date of Birth,Hire Date\n")
    for i in range(workers):
        f.write(f"E{i:05d},Worker {i},{'MF'[i % 2]},{1975 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d},{year - 1 - i % 5}-{1 + i % 12:02d}-01\n")
for month in range(1, 13):
    days = calendar.monthrange(year, month)[1]
    name = f"{out}/attendance-{year}.csv" if one_file else f"{out}/attendance-{year}-{month:02d}.csv"
    with open(name, "a" if one_file and month > 1 else "w") as f:
        if month == 1 or not one_file:
            f.write("Employee ID,Name,Date,Clock In,Clock Out,Hours\n")
        for i in range(workers):
            for day in range(1, days + 1):
                date = datetime.date(year, month, day)
                if date.weekday() >= 5:
                    continue
                start = random.randint(40, 59)
                f.write(f"E{i:05d},Worker {i},{date.isoformat()},07:{start},{clock_out}:{random.randint(0, 29):02d},8\n")
    with open(f"{out}/payroll-{year}-{month:02d}.csv", "w") as f:
        f.write("Employee ID,Name,Pay Period,Base Wage,Gross Pay,Deductions,Net Pay\n")
        for i in range(workers):
            base = 2800 + 10 * (i % 40)
            deductions = round(base * 0.105, 2)
            f.write(f"E{i:05d},Worker {i},{year}-{month:02d},{base:.2f},{base:.2f},{deductions:.2f},{base - deductions:.2f}\n")


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_xlsx(csv_path, xlsx_path, sheet_name):
    """Writes the rows of `csv_path` as the one worksheet of a minimal XLSX package."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rels = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(xlsx_path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{office}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{office}"><sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{office}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}"><sheetData>'.encode())
            with open(csv_path, newline="") as source:
                for number, row in enumerate(csv.reader(source), 1):
                    cells = "".join(f'<c r="{column(i)}{number}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for i, v in enumerate(row))
                    sheet.write(f'<row r="{number}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")


if as_xlsx:
    write_xlsx(f"{out}/attendance-{year}.csv", f"{out}/attendance-{year}.xlsx", str(year))
    os.remove(f"{out}/attendance-{year}.csv")
