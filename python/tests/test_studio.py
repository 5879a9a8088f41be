"""Regula Studio in a real browser: headless Chromium driven through chromedriver (WebDriver)
against `regula serve`. The page must decide a course in Romanian and show the explanation, solve
a session and show the calendar, read an uploaded ELMO transcript, and check an edited policy and
show the what-if diff. Skipped, saying why, where Chromium or the binary is missing, unless
REGULA_BROWSER_REQUIRED is set (CI sets it: there the page breaking fails the build)."""

import json
import os
import pathlib
import shutil
import socket
import subprocess
import time

import pytest

from webdriver import Driver

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = ROOT / "target" / "debug" / "regula"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _missing() -> str:
    if not BINARY.exists():
        return f"{BINARY} is not built (cargo build -p regula-cli)"
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        return "Chromium and chromedriver are not installed (Debian: chromium chromium-driver)"
    return ""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture(scope="module")
def studio():
    missing = _missing()
    if missing:
        if os.environ.get("REGULA_BROWSER_REQUIRED"):
            pytest.fail(missing)
        pytest.skip(missing)
    server_port, driver_port = _port(), _port()
    server = subprocess.Popen(
        [str(BINARY), "serve", "--listen", f"127.0.0.1:{server_port}", "--max-solve-seconds", "5"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    chromedriver = subprocess.Popen(
        [CHROMEDRIVER, f"--port={driver_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    driver = None
    try:
        _wait_for_port(server_port, server)
        _wait_for_port(driver_port, chromedriver)
        driver = Driver(driver_port, CHROMIUM)
        driver.url = f"http://127.0.0.1:{server_port}/"
        yield driver
    finally:
        if driver is not None:
            driver.quit()
        for process in (chromedriver, server):
            process.terminate()
            process.wait(timeout=10)


def _open(driver: Driver, lang: str = "ro") -> None:
    driver.get(driver.url)
    driver.script("localStorage.setItem('regula-lang', arguments[0]);", lang)
    driver.get(driver.url)
    driver.wait("the page to load", lambda: driver.script("return document.body.dataset.ready === 'true';"))


def _choose(driver: Driver, command: str) -> None:
    driver.click(f'#commands button[data-command="{command}"]')
    driver.wait(command, lambda: driver.text("#command-name") == command)


def test_a_course_is_decided_in_romanian_with_its_explanation_on_screen(studio):
    _open(studio, "ro")
    assert studio.text("#tab-decide") == "Decizii"
    _choose(studio, "grade course")
    assert studio.text("#command-summary").startswith("Notează studenții la o disciplină")
    studio.click("#decide")
    readable = studio.wait("the explanation", lambda: "GR-4" in studio.text("#readable") and studio.text("#readable"))
    assert "nota 8 (opt), promovat" in readable
    assert "Decizie luată conform politicii" in readable
    # Each student's outcome is on the page, and each rule id links to the catalogue's entry.
    assert "Popescu I. Ana" in studio.text("#outcome")
    # README's screenshot (docs/studio.png) is this screen.
    studio.script("document.getElementById('command-name').scrollIntoView();")
    shot = studio.screenshot()
    assert shot.startswith(b"\x89PNG")
    if os.environ.get("REGULA_STUDIO_SCREENSHOT"):
        pathlib.Path(os.environ["REGULA_STUDIO_SCREENSHOT"]).write_bytes(shot)
    links = studio.script("return [...document.querySelectorAll('#outcome a.rule')].map(a => a.getAttribute('href'));")
    assert "#rule-GR-2" in links
    studio.click('#outcome a.rule[href="#rule-GR-4"]')
    studio.wait("the rules tab", lambda: studio.script("return !document.getElementById('panel-rules').hidden;"))
    row = studio.text("#rule-GR-4")
    assert "UMC-EXAM" in row and "§5.3(3)" in row


def test_a_bad_request_is_shown_as_the_problem_at_its_field(studio):
    _open(studio, "en")
    _choose(studio, "grade course")
    studio.script("document.getElementById('request').value = arguments[0];", json.dumps({"course": 1}))
    studio.click("#decide")
    problem = studio.wait("the problem", lambda: studio.script("return !document.getElementById('problem').hidden;") and studio.text("#problem"))
    assert "course" in problem
    assert "at the field" in problem


def test_a_session_is_solved_and_shown_as_a_calendar(studio):
    _open(studio, "ro")
    _choose(studio, "schedule solve")
    assert studio.text("#decide") == "Rezolvă"
    studio.click("#decide")
    grid = studio.wait("the calendar", lambda: studio.find_all("#calendar-grid") and studio.text("#calendar-grid"), timeout=60)
    for exam in ("NAV-201-A", "NAV-201-B", "ECON-105"):
        assert exam in grid
    # The search reported its progress while it ran (server-sent events), and its cost is plotted.
    assert "pasul" in studio.text("#progress-text")
    assert studio.script("return document.querySelectorAll('#cost-plot polyline').length;") == 1
    assert "NAV-2-A" in grid
    # By rooms as well: the same exams, under their rooms.
    studio.script("const s = document.getElementById('calendar-by'); s.value = 'rooms'; s.dispatchEvent(new Event('change'));")
    assert "A101" in studio.wait("the rooms", lambda: "A101" in studio.text("#calendar-grid") and studio.text("#calendar-grid"))


def test_violations_are_marked_on_the_exams_they_concern(studio):
    _open(studio, "en")
    _choose(studio, "schedule check")
    studio.click("#decide")
    studio.wait("the calendar", lambda: studio.find_all("#calendar-grid .exam"))
    marked = studio.script("return [...document.querySelectorAll('#calendar-grid .exam.violation')].map(e => e.dataset.exam);")
    assert "NAV-201-B" in marked


def test_an_elmo_transcript_is_uploaded_and_read(studio):
    _open(studio, "en")
    _choose(studio, "ects import")
    studio.type("#file", str(ROOT / "examples" / "data" / "transcript-elmo.xml"))
    studio.wait("the transcript in the request", lambda: "elmo" in studio.script("return document.getElementById('request').value;"))
    studio.click("#decide")
    outcome = studio.wait("the courses", lambda: "Christology" in studio.text("#outcome") and studio.text("#outcome"))
    assert "History of the Reformation" in outcome


def test_an_edited_policy_is_checked_and_its_what_if_shown(studio):
    _open(studio, "en")
    _choose(studio, "grade course")
    studio.click("#tab-policy")
    studio.wait("the policy", lambda: "grading" in studio.script("return document.getElementById('policy-text').value;"))
    edit = """
      const area = document.getElementById('policy-text');
      const policy = JSON.parse(area.value);
      for (const v of policy.grading.versions) v.policy.rounding = arguments[0];
      area.value = JSON.stringify(policy, null, 2);
    """
    # A value the schema does not allow: the problem is named with its line.
    studio.script(edit, "sideways")
    studio.click("#policy-check")
    problems = studio.wait("the problems", lambda: "rounding" in studio.text("#policy-problems") and studio.text("#policy-problems"))
    assert "line" in problems and "grading.versions[" in problems
    # Rounding down: the what-if lists the grades that change (7.75 gives 7, not 8).
    studio.script(edit, "down")
    studio.click("#policy-check")
    studio.wait("the policy to load", lambda: "no problem" in studio.text("#policy-problems"))
    studio.click("#whatif")
    diff = studio.wait("the diff", lambda: studio.find_all("#diff-table") and studio.text("#diff-table"))
    assert "grade" in diff


def test_the_catalog_is_previewed_as_its_printable_form_and_downloadable(studio):
    _open(studio, "ro")
    _choose(studio, "catalog export")
    studio.click("#decide")
    studio.wait("the preview", lambda: studio.script("return !document.getElementById('preview').hidden;"))
    page = studio.script("return document.getElementById('preview').srcdoc;")
    assert "<table" in page and "Catalog UMC-NAV-2021-2111" in page
    link = studio.script("const a = document.getElementById('download-link'); return a && a.download;")
    assert link == "catalog-export.html"
    # CSV too, as a download.
    studio.click('#documents button[data-document="text/csv"]')
    studio.wait("the CSV", lambda: studio.script("const a = document.getElementById('download-link'); return a && a.download === 'catalog-export.csv';"))


def test_a_moodle_gradebook_is_uploaded_beside_its_mapping(studio):
    _open(studio, "en")
    _choose(studio, "moodle gradebook")
    studio.type("#file", str(ROOT / "examples" / "moodle" / "gradebook.csv"))
    request = studio.wait("the file in the request", lambda: '"base64"' in studio.script("return document.getElementById('request').value;")
                          and json.loads(studio.script("return document.getElementById('request').value;")))
    assert request["file"]["media_type"] == "text/csv"
    assert request["file"]["name"] == "gradebook.csv"
    assert "mapping" in request
    studio.click("#decide")
    outcome = studio.wait("the gradebook read", lambda: "no-student-key" in studio.text("#outcome") and studio.text("#outcome"))
    assert "3.75" in outcome


def test_a_long_solve_can_be_stopped(studio):
    _open(studio, "en")
    _choose(studio, "schedule solve")
    # A search without a step budget, which only the service's time limit (5 s here) or the page
    # can stop: the page stops it.
    studio.script(
        "const r = JSON.parse(document.getElementById('request').value);"
        "r.options.max_iterations = 1000000000000;"
        "document.getElementById('request').value = JSON.stringify(r, null, 2);"
    )
    studio.click("#decide")
    studio.wait("the stop button", lambda: studio.script("return !document.getElementById('stop').hidden;"))
    studio.wait("a progress report", lambda: "step" in studio.text("#progress-text"))
    studio.click("#stop")
    studio.wait("the search to stop", lambda: studio.script("return document.getElementById('stop').hidden;"))
    assert studio.text("#progress-text") == "The search was stopped."


def test_an_elmo_document_written_by_ects_export_is_downloadable(studio):
    _open(studio, "en")
    _choose(studio, "ects export")
    studio.click("#decide")
    name = studio.wait("the ELMO link", lambda: studio.script("const a = document.getElementById('download-link'); return a && a.download;"))
    assert name == "ects-export-elmo.xml"
