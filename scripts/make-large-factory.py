#!/usr/bin/env python3
"""Writes one large, mostly compliant factory as CSV files: a roster, and for each month of a year
the daily attendance (Monday to Friday, 8 hours) and the payroll of every worker.

Usage: make-large-factory.py OUT_DIR [WORKERS] [YEAR] [one-file] [long-days]
With one-file, the year's attendance is one CSV (as attendance systems export it) instead of twelve.
With long-days, everyone works until 21:00 every working day: a finding a worker a day, so the
peak memory shows whether it grows with the findings.
For the memory benchmark: the number of time entries grows with WORKERS while findings stay few,
so the peak memory of a check shows whether it grows with the evidence.
"""
import calendar, datetime, os, random, sys

out = sys.argv[1]
workers = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
year = int(sys.argv[3]) if len(sys.argv) > 3 else 2025
one_file = "one-file" in sys.argv[4:]
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
