"""A small client of the W3C WebDriver protocol (https://www.w3.org/TR/webdriver2/), enough to
drive headless Chromium through chromedriver in the Studio's tests: sessions, navigation,
finding elements, clicks, keys, text and scripts. Plain HTTP and JSON: no dependency."""

import json
import time
import urllib.error
import urllib.request
from typing import Any, Callable, Optional

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class WebDriverError(RuntimeError):
    """An error the driver answered with."""


class Driver:
    """One browser session of a chromedriver listening on ``port``."""

    def __init__(self, port: int, binary: str):
        self.base = f"http://127.0.0.1:{port}"
        args = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
        ]
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": binary, "args": args},
        }}}
        self.session = self._call("POST", "/session", capabilities)["sessionId"]

    def _call(self, method: str, path: str, body: Optional[dict] = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path, data=data, method=method,
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            raise WebDriverError(error.read().decode(errors="replace")) from None

    def _session(self, method: str, path: str, body: Optional[dict] = None) -> Any:
        return self._call(method, f"/session/{self.session}{path}", body)

    def get(self, url: str) -> None:
        self._session("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return self._session("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def find_all(self, css: str) -> list:
        found = self._session("POST", "/elements", {"using": "css selector", "value": css})
        return [e[ELEMENT] for e in found]

    def click(self, css: str) -> None:
        self._session("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css: str, text: str) -> None:
        self._session("POST", f"/element/{self.find(css)}/value", {"text": text})

    def text(self, css: str) -> str:
        return self._session("GET", f"/element/{self.find(css)}/text")

    def script(self, body: str, *args: Any) -> Any:
        return self._session("POST", "/execute/sync", {"script": body, "args": list(args)})

    def active(self) -> str:
        return self._session("GET", "/element/active")[ELEMENT]

    def keys(self, text: str) -> None:
        """Types ``text`` into the element that has the focus."""
        self._session("POST", f"/element/{self.active()}/value", {"text": text})

    def screenshot(self) -> bytes:
        import base64
        return base64.b64decode(self._session("GET", "/screenshot"))

    def wait(self, what: str, condition: Callable[[], Any], timeout: float = 30.0) -> Any:
        """Polls ``condition`` until it holds; a bound on waiting, not a measure of speed."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            try:
                last = condition()
                if last:
                    return last
            except WebDriverError as error:
                last = error
            time.sleep(0.1)
        raise AssertionError(f"waited {timeout} s for {what}; last: {last!r}")

    def quit(self) -> None:
        try:
            self._session("DELETE", "")
        except (WebDriverError, OSError):
            pass
