"""The running server serves no file it must not: traversal, absolute paths, other files of the machine."""
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SECRET_MARKERS = ("root:x:0:0", "[build-system]", "PRIVATE KEY")

PATHS = [
    "/file=/etc/passwd", "/file=../../../../etc/passwd", "/file=pyproject.toml",
    "/gradio_api/file=/etc/passwd", "/gradio_api/file=../../../../etc/passwd",
    f"/gradio_api/file={REPO / 'pyproject.toml'}", "/gradio_api/file=pyproject.toml",
    "/gradio_api/file=%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/../../../../etc/passwd",
    "/assets/../../../../etc/passwd", "/gradio_api/upload?path=../../etc/passwd",
    "/..%2f..%2f..%2fetc/passwd", "/gradio_api/proxy=http://127.0.0.1:1/",
]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(200_000).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(2000).decode("utf-8", "replace")


@pytest.mark.browser
@pytest.mark.parametrize("path", PATHS)
def test_no_file_outside_the_app_is_served(ui_server, path):
    status, body = fetch(ui_server.url.rstrip("/") + path)
    assert not any(marker in body for marker in SECRET_MARKERS), (path, status, body[:200])
    assert status != 200 or "<html" in body.lower() or body.strip() in ("", "null"), (path, status, body[:200])
