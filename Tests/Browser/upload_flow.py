#!/usr/bin/python3
"""Drives `auditready serve`'s web page in headless Chromium as a factory's compliance officer would.

Signs in, uploads one archive through the page's form, watches the check's progress on the page,
opens the HTML report, then switches the page to Chinese. Takes a screenshot at each step and
prints one JSON object with what the browser saw; `BrowserFlowTests.swift` judges it.

Needs Debian's chromium, chromium-driver and python3-selenium (scripts/setup.sh installs them).
"""

import argparse
import json
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="the server, e.g. http://127.0.0.1:8080")
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--archive", required=True, help="the archive to upload")
    parser.add_argument("--as-of", required=True, help="the audit date to enter")
    parser.add_argument("--screenshots", required=True, help="folder for the screenshots")
    parser.add_argument("--timeout", type=float, default=120)
    arguments = parser.parse_args()

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1000", "--lang=en-US"):
        options.add_argument(flag)
    seen = {"states": [], "errors": []}
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    try:
        base = arguments.base.rstrip("/")
        driver.get(base + "/")
        seen["first_page"] = driver.current_url.replace(base, "")
        driver.find_element(By.NAME, "email").send_keys(arguments.email)
        driver.find_element(By.NAME, "password").send_keys(arguments.password)
        driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button[type=submit]").click()
        wait_for(lambda: driver.find_elements(By.ID, "upload-form"), 15)
        seen["signed_in_page"] = driver.current_url.replace(base, "")
        driver.save_screenshot(f"{arguments.screenshots}/1-dashboard.png")

        form = driver.find_element(By.ID, "upload-form")
        form.find_element(By.NAME, "archive").send_keys(arguments.archive)
        # A date input takes the date as typed in the browser's locale (en-US: month, day, year).
        year, month, day = arguments.as_of.split("-")
        form.find_element(By.NAME, "asOf").send_keys(f"{month}{day}{year}")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

        deadline = time.monotonic() + arguments.timeout
        report_link = None
        while time.monotonic() < deadline:
            # The link is looked for before the state is read, so the state recorded last is never
            # older than the link: a check that ends between the two reads still ends as "Done".
            links = driver.find_elements(By.CSS_SELECTOR, "#uploads a[href$='/report.html']")
            states = [element.text for element in driver.find_elements(By.CSS_SELECTOR, "#uploads .state")]
            for state in states:
                if state and (not seen["states"] or seen["states"][-1] != state):
                    seen["states"].append(state)
            if links:
                report_link = links[0].get_attribute("href")
                break
            time.sleep(0.05)
        driver.save_screenshot(f"{arguments.screenshots}/2-uploaded.png")
        seen["dashboard_text"] = driver.find_element(By.TAG_NAME, "body").text[:4000]
        seen["report_link"] = report_link.replace(base, "") if report_link else None
        if report_link is None:
            seen["errors"].append(f"no report link within {arguments.timeout} s")
            print(json.dumps(seen))
            return 1

        driver.get(report_link)
        seen["report_title"] = driver.title
        seen["report_text"] = driver.find_element(By.TAG_NAME, "body").text[:4000]
        driver.save_screenshot(f"{arguments.screenshots}/3-report.png")

        driver.get(base + "/")
        driver.find_element(By.CSS_SELECTOR, "a.language").click()
        wait_for(lambda: driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", 15)
        seen["switched_lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        seen["switched_text"] = driver.find_element(By.TAG_NAME, "body").text[:2000]
        driver.save_screenshot(f"{arguments.screenshots}/4-chinese.png")

        driver.get(report_link)
        seen["report_lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        seen["report_text_chinese"] = driver.find_element(By.TAG_NAME, "body").text[:4000]
        driver.save_screenshot(f"{arguments.screenshots}/5-report-chinese.png")
        seen["console"] = [entry.get("message", "") for entry in driver.get_log("browser")
                           if entry.get("level") == "SEVERE"]
    except WebDriverException as error:
        seen["errors"].append(f"{type(error).__name__}: {error.msg}")
    finally:
        driver.quit()
    print(json.dumps(seen, ensure_ascii=False))
    return 0 if not seen["errors"] else 1


def wait_for(condition, seconds):
    """Polls `condition` until it is true or `seconds` pass; raises when they pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except WebDriverException:
            pass
        time.sleep(0.05)
    raise WebDriverException(f"timed out after {seconds} s")


if __name__ == "__main__":
    sys.exit(main())
