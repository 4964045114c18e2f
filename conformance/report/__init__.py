"""Reports of a run: the terminal, JSON for machines, JUnit XML for CI systems, one HTML page for people."""

from conformance.report.html import write_html
from conformance.report.json import as_document, write_json
from conformance.report.junit import write_junit
from conformance.report.terminal import Terminal

__all__ = ["Terminal", "as_document", "write_html", "write_json", "write_junit"]
